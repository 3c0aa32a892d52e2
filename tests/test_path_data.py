"""The sprite's path data written short (pwa/path_data.py) draws the content's very points."""

import re
from decimal import Decimal

from pwa.path_data import relative


def points(d):
    """Every shape's points, absolute, read as SVG reads path data: implicit lines after a
    move, lowercase commands relative to the pen, "z" back to the shape's start."""
    shapes, pen, start, command = [], (Decimal(0), Decimal(0)), None, None
    numbers = iter(re.findall(r"[MmLlZz]|-?(?:[0-9]+\.?[0-9]*|\.[0-9]+)", d))
    for token in numbers:
        if token in "Zz":
            shapes.append("z")
            pen, command = start, None
            continue
        if token in "MmLl":
            command, token = token, next(numbers)
        x, y = Decimal(token), Decimal(next(numbers))
        if command in "ml":
            x, y = pen[0] + x, pen[1] + y
        if command in "Mm":
            shapes.append("M")
            start = (x, y)
            command = "l" if command == "m" else "L"  # pairs after a move are lines
        shapes.append((x, y))
        pen = (x, y)
    return shapes


def every_path(content):
    for view in content.body.views.values():
        yield view.outline
        yield " ".join(view.details)
        yield from (d for d in (view.head_area,) if d)
        yield from view.regions.values()
        yield from view.taps.values()
    for shape in content.shapes.values():
        yield from shape.views.values()
    for pattern in content.referral.values():
        for zones in pattern.values():
            yield from zones.paths


def test_a_short_path_draws_the_same_points():
    d = "M 83.5 37 L 83.5 39 83 41 Z M 116.5 35 L 117 33 Z M 96 79 L 84 78 66 81"
    assert relative(d) == "M83.5 37l0 2-.5 2zm33-2 .5-2zm-20.5 44-12-1-18 3"
    assert points(relative(d)) == points(d)
    assert relative("M 1 2 C 3 4 5 6 7 8") == "M 1 2 C 3 4 5 6 7 8"  # curves stay as written


def test_every_drawing_of_the_figure_keeps_its_points_and_is_shorter(content):
    paths = [d for d in every_path(content) if d.strip()]
    lines = [d for d in paths if not re.search("[A-KN-Ya-z]", d)]  # others are sent as written
    assert len(paths) > 100 and len(lines) > 40
    for d in lines:
        assert points(relative(d)) == points(d), d[:60]
    assert sum(map(len, map(relative, lines))) < 0.8 * sum(map(len, lines))

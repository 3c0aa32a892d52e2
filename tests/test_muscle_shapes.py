"""Every muscle is drawn where it lies: its shape covers its trigger points, in every view."""

import math
import re

import pytest

from pwa import PACKAGE_DIR
from pwa.path_data import relative

MUSCLES = sorted(p.stem for p in (PACKAGE_DIR / "content" / "muscles").glob("*.yaml"))
TOKEN = re.compile(r"[MCSLZ]|-?\d+(?:\.\d+)?")
NEAR = 3  # figure units: a dot drawn on a shape's edge still reads as on the muscle

# Muscles being written now; their shapes are drawn ahead of their files (check-content warns).
COMING = {"lateral-pterygoid", "medial-pterygoid", "digastric", "posterior-neck", "teres-major",
          "coracobrachialis", "brachialis", "pronator-teres", "hand-interossei",
          "serratus-posterior-inferior", "sartorius", "adductor-magnus", "pectineus", "popliteus",
          "tibialis-posterior", "long-toe-extensors", "long-toe-flexors",
          "extensor-digitorum-brevis"}


def polygons(d, steps=12):
    """The closed outlines of absolute M/L/C/S/Z path data, with each Bézier sampled."""
    tokens = TOKEN.findall(d)
    out, current, at, handle, i = [], [], (0.0, 0.0), None, 0

    def numbers(n):
        nonlocal i
        values = [float(t) for t in tokens[i:i + n]]
        i += n
        return [tuple(values[k:k + 2]) for k in range(0, n, 2)]

    def bezier(p0, c1, c2, p3):
        for s in range(1, steps + 1):
            t = s / steps
            current.append(tuple((1 - t) ** 3 * p0[k] + 3 * (1 - t) ** 2 * t * c1[k]
                                 + 3 * (1 - t) * t * t * c2[k] + t ** 3 * p3[k] for k in (0, 1)))

    while i < len(tokens):
        command = tokens[i]
        i += 1
        if command == "M":
            (at,) = numbers(2)
            current, handle = [at], None
        elif command == "L":
            (at,) = numbers(2)
            current.append(at)
            handle = None
        elif command in "CS":
            if command == "C":
                c1, c2, end = numbers(6)
            else:
                c2, end = numbers(4)
                c1 = (2 * at[0] - handle[0], 2 * at[1] - handle[1]) if handle else at
            bezier(at, c1, c2, end)
            at, handle = end, c2
        else:  # Z
            out.append(current)
            current = []
    return out


def inside(x, y, polygon):
    crossings = 0
    for (x1, y1), (x2, y2) in zip(polygon, polygon[1:] + polygon[:1], strict=True):
        if (y1 > y) != (y2 > y) and x < x1 + (y - y1) * (x2 - x1) / (y2 - y1):
            crossings += 1
    return crossings % 2 == 1


def distance(x, y, polygon):
    def to_segment(a, b):
        dx, dy = b[0] - a[0], b[1] - a[1]
        t = max(0, min(1, ((x - a[0]) * dx + (y - a[1]) * dy) / (dx * dx + dy * dy or 1)))
        return math.hypot(x - a[0] - t * dx, y - a[1] - t * dy)
    return min(to_segment(a, b) for a, b in zip(polygon, polygon[1:] + polygon[:1], strict=True))


def covers(d, x, y):
    shapes = polygons(d)
    return any(inside(x, y, p) for p in shapes) or min(distance(x, y, p) for p in shapes) <= NEAR


def test_polygons_sample_curves_and_close_every_outline():
    (square,) = polygons("M0 0L10 0L10 10L0 10Z")
    assert square == [(0, 0), (10, 0), (10, 10), (0, 10)]
    (blob,) = polygons("M0 0C0 -5 10 -5 10 0S0 5 0 0Z")
    assert covers("M0 0C0 -5 10 -5 10 0S0 5 0 0Z", 5, 0) and len(blob) == 25
    assert not covers("M0 0L10 0L10 10L0 10Z", 20, 5)


@pytest.mark.parametrize("slug", MUSCLES)
def test_every_trigger_point_lies_on_its_muscle(content, slug):
    muscle, shape = content.muscles[slug], content.shapes[slug]
    for point in muscle.points:  # the sprite mirrors both, so one side is enough
        assert point.view in shape.views, (slug, point.view)
        assert covers(shape.views[point.view], point.x, point.y), (slug, point)


def test_shapes_ahead_of_their_muscles_are_the_ones_being_written(content):
    assert set(content.shapes) - set(content.muscles) <= COMING


@pytest.mark.parametrize("slug", MUSCLES)
def test_every_muscle_page_draws_its_muscle_from_the_sprite(client, content, slug):
    shape = content.shapes[slug]
    html = client.get(f"/muscles/{slug}").get_data(as_text=True)
    sprite = client.get("/map/figure.svg").get_data(as_text=True)
    drawn = [view for view in shape.views if f'#m-{slug}-{view}"' in html]
    assert drawn, slug
    for view in drawn:
        assert f'<path id="m-{slug}-{view}-l" d="{relative(shape.views[view])}"/>' in sprite
        assert shape.views[view] not in html  # referenced, never inlined: pages stay light
    assert ('class="muscle-shape is-deep"' in html) == shape.deep
    assert ("deep muscle, under others" in html) == shape.deep


def test_shapes_file_is_what_the_script_writes(tmp_path, monkeypatch):
    import importlib.util

    spec = importlib.util.spec_from_file_location(
        "make_muscles", PACKAGE_DIR.parent / "scripts" / "make_muscles.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    monkeypatch.setattr(module, "TARGET", tmp_path / "shapes.yaml")
    module.main()
    assert module.TARGET.read_text() == (PACKAGE_DIR / "content" / "muscle-shapes.yaml").read_text()


def view_boxes(html):
    return [tuple(float(n) for n in box.split())
            for box in re.findall(r'<svg class="figure figure-\w+" viewBox="([^"]+)"', html)]


def test_a_muscle_figure_zooms_to_the_muscle_and_its_pain(client):
    # The temporalis and its pain sit on the head: the head is drawn large...
    front, _head = view_boxes(client.get("/muscles/temporalis").get_data(as_text=True))
    assert front[2] <= 100 and front[1] + front[3] <= 120
    # ...the soleus sends pain from the sacroiliac joint to the heel: its back view keeps all of it.
    ((_, y, _, height),) = view_boxes(client.get("/muscles/soleus").get_data(as_text=True))
    assert y <= 195 and y + height >= 420

"""SVG path data written short: the figure's drawings are straight lines between points, kept
in the content as absolute moves and lines ("M 83.5 37 L 83.5 39 83 41 Z"), easy to read and to
edit; the sprite sends the same points as relative steps ("M83.5 37l0 2-.5 2z"), fewer bytes
for every phone to fetch before it works offline."""

import re
from decimal import Decimal

TOKEN = re.compile(r"[A-Za-z]|-?(?:[0-9]+\.?[0-9]*|\.[0-9]+)")


def relative(d):
    """The path with its points as steps from the one before: its first move as written, every
    later move from where the pen is (after "z", the start of the shape it closed), each line
    from the point before. A path with any command but M, L and Z is returned as it is."""
    tokens = TOKEN.findall(d)
    if not tokens or tokens[0] != "M" or any(t.isalpha() and t not in "MLZ" for t in tokens):
        return d
    shapes = []  # [points, closed]
    for token in tokens:
        if token == "M":
            shapes.append([[], False])
        elif token == "Z":
            shapes[-1][1] = True
        elif token != "L":
            shapes[-1][0].append(Decimal(token))
    out, pen = [], (Decimal(0), Decimal(0))
    for index, (numbers, closed) in enumerate(shapes):
        points = list(zip(numbers[0::2], numbers[1::2], strict=True))
        (x, y), steps = points[0], "".join(_pair(b[0] - a[0], b[1] - a[1])
                                           for a, b in zip(points, points[1:], strict=False))
        if index == 0:  # the first move as written; after it, relative lines say "l"
            out.append(f"M{_number(x)} {_number(y)}" + (f"l{steps.lstrip()}" if steps else ""))
        else:  # pairs after a relative move are relative lines
            out.append("m" + _pair(x - pen[0], y - pen[1]).lstrip() + steps)
        if closed:
            out.append("z")
        pen = (x, y) if closed else points[-1]
    return "".join(out)


def _pair(dx, dy):
    """A step as its two numbers, a space before each unless a minus sign parts them."""
    return "".join(("" if text.startswith("-") else " ") + text
                   for text in (_number(dx), _number(dy)))


def _number(value):
    """A number without trailing zeros or a leading zero: "2", ".5", "-.5"."""
    text = format(value.normalize(), "f")
    if "." in text:
        text = text.rstrip("0").rstrip(".")
    return re.sub(r"^(-?)0\.", r"\1.", text) if text not in ("-0", "0") else "0"

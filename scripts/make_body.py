"""Draw the body map's figure (our own) and write its geometry into pwa/content/body.yaml.

Body parts are smooth closed curves; each map region is a body part clipped to a band, so
regions of one view never overlap. Besides the front and back of the body there is a larger
side view of the head (`head`), where the head's small regions are big enough to tap. The
`regions:` and `zoomed:` lists (labels, everyday aliases) in body.yaml are kept as they are.
Coordinates: docs/body-figure.md.
Usage: .venv/bin/python scripts/make_body.py
"""

import math
from pathlib import Path

import yaml

TARGET = Path(__file__).resolve().parent.parent / "pwa" / "content" / "body.yaml"
SAMPLES = 6  # points per curve segment


def smooth(points):
    """A closed Catmull-Rom curve through `points`, sampled as a polygon."""
    out, n = [], len(points)
    for i in range(n):
        p0, p1, p2, p3 = (points[(i + k) % n] for k in (-1, 0, 1, 2))
        for s in range(SAMPLES):
            t = s / SAMPLES
            t2, t3 = t * t, t * t * t
            out.append(tuple(0.5 * (2 * p1[d] + (-p0[d] + p2[d]) * t
                                    + (2 * p0[d] - 5 * p1[d] + 4 * p2[d] - p3[d]) * t2
                                    + (-p0[d] + 3 * p1[d] - 3 * p2[d] + p3[d]) * t3)
                             for d in (0, 1)))
    return out


def ellipse(cx, cy, rx, ry, steps=48):
    angles = [2 * math.pi * k / steps for k in range(steps)]
    return [(cx + rx * math.cos(a), cy + ry * math.sin(a)) for a in angles]


def mirror(polygon):
    return [(200 - x, y) for x, y in reversed(polygon)]


def clip(polygon, x0=-1e9, x1=1e9, y0=-1e9, y1=1e9):
    """Sutherland-Hodgman: the part of `polygon` inside the rectangle."""
    edges = [(lambda p: p[0] >= x0, 0, x0), (lambda p: p[0] <= x1, 0, x1),
             (lambda p: p[1] >= y0, 1, y0), (lambda p: p[1] <= y1, 1, y1)]
    out = polygon
    for inside, axis, value in edges:
        if not out:
            break
        points, out = out, []
        for i, current in enumerate(points):
            previous = points[i - 1]
            if inside(current):
                if not inside(previous):
                    out.append(_cross(previous, current, axis, value))
                out.append(current)
            elif inside(previous):
                out.append(_cross(previous, current, axis, value))
    return out


def clip_to(polygon, hull):
    """Sutherland-Hodgman again: the part of `polygon` inside the convex polygon `hull`."""
    cx, cy = (sum(p[0] for p in hull) / len(hull), sum(p[1] for p in hull) / len(hull))
    out = polygon
    for a, b in zip(hull, hull[1:] + hull[:1], strict=True):
        def side(p, a=a, b=b):
            return (b[0] - a[0]) * (p[1] - a[1]) - (b[1] - a[1]) * (p[0] - a[0])
        sign = 1 if side((cx, cy)) > 0 else -1
        points, out = out, []
        for i, current in enumerate(points):
            previous = points[i - 1]
            current_in, previous_in = sign * side(current) >= 0, sign * side(previous) >= 0
            if current_in != previous_in:
                t = side(previous) / (side(previous) - side(current))
                out.append(tuple(previous[d] + t * (current[d] - previous[d]) for d in (0, 1)))
            if current_in:
                out.append(current)
    return out


def _cross(a, b, axis, value):
    t = (value - a[axis]) / (b[axis] - a[axis])
    return tuple(a[d] + t * (b[d] - a[d]) if d != axis else value for d in (0, 1))


def number(value, step=0.5):
    """Half a unit is finer than the body figure is ever drawn (about 3 px a unit when a muscle
    page zooms in); fewer digits keep the sprite every page loads small. The head view, drawn
    larger, asks for tenths."""
    return f"{round(value / step) * step:.1f}".removesuffix(".0")


def path(*polygons, step=0.5):
    parts = []
    for polygon in polygons:
        if len(polygon) < 3:
            continue
        first, *rest = [f"{number(x, step)} {number(y, step)}" for x, y in polygon]
        parts.append(f"M {first} L " + " ".join(rest) + " Z")
    return " ".join(parts)


def both(polygon):
    """A left-side polygon and its mirror image on the right."""
    return [polygon, mirror(polygon)]


# --- The figure: left-side body parts (x < 100), mirrored for the right ---------------------
HEAD = ellipse(100, 34, 19, 25)
EAR = ellipse(81, 37, 2.6, 5.5, 16)
NECK = [(91, 54), (109, 54), (110.5, 76), (89.5, 76)]
TORSO_LEFT = [(90, 70), (78, 73), (64, 77), (57, 84), (57, 93), (63, 104), (66, 125), (70, 150),
              (71, 170), (68, 188), (65, 205), (70, 222), (84, 230), (100, 233)]
TORSO = smooth(TORSO_LEFT + [(200 - x, y) for x, y in reversed(TORSO_LEFT[:-1])][:-1])
UPPER_ARM = smooth([(60, 79), (53, 87), (49, 108), (45, 130), (40, 150), (48, 153), (56, 151),
                    (59, 130), (63, 108), (65, 92)])
FOREARM = smooth([(40, 148), (37, 175), (34, 200), (33, 217), (40, 219), (47, 217), (51, 195),
                  (55, 172), (56, 150)])
HAND = smooth([(33, 215), (29, 228), (28, 242), (31, 253), (37, 258), (43, 253), (46, 240),
               (47, 226), (47, 216)])
THIGH = smooth([(66, 198), (66, 225), (69, 255), (72, 285), (73, 304), (84, 306), (94, 304),
                (96, 280), (98, 255), (99.5, 234), (92, 228), (78, 218)])
KNEE = smooth([(73, 300), (71.5, 312), (74, 325), (84, 327), (93.5, 325), (95, 312), (94.5, 300),
               (84, 298)])
LOWER_LEG = smooth([(74, 322), (72, 340), (74, 362), (78, 382), (79.5, 398), (85.5, 399),
                    (91.5, 398), (92, 380), (95, 356), (94.5, 336), (93.5, 322)])
ANKLE = smooth([(79.5, 394), (78.5, 401), (79, 408), (85.5, 409), (92, 408), (92.5, 401),
                (91.5, 394)])
FOOT_FRONT = smooth([(79, 404), (75, 414), (73, 425), (77, 432), (88, 433), (96, 431), (96, 422),
                     (93, 412), (92, 404)])
FOOT_BACK = smooth([(79, 404), (77.5, 414), (78, 426), (82, 433), (89, 433), (93, 427), (93, 414),
                    (92, 404)])

LIMBS = [UPPER_ARM, FOREARM, HAND, THIGH, KNEE, LOWER_LEG, ANKLE]


def outline(foot):
    return path(*both(EAR), HEAD, NECK, TORSO, *[p for part in LIMBS + [foot] for p in both(part)])


def regions(view):
    foot = FOOT_FRONT if view == "front" else FOOT_BACK
    r = {}
    ears = both(clip(EAR, x1=81.5))  # the part outside the head's outline
    if view == "front":
        r["head"] = path(clip(HEAD, y1=17))
        r["forehead"] = path(clip(HEAD, x0=88, x1=112, y0=17, y1=28))
        r["temple"] = path(*both(clip(HEAD, x1=88, y0=17, y1=39)))
        r["eye"] = path(clip(HEAD, x0=88, x1=112, y0=28, y1=39))
        r["ear"] = path(*ears)
        r["jaw"] = path(clip(HEAD, y0=39))
    else:
        r["head"] = path(clip(HEAD, y1=20))
        r["ear"] = path(*ears)
        r["back-of-head"] = path(clip(HEAD, y0=20))
    r["neck"] = path(clip(NECK, y0=57, y1=74))
    r["shoulders"] = path(*both(clip(TORSO, x1=78, y1=98)), *both(clip(UPPER_ARM, y1=98)))
    if view == "front":
        r["chest"] = path(clip(TORSO, x0=78, x1=122, y0=74, y1=98), clip(TORSO, y0=98, y1=132))
        r["abdomen"] = path(clip(TORSO, y0=132, y1=188))
        r["hips"] = path(clip(TORSO, y0=188), *both(clip(THIGH, y1=234)))
        thigh_top = 234
    else:
        r["upper-back"] = path(clip(TORSO, x0=78, x1=122, y0=74, y1=98),
                               clip(TORSO, y0=98, y1=145))
        r["low-back"] = path(clip(TORSO, y0=145, y1=192))
        r["buttocks"] = path(clip(TORSO, x0=71, x1=129, y0=192),
                             *both(clip(THIGH, x0=71, y1=240)))
        r["hips"] = path(*both(clip(TORSO, x1=71, y0=192)), *both(clip(THIGH, x1=71, y1=240)))
        thigh_top = 240
    r["arms"] = path(*both(clip(UPPER_ARM, y0=98, y1=141)))
    r["elbows"] = path(*both(clip(UPPER_ARM, y0=141)), *both(clip(FOREARM, y1=160)))
    r["forearms"] = path(*both(clip(FOREARM, y0=160, y1=216)))
    r["hands"] = path(*both(clip(HAND, y0=216)), *both(clip(FOREARM, y0=216)))
    r["thighs"] = path(*both(clip(THIGH, y0=thigh_top, y1=302)))
    r["knees"] = path(*both(clip(KNEE, y0=302, y1=324)), *both(clip(THIGH, y0=302)))
    r["shins" if view == "front" else "calves"] = path(*both(clip(LOWER_LEG, y0=324, y1=396)),
                                                        *both(clip(KNEE, y0=324)))
    r["ankles"] = path(*both(clip(ANKLE, y0=396, y1=406)), *both(clip(LOWER_LEG, y0=396)))
    r["feet"] = path(*both(clip(foot, y0=406)), *both(clip(ANKLE, y0=406)))
    return r


# --- The head from the side (its own view, drawn larger), facing left -----------------------
HEAD_VIEWBOX = "0 0 120 140"
PROFILE = smooth([(56, 8), (84, 12), (100, 26), (106, 46), (103, 64), (96, 78), (90, 88),
                  (92, 110), (95, 134), (57, 134), (55, 112), (48, 102), (31, 100), (26, 92),
                  (26, 85), (22, 80), (24, 74), (21, 68), (13, 62), (19, 50), (20, 42),
                  (22, 28), (32, 14)])
SIDE_EAR = ellipse(74, 56, 7, 10, 24)


def head_view():
    """The side view's outline, details and regions: a grid of bands over the profile, each
    at least 16 units across, so at the size the map draws it every region is a thumb wide."""
    def fine(*polygons):
        return path(*polygons, step=0.1)

    regions = {
        "head": fine(clip(PROFILE, y1=26)),
        "forehead": fine(clip(PROFILE, x1=44, y0=26, y1=45)),
        "temple": fine(clip(PROFILE, x0=44, x1=84, y0=26, y1=45)),
        "eye": fine(clip(PROFILE, x1=62, y0=45, y1=62)),
        # The ear's lower edge slants down to the angle of the jaw, which belongs to the jaw.
        "ear": fine(clip_to(PROFILE, [(62, 45), (84, 45), (84, 72), (62, 62)])),
        "jaw": fine(clip_to(PROFILE, [(0, 62), (62, 62), (84, 72), (84, 102), (0, 102)])),
        "back-of-head": fine(clip(PROFILE, x0=84, y0=26, y1=88)),
        "neck": fine(clip(PROFILE, y0=102), clip(PROFILE, x0=84, y0=88, y1=102)),
    }
    lines = [[(33, 100), (52, 99), (66, 92), (69, 74)],  # jaw line up to the ear
             [(26, 47), (31, 44), (38, 46)],  # brow
             [(27, 52), (32, 50), (37, 52), (32, 54), (27, 52)],  # eye
             [(22, 80), (27, 79)]]  # mouth
    # Words on the drawing, so nobody has to guess which band is the temple.
    labels = {"head": (60, 20, "Head"), "forehead": (34, 38, "Forehead"),
              "temple": (62, 38, "Temple"), "eye": (48, 56, "Eye"), "ear": (74, 58, "Ear"),
              "jaw": (48, 86, "Jaw, face"), "back-of-head": (94, 52, "Back of|head"),
              "neck": (74, 122, "Neck")}
    return {"viewbox": HEAD_VIEWBOX, "outline": fine(PROFILE, SIDE_EAR),
            "details": [path_open(line, step=0.1) for line in lines], "regions": regions,
            "labels": {key: list(value) for key, value in labels.items()}}


def details(view):
    if view == "front":
        lines = [[(96, 79), (84, 78), (66, 81)], [(104, 79), (116, 78), (134, 81)],
                 [(100, 100), (100, 128)], [(80, 314), (84, 310), (88, 314)],
                 [(112, 314), (116, 310), (120, 314)]]
        dots = ellipse(100, 160, 1.6, 1.6, 12)
        return [path_open(line) for line in lines] + [path(dots)]
    lines = [[(100, 70), (100, 200)], [(92, 92), (80, 88), (67, 86)],
             [(108, 92), (120, 88), (133, 86)], [(91, 92), (91, 120), (82, 140)],
             [(109, 92), (109, 120), (118, 140)], [(100, 205), (100, 228)],
             [(76, 236), (88, 239), (98, 236)], [(102, 236), (112, 239), (124, 236)]]
    return [path_open(line) for line in lines]


# Tap areas: at the map's size on a 412 px phone (about 1.41 px a unit) a region less than
# 32 units across is under 44 px to tap. These squares, one per side (32 units, 45 px), lie on
# top of the drawing and take a little of their neighbours, which stay larger than 44 px; the
# leg's column is shared out so the ankle's and the foot's squares do not overlap.
TAP = 32
TAPS = {"neck": [(84, 49)], "shoulders": [(47, 70)], "arms": [(36, 102)], "elbows": [(30, 134)],
        "forearms": [(28, 166)], "hands": [(22, 218)], "knees": [(68, 297)],
        "ankles": [(68, 376)], "feet": [(68, 408)]}


def taps():
    out = {}
    for region_id, corners in TAPS.items():
        squares = [(x, y) for x0, y in corners for x in ([x0] if x0 + TAP / 2 == 100
                                                          else [x0, 200 - x0 - TAP])]
        out[region_id] = " ".join(f"M{x} {y}h{TAP}v{TAP}h-{TAP}Z" for x, y in squares)
    return out


def path_open(points, step=0.5):
    first, *rest = [f"{number(x, step)} {number(y, step)}" for x, y in points]
    return f"M {first} L " + " ".join(rest)


def main():
    data = yaml.safe_load(TARGET.read_text()) if TARGET.exists() else {}
    data["viewbox"] = "0 0 200 440"
    data["views"] = {view: {"outline": outline(FOOT_FRONT if view == "front" else FOOT_BACK),
                            "details": details(view), "regions": regions(view),
                            "head_area": path(*both(EAR), HEAD), "taps": taps()}
                     for view in ("front", "back")}
    data["views"]["head"] = head_view()
    TARGET.write_text(yaml.safe_dump(data, sort_keys=False, width=100000, allow_unicode=True))


if __name__ == "__main__":
    main()

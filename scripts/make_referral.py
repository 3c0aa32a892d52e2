"""Draw every muscle's pain pattern and write it into pwa/content/referral-shapes.yaml.

Each muscle's pattern is a few compact shapes per view, on the side drawn at x <= 100 of the
front and back figures (docs/body-figure.md), or in the head view's own coordinates:
`E(cx, cy, rx, ry)` an oval, `L(width, *points)` a stripe along a line. The core zone
(`primary`, where the pain is felt most) and the spill-over zone (`secondary`, felt sometimes)
are each written as one closed path of cubic Béziers with whole-unit coordinates.

Placement follows each muscle's own `referral:` words and the referral charts of Travell &
Simons (sources.yaml), which are followed where references differ.
Usage: .venv/bin/python scripts/make_referral.py
"""

import math
from pathlib import Path

import yaml
from make_muscles import curve

TARGET = Path(__file__).resolve().parent.parent / "pwa" / "content" / "referral-shapes.yaml"
HEADER = "# Written by scripts/make_referral.py: change the script and run it, not this file.\n"


K = 0.55  # Bézier handles of this length (times the radius) draw a near-perfect quarter circle


def E(cx, cy, rx, ry):  # noqa: N802 - short names keep the table below readable
    """An oval: four quarter curves, as short path data (whole units)."""
    def pair(x, y):
        return f"{round(x)} {round(y)}"
    kx, ky = K * rx, K * ry
    return (f"M{pair(cx + rx, cy)}C{pair(cx + rx, cy + ky)} {pair(cx + kx, cy + ry)} "
            f"{pair(cx, cy + ry)}S{pair(cx - rx, cy + ky)} {pair(cx - rx, cy)}"
            f"S{pair(cx - kx, cy - ry)} {pair(cx, cy - ry)}S{pair(cx + rx, cy - ky)} "
            f"{pair(cx + rx, cy)}Z")


def L(width, *points):  # noqa: N802
    """A stripe `width` wide along a line through `points`, with rounded ends."""
    half = width / 2
    left, right = [], []
    for i, (x, y) in enumerate(points):
        (x0, y0), (x1, y1) = points[max(i - 1, 0)], points[min(i + 1, len(points) - 1)]
        length = math.hypot(x1 - x0, y1 - y0) or 1
        nx, ny = -(y1 - y0) / length * half, (x1 - x0) / length * half
        left.append((x + nx, y + ny))
        right.append((x - nx, y - ny))
    (ax, ay), (bx, by) = points[0], points[1]
    (cx, cy), (dx, dy) = points[-2], points[-1]
    start = math.hypot(bx - ax, by - ay) or 1
    end = math.hypot(dx - cx, dy - cy) or 1
    tip_end = (dx + (dx - cx) / end * half, dy + (dy - cy) / end * half)
    tip_start = (ax - (bx - ax) / start * half, ay - (by - ay) / start * half)
    return left + [tip_end] + right[::-1] + [tip_start]


def draw(shapes):
    return "".join(shape if isinstance(shape, str) else curve(shape) for shape in shapes)


# slug -> {view: (primary shapes, secondary shapes)}
PATTERNS = {
    # Head and neck
    "temporalis": {
        "front": ([E(82, 26, 4, 7), E(90, 27, 5, 2), E(93, 46, 4, 2)], [E(91, 32, 3, 2)]),
        "head": ([E(60, 34, 12, 8), E(36, 42, 7, 3), E(31, 76, 5, 3)], [E(38, 52, 5, 4)])},
    "masseter": {
        "front": ([E(86, 48, 5, 7), E(81, 37, 3, 5)], [E(91, 26, 6, 2)]),
        "head": ([E(54, 82, 9, 9), E(30, 80, 5, 6), E(74, 56, 5, 7)], [E(36, 40, 8, 3)])},
    "lateral-pterygoid": {
        "front": ([E(83, 40, 3, 3), E(90, 43, 5, 4)], []),
        "head": ([E(66, 58, 4, 5), E(44, 64, 8, 6)], [])},
    "medial-pterygoid": {
        "front": ([E(86, 50, 4, 5), E(82, 38, 2, 4)], [E(91, 61, 3, 4)]),
        "head": ([E(64, 82, 5, 8), E(42, 80, 6, 4), E(74, 56, 4, 5)], [E(70, 96, 6, 5)])},
    "digastric": {
        "front": ([E(96, 55, 4, 3), E(84, 52, 3, 5)], [E(81, 42, 2, 4)]),
        "head": ([E(28, 86, 5, 4), E(78, 78, 6, 7)],
                 [E(86, 60, 4, 9), L(5, (62, 104), (58, 120))])},
    "sternocleidomastoid": {
        "front": ([E(91, 32, 6, 4), E(87, 44, 4, 5), E(95, 22, 8, 3), E(81, 37, 3, 5)],
                  [E(97, 14, 8, 4), E(97, 66, 3, 5), E(97, 80, 4, 4)]),
        "head": ([E(38, 52, 7, 6), E(38, 68, 7, 6), E(30, 36, 7, 6), E(80, 56, 5, 9)],
                 [E(62, 15, 12, 5), E(98, 34, 6, 9), L(5, (60, 104), (58, 124))])},
    "splenius": {
        "back": ([E(96, 15, 8, 5)], [E(90, 72, 4, 5)]),
        "front": ([E(91, 32, 4, 3)], []),
        "head": ([E(62, 15, 12, 5), E(44, 52, 5, 5)], [E(94, 96, 5, 10)])},
    "suboccipitals": {
        "back": ([E(93, 48, 7, 5)], [E(97, 60, 3, 5)]),
        "front": ([E(90, 32, 4, 3)], [E(93, 22, 6, 3)]),
        "head": ([L(7, (100, 52), (84, 40), (62, 40), (44, 50))],
                 [E(30, 36, 7, 5), E(66, 15, 10, 4), E(96, 90, 4, 8)])},
    "posterior-neck": {
        "back": ([L(7, (95, 45), (94, 75))], [L(5, (92, 80), (88, 96))]),
        "front": ([E(82, 28, 5, 7), E(91, 27, 5, 2)], []),
        "head": ([L(6, (100, 40), (70, 30), (40, 38)), E(98, 76, 5, 14)], [])},
    "upper-trapezius": {
        "back": ([L(5, (84, 78), (89, 62), (87, 50), (81, 40))], [E(66, 78, 6, 3)]),
        "front": ([L(4, (89, 64), (84, 50), (79, 40), (81, 28), (84, 22))],
                  [E(86, 50, 3, 3), E(90, 32, 3, 2)]),
        "head": ([L(6, (88, 112), (88, 88), (86, 68), (82, 44), (70, 36), (56, 34))],
                 [E(64, 84, 4, 5), E(42, 52, 4, 4)])},
    "levator-scapulae": {
        "back": ([E(86, 78, 6, 6), L(5, (92, 88), (91, 118))], [E(64, 90, 5, 5)])},
    "scalenes": {
        "front": ([E(78, 108, 9, 11), L(6, (58, 98), (50, 145)), E(33, 232, 4, 8)],
                  [L(4, (44, 160), (37, 210))]),
        "back": ([L(6, (58, 98), (50, 145))], [L(4, (92, 92), (91, 125))])},
    # Shoulder and arm
    "middle-lower-trapezius": {
        "back": ([L(6, (94, 56), (92, 72)), E(92, 110, 4, 14), E(96, 98, 4, 6)],
                 [E(64, 82, 6, 4), E(93, 50, 5, 3)])},
    "rhomboids": {"back": ([L(5, (91, 90), (89, 135))], [])},
    "infraspinatus": {
        "front": ([E(66, 92, 7, 8)],
                  [L(6, (58, 100), (51, 142)), L(5, (44, 160), (36, 210)), E(32, 228, 3, 6)]),
        "back": ([], [L(4, (92, 88), (91, 128)), E(94, 64, 3, 6)])},
    "supraspinatus": {
        "front": ([E(58, 92, 5, 10)], [L(4, (54, 108), (49, 140)), E(41, 150, 3, 4)]),
        "back": ([E(58, 92, 5, 10)], [L(4, (54, 108), (49, 140)), E(41, 150, 3, 4)])},
    "teres-minor": {"back": ([E(62, 96, 5, 6)], [L(3, (55, 110), (50, 140)), E(45, 238, 3, 12)])},
    "teres-major": {
        "back": ([E(62, 96, 6, 7), L(6, (58, 108), (52, 140))], [L(4, (45, 160), (40, 205))])},
    "subscapularis": {
        "back": ([E(63, 95, 7, 8), E(82, 112, 8, 14)],
                 [L(6, (58, 105), (50, 145)), L(4, (32, 212), (48, 212))])},
    "latissimus-dorsi": {
        "back": ([E(82, 140, 8, 8)],
                 [E(62, 96, 5, 6), L(5, (60, 110), (54, 148)), L(4, (50, 160), (46, 212)),
                  E(44, 236, 3, 11)])},
    "serratus-posterior-superior": {
        "back": ([E(82, 100, 9, 10), E(62, 92, 5, 6)],
                 [L(5, (58, 105), (50, 145)), E(47, 150, 4, 4), L(3, (48, 160), (45, 212)),
                  E(45, 238, 3, 10)])},
    "deltoid": {
        "front": ([E(62, 90, 6, 9)], [L(5, (57, 104), (54, 120))]),
        "back": ([E(60, 94, 6, 9)], [L(5, (57, 106), (54, 122))])},
    "pectoralis-major": {
        "front": ([E(80, 102, 12, 10), E(62, 88, 6, 6)],
                  [L(5, (62, 102), (54, 145)), E(53, 151, 4, 4), L(4, (51, 162), (46, 212)),
                   E(44, 238, 3, 10)])},
    "pectoralis-minor": {
        "front": ([E(64, 90, 6, 6), E(78, 100, 8, 10)],
                  [L(4, (62, 102), (54, 145)), L(3, (52, 160), (47, 212)), E(44, 238, 3, 10)])},
    "serratus-anterior": {
        "front": ([E(68, 118, 6, 10)], [L(4, (62, 110), (55, 145))]),
        "back": ([], [E(88, 130, 5, 8)])},
    "coracobrachialis": {
        "front": ([E(62, 88, 6, 7)], []),
        "back": ([L(7, (60, 92), (50, 145))],
                 [L(5, (46, 155), (40, 212)), E(38, 238, 3, 12)])},
    "biceps": {"front": ([E(62, 88, 6, 7), E(50, 150, 5, 4)], [L(5, (60, 100), (53, 140))])},
    "brachialis": {
        "front": ([E(32, 226, 4, 6), E(49, 150, 5, 4)],
                  [E(62, 88, 5, 6), L(4, (58, 100), (52, 140))])},
    "triceps": {
        "back": ([E(62, 92, 6, 6), L(6, (58, 104), (50, 140)), E(47, 150, 5, 5)],
                 [L(4, (48, 160), (45, 205)), E(45, 240, 3, 10)])},
    # Forearm and hand
    "forearm-extensors": {
        "back": ([E(41, 150, 5, 5), L(7, (42, 160), (38, 208)), E(38, 232, 6, 12)],
                 [E(31, 228, 3, 5)])},
    "forearm-flexors": {
        "front": ([L(7, (46, 175), (41, 212)), E(38, 236, 7, 17)], [E(53, 150, 4, 4)])},
    "supinator": {
        "front": ([E(41, 152, 4, 5)], []),
        "back": ([E(41, 150, 4, 5), E(32, 230, 4, 6)], [L(5, (42, 162), (38, 205))])},
    "pronator-teres": {
        "front": ([E(35, 215, 5, 5), L(5, (50, 160), (40, 205))], [E(53, 150, 4, 4)])},
    "thumb-muscles": {
        "front": ([E(31, 232, 3, 8), E(35, 245, 3, 9)], []),
        "back": ([E(34, 228, 5, 6)], [])},
    "hand-interossei": {"back": ([L(3, (40, 238), (39, 255)), E(34, 228, 4, 5)], [])},
    # Trunk
    "abdominals": {
        "front": ([E(86, 176, 12, 9)], [E(88, 140, 10, 8)]),
        "back": ([L(10, (72, 170), (99, 170))], [L(8, (72, 128), (99, 128))])},
    "serratus-posterior-inferior": {"back": ([E(82, 152, 10, 8)], [E(70, 150, 4, 8)])},
    "quadratus-lumborum": {
        "back": ([L(6, (70, 186), (92, 190)), E(92, 200, 5, 6), E(84, 226, 7, 7),
                  E(67, 214, 5, 7)], []),
        "front": ([], [E(86, 208, 5, 5), E(86, 180, 8, 6)])},
    "paraspinals": {
        "back": ([E(90, 180, 8, 10), E(86, 212, 8, 10), E(97, 200, 3, 6)], []),
        "front": ([], [E(82, 170, 8, 8)])},
    "iliopsoas": {
        "back": ([L(8, (95, 150), (95, 198))], [E(90, 206, 6, 5)]),
        "front": ([L(9, (84, 216), (86, 256)), E(86, 210, 6, 5)], [])},
    # Hip and thigh
    "gluteus-maximus": {
        "back": ([E(88, 216, 10, 14), E(97, 226, 3, 6)], [E(92, 196, 6, 5)])},
    "gluteus-medius": {
        "back": ([L(7, (76, 188), (97, 190)), E(90, 200, 7, 6), E(70, 208, 6, 10)],
                 [L(6, (70, 222), (72, 250))]),
        "front": ([], [E(67, 212, 4, 8)])},
    "gluteus-minimus": {
        # Front fibres: a stripe down the side of the leg; back fibres: down its back.
        "front": ([E(71, 210, 5, 8), L(7, (69, 220), (70, 300))],
                  [L(5, (72, 310), (75, 350), (78, 393))]),
        "back": ([E(80, 222, 8, 10), L(7, (77, 236), (80, 300))],
                 [L(5, (81, 315), (83, 360), (84, 392))])},
    "piriformis": {
        "back": ([E(90, 200, 6, 6), L(8, (88, 212), (72, 215)), E(70, 218, 5, 7)],
                 [L(7, (76, 232), (78, 275))])},
    "tensor-fasciae-latae": {
        "front": ([E(72, 208, 6, 9), L(6, (69, 220), (70, 295))], [E(72, 308, 4, 5)])},
    "hamstrings": {
        "back": ([E(80, 235, 7, 5), L(8, (82, 245), (84, 300))],
                 [E(83, 311, 6, 5), L(6, (80, 322), (80, 345))])},
    "adductors": {
        "front": ([E(88, 212, 6, 6), L(8, (91, 220), (92, 250), (90, 300)), E(91, 311, 4, 6)],
                  [L(5, (88, 324), (88, 370))])},
    "adductor-magnus": {
        "front": ([L(8, (94, 222), (93, 260), (88, 296))], [E(96, 212, 3, 5)])},
    "pectineus": {"front": ([E(94, 226, 5, 5)], [L(6, (94, 234), (93, 255))])},
    "sartorius": {"front": ([L(5, (76, 200), (85, 250), (92, 300)), E(90, 315, 4, 6)], [])},
    "rectus-femoris": {"front": ([E(83, 311, 7, 8)], [L(7, (82, 275), (83, 300))])},
    "vastus-lateralis": {
        "front": ([L(8, (69, 225), (70, 300)), E(72, 310, 5, 7)], [E(68, 212, 4, 6)]),
        "back": ([L(6, (70, 235), (72, 305))], [])},
    "vastus-medialis": {"front": ([E(90, 312, 6, 8)], [L(6, (94, 260), (93, 298))])},
    # Leg and foot
    "popliteus": {"back": ([E(83, 311, 6, 6)], [])},
    "gastrocnemius": {
        "back": ([E(84, 338, 8, 14), E(87, 422, 6, 7)], [E(83, 311, 6, 5)])},
    "soleus": {
        # The heel and the Achilles tendon; now and then the calf and the sacroiliac joint.
        "back": ([E(85, 412, 6, 6), L(4, (85, 384), (85, 404))],
                 [E(84, 358, 6, 9), E(91, 198, 5, 6)])},
    "tibialis-posterior": {
        "back": ([L(4, (85, 385), (85, 404)), E(85, 420, 7, 10)], [E(85, 350, 6, 12)]),
        "front": ([], [E(92, 398, 3, 3)])},
    "long-toe-flexors": {
        "back": ([E(85, 425, 7, 6)], [E(86, 397, 4, 3), L(5, (86, 352), (86, 380))])},
    "tibialis-anterior": {
        "front": ([E(85, 399, 5, 4), E(91, 420, 4, 9)], [L(5, (83, 330), (84, 390))])},
    "long-toe-extensors": {
        "front": ([E(83, 416, 7, 6), L(5, (84, 420), (84, 430))],
                  [E(85, 399, 4, 3), L(4, (78, 350), (82, 390))])},
    "peroneals": {
        "front": ([E(77, 400, 4, 5), L(4, (76, 408), (75, 428))], [L(5, (74, 350), (76, 386))]),
        "back": ([E(79, 401, 4, 5)], [])},
    "extensor-digitorum-brevis": {"front": ([E(82, 414, 6, 5)], [])},
    "foot-muscles": {
        "back": ([E(85, 424, 7, 6), E(88, 411, 5, 4)], [E(86, 398, 5, 3)])},
}


def main():
    patterns = {}
    for slug, views in sorted(PATTERNS.items()):
        patterns[slug] = {view: {kind: draw(shapes) for kind, shapes
                                 in zip(("primary", "secondary"), pair, strict=True) if shapes}
                          for view, pair in views.items()}
    text = yaml.safe_dump({"referral": patterns}, sort_keys=False, width=100000)
    TARGET.write_text(HEADER + text)


if __name__ == "__main__":
    main()

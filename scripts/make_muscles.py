"""Draw every muscle (our own outlines) and write them into pwa/content/muscle-shapes.yaml.

Each muscle part is a few control points on the side drawn at x <= 100 (docs/body-figure.md),
joined by a closed Catmull-Rom curve written as SVG cubic Béziers. Only that side is stored:
the sprite mirrors it onto the other, as the app mirrors trigger points. Coordinates are
rounded to whole units: the shapes are simple outlines, and short path data keeps the figure
sprite small. Deep muscles (under others) are marked `deep`: pages draw them dashed and lighter.
Usage: .venv/bin/python scripts/make_muscles.py
"""

from pathlib import Path

import yaml

TARGET = Path(__file__).resolve().parent.parent / "pwa" / "content" / "muscle-shapes.yaml"
HEADER = "# Written by scripts/make_muscles.py: change the script and run it, not this file.\n"


def side(*points):
    """One part of a muscle on the x <= 100 side."""
    return points


def curve(points):
    """A closed Catmull-Rom curve through `points` as path data. Its Bézier control points
    either side of a point are mirror images, so every segment after the first is an `S`."""
    n = len(points)

    def at(i):
        return points[i % n]

    def control(i, sign):  # the handle at point i, towards the next point (+1) or back (-1)
        (x0, y0), (x1, y1), (x2, y2) = at(i - 1), at(i), at(i + 1)
        return x1 + sign * (x2 - x0) / 6, y1 + sign * (y2 - y0) / 6

    def pair(x, y):
        return f"{round(x)} {round(y)}"

    parts = [f"M{pair(*at(0))}C{pair(*control(0, 1))} {pair(*control(1, -1))} {pair(*at(1))}"]
    parts += [f"S{pair(*control(i, -1))} {pair(*at(i))}" for i in range(2, n + 1)]
    return "".join(parts) + "Z"


def draw(parts):
    return "".join(curve(points) for points in parts)


# Muscle slug -> (deep, {view: [parts]}). Sources for placement: the standard anatomy atlases
# cited in sources.yaml; landmarks in docs/body-figure.md. Every part is a simple outline.
MUSCLES = {
    # Head and neck
    "temporalis": (False, {"front": [side((88, 13), (83, 18), (79, 27), (79, 36), (82, 42),
                                          (87, 40), (87, 30), (90, 20))]}),
    "masseter": (False, {"front": [side((83, 39), (89, 40), (91, 49), (88, 56), (83, 54),
                                        (81, 46))]}),
    "lateral-pterygoid": (True, {"front": [side((83, 37), (90, 38), (91, 44), (85, 45),
                                                (82, 42))]}),
    "medial-pterygoid": (True, {"front": [side((86, 44), (91, 45), (92, 53), (88, 56),
                                               (84, 51))]}),
    "digastric": (False, {"front": [side((83, 47), (87, 49), (94, 57), (99, 56), (99, 61),
                                         (93, 61), (84, 52))]}),
    "sternocleidomastoid": (False, {"front": [side((81, 46), (86, 47), (93, 62), (99, 76),
                                                   (93, 80), (88, 71), (82, 56))]}),
    "scalenes": (False, {"front": [side((88, 56), (92, 58), (91, 70), (87, 80), (78, 79),
                                        (81, 70))]}),
    "splenius": (True, {"back": [side((82, 42), (90, 42), (97, 56), (100, 72), (100, 90),
                                      (96, 90), (92, 72), (86, 56))]}),
    "suboccipitals": (True, {"back": [side((87, 48), (98, 48), (99, 57), (91, 59),
                                           (86, 54))]}),
    "posterior-neck": (True, {"back": [side((93, 46), (99, 46), (99, 82), (95, 82),
                                            (92, 62))]}),
    "levator-scapulae": (True, {"back": [side((88, 52), (93, 54), (92, 72), (91, 88),
                                              (85, 90), (84, 76), (86, 62))]}),
    "upper-trapezius": (False, {
        "back": [side((100, 44), (93, 45), (90, 60), (84, 68), (70, 71), (58, 76), (56, 83),
                      (64, 86), (80, 85), (100, 84), (101, 64))],
        "front": [side((89, 58), (91, 65), (82, 73), (68, 77), (58, 83), (57, 78), (66, 72),
                       (80, 67))]}),
    # Shoulder and upper back
    "deltoid": (False, {
        "front": [side((72, 80), (63, 77), (55, 84), (51, 97), (51, 112), (55, 116), (59, 106),
                       (64, 95), (70, 87))],
        "back": [side((72, 86), (62, 79), (55, 84), (51, 98), (51, 112), (55, 116), (60, 105),
                      (65, 95), (74, 91))]}),
    "supraspinatus": (True, {"back": [side((92, 82), (93, 91), (80, 90), (66, 87), (60, 84),
                                           (66, 79), (80, 79))]}),
    "infraspinatus": (False, {"back": [side((91, 94), (90, 118), (84, 133), (75, 124),
                                            (70, 106), (68, 91), (80, 91))]}),
    "teres-minor": (False, {"back": [side((75, 123), (70, 126), (61, 104), (56, 96), (60, 91),
                                          (66, 98), (74, 112))]}),
    "teres-major": (False, {"back": [side((84, 137), (80, 143), (62, 116), (57, 107),
                                          (62, 102), (71, 118))]}),
    "subscapularis": (True, {"back": [side((88, 88), (91, 110), (84, 138), (76, 130),
                                           (67, 108), (66, 99), (76, 89))]}),
    "rhomboids": (True, {"back": [side((100, 76), (100, 114), (87, 141), (83, 137), (89, 90),
                                       (93, 84))]}),
    "serratus-posterior-superior": (True, {"back": [side((100, 72), (100, 94), (86, 104),
                                                         (81, 98), (90, 85))]}),
    "serratus-posterior-inferior": (True, {"back": [side((100, 140), (100, 164), (88, 160),
                                                         (72, 154), (71, 140), (86, 142))]}),
    "middle-lower-trapezius": (False, {"back": [side((100, 82), (84, 84), (70, 85), (70, 90),
                                                     (86, 94), (85, 118), (85, 136),
                                                     (93, 149), (100, 156), (101, 120))]}),
    "latissimus-dorsi": (False, {"back": [side((66, 101), (72, 102), (79, 128), (92, 144),
                                               (100, 150), (100, 190), (86, 190), (73, 176),
                                               (67, 150), (63, 124), (60, 106))]}),
    # Arm, forearm and hand
    "biceps": (False, {"front": [side((60, 88), (64, 100), (59, 120), (54, 144), (47, 149),
                                      (45, 140), (49, 118), (54, 98))]}),
    "coracobrachialis": (False, {"front": [side((64, 87), (68, 92), (61, 122), (56, 121),
                                                (60, 97))]}),
    "brachialis": (True, {"front": [side((58, 116), (58, 134), (54, 150), (45, 153),
                                         (43, 146), (48, 128))]}),
    "triceps": (False, {"back": [side((58, 85), (64, 96), (62, 118), (56, 140), (50, 149),
                                      (42, 147), (45, 126), (50, 104), (54, 91))]}),
    "forearm-extensors": (False, {"back": [side((40, 148), (47, 152), (48, 170), (44, 195),
                                                (40, 213), (34, 212), (35, 190), (36, 165))]}),
    "forearm-flexors": (False, {"front": [side((49, 149), (56, 152), (54, 172), (49, 195),
                                               (45, 214), (40, 214), (42, 190), (44, 167))]}),
    "supinator": (True, {"front": [side((39, 150), (46, 152), (48, 163), (44, 172),
                                        (38, 166))]}),
    "pronator-teres": (False, {"front": [side((51, 148), (56, 153), (45, 180), (39, 178),
                                              (44, 164))]}),
    "thumb-muscles": (False, {"front": [side((33, 217), (39, 221), (40, 235), (35, 244),
                                             (29, 237), (28, 226))]}),
    "hand-interossei": (True, {
        "back": [side((32, 221), (44, 221), (45, 240), (39, 245), (31, 241))],
        "front": [side((34, 224), (44, 222), (45, 240), (39, 245), (33, 240))]}),
    # Chest and abdomen
    "pectoralis-major": (False, {"front": [side((99, 79), (99, 118), (88, 121), (77, 116),
                                                (67, 106), (61, 96), (61, 89), (68, 85),
                                                (82, 80))]}),
    "pectoralis-minor": (True, {"front": [side((65, 86), (72, 85), (86, 99), (85, 113),
                                               (77, 108), (67, 96))]}),
    "serratus-anterior": (False, {"front": [side((64, 101), (72, 103), (77, 120), (75, 135),
                                                 (68, 135), (64, 120))]}),
    "abdominals": (False, {"front": [side((99, 121), (99, 222), (93, 222), (88, 190),
                                          (86, 150), (86, 124))]}),
    # Low back and hip
    "paraspinals": (False, {"back": [side((99, 80), (99, 206), (94, 206), (88, 186),
                                          (86, 150), (88, 110), (94, 82))]}),
    "quadratus-lumborum": (True, {"back": [side((89, 147), (93, 150), (92, 187), (78, 189),
                                                (76, 168), (80, 150))]}),
    "iliopsoas": (True, {"front": [side((92, 149), (99, 150), (97, 190), (94, 212), (91, 233),
                                        (85, 232), (84, 212), (77, 203), (73, 192), (78, 185),
                                        (87, 183), (89, 165))]}),
    "gluteus-maximus": (False, {"back": [side((97, 192), (100, 210), (99, 232), (90, 241),
                                              (76, 245), (67, 236), (65, 218), (71, 202),
                                              (85, 194))]}),
    "gluteus-medius": (False, {"back": [side((69, 185), (90, 184), (95, 193), (84, 206),
                                             (70, 214), (65, 203))]}),
    "gluteus-minimus": (True, {
        "back": [side((67, 189), (83, 189), (81, 204), (70, 214), (65, 205))],
        "front": [side((67, 190), (76, 193), (77, 206), (70, 214), (65, 204))]}),
    "piriformis": (True, {"back": [side((97, 199), (99, 210), (84, 217), (69, 220), (66, 213),
                                        (83, 206))]}),
    "tensor-fasciae-latae": (False, {"front": [side((73, 189), (80, 193), (78, 212), (72, 229),
                                                    (67, 226), (67, 204))]}),
    # Thigh, leg and foot
    "sartorius": (False, {"front": [side((75, 189), (80, 193), (91, 258), (97, 300), (95, 318),
                                         (89, 316), (88, 290), (81, 250), (73, 199))]}),
    "rectus-femoris": (False, {"front": [side((77, 207), (82, 205), (88, 230), (88, 270),
                                              (86, 296), (80, 296), (77, 270), (75, 235))]}),
    "vastus-lateralis": (False, {"front": [side((68, 219), (74, 224), (78, 250), (78, 285),
                                                (80, 300), (74, 304), (70, 286), (66, 255))]}),
    "vastus-medialis": (False, {"front": [side((92, 262), (97, 270), (96, 296), (92, 305),
                                               (86, 300), (88, 284))]}),
    "adductors": (False, {"front": [side((92, 223), (99, 231), (98, 265), (94, 286), (90, 270),
                                         (88, 240))]}),
    "pectineus": (False, {"front": [side((88, 222), (97, 221), (98, 233), (92, 241),
                                         (87, 233))]}),
    "adductor-magnus": (True, {
        "front": [side((95, 236), (99, 240), (98, 282), (94, 298), (91, 290), (93, 258))],
        "back": [side((92, 236), (99, 238), (98, 272), (94, 296), (90, 286), (89, 256))]}),
    "hamstrings": (False, {"back": [side((76, 236), (96, 238), (96, 270), (92, 300), (88, 308),
                                         (78, 308), (74, 296), (72, 262))]}),
    "popliteus": (True, {"back": [side((77, 306), (86, 311), (93, 322), (87, 324),
                                       (78, 314))]}),
    "gastrocnemius": (False, {"back": [side((76, 315), (82, 316), (84, 326), (88, 316),
                                            (94, 317), (96, 340), (90, 362), (84, 366),
                                            (76, 358), (73, 337))]}),
    "soleus": (False, {"back": [side((75, 342), (94, 342), (94, 372), (90, 389), (84, 393),
                                     (79, 386), (75, 365))]}),
    # From the front it shows only along the inner edge of the shin bone, where it is pressed.
    "tibialis-posterior": (True, {"back": [side((80, 328), (90, 328), (91, 360), (88, 384),
                                                (84, 388), (81, 372), (79, 350))],
                                  "front": [side((89, 330), (94, 332), (95, 360), (93, 386),
                                                 (90, 382), (88, 352))]}),
    "long-toe-flexors": (True, {"back": [side((79, 348), (93, 348), (93, 384), (89, 398),
                                              (82, 398), (78, 382))]}),
    "tibialis-anterior": (False, {"front": [side((80, 322), (87, 324), (88, 350), (87, 380),
                                                 (89, 399), (84, 399), (81, 372), (78, 340))]}),
    "long-toe-extensors": (False, {"front": [side((76, 328), (81, 330), (83, 366), (85, 398),
                                                  (82, 412), (78, 398), (77, 366))]}),
    "peroneals": (False, {"front": [side((73, 323), (79, 324), (82, 350), (82, 382), (80, 397),
                                         (77, 395), (75, 366), (72, 340))]}),
    "extensor-digitorum-brevis": (False, {"front": [side((77, 408), (83, 407), (85, 417),
                                                         (79, 423), (75, 418))]}),
    "foot-muscles": (False, {"back": [side((80, 405), (91, 405), (93, 419), (90, 432),
                                           (82, 432), (78, 419))]}),
}


def main():
    shapes = {}
    for slug, (deep, views) in sorted(MUSCLES.items()):
        entry = {"deep": True} if deep else {}
        entry["views"] = {view: draw(parts) for view, parts in views.items()}
        shapes[slug] = entry
    text = yaml.safe_dump({"shapes": shapes}, sort_keys=False, width=100000)
    TARGET.write_text(HEADER + text)


if __name__ == "__main__":
    main()

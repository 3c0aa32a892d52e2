"""Each muscle's thumbnail: the view that best shows its core pain zone, cropped square around
the zone and its trigger points, for the library and the body map's muscle cards."""

from typing import NamedTuple

from .loader import built_once, get_content
from .models import NUMBER

LEAST = 48  # units each way: enough body around a small zone to tell where it is
MARGIN = 7  # room for the X marks of points at the crop's edge


class Thumbnail(NamedTuple):
    view: str
    zone: str  # "primary", or "secondary" for a muscle with no core zone drawn
    viewbox: str
    marks: str  # the X marks of its trigger points, one path ("" when the view shows none)


def _score(view, zones, points):
    """A core zone counts most, then trigger points; the back before the front before the
    head on a tie (where most of the library's points are drawn)."""
    has_points = any(p.view == view for p in points)
    return (zones.primary is not None, has_points, ("head", "front", "back").index(view))


def thumbnail(body, muscle, pattern):
    """The Thumbnail for a muscle, from its pain pattern ({view: ReferralZones})."""
    view = max(pattern, key=lambda v: _score(v, pattern[v], muscle.points))
    zones = pattern[view]
    mirror = view == "front"  # the sprite mirrors front zones: the person's left side
    numbers = [float(n) for n in NUMBER.findall(zones.primary or zones.secondary)]
    xs, ys = numbers[0::2], numbers[1::2]
    points = [(200 - p.x if mirror else p.x, p.y) for p in muscle.points if p.view == view]
    if mirror:
        xs = [200 - x for x in xs]
    xs += [x for x, _ in points]
    ys += [y for _, y in points]
    _, _, width, height = (float(n) for n in (body.views[view].viewbox or body.viewbox).split())
    size = min(width, height, max(max(xs) - min(xs), max(ys) - min(ys), LEAST) + 2 * MARGIN)
    left = min(max((min(xs) + max(xs) - size) / 2, 0), width - size)
    top = min(max((min(ys) + max(ys) - size) / 2, 0), height - size)
    arm = round(size / 18, 1)  # the X's half-width: the same on screen whatever the crop
    marks = "".join(f"M{_n(x - arm)} {_n(y - arm)}l{_n(2 * arm)} {_n(2 * arm)}m0 -{_n(2 * arm)}"
                    f"l-{_n(2 * arm)} {_n(2 * arm)}" for x, y in points)
    zone = "primary" if zones.primary else "secondary"
    return Thumbnail(view, zone, " ".join(_n(n) for n in (left, top, size, size)), marks)


def _n(value):
    return f"{round(value, 1):g}"


def get_thumbnails():
    """{slug: Thumbnail} for every muscle, made once per app."""
    content = get_content()
    return built_once("tpg_thumbnails", lambda: {
        slug: thumbnail(content.body, muscle, content.referral[slug])
        for slug, muscle in content.muscles.items()})

"""Every muscle's own pain pattern: core solid, spill-over dotted, one side, X marks."""

import re

import pytest
from markupsafe import escape
from test_muscle_shapes import covers, polygons

from pwa import PACKAGE_DIR
from pwa.path_data import relative

MUSCLES = sorted(p.stem for p in (PACKAGE_DIR / "content" / "muscles").glob("*.yaml"))


def points_of(d):
    return [point for polygon in polygons(d) for point in polygon]


def test_referral_file_is_what_the_script_writes(tmp_path, monkeypatch):
    import importlib.util

    monkeypatch.syspath_prepend(str(PACKAGE_DIR.parent / "scripts"))
    spec = importlib.util.spec_from_file_location(
        "make_referral", PACKAGE_DIR.parent / "scripts" / "make_referral.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    monkeypatch.setattr(module, "TARGET", tmp_path / "referral.yaml")
    module.main()
    expected = (PACKAGE_DIR / "content" / "referral-shapes.yaml").read_text()
    assert module.TARGET.read_text() == expected


@pytest.mark.parametrize("slug", MUSCLES)
def test_every_muscle_page_draws_its_own_pattern_on_one_side(client, content, slug):
    muscle, pattern = content.muscles[slug], content.referral[slug]
    assert any(zones.primary for zones in pattern.values()), slug
    html = client.get(f"/muscles/{slug}").get_data(as_text=True)
    sprite = client.get("/map/figure.svg").get_data(as_text=True)
    for view, zones in pattern.items():
        assert f'data-view="{view}"' in html
        for kind in ("primary", "secondary"):
            drawn = f'data-referral="{kind}" href="/map/figure.svg#r-{slug}-{view}-{kind[0]}"'
            assert (drawn in html) == bool(getattr(zones, kind)), (slug, view, kind)
            if getattr(zones, kind):
                path = f'<path id="r-{slug}-{view}-{kind[0]}" d="{relative(getattr(zones, kind))}"'
                mirror = ' transform="matrix(-1 0 0 1 200 0)"' if view == "front" else ""
                assert f"{path}{mirror}/>" in sprite  # the person's left side, in every view
    assert html.count('class="figure-outline"') == len(re.findall(r'data-view="', html))
    # The whole-region shading of the old charts is gone from muscle pages.
    assert 'class="region is-primary"' not in html
    # One X per trigger point, on the side drawn (front mirrored to the person's left).
    marks = re.findall(r'<path class="trigger-point" d="M([\d.]+) ', html)
    assert len(marks) == len(muscle.points)
    in_page_order = sorted(muscle.points, key=lambda p: ("front", "back").index(p.view))
    for point, x in zip(in_page_order, marks, strict=True):
        side = 200 - point.x if point.view == "front" else point.x
        assert abs(float(x) + 2 - side) < 6, (slug, point)


@pytest.mark.parametrize("slug", MUSCLES)
def test_each_figure_says_where_that_muscle_sends_pain(client, content, slug):
    muscle = content.muscles[slug]
    html = client.get(f"/muscles/{slug}").get_data(as_text=True)
    labels = re.findall(r'role="img" aria-label="([^"]+)"', html)
    assert labels
    for label in labels:
        assert label.startswith(f"Pain pattern of {escape(muscle.name)}")
        assert "left side shown" in label
        assert str(escape(muscle.referral)) in label


def test_gluteus_minimus_is_a_stripe_down_one_leg_to_the_ankle(content):
    pattern = content.referral["gluteus-minimus"]
    for view in ("front", "back"):  # front fibres down the side, back fibres down the back
        zones = pattern[view]
        primary = points_of(zones.primary)
        everything = primary + points_of(zones.secondary)
        assert all(x < 100 for x, _ in everything)  # one leg
        assert min(y for _, y in primary) < 215 and max(y for _, y in primary) > 295
        assert max(y for _, y in everything) > 390  # down to the ankle
        # a stripe, not the whole leg: the thigh's pain is at most a third of its width
        thigh = [x for x, y in primary if 250 < y < 280]
        assert max(thigh) - min(thigh) <= 12


def test_soleus_sends_pain_to_the_heel_not_the_whole_foot(content):
    pattern = content.referral["soleus"]
    assert set(pattern) == {"back"}  # nothing on the top of the foot or the toes
    heel = pattern["back"].primary
    assert covers(heel, 85, 410)  # the heel
    assert all(y >= 380 for _, y in points_of(heel))
    spill = pattern["back"].secondary
    assert covers(spill, 84, 358) and covers(spill, 91, 198)  # calf, sacroiliac joint


def test_upper_trapezius_runs_from_the_neck_behind_the_ear_to_the_temple(content):
    line = content.referral["upper-trapezius"]["head"].primary
    assert covers(line, 88, 105)  # neck
    assert covers(line, 86, 60)  # behind the ear (ear at 74, 56)
    assert covers(line, 58, 34)  # temple
    assert not covers(line, 74, 56)  # not over the ear itself
    assert covers(content.referral["upper-trapezius"]["front"].primary, 81, 28)


def test_infraspinatus_is_deep_in_the_front_of_the_shoulder_and_down_the_arm(content):
    front = content.referral["infraspinatus"]["front"]
    assert covers(front.primary, 66, 92)  # front of the shoulder joint
    assert covers(front.secondary, 55, 120) and covers(front.secondary, 40, 185)
    assert "back" not in content.referral["infraspinatus"] or \
        not content.referral["infraspinatus"]["back"].primary


@pytest.mark.parametrize("slug", ["soleus", "upper-trapezius", "gluteus-minimus"])
def test_the_chart_comes_first_and_cautions_before_technique(client, slug):
    html = client.get(f"/muscles/{slug}").get_data(as_text=True)
    order = [html.index(mark) for mark in ("<h1>", 'data-view="', 'class="lead"',
                                           "Take care", "How to treat it yourself")]
    assert order == sorted(order)


@pytest.mark.parametrize("slug", MUSCLES)
def test_how_to_treat_shows_a_picture_of_each_tool(client, content, slug):
    muscle = content.muscles[slug]
    html = client.get(f"/muscles/{slug}").get_data(as_text=True)
    treat = html[html.index("How to treat it yourself"):html.index('id="stretch-heading"')]
    pictures = re.findall(r'href="/icons.svg#tool-([\w-]+)"', treat)
    assert pictures == list(muscle.treatment.tools)
    sprite = client.get("/icons.svg").get_data(as_text=True)
    for tool in pictures:
        assert f'<symbol id="tool-{tool}" viewBox="0 0 24 24">' in sprite


def test_every_tool_has_a_picture(client):
    from pwa.models import TOOLS

    sprite = client.get("/icons.svg").get_data(as_text=True)
    assert all(f'id="tool-{tool}"' in sprite for tool in TOOLS)


def test_timer_data_names_a_picture_per_muscle(client, content):
    data = client.get("/timer-data.json").get_json()
    for slug, muscle in content.muscles.items():
        assert data["muscles"][slug]["picture"] == muscle.treatment.tools[0]

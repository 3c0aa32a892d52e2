"""The muscle library, the body map and their links to the timer."""

import pytest
from markupsafe import escape

from pwa import PACKAGE_DIR
from pwa.loader import load

MUSCLES = sorted(p.stem for p in (PACKAGE_DIR / "content" / "muscles").glob("*.yaml"))
BODY = load(PACKAGE_DIR / "content").body
REGIONS = [r.id for r in BODY.regions if not r.section]  # regions with a page of their own
FOOT_PARTS = [r.id for r in BODY.regions if r.section]
SECTIONS = ["Where it hurts", "What it can feel like", "Where the trigger points are",
            "How to find them", "How to treat it yourself", "Take care", "Stretch afterwards"]


@pytest.mark.parametrize("slug", MUSCLES)
def test_every_muscle_page_has_every_section(client, content, slug):
    muscle = content.muscles[slug]
    html = client.get(f"/muscles/{slug}").get_data(as_text=True)
    for heading in SECTIONS:
        assert heading in html, (slug, heading)
    assert f'href="/timer?muscle={slug}"' in html
    assert html.count('class="trigger-point"') == len(muscle.points)  # one side only
    assert 'data-referral="primary"' in html


def test_library_lists_every_muscle_grouped(client, content):
    html = client.get("/muscles/").get_data(as_text=True)
    for slug in content.muscles:
        assert f'href="/muscles/{slug}"' in html
    assert html.count("<h2") == 6


def test_map_links_every_region_in_figure_and_list(client):
    html = client.get("/map").get_data(as_text=True)
    for region in REGIONS:
        assert html.count(f'href="/map/{region}"') >= 2, region


@pytest.mark.parametrize("region", REGIONS)
def test_every_region_page_lists_muscles_most_likely_first(client, content, region):
    html = client.get(f"/map/{region}").get_data(as_text=True)
    parts = [r.id for r in content.body.regions if r.section and r.part_of == region]
    for part in parts or [region]:  # the foot: each of its parts' sections in rank order
        start = html.index(f'id="{part}"') if parts else 0
        primary, secondary = content.muscles_for_region(part)
        positions = [html.index(f'href="/muscles/{m.slug}"', start) for m in primary + secondary]
        assert positions and positions == sorted(positions), part


def test_a_part_of_the_head_lists_the_muscles_tagged_for_the_whole_head_after_its_own(content):
    primary, secondary = content.muscles_for_region("temple")
    slugs = [m.slug for m in primary + secondary]
    assert slugs[:2] == ["upper-trapezius", "temporalis"]  # its own rank first
    assert "splenius" in slugs  # sends pain to the top of the head


@pytest.mark.parametrize("part", FOOT_PARTS)
def test_a_part_of_the_foot_is_a_section_of_the_feet_page(client, part):
    assert client.get(f"/map/{part}").headers["Location"] == f"/map/feet#{part}"
    html = client.get("/map/feet").get_data(as_text=True)
    assert f'<section id="{part}"' in html and f'<a href="#{part}">' in html


def test_a_muscle_page_links_its_part_of_the_foot(client):
    html = client.get("/muscles/soleus").get_data(as_text=True)
    assert '<a href="/map/feet#heel">heel</a>' in html


def test_a_muscle_is_not_named_twice_on_its_page_or_its_cards(client, content):
    """A muscle whose anatomical name is its name ("Soleus") shows it once: no "Soleus" line
    under the title of its page, its region's cards or the library's."""
    same = [m for m in content.muscles.values() if m.anatomical == m.name]
    assert same
    for muscle in same:
        page = client.get(f"/muscles/{muscle.slug}").get_data(as_text=True)
        assert f'<p class="meta">{muscle.name}' not in page, muscle.slug
    assert '<p class="meta">Also called deep calf muscle, lower calf</p>' in client.get(
        "/muscles/soleus").get_data(as_text=True)
    feet = client.get("/map/feet").get_data(as_text=True)
    assert '<p class="meta">Soleus</p>' not in feet
    assert '<p class="meta">Peroneus (fibularis) longus and brevis</p>' in feet


def test_soleus_sends_pain_to_the_heel_not_the_whole_foot(content):
    zones = content.muscles["soleus"].referral_zones
    assert "heel" in zones.primary and "feet" not in zones.primary + zones.secondary
    primary, _ = content.muscles_for_region("heel")
    assert primary[0].slug == "soleus"


def test_unknown_muscle_and_region_are_404(client):
    assert client.get("/muscles/not-a-muscle").status_code == 404
    assert client.get("/map/elbowz").status_code == 404


@pytest.mark.parametrize("slug", MUSCLES)
def test_cautions_come_before_any_pressing_instructions(client, content, slug):
    muscle = content.muscles[slug]
    html = client.get(f"/muscles/{slug}").get_data(as_text=True)
    callout = html.index('id="avoid-heading"')
    first_instruction = min(html.index('id="points-heading"'), html.index('id="treat-heading"'))
    assert callout < first_instruction
    for key in muscle.cautions:
        title = escape(content.cautions[key].title)
        assert callout < html.index(title) < first_instruction, (slug, key)
    assert callout < html.index(str(escape(muscle.avoid))) < first_instruction


@pytest.mark.parametrize("slug", MUSCLES)
def test_every_muscle_page_ends_with_its_sources(client, content, slug):
    html = client.get(f"/muscles/{slug}").get_data(as_text=True)
    sources = html.index('id="sources-heading"')
    assert sources > html.index('id="treat-heading"')
    for ref in content.muscles[slug].sources:
        assert html.index(str(escape(content.sources[ref.ref].citation))) > sources


def inside(point, triangle):
    (x1, y1), (x2, y2), (x3, y3) = triangle
    def side(ax, ay, bx, by):
        return (point.x - bx) * (ay - by) - (ax - bx) * (point.y - by)
    signs = [side(x1, y1, x2, y2), side(x2, y2, x3, y3), side(x3, y3, x1, y1)]
    return all(s > 0 for s in signs) or all(s < 0 for s in signs)


# The femoral triangle on the front figure (docs/body-figure.md): the groin crease from the
# front hip bone (78, 205) to the pubis (96, 222), down to its apex about a hand below.
FEMORAL_TRIANGLE = ((78, 205), (96, 222), (88, 245))


def test_no_trigger_point_sits_in_the_femoral_triangle(content):
    for muscle in content.muscles.values():
        for point in muscle.points:
            assert not (point.view == "front" and inside(point, FEMORAL_TRIANGLE)), muscle.slug


def test_only_muscles_never_pressed_mark_the_front_or_side_of_the_neck(content):
    for muscle in content.muscles.values():
        never_pressed = muscle.pincer_only or muscle.treatment.tools == ("stretch",)
        for point in muscle.points:
            in_front_of_neck = point.view == "front" and point.x >= 82 and 56 <= point.y <= 76
            assert never_pressed or not in_front_of_neck, muscle.slug
            at_side_of_neck = point.view == "back" and point.x < 92 and 56 <= point.y <= 72
            assert not (muscle.slug == "splenius" and at_side_of_neck), point

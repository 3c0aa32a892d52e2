"""The muscle library, the body map and their links to the timer."""

import pytest

from pwa import PACKAGE_DIR
from pwa.loader import load

MUSCLES = sorted(p.stem for p in (PACKAGE_DIR / "content" / "muscles").glob("*.yaml"))
REGIONS = [r.id for r in load(PACKAGE_DIR / "content").body.regions]
SECTIONS = ["Where it hurts", "What it can feel like", "Where the trigger points are",
            "How to find them", "How to treat it yourself", "Take care", "Stretch afterwards"]


@pytest.mark.parametrize("slug", MUSCLES)
def test_every_muscle_page_has_every_section(client, content, slug):
    muscle = content.muscles[slug]
    html = client.get(f"/muscles/{slug}").get_data(as_text=True)
    for heading in SECTIONS:
        assert heading in html, (slug, heading)
    assert f'href="/timer?muscle={slug}"' in html
    assert html.count('class="trigger-point"') >= len(muscle.points)
    assert 'class="region is-primary"' in html


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
    primary, secondary = content.muscles_for_region(region)
    positions = [html.index(f'href="/muscles/{m.slug}"') for m in primary + secondary]
    assert positions and positions == sorted(positions)


def test_unknown_muscle_and_region_are_404(client):
    assert client.get("/muscles/not-a-muscle").status_code == 404
    assert client.get("/map/elbowz").status_code == 404

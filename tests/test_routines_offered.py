"""Routines are offered where people look: on body-map region pages and at the top of a
muscle page, never above the red flags or a muscle's cautions."""

import pytest


def page(client, path):
    return client.get(path).get_data(as_text=True)


@pytest.mark.parametrize(("region", "routine"), [
    ("feet", "heel-calf"), ("low-back", "low-back"), ("jaw", "jaw"), ("head", "tension-headache"),
])
def test_a_region_page_offers_its_routines_after_the_red_flags(client, region, routine):
    html = page(client, f"/map/{region}")
    assert f'href="/routines/{routine}"' in html
    offered = html.index("Guided routines for this area")
    assert html.index("Most likely") < offered
    if "Check these first" in html:
        assert html.index("Check these first") < offered


def test_a_muscle_page_names_its_routines_near_the_top_after_its_cautions(client):
    html = page(client, "/muscles/soleus")
    offered = html.index('class="routine-links"')
    assert html.index('href="/routines/heel-calf"', offered) > offered
    assert html.index("Take care") < offered < html.index("How to treat it yourself")


def test_a_muscle_in_no_routine_offers_none(client, content):
    in_routines = {step.muscle for r in content.routines.values() for step in r.steps}
    lonely = next(slug for slug in content.muscles if slug not in in_routines)
    assert 'class="routine-links"' not in page(client, f"/muscles/{lonely}")

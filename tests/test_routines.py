"""Finding the guided routines for muscles and for body-map regions."""

import pytest

from pwa.engines.routine_match import routines_for_muscles, routines_for_region
from pwa.models import REGION_IDS


def slugs(routines):
    return [routine.slug for routine in routines]


def test_a_muscle_finds_the_routines_that_work_on_it(content):
    assert slugs(routines_for_muscles(content, ["soleus"])) == ["heel-calf"]
    assert set(slugs(routines_for_muscles(content, ["upper-trapezius"]))) == {
        "desk-neck-shoulders", "tension-headache"}


def test_routines_working_on_more_of_the_muscles_come_first(content):
    found = slugs(routines_for_muscles(content, ["upper-trapezius", "temporalis"]))
    assert found[0] == "tension-headache"
    assert found[1:] and "desk-neck-shoulders" in found


def test_then_the_muscle_listed_first_decides(content):
    assert slugs(routines_for_muscles(content, ["masseter", "supinator"]))[0] == "jaw"
    assert slugs(routines_for_muscles(content, ["supinator", "masseter"]))[0] == (
        "tennis-elbow-forearm")


def test_no_muscles_no_routines(content):
    assert routines_for_muscles(content, []) == []
    assert routines_for_muscles(content, ["no-such-muscle"]) == []


def test_a_region_finds_routines_for_the_muscles_that_send_pain_there(content):
    # The foot-and-shin routine works on five of the muscles that mainly send pain to the
    # feet, the heel-and-calf routine on three; both are offered.
    assert slugs(routines_for_region(content, "feet"))[:2] == ["foot-and-shin", "heel-calf"]
    assert slugs(routines_for_region(content, "head"))[0] == "tension-headache"


@pytest.mark.parametrize("region_id", REGION_IDS)
def test_every_routine_found_for_a_region_works_on_one_of_its_muscles(content, region_id):
    primary, secondary = content.muscles_for_region(region_id)
    muscles = {m.slug for m in primary + secondary}
    found = routines_for_region(content, region_id)
    assert len(slugs(found)) == len(set(slugs(found)))
    for routine in found:
        assert muscles & {step.muscle for step in routine.steps}, (region_id, routine.slug)

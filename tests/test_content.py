"""Content is validated at start-up; a broken file is reported by name and field."""

import shutil

import pytest

from pwa import PACKAGE_DIR, create_app
from pwa.loader import ContentError, load
from pwa.models import REGION_IDS


@pytest.fixture
def content_copy(tmp_path):
    target = tmp_path / "content"
    shutil.copytree(PACKAGE_DIR / "content", target)
    return target


def test_the_shipped_content_is_complete(content):
    assert len(content.muscles) >= 45
    assert len(content.routines) >= 6
    assert len(content.chapters) >= 10
    assert {"disclaimer", "privacy", "about"} <= set(content.pages)
    assert content.chapter("safety") and content.chapter("evidence")


def test_a_broken_front_matter_names_the_file(content_copy):
    chapter = sorted((content_copy / "guide").glob("*.md"))[0]
    chapter.write_text(chapter.read_text().replace("title:", "titel:", 1))
    with pytest.raises(ContentError) as error:
        load(content_copy)
    assert chapter.name in str(error.value) and "title" in str(error.value)


def test_unparseable_front_matter_names_the_file(content_copy):
    chapter = sorted((content_copy / "guide").glob("*.md"))[-1]
    chapter.write_text("---\ntitle: [unclosed\n---\nBody\n")
    with pytest.raises(ContentError, match=chapter.name):
        load(content_copy)


def test_a_broken_muscle_names_the_file_and_field(content_copy):
    muscle = content_copy / "muscles" / "soleus.yaml"
    muscle.write_text(muscle.read_text().replace("primary:", "primary_zones:", 1))
    with pytest.raises(ContentError) as error:
        load(content_copy)
    assert "soleus.yaml" in str(error.value) and "referral_zones" in str(error.value)


def test_a_routine_naming_an_unknown_muscle_is_refused(content_copy):
    routine = sorted((content_copy / "routines").glob("*.yaml"))[0]
    text = routine.read_text()
    first = next(line for line in text.splitlines() if "muscle:" in line)
    routine.write_text(text.replace(first, first.split(":")[0] + ": no-such-muscle", 1))
    with pytest.raises(ContentError, match="no-such-muscle"):
        load(content_copy)


def test_raw_html_in_markdown_is_refused(content_copy):
    page = content_copy / "pages" / "about.md"
    page.write_text(page.read_text() + "\n<script>alert(1)</script>\n")
    with pytest.raises(ContentError, match="about.md.*raw HTML"):
        load(content_copy)


def test_the_app_refuses_to_start_with_broken_content(content_copy):
    (content_copy / "practice.yaml").write_text("booking_url: http://not-https\n")
    with pytest.raises(ContentError, match="practice.yaml"):
        create_app({"CONTENT_DIR": str(content_copy)})


def test_every_region_leads_to_at_least_one_muscle(content):
    for region in content.body.regions:
        primary, secondary = content.muscles_for_region(region.id)
        assert primary or secondary, region.id


def test_every_referral_zone_is_a_map_region(content):
    drawn = {r.id for r in content.body.regions}
    assert drawn == set(REGION_IDS)
    for muscle in content.muscles.values():
        zones = muscle.referral_zones.primary + muscle.referral_zones.secondary
        assert set(zones) <= drawn, muscle.slug


def test_neck_muscles_are_pincer_only(content):
    for slug in ("sternocleidomastoid", "scalenes"):
        assert content.muscles[slug].pincer_only, slug

"""Content is validated at start-up; a broken file is reported by name and field."""

import shutil

import pytest

from pwa import PACKAGE_DIR, create_app
from pwa.loader import ContentError, caution_faults, load
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


def test_a_key_given_twice_is_refused_not_silently_dropped(content_copy):
    # YAML keeps the last of two keys alike: the first one's phrases would vanish unseen.
    red_flags = content_copy / "red-flags.yaml"
    text = red_flags.read_text()
    assert "\nrewrite:\n" in text
    red_flags.write_text(text.replace("\nrewrite:\n", "\nrewrite:\n  back: [bakk]\n", 1))
    with pytest.raises(ContentError, match=r"red-flags.yaml.*'back' is given twice"):
        load(content_copy)


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
        assert "neck_front" in content.muscles[slug].cautions, slug


# --- Cautions and sources -------------------------------------------------------------------


def check_content(content_dir):
    app = create_app({"CONTENT_DIR": str(content_dir), "TESTING": True})
    return app.test_cli_runner().invoke(args=["check-content"])


def test_the_shipped_content_passes_the_danger_zone_check(content, app):
    assert caution_faults(content, app.config["CONTENT_DIR"]) == []


def test_a_muscle_pressing_the_side_of_the_neck_without_its_caution_fails_the_check(
        content_copy):
    muscle = content_copy / "muscles" / "deltoid.yaml"
    muscle.write_text(muscle.read_text().replace(
        "Press the ball into the shoulder cap",
        "Press a ball into the side of the neck, then into the shoulder cap"))
    result = check_content(content_copy)
    assert result.exit_code != 0
    assert "deltoid.yaml" in result.output and "'cautions'" in result.output
    assert "neck_front" in result.output and "side of the neck" in result.output


@pytest.mark.parametrize(("slug", "key"), [("gastrocnemius", "clots"),
                                           ("gastrocnemius", "back_of_knee"),
                                           ("iliopsoas", "groin"),
                                           ("quadratus-lumborum", "kidney_area"),
                                           ("subscapularis", "armpit"),
                                           ("supinator", "elbow_crease")])
def test_dropping_a_danger_zone_caution_fails_the_check(content_copy, slug, key):
    muscle = content_copy / "muscles" / f"{slug}.yaml"
    text = muscle.read_text()
    line = next(line for line in text.splitlines() if line.startswith("cautions:"))
    keys = [k.strip() for k in line.split("[", 1)[1].rstrip("]").split(",") if k.strip()]
    keys.remove(key)
    muscle.write_text(text.replace(line, f"cautions: [{', '.join(keys)}]"))
    result = check_content(content_copy)
    assert result.exit_code != 0
    assert f"{slug}.yaml" in result.output and f"add '{key}'" in result.output


def test_a_pincer_only_muscle_must_carry_the_neck_rule(content_copy):
    muscle = content_copy / "muscles" / "deltoid.yaml"
    muscle.write_text(muscle.read_text().replace("pincer_only: false", "pincer_only: true"))
    result = check_content(content_copy)
    assert result.exit_code != 0 and "pincer_only" in result.output


def test_an_unknown_caution_names_the_file_and_field(content_copy):
    muscle = content_copy / "muscles" / "soleus.yaml"
    muscle.write_text(muscle.read_text().replace("cautions: [", "cautions: [no_such_zone, ", 1))
    with pytest.raises(ContentError) as error:
        load(content_copy)
    message = str(error.value)
    assert "soleus.yaml" in message and "cautions.0" in message and "no_such_zone" in message


def test_an_unknown_source_names_the_file_and_field(content_copy):
    chapter = content_copy / "guide" / "10-evidence.md"
    chapter.write_text(chapter.read_text().replace("ref: lucas-2009", "ref: lucas-2099", 1))
    with pytest.raises(ContentError) as error:
        load(content_copy)
    assert "10-evidence.md" in str(error.value) and "sources.0.ref" in str(error.value)


def test_a_chapter_without_sources_is_refused(content_copy):
    chapter = content_copy / "guide" / "05-active-and-latent.md"
    text = chapter.read_text()
    head, body = text[4:].split("\n---\n", 1)
    head = head.split("\nsources:", 1)[0]
    chapter.write_text(f"---\n{head}\n---\n{body}")
    with pytest.raises(ContentError, match=r"05-active-and-latent.md.*'sources'"):
        load(content_copy)


def test_a_muscle_without_sources_is_refused(content_copy):
    muscle = content_copy / "muscles" / "soleus.yaml"
    muscle.write_text(muscle.read_text().split("\nsources:", 1)[0] + "\n")
    with pytest.raises(ContentError, match=r"soleus.yaml.*'sources'"):
        load(content_copy)


def test_a_broken_caution_names_the_key_and_field(content_copy):
    catalogue = content_copy / "cautions.yaml"
    catalogue.write_text(catalogue.read_text().replace("  title: Keep out of the hollow",
                                                       "  titel: Keep out of the hollow", 1))
    with pytest.raises(ContentError, match=r"cautions.yaml.*back_of_knee"):
        load(content_copy)


def test_the_required_cautions_and_sources_exist(content):
    assert {"neck_front", "carotid_risk", "armpit", "elbow_crease", "groin", "back_of_knee",
            "kidney_area", "abdomen_pulse", "clots", "blood_thinners", "nerve_symptoms",
            "inside_mouth", "heart_first", "ribs_spine"} <= set(content.cautions)
    assert {"travell-simons-1", "travell-simons-2", "davies-2013"} <= set(content.sources)


@pytest.mark.parametrize("slug", ["gastrocnemius", "soleus", "hamstrings", "adductors",
                                  "vastus-medialis"])
def test_calf_and_inner_thigh_muscles_carry_the_clot_caution(content, slug):
    assert {"clots", "blood_thinners"} <= set(content.muscles[slug].cautions)


def test_the_sternocleidomastoid_carries_the_carotid_exclusions(content):
    assert {"neck_front", "carotid_risk"} <= set(content.muscles["sternocleidomastoid"].cautions)


def test_the_scalenes_are_stretched_not_pressed(content):
    assert content.muscles["scalenes"].treatment.tools == ("stretch",)


def test_safety_comes_before_self_treatment(content):
    order = [c.slug for c in content.chapters]
    assert order.index("safety") < order.index("self-treatment")


def test_no_muscle_tags_foot_drop(content):
    for muscle in content.muscles.values():
        assert not any("foot drop" in c.lower() for c in muscle.complaints), muscle.slug


# --- Red flags: asked as questions, each linked to its own tier of the safety chapter -------

TIERS = {"emergency": "call-emergency-services-now", "today": "see-a-doctor-today",
         "soon": "see-a-doctor-soon"}


def test_each_red_flag_links_to_its_own_tier_of_the_safety_chapter(content):
    for flag in content.red_flags.flags:
        assert flag.link == f"/guide/safety#{TIERS[flag.level]}", flag.id


def test_the_safety_chapter_names_the_conditions_a_gp_screens_for(content):
    chapter = content.chapter("safety").body
    assert [id for id, _ in chapter.toc][:3] == list(TIERS.values())
    text = chapter.html.lower()
    for condition in ("foot drop", "arteritis", "aortic aneurysm", "testicle",
                      "compartment syndrome", "cold, pale", "a child", "implant",
                      "hip replacement"):
        assert condition in text, condition


def test_a_red_flag_without_a_one_line_question_is_refused(content_copy):
    flags = content_copy / "red-flags.yaml"
    text = flags.read_text()
    line = next(x for x in text.splitlines() if x.strip().startswith("question:"))
    flags.write_text(text.replace(line, line.rstrip("?") + ".", 1))
    with pytest.raises(ContentError, match=r"red-flags.yaml.*question"):
        load(content_copy)


def test_a_red_flag_in_an_unknown_ask_group_is_refused(content_copy):
    flags = content_copy / "red-flags.yaml"
    text = flags.read_text()
    flags.write_text(text.replace("ask_group: cancer", "ask_group: cancr", 1))
    with pytest.raises(ContentError, match=r"red-flags.yaml.*ask_group"):
        load(content_copy)


@pytest.mark.parametrize(("before", "after", "field"), [
    ("flags: [meningitis, stroke,", "flags: [meningitus, stroke,", "whole_body"),
    ("  id: whole-body\n", "  id: knees\n", "whole_body.id"),
])
def test_the_whole_bodys_checklist_names_real_flags_and_no_regions_area(content_copy, before,
                                                                       after, field):
    flags = content_copy / "red-flags.yaml"
    text = flags.read_text()
    assert text.count(before) == 1
    flags.write_text(text.replace(before, after))
    with pytest.raises(ContentError, match=rf"red-flags.yaml.*{field}"):
        load(content_copy)


def test_a_checklist_asks_every_flag_of_its_area_and_groups_only_flags_asked_together(app):
    from pwa.engines.triage import for_region
    from pwa.views.red_flags import asked, get_rules

    with app.test_request_context():
        content = app.extensions["tpg_content"]
        for region in content.body.regions:
            rows = asked(content, region.id, region.part_of)
            flags = [w["id"] for w in for_region(get_rules(), region.id, region.part_of)]
            assert sorted(w["id"] for row in rows for w in row["warnings"]) == sorted(flags)
            for row in rows:
                assert row["level"] == row["warnings"][0]["level"], region.id
                if row["id"].startswith("group-"):
                    assert len(row["warnings"]) > 1, region.id
                    assert row["question"] == content.red_flags.ask_groups[row["id"][6:]]
        low_back = {row["id"]: row for row in asked(content, "low-back")}
        assert [w["id"] for w in low_back["group-cancer"]["warnings"]] == [
            "back-cancer-nerves", "back-cancer", "back-serious"]
        # Asked alone, a grouped flag keeps its own, more exact question.
        chest = {row["id"]: row for row in asked(content, "chest")}
        assert chest["aorta"]["question"].startswith("A sudden tearing or ripping pain")


# --- The body map's ranks -------------------------------------------------------------------


HEEL_RANK = "  - soleus\n  - foot-muscles\n"  # the first region to rank these two: the heel


@pytest.mark.parametrize(("ranked", "message"), [
    (["foot-muscles"], "'soleus' sends pain to 'heel' but is not ranked"),
    (["soleus", "soleus", "foot-muscles"], "ranked twice"),
    (["soleus", "deltoid", "foot-muscles"], "'deltoid' sends no pain to 'heel'"),
    (["soleus", "soleusz", "foot-muscles"], "unknown muscle 'soleusz'"),
])
def test_a_region_must_rank_exactly_the_muscles_that_send_pain_there(content_copy, ranked,
                                                                      message):
    body = content_copy / "body.yaml"
    rank = "".join(f"  - {slug}\n" for slug in ranked)
    body.write_text(body.read_text().replace(HEEL_RANK, rank, 1))
    with pytest.raises(ContentError, match="body.yaml") as error:
        load(content_copy)
    assert message in str(error.value) and "rank" in str(error.value)


def test_a_section_names_the_region_it_is_part_of(content_copy):
    body = content_copy / "body.yaml"
    text = body.read_text().replace("  part_of: feet\n  section: true", "  section: true", 1)
    body.write_text(text)
    with pytest.raises(ContentError, match="part_of"):
        load(content_copy)

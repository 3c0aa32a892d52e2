"""The symptom finder: everyday words find the right muscles; emergencies come first."""

import html
import json
import re

import pytest

from pwa.engine_data import linker
from pwa.engines import search_text
from pwa.engines.search_engine import (
    MAX_WORDS,
    build_index,
    merge_index,
    picking_words,
    search,
    split_index,
    vocabulary,
)
from pwa.views.search import get_index, get_prepared
from tests.search_queries import (
    ADVERSARIAL,
    EMERGENCIES,
    EVERYDAY,
    EVERYDAY_MISSES,
    HOSTILE,
    PLAIN,
    RANKED,
    typos,
)


def results_text(client, query):
    """The words of the results the server rendered for a query, without their markup."""
    html = client.get("/search", query_string={"q": query}).get_data(as_text=True)
    results = html[html.index("data-results"):html.index("<template data-results-template")]
    return " ".join(re.sub(r"<[^>]+>", " ", results).split()).replace(" .", ".")


@pytest.fixture(scope="module")
def index(app):
    with app.app_context():
        return get_prepared()


@pytest.mark.parametrize(("query", "expected"), RANKED)
def test_everyday_queries_rank_the_right_muscles_first(index, query, expected):
    top = [m["slug"] for m in search(index, query)["muscles"][:3]]
    assert expected & set(top), f"{query!r} gave {top}"


@pytest.mark.parametrize(("query", "expected"), [
    pytest.param(q, e, marks=pytest.mark.xfail(strict=True, reason=EVERYDAY_MISSES[q]))
    if q in EVERYDAY_MISSES else (q, e) for q, e in EVERYDAY])
def test_a_person_s_own_words_put_a_right_muscle_first(index, query, expected):
    first = search(index, query)["muscles"][0]["slug"]
    assert first in expected, f"{query!r} put {first} first"


def warnings_shown(client, query):
    """The red-flag warnings the search page shows for a query (server-rendered), in order."""
    html = client.get("/search", query_string={"q": query}).get_data(as_text=True)
    html = html[:html.index("<template")]
    return re.findall(r'<section class="callout [^"]* red-flag" data-level="(\w+)"', html), html


@pytest.mark.parametrize(("query", "title_word"), EMERGENCIES)
def test_emergency_queries_show_the_triage_warning(client, query, title_word):
    levels, html = warnings_shown(client, query)
    assert levels and levels[0] in ("emergency", "today"), query
    assert title_word.lower() in html.lower()


@pytest.mark.parametrize("query", PLAIN)
def test_ordinary_queries_raise_no_alarm(client, query):
    assert warnings_shown(client, query)[0] == []


def test_every_result_says_why(index):
    for query, _ in RANKED:
        for muscle in search(index, query)["muscles"]:
            assert muscle["why"], (query, muscle["slug"])


REASON_QUERIES = ["heel", "neck", "shoulder blade", "jaw", "headache", "traps", "pterygoid",
                  "bicep", "calf", "sore shoulder", "low back pain", "thumb"]


@pytest.mark.parametrize("query", REASON_QUERIES + [q for q, _ in RANKED])
def test_reasons_never_repeat_the_name_and_no_two_results_share_one(index, query):
    """Reasons say what matched ("also called “jaw muscle”"), never the name the result is
    headed with, and each result's line differs from every other's for that query."""
    muscles = search(index, query)["muscles"]
    lines = [tuple(m["why"]) for m in muscles]
    assert len(set(lines)) == len(lines), (query, lines)
    for muscle in muscles:
        name = muscle["name"].lower()
        assert all(name not in reason.lower() for reason in muscle["why"]), (query, muscle)


def test_what_matched_is_the_reason(index):
    why = {m["slug"]: m["why"] for m in search(index, "jaw")["muscles"]}
    assert why["masseter"] == ["also called “jaw muscle”"]
    assert why["temporalis"] == ["linked with jaw pain"]
    heel = {m["slug"]: m["why"] for m in search(index, "heel")["muscles"]}
    assert heel["soleus"][0] == heel["foot-muscles"][0] == "linked with heel pain"
    assert heel["soleus"] != heel["foot-muscles"]  # the second one also says what else it does


def test_typos_are_not_shown_as_names(content):
    """Misspellings find muscles through the finder's typo allowance, never as an "also
    called" on the muscle's page or in a reason."""
    shown = {a for m in content.muscles.values() for a in m.also_called}
    assert not shown & {"trapz", "bicep", "tricep"}


def test_every_reason_reads_as_english(content):
    """"can send pain to the above the heel", "to the heartburn": a referral term that starts
    with a place word, or names a feeling (search.yaml), is said another way."""
    from pwa.engines.search_engine import _muscle_entries

    spec = content.search
    regions = {region.id: region for region in content.body.regions}
    terms = {t for m in content.muscles.values() for t in m.referral_terms}
    assert set(spec.feelings) <= terms, "a feeling in search.yaml that no muscle lists"
    place_words = "|".join(spec.place_words)
    for muscle in content.muscles.values():
        for _kind, reason, text in _muscle_entries(muscle, regions, spec):
            assert not re.search(rf"\bto the (?!inside of)({place_words}) ", reason + " "), reason
            if text in spec.feelings:
                assert reason == f"linked with {text}", reason


def test_emergency_warning_is_rendered_above_the_muscles(client):
    html = client.get("/search", query_string={"q": "worst headache ever, sudden"}).get_data(
        as_text=True)
    assert 'role="alert"' in html and "local emergency number now" in html
    assert html.index('role="alert"') < html.index("Muscles worth checking")


def test_results_link_to_muscle_pages_and_guide_sections(client):
    html = client.get("/search", query_string={"q": "heel hurts when I get up"}).get_data(
        as_text=True)
    assert 'href="/muscles/soleus"' in html
    assert "In the guide" in html


@pytest.mark.parametrize("query", HOSTILE)
def test_empty_absurd_and_hostile_queries_get_a_helpful_page(client, query):
    response = client.get("/search", query_string={"q": query})
    assert response.status_code == 200
    html = response.get_data(as_text=True)
    assert "<script>alert" not in html
    assert "What do you feel?" in html


def test_a_5000_character_query_is_cut_and_escaped(client):
    response = client.get("/search", query_string={"q": "<b>neck</b>" * 500})
    assert response.status_code == 200
    assert b"<b>neck</b>" not in response.data and b"&lt;b&gt;neck" in response.data


def test_nothing_matched_says_what_to_try(client):
    html = client.get("/search", query_string={"q": "zzzzqqqq"}).get_data(as_text=True)
    assert "Nothing matched that" in html and 'href="/map"' in html


def test_index_is_served_for_offline_search_in_two_files_that_make_it_whole(client, index):
    rest = client.get("/search-index.json").get_json()
    guide = client.get("/search-guide.json").get_json()
    known = client.get("/known-words.json").get_json()
    assert {"muscles", "synonyms", "routines"} <= set(rest)
    assert not {"sections", "known"} & set(rest)
    assert set(guide) == {"sections"} and set(known) == {"known"}
    assert merge_index(rest, guide, known) == json.loads(json.dumps(index.index))


def test_a_guide_edit_leaves_the_main_index_alone(app, content):
    """A chapter release changes /search-guide.json, not /search-index.json."""
    import dataclasses

    with app.app_context():
        link = linker(app)
        before = split_index(build_index(content, link))
        chapter = content.chapters[0]
        body = dataclasses.replace(chapter.body, sections=tuple(
            dataclasses.replace(section, text=section.text + " zygomaticus xylophone")
            for section in chapter.body.sections))
        edited = dataclasses.replace(content, chapters=(dataclasses.replace(chapter, body=body),
                                                        *content.chapters[1:]))
        after = split_index(build_index(edited, link))
    assert after[0] == before[0]
    assert after[1] != before[1]


def test_examples_show_until_there_is_a_query(client):
    empty = client.get("/search").get_data(as_text=True)
    assert "data-examples>" in empty and "golfer&#39;s elbow" in empty
    with_query = client.get("/search?q=neck").get_data(as_text=True)
    assert "data-examples hidden>" in with_query


def test_the_index_builds_without_a_request(content):
    from pwa import create_app

    app = create_app({"TESTING": True})
    with app.app_context():
        index = get_index()
    # A muscle's and a routine's page is its slug after one path the index carries once.
    assert index["links"] == {"muscle": "/muscles/", "routine": "/routines/"}
    assert "url" not in index["muscles"][0] and "url" not in index["routines"][0]
    assert any(s["url"] == "/guide/safety" for s in index["sections"])
    assert any(r["url"] == "/map/head" for r in index["regions"])


def test_every_result_links_to_a_page_that_answers(client, index):
    ranked = search(index, "sore heel and calf, a routine for plantar fasciitis")
    links = [r["url"] for kind in ("muscles", "routines") for r in ranked[kind]]
    assert ranked["muscles"] and ranked["routines"]
    for link in links:
        assert client.get(link).status_code == 200, link


def _scan(word, vocabulary):
    """The closest word by a scan of the whole vocabulary, as correction worked at first."""
    limit = search_text.allowed_typos(len(word))
    best, best_distance = word, limit + 1
    for known in vocabulary:
        distance = search_text.edit_distance(word, known, limit)
        if distance < best_distance:
            best, best_distance = known, distance
    return best


def test_typos_are_corrected_as_a_scan_of_the_whole_vocabulary_would(index):
    words = vocabulary(index.index)
    corrector = search_text.Corrector(words)
    slips = typos(words, every=20) + ["zzzzqqqq", "shoulderr", "hamstrnig", "a" * 22]
    for word in slips:
        assert corrector.correct(word) == _scan(word, words), word


def test_no_real_word_is_read_as_a_word_that_picks_a_muscle(index):
    """The triage's rule for the search too: a typo keeps its first letter, and a real word is
    never corrected into a muscle's, a routine's or a synonym's word ("plank" is not "flank",
    "jelly" not "belly", "snore" not "sore"), while a slip still is ("wrsit")."""
    picks = picking_words(index.index)
    changed = {word: fixed for word in search_text.english_words()
               if (fixed := index.corrector.correct(word)) != word and fixed in picks}
    assert changed == {}
    assert search(index, "snore")["muscles"] == []
    assert search(index, "plank")["words"] == ["stomach"]  # the abs' exercise (a synonym)
    assert search(index, "wrsit pain")["words"] == ["wrist"]


@pytest.mark.parametrize("query", ADVERSARIAL)
def test_adversarial_queries_get_an_answer(index, client, query):
    results = search(index, query)
    assert isinstance(results["muscles"], list)
    response = client.get("/search", query_string={"q": query})
    assert response.status_code == 200


def test_a_long_query_says_which_words_were_used(index, client):
    words = ["neck"] * 40 + ["heel"]
    assert search(index, " ".join(words))["cut"] == MAX_WORDS
    assert search(index, " ".join(words[:MAX_WORDS]))["cut"] == 0
    shown = results_text(client, " ".join(words))
    assert f"Only the first {MAX_WORDS} words were used." in shown
    assert "Only the first" not in results_text(client, "neck")


def test_repeating_a_word_changes_nothing(index):
    assert search(index, "stiff neck " * 10) == search(index, "stiff neck")


def test_guide_titles_show_their_characters_not_html_entities(index, client):
    titles = [s["title"] + s["chapter"] for s in index.index["sections"]]
    assert "What it can and can’t do" in [s["title"] for s in index.index["sections"]]
    assert not [t for t in titles if re.search(r"&\w+;|&#", t)]
    shown = results_text(client, "what self massage can and cant do")
    assert "What it can and can’t do" in shown and "rsquo" not in shown


def test_the_browser_gets_the_results_markup_from_the_page(client):
    html = client.get("/search").get_data(as_text=True)
    template = html[html.index("<template data-results-template>"):html.index("</template>")]
    for part in ("cut", "asks", "muscles", "routines", "regions", "sections", "empty"):
        assert f'data-part="{part}"' in template
    assert "data-separator" in template
    # Warnings come from the red-flag partial's own template, the one markup for them.
    assert "<template data-red-flag-template" in html


@pytest.mark.parametrize(("query", "routine"), [
    ("heel hurts when I get up", "heel-calf"),
    ("tension headache", "tension-headache"),
    ("my jaw clicks when I chew", "jaw"),
    ("sciatica down my leg", "sciatica-like-pain"),
    ("lower back pain when I stand up", "low-back"),
    ("my knee gives way", "runners-knee-thigh"),
    ("tennis elbow", "tennis-elbow-forearm"),
    ("crick in my neck, can't turn my head", "desk-neck-shoulders"),
    ("soleus", "heel-calf"),
])
def test_routines_that_fit_come_first(index, query, routine):
    assert search(index, query)["routines"][0]["slug"] == routine


def test_routines_need_a_whole_phrase_or_the_first_muscle(index):
    # "stiff" alone is in the for: phrases of several routines ("tight calves").
    assert "heel-calf" not in [r["slug"] for r in search(index, "stiff neck")["routines"]]
    assert search(index, "zzzzqqqq")["routines"] == []


def test_after_an_emergency_the_call_leads_and_results_wait_until_ruled_out(client):
    levels, html = warnings_shown(client, "crushing chest pain")
    assert levels[0] == "emergency"
    call, alert = html.index('href="tel:112"'), html.index('role="alert"')
    held = html.index("<details class=\"held-results\"")
    assert call < alert < held < html.index("Muscles worth checking")
    assert "I've ruled this out" in html[held:]
    assert "<details class=\"held-results\" open" not in html


def test_an_ordinary_complaint_has_no_call_button_and_nothing_held(client):
    _, html = warnings_shown(client, "heel hurts when i get up")
    assert "<div data-call-lead hidden>" in html and "held-results" not in html


def test_routines_are_links_beside_the_muscles(client):
    html = client.get("/search", query_string={"q": "heel hurts when I get up"}).get_data(
        as_text=True)
    html = html[:html.index("<template")]
    assert 'href="/routines/heel-calf"' in html
    assert html.index("Muscles worth checking") < html.index("Routines to try")
    assert client.get("/routines/heel-calf").status_code == 200


def test_two_reasons_that_start_alike_are_said_once():
    from pwa.views.search import sentence

    assert (sentence(["linked with heel pain", "linked with pain like plantar fasciitis"])
            == "Linked with heel pain and pain like plantar fasciitis.")
    assert (sentence(["can send pain to the feet and heels", "linked with calf cramps"])
            == "Can send pain to the feet and heels; linked with calf cramps.")


@pytest.mark.parametrize(("query", "named"), [
    ("lower back pain and sore hip", ["low-back", "hips"]),
    ("pain in my upper back between my shoulder blades", ["upper-back"]),
    ("heel hurts when I get up", ["heel"]),
    ("headache behind my eye", ["head", "eye"]),
    ("sciatica down my leg", []),
])
def test_a_place_is_named_by_one_of_its_names_whole(index, query, named):
    """"Upper back" names the upper back (and "back" the low back), never every region with
    "back" or "upper" in a name: the arms, hands, knees or calves."""
    assert [r["id"] for r in search(index, query)["regions"]] == named


def test_the_places_named_ask_their_red_flag_questions_before_any_muscle(client):
    html = client.get("/search", query_string={"q": "sore heel and sole of my foot"}).get_data(
        as_text=True)
    results = html[html.index("data-results"):html.index("<template data-results-template")]
    asks = re.findall(r'<a href="([^"]+)" data-href="url" data-fill="label" data-area="(\w[\w-]*)"',
                      results)
    # The heel and the sole are asked on one page, the feet's, which asks before its muscles.
    assert asks == [("/map/feet", "feet")]
    assert results.index('data-part="asks"') < results.index('data-part="muscles"')
    lead = re.search(r"<span data-ask-lead>([^<]+)</span>", results)
    assert lead[1] == "First, rule out the warning signs: quick questions for the"
    assert ">feet and heels</a></span></span>.</p>" in results
    page = client.get("/map/feet").get_data(as_text=True)
    assert 'data-ask="feet"' in page
    assert page.index("First: does any of these apply?") < page.index("Most likely")


@pytest.mark.parametrize(("query", "pages"), [
    # The places a red flag lives get asked when named the way people name them: a kidney's
    # loin or flank is the low back (a water infection), a testicle the groin's hips (torsion).
    ("loin pain one side with a temperature", ["/map/low-back"]),
    ("flank ache and shivering", ["/map/low-back"]),
    ("pain in my kidneys and my wee stings", ["/map/low-back"]),
    ("sudden pain in my testicle", ["/map/hips", "/map/thighs"]),
])
def test_a_red_flags_own_place_is_asked_by_its_everyday_names(index, query, pages):
    assert [ask["url"] for ask in search(index, query)["asks"]] == pages


@pytest.mark.parametrize(("query", "pages"), [
    ("sciatica down my leg", ["/map/buttocks", "/map/hips"]),
    ("plantar fasciitis", ["/map/feet"]),
    ("zzzzqqqq", []),
])
def test_where_no_place_is_named_the_first_muscles_pain_areas_are_asked(index, query, pages):
    assert [ask["url"] for ask in search(index, query)["asks"]] == pages


def test_every_place_asks_on_a_page_with_its_questions(client, index):
    for region in index.index["regions"]:
        page = client.get(region["ask"]).get_data(as_text=True)
        assert f'data-ask="{region["area"]}"' in page, region["id"]


def test_a_query_worth_asking_asks_its_place_in_the_results_as_its_page_does(client):
    """Ask, don't only guess: "my back has ached for a few weeks" raises no warning, but pain
    that lasts is worth the low back's questions, asked there and then."""
    page = client.get("/search", query_string={"q": "my back has ached for a few weeks"}).get_data(
        as_text=True)
    results = page[page.index("data-results"):page.index("<template data-results-template")]
    asked = results[results.index('<section class="red-flag-ask" data-ask="low-back"'):
                    results.index('data-part="muscles"')]
    # Above the muscles, after the line that names the place.
    assert (results.index('data-part="asks"') < results.index('data-ask="low-back"')
            < results.index('data-part="muscles"'))
    questions = re.findall(r"<summary>([^<]+)</summary>",
                           client.get("/map/low-back").get_data(as_text=True))
    assert len(questions) >= 5
    assert re.findall(r"<summary>([^<]+)</summary>", results) == questions
    assert "None of these" in asked


@pytest.mark.parametrize("query", ["sore heel", "my back aches after gardening, no numbness",
                                   "crushing chest pain and sweaty"])
def test_a_query_with_nothing_to_ask_about_or_a_warning_asks_no_list_in_the_results(client, query):
    page = client.get("/search", query_string={"q": query}).get_data(as_text=True)
    results = page[page.index("data-results"):page.index("<template data-results-template")]
    assert "data-ask=" not in results


WHOLE_BODY_QUERY = "my 3 year old refuses to walk since this morning"


@pytest.mark.parametrize("query", [WHOLE_BODY_QUERY, "a temperature of 38 and aching all over",
                                   "aching all over and losing weight without trying",
                                   # "hot" alone finds no muscle (the jaw's teeth sensitive to it)
                                   "my 3 year old wont walk since this morning and feels hot"])
def test_where_nothing_names_a_place_the_whole_bodys_warning_signs_are_asked(client, query):
    """Ask, don't only guess: no place, no muscle, but words worth asking about (a small child,
    a fever, weight loss): the whole body's questions are asked, the line's link leading to the
    safety chapter, which lists every warning."""
    page = client.get("/search", query_string={"q": query}).get_data(as_text=True)
    results = page[page.index("data-results"):page.index("<template data-results-template")]
    assert '<a href="/guide/safety" data-href="url" data-fill="label" data-area="whole-body">' \
           'whole body</a>' in results
    asked = results[results.index('data-ask="whole-body"'):]
    questions = [html.unescape(q) for q in re.findall(r"<summary>([^<]+)</summary>", asked)]
    assert "Is this a child with a limp, a fever, night pain or back pain?" in questions
    assert any("confus" in q for q in questions) and any("eight loss" in q for q in questions)
    assert 6 >= len(questions) >= 5  # one screen


# (A fever with confusion warns to call now: the call comes first, nothing is asked.)
@pytest.mark.parametrize("query", ["what are trigger points", "zzzzqqqq", "tired and fed up",
                                   "mum has a temperature and is muddled"])
def test_where_nothing_names_a_place_and_nothing_is_worth_asking_the_whole_body_is_not(
        client, query):
    page = client.get("/search", query_string={"q": query}).get_data(as_text=True)
    assert "whole-body" not in page[page.index("data-results"):
                                    page.index("<template data-results-template")]


def test_the_browser_asks_each_places_checklist_from_the_timers_data_as_its_page_does(client):
    """search-page.js asks a place in full from /timer-data.json's `ask.regions` (precached, so
    offline too): the same questions, in the same order, as the place's page."""
    ask = client.get("/timer-data.json").get_json()["ask"]
    for area, numbers in ask["regions"].items():
        if area == "whole-body":  # no page: the search asks it where nothing names a place
            page = client.get("/search", query_string={"q": WHOLE_BODY_QUERY}).get_data(
                as_text=True)
            page = page[page.index('data-ask="whole-body"'):]
            page = page[:page.index("None of these")]
        else:
            page = client.get(f"/map/{area}").get_data(as_text=True)
        assert [ask["rows"][n]["question"] for n in numbers] == [
            html.unescape(q) for q in re.findall(r"<summary>([^<]+)</summary>", page)], area

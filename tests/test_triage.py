"""Red-flag triage: what people type raises the right warning, and ordinary pain raises none."""

import pytest

from pwa.build_tools.precache import page_urls
from pwa.engines import search_text, triage
from pwa.engines.search_text import ENGLISH
from pwa.views.red_flags import get_rules
from tests.triage_queries import HOSTILE, QUERIES


@pytest.fixture(scope="module")
def rules(app):
    with app.test_request_context():
        return get_rules()


@pytest.mark.parametrize(("query", "level"), QUERIES, ids=[q for q, _ in QUERIES])
def test_a_query_raises_exactly_its_expected_level(rules, query, level):
    warnings = triage.assess(rules, query)
    assert (warnings[0]["level"] if warnings else None) == level, [w["id"] for w in warnings]


def test_the_table_is_big_enough_and_has_ordinary_complaints():
    assert len(QUERIES) >= 60
    assert sum(level is None for _, level in QUERIES) >= 20


def test_warnings_come_most_severe_first_each_once(rules):
    warnings = triage.assess(rules, "back pain with a fever and night sweats, back pain at night")
    assert [w["id"] for w in warnings] == ["back-fever", "back-serious"]
    assert set(warnings[0]) == {"id", "level", "label", "title", "message", "url"}
    assert warnings[0]["url"] == "/guide/safety#see-a-doctor-today"


def test_an_emergency_says_to_call_the_local_emergency_number_now(rules):
    (warning,) = triage.assess(rules, "crushing chest pain")
    assert warning["level"] == "emergency"
    # The level's name is what to do, as the other levels' are ("See a doctor today"); the
    # message says it in full, once.
    assert warning["label"] == "Call emergency services now"
    assert "local emergency number now" in warning["message"]
    assert warning["url"] == "/guide/safety#call-emergency-services-now"


def test_a_negated_sign_does_not_count_but_a_later_one_does(rules):
    assert triage.assess(rules, "back pain, no fever or chills") == []
    assert [w["id"] for w in triage.assess(rules, "back pain no fever but chills")] == [
        "back-fever"]


def test_ages_are_read_from_numbers_and_decades(rules):
    assert triage.assess(rules, "new back pain and i am in my 70s")[0]["id"] == "back-serious"
    assert triage.assess(rules, "new back pain and i am 35") == []
    # A unit is a whole word: "68 stiff" is an age, "95 st" a weight.
    assert "over-50" in triage.number_signs(rules, "mum 68 stiff shoulders")
    assert "over-50" not in triage.number_signs(rules, "im 95 st and my back hurts")
    assert "over-50" in triage.number_signs(rules, "70 and active, new back pain")
    assert "over-50" in triage.number_signs(rules, "72 minor ache in my back")
    assert "over-50" not in triage.number_signs(rules, "70 and a half stone")


@pytest.mark.parametrize("text", HOSTILE, ids=["made-up words", "one long word", "repeated"])
def test_hostile_input_raises_nothing_and_only_its_start_is_read(rules, text):
    """What a check costs is measured by `make bench` (benchmarks/triage_cost.py); here, that a
    long text is read only to the limit, so no text can cost more than that much does."""
    assert len(text) > rules["limits"]["chars"]
    assert triage.assess(rules, text) == []
    assert triage.assess(rules, text + " crushing chest pain and sweating") == []


def test_every_region_page_has_something_to_check_first(rules, content):
    for region in content.body.regions:
        assert triage.for_region(rules, region.id, region.part_of), region.id


def test_the_rules_are_served_as_json_for_offline_use(client, rules):
    response = client.get("/red-flags.json")
    assert response.status_code == 200
    assert response.get_json() == triage.served(rules)
    assert all({"regions", "title", "message"}.isdisjoint(flag)
               for flag in response.get_json()["flags"])
    known = client.get("/known-words.json").get_json()
    assert "known" not in response.get_json()
    assert triage.answer({**response.get_json(), **known}, "crushing chest pain") == (
        triage.served_answer(triage.answer(rules, "crushing chest pain")))


def test_every_warnings_words_travel_once_with_the_checklists(client, rules):
    # /red-flags.json leaves the titles and messages out; the browser adds them from
    # /timer-data.json, which has every flag's, asked by a checklist or not.
    warnings = client.get("/timer-data.json").get_json()["ask"]["warnings"]
    assert {flag["id"]: (flag["title"], flag["message"]) for flag in rules["flags"]} == {
        flag_id: (warning["title"], warning["message"]) for flag_id, warning in warnings.items()}


def test_known_words_travel_front_coded_and_read_back_whole(rules):
    words = triage.known_words(rules)
    assert words == sorted(words) and len(words) > 500
    assert {"chesty", "crest"} <= set(words)
    # Someone the engine reads in `others` is a word it knows, not one a correction would change.
    assert "brother" in triage.vocabulary(rules)
    assert len(rules["known"]) < len(" ".join(words)) * 0.7


def test_the_rules_are_precached_so_warnings_work_offline(app):
    assert {"/red-flags.json", "/known-words.json"} <= set(page_urls(app))


def test_both_engines_read_one_list_of_real_words_sent_once(app, client, rules):
    """A real word is never corrected by either engine: each engine's own list (the words a
    correction would turn into one of its words) is read by both, and travels once."""
    from pwa.engine_data import get_index

    with app.test_request_context():
        index = get_index()
        own_rules = triage.build_rules(app.extensions["tpg_content"])
    shared = set(triage.known_words(rules))
    assert shared == set(search_text.front_decoded(index["known"]))
    assert set(triage.known_words(own_rules)) < shared
    # "clerical" is the search's own (it would be "cervical", a word that picks a muscle).
    assert "clerical" in shared - set(triage.known_words(own_rules))
    assert client.get("/known-words.json").get_json() == {"known": rules["known"]}


@pytest.mark.parametrize(("query", "ask"), [
    # Words that make a warning worth asking about, with none raised: ask the place in full.
    ("my back has ached for a few weeks", True),
    ("my nan had a fall last year and shes ok now, my back is tight", False),
    ("im 62 and my lower back aches", True),
    ("my foot went numb sitting on it", True),
    ("calf sore after a long haul flight, not swollen", True),
    # A "soon" warning leaves the more urgent questions unasked: they are asked too.
    ("back pain at night", True),
    # A warning short of an emergency: the emergency questions are still asked.
    ("back pain with a fever", True),
    # Nothing of the kind, or denied, or an emergency, whose call comes first.
    ("sore heel", False),
    ("knots in my shoulders from the desk", False),
    ("no numbness, no fever, just a sore calf", False),
    ("crushing chest pain and sweaty", False),
])
def test_a_text_asks_its_places_questions_in_full_when_it_names_what_makes_them_worth_asking(
        rules, query, ask):
    assert triage.answer(rules, query)["ask"] is ask


def test_the_signs_that_ask_are_the_datas_and_each_is_a_sign(rules, app):
    from pwa.loader import get_content

    with app.app_context():
        spec = get_content().red_flags.ask_inline
    assert rules["ask_inline"] == {"unless": list(spec.unless), "signs": sorted(spec.signs)}
    numbered = {sign[0] for entry in rules["numbers"] for sign in entry["signs"]}
    assert set(spec.signs) <= set(rules["signs"]) | numbered
    assert list(spec.unless) == ["emergency"]


def test_every_sign_phrase_survives_the_rules_own_rewrite(rules):
    """A rewrite runs before the signs are read, so a phrase (or a near phrase's form) that a
    rewrite changes can never match as written: it is dead, and worse, the rewrite may be eating
    words that mean something ("had a heart attack" dropped every "heart attack")."""
    from pwa.engines import search_text

    by_first = search_text.synonyms_by_first_word(
        triage.read_as(rules["rewrite"]))
    dead = []
    for sign, phrases in rules["signs"].items():
        for phrase in phrases.split("|"):
            pieces = ([form for part in phrase.split("~") for form in part.split("/")]
                      if "~" in phrase else [phrase])
            dead += [(sign, piece) for piece in pieces
                     if search_text.apply_synonyms(piece.split(), by_first) != piece.split()]
    assert dead == []


def test_no_word_borrowed_from_another_language_is_an_english_word(app):
    """A borrowed word ("pecho", "dard") is read as its English word wherever it is typed, so
    one that is also English would change what an English writer meant ("pie", "pet")."""
    from pwa.engines.search_text import english_raw, tokens
    from pwa.loader import get_content

    with app.app_context():
        borrowed = get_content().red_flags.borrowed
    single = {variant for variants in borrowed.values() for variant in variants
              if len(tokens(variant)) == 1}
    assert len(single) > 100
    assert sorted(single & english_raw()) == []


def test_two_rewrites_that_are_one_without_their_fillers_are_refused(app):
    """"is this a heart attack" and "had a heart attack" are both "heart attack" once "is",
    "this", "had" and "a" go: one would silently lose, so the rules refuse to build."""
    from types import SimpleNamespace

    from pwa.loader import get_content

    with app.app_context():
        spec = get_content().red_flags
    clash = {**spec.rewrite, "heartattack": ["is this a heart attack"],
             "": ["had a heart attack"]}
    with pytest.raises(ValueError, match="already rewritten"):
        triage.build_rules(SimpleNamespace(red_flags=spec.model_copy(update={"rewrite": clash})))


@pytest.mark.parametrize(("said", "error"), [
    ({"utv": ["rolled quad"]}, "has no filler"),
    ({"the vehicle": ["side by side"]}, "must be words, no fillers"),
    ({"zorblat": ["side by side"]}, "a word no sign"),
    ({"utv": ["side by side"], "quad": ["side by side"]}, "written twice"),
])
def test_a_said_phrase_is_refused_unless_its_fillers_matter_and_it_reads_as_rule_words(
        app, said, error):
    """A `said` phrase is read with its fillers only because one carries the meaning; without a
    filler it belongs under rewrite. Its reading must be words the rules read (fillers would be
    dropped at once, an unknown word reads as nothing), and one phrase reads one way."""
    from types import SimpleNamespace

    from pwa.loader import get_content

    with app.test_request_context():
        spec = get_content().red_flags
        with pytest.raises(ValueError, match=error):
            triage.build_rules(SimpleNamespace(red_flags=spec.model_copy(update={"said": said})))


def test_a_said_phrase_is_read_with_its_fillers_before_they_go(rules):
    """"side by side" is a vehicle only with its "by": without the fillers it is "side to side"
    and "side side", which stay a direction."""
    assert "utv" in triage.normalise(rules, "rolled my side by side")
    assert "utv" not in triage.normalise(rules, "turned my head side to side")
    assert "utv" not in triage.normalise(rules, "side, by side")


def test_no_real_word_is_corrected_in_the_text(rules):
    """The text's own patterns read it with its typos corrected ("dauhgter 4"), never a real
    word: not "fried" into "friend", "starving" into "starting", "streams" into "screams"
    (every English word the corrector knows of, as typed)."""
    index = triage._index(rules)
    lines = ENGLISH.read_text(encoding="utf-8").splitlines()
    english = [word for word in lines if word and not word.startswith("#")]
    assert len(english) > 30000
    changed = {word: triage._spelled(rules, index, word) for word in english}
    # A dropped "g" put back is the same word ("leggin" is "legging").
    assert {word: fixed for word, fixed in changed.items() if fixed not in (word, word + "g")} == {}
    assert triage._spelled(rules, index, "mornin, lyin still or movin") == (
        "morning, lying still or moving")
    assert triage._spelled(rules, index, "dauhgter 4, birhtday") == "daughter 4, birthday"


def test_no_real_word_is_corrected_into_a_word_the_rules_read(rules):
    """A typo is read as the word it was meant to be, a real word never as another: "terrain"
    is not "tearing" with its "g" dropped, nor "explain" "exploding"; "serve" is not "sevre" (a
    typo the rewrites read as "severe"), "panel" not "pane" (pain), "ageing" not "akeing"
    (aching). Nor a word of a longer phrase, which the phrase's other words complete: "wanted"
    is not "wasted" beside "muscle", "blinding" not "bending", "meditation" not "medication".
    No English word is changed at all."""
    from pwa.engines import search_text

    index = triage._index(rules)
    changed = {word: fixed for word in search_text.english_words()
               if triage._correctable(index, word)
               and (fixed := triage._corrected(index, word)) != word}
    assert changed == {}
    assert triage.assess(rules, "hiking on rough terrain all day and my lower back aches") == []
    wanted = "physio had a look and said its muscle, just wanted massage tips"
    assert triage.assess(rules, wanted) == []


def test_a_word_typed_into_a_little_word_is_read_as_two_and_a_real_word_never(rules):
    """"wristis" is "wrist is", "nofever" "no fever"; no English word is split ("island",
    "withstand", "nobody": each is shipped as `known`), nor a compound of two of the rules' words
    ("backstroke": only `run_together`'s words are taken apart). "Low" comes off a word's front
    only ("lowback"), "trouble" and "pain" off its end only ("backtrouble", "knifepain")."""
    assert triage.normalise(rules, "wristis hot") == ["wrist", "hot"]
    assert triage.normalise(rules, "nofever") == ["no", "fever"]
    assert triage.normalise(rules, "backstroke") == ["backstroke"]
    assert triage.normalise(rules, "lowback") == ["low", "back"]
    assert triage.normalise(rules, "backtrouble") == ["back", "trouble"]
    assert triage.normalise(rules, "knifepain") == ["knife", "pain"]
    assert triage.normalise(rules, "backlow") == ["backlow"]
    index = triage._index(rules)
    lines = ENGLISH.read_text(encoding="utf-8").splitlines()
    english = [word for word in lines if word and not word.startswith("#")]
    assert {word for word in english if triage._apart(index, word) != [word]} == set()
    assert {"island", "nobody"} <= set(triage.known_words(rules))


def test_a_list_of_denials_ends_with_its_sentence_or_its_line(rules):
    """"No hard hat on, now confused" may list a denial; after a full stop or a new line the
    next clause is said, not denied ("no hard hat on. now confused")."""
    def confused(text):
        return "confusion" in triage._found(rules, text)[0]

    assert not confused("no hard hat on, now confused")
    assert confused("no hard hat on. now confused")
    assert confused("no fever, rash or stiff neck\nconfused")
    assert triage.normalise(rules, "no fever. confused") == [
        "no", "fever", triage.SENTENCE_MARK, "confused"]


def test_a_typo_of_a_word_the_engine_reads_corrects_to_it_not_to_a_sign(rules):
    # "statring" is a letter from "starting" (a past's word) and two from "searing" (a sign's).
    assert triage.normalise(rules, "shin splints from statring couch to 5k") == [
        "shin", "overuse", "starting", "couch", "5k"]
    assert triage.assess(rules, "shin splints from statring couch to 5k") == []

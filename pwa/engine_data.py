"""The engines' data, built once per process on first use: the red-flag rules, the search
index, and the one list of real words both of them never correct.

Each engine's build lists the real words a typo correction would turn into one of its own
words (`known`: "chess" is not "chest", "plank" not "flank"). A real word is a real word to
both, so both read the two lists as one (`known_words`), and it travels once, in
/known-words.json, rather than inside /red-flags.json and /search-index.json (the 488 words
the two lists share were downloaded and precached twice)."""

from flask import current_app, has_request_context

from .engines import search_text
from .engines.search_engine import build_index, prepare
from .engines.triage import build_rules
from .loader import built_once, get_content


def linker(app):
    """`link(endpoint, **values)`: a page's path from the app's URL map, with no request."""
    adapter = app.url_map.bind("", script_name=app.config["APPLICATION_ROOT"])
    return lambda endpoint, **values: adapter.build(endpoint, values)


def _own_rules():
    def build():
        # The warnings' links are url_for's; the search index, which reads the rules' real
        # words, is built without a request too (as its `linker` builds its links).
        if has_request_context():
            return build_rules(get_content())
        with current_app.test_request_context():
            return build_rules(get_content())

    return built_once("tpg_red_flag_rules_own", build)


def _own_index():
    return built_once("tpg_search_index_own",
                      lambda: build_index(get_content(), linker(current_app)))


def known_words():
    """Both engines' `known` lists as one (front-coded, search_text.front_coded)."""
    return built_once("tpg_known_words", lambda: search_text.front_coded(sorted(
        {*search_text.front_decoded(_own_rules()["known"]),
         *search_text.front_decoded(_own_index()["known"])})))


def get_rules():
    """The triage rules, reading the shared real words."""
    return built_once("tpg_red_flag_rules", lambda: {**_own_rules(), "known": known_words()})


def get_index():
    """The search index as JSON-ready data, reading the shared real words."""
    return built_once("tpg_search_index", lambda: {**_own_index(), "known": known_words()})


def get_prepared():
    """The index made ready to rank with (typo corrector and its cache), once per process."""
    return built_once("tpg_search_prepared", lambda: prepare(get_index()))

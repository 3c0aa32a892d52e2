"""Generated texts: the browser's engines (triage-core.js, search-core.js) answer exactly as
the server's do, on texts nobody wrote by hand (Hypothesis), beside the written tables."""

import json
import shutil
import subprocess

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from pwa.engines.search_engine import search
from pwa.engines.search_engine import vocabulary as search_vocabulary
from pwa.engines.triage import answer, known_words, read_by_browser, served_answer, vocabulary
from pwa.views.red_flags import get_rules
from pwa.views.search import get_index, get_prepared

NODE = shutil.which("node")
pytestmark = pytest.mark.skipif(NODE is None, reason="Node.js is not installed")
# A few batches of many texts each: one Node process per batch keeps this to seconds.
BATCHES = settings(max_examples=4, deadline=None, database=None, derandomize=True,
                   suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large])


@pytest.fixture(scope="module")
def rules(app):
    with app.test_request_context():
        return get_rules()


@pytest.fixture(scope="module")
def index(app):
    with app.app_context():
        return get_index(), get_prepared()


def _typo(word):
    """The word with one letter dropped, doubled or swapped, or as it is."""
    return st.sampled_from([word, word[1:], word[:-1], word + word[-1:],
                            word[1:2] + word[:1] + word[2:]])


def texts(words):
    """Texts built from words the engines know, their typos, numbers as people type them,
    punctuation and any unicode at all."""
    word = st.sampled_from(sorted(words)).flatmap(_typo)
    number = st.sampled_from(["38.5", "39c", "102F", "im 67", "my 8 year old", "mum 72",
                              "in my 70s", "for 8 weeks", "lost 6 kg", "30 weeks", "5k"])
    piece = st.one_of(word, word, word, number, st.sampled_from([",", ".", "!", "?", "'", "-"]),
                      st.text(max_size=6))
    return st.lists(piece, max_size=40).map(" ".join)


def _node(script, data, queries, tmp_path):
    (tmp_path / "data.json").write_text(json.dumps(data))
    (tmp_path / "queries.json").write_text(json.dumps(queries))
    out = subprocess.run([NODE, script, str(tmp_path / "data.json"),
                          str(tmp_path / "queries.json")], capture_output=True, text=True,
                         check=True)
    return json.loads(out.stdout)


def test_triage_answers_alike_on_generated_texts(rules, tmp_path_factory):
    words = (set(vocabulary(rules)) | set(rules["after_negators"])
             | set(known_words(rules)[::5]))

    @BATCHES
    @given(st.lists(texts(words), min_size=30, max_size=30))
    def check(batch):
        theirs = _node("tests/js/triage-cli.mjs", read_by_browser(rules), batch,
                       tmp_path_factory.mktemp("t"))
        for text, answered in zip(batch, theirs, strict=True):
            assert answered == served_answer(answer(rules, text)), text

    check()


def test_search_ranks_alike_on_generated_texts(index, tmp_path_factory):
    data, prepared = index
    words = set(search_vocabulary(data)[::7])

    @BATCHES
    @given(st.lists(texts(words), min_size=30, max_size=30))
    def check(batch):
        theirs = _node("tests/js/search-cli.mjs", data, batch, tmp_path_factory.mktemp("s"))
        for text, ranked in zip(batch, theirs, strict=True):
            assert ranked == json.loads(json.dumps(search(prepared, text))), text

    check()

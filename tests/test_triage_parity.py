"""The browser's triage (triage-core.js) raises exactly the warnings the server's does."""

import json
import shutil
import subprocess

import pytest

from pwa.engines.triage import answer, read_by_browser, served_answer
from pwa.views.red_flags import get_rules
from tests.triage_queries import HOSTILE, QUERIES

NODE = shutil.which("node")


@pytest.mark.skipif(NODE is None, reason="Node.js is not installed")
def test_browser_and_server_warn_alike(app, tmp_path):
    with app.test_request_context():
        rules = get_rules()
    # Hostile text, and the same with a red flag past the limit, which neither engine reads.
    hostile = HOSTILE + [text + " crushing chest pain and sweating" for text in HOSTILE]
    queries = [q for q, _ in QUERIES] + hostile + ["Ünïcödé CHEST pain", "🙂 chest pain",
                                                   # openers, questions, "and" as "&" or "n"
                                                   "hi 30 wks, pain under my ribs",
                                                   "mates had chest pain 20 mins what should i do",
                                                   "woke up & my right arm & leg are weak",
                                                   "my arm n leg went numb n weak on the left",
                                                   "pins&needles in both feet, im 80.",
                                                   # typos read before the text's own patterns
                                                   "back pain, i had a melnaoma removed",
                                                   "rear ended in the car yesetrday, neck sore"]
    (tmp_path / "rules.json").write_text(json.dumps(read_by_browser(rules)))
    (tmp_path / "queries.json").write_text(json.dumps(queries))
    out = subprocess.run([NODE, "tests/js/triage-cli.mjs", str(tmp_path / "rules.json"),
                          str(tmp_path / "queries.json")], capture_output=True, text=True,
                         check=True)
    for query, theirs in zip(queries, json.loads(out.stdout), strict=True):
        assert theirs == served_answer(answer(rules, query)), query

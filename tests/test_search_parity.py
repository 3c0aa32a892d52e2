"""The browser's search (search-core.js) ranks exactly as the server's does."""

import json
import shutil
import subprocess

import pytest

from pwa.engines.search_engine import prepare, search, vocabulary
from pwa.views.search import get_index, get_prepared
from tests.search_queries import ADVERSARIAL, EMERGENCIES, EVERYDAY, HOSTILE, RANKED, typos

NODE = shutil.which("node")


@pytest.mark.skipif(NODE is None, reason="Node.js is not installed")
@pytest.mark.parametrize("ask", [False, True])
def test_browser_and_server_rank_alike(app, tmp_path, ask):
    """Alike too where the words make the warning signs worth asking (the whole body's asked
    where no place is named)."""
    with app.app_context():
        index = get_index()
        prepared = get_prepared()
    # The typos check the two ways of finding candidates (a deletion index here, length and
    # letters there) against each other.
    queries = ([q for q, _ in RANKED + EVERYDAY + EMERGENCIES] + HOSTILE + ADVERSARIAL
               + ["tinitus", "golfers elbw"] + typos(vocabulary(index)))
    (tmp_path / "index.json").write_text(json.dumps(index))
    (tmp_path / "queries.json").write_text(json.dumps(queries))
    out = subprocess.run([NODE, "tests/js/search-cli.mjs", str(tmp_path / "index.json"),
                          str(tmp_path / "queries.json"), "ask" if ask else "no"],
                         capture_output=True, text=True, check=True)
    browser = json.loads(out.stdout)
    for query, theirs in zip(queries, browser, strict=True):
        ours = json.loads(json.dumps(search(prepared, query, ask)))
        assert theirs == ours, query
    assert any(a["area"] == "whole-body" for r in browser for a in r["asks"]) == ask


@pytest.mark.skipif(NODE is None, reason="Node.js is not installed")
def test_the_browser_ranks_with_the_limits_the_index_carries(app, tmp_path):
    """The limits and bonuses travel in the index: changed there, both rankings follow."""
    with app.app_context():
        index = dict(get_index())
    index["limits"] = {**index["limits"], "muscles": 2, "sections": 1, "routines": 1, "words": 4}
    index["bonus"] = {"phrase": 5, "routine_muscle": 0}
    queries = ["neck and shoulder pain with a headache behind my eye", "sore lower back",
               "heel hurts first thing in the morning when i get up"]
    (tmp_path / "index.json").write_text(json.dumps(index))
    (tmp_path / "queries.json").write_text(json.dumps(queries))
    out = subprocess.run([NODE, "tests/js/search-cli.mjs", str(tmp_path / "index.json"),
                          str(tmp_path / "queries.json")], capture_output=True, text=True,
                         check=True)
    prepared = prepare(index)
    for query, theirs in zip(queries, json.loads(out.stdout), strict=True):
        ours = json.loads(json.dumps(search(prepared, query)))
        assert theirs == ours, query
        assert len(ours["muscles"]) <= 2 and len(ours["sections"]) <= 1
    assert json.loads(out.stdout)[2]["cut"] == 4

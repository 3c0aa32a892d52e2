"""The browser's search (search-core.js) ranks exactly as the server's does."""

import json
import shutil
import subprocess

import pytest

from pwa.engines.search_engine import search
from pwa.views.search import get_index, get_prepared
from tests.search_queries import ADVERSARIAL, EMERGENCIES, EVERYDAY, HOSTILE, RANKED, typos

NODE = shutil.which("node")


@pytest.mark.skipif(NODE is None, reason="Node.js is not installed")
def test_browser_and_server_rank_alike(app, tmp_path):
    with app.app_context():
        index = get_index()
        prepared = get_prepared()
    # The typos check the two ways of finding candidates (a deletion index here, length and
    # letters there) against each other.
    queries = ([q for q, _ in RANKED + EVERYDAY + EMERGENCIES] + HOSTILE + ADVERSARIAL
               + ["tinitus", "golfers elbw"] + typos(index["vocabulary"]))
    (tmp_path / "index.json").write_text(json.dumps(index))
    (tmp_path / "queries.json").write_text(json.dumps(queries))
    out = subprocess.run([NODE, "tests/js/search-cli.mjs", str(tmp_path / "index.json"),
                          str(tmp_path / "queries.json")], capture_output=True, text=True,
                         check=True)
    browser = json.loads(out.stdout)
    for query, theirs in zip(queries, browser, strict=True):
        ours = json.loads(json.dumps(search(prepared, query)))
        assert theirs == ours, query

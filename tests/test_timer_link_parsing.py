"""Hostile and stale timer links, every one read by the browser's own parser (in Node, against
the real /timer-data.json): it never throws, it names what it rejected in a note, and what it
keeps is within the timer's limits and names only real muscles and routines. The browser lane
opens a few of them end to end (tests/browser/test_timer_links.py)."""

import json
import shutil
import subprocess

import pytest

from tests.timer_links import LINKS

NODE = shutil.which("node")
pytestmark = pytest.mark.skipif(NODE is None, reason="Node.js is not installed")


@pytest.fixture(scope="module")
def read_links(app, tmp_path_factory):
    data = app.test_client().get("/timer-data.json").get_json()
    path = tmp_path_factory.mktemp("timer") / "timer-data.json"
    path.write_text(json.dumps(data))
    queries = "".join(json.dumps(query) + "\n" for _, query, _ in LINKS)
    done = subprocess.run([NODE, "tests/js/timer-links-cli.mjs", str(path)], input=queries,
                          capture_output=True, text=True, check=True, timeout=60)
    answers = [json.loads(line) for line in done.stdout.splitlines()]
    assert len(answers) == len(LINKS)
    return data, dict(zip([link_id for link_id, _, _ in LINKS], answers, strict=True))


@pytest.mark.parametrize("link_id, query, note", LINKS, ids=[link[0] for link in LINKS])
def test_a_hostile_link_is_read_without_throwing_and_named_in_a_note(
        read_links, link_id, query, note):
    data, answers = read_links
    answer = answers[link_id]
    assert "error" not in answer, answer
    result = answer["result"]
    assert bool(result["notes"]) == note, result["notes"]
    assert all(isinstance(n, str) and 0 < len(n) < 400 for n in result["notes"])
    if result["kind"] == "routine":
        assert result["slug"] in data["routines"]
        return
    assert result["muscleSlug"] is None or result["muscleSlug"] in data["muscles"]
    preset, limits = result["preset"], data["rules"]["limits"]
    assert preset["mode"] in ("hold", "strokes") and isinstance(preset["sides"], bool)
    for field in ("seconds", "strokes", "rest", "rounds"):
        assert limits[field]["min"] <= preset[field] <= limits[field]["max"], (field, preset)

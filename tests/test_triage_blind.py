"""The triage on queries written by someone who had read neither the rules nor the engine.

tests/triage_blind_tune.json is the half the rules were tuned on: every red flag must raise
its level or a more severe one, every ordinary complaint nothing, in Python and in the browser's
engine alike. tests/triage_blind_holdout.json is the other half, kept apart and run once at
the end (`python -m pwa.engines.triage_report tests/triage_blind_holdout.json --misses`).
"""

import json
import shutil
import subprocess
from pathlib import Path

import pytest

from pwa.engines.triage import answer
from pwa.engines.triage_report import passes, raised_level, report
from pwa.views.red_flags import get_rules

TUNE = json.loads((Path(__file__).parent / "triage_blind_tune.json").read_text())
NODE = shutil.which("node")
# Still missed after tuning, and why (docs/triage.md, "What is still hard").
KNOWN_MISSES = {
    # "no headache" negates the headache, and the negation reaches "worst" past it.
    "went from no headache to the worst pain ive ever had at the back of my head in like a "
    "minute, neck stiff now",
    # Inflammatory back pain reads like ordinary morning stiffness unless it says how long.
    "lower back and buttocks stiff in the mornings for months, better with exercise, worse "
    "with rest",
    "my 30 yr old husband wakes in the early hours with back pain and stiffness, improves "
    "after a hot shower and moving",
    # "never had headaches before": the headache is negated, and "one every day" names none.
    "ive never had headaches before but for the past 2 weeks ive had one every day",
}


@pytest.fixture(scope="module")
def rules(app):
    with app.test_request_context():
        return get_rules()


def test_the_table_is_the_blind_tune_half(rules):
    assert len(TUNE) >= 125
    assert sum(row["level"] is None for row in TUNE) >= 40


@pytest.mark.parametrize("row", TUNE, ids=[row["text"][:60] for row in TUNE])
def test_a_blind_query_raises_its_level_or_a_more_severe_one(rules, row):
    if row["text"] in KNOWN_MISSES:
        pytest.xfail("still hard: see KNOWN_MISSES")
    assert passes(row["level"], raised_level(rules, row["text"])), row["condition"]


def test_the_report_counts_passes_and_false_alarms(rules):
    figures, failures = report(rules, TUNE)
    assert figures["none"]["passed"] == figures["none"]["total"]
    assert {row["text"] for row, _ in failures} == KNOWN_MISSES


@pytest.mark.skipif(NODE is None, reason="Node.js is not installed")
def test_the_browser_raises_the_same_on_the_blind_table(rules, tmp_path):
    texts = [row["text"] for row in TUNE]
    (tmp_path / "rules.json").write_text(json.dumps(rules))
    (tmp_path / "queries.json").write_text(json.dumps(texts))
    out = subprocess.run([NODE, "tests/js/triage-cli.mjs", str(tmp_path / "rules.json"),
                          str(tmp_path / "queries.json")], capture_output=True, text=True,
                         check=True)
    for text, theirs in zip(texts, json.loads(out.stdout), strict=True):
        assert theirs == answer(rules, text), text


# The other half, run once at the end of the round the rules were tuned in (2026-12-04) and
# never tuned on. Its figures are a floor, not a target: the target is every red flag at its
# level and no false alarm, and these misses are where the rules do not yet generalise
# (docs/triage.md). A change may raise the figures; one that lowers them fails here. Once
# anyone tunes on this half, it is no longer blind: write a new one.
HOLDOUT = json.loads((Path(__file__).parent / "triage_blind_holdout.json").read_text())
HOLDOUT_FLOOR = {"emergency": 44, "today": 34, "soon": 12, "none": 69}


def test_the_untouched_half_does_not_fall_below_its_first_figures(rules):
    figures, _ = report(rules, HOLDOUT)
    assert {level: figures[level]["total"] for level in HOLDOUT_FLOOR} == {
        "emergency": 53, "today": 36, "soon": 24, "none": 74}
    for level, floor in HOLDOUT_FLOOR.items():
        assert figures[level]["passed"] >= floor, (level, figures[level])

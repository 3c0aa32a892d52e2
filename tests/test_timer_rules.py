"""The timer's dose limits and stroke time are defined once (models.py), sent in
/timer-data.json, and the browser clamps and checks with exactly those: tables and generated
inputs, each run through the browser's own code (tests/js/timer-rules-cli.mjs)."""

import json
import shutil
import subprocess
from pathlib import Path

import pytest
import yaml
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from pydantic import ValidationError

from pwa.models import STROKE_SECONDS, TIMER_LIMITS, Step, TimerPreset
from pwa.views.timer import timer_rules

NODE = shutil.which("node")
pytestmark = pytest.mark.skipif(NODE is None, reason="Node.js is not installed")
PARAMETERS = {"hold": "seconds", "strokes": "strokes", "rest": "rest", "rounds": "rounds"}
INSTRUCTION = "Lean in gently on the ball."


@pytest.fixture(scope="module", autouse=True)
def _node():
    """One Node process for the whole module: generated inputs ask it many times."""
    process = subprocess.Popen([NODE, "tests/js/timer-rules-cli.mjs"], stdin=subprocess.PIPE,
                               stdout=subprocess.PIPE, text=True)
    NODE_PROCESS.append(process)
    yield
    NODE_PROCESS.clear()
    process.stdin.close()
    process.wait(timeout=10)
    process.stdout.close()


NODE_PROCESS = []


def browser(cases):
    """Run cases ({rules?, queries, steps}) through the browser's modules."""
    process = NODE_PROCESS[0]
    process.stdin.write(json.dumps(cases) + "\n")
    process.stdin.flush()
    return json.loads(process.stdout.readline())


def server_accepts(**fields):
    base = {"mode": "hold", "seconds": 45, "strokes": 10, "rest": 10, "rounds": 1, "sides": True}
    try:
        TimerPreset(**{**base, **fields})
    except ValidationError:
        return False
    return True


def test_the_data_carries_the_rules_and_the_browser_takes_them(client):
    sent = client.get("/timer-data.json").get_json()["rules"]
    assert sent == timer_rules()
    assert sent["stroke_seconds"] == STROKE_SECONDS
    assert {name: (r["min"], r["max"]) for name, r in sent["limits"].items()} == TIMER_LIMITS
    assert browser({"rules": sent})["used"] is True


def test_the_browsers_fallback_is_the_servers_rules():
    """Used only if the data is missing; it must not drift from models.py."""
    answer = browser({})
    assert answer["used"] is None
    assert answer["fallback"] == timer_rules()


def test_the_routine_files_state_strokes_and_the_loader_computes_seconds(content):
    stroke_steps = [s for r in content.routines.values() for s in r.steps if s.mode == "strokes"]
    assert stroke_steps
    for step in stroke_steps:
        assert step.seconds == step.strokes * STROKE_SECONDS
    for path in Path("pwa/content/routines").glob("*.yaml"):
        for step in yaml.safe_load(path.read_text())["steps"]:
            assert step["mode"] == "hold" or "seconds" not in step, (path.name, step)
    with pytest.raises(ValidationError, match="its seconds are computed"):
        Step(muscle="rhomboids", side="left", mode="strokes", seconds=48, strokes=12,
             instruction=INSTRUCTION)


# A value on each side of every bound, as a table beside the generated ones.
EDGES = sorted({v for low, high in TIMER_LIMITS.values() for b in (low, high)
                for v in (b - 1, b, b + 1) if v >= 0})


def check_clamping(values):
    queries = [f"?{param}={value}" for param, value in values]
    presets = browser({"rules": timer_rules(), "queries": queries})["presets"]
    for (param, value), preset in zip(values, presets, strict=True):
        field = PARAMETERS[param]
        got = preset[field]
        low, high = TIMER_LIMITS[field]
        assert server_accepts(**{field: got}), (param, value, got)
        if server_accepts(**{field: value}):
            assert got == value, (param, value, got)
        else:
            assert got == (low if value < low else high), (param, value, got)
        if param == "strokes":
            assert preset["seconds"] == min(max(got * STROKE_SECONDS, *TIMER_LIMITS["seconds"][:1]),
                                            TIMER_LIMITS["seconds"].max)
            assert server_accepts(mode="strokes", seconds=preset["seconds"], strokes=got)


def test_the_browser_clamps_each_edge_to_what_the_server_accepts():
    check_clamping([(param, value) for param in PARAMETERS for value in EDGES])


@settings(max_examples=25, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.lists(st.tuples(st.sampled_from(sorted(PARAMETERS)), st.integers(0, 10**6)),
                min_size=1, max_size=40))
def test_the_browser_clamps_generated_values_to_what_the_server_accepts(values):
    check_clamping(values)


SLUGS = st.one_of(st.sampled_from(["rhomboids", "upper-trapezius", "a" * 60]),
                  st.sampled_from(["", "Rhomboids", "a--b", "-a", "a" * 61, "a_b", "__proto__"]),
                  st.from_regex(r"[a-z0-9-]{1,8}", fullmatch=True))
NUMBERS = st.one_of(st.integers(-5, 120), st.none())
STEPS = st.fixed_dictionaries(
    {"muscle": SLUGS,
     "side": st.sampled_from(["left", "right", "none", "both", ""]),
     "mode": st.sampled_from(["hold", "strokes", "press"])},
    optional={"seconds": NUMBERS, "strokes": NUMBERS},
)


def server_step(step):
    """A routine file's step as the loader reads it (a stroke step states no seconds): the step,
    or None if refused."""
    if step.get("mode") == "strokes":
        step = {k: v for k, v in step.items() if k != "seconds"}
    try:
        return Step(**step, instruction=INSTRUCTION).model_dump(exclude_none=True)
    except ValidationError:
        return None


def browser_form(step):
    """The same step as the browser stores it: a stroke step carries strokes x STROKE_SECONDS."""
    stored = {k: v for k, v in step.items() if v is not None}
    if step.get("mode") == "strokes":
        stored.pop("seconds", None)
        if isinstance(step.get("strokes"), int):
            stored["seconds"] = step["strokes"] * STROKE_SECONDS
    return stored


STEP_TABLE = [
    {"muscle": "rhomboids", "side": "left", "mode": "hold", "seconds": s} for s in EDGES
] + [
    {"muscle": "rhomboids", "side": "right", "mode": "strokes", "strokes": s} for s in EDGES
] + [
    {"muscle": "rhomboids", "side": "none", "mode": "hold", "seconds": 45, "strokes": 10},
    {"muscle": "rhomboids", "side": "none", "mode": "strokes"},
    {"muscle": "rhomboids", "side": "both", "mode": "hold", "seconds": 45},
]


def check_steps(steps):
    verdicts = browser({"rules": timer_rules(), "steps": [browser_form(s) for s in steps]})["steps"]
    for step, valid in zip(steps, verdicts, strict=True):
        assert valid == (server_step(step) is not None), step


def test_the_browser_and_the_loader_accept_the_same_steps():
    check_steps(STEP_TABLE)


@settings(max_examples=25, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.lists(STEPS, min_size=1, max_size=40))
def test_the_browser_and_the_loader_accept_the_same_generated_steps(steps):
    check_steps(steps)

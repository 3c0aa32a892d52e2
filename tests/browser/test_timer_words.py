"""What a person reads and hears from the built timer bundle: every word, every space.

The timer's sources were always right; a minifier that mangled nested template literals
shipped "12strokes" and "Rest 10 seconds.Next up:". These tests load the page the app
serves, so they check the bytes that ship, whatever the modules behind them look like.
"""

import re

import pytest
from playwright.sync_api import expect

from tests.conftest import open_timer, start_timer

pytestmark = pytest.mark.browser

ROUTINE = "jaw"
# Capture what the timer says, and every message its live region gives screen readers.
LISTEN = """
  window.__said = [];
  speechSynthesis.speak = (utterance) => window.__said.push(utterance.text);
  speechSynthesis.cancel = () => {};
  window.__announced = [];
  window.__nextUp = [];
  addEventListener('DOMContentLoaded', () => {
    const watch = (selector, into) => {
      const node = document.querySelector(selector);
      // The page rewrites the same text on every tick: keep each change once.
      new MutationObserver(() => {
        if (node.textContent && node.textContent !== into.at(-1)) into.push(node.textContent);
      })
        .observe(node, { childList: true, characterData: true, subtree: true });
    };
    watch('[data-timer] [aria-live]', window.__announced);
    watch('[data-next]', window.__nextUp);
  });
"""
GLUED = re.compile(r"\d(?:s|strokes|seconds)\b|[.:,;][A-Za-z]")


def side(step):
    return {"left": "Left side", "right": "Right side"}.get(step.side, "")


def named(content, step, joiner):
    return joiner.join(filter(None, [content.muscles[step.muscle].name, side(step)]))


def how_long(step, unit):
    return f"{step.strokes or 10} strokes" if step.mode == "strokes" else f"{step.seconds} {unit}"


@pytest.fixture
def routine(content):
    return content.routines[ROUTINE]


@pytest.fixture
def timer_page(page, base_url):
    page.add_init_script(LISTEN)
    open_timer(page, f"{base_url}/timer?routine={ROUTINE}")
    # The page runs the built, minified bundle, not the source modules.
    expect(page.locator('script[type="module"][src^="/static/gen/timer."]')).to_have_count(1)
    return page


def test_the_step_list_reads_with_spaces(timer_page, routine):
    items = timer_page.locator("[data-routine-steps] li .meta")
    expect(items).to_have_text([how_long(step, "s hold") for step in routine.steps])
    assert any(step.mode == "strokes" for step in routine.steps)
    for text in items.all_inner_texts():
        assert not GLUED.search(text), text


def test_what_the_timer_shows_says_and_announces_has_spaces_and_sentence_breaks(
        timer_page, routine, content):
    timer_page.get_by_role("button", name="Speak steps").click()
    # Started once the session runs: the clock must not move while its module still loads.
    start_timer(timer_page)
    timer_page.clock.run_for(1000)
    expect(timer_page.locator("[data-phase]")).to_have_text(
        "Hold" if routine.steps[0].mode == "hold" else f"Stroke 1 of {routine.steps[0].strokes}")
    total_ms = 1000 * (sum(step.seconds for step in routine.steps)
                       + routine.rest * (len(routine.steps) - 1))
    timer_page.clock.run_for(total_ms)
    expect(timer_page.locator("[data-step]")).to_have_text("Done")

    announced, said, next_up = ([], [], [])
    count = len(routine.steps)
    for i, step in enumerate(routine.steps):
        # What to do is said and announced with each step, and with the rest before it.
        if i:
            announced.append(f"Rest {routine.rest} seconds. "
                             f"Next up: {named(content, step, ' · ')}. {step.instruction}")
            said.append(f"Rest. Next: {named(content, step, ', ')}. {step.instruction}")
            next_up.append(f"Next up: {named(content, step, ' · ')}. {step.instruction}")
        announced.append(f"Step {i + 1} of {count}, {named(content, step, ' · ')}: "
                         f"{how_long(step, 'seconds')}. {step.instruction}")
        said.append(f"{named(content, step, ', ')}. {step.instruction}")
    said.append("Done. Well done.")

    assert timer_page.evaluate("window.__announced") == announced
    assert timer_page.evaluate("window.__said") == said
    assert timer_page.evaluate("window.__nextUp") == next_up
    for text in announced + said:
        assert not GLUED.search(text), text

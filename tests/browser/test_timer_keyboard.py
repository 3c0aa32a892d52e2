"""The timer by keyboard alone: each key press leaves focus on the next thing to do, and every
0 to 10 pain question (the timer's two, History's edit form) names its ends in words."""

import pytest
from playwright.sync_api import expect

from tests.conftest import open_timer, scroll_settles, wait_reached

pytestmark = pytest.mark.browser

ENDS = "0 (no pain) to 10 (worst imaginable)"
# The first control a keyboard reaches inside an element, as Tab would.
FIRST_CONTROL = """(card) => [...card.querySelectorAll('a[href], button, input, select, textarea')]
  .find((el) => !el.disabled && el.getClientRects().length > 0)"""


def button(page, name):
    return page.get_by_role("button", name=name, exact=True)


def test_start_pause_resume_and_the_end_by_keyboard(page, base_url, console_errors):
    open_timer(page, base_url + "/timer?hold=20&rest=0&rounds=1&sides=one")
    button(page, "Start").focus()
    page.keyboard.press("Enter")
    expect(button(page, "Pause")).to_be_focused()
    page.keyboard.press("Space")
    expect(button(page, "Resume")).to_be_focused()
    page.keyboard.press("Enter")
    expect(button(page, "Pause")).to_be_focused()
    # A real hold lasts 20 s: Start's smooth scroll to the stage has long ended when the card
    # comes. Playwright's clock gets there in a moment, so the scroll ends first.
    scroll_settles(page)
    page.clock.run_for(21_000)
    card = page.locator("[data-summary]")
    expect(card).to_be_visible()
    first = card.evaluate_handle(FIRST_CONTROL)
    assert page.evaluate("(el) => el === document.activeElement", first), \
        "focus is on the finish card's first control"
    wait_reached(first)
    # The keyboard goes on from there: the next Tab stays in the card.
    page.keyboard.press("Tab")
    assert card.evaluate("(card) => card.contains(document.activeElement)")
    assert console_errors == []


def test_reset_asks_and_keep_going_returns_to_pause_by_keyboard(page, base_url):
    open_timer(page, base_url + "/timer?hold=20&rest=0&rounds=1&sides=one")
    button(page, "Start").focus()
    page.keyboard.press("Enter")
    expect(button(page, "Pause")).to_be_focused()
    button(page, "Reset").focus()
    page.keyboard.press("Enter")
    expect(button(page, "Keep going")).to_be_focused()
    page.keyboard.press("Enter")
    expect(button(page, "Pause")).to_be_focused()


def ends_of(select):
    """The words of a scale's 0 and 10, as a screen reader reads the options."""
    return select.evaluate("(s) => [s.options[1].text, s.options[11].text]")


def test_every_pain_question_names_the_ends_of_its_scale(page, base_url):
    open_timer(page, base_url + "/timer?hold=20&rest=0&rounds=1&sides=one")
    before = page.get_by_label("Pain before you start")
    expect(before).to_have_accessible_name(f"Pain before you start (optional), {ENDS}")
    assert ends_of(before) == ["0, no pain", "10, worst imaginable"]
    button(page, "Start").click()
    page.clock.run_for(21_000)
    now = page.get_by_label("Pain now")
    expect(now).to_have_accessible_name(f"Pain now, {ENDS}")
    assert ends_of(now) == ["0, no pain", "10, worst imaginable"]

    page.get_by_label("Pain now").select_option("3")
    page.goto(base_url + "/history")
    page.get_by_role("button", name="Edit").first.click()
    form = page.locator("form.entry-edit")
    for question in ("Pain before", "Pain after"):
        select = form.get_by_label(question)
        expect(select).to_have_accessible_name(f"{question}, {ENDS}")
        assert ends_of(select) == ["0, no pain", "10, worst imaginable"]
    expect(form.get_by_label("Pain after")).to_have_value("3")

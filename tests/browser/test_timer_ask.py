"""The timer asks an area's red flags before a first session on it: a compact checklist drawn from
the timer's data, "None of these" kept on the device for that area for a day, an emergency's
call button, and Start still in reach."""

import json

import pytest
from playwright.sync_api import expect

from tests.conftest import (
    REACHED,
    open_timer,
    phone_text,
    read_the_questions,
    start_timer,
    wait_reached,
)

pytestmark = pytest.mark.browser

KEY = "tpg.red-flag-answers.v1"
SADDLE = "New numbness in the saddle area, or a change in bladder or bowel control?"


def checklist(page):
    return page.locator("[data-timer] .red-flag-ask")


def none_button(page):
    return checklist(page).get_by_role("button", name="None of these")


def folded(page):
    return checklist(page).get_by_text("You said none of these apply today")


@pytest.mark.parametrize("size", [(412, 915, "100%"), (320, 720, "200%")])
def test_a_fresh_area_is_asked_before_start_with_start_still_in_reach(
        page, base_url, console_errors, size):
    width, height, text = size
    page.set_viewport_size({"width": width, "height": height})
    open_timer(page, base_url + "/timer?muscle=quadratus-lumborum")
    page.evaluate(f"document.documentElement.style.fontSize = '{text}'")
    expect(checklist(page).get_by_text(SADDLE)).to_be_visible()
    expect(none_button(page)).to_be_attached()
    # The questions come before the stage; each opens to its full message.
    stage = page.locator("[data-stage]")
    assert checklist(page).evaluate(
        "(ask, stage) => !!(ask.compareDocumentPosition(stage) & 4)", stage.element_handle())
    expect(page.locator("#red-flag-saddle")).to_be_hidden()
    start = page.get_by_role("button", name="Start", exact=True)
    wait_reached(start)  # the checklist does not cover Start (bars measured at the next frame)
    assert console_errors == []


def test_plain_timer_without_a_muscle_asks_nothing(page, base_url):
    open_timer(page, base_url + "/timer")
    expect(page.locator("[data-timer] [data-ask-list]")).to_have_count(0)


def test_none_of_these_folds_and_is_kept_for_that_area_for_a_day(page, base_url):
    sent = []
    page.on("request", lambda r: sent.append(r.url) if r.method != "GET" else None)
    open_timer(page, base_url + "/timer?muscle=quadratus-lumborum")
    none_button(page).click()
    expect(folded(page)).to_be_visible()
    expect(none_button(page)).to_be_hidden()
    # The answer stands for the regions the muscle sends pain to, as a region page's does.
    answers = page.evaluate(f"JSON.parse(localStorage.getItem('{KEY}'))")
    assert sorted(answers) == ["buttocks", "hips", "low-back"]

    page.reload()
    expect(folded(page)).to_be_visible()
    # Another area is asked on its own.
    page.get_by_label("Muscle (optional: uses its usual dose)").select_option("masseter")
    expect(none_button(page)).to_be_visible()
    page.get_by_label("Muscle (optional: uses its usual dose)").select_option("quadratus-lumborum")
    expect(folded(page)).to_be_visible()

    page.clock.fast_forward("25:00:00")
    page.reload()
    expect(none_button(page)).to_be_visible()
    expect(folded(page)).to_be_hidden()
    assert sent == []


def test_a_routine_shares_its_answer_with_the_routine_page(page, base_url):
    open_timer(page, base_url + "/timer?routine=low-back")
    expect(checklist(page).get_by_text(SADDLE)).to_be_visible()
    none_button(page).click()
    page.goto(base_url + "/routines/low-back")
    page_checklist = page.locator("[data-ask]")
    expect(page_checklist.get_by_text("You said none of these apply today")).to_be_visible()


def test_an_own_routine_asks_its_muscles_areas(page, base_url):
    routine = {"id": "rhomework1", "title": "Homework", "note": "", "rest": 5, "updated": 1,
               "steps": [{"muscle": "masseter", "side": "left", "mode": "hold", "seconds": 20},
                         {"muscle": "gluteus-medius", "side": "left", "mode": "hold",
                          "seconds": 20}]}
    page.goto(base_url + "/routines/")
    page.evaluate(f"localStorage.setItem('tpg.routines.v1', {json.dumps(json.dumps([routine]))})")
    open_timer(page, base_url + "/timer?own=rhomework1")
    expect(checklist(page).get_by_text(SADDLE)).to_be_visible()
    rows = checklist(page).locator("details")
    ids = rows.evaluate_all("rows => rows.map(r => r.dataset.flag)")
    assert len(ids) == len(set(ids)), "each question once"
    assert "stroke" in ids and "saddle" in ids
    levels = rows.evaluate_all("rows => rows.map(r => r.dataset.level)")
    order = ["emergency", "today", "soon"]
    assert levels == sorted(levels, key=order.index), "most severe first"


def test_yes_to_an_emergency_shows_its_warning_and_the_call_button(page, base_url):
    open_timer(page, base_url + "/timer?muscle=quadratus-lumborum")
    checklist(page).get_by_text(SADDLE).click()
    row = checklist(page).locator("details[data-flag=saddle]")
    warning = row.locator(".red-flag")
    expect(warning).to_be_visible()
    expect(warning).to_have_attribute("data-level", "emergency")
    expect(warning).to_contain_text("Call your local emergency number now")
    call = row.locator("a[href^='tel:']")
    assert call.evaluate_all("links => links.map(a => a.getAttribute('href'))") == [
        "tel:112", "tel:911", "tel:999"]
    assert call.first.bounding_box()["height"] >= 48
    # A row that is not an emergency opens to its warning, without the call button.
    later = checklist(page).locator("details[data-level=soon]").first
    later.locator("summary").click()
    expect(later.locator(".red-flag")).to_have_attribute("data-level", "soon")
    expect(later.locator("a[href^='tel:']")).to_have_count(0)


def test_a_first_start_over_questions_out_of_sight_shows_them_first(page, base_url):
    # 320 px with the phone's text at 200% (Chromium's default font size doubled, from the
    # first paint): Start's bar covers the questions when the page opens.
    page.set_viewport_size({"width": 320, "height": 568})
    phone_text(page, 200)
    open_timer(page, base_url + "/timer?muscle=quadratus-lumborum")
    heading = checklist(page).get_by_role("heading", name="First: does any of these apply?")
    assert not heading.evaluate(REACHED), "the questions were in sight already"
    start = page.get_by_role("button", name="Start", exact=True)
    start.click()
    expect(heading).to_be_focused()
    wait_reached(heading)  # the questions in sight now
    assert page.locator("html[data-timer-running]").count() == 0
    # Seen now: the next tap starts, answered or not.
    start_timer(page)
    expect(checklist(page)).to_be_hidden()


def test_questions_once_in_sight_do_not_hold_start_back(page, base_url):
    # 412 px: the questions are on the first screen; scrolled past, Start starts at once.
    open_timer(page, base_url + "/timer?muscle=quadratus-lumborum")
    page.get_by_role("button", name="Start", exact=True).scroll_into_view_if_needed()
    page.mouse.wheel(0, 2000)
    start_timer(page)
    expect(checklist(page)).to_be_hidden()


def test_the_checklist_goes_while_a_session_runs(page, base_url):
    open_timer(page, base_url + "/timer?muscle=quadratus-lumborum")
    expect(none_button(page)).to_be_visible()
    start_timer(page)
    expect(checklist(page)).to_be_hidden()


@pytest.mark.parametrize("stored", ["{not json", "[1,2]", '{"low-back": "yesterday"}',
                                    '{"low-back": 9e99, "hips": null}', '"text"', "null",
                                    '{"__proto__": 1, "constructor": 2}'])
def test_damaged_stored_answers_never_throw(page, base_url, console_errors, stored):
    page.goto(base_url + "/timer")
    page.evaluate(f"v => localStorage.setItem('{KEY}', v)", stored)
    open_timer(page, base_url + "/timer?muscle=quadratus-lumborum")
    expect(none_button(page)).to_be_visible()
    none_button(page).click()
    expect(folded(page)).to_be_visible()
    assert console_errors == []


def finish_session(page):
    start_timer(page)
    expect(checklist(page)).to_be_hidden()
    page.clock.run_for("10:00")
    expect(page.get_by_role("heading", name="Well done")).to_be_visible()


# Where the finish card put its rating on the screen, as it scrolled to it.
CARD_PLACED = """{
  const scroll = Element.prototype.scrollIntoView;
  Element.prototype.scrollIntoView = function (...args) {
    scroll.apply(this, args);
    if (this.name === 'painAfter') window.__placed = this.getBoundingClientRect().top;
  };
}"""


def test_after_a_session_the_answer_is_back_folded_and_the_next_round_starts(page, base_url):
    page.add_init_script(CARD_PLACED)
    open_timer(page, base_url + "/timer?routine=low-back")
    # As in Safari, which has no scroll anchoring to keep the card in place by itself.
    page.evaluate("document.documentElement.style.overflowAnchor = 'none'")
    none_button(page).click()
    finish_session(page)
    # Back above the stage, one line, and the finish card did not move on the screen.
    expect(folded(page)).to_be_visible()
    rating = page.get_by_label("Pain now", exact=False)
    expect(rating).to_be_focused()
    placed, now = rating.evaluate("el => [window.__placed, el.getBoundingClientRect().top]")
    assert placed is not None and abs(now - placed) < 1, (placed, now)
    page.get_by_role("button", name="Start again").click()
    expect(page.locator("html[data-timer-running='true']")).to_have_count(1)
    expect(checklist(page)).to_be_hidden()


@pytest.mark.parametrize("size", [(412, 915, "100%"), (320, 720, "200%")])
def test_questions_not_answered_are_asked_again_before_the_next_round(page, base_url, size):
    width, height, text = size
    page.set_viewport_size({"width": width, "height": height})
    open_timer(page, base_url + "/timer?muscle=quadratus-lumborum")
    page.evaluate(f"document.documentElement.style.fontSize = '{text}'")
    read_the_questions(page)
    finish_session(page)
    expect(page.get_by_label("Pain now", exact=False)).to_be_focused()
    # "Start again" first asks the questions, in view, with Start still in reach under them.
    page.get_by_role("button", name="Start again").click()
    heading = checklist(page).get_by_role("heading", name="First: does any of these apply?")
    expect(heading).to_be_focused()
    expect(heading).to_be_in_viewport()
    expect(none_button(page)).to_be_visible()
    expect(page.get_by_role("heading", name="Well done")).to_be_hidden()
    assert page.locator("html[data-timer-running]").count() == 0
    start = page.get_by_role("button", name="Start", exact=True)
    wait_reached(start)  # the checklist does not cover Start (bars measured at the next frame)
    start_timer(page)
    expect(checklist(page)).to_be_hidden()

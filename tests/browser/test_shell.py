"""The home page in a real phone-sized Chromium: renders, fits, and raises no errors."""

import pytest
from playwright.sync_api import expect

from tests.conftest import (
    NO_FIRST_VISIT_NOTE,
    WITH_WORKER,
    expect_first_sentence_only,
    set_text_size,
    wait_until,
)

PAGES = ["/", "/guide/", "/guide/self-treatment", "/muscles/", "/muscles/upper-trapezius",
         "/map", "/map/head", "/search?q=heel+hurts+when+I+get+up", "/timer", "/routines/",
         "/history", "/offline", "/disclaimer", "/no-such-page"]


def test_home_page_renders(page, base_url, console_errors):
    page.goto(base_url + "/")
    expect(page.get_by_role("heading", level=1)).to_be_visible()
    expect(page.get_by_role("navigation", name="Main")).to_be_visible()
    expect(page.get_by_role("link", name="Read the guide")).to_be_visible()
    assert console_errors == []


def test_no_horizontal_scroll_at_320px(page, base_url):
    page.set_viewport_size({"width": 320, "height": 640})
    for path in PAGES:
        page.goto(base_url + path)
        overflow = page.evaluate(
            "document.documentElement.scrollWidth - document.documentElement.clientWidth")
        assert overflow <= 0, f"{path} scrolls sideways by {overflow}px"


@WITH_WORKER  # the worker's errors and its fetches count too
def test_no_console_errors_or_csp_violations_anywhere(page, base_url, console_errors):
    violations = []
    page.expose_function("reportViolation", lambda v: violations.append(v))
    page.add_init_script(
        "document.addEventListener('securitypolicyviolation',"
        " e => window.reportViolation(e.violatedDirective + ' ' + e.blockedURI))")
    for path in PAGES:
        page.goto(base_url + path)
        page.wait_for_load_state("networkidle")
    assert violations == []
    assert unexpected(console_errors) == []


def unexpected(errors):
    """Console errors, less the one a test asks for: /no-such-page answering 404."""
    return [e for e in errors if not e.endswith("/no-such-page]")]


def test_a_missing_script_is_caught_as_a_console_error(page, base_url, console_errors):
    page.route("**/static/gen/app.*.js", lambda route: route.fulfill(status=404, body=""))
    page.goto(base_url + "/")
    page.wait_for_load_state("networkidle")
    missing = unexpected(console_errors)
    assert missing and all("404" in e and "/static/gen/app." in e for e in missing), missing


def test_touch_targets_are_at_least_48px(page, base_url):
    page.goto(base_url + "/")
    small = page.evaluate("""() => [...document.querySelectorAll(
        '.tab-bar a, .button, .card-link, .brand')]
        .filter(el => el.offsetParent !== null)
        .map(el => [el.textContent.trim(), el.getBoundingClientRect().height])
        .filter(([, h]) => h < 48)""")
    assert small == []


def test_skip_link_moves_focus_to_main(page, base_url):
    page.goto(base_url + "/guide/")
    page.keyboard.press("Tab")
    expect(page.get_by_role("link", name="Skip to content")).to_be_focused()
    page.keyboard.press("Enter")
    assert page.evaluate("document.activeElement.id") == "main"


def test_the_install_button_appearing_moves_nothing(page, base_url):
    page.set_viewport_size({"width": 320, "height": 640})
    page.goto(base_url + "/")
    top = "document.querySelector('main').getBoundingClientRect().top"
    before = page.evaluate(top)
    page.evaluate("document.querySelector('[data-install]').hidden = false")
    assert page.evaluate(top) == before
    assert page.evaluate("document.documentElement.scrollWidth") <= 320


# Whether a tap on an element's centre reaches it.
TAKES_A_TAP = """(el) => { const r = el.getBoundingClientRect();
  return el.contains(document.elementFromPoint(r.left + r.width / 2, r.top + r.height / 2)); }"""
NOTES = ["[data-offline-note]", "[data-update]", "[data-ios-hint]"]
# The tests show each note themselves: the first visit's own "ready offline" stays away
# (NO_FIRST_VISIT_NOTE).


@pytest.mark.parametrize("hook", NOTES)
def test_notes_about_the_app_float_and_move_nothing(page, base_url, hook):
    """'Ready to use offline', 'Update ready' and the iPhone hint appear after the page has
    drawn; they float above the tab bar instead of pushing the page down."""
    page.add_init_script(NO_FIRST_VISIT_NOTE)
    page.goto(base_url + "/guide/")
    top = "document.querySelector('main').getBoundingClientRect().top"
    before = page.evaluate(top)
    page.evaluate(f"document.querySelector('{hook}').hidden = false")
    expect(page.locator(hook)).to_be_visible()
    assert page.evaluate(top) == before
    note = page.locator(hook).bounding_box()
    tabs = page.locator(".tab-bar").bounding_box()
    assert note["y"] + note["height"] <= tabs["y"]
    assert page.locator(hook).get_by_role("button").first.evaluate(TAKES_A_TAP)
    page.keyboard.press("Escape")
    expect(page.locator(hook)).to_be_hidden()


@pytest.mark.parametrize("size", [(412, 915, "100%"), (320, 568, "200%")])
@pytest.mark.parametrize("hook", NOTES)
def test_a_note_never_covers_the_timer_start_nor_hides_under_it(page, base_url, hook, size):
    """On a page with a bar of its own (the timer's Start), a note rides at the bar's top, or
    sits in the page below the timer when it would be too big: Start keeps its place and both
    take a tap."""
    width, height, text = size
    page.set_viewport_size({"width": width, "height": height})
    page.add_init_script(NO_FIRST_VISIT_NOTE)
    page.goto(base_url + "/timer")
    page.evaluate(f"document.documentElement.style.fontSize = '{text}'")
    page.evaluate(f"document.querySelector('{hook}').hidden = false")
    expect(page.locator(".app-notes[data-inline]")).to_have_count(1)
    start = page.get_by_role("button", name="Start", exact=True)
    wait_until(page, "(() => { const r = document.querySelector('[data-action=start]')"
                     ".getBoundingClientRect(); return r.top >= 0 && r.bottom <= innerHeight; })()",
               timeout=5)
    assert start.evaluate(TAKES_A_TAP)
    note_button = page.locator(hook).get_by_role("button").first
    note_button.scroll_into_view_if_needed()
    assert note_button.evaluate(TAKES_A_TAP)


def test_a_note_sits_in_the_page_when_it_would_cover_a_large_text_screen(page, base_url):
    page.set_viewport_size({"width": 320, "height": 568})
    page.goto(base_url + "/guide/")
    page.evaluate("document.documentElement.style.fontSize = '200%'")
    page.evaluate("document.querySelector('[data-update]').hidden = false")
    expect(page.locator(".app-notes[data-inline]")).to_have_count(1)
    note = page.locator("[data-update]").bounding_box()
    assert note["y"] + note["height"] <= page.locator("main").bounding_box()["y"]


@pytest.mark.parametrize("size", [(412, 915, 1, True), (320, 568, 2, False)])
def test_ready_offline_keeps_to_one_sentence_on_a_narrow_large_text_screen(page, base_url, size):
    """At 320 px with 200% text the note sits in the page, so its second sentence would push
    the page's own heading off the first screen; it says only 'Ready to use offline.'."""
    width, height, scale, detail = size
    page.set_viewport_size({"width": width, "height": height})
    page.add_init_script(NO_FIRST_VISIT_NOTE)
    set_text_size(page, scale)
    page.goto(base_url + "/")
    page.evaluate("document.querySelector('[data-offline-note]').hidden = false")
    expect_first_sentence_only(page, page.locator("[data-offline-note]"), "Ready to use offline.",
                               "The whole app now works without a connection.", detail, height)

"""Red flags in the browser: live under the home page's box, first on a body map region."""

from axe_playwright_python.sync_playwright import Axe
from playwright.sync_api import expect

from tests.browser.test_offline import offline_page  # noqa: F401

ALARM = "back pain with a fever and night sweats"


def test_typing_an_alarming_combination_shows_an_announced_warning_first(
        page, base_url, console_errors):
    fetched = []
    page.on("request", lambda r: fetched.append(r.url) if "red-flags.json" in r.url else None)
    page.goto(base_url + "/")
    assert fetched == [], "the rules are fetched on first use, not with the page"
    box = page.get_by_role("searchbox", name="Describe your pain")
    box.fill(ALARM)
    alert = page.get_by_role("alert").filter(has_text="Back or neck pain with a fever")
    expect(alert).to_be_visible()
    expect(alert).to_contain_text("See a doctor today")
    expect(alert.get_by_role("link", name="Safety: when not to self-treat")).to_have_attribute(
        "href", "/guide/safety#see-a-doctor-today")
    # Most severe first, and above everything that follows the search box.
    levels = page.locator("[data-red-flags-output] > section").evaluate_all(
        "sections => sections.map(s => s.dataset.level)")
    assert levels == ["today", "soon"]
    below = page.get_by_role("link", name="Open the body map").bounding_box()["y"]
    assert alert.bounding_box()["y"] < below
    assert console_errors == []


def test_an_ordinary_complaint_shows_no_warning(page, base_url):
    page.goto(base_url + "/")
    box = page.get_by_role("searchbox", name="Describe your pain")
    box.fill("crushing chest pain")
    expect(page.get_by_role("alert")).to_have_count(1)
    expect(page.get_by_role("alert")).to_contain_text("call your local emergency number now",
                                                      ignore_case=True)
    box.fill("neck pain")
    expect(page.locator("[data-red-flags-output] > *")).to_have_count(0)


def test_a_region_page_shows_its_warnings_before_any_muscle(page, base_url):
    page.goto(base_url + "/map/chest")
    heart = page.locator("#red-flag-heart").locator("..")
    expect(heart).to_contain_text("Call emergency services now")
    first_muscle = page.locator(".cards .card").first
    assert heart.evaluate(
        "(warning, muscle) => !!(warning.compareDocumentPosition(muscle) & 4)",
        first_muscle.element_handle())
    # Listed calmly: nothing on the page interrupts a screen reader as it loads.
    expect(page.get_by_role("alert")).to_have_count(0)


def test_axe_finds_no_violations_on_the_chest_region(page, base_url):
    for scheme in ("light", "dark"):
        page.emulate_media(color_scheme=scheme)
        page.goto(base_url + "/map/chest")
        assert Axe().run(page).response["violations"] == []


def test_axe_finds_no_violations_on_a_live_warning(page, base_url):
    page.goto(base_url + "/")
    page.get_by_role("searchbox", name="Describe your pain").fill("worst headache of my life")
    expect(page.get_by_role("alert")).to_be_visible()
    assert Axe().run(page).response["violations"] == []


def test_warnings_appear_offline(offline_page):  # noqa: F811
    page, url = offline_page
    page.goto(url + "/")
    page.get_by_role("searchbox", name="Describe your pain").fill("numbness between my legs")
    alert = page.get_by_role("alert")
    expect(alert).to_contain_text("Numbness between the legs")
    # The words travel apart from the rules (/timer-data.json), precached as well.
    expect(alert).to_contain_text("pressure on the nerves at the base of the spine")


def test_a_warning_whose_words_cannot_be_had_keeps_its_level_and_link(page, base_url):
    page.route("**/timer-data.json", lambda route: route.abort())
    page.goto(base_url + "/")
    page.get_by_role("searchbox", name="Describe your pain").fill("numbness between my legs")
    alert = page.get_by_role("alert")
    expect(alert.get_by_role("heading")).to_have_text("Call emergency services now")
    expect(alert.get_by_role("link", name="Safety: when not to self-treat")).to_have_attribute(
        "href", "/guide/safety#call-emergency-services-now")
    expect(alert).not_to_contain_text("undefined")


# --- Ask, don't guess: the checklist on a region page ---------------------------------------

def _checklist(page):
    return page.locator("[data-ask]")


def _first_screen_bottom(page):
    """Where the first screen ends: the top of the tab bar fixed over the page's foot."""
    return page.locator("nav.tab-bar").bounding_box()["y"]


def test_a_region_asks_its_red_flags_in_the_first_screen_with_the_muscles_below(
        page, base_url, console_errors):
    page.goto(base_url + "/map/low-back")
    checklist = _checklist(page)
    saddle = "New numbness in the saddle area, or a change in bladder or bowel control?"
    expect(checklist.get_by_text(saddle)).to_be_visible()
    none = checklist.get_by_role("button", name="None of these")
    expect(none).to_be_visible()
    screen = page.viewport_size["height"]
    box = none.bounding_box()
    assert box["y"] + box["height"] <= _first_screen_bottom(page), "it fits in the first screen"
    # The full messages wait behind each question; the muscles follow right below.
    expect(page.locator("#red-flag-saddle")).to_be_hidden()
    first_muscle = page.locator(".cards .card").first
    assert first_muscle.bounding_box()["y"] < screen * 1.5
    assert console_errors == []


def test_none_of_these_is_remembered_for_a_day_on_this_device_only(page, base_url):
    sent = []
    page.on("request", lambda r: sent.append(r.url) if r.method != "GET" else None)
    page.clock.install()
    page.goto(base_url + "/map/low-back")
    _checklist(page).get_by_role("button", name="None of these").click()
    done = _checklist(page).get_by_text("You said none of these apply today")
    expect(done).to_be_visible()
    expect(_checklist(page).get_by_role("button", name="None of these")).to_be_hidden()

    page.reload()
    expect(done).to_be_visible()
    # Another area asks its own questions.
    page.goto(base_url + "/map/chest")
    expect(_checklist(page).get_by_role("button", name="None of these")).to_be_visible()

    page.clock.fast_forward("25:00:00")
    page.goto(base_url + "/map/low-back")
    expect(_checklist(page).get_by_role("button", name="None of these")).to_be_visible()
    expect(_checklist(page).get_by_text("You said none of these apply today")).to_be_hidden()
    assert sent == []


def test_change_brings_the_questions_back(page, base_url):
    page.goto(base_url + "/map/low-back")
    _checklist(page).get_by_role("button", name="None of these").click()
    _checklist(page).get_by_role("button", name="change").click()
    expect(_checklist(page).get_by_role("button", name="None of these")).to_be_visible()
    page.reload()
    expect(_checklist(page).get_by_role("button", name="None of these")).to_be_visible()


def test_a_damaged_stored_answer_is_ignored(page, base_url, console_errors):
    page.goto(base_url + "/map/low-back")
    for bad in ("{not json", "[1,2]", '{"low-back": "yesterday"}', '{"low-back": 9e99}'):
        page.evaluate("v => localStorage.setItem('tpg.red-flag-answers.v1', v)", bad)
        page.reload()
        expect(_checklist(page).get_by_role("button", name="None of these")).to_be_visible()
    assert console_errors == []


def test_yes_to_an_emergency_shows_its_warning_and_a_call_button(page, base_url):
    page.goto(base_url + "/map/low-back")
    _checklist(page).get_by_text("New numbness in the saddle area").click()
    item = page.locator("details[data-flag=saddle]")
    warning = item.locator(".red-flag")
    expect(warning).to_be_visible()
    expect(warning).to_have_attribute("data-level", "emergency")
    expect(warning).to_contain_text("Call your local emergency number now")
    call = item.locator("a[href^='tel:']")
    expect(call.first).to_be_visible()
    # No number set in practice.yaml: the three most used, each one tap.
    assert call.evaluate_all("links => links.map(a => a.getAttribute('href'))") == [
        "tel:112", "tel:911", "tel:999"]
    assert call.first.bounding_box()["height"] >= 48
    expect(warning.get_by_role("link", name="Safety: when not to self-treat")).to_have_attribute(
        "href", "/guide/safety#call-emergency-services-now")


def test_axe_finds_no_violations_on_an_open_checklist(page, base_url):
    for scheme in ("light", "dark"):
        page.emulate_media(color_scheme=scheme)
        page.goto(base_url + "/map/low-back")
        _checklist(page).get_by_text("New numbness in the saddle area").click()
        assert Axe().run(page).response["violations"] == []


def test_a_routine_asks_the_red_flags_of_the_areas_it_treats(page, base_url, console_errors):
    page.goto(base_url + "/routines/low-back")
    checklist = _checklist(page)
    expect(checklist.get_by_text("New numbness in the saddle area")).to_be_visible()
    none = checklist.get_by_role("button", name="None of these")
    # Asked before the way to start; the answer is this routine's alone.
    start = page.get_by_role("link", name="Start this routine")
    assert none.bounding_box()["y"] < start.bounding_box()["y"]
    none.click()
    expect(checklist.get_by_text("You said none of these apply today")).to_be_visible()
    page.goto(base_url + "/map/low-back")
    expect(_checklist(page).get_by_role("button", name="None of these")).to_be_visible()
    assert console_errors == []


def test_every_region_checklist_fits_in_the_first_screen(page, base_url):
    _every_checklist_fits(page, base_url, "/map", "/map/", 20)


def test_every_routine_checklist_fits_in_the_first_screen(page, base_url):
    _every_checklist_fits(page, base_url, "/routines", "/routines/", 8)


def _every_checklist_fits(page, base_url, index, prefix, at_least):
    """Every page linked from `index` under `prefix`: "None of these" ends above the tab bar."""
    page.goto(base_url + index)
    hrefs = page.locator(f"a[href^='{prefix}']").evaluate_all(
        "links => [...new Set(links.map(a => a.getAttribute('href')))]")
    assert len(hrefs) >= at_least
    for href in hrefs:
        page.goto(base_url + href)
        none = _checklist(page).get_by_role("button", name="None of these")
        if not none.count():
            continue
        box = none.bounding_box()
        assert box["y"] + box["height"] <= _first_screen_bottom(page), href


def test_questions_on_one_topic_share_a_row_that_opens_to_all_their_warnings(page, base_url):
    page.goto(base_url + "/map/low-back")
    row = page.locator("details[data-flag=group-cancer]")
    expect(row).to_have_attribute("data-level", "emergency")
    row.locator("summary").click()
    # Every flag the row stands for, most severe first, after the call button.
    levels = row.locator(".red-flag").evaluate_all("s => s.map(x => x.dataset.level)")
    assert levels == ["emergency", "today", "soon"]
    expect(row.locator("a[href^='tel:']").first).to_be_visible()
    # Every question is still asked: no row is hidden, each is a full tap target.
    for summary in _checklist(page).locator("summary").all():
        expect(summary).to_be_visible()
        assert summary.bounding_box()["height"] >= 44


def test_after_an_emergency_the_call_leads_and_muscles_wait_until_ruled_out(page, base_url):
    page.goto(base_url + "/search")
    box = page.get_by_role("searchbox", name="Describe your pain or search for a muscle")
    box.fill("crushing pain in my chest and left arm")
    call = page.get_by_role("link", name="112")
    expect(call).to_be_visible()
    expect(call).to_have_attribute("href", "tel:112")
    alert = page.get_by_role("alert").first
    assert call.bounding_box()["y"] < alert.bounding_box()["y"]
    muscles = page.get_by_role("heading", name="Muscles worth checking")
    expect(muscles).to_be_hidden()
    page.get_by_text("I've ruled this out").click()
    expect(muscles).to_be_visible()
    box.fill("heel hurts when i get up")
    expect(page.get_by_role("heading", name="Muscles worth checking")).to_be_visible()
    expect(call).to_be_hidden()


def test_the_home_finder_puts_the_call_first_after_an_emergency(page, base_url):
    page.goto(base_url + "/")
    box = page.get_by_role("searchbox", name="Describe your pain")
    box.fill("sudden pain in my testicle")
    expect(page.get_by_role("link", name="999")).to_be_visible()
    box.fill("neck pain")
    expect(page.get_by_role("link", name="999")).to_be_hidden()

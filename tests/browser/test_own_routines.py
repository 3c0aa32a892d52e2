"""Own routines: build one with the keyboard, share it as a link, open it elsewhere, run it."""

import json
import re

import pytest
from axe_playwright_python.sync_playwright import Axe
from playwright.sync_api import expect

from tests.conftest import PHONE, open_timer, start_timer, wait_until, wait_until_controlled

pytestmark = pytest.mark.browser

KEY = "tpg.routines.v1"


def stored(page):
    return page.evaluate(f"JSON.parse(localStorage.getItem('{KEY}'))")


def seed(page, base_url, routines):
    page.goto(base_url + "/routines/")
    page.evaluate(f"localStorage.setItem('{KEY}', {json.dumps(json.dumps(routines))})")
    page.reload()


def homework(n=1, **extra):
    side = {"muscle": "upper-trapezius", "mode": "hold", "seconds": 20}
    return {"id": f"rhomework{n}", "title": f"Homework {n}", "note": "", "rest": 5, "updated": 1,
            "steps": [{**side, "side": "left"}, {**side, "side": "right"}], **extra}


def tab_to(page, css, limit=150, backwards=False):
    """Press Tab (or Shift+Tab) until the focused element matches a selector: keyboard only."""
    for _ in range(limit):
        if page.evaluate(f"document.activeElement.matches({json.dumps(css)})"):
            return
        page.keyboard.press("Shift+Tab" if backwards else "Tab")
    raise AssertionError(f"Tab never reached {css}")


def axe_violations(page):
    violations = Axe().run(page).response["violations"]
    return [(v["id"], [n["target"] for n in v["nodes"]][:3]) for v in violations]


def test_building_a_routine_with_the_keyboard_only(page, base_url, console_errors):
    page.goto(base_url + "/routines/new")
    tab_to(page, "#r-title")
    page.keyboard.type("Neck homework")
    tab_to(page, "#r-find")
    page.keyboard.type("upper trap")
    page.keyboard.press("Tab")
    assert page.evaluate("document.activeElement.dataset.add") == "upper-trapezius"
    page.keyboard.press("Enter")
    expect(page.locator("[data-status]")).to_contain_text("Added Upper trapezius as step 1")
    tab_to(page, "#r-find", backwards=True)
    page.keyboard.press("Control+a")
    page.keyboard.type("levator")
    page.keyboard.press("Enter")  # one match: Enter adds it
    expect(page.locator("[data-status]")).to_contain_text("Added Levator scapulae as step 2")

    steps = page.locator("[data-steps] > li")
    expect(steps).to_have_count(2)
    second = steps.nth(1)
    expect(second.get_by_role("group")).to_have_accessible_name("Step 2: Levator scapulae")
    tab_to(page, "[data-key='2'] [data-field='amount']", backwards=True)
    page.keyboard.press("Control+a")
    page.keyboard.type("120")
    page.keyboard.press("Tab")
    expect(second.locator("[data-dose-note]")).to_have_text(
        "Set to 90 seconds: a hold is 20 to 90 seconds. Longer on one point can irritate it.")
    expect(second.get_by_label("Seconds (20 to 90)")).to_have_value("90")

    tab_to(page, "[data-key='2'] [data-move='-1']")
    expect(page.locator(":focus")).to_have_accessible_name("Move up step 2, Levator scapulae")
    page.keyboard.press("Space")
    expect(steps.first.locator("[data-step-name]")).to_have_text("Levator scapulae")
    expect(page.locator("[data-status]")).to_contain_text("Levator scapulae is now step 1 of 2")
    assert page.evaluate("document.activeElement.closest('[data-key]').dataset.key") == "2"

    tab_to(page, "button[type=submit]")
    page.keyboard.press("Enter")
    expect(page.locator("[data-status]")).to_have_text('Saved "Neck homework" on this device.')
    [routine] = stored(page)
    assert routine["title"] == "Neck homework"
    url = page.locator("[data-builder]").get_attribute("data-data-url")
    usual = json.loads(page.evaluate("(u) => fetch(u).then((r) => r.text())", url))["muscles"]
    trapezius = usual["upper-trapezius"]["seconds"]
    assert [(s["muscle"], s["side"], s["seconds"]) for s in routine["steps"]] == [
        ("levator-scapulae", "left", 90), ("levator-scapulae", "right", 90),
        ("upper-trapezius", "left", trapezius), ("upper-trapezius", "right", trapezius)]
    assert f"id={routine['id']}" in page.url
    expect(page.get_by_role("heading", level=1)).to_have_text("Edit your routine")
    assert console_errors == []


def test_every_builder_control_is_named_and_axe_finds_nothing(page, base_url):
    page.goto(base_url + "/routines/new")
    for slug in ["soleus", "upper-trapezius"]:
        page.locator(f"[data-add='{slug}']").click()
    step = page.locator("[data-steps] > li").first
    for label in ["Side", "How", "Seconds (20 to 90)"]:
        expect(step.get_by_label(label, exact=True)).to_be_visible()
    step.get_by_label("How").select_option("strokes")
    expect(step.get_by_label("Strokes (6 to 15)")).to_be_visible()
    unnamed = page.evaluate("""[...document.querySelectorAll(
          'main input, main select, main textarea, main button')]
        .filter((el) => !el.closest('[hidden]'))
        .filter((el) => !(el.labels?.length || el.ariaLabel || el.textContent.trim()))
        .map((el) => el.outerHTML.slice(0, 80))""")
    assert unnamed == []
    assert axe_violations(page) == []


def test_save_needs_a_name_and_a_step(page, base_url):
    page.goto(base_url + "/routines/new")
    page.get_by_role("button", name="Save routine").click()
    expect(page.locator("[data-status]")).to_have_text("Not saved yet: give the routine a name.")
    expect(page.get_by_label("Name of the routine")).to_be_focused()
    page.get_by_label("Name of the routine").fill("Empty")
    page.get_by_role("button", name="Save routine").click()
    expect(page.locator("[data-status]")).to_have_text("Not saved yet: add at least one muscle.")
    assert stored(page) is None


def test_a_full_quota_is_told_not_thrown(page, base_url, console_errors):
    page.goto(base_url + "/routines/new")
    page.evaluate("""() => { Storage.prototype.setItem = function () {
        throw new DOMException('full', 'QuotaExceededError'); }; }""")
    page.get_by_label("Name of the routine").fill("Calf")
    page.locator("[data-add='soleus']").click()
    page.get_by_role("button", name="Save routine").click()
    expect(page.locator("[data-status]")).to_contain_text("storage is full")
    assert console_errors == []


def test_build_share_open_elsewhere_save_run_and_find_it_in_the_diary(
        page, browser, base_url, console_errors):
    page.goto(base_url + "/routines/new")
    page.get_by_label("Name of the routine").fill("Calf homework")
    page.get_by_label("Find a muscle").fill("soleus")
    page.locator("[data-add='soleus']").click()
    step = page.locator("[data-steps] > li").first
    step.get_by_label("Seconds (20 to 90)").fill("20")
    page.get_by_label("Rest between steps").fill("5")
    page.get_by_label("Note (optional)").fill("Twice a day.\n<b>Stop</b> if it tingles.")
    page.get_by_role("button", name="Save routine").click()
    page.get_by_role("link", name="Share it").click()
    expect(page.locator("[data-share-title]")).to_have_text("Calf homework")
    link = page.get_by_label("The link").input_value()
    assert link.startswith(base_url + "/routines/shared#v=1&")
    page.get_by_role("button", name="Show QR code").click()
    expect(page.get_by_role("img", name="QR code of the link to Calf homework")).to_be_visible()
    size = page.locator("[data-share-qr-size]")
    expect(size).to_have_attribute("data-version", re.compile(r"^\d+$"))
    expect(page.locator("[data-share-qr]")).not_to_contain_text("version")
    assert axe_violations(page) == []

    other = browser.new_context(**PHONE)
    try:
        phone = other.new_page()
        errors = []
        phone.on("pageerror", lambda e: errors.append(str(e)))
        phone.on("console", lambda m: errors.append(m.text) if m.type == "error" else None)
        phone.clock.install()
        phone.goto(link)
        expect(phone.locator("[data-shared-title]")).to_have_text("Calf homework")
        expect(phone.get_by_text("nothing in it proves who made it")).to_be_visible()
        expect(phone.locator("[data-shared-meta]")).to_have_text(
            "About 45 s · 2 steps · 5 s rest between them")
        note = "Twice a day.\n<b>Stop</b> if it tingles."
        expect(phone.locator("[data-shared-note]")).to_have_text(note)
        assert phone.locator("[data-shared-note] b").count() == 0
        cautions = phone.locator("[data-cautions]")
        expect(cautions).to_be_visible()
        expect(cautions.locator("[data-caution='clots']")).to_be_visible()
        expect(phone.locator("[data-shared-steps] li")).to_have_text(
            ["Soleus · Left side 20 s hold", "Soleus · Right side 20 s hold"])
        assert axe_violations(phone) == []
        assert phone.evaluate(f"localStorage.getItem('{KEY}')") is None

        phone.get_by_role("button", name="Save to my routines").click()
        expect(phone.locator("[data-shared-status]")).to_contain_text('Saved "Calf homework"')
        assert len(stored(phone)) == 1
        phone.get_by_role("button", name="Save to my routines").click()
        expect(phone.locator("[data-shared-status]")).to_have_text(
            "This routine is already in your routines.")
        assert len(stored(phone)) == 1

        phone.get_by_role("link", name="Start it").click()
        expect(phone.get_by_role("heading", level=1)).to_have_text("Calf homework")
        expect(phone.locator("[data-routine-note]")).to_have_text(note)
        expect(phone.locator("[data-routine-cautions]")).to_contain_text("Before you start")
        expect(phone.locator("[data-step]")).to_have_text("Soleus · Left side")
        start_timer(phone)
        phone.clock.run_for(50_000)
        expect(phone.locator("[data-summary]")).to_contain_text("Saved in your history")
        [entry] = phone.evaluate("JSON.parse(localStorage.getItem('tpg.history.v1'))")
        assert (entry["title"], entry["kind"], entry["slug"], entry["points"]) == (
            "Calf homework", "routine", None, 2)
        phone.goto(base_url + "/history")
        expect(phone.locator("[data-list]")).to_contain_text("Calf homework")
        assert errors == []
    finally:
        other.close()
    assert console_errors == []


def test_try_it_now_runs_the_link_without_saving_it(page, base_url, console_errors):
    page.goto(base_url + "/routines/shared#v=1&t=Quick%20try&r=0&s=soleus.n.h20")
    page.get_by_role("link", name="Try it now").click()
    expect(page.get_by_role("heading", level=1)).to_have_text("Quick try")
    assert "own=trial" in page.url
    assert stored(page) is None
    assert console_errors == []


HOSTILE = {
    "empty": "",
    "only a hash": "#",
    "prototype keys": "#__proto__=1&constructor=2&v=1",
    "prototype muscles": "#v=1&t=x&s=__proto__.l.h30_constructor.b.h30_hasOwnProperty.n.h30",
    "huge numbers": "#v=1&t=x&r=99999999999&s=soleus.n.h9999_soleus.n.s9999_soleus.n.h" + "9" * 40,
    "4,000 characters": "#v=1&t=x&s=" + "soleus.n.h30_" * 320,
    "unicode and markup": "#v=1&t=%E2%80%AEkrowemoh%20%F0%9F%92%A5&o=%3Cimg%20src%3Dx%3E%E2%80%AE"
                          "&s=soleus.n.h30_%C3%A9vil.n.h30",
    "NUL": "#v=1&t=a%00b&s=soleus.n.h%00_%00",
    "newer version": "#v=2&t=x&s=soleus.n.h30",
    "wrong version": "#v=0&t=x&s=soleus.n.h30",
    "broken escapes": "#%E0%A4%A&v=%ZZ",
}


# The link's decoder reads every broken link of its table in Node (tests/js/routine-link.test.mjs);
# here a page opens the ones that reach the page's drawing (markup, control characters, names).
END_TO_END = ["empty", "prototype muscles", "unicode and markup", "NUL", "broken escapes"]


@pytest.mark.parametrize("fragment", [HOSTILE[k] for k in END_TO_END], ids=END_TO_END)
def test_a_hostile_or_broken_link_shows_a_note_and_saves_nothing(page, base_url, console_errors,
                                                                 fragment):
    page.goto(base_url + "/routines/shared" + fragment)
    wait_until(page, "!document.querySelector('[data-shared-error]').hidden || "
                     "!document.querySelector('[data-shared-notes]').hidden")
    error = page.locator("[data-shared-error]")
    if error.is_visible():
        expect(error).to_contain_text("Nothing was saved")
        expect(page.locator("[data-shared-preview]")).to_be_hidden()
    else:
        expect(page.locator("[data-shared-notes] li").first).to_be_visible()
    assert page.locator("main img").count() == 0
    title = page.locator("[data-shared-title]").text_content()
    assert "\u202e" not in title and "\x00" not in title
    assert page.evaluate(f"localStorage.getItem('{KEY}')") is None
    assert page.evaluate("localStorage.getItem('tpg.routines.trial.v1')") is None
    assert console_errors == []


def test_delete_then_undo_puts_the_routine_back_in_its_place(page, base_url, console_errors):
    seed(page, base_url, [homework(1), homework(2), homework(3)])
    cards = page.locator("[data-own-list] > li")
    expect(cards).to_have_count(3)
    page.get_by_role("button", name="Delete Homework 2").click()
    expect(page.locator("[data-own-status]")).to_have_text('Deleted "Homework 2".')
    expect(cards).to_have_count(2)
    assert [r["id"] for r in stored(page)] == ["rhomework1", "rhomework3"]
    undo = page.get_by_role("button", name="Undo")
    expect(undo).to_be_focused()
    undo.click()
    expect(page.locator("[data-own-status]")).to_have_text('"Homework 2" is back.')
    expect(cards.locator("[data-own-title]")).to_have_text(
        ["Homework 1", "Homework 2", "Homework 3"])
    assert console_errors == []


def test_duplicate_edit_and_start_from_the_list(page, base_url):
    seed(page, base_url, [homework(1, note="Both sides.")])
    expect(page.locator("[data-own-note]")).to_have_text("Both sides.")
    page.get_by_role("button", name="Duplicate Homework 1").click()
    expect(page.locator("[data-own-title]")).to_have_text(["Homework 1", "Copy of Homework 1"])
    page.get_by_role("link", name="Edit Copy of Homework 1").click()
    expect(page.get_by_label("Name of the routine")).to_have_value("Copy of Homework 1")
    expect(page.locator("[data-steps] > li")).to_have_count(1)
    expect(page.locator("[data-steps] select[data-field=side]")).to_have_value("both")
    page.goto(base_url + "/routines/")
    page.get_by_role("link", name="Start Homework 1").click()
    expect(page.get_by_role("heading", level=1)).to_have_text("Homework 1")
    expect(page.locator("[data-total]")).to_contain_text("2 steps")


def test_the_list_says_when_saved_routines_are_damaged(page, base_url, console_errors):
    seed(page, base_url, [homework(1), {"id": "rbroken1", "steps": "x"}, "junk"])
    expect(page.locator("[data-own-list] > li")).to_have_count(1)
    expect(page.locator("[data-own-notes]")).to_contain_text("2 saved routines are damaged")
    assert console_errors == []


@pytest.mark.parametrize("query, note", [
    ("?own=rnothere", "not on this device"),
    ("?own=__proto__", "not on this device"),
    ("?own=rbroken1", "damaged"),
])
def test_the_timer_says_when_an_own_routine_cannot_run_and_still_works(
        page, base_url, console_errors, query, note):
    seed(page, base_url, [{"id": "rbroken1", "title": "x", "steps": []}])
    open_timer(page, base_url + "/timer" + query)
    expect(page.locator("[data-notes]")).to_contain_text(note)
    start_timer(page)
    page.clock.run_for(2_000)
    expect(page.get_by_role("timer")).to_have_text("0:43")
    assert console_errors == []


def test_a_session_of_an_own_routine_comes_back_after_a_reload(page, base_url):
    seed(page, base_url, [homework(1)])
    open_timer(page, base_url + "/timer?own=rhomework1")
    start_timer(page)
    page.clock.run_for(5_000)
    page.reload()
    page.clock.run_for(1_000)
    expect(page.get_by_role("heading", level=1)).to_have_text("Homework 1")
    expect(page.locator("[data-notes]")).to_contain_text("back where you left it")


def test_a_shared_link_opens_saves_and_runs_offline_once_installed(browser, start_server):
    server = start_server()
    context = browser.new_context(**PHONE)
    try:
        page = context.new_page()
        page.goto(server.url + "/")
        wait_until_controlled(page)
        server.stop()
        page.goto(server.url + "/routines/shared#v=1&t=Offline%20calf&r=5&s=soleus.b.h30")
        expect(page.locator("[data-shared-title]")).to_have_text("Offline calf")
        page.get_by_role("button", name="Save to my routines").click()
        page.get_by_role("link", name="Start it").click()
        expect(page.get_by_role("heading", level=1)).to_have_text("Offline calf")
        page.goto(server.url + "/routines/")
        expect(page.locator("[data-own-title]")).to_have_text(["Offline calf"])
        page.get_by_role("link", name="Share Offline calf").click()
        page.get_by_role("button", name="Show QR code").click()
        expect(page.get_by_role("img", name="QR code of the link to Offline calf")).to_be_visible()
    finally:
        context.close()


def test_share_uses_the_share_sheet_where_there_is_one(page, base_url):
    page.add_init_script("""navigator.share = (data) => {
        window.sharedData = data; return Promise.resolve(); };""")
    seed(page, base_url, [homework(1)])
    page.goto(base_url + "/routines/share?id=rhomework1")
    page.get_by_role("button", name="Share…").click()
    wait_until(page, "window.sharedData !== undefined")
    shared = page.evaluate("window.sharedData")
    assert shared["title"] == "Homework 1"
    assert shared["url"] == page.get_by_label("The link").input_value()
    assert "/routines/shared#v=1&t=Homework+1&r=5&s=upper-trapezius.b.h20" in shared["url"]


def test_copy_falls_back_to_a_selected_field_when_the_clipboard_is_refused(page, base_url):
    page.add_init_script("""Object.defineProperty(navigator, 'clipboard', { value: {
        writeText: () => Promise.reject(new DOMException('no', 'NotAllowedError')) } });""")
    seed(page, base_url, [homework(1)])
    page.goto(base_url + "/routines/share?id=rhomework1")
    page.get_by_role("button", name="Copy link").click()
    expect(page.locator("[data-share-status]")).to_contain_text("the link below is selected")
    field = page.get_by_label("The link")
    expect(field).to_be_focused()
    assert page.evaluate("window.getSelection().toString() || "
                         "document.activeElement.value.slice("
                         "document.activeElement.selectionStart, "
                         "document.activeElement.selectionEnd)") == field.input_value()


def test_sharing_a_routine_that_is_not_here_says_so(page, base_url, console_errors):
    page.goto(base_url + "/routines/share?id=__proto__")
    expect(page.locator("[data-share-missing]")).to_be_visible()
    expect(page.locator("[data-share-ready]")).to_be_hidden()
    assert console_errors == []


@pytest.mark.parametrize("path", [
    "/routines/", "/routines/new?id=rhomework1", "/routines/share?id=rhomework1",
    "/routines/shared#v=1&t=Homework&o=Twice%20a%20day&s=soleus.b.h30",
    "/timer?own=rhomework1"])
def test_own_routine_pages_fit_320px_at_200_percent_text(page, base_url, path):
    seed(page, base_url, [homework(1, note="A note " * 30)])
    page.set_viewport_size({"width": 320, "height": 720})
    page.goto(base_url + path)
    page.evaluate("document.documentElement.style.fontSize = '200%'")
    if "share?" in path:
        page.get_by_role("button", name="Show QR code").click()
    overflow = page.evaluate(
        "document.documentElement.scrollWidth - document.documentElement.clientWidth")
    assert overflow <= 0, f"{path} scrolls sideways by {overflow}px"

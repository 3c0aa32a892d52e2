"""Coming back: the home page's "Continue", starred muscles and routines, and the muscles viewed
last, all from this device's storage, drawn after the first paint below the finder."""

import json

import pytest
from playwright.sync_api import expect

from tests.conftest import PHONE, wait_until_controlled

SHORTCUTS = "[data-keep]"


def seed(page, base_url, values):
    """Open the site once, write `values` (key → raw string) to localStorage."""
    page.goto(base_url + "/offline")
    page.evaluate("(values) => { for (const [k, v] of Object.entries(values)) "
                  "localStorage.setItem(k, v); }", values)


def entry(**fields):
    return {"id": "e1", "date": "2026-11-03T08:00:00.000Z", "kind": "routine", "slug": "jaw",
            "title": "Jaw and temples", "seconds": 300, "points": 4, "painBefore": 5,
            "painAfter": None, "note": "", **fields}


def routine_title(page, slug):
    return page.evaluate(f"fetch('/timer-data.json').then(r => r.json())"
                         f".then(d => d.routines['{slug}'].title)")


def open_home(page, base_url):
    page.goto(base_url + "/")
    page.wait_for_load_state("load")


def test_a_first_visit_shows_no_shortcuts_and_no_empty_words(page, base_url, console_errors):
    open_home(page, base_url)
    page.wait_for_timeout(300)
    expect(page.locator(SHORTCUTS)).to_be_hidden()
    assert console_errors == []


def test_a_star_is_a_pressed_button_kept_on_reload_and_shown_at_home(page, base_url,
                                                                     console_errors):
    page.goto(base_url + "/muscles/soleus")
    star = page.get_by_role("button", name="Star this muscle")
    expect(star).to_have_attribute("aria-pressed", "false")
    star.click()
    expect(star).to_have_attribute("aria-pressed", "true")
    page.reload()
    expect(page.get_by_role("button", name="Star this muscle")).to_have_attribute(
        "aria-pressed", "true")

    page.goto(base_url + "/routines/jaw")
    page.get_by_role("button", name="Star this routine").click()
    title = page.locator("h1").inner_text()

    open_home(page, base_url)
    starred = page.locator("[data-keep-starred] a")
    expect(starred).to_have_text([title, "Soleus"])
    assert starred.nth(1).get_attribute("href") == "/muscles/soleus"
    assert starred.nth(0).get_attribute("href") == "/routines/jaw"

    page.goto(base_url + "/muscles/soleus")
    page.get_by_role("button", name="Star this muscle").click()  # unstar
    open_home(page, base_url)
    expect(page.locator("[data-keep-starred] a")).to_have_text([title])
    assert console_errors == []


def test_recently_viewed_muscles_newest_first_without_repeats(page, base_url):
    for slug in ["soleus", "masseter", "soleus", "upper-trapezius"]:
        page.goto(f"{base_url}/muscles/{slug}")
        page.wait_for_load_state("load")
    open_home(page, base_url)
    names = [page.evaluate(f"""fetch('/timer-data.json').then(r => r.json())
             .then(d => d.muscles['{slug}'].name)""")
             for slug in ["upper-trapezius", "soleus", "masseter"]]
    expect(page.locator("[data-keep-recent] a")).to_have_text(names)
    expect(page.locator("[data-keep-starred]")).to_be_hidden()


def test_continue_opens_the_last_routine_in_the_diary(page, base_url):
    older = entry(id="e0", date="2026-11-01T08:00:00.000Z", slug="neck-shoulders")
    seed(page, base_url, {"tpg.history.v1": json.dumps([older, entry()])})
    open_home(page, base_url)
    title = routine_title(page, "jaw")
    link = page.get_by_role("link", name=f"Continue: {title}")
    expect(link).to_be_visible()
    link.click()
    expect(page).to_have_url(base_url + "/timer?routine=jaw")


def test_continue_finds_an_own_routine_by_its_name(page, base_url):
    routine = {"id": "rabcd", "title": "Desk homework", "note": "", "rest": 10, "updated": 1,
               "steps": [{"muscle": "soleus", "side": "left", "mode": "hold", "seconds": 30}]}
    seed(page, base_url, {
        "tpg.routines.v1": json.dumps([routine]),
        "tpg.history.v1": json.dumps([entry(slug=None, title="Desk homework")]),
    })
    open_home(page, base_url)
    link = page.get_by_role("link", name="Continue: Desk homework")
    expect(link).to_have_attribute("href", "/timer?own=rabcd")


def test_a_session_in_progress_comes_first(page, base_url):
    running = {"v": 1, "id": "s1", "source": {"kind": "routine", "slug": "jaw"},
               "savedAt": 0, "session": {}}
    seed(page, base_url, {"tpg.history.v1": json.dumps([entry(slug="neck-shoulders")])})
    page.evaluate("(r) => localStorage.setItem('tpg.timer.running.v1', "
                  "JSON.stringify({...r, savedAt: Date.now()}))", running)
    open_home(page, base_url)
    expect(page.locator("[data-keep-continue]")).to_have_attribute("href", "/timer")
    expect(page.locator("[data-keep-title]")).to_have_text(routine_title(page, "jaw"))


@pytest.mark.parametrize("raw", ["{not json", "null", "42", '"soleus"', '{"__proto__": ["x"]}',
                                 '{"muscles": "soleus", "routines": [1, {}, "../x", "nope-"]}',
                                 json.dumps({"muscles": ["constructor", "no-such-muscle"]})])
def test_damaged_storage_never_throws_and_shows_nothing(page, base_url, console_errors, raw):
    seed(page, base_url, {"tpg.starred.v1": raw, "tpg.recent-muscles.v1": raw,
                          "tpg.history.v1": raw})
    open_home(page, base_url)
    page.wait_for_timeout(500)
    expect(page.locator(SHORTCUTS)).to_be_hidden()
    page.goto(base_url + "/muscles/soleus")
    star = page.get_by_role("button", name="Star this muscle")
    star.click()
    expect(star).to_have_attribute("aria-pressed", "true")
    assert console_errors == []


def finder_top(page):
    return page.locator("#home-q").bounding_box()["y"]


@pytest.mark.parametrize("size", [(412, 915, "100%", "#home-q", 0),
                                  (320, 720, "200%", "#where-heading", 80)])
def test_where_does_it_hurt_stays_in_the_first_screen_and_never_moves(page, base_url, size):
    """The finder in the first screen (at 200% text its heading's first line, 4 rem lower than
    at 100%), not moved by the shortcuts when they appear."""
    width, height, text, first_screen, shown = size
    seed(page, base_url, {"tpg.starred.v1": json.dumps({"muscles": ["soleus", "masseter"]}),
                          "tpg.recent-muscles.v1": json.dumps(["soleus"]),
                          "tpg.history.v1": json.dumps([entry()]),
                          "tpg.offline-ready-shown.v1": "true"})
    page.set_viewport_size({"width": width, "height": height})
    page.add_init_script(f"""document.addEventListener('DOMContentLoaded', () => {{
        document.documentElement.style.fontSize = '{text}'; }});""")
    page.goto(base_url + "/")
    before = finder_top(page)
    expect(page.locator("[data-keep-starred] a")).to_have_count(2)
    assert finder_top(page) == before
    box = page.locator(first_screen).bounding_box()
    assert box["y"] >= 0 and box["y"] + (shown or box["height"]) <= height


def test_shortcuts_show_offline_once_installed(browser, start_server):
    server = start_server()
    context = browser.new_context(**PHONE)
    try:
        page = context.new_page()
        page.goto(server.url + "/muscles/masseter")
        page.get_by_role("button", name="Star this muscle").click()
        page.goto(server.url + "/")
        wait_until_controlled(page)
        server.stop()
        page.reload()
        expect(page.locator("[data-keep-starred] a")).to_have_text(["Masseter"])
        expect(page.locator("[data-keep-recent] a")).to_have_text(["Masseter"])
    finally:
        context.close()

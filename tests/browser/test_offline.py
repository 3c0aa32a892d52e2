"""Installed once, the app keeps working with the server gone."""

import pytest
from playwright.sync_api import expect

from pwa.build_tools.precache import html_page_urls
from tests.conftest import (
    NO_FIRST_VISIT_NOTE,
    WITH_WORKER,
    expect_first_sentence_only,
    open_timer,
    set_text_size,
    start_timer,
    wait_until,
    wait_until_controlled,
)


@pytest.fixture
def offline_page(browser, start_server):
    """A phone page that visited a server once; then the server process is stopped."""
    from tests.conftest import PHONE

    server = start_server()
    context = browser.new_context(**PHONE)
    page = context.new_page()
    page.goto(server.url + "/")
    wait_until_controlled(page)
    server.stop()
    yield page, server.url
    context.close()


@WITH_WORKER
def test_worker_controls_the_page_after_the_first_visit(page, base_url):
    page.goto(base_url + "/")
    wait_until_controlled(page)
    assert page.evaluate("navigator.serviceWorker.controller.scriptURL").endswith("/sw.js")


def test_every_page_loads_offline_with_its_own_content(offline_page, app):
    page, url = offline_page
    # Each composed by the worker from the cached shell and the page's part (pwa/shell_parts.py).
    pages = html_page_urls(app)
    for path in pages:
        response = page.goto(url + path)
        assert response.ok, path
        expect(page.get_by_role("heading", level=1)).to_be_visible()
    assert len(pages) > 80


def test_queries_map_to_their_cached_pages(offline_page):
    page, url = offline_page
    page.goto(url + "/search?q=heel+hurts+when+I+get+up")
    expect(page.get_by_role("link", name="Soleus")).to_be_visible()
    page.goto(url + "/timer?hold=60&rest=10&rounds=3")
    expect(page.get_by_role("timer")).to_have_text("1:00")


def test_search_answers_as_you_type_offline(offline_page):
    page, url = offline_page
    page.goto(url + "/search")
    page.get_by_role("searchbox").fill("thumb aches when I type")
    expect(page.get_by_role("heading", name="Muscles worth checking")).to_be_visible()


def test_the_timer_runs_offline(offline_page):
    page, url = offline_page
    open_timer(page, url + "/timer?hold=30&rest=5&rounds=1&sides=one")
    start_timer(page)
    page.clock.run_for(1500)
    expect(page.get_by_role("timer")).to_have_text("0:29")


def test_a_page_never_visited_shows_the_offline_page(offline_page):
    page, url = offline_page
    page.goto(url + "/not-cached-anywhere")
    expect(page.get_by_role("heading", name="You're offline")).to_be_visible()


@WITH_WORKER
def test_a_page_the_worker_has_not_claimed_asks_to_be(page, base_url):
    page.goto(base_url + "/")
    wait_until_controlled(page)
    # A reload past the worker leaves the page without one, as a page still loading when the
    # worker activated is missed by its claim: the page asks, and its requests go offline too.
    with page.expect_navigation():
        page.context.new_cdp_session(page).send("Page.reload", {"ignoreCache": True})
    wait_until_controlled(page, timeout=15)


def test_ready_to_use_offline_is_said_once(browser, live_server):
    from tests.conftest import PHONE

    context = browser.new_context(**PHONE)
    page = context.new_page()
    page.goto(live_server.url + "/")
    note = page.get_by_role("status").get_by_text("Ready to use offline.")
    # The whole precache first: a server rendering each page for the first time, on a busy
    # machine, can take a while.
    wait_until_controlled(page)
    expect(note).to_be_visible()
    page.get_by_role("button", name="OK").click()
    expect(note).to_be_hidden()
    page.reload()
    wait_until_controlled(page)
    page.goto(live_server.url + "/guide/")
    wait_until_controlled(page)
    # The page marks itself ready offline once it has decided about the note.
    wait_until(page, "document.documentElement.dataset.offlineReady === 'true'")
    expect(note).to_be_hidden()
    context.close()


def test_offline_state_shows_while_the_connection_is_gone(browser, live_server):
    from tests.conftest import PHONE

    context = browser.new_context(**PHONE)
    page = context.new_page()
    page.goto(live_server.url + "/map")
    wait_until_controlled(page)
    offline = page.get_by_role("status").get_by_text(
        "You're offline. Everything in the app still works.")
    expect(offline).to_be_hidden()
    context.set_offline(True)
    expect(offline).to_be_visible()
    page.goto(live_server.url + "/timer")
    expect(offline).to_be_visible()
    context.set_offline(False)
    expect(offline).to_be_hidden()
    context.close()


def test_search_asks_a_place_in_full_offline(offline_page):
    page, url = offline_page
    page.goto(url + "/search")
    page.get_by_role("searchbox").fill("my back has ached for a few weeks")
    asked = page.locator("[data-results] [data-ask='low-back']")
    expect(asked.get_by_role("button", name="None of these")).to_be_visible()
    assert asked.locator("summary").count() >= 5


@pytest.mark.parametrize("size", [(412, 915, 1, True), (320, 568, 2, False)])
def test_offline_line_keeps_to_one_sentence_on_a_narrow_large_text_screen(browser, live_server,
                                                                           size):
    """Offline, at 320 px with 200% text, the line says only "You're offline." (its reassurance
    would push every page's heading down); at 412 px it says the whole app still works."""
    width, height, scale, detail = size
    context = browser.new_context(viewport={"width": width, "height": height})
    page = context.new_page()
    page.add_init_script(NO_FIRST_VISIT_NOTE)
    set_text_size(page, scale)
    page.goto(live_server.url + "/map")
    wait_until_controlled(page)
    context.set_offline(True)
    expect_first_sentence_only(page, page.locator("[data-connection]"), "You're offline.",
                               "Everything in the app still works.", detail, height)
    context.close()


def test_offline_before_the_app_is_saved_always_says_what_will_not_work(browser, live_server):
    """Before a worker controls the page, the line's second sentence is a warning, not
    reassurance: it shows even on a narrow large-text screen."""
    context = browser.new_context(viewport={"width": 320, "height": 568},
                                  service_workers="block")
    page = context.new_page()
    set_text_size(page, 2)
    page.goto(live_server.url + "/map")
    context.set_offline(True)
    line = page.locator("[data-connection]")
    expect(line).to_have_text(
        "You're offline. This page still works; others need a connection until the app has "
        "saved itself.")
    expect(line.get_by_text("others need a connection")).to_be_visible()
    context.close()

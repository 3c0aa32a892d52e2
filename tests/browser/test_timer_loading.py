"""The timer's pages load their data (/timer-data.json) and the timer its session module after
the first paint: a tap that comes first still works, and a file that never comes is said."""

import re

import pytest
from playwright.sync_api import expect

from tests.conftest import PHONE

pytestmark = pytest.mark.browser

DATA = re.compile(r".*/timer-data\.json$")
RUN_MODULE = re.compile(r".*/static/gen/timer-run\.[0-9a-f]+\.js$")
LINK = "/routines/shared#v=1&t=Neck&r=10&s=upper-trapezius.left.h30"


@pytest.fixture
def fresh(browser):
    """A phone with no service worker, so every request meets the test's routes."""
    context = browser.new_context(**PHONE, service_workers="block")
    yield context.new_page()
    context.close()


@pytest.mark.parametrize(("path", "note"), [
    ("/timer?muscle=soleus", "[data-notes]"),
    ("/routines/new", "[data-notes]"),
    (LINK, "[data-shared-error]"),
])
def test_a_page_without_its_data_says_so_and_offers_nothing_wrong(fresh, base_url, path, note):
    fresh.route(DATA, lambda route: route.abort())
    fresh.goto(base_url + path)
    expect(fresh.locator(note)).to_contain_text("The list of muscles could not load")
    if path.startswith("/routines/shared"):
        expect(fresh.locator("[data-shared-preview]")).to_be_hidden()
    if path == "/routines/new":
        expect(fresh.locator("[data-builder-form]")).to_be_hidden()


def test_without_its_session_module_the_timer_still_shows_the_preset_and_says_so(fresh, base_url):
    fresh.route(RUN_MODULE, lambda route: route.abort())
    fresh.goto(base_url + "/timer?muscle=soleus")
    expect(fresh.get_by_role("heading", level=1)).to_have_text("Timer: Soleus")
    expect(fresh.locator("[data-cautions]")).to_contain_text("Clot")
    expect(fresh.locator("[data-notes]")).to_contain_text("The timer could not finish loading")


def test_start_tapped_before_the_session_module_arrives_starts_once_it_does(
        fresh, base_url, console_errors):
    held = []
    fresh.route(RUN_MODULE, lambda route: held.append(route))
    fresh.on("console", lambda m: console_errors.append(m.text) if m.type == "error" else None)
    fresh.goto(base_url + "/timer?hold=30&sides=one", wait_until="domcontentloaded")
    expect(fresh.get_by_role("timer")).to_have_text("0:30")  # drawn from the data alone
    fresh.get_by_role("button", name="Start").click()
    assert held, "the session module was asked for"
    expect(fresh.get_by_role("button", name="Pause")).to_be_hidden()
    held[0].continue_()
    expect(fresh.get_by_role("button", name="Pause")).to_be_visible()
    expect(fresh.get_by_role("timer")).not_to_have_text("0:30", timeout=5000)
    assert console_errors == []


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
        "href", "/guide/safety#see-a-doctor-soon")
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
    expect(page.get_by_role("alert")).to_contain_text("call your local emergency number now")
    box.fill("neck pain")
    expect(page.locator("[data-red-flags-output] > *")).to_have_count(0)


def test_a_region_page_shows_its_warnings_before_any_muscle(page, base_url):
    page.goto(base_url + "/map/chest")
    heart = page.locator("#red-flag-heart").locator("..")
    expect(heart).to_contain_text("Emergency")
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
    expect(page.get_by_role("alert")).to_contain_text("Numbness between the legs")


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

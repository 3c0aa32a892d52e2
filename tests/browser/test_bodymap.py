"""The body map on a phone: one side at a time, large enough to tap, and the right side first."""

import pytest
from playwright.sync_api import expect


def test_front_first_then_back_with_one_tap(page, base_url, console_errors):
    page.goto(base_url + "/map")
    front, back = page.locator('[data-figure="front"]'), page.locator('[data-figure="back"]')
    expect(front).to_be_visible()
    expect(back).to_be_hidden()
    page.get_by_role("button", name="Back").click()
    expect(back).to_be_visible()
    expect(front).to_be_hidden()
    # The figure fills the phone's width far more than two side-by-side figures could.
    assert back.bounding_box()["height"] > 0.6 * page.viewport_size["height"]
    calves = back.get_by_role("link", name="Calves")
    box = calves.bounding_box()  # both calves: tap the left one, not the gap between the legs
    calves.click(position={"x": box["width"] * 0.2, "y": box["height"] / 2})
    expect(page.get_by_role("heading", level=1)).to_have_text("Calves")
    assert console_errors == []


def test_a_region_on_the_back_only_opens_the_back(page, base_url):
    page.goto(base_url + "/map/low-back")
    expect(page.locator('[data-figure="back"]')).to_be_visible()
    expect(page.get_by_role("button", name="Back")).to_have_attribute("aria-pressed", "true")


def test_without_javascript_both_sides_show(browser, base_url):
    from tests.conftest import PHONE

    context = browser.new_context(**PHONE, java_script_enabled=False)
    page = context.new_page()
    page.goto(base_url + "/map")
    expect(page.locator('[data-figure="front"]')).to_be_visible()
    expect(page.locator('[data-figure="back"]')).to_be_visible()
    expect(page.locator("[data-view-switch]")).to_be_hidden()
    context.close()


def test_thin_regions_get_a_wider_tap_area(page, base_url):
    # A thumb landing 10 px above or below the narrow ankle band still opens Ankles.
    for dy in (-10, 10):
        page.goto(base_url + "/map")
        ankles = page.locator('[data-figure="front"] a[aria-label="Ankles"]')
        ankles.evaluate("el => el.scrollIntoView({block: 'center'})")  # clear of the tab bar
        box = ankles.bounding_box()
        page.mouse.click(box["x"] + box["width"] * 0.2, box["y"] + box["height"] / 2 + dy)
        expect(page).to_have_url(base_url + "/map/ankles")


HEAD_REGIONS = ["head", "forehead", "temple", "eye", "ear", "jaw", "back-of-head", "neck"]


def test_a_tap_on_the_head_shows_the_larger_head_view(page, base_url, console_errors):
    page.goto(base_url + "/map")
    head = page.locator('[data-figure="head"]')
    expect(head).to_be_hidden()
    page.locator('[data-figure="front"] a[data-show-view="head"]').tap()
    expect(head).to_be_visible()
    expect(page.locator('[data-figure="front"]')).to_be_hidden()
    expect(page.get_by_role("button", name="Head and face")).to_have_attribute(
        "aria-pressed", "true")
    assert console_errors == []


@pytest.mark.parametrize("region", HEAD_REGIONS)
def test_every_head_region_is_a_thumb_wide_and_opens_its_page(page, base_url, region):
    page.goto(base_url + "/map")
    page.get_by_role("button", name="Head and face").tap()
    link = page.locator(f'[data-figure="head"] a[href="/map/{region}"]')
    link.evaluate("el => el.scrollIntoView({block: 'center'})")  # clear of the tab bar
    box = link.bounding_box()
    assert box["width"] >= 48 and box["height"] >= 48, box
    link.tap()  # at the middle of the region: each is drawn so its middle lies inside it
    expect(page).to_have_url(f"{base_url}/map/{region}")
    # The head's regions open on the head view again, with the one chosen marked.
    expect(page.locator('[data-figure="head"]')).to_be_visible()
    expect(page.locator(f'[data-figure="head"] a[href="/map/{region}"]')).to_have_attribute(
        "aria-current", "page")

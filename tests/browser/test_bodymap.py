"""The body map on a phone: one side at a time, large enough to tap, and the right side first."""

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

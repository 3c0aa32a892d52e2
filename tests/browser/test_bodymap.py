"""The body map on a phone: one side at a time, large enough to tap, and the right side first."""

import re

import pytest
from playwright.sync_api import expect

from tests.browser.test_accessibility import violations_on
from tests.conftest import NO_FIRST_VISIT_NOTE, PHONE, wait_until

THUMB = 44  # px: the least a tap target may be at 412 px wide


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
    context = browser.new_context(**PHONE, java_script_enabled=False)
    page = context.new_page()
    page.goto(base_url + "/map")
    expect(page.locator('[data-figure="front"]')).to_be_visible()
    expect(page.locator('[data-figure="back"]')).to_be_visible()
    expect(page.locator("[data-view-switch]")).to_be_hidden()
    context.close()


def test_thin_regions_get_a_wider_tap_area(page, base_url):
    # A thumb landing 10 px above the narrow ankle band, or on it, still opens Ankles (below it
    # lies the foot's own square).
    for dy in (-10, 4):
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


def test_every_head_region_is_a_thumb_wide_and_opens_its_page(page, base_url):
    """Each region in turn, in one tab, as a person trying them one after another."""
    for region in HEAD_REGIONS:
        page.goto(base_url + "/map")
        page.get_by_role("button", name="Head and face").tap()
        link = page.locator(f'[data-figure="head"] a[href="/map/{region}"]')
        link.evaluate("el => el.scrollIntoView({block: 'center'})")  # clear of the tab bar
        box = link.bounding_box()
        assert box["width"] >= 48 and box["height"] >= 48, (region, box)
        link.tap()  # at the middle of the region: each is drawn so its middle lies inside it
        expect(page).to_have_url(f"{base_url}/map/{region}")
        # The head's regions open on the head view again, with the one chosen marked.
        expect(page.locator('[data-figure="head"]')).to_be_visible()
        expect(page.locator(f'[data-figure="head"] a[href="/map/{region}"]')).to_have_attribute(
            "aria-current", "page")


def _hits(page, x, y):
    return page.evaluate("([x, y]) => document.elementFromPoint(x, y)?.closest('a')"
                         "?.getAttribute('href')", [x, y])


@pytest.mark.parametrize("view", ["front", "back", "head"])
def test_every_target_on_the_map_is_a_thumb_wide_at_412_px(page, base_url, content, view):
    assert page.viewport_size["width"] == PHONE["viewport"]["width"] == 412
    page.add_init_script(NO_FIRST_VISIT_NOTE)  # nothing over the map
    page.goto(base_url + "/map")
    page.locator(f'[data-view-button="{view}"]').click()
    figure = page.locator(f'[data-figure="{view}"] svg')
    links = figure.locator(":scope > a")
    assert links.count() >= 8
    shape = content.body.views[view]
    figure.evaluate("el => el.scrollIntoView({block: 'center'})")  # clear of the tab bar
    # the squares are drawn from the sprite, which loads after the page
    wait_until(page, f"[...document.querySelectorAll('[data-figure={view}] use')]"
                     ".every((el) => el.getBBox().width > 0)")
    box = figure.bounding_box()
    scale = box["width"] / float((shape.viewbox or content.body.viewbox).split()[2])
    for index in range(links.count()):
        link = links.nth(index)
        href = link.get_attribute("href")
        region = href.rsplit("/", 1)[-1]
        if region in shape.taps:  # a square per side, each opening the region wherever tapped
            for x, y, size in (map(float, m) for m in
                               re.findall(r"M([\d.]+) ([\d.]+)h([\d.]+)", shape.taps[region])):
                left, top, side = box["x"] + x * scale, box["y"] + y * scale, size * scale
                assert side >= THUMB, (view, region, side)
                for dx in (2, side / 2, side - 2):
                    for dy in (2, side / 2, side - 2):
                        assert _hits(page, left + dx, top + dy) == href, (view, region, dx, dy)
        else:
            found = link.bounding_box()
            assert found["width"] >= THUMB and found["height"] >= THUMB, (view, href, found)


def test_each_region_lists_its_muscles_in_rank_order(page, base_url, content):
    for region in content.body.regions:
        if region.section:
            continue
        page.goto(base_url + f"/map/{region.id}")
        parts = [r for r in content.body.regions if r.section and r.part_of == region.id]
        for part in parts or [region]:
            scope = page.locator(f"section#{part.id}") if parts else page.locator("main")
            primary, secondary = content.muscles_for_region(part.id)
            listed = scope.locator('.cards .card-link[href^="/muscles/"]').evaluate_all(
                "els => els.map((el) => el.getAttribute('href').split('/').pop())")
            assert listed == [m.slug for m in primary + secondary], part.id
    # the heel's list starts with the soleus, the temple's with the upper trapezius
    page.goto(base_url + "/map/feet#heel")
    expect(page.locator("section#heel .card-title").first).to_have_text("Soleus")
    page.goto(base_url + "/map/temple")
    expect(page.locator(".card-title").first).to_have_text("Upper trapezius")


@pytest.mark.parametrize("path", ["/muscles/", "/map/feet", "/map/temple"])
def test_thumbnails_say_where_the_pain_goes_once(page, base_url, content, path):
    page.goto(base_url + path)
    thumbs = page.locator("svg.thumb")
    assert thumbs.count() >= 3
    first = thumbs.first
    first.scroll_into_view_if_needed()
    assert first.bounding_box()["width"] >= 64
    zone = first.locator("[data-referral]").bounding_box()
    assert zone and zone["width"] > 2 and zone["height"] > 2  # the pattern drawn, not just a body
    if path == "/muscles/":
        # an image named by where the pain goes, inside the muscle's link
        link = page.locator('a[href="/muscles/upper-trapezius"]')
        label = link.locator("svg.thumb").get_attribute("aria-label")
        assert link.locator("svg.thumb").get_attribute("role") == "img"
        assert label.startswith("Pain pattern: ") and "neck" in label, label
    else:
        # the card says it in words, so the picture is left out for screen readers
        assert thumbs.evaluate_all("els => els.every((el) => el.getAttribute('aria-hidden'))")


@pytest.mark.parametrize("path", ["/muscles/", "/map/feet"])
@pytest.mark.parametrize("scheme", ["light", "dark"])
def test_thumbnail_pages_stay_axe_clean(page, base_url, scheme, path):
    page.emulate_media(color_scheme=scheme)
    assert violations_on(page, base_url, [path]) == {}


def test_thumbnails_grow_with_200_percent_text_at_320_px(page, base_url):
    page.set_viewport_size({"width": 320, "height": 720})
    page.add_init_script(NO_FIRST_VISIT_NOTE)  # nothing over the map
    page.goto(base_url + "/muscles/")
    page.evaluate("document.documentElement.style.fontSize = '200%'")
    thumb = page.locator("svg.thumb").first
    title = page.locator(".link-title").first
    assert thumb.bounding_box()["width"] >= 120  # 4.5rem at twice the text size
    # the name wraps below the picture rather than squeezing beside it
    assert title.bounding_box()["y"] >= thumb.bounding_box()["y"] + thumb.bounding_box()["height"]
    assert page.evaluate("document.documentElement.scrollWidth") <= 320

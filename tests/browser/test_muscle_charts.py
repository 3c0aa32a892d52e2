"""A muscle page leads with its pain chart: on the first screen of a phone, under the name, and
still legible at 320 px with 200% text."""

import pytest

from tests.browser.test_accessibility import violations_on

MUSCLES = ["soleus", "upper-trapezius", "gluteus-minimus", "infraspinatus"]


@pytest.mark.parametrize("slug", MUSCLES)
def test_the_chart_is_on_the_first_screen_under_the_name(page, base_url, slug):
    page.goto(base_url + f"/muscles/{slug}")
    height = page.viewport_size["height"]
    name = page.get_by_role("heading", level=1).bounding_box()
    chart = page.locator(".muscle-figures figure").first.bounding_box()
    assert name["y"] < chart["y"]
    assert chart["y"] + chart["height"] <= height, "the first view is cut by the screen's edge"
    # the pattern itself is drawn and visible, not just the outline
    zone = page.locator('[data-referral="primary"]').first.bounding_box()
    assert zone and zone["width"] > 4 and zone["height"] > 4
    # cautions still come before any technique
    take_care = page.get_by_role("heading", name="Take care").bounding_box()
    treat = page.get_by_role("heading", name="How to treat it yourself").bounding_box()
    assert take_care["y"] < treat["y"]


def test_charts_fill_the_width_at_320_px_with_200_percent_text(page, base_url):
    page.set_viewport_size({"width": 320, "height": 720})
    page.goto(base_url + "/muscles/upper-trapezius")
    page.evaluate("document.documentElement.style.fontSize = '200%'")
    widths = page.locator(".muscle-figures figure svg").evaluate_all(
        "els => els.map((el) => el.getBoundingClientRect().width)")
    assert len(widths) == 3 and min(widths) >= 0.8 * 320  # one view a row, the page's width


@pytest.mark.parametrize("path", ["/muscles/upper-trapezius", "/muscles/soleus", "/map"])
@pytest.mark.parametrize("scheme", ["light", "dark"])
def test_charts_stay_axe_clean(page, base_url, scheme, path):
    page.emulate_media(color_scheme=scheme)
    assert violations_on(page, base_url, [path]) == {}


def test_the_timer_shows_a_picture_of_how_beside_the_step(page, base_url):
    page.goto(base_url + "/timer?muscle=soleus")
    picture = page.locator("[data-picture]")
    picture.wait_for(state="visible")
    href = picture.locator("use").get_attribute("href")
    assert href.endswith("#tool-ball-floor")  # soleus: ball under the calf first
    box = picture.bounding_box()
    assert box["width"] >= 48 and box["height"] >= 48

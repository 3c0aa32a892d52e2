"""Home's first screen: "Where does it hurt?" and its field are seen and reached without
scrolling, on a small phone with 200% text as on a large one, and the page keeps its title and
the app its name."""

import pytest
from playwright.sync_api import expect

from tests.conftest import wait_reached

pytestmark = pytest.mark.browser

# The part of the screen above the fixed tab bar (two rows of labels at large text).
ABOVE_TAB_BAR = """(el) => {
  const r = el.getBoundingClientRect();
  return r.top >= 0 && r.bottom <= document.querySelector('.tab-bar').getBoundingClientRect().top;
}"""


@pytest.mark.parametrize("scheme", ["light", "dark"])
@pytest.mark.parametrize("width, height, text", [(320, 568, "200%"), (412, 915, "100%")])
def test_where_does_it_hurt_and_its_field_are_in_the_first_screen(
        page, base_url, width, height, text, scheme):
    page.emulate_media(color_scheme=scheme)
    page.set_viewport_size({"width": width, "height": height})
    page.add_init_script(f"""document.addEventListener('DOMContentLoaded', () => {{
        document.documentElement.style.fontSize = '{text}'; }});""")
    page.goto(base_url + "/")

    heading = page.get_by_role("heading", name="Where does it hurt?", level=2)
    field = page.get_by_role("searchbox", name="Describe your pain")
    assert heading.evaluate(ABOVE_TAB_BAR), heading.bounding_box()
    assert field.evaluate(ABOVE_TAB_BAR), field.bounding_box()
    wait_reached(field)
    # Still the page's title for screen readers, and the app's name in the header.
    expect(page.get_by_role("heading", level=1)).to_have_text("Ease muscle knots yourself, safely")
    expect(page.locator(".site-header .brand")).to_have_text("Trigger Point Guide")
    expect(page.locator(".site-header .brand span")).to_be_visible()


@pytest.mark.parametrize("width, height, text", [(320, 568, "200%"), (320, 720, "200%"),
                                                 (412, 915, "100%")])
def test_after_an_emergency_the_call_is_in_the_first_screen_under_the_field(
        page, base_url, width, height, text):
    """At 200% text the heading and the field fill a small screen, and the call button came
    under the tab bar, a scroll away (twelfth session): the field moves up, the call follows."""
    page.set_viewport_size({"width": width, "height": height})
    page.add_init_script(f"""document.addEventListener('DOMContentLoaded', () => {{
        document.documentElement.style.fontSize = '{text}'; }});""")
    page.goto(base_url + "/")
    field = page.get_by_role("searchbox", name="Describe your pain")
    field.fill("crushing pain in my chest going down my left arm")
    call = page.get_by_role("link", name="112")
    expect(call).to_be_visible()
    page.wait_for_function(f"({ABOVE_TAB_BAR})(document.querySelector('[data-call-lead] a'))")
    assert field.evaluate(ABOVE_TAB_BAR), field.bounding_box()
    wait_reached(call)
    # Typing on does not move the page again.
    before = page.evaluate("scrollY")
    field.press("End")
    field.type(" and sweating")
    page.wait_for_timeout(400)
    assert page.evaluate("scrollY") == before

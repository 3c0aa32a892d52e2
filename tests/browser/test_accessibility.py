"""axe finds nothing on any page, in either theme; zoom and reduced motion are honoured."""

import pytest
from axe_playwright_python.sync_playwright import Axe

from pwa.build_tools.precache import html_page_urls
from tests.browser.test_history import PROGRESS, seed

EXTRA = ["/search?q=heel+hurts+when+I+get+up", "/search?q=worst+headache+of+my+life",
         "/search?q=zzzzqqq", "/no-such-page"]


def pages(app):
    return html_page_urls(app) + EXTRA


SHARES = 6  # every page is checked; the list is cut in shares so parallel runs can split it


@pytest.mark.parametrize("share", range(SHARES))
@pytest.mark.parametrize("scheme", ["light", "dark"])
def test_axe_finds_no_violations_on_any_page(page, base_url, app, scheme, share):
    page.emulate_media(color_scheme=scheme)
    axe = Axe()
    found = {}
    for path in pages(app)[share::SHARES]:
        page.goto(base_url + path)
        results = axe.run(page)
        violations = results.response["violations"]
        if violations:
            found[path] = [(v["id"], [n["target"] for n in v["nodes"]][:3]) for v in violations]
    assert found == {}


@pytest.mark.parametrize("scheme", ["light", "dark"])
def test_axe_finds_no_violations_in_the_history_chart(page, base_url, scheme):
    """The chart, its choice and its legend only show with rated sessions in storage."""
    page.emulate_media(color_scheme=scheme)
    seed(page, base_url, PROGRESS)
    page.locator("[data-chart] svg").wait_for()
    violations = Axe().run(page).response["violations"]
    assert [(v["id"], [n["target"] for n in v["nodes"]][:3]) for v in violations] == []


def test_text_zoom_200_percent_keeps_pages_usable(page, base_url):
    page.set_viewport_size({"width": 360, "height": 800})
    for path in ["/", "/guide/self-treatment", "/muscles/soleus", "/map", "/timer", "/search"]:
        page.goto(base_url + path)
        page.evaluate("document.documentElement.style.fontSize = '200%'")
        overflow = page.evaluate(
            "document.documentElement.scrollWidth - document.documentElement.clientWidth")
        assert overflow <= 0, f"{path} overflows by {overflow}px at 200% text"
        assert page.get_by_role("heading", level=1).is_visible()


def test_reduced_motion_turns_off_transitions(page, base_url):
    script = "getComputedStyle(document.querySelector('.button')).transitionDuration"
    page.goto(base_url + "/")
    assert page.evaluate(script).startswith("0.15s")
    page.emulate_media(reduced_motion="reduce")
    page.reload()
    assert page.evaluate(script).split(",")[0] in ("0s", "1e-05s")

"""axe finds nothing on any page, in either theme; zoom and reduced motion are honoured."""

import pytest
from axe_playwright_python.sync_playwright import Axe

from pwa.build_tools.precache import html_page_urls
from tests.browser.test_history import PROGRESS, seed

EXTRA = ["/search?q=heel+hurts+when+I+get+up", "/search?q=worst+headache+of+my+life",
         "/search?q=zzzzqqq", "/search?q=my+back+has+ached+for+a+few+weeks",
         "/search?q=my+3+year+old+refuses+to+walk+since+this+morning", "/no-such-page"]


def pages(app):
    return html_page_urls(app) + EXTRA


def one_page_of_each_kind(app, content):
    """The first page drawn by each template: a muscle, a region, a routine, a chapter stand
    for their kind, and every page that is one of a kind stands for itself."""
    items = {*content.muscles, *content.routines, *(c.slug for c in content.chapters),
             *(r.id for r in content.body.regions)}
    seen = {}
    for path in pages(app):
        head, _, tail = path.partition("?")[0].rstrip("/").rpartition("/")
        kind = f"{head}/*" if head and tail in items else path
        seen.setdefault(kind, path)
    return list(seen.values())


def violations_on(page, base_url, paths):
    axe = Axe()
    found = {}
    for path in paths:
        page.goto(base_url + path)
        violations = axe.run(page).response["violations"]
        if violations:
            found[path] = [(v["id"], [n["target"] for n in v["nodes"]][:3]) for v in violations]
    return found


SHARES = 4  # every page is checked; the list is cut in shares so parallel runs can split it


@pytest.mark.parametrize("share", range(SHARES))
def test_axe_finds_no_violations_on_any_page(page, base_url, app, share):
    """Every page in the light theme: what a page says (its headings, links, figures) can
    break a rule on that page alone."""
    page.emulate_media(color_scheme="light")
    assert violations_on(page, base_url, pages(app)[share::SHARES]) == {}


def test_axe_finds_no_violations_in_the_dark_theme(page, base_url, app, content):
    """The dark theme changes colours only, which each template's stylesheet sets: one page of
    each kind (the muscle, region, routine and chapter pages share their template)."""
    kinds = [*one_page_of_each_kind(app, content), "/guide/safety"]  # all three warning levels
    assert {"/muscles/abdominals", "/map/abdomen", "/timer", "/search?q=zzzzqqq"} <= set(kinds)
    assert len(kinds) < len(pages(app)) / 3
    page.emulate_media(color_scheme="dark")
    assert violations_on(page, base_url, kinds) == {}


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

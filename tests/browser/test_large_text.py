"""At 320 px with 200% text every page still fits: nothing scrolls sideways, no control sits off
screen, every tab stays reachable and named, and the timer's digits stay inside the ring."""

from urllib.parse import quote

import pytest

from tests.browser.test_history import PROGRESS, larger_text_redraws_the_chart, seed
from tests.conftest import set_text_size

PAGES = ["/", "/guide/", "/guide/self-treatment", "/muscles/", "/muscles/soleus", "/map",
         "/map/head", "/routines/", "/routines/jaw", "/timer", "/timer?routine=jaw",
         "/history", "/search?q=heel+hurts+when+I+get+up"]

# Controls whose box reaches past either edge of the screen (visible ones only).
OFF_SCREEN = """() => [...document.querySelectorAll('a, button, input, select, textarea, summary')]
  .filter((el) => el.offsetParent !== null || getComputedStyle(el).position === 'fixed')
  .filter((el) => !el.closest('.visually-hidden, .skip-link'))
  .map((el) => [el, el.getBoundingClientRect()])
  .filter(([, r]) => r.width > 0 && (r.left < -1 || r.right > innerWidth + 1))
  .map(([el, r]) => `${el.tagName} "${(el.textContent || el.name || '').trim().slice(0, 30)}" `
                    + `${Math.round(r.left)}..${Math.round(r.right)}`)"""


def test_every_page_fits_320px_at_200_percent_text(page, base_url):
    """Each page in turn, in one tab; what does not fit is listed page by page."""
    page.set_viewport_size({"width": 320, "height": 720})
    faults = {}
    for path in PAGES:
        page.goto(base_url + path)
        page.evaluate("document.documentElement.style.fontSize = '200%'")
        overflow = page.evaluate(
            "document.documentElement.scrollWidth - document.documentElement.clientWidth")
        found = [f"scrolls sideways by {overflow}px"] if overflow > 0 else []
        found += page.evaluate(OFF_SCREEN)
        if not page.locator(".brand span").evaluate("el => el.scrollWidth <= el.clientWidth"):
            found.append("the app's name is cut")
        if found:
            faults[path] = found
    assert faults == {}


def test_history_with_its_chart_fits_320px_at_200_percent_text(page, base_url):
    page.set_viewport_size({"width": 320, "height": 720})
    seed(page, base_url, PROGRESS)
    page.locator("[data-chart] svg").wait_for()
    # The chart is drawn again at the new text size, as wide as it is shown.
    larger_text_redraws_the_chart(page)
    overflow = page.evaluate(
        "document.documentElement.scrollWidth - document.documentElement.clientWidth")
    assert overflow <= 0, f"/history scrolls sideways by {overflow}px"
    assert page.evaluate(OFF_SCREEN) == []
    chart = page.locator("[data-chart] svg").bounding_box()
    assert chart["x"] >= 0 and chart["x"] + chart["width"] <= 320


def test_every_tab_is_reachable_and_named_at_200_percent_text(page, base_url):
    page.set_viewport_size({"width": 320, "height": 720})
    page.goto(base_url + "/history")
    page.evaluate("document.documentElement.style.fontSize = '200%'")
    tabs = page.locator(".tab-bar a")
    names = ["Guide", "Muscles", "Body map", "Timer", "History", "Search"]
    assert tabs.count() == len(names)
    for index, name in enumerate(names):
        tab = page.get_by_role("link", name=name, exact=True).and_(tabs.nth(index))
        box = tab.bounding_box()
        assert box and box["x"] >= 0 and box["x"] + box["width"] <= 320, name
        assert box["width"] >= 48 and box["height"] >= 48, f"{name} is too small to tap"
    # The labels stay on screen, whole (two rows of tabs if need be), never icons alone.
    labels = page.evaluate("""() => [...document.querySelectorAll('.tab-bar .tab-label')]
        .map((label) => [label.textContent, label.getBoundingClientRect().width > 10
                         && label.scrollWidth <= label.clientWidth + 1])""")
    assert labels == [[name, True] for name in names]
    assert page.locator('.tab-bar a[aria-current="page"]').inner_text() == "History"


# Words of the tab labels that are split over two lines ("Muscle / s").
BROKEN_WORDS = """() => [...document.querySelectorAll('.tab-bar .tab-label')].flatMap((label) => {
  const text = label.firstChild, broken = [];
  for (const match of text.textContent.matchAll(/\\S+/g)) {
    const range = document.createRange();
    range.setStart(text, match.index);
    range.setEnd(text, match.index + match[0].length);
    const lines = new Set([...range.getClientRects()].map((r) => Math.round(r.top)));
    if (lines.size > 1) broken.push(match[0]);
  }
  return broken;
})"""




# Words of a warning's title split over two lines although a line of the heading holds them
# whole: the title given less than the heading's width.
SQUEEZED_TITLE_WORDS = """() => [...document.querySelectorAll('.red-flag [data-slot=title]')]
  .filter((title) => title.offsetParent !== null).flatMap((title) => {
    const heading = title.closest('h2, h3'), text = title.firstChild, squeezed = [];
    for (const match of text.textContent.matchAll(/\\S+/g)) {
      const range = document.createRange();
      range.setStart(text, match.index);
      range.setEnd(text, match.index + match[0].length);
      if (new Set([...range.getClientRects()].map((r) => Math.round(r.top))).size < 2) continue;
      const probe = heading.appendChild(document.createElement('span'));
      probe.style.whiteSpace = 'nowrap';
      probe.textContent = match[0];
      if (probe.getBoundingClientRect().width <= heading.clientWidth) squeezed.push(match[0]);
      probe.remove();
    }
    return squeezed;
  })"""


def test_no_warning_title_breaks_a_word_its_heading_could_hold_at_200_percent_text(page,
                                                                                   base_url):
    """A warning's title beside its icon had a column of its own, narrower than the heading, at
    320 px with 200% text: "headache", which a line of the heading holds, broke in two."""
    page.set_viewport_size({"width": 320, "height": 720})
    set_text_size(page, 2)
    query = quote("gave birth 5 days ago, bad headache, flashing lights")
    page.goto(f"{base_url}/search?q={query}")
    assert "headache" in page.locator(".red-flag [data-slot=title]").first.inner_text()
    assert page.evaluate(SQUEEZED_TITLE_WORDS) == []


@pytest.mark.parametrize("path", ["/muscles/", "/map", "/history"])
def test_no_tab_label_breaks_inside_a_word_at_200_percent_text(page, base_url, path):
    """The current tab's label is bold, so wider: it is the one that used to break."""
    page.set_viewport_size({"width": 320, "height": 720})
    page.goto(base_url + path)
    page.evaluate("document.documentElement.style.fontSize = '200%'")
    assert page.evaluate(BROKEN_WORDS) == []


def test_tab_labels_show_at_ordinary_text_size(page, base_url):
    page.set_viewport_size({"width": 320, "height": 720})
    page.goto(base_url + "/")
    assert page.locator(".tab-bar .tab-label").first.is_visible()


def test_timer_digits_fit_inside_the_ring_at_any_text_size(page, base_url):
    page.set_viewport_size({"width": 320, "height": 720})
    page.goto(base_url + "/timer?hold=45")
    for size in ["100%", "200%", "300%"]:
        page.evaluate(f"document.documentElement.style.fontSize = '{size}'")
        ring = page.locator(".timer-ring").bounding_box()
        digits = page.evaluate("""() => {
            const range = document.createRange();
            range.selectNodeContents(document.querySelector('[data-time]'));
            const r = range.getBoundingClientRect();
            return {x: r.x, y: r.y, width: r.width, height: r.height};
        }""")
        # The digits sit inside the circle's inner square (side = diameter / sqrt 2).
        inner = ring["width"] / 2 ** 0.5
        assert digits["width"] <= inner, f"digits {digits['width']}px wide at {size}"
        centre = ring["x"] + ring["width"] / 2
        assert abs(digits["x"] + digits["width"] / 2 - centre) < 2

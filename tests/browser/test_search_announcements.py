"""What a screen reader hears while a query is typed: a short count, each warning once.

An init script logs every change to a live region (anything under [aria-live], role=status,
role=alert or role=log) as one announcement per region per batch of DOM changes, with the text
that was added, which is what a screen reader reads out.
"""

import re
import time

import pytest

LOGGER = """
(() => {
  window.announced = [];
  const LIVE = '[aria-live]:not([aria-live="off"]), [role="status"], [role="alert"], [role="log"]';
  const regionOf = (node) => {
    const element = node.nodeType === 1 ? node : node.parentElement;
    return element ? element.closest(LIVE) : null;
  };
  const politeness = (region) => region.getAttribute('aria-live')
    || (region.getAttribute('role') === 'alert' ? 'assertive' : 'polite');
  const start = () => new MutationObserver((mutations) => {
    const batch = new Map();
    for (const m of mutations) {
      const added = m.type === 'characterData' ? [m.target] : [...m.addedNodes];
      for (const node of added) {
        // An alert inserted whole is announced whole, even inside no live region.
        const own = node.nodeType === 1 && node.matches('[role="alert"]') ? node : null;
        const region = own || regionOf(node.nodeType === 1 ? node : m.target);
        if (!region) continue;
        // Hidden text is not read out.
        const element = node.nodeType === 1 ? node : node.parentElement;
        if (element && element.checkVisibility && !element.checkVisibility()) continue;
        const text = (node.textContent || '').replace(/\\s+/g, ' ').trim();
        if (!text) continue;
        const entry = batch.get(region) || { politeness: politeness(region), text: '' };
        entry.text = `${entry.text} ${text}`.trim();
        batch.set(region, entry);
      }
    }
    for (const entry of batch.values()) window.announced.push(entry);
  }).observe(document, { subtree: true, childList: true, characterData: true });
  if (document.readyState === 'loading') document.addEventListener('DOMContentLoaded', start);
  else start();
})();
"""

EMERGENCY = "sudden worst headache with a stiff neck"
ORDINARY = "heel hurts when I get up"


KEY_MS = 180  # a person's pace
PAUSE_MS = 2500  # a pause long enough for whatever waits for one


def typed(page, base_url, query):
    """Type a query key by key at a person's pace and pause, and return what was announced.
    The page's time is Playwright's clock, paused and moved by the test, so a busy machine can
    neither bunch the keys together nor stretch the pauses."""
    now = time.time()
    page.clock.install(time=now - 600)
    page.clock.pause_at(now)
    page.add_init_script(LOGGER)
    page.goto(base_url + "/search")
    box = page.get_by_role("searchbox")
    # The index, the guide's sections and the rules load on focus, as they do for a person.
    with (page.expect_response(lambda r: "/search-index.json" in r.url) as index,
          page.expect_response(lambda r: "/search-guide.json" in r.url) as guide,
          page.expect_response(lambda r: "/red-flags.json" in r.url) as rules):
        box.focus()
    for response in (index, guide, rules):
        response.value.finished()
    for key in query:
        page.keyboard.type(key)
        page.clock.run_for(KEY_MS)
    page.clock.run_for(PAUSE_MS)
    # The search itself runs in real time (the index prepared, the rules read): on a busy
    # machine it can end after the pause, and what it then sets to wait for a pause ("Nothing
    # matched") waits on the paused clock. Give it that pause again until something was said.
    for _ in range(25):
        if page.evaluate("window.announced.length"):
            break
        page.wait_for_timeout(200)
        page.clock.run_for(PAUSE_MS)
    return page.evaluate("window.announced")


@pytest.mark.parametrize("query", [EMERGENCY, ORDINARY])
def test_typing_a_query_announces_a_short_count_not_the_list(page, base_url, query):
    said = typed(page, base_url, query)
    print(f"\n{query!r}: {len(said)} announcements, longest "
          f"{max((len(s['text']) for s in said), default=0)} characters")
    polite = [s["text"] for s in said if s["politeness"] == "polite"]
    # A count that changes only when the numbers do, and never the list itself.
    assert len(polite) <= 6, polite
    assert all(len(text) <= 60 for text in polite), polite
    assert all(text != prev for prev, text in zip(polite, polite[1:], strict=False)), polite
    assert not any("Nothing matched" in text for text in polite), polite
    assert polite and "muscle" in polite[-1]


def test_each_warning_is_announced_once_when_it_first_appears(page, base_url):
    said = typed(page, base_url, EMERGENCY)
    alerts = [s["text"] for s in said if s["politeness"] == "assertive"]
    assert alerts, said
    titles = [a.split(" Emergency")[0].split(" See a doctor")[0] for a in alerts]
    assert len(titles) == len(set(titles)), alerts


def test_nothing_matched_is_said_after_a_pause_on_a_real_query(page, base_url):
    said = typed(page, base_url, "zzzzqqqq")
    polite = [s["text"] for s in said if s["politeness"] == "polite"]
    assert polite == ["Nothing matched"], polite


def test_questions_asked_in_the_results_are_said_first(page, base_url):
    """A query worth asking about draws a place's questions above the muscles: the count says
    so, first, once they are there."""
    typed(page, base_url, "my back has ached for a few weeks")
    page.locator("[data-results] [data-ask] summary").first.wait_for()
    page.clock.run_for(PAUSE_MS)
    polite = [s["text"] for s in page.evaluate("window.announced") if s["politeness"] == "polite"]
    assert re.fullmatch(r"\d+ questions first, \d+ muscles?(, .*)?", polite[-1]), polite
    assert len(polite[-1]) <= 60, polite

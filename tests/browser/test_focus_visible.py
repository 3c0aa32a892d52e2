"""Focus is never hidden (WCAG 2.4.11): Tab through every kind of page and check that each
focused control is what a tap on its centre would reach, not the tab bar, a note or nothing
(off the screen's edge). Portrait and landscape phones, and 320 px with 200% text."""

import json

import pytest

from tests.browser.test_history import PROGRESS
from tests.conftest import NO_FIRST_VISIT_NOTE

PAGES = ["/", "/guide/self-treatment", "/muscles/soleus", "/map", "/map/head",
         "/search?q=heel+hurts+when+I+get+up", "/timer", "/routines/", "/routines/jaw",
         "/routines/new", "/history", "/about"]

SCREENS = {
    "portrait": ({"width": 412, "height": 915}, None),
    "landscape": ({"width": 915, "height": 412}, None),
    "320px-200%": ({"width": 320, "height": 568}, "200%"),
}

MAX_TABS = 60  # enough for every control of the shorter pages and a long stretch of the others

# The focused element (a key to know when Tab has come round), and whether a tap on its centre
# reaches it: one round trip per Tab.
HIDDEN = """() => {
  const el = document.activeElement;
  const key = el ? el.outerHTML.slice(0, 120).split('>')[0] : '';
  return [key, hidden(el)];
  function hidden(el) {
  if (!el || el === document.body || el.closest('.visually-hidden')) return null;
  // A link that wraps onto two lines: its first line (the box around both may hold another).
  const r = el.getClientRects()[0] || el.getBoundingClientRect();
  if (r.width === 0 && r.height === 0) return null;
  const x = Math.min(Math.max(r.left + r.width / 2, 0), innerWidth - 1);
  const y = r.top + Math.min(r.height, 40) / 2;  // a tall control: its first line
  const name = `${el.tagName} "${(el.textContent || el.getAttribute('aria-label') || el.name || '')
    .trim().slice(0, 30)}"`;
  if (y < 0 || y >= innerHeight) return name + ' off screen';
  const hit = document.elementFromPoint(x, y);
  // A shape in a drawing: its box's centre may fall on a neighbour; the drawing is what shows.
  const same = hit && (hit === el || el.contains(hit) || hit.contains(el)
    || (el.closest('svg') && hit.closest('svg') === el.closest('svg')));
  return same ? '' : `${name} under ${
    hit ? hit.closest('nav, .app-notes, header, footer')?.className || hit.tagName : 'nothing'}`;
  }
}"""


def sweep(page, base_url, path, screen):
    viewport, text_size = SCREENS[screen]
    page.set_viewport_size(viewport)
    page.goto(base_url + path)
    if text_size:
        page.evaluate(f"document.documentElement.style.fontSize = '{text_size}'")
    page.wait_for_timeout(200)
    hidden, seen = [], []
    for _ in range(MAX_TABS):
        page.keyboard.press("Tab")
        key, result = page.evaluate(HIDDEN)
        if result:
            hidden.append(result)
        if seen and key == seen[0] and len(seen) > 3:
            break  # back at the start: the whole page has been visited
        seen.append(key)
    return hidden


def sweep_every_screen(page, base_url, path):
    """{screen: what Tab reached hidden}, each screen a fresh load of the page in one tab."""
    # The first visit's "ready offline" note comes and goes on its own clock; where notes go
    # (never over a control, never under the timer's bar) is tests/browser/test_shell.py's.
    page.add_init_script(NO_FIRST_VISIT_NOTE)
    return {screen: sweep(page, base_url, path, screen) for screen in SCREENS}


NOTHING_HIDDEN = {screen: [] for screen in SCREENS}


@pytest.mark.parametrize("path", PAGES)
def test_no_focused_control_is_hidden(page, base_url, path):
    hidden = sweep_every_screen(page, base_url, path)
    assert hidden == NOTHING_HIDDEN


def test_no_focused_control_is_hidden_on_history_with_its_chart(page, base_url):
    """The chart's choice and every session's buttons, with a history to show."""
    stored = json.dumps(json.dumps(PROGRESS))
    page.add_init_script(f"localStorage.setItem('tpg.history.v1', {stored})")
    assert sweep_every_screen(page, base_url, "/history") == NOTHING_HIDDEN

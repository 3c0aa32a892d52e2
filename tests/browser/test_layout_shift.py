"""Nothing in a page's content moves once it shows: controls a script reveals (the star, the
checklist's "None of these") keep their place from the first paint. Lighthouse counts such a
move against the page (cumulative layout shift); a reader loses their line."""

import pytest

# Layout shifts of anything inside <main>, as the page records them from its first paint.
RECORD = """window.__shifts = [];
new PerformanceObserver((list) => {
  for (const entry of list.getEntries()) {
    const moved = entry.sources.filter((s) => s.node && s.node.closest && s.node.closest('main'));
    if (moved.length) window.__shifts.push({ value: entry.value,
      nodes: moved.map((s) => `${s.node.nodeName}.${s.node.className}`) });
  }
}).observe({ type: 'layout-shift', buffered: true });"""


@pytest.mark.parametrize("path", ["/muscles/soleus", "/routines/jaw", "/map/low-back", "/",
                                  # A link's routine, or what is wrong with the link, shows
                                  # above the safety note and the small print.
                                  "/routines/shared#v=1&t=Quick%20try&r=0&s=soleus.n.h20",
                                  "/routines/shared"])
def test_the_content_does_not_move_once_shown(page, base_url, path):
    page.add_init_script(RECORD)
    page.goto(base_url + path)
    # Its scripts have run: the star or "None of these" is shown.
    page.locator("[data-star], [data-ask-none], [data-triage-input], [data-shared-preview]:visible,"
                 " [data-shared-error]:visible").first.wait_for()
    page.wait_for_load_state("load")
    # A shift is recorded with the frame that draws the change: wait two frames, then a task.
    page.evaluate("new Promise((done) => requestAnimationFrame(() => requestAnimationFrame("
                  "() => setTimeout(done))))")
    assert page.evaluate("window.__shifts") == []

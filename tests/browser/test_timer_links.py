"""Hostile and stale timer links, end to end: the page never throws, the timer always runs, and a
value it rejected is named in a visible note."""

import pytest
from playwright.sync_api import expect

from tests.conftest import open_timer, start_timer
from tests.timer_links import LINKS

pytestmark = pytest.mark.browser

# End to end, one link of each way a link can go wrong: the unit lane reads every link of the
# table with the same parser (tests/test_timer_link_parsing.py); here the page shows the note, never
# throws and runs the timer.
END_TO_END = ["muscle=__proto__", "routine=constructor", "hold=NaN", "long muscle",
              "broken UTF-8", "markup", "NUL routine", "everything at once", "long unknown key"]


@pytest.fixture
def errors(page):
    found = []
    page.on("pageerror", lambda error: found.append(str(error)))
    page.on("console", lambda m: found.append(m.text) if m.type == "error" else None)
    return found


@pytest.mark.parametrize("query, note",
                         [pytest.param(q, n, id=i) for i, q, n in LINKS if i in END_TO_END])
def test_a_hostile_link_opens_a_working_timer(page, base_url, errors, query, note):
    open_timer(page, base_url + "/timer" + query)
    notes = page.locator("[data-notes]")
    if note:
        expect(notes).to_be_visible()
        expect(notes.locator("li").first).not_to_be_empty()
    else:
        expect(notes).to_be_hidden()
    time = page.get_by_role("timer")
    before = time.inner_text()
    start_timer(page)
    page.clock.run_for(2_000)
    assert time.inner_text() != before
    expect(page.get_by_role("button", name="Pause", exact=True)).to_be_focused()
    assert errors == []


def test_the_table_covers_every_kind_of_hostile_value():
    assert len(LINKS) >= 50
    assert set(END_TO_END) <= {link_id for link_id, _, _ in LINKS}

"""Hostile and stale timer links: the page never throws, the timer always runs, and a value it
rejected is named in a visible note."""

from urllib.parse import quote

import pytest
from playwright.sync_api import expect

from tests.conftest import open_timer, start_timer

pytestmark = pytest.mark.browser

PROTOTYPE_NAMES = ["constructor", "__proto__", "toString", "hasOwnProperty"]
BAD_NUMBERS = ["1e308", "Infinity", "NaN", "-5", "99999999999"]
LONG = "a" * 4000

# (id, query, whether a note must show)
LINKS = [
    *[(f"muscle={name}", f"?muscle={name}", True) for name in PROTOTYPE_NAMES],
    *[(f"routine={name}", f"?routine={name}", True) for name in PROTOTYPE_NAMES],
    *[(f"{key}={name}", f"?{key}={name}", True) for key in ("mode", "sides")
      for name in PROTOTYPE_NAMES],
    *[(f"{key}={n}", f"?{key}={n}", True) for key in ("hold", "strokes", "rest", "rounds")
      for n in BAD_NUMBERS],
    *[(f"long {key}", f"?{key}={LONG}", True)
      for key in ("muscle", "routine", "hold", "mode", "sides")],
    ("long digits", "?hold=" + "9" * 4000, True),
    ("long unknown key", f"?{'k' * 40}={LONG}", False),
    ("emoji muscle", "?muscle=" + quote("😀🦵"), True),
    ("emoji routine", "?routine=" + quote("👨‍👩‍👧"), True),
    ("accented mode", "?mode=" + quote("hôld"), True),
    ("right-to-left override", "?muscle=" + quote("\u202esoleus"), True),
    ("full-width digits", "?hold=" + quote("６０"), True),
    ("NUL hold", "?hold=%00", True),
    ("NUL muscle", "?muscle=soleus%00", True),
    ("NUL routine", "?routine=jaw%00", True),
    ("escape sequence", "?mode=%1B%5B31m", True),
    ("line breaks", "?sides=%0D%0Aboth", True),
    ("tab in a number", "?rounds=%092", False),  # whitespace around a number is allowed
    ("lone percent", "?hold=%", True),
    ("broken UTF-8", "?muscle=%E0%A4%A", True),
    ("bad escape", "?routine=%ZZ", True),
    ("double-encoded", "?hold=%2560", True),
    ("only percents", "?%%%", False),
    ("markup", "?muscle=" + quote('"><img src=x onerror=alert(1)>'), True),
    ("repeated muscle", "?muscle=soleus&muscle=constructor", True),
    ("repeated routine", "?routine=jaw&routine=__proto__", True),
    ("repeated hold", "?hold=30&hold=abc", True),
    ("hold 300 times", "?" + "hold=9&" * 300, True),
    ("everything at once", "?routine=toString&muscle=__proto__&hold=NaN&rest=-5&rounds=1e308"
     "&sides=%00&mode=constructor", True),
]


@pytest.fixture
def errors(page):
    found = []
    page.on("pageerror", lambda error: found.append(str(error)))
    page.on("console", lambda m: found.append(m.text) if m.type == "error" else None)
    return found


@pytest.mark.parametrize("query, note", [pytest.param(q, n, id=i) for i, q, n in LINKS])
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

"""The on-device history: list, chart, export, import, delete, and files that are not ours."""

import json
import re

import pytest
from playwright.sync_api import expect

from tests.conftest import PHONE

SINCE = r"since 3 November( 2026)?"

pytestmark = pytest.mark.browser


def entry(n, before, after):
    return {"id": f"e{n}", "date": f"2026-11-{n:02d}T08:30:00.000Z", "kind": "routine",
            "slug": "jaw", "title": "Jaw and face", "seconds": 300 + n, "points": 6,
            "painBefore": before, "painAfter": after, "note": f"note {n}"}


ENTRIES = [entry(1, 7, 5), entry(2, 6, 4), entry(3, 5, 2)]


def seed(page, base_url, entries):
    page.goto(base_url + "/history")
    page.evaluate("entries => localStorage.setItem('tpg.history.v1', JSON.stringify(entries))",
                  entries)
    page.reload()
    return page


@pytest.fixture
def history(page, base_url, console_errors):
    yield seed(page, base_url, ENTRIES)
    assert console_errors == []


def dated(day, before, after, slug="jaw", title="Jaw and face", kind="routine"):
    return {**entry(day, before, after), "id": f"{slug}{day}", "slug": slug, "title": title,
            "kind": kind}


# Four weeks of November with a week off in the middle: pain after falls from 6 to 4. A soleus
# session (a muscle of the leg) on two days, rated 3 then 2.
PROGRESS = [dated(3, 7, 6), dated(5, 7, 6), dated(11, 6, 5), dated(12, 6, 5),
            dated(24, 5, 4), dated(26, 6, 4),
            dated(4, 4, 3, "soleus", "Soleus", "muscle"),
            dated(25, 3, 2, "soleus", "Soleus", "muscle")]
PROGRESS_JAW = PROGRESS[:6]


@pytest.fixture
def progress(page, base_url, console_errors):
    yield seed(page, base_url, PROGRESS_JAW)
    assert console_errors == []


def test_sessions_are_listed_newest_first_with_a_chart(history):
    items = history.locator("[data-list] li")
    expect(items).to_have_count(3)
    expect(items.first).to_contain_text("pain 5 of 10 before, 2 of 10 after")
    expect(items.first).to_contain_text("note 3")
    # Three sessions in three days are too few for a trend, and the chart says so.
    chart = history.get_by_role("img", name="Not enough ratings yet")
    expect(chart).to_be_visible()
    expect(chart.locator("circle.chart-mark")).to_have_count(3)
    expect(chart.locator("rect.chart-mark")).to_have_count(3)


def test_export_delete_import_round_trip(history, tmp_path):
    with history.expect_download() as download:
        history.get_by_role("button", name="Export JSON").click()
    path = tmp_path / "export.json"
    download.value.save_as(path)
    assert json.loads(path.read_text())["entries"] == ENTRIES

    history.get_by_role("button", name="Delete all history").click()
    history.get_by_role("button", name="Keep my history").click()
    expect(history.locator("[data-list] li")).to_have_count(3)
    history.get_by_role("button", name="Delete all history").click()
    history.get_by_role("button", name="Yes, delete all").click()
    expect(history.locator("[data-list] li")).to_have_count(0)
    expect(history.get_by_text("No sessions yet")).to_be_visible()

    history.get_by_label("Import a JSON export").set_input_files(path)
    expect(history.locator("[data-history-status]")).to_have_text("Imported 3 sessions.")
    expect(history.locator("[data-list] li")).to_have_count(3)
    # The same file again adds nothing.
    history.get_by_label("Import a JSON export").set_input_files(path)
    expect(history.locator("[data-history-status]")).to_contain_text(
        "0 sessions; 3 were already here")
    assert history.evaluate("JSON.parse(localStorage.getItem('tpg.history.v1'))") == ENTRIES


def test_csv_export_opens_in_a_spreadsheet(history, tmp_path):
    with history.expect_download() as download:
        history.get_by_role("button", name="Export CSV").click()
    assert download.value.suggested_filename.endswith(".csv")
    path = tmp_path / "export.csv"
    download.value.save_as(path)
    lines = path.read_text().splitlines()
    assert lines[0] == "date,title,kind,minutes,points,painBefore,painAfter,note"
    assert len(lines) == 4


@pytest.mark.parametrize("content, message", [
    ("this is not json", "not valid JSON"),
    (json.dumps({"hello": "world"}), "not a Trigger Point Guide history export"),
    (json.dumps({"format": "trigger-point-guide-history", "version": 1,
                 "entries": [{**ENTRIES[0], "painAfter": 99}]}), "1 damaged entry"),
    ("", "empty"),
])
def test_a_bad_file_gets_a_clear_message_and_changes_nothing(history, tmp_path, content, message):
    path = tmp_path / "bad.json"
    path.write_text(content)
    history.get_by_label("Import a JSON export").set_input_files(path)
    status = history.locator("[data-history-status]")
    expect(status).to_contain_text(message)
    expect(status).to_contain_text("Nothing was changed")
    assert history.evaluate("JSON.parse(localStorage.getItem('tpg.history.v1'))") == ENTRIES


def test_a_full_storage_quota_loses_nothing(history, tmp_path):
    path = tmp_path / "more.json"
    path.write_text(json.dumps({"format": "trigger-point-guide-history", "version": 1,
                                "entries": [entry(9, 3, 1)]}))
    history.evaluate("""() => {
      Storage.prototype.setItem = function () {
        throw new DOMException('full', 'QuotaExceededError');
      };
    }""")
    history.get_by_label("Import a JSON export").set_input_files(path)
    expect(history.locator("[data-history-status]")).to_contain_text("storage is full")
    expect(history.locator("[data-list] li")).to_have_count(3)


def test_one_session_can_be_deleted_and_brought_back(history):
    history.get_by_role("button", name="Delete Jaw and face").first.click()
    expect(history.locator("[data-list] li")).to_have_count(2)
    expect(history.locator("[data-history-status]")).to_contain_text("Deleted Jaw and face")
    history.get_by_role("button", name="Undo").click()
    expect(history.locator("[data-list] li")).to_have_count(3)
    # Undo hides itself; focus lands on the session it brought back, not on nothing.
    expect(history.locator("[data-list] :focus")).to_have_attribute(
        "aria-label", re.compile(r"^Edit Jaw and face"))
    assert history.evaluate("JSON.parse(localStorage.getItem('tpg.history.v1'))") == ENTRIES


def test_an_entry_can_be_edited(history):
    history.get_by_role("button", name="Edit Jaw and face").first.click()
    form = history.get_by_role("form", name="Edit Jaw and face")
    expect(form.get_by_label("Pain before")).to_be_focused()
    expect(form.get_by_label("Pain after")).to_have_value("2")
    form.get_by_label("Pain before").select_option("6")
    form.get_by_label("Pain after").select_option("")
    form.get_by_label("Note").fill("  Better by evening  ")
    form.get_by_role("button", name="Save changes").click()
    status = history.locator("[data-history-status]")
    expect(status).to_contain_text("Saved changes to Jaw and face")
    expect(history.get_by_role("button", name="Edit Jaw and face").first).to_be_focused()
    expect(history.locator("[data-list] li").first).to_contain_text(
        "pain 6 of 10 before, not rated after")
    stored = history.evaluate("JSON.parse(localStorage.getItem('tpg.history.v1'))")
    assert stored[2] == {**ENTRIES[2], "painBefore": 6, "painAfter": None,
                         "note": "Better by evening"}
    assert stored[:2] == ENTRIES[:2]


def test_two_history_tabs_stay_consistent(history, context, base_url):
    other = context.new_page()
    other.goto(base_url + "/history")
    expect(other.locator("[data-list] li")).to_have_count(3)
    history.get_by_role("button", name="Delete Jaw and face").first.click()
    expect(other.locator("[data-list] li")).to_have_count(2)
    # An edit open in one tab is not swept away by the other tab's change...
    other.get_by_role("button", name="Edit Jaw and face").first.click()
    other.get_by_label("Note").fill("typed in tab 2")
    history.get_by_role("button", name="Delete Jaw and face").last.click()
    expect(other.locator("[data-history-status]")).to_contain_text("Another tab changed")
    expect(other.get_by_label("Note")).to_have_value("typed in tab 2")
    # ...and saving it keeps the other tab's deletion.
    other.get_by_role("button", name="Save changes").click()
    expect(other.locator("[data-list] li")).to_have_count(1)
    expect(history.locator("[data-list] li")).to_have_count(1)
    expect(history.locator("[data-list] li")).to_contain_text("typed in tab 2")


def test_entries_from_a_newer_version_are_kept_and_exported_as_they_are(history, tmp_path):
    newer = {**entry(7, 4, 2), "mood": "calm", "tags": ["neck"]}
    unknown = {**entry(8, 3, 1), "kind": "stretch"}
    path = tmp_path / "newer.json"
    path.write_text(json.dumps({"format": "trigger-point-guide-history", "version": 2,
                                "entries": [newer, unknown]}))
    history.get_by_label("Import a JSON export").set_input_files(path)
    expect(history.locator("[data-history-status]")).to_have_text(
        "Imported 1 session; 1 entry needs a newer version of the app and was not imported.")
    with history.expect_download() as download:
        history.get_by_role("button", name="Export JSON").click()
    exported = tmp_path / "export.json"
    download.value.save_as(exported)
    assert json.loads(exported.read_text())["entries"] == [*ENTRIES, newer]


def test_stored_entries_this_version_cannot_read_are_kept_and_counted(history):
    future = {"id": "f1", "kind": "stretch", "v": 3}
    history.evaluate("""future => {
      const stored = JSON.parse(localStorage.getItem('tpg.history.v1'));
      localStorage.setItem('tpg.history.v1', JSON.stringify([...stored, future]));
    }""", future)
    history.reload()
    expect(history.locator("[data-unreadable]")).to_contain_text("1 entry was saved by a newer")
    history.get_by_role("button", name="Delete Jaw and face").first.click()
    stored = history.evaluate("JSON.parse(localStorage.getItem('tpg.history.v1'))")
    assert stored[-1] == future and len(stored) == 3


def test_opening_a_second_edit_closes_the_first(history):
    edits = history.get_by_role("button", name="Edit Jaw and face")
    edits.first.click()
    edits.last.click()
    expect(history.locator(".entry-edit")).to_have_count(1)
    expect(history.get_by_role("form").get_by_label("Note")).to_have_value("note 1")


def test_a_backup_brings_own_routines_and_the_diary_to_a_new_phone(
        page, browser, base_url, tmp_path, console_errors):
    hold = {"muscle": "soleus", "mode": "hold", "seconds": 30}
    routine = {"id": "rcalfhomework", "title": "Calf homework", "note": "Twice a day.", "rest": 5,
               "steps": [{**hold, "side": "left"}, {**hold, "side": "right"}], "updated": 1}
    page.goto(base_url + "/history")
    page.evaluate("""([entries, routines]) => {
      localStorage.setItem('tpg.history.v1', JSON.stringify(entries));
      localStorage.setItem('tpg.routines.v1', JSON.stringify(routines));
    }""", [[ENTRIES[0]], [routine]])
    page.reload()
    with page.expect_download() as download:
        page.get_by_role("button", name="Export JSON").click()
    expect(page.locator("[data-history-status]")).to_have_text("Exported 1 session and 1 routine.")
    path = tmp_path / "backup.json"
    download.value.save_as(path)
    assert json.loads(path.read_text())["routines"] == [routine]

    other = browser.new_context(**PHONE)
    try:
        phone = other.new_page()
        errors = []
        phone.on("pageerror", lambda e: errors.append(str(e)))
        phone.goto(base_url + "/history")
        phone.get_by_label("Import a JSON export").set_input_files(path)
        status = phone.locator("[data-history-status]")
        expect(status).to_have_text("Imported 1 session. 1 routine added.")
        expect(phone.locator("[data-list] li")).to_have_count(1)
        expect(phone.locator("[data-list]")).to_contain_text("Jaw and face")
        phone.get_by_label("Import a JSON export").set_input_files(path)
        expect(status).to_have_text(
            "Imported 0 sessions; 1 was already here. 0 routines added; 1 was already here.")
        phone.goto(base_url + "/routines/")
        expect(phone.locator("[data-own-title]")).to_have_text(["Calf homework"])
        assert errors == []
    finally:
        other.close()
    assert console_errors == []


def test_the_chart_spaces_sessions_by_date_and_states_the_trend(progress):
    trend = progress.locator("[data-chart-trend]")
    sentence = ("Pain after sessions is down 2 points " + SINCE
                + r" \(about 6 out of 10 then, 4 lately\)\.")
    expect(trend).to_have_text(re.compile("^" + sentence + "$"))
    # The drawing's name says the same, and the range, not the legend.
    chart = progress.get_by_role("img", name=re.compile("^" + sentence))
    expect(chart).to_have_attribute("aria-label", re.compile(
        r"6 rated sessions from 3 November( 2026)? to 26 November( 2026)?; "
        r"pain before from 5 to 7, after from 4 to 6\.$"))
    # A real time axis: the eleven days between 12 and 24 November leave room.
    xs = chart.locator("rect.chart-mark").evaluate_all(
        "marks => marks.map((m) => m.x.baseVal.value)")
    assert xs == sorted(xs)
    assert (xs[4] - xs[3]) > 5 * (xs[1] - xs[0]), xs
    # Weekly averages: one line per series, before dashed, after solid.
    lines = chart.locator("polyline.chart-line")
    expect(lines).to_have_count(2)
    dashes = lines.evaluate_all("ls => ls.map((l) => getComputedStyle(l).strokeDasharray)")
    assert dashes[0] != "none" and dashes[1] == "none"
    # Tick labels in the app's language (en-GB: day before month).
    assert "3 Nov" in chart.locator("text").all_text_contents()


def test_the_chart_can_show_one_routine_or_one_body_area(page, base_url, console_errors):
    seed(page, base_url, PROGRESS)
    chart = page.locator("[data-chart] svg")
    expect(chart.locator("rect.chart-mark")).to_have_count(8)
    choice = page.get_by_role("group", name="The chart shows")
    choice.get_by_role("radio", name="Soleus").check()
    expect(chart.locator("rect.chart-mark")).to_have_count(2)
    expect(page.locator("[data-chart-trend]")).to_contain_text("Not enough ratings yet")
    expect(chart).to_have_attribute("aria-label", re.compile(r"^Soleus only\. Not enough"))
    # Body areas come from the timer's data: the jaw routine works the head and neck.
    choice.get_by_role("radio", name="Head and neck").check()
    expect(chart.locator("rect.chart-mark")).to_have_count(6)
    expect(page.locator("[data-chart-trend]")).to_contain_text("Pain after sessions is down 2")
    choice.get_by_role("radio", name="Thigh, leg and foot").check()
    expect(chart.locator("rect.chart-mark")).to_have_count(2)
    # The list is not narrowed: the choice's label says it is the chart's.
    expect(page.locator("[data-list] li")).to_have_count(8)
    # A deleted session's choice goes away and the chart shows everything again.
    page.evaluate("entries => localStorage.setItem('tpg.history.v1', JSON.stringify(entries))",
                  PROGRESS_JAW)
    page.reload()
    expect(choice.get_by_role("radio", name="Soleus")).to_have_count(0)
    expect(choice.get_by_role("radio", name="All sessions")).to_be_checked()
    assert console_errors == []


# Every choice shown whole (a select showed "Thigh, leg" of "Thigh, leg and foot" at 320 px with
# 200% text, and would cut any long routine's name).
WHOLE = """(el) => {
  const r = el.getBoundingClientRect();
  return r.left >= 0 && r.right <= innerWidth && el.scrollWidth <= el.clientWidth;
}"""


def test_every_chart_choice_is_readable_at_320_px_with_200_percent_text(page, base_url,
                                                                          console_errors):
    page.set_viewport_size({"width": 320, "height": 568})
    seed(page, base_url, [*PROGRESS, dated(6, 5, 3, "middle-lower-trapezius",
                                           "Middle and lower trapezius", "muscle")])
    page.evaluate("document.documentElement.style.fontSize = '200%'")
    choice = page.get_by_role("group", name="The chart shows")
    names = ["All sessions", "Jaw and face", "Middle and lower trapezius", "Soleus",
             "Head and neck", "Shoulder and upper back", "Thigh, leg and foot"]
    expect(choice.locator("label")).to_have_text(names)
    for label in choice.locator("label").all():
        assert label.evaluate(WHOLE), label.text_content()
    choice.get_by_role("radio", name="Thigh, leg and foot").check()
    expect(page.locator("[data-chart] svg")).to_have_attribute(
        "aria-label", re.compile(r"^Thigh, leg and foot only\."))
    assert console_errors == []


def larger_text_redraws_the_chart(page, size="200%"):
    """Set the text size and wait for the chart drawn anew (the old one's labels grow at once,
    in its old layout)."""
    page.evaluate("""size => {
        document.querySelector('[data-chart] svg').dataset.old = 'yes';
        document.documentElement.style.fontSize = size;
    }""", size)
    page.wait_for_function("() => !document.querySelector('[data-chart] svg')?.dataset.old")


def test_chart_labels_grow_with_the_text_at_320_px(page, base_url, console_errors):
    page.set_viewport_size({"width": 320, "height": 720})
    seed(page, base_url, PROGRESS_JAW)
    label = page.locator("[data-chart] text").first
    expect(label).to_be_visible()
    normal = float(label.evaluate("el => getComputedStyle(el).fontSize").rstrip("px"))
    larger_text_redraws_the_chart(page)
    assert float(label.evaluate("el => getComputedStyle(el).fontSize").rstrip("px")) >= normal * 1.9
    # Drawn at its shown size: a label's pixels are its font size, and none overlap or leave.
    boxes = page.locator("[data-chart] text").evaluate_all(
        "ts => ts.map((t) => { const r = t.getBoundingClientRect(); "
        "return [r.left, r.right, r.top, r.bottom, r.height, t.getAttribute('text-anchor')]; })")
    svg = page.locator("[data-chart] svg").bounding_box()
    for left, right, _top, _bottom, height, _anchor in boxes:
        assert height >= normal * 1.9
        assert left >= svg["x"] - 1 and right <= svg["x"] + svg["width"] + 1
    ticks = sorted(b for b in boxes if b[5] == "middle")  # the days under the axis
    assert len(ticks) >= 2
    assert all(a[1] <= b[0] for a, b in zip(ticks, ticks[1:], strict=False)), ticks
    assert console_errors == []


EDIT_2_NOV = re.compile(r"^Edit Jaw and face, 2 Nov")


def test_deleting_a_session_by_keyboard_moves_focus_to_the_next(history):
    history.get_by_role("button", name="Delete Jaw and face").first.focus()
    history.keyboard.press("Enter")
    # The session that took its place (the next older one).
    expect(history.locator(":focus")).to_have_attribute("aria-label", EDIT_2_NOV)
    history.get_by_role("button", name="Delete Jaw and face").last.focus()
    history.keyboard.press("Enter")
    # The last one gone: the one above it.
    expect(history.locator(":focus")).to_have_attribute("aria-label", EDIT_2_NOV)
    history.keyboard.press("Tab")
    history.keyboard.press("Enter")
    # None left: the list's heading, with "No sessions yet" under it.
    expect(history.get_by_role("heading", name="Sessions")).to_be_focused()
    expect(history.locator("[data-history-status]")).to_contain_text("Deleted Jaw and face")


def test_delete_all_by_keyboard_leaves_focus_where_the_next_action_is(history):
    history.get_by_role("button", name="Delete all history").focus()
    history.keyboard.press("Enter")
    expect(history.get_by_role("button", name="Keep my history")).to_be_focused()
    history.keyboard.press("Enter")
    expect(history.get_by_role("button", name="Delete all history")).to_be_focused()
    history.keyboard.press("Enter")
    history.keyboard.press("Shift+Tab")
    expect(history.get_by_role("button", name="Yes, delete all")).to_be_focused()
    history.keyboard.press("Enter")
    # "Delete all" is disabled now: focus goes to the emptied list's heading; the status says why.
    expect(history.get_by_role("heading", name="Sessions")).to_be_focused()
    expect(history.locator("[data-history-status]")).to_have_text(
        "All history on this device was deleted.")
    expect(history.get_by_text("No sessions yet")).to_be_visible()

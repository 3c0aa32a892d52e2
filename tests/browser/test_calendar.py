"""Reminders without a server: a routine's "Add to calendar" downloads a standard iCalendar file,
read here by a real parser (icalendar) and its repeat rule expanded with dateutil."""

import datetime as dt
from pathlib import Path

from dateutil.rrule import rrulestr
from icalendar import Calendar
from playwright.sync_api import expect

from tests.conftest import WITH_WORKER, wait_until_controlled


def download_calendar(page, base_url, choose=lambda page: None):
    page.goto(base_url + "/routines/jaw")
    page.get_by_text("Add to calendar").click()
    choose(page)
    with page.expect_download() as info:
        page.get_by_role("button", name="Download calendar file").click()
    download = info.value
    raw = Path(download.path()).read_bytes()
    return download.suggested_filename, raw


def events(raw):
    return [c for c in Calendar.from_ical(raw).walk("VEVENT")]


def test_a_daily_reminder_is_a_standard_calendar_file(page, base_url, console_errors):
    name, raw = download_calendar(page, base_url)
    assert name == "jaw.ics"
    lines = raw.split(b"\r\n")
    assert raw.endswith(b"\r\n") and b"\n" not in raw.replace(b"\r\n", b"")
    assert all(len(line) <= 75 for line in lines)
    (event,) = events(raw)
    assert str(event["SUMMARY"]) == page.locator("h1").inner_text()
    assert str(event["URL"]) == base_url + "/routines/jaw"
    assert event["UID"] and event["DTSTAMP"]
    start = event["DTSTART"].dt
    assert start.tzinfo is None and (start.hour, start.minute) == (8, 0)  # floating local time
    rule = event["RRULE"].to_ical().decode()
    assert rule == "FREQ=DAILY"
    expanded = rrulestr(rule, dtstart=start)
    assert expanded[1] - expanded[0] == dt.timedelta(days=1)
    assert "Downloaded" in page.locator("[data-calendar] [role=status]").inner_text()
    assert console_errors == []


def test_twice_a_day_makes_two_events_at_the_chosen_times(page, base_url):
    def choose(page):
        page.get_by_label("Twice a day").check()
        page.get_by_label("At", exact=True).fill("07:30")
        page.get_by_label("And at").fill("21:15")

    _, raw = download_calendar(page, base_url, choose)
    found = events(raw)
    assert sorted((e["DTSTART"].dt.hour, e["DTSTART"].dt.minute) for e in found) == [
        (7, 30), (21, 15)]
    assert len({str(e["UID"]) for e in found}) == 2


def test_chosen_days_repeat_on_those_days_only(page, base_url):
    def choose(page):
        page.get_by_label("On chosen days").check()
        page.get_by_label("Wednesday").uncheck()
        page.get_by_label("Friday").uncheck()
        page.get_by_label("Tuesday").check()

    _, raw = download_calendar(page, base_url, choose)
    (event,) = events(raw)
    start = event["DTSTART"].dt
    rule = rrulestr(event["RRULE"].to_ical().decode(), dtstart=start)
    weekdays = {d.strftime("%a") for d in list(rule[:8])}
    assert weekdays == {"Mon", "Tue"}
    assert start.strftime("%a") in {"Mon", "Tue"}  # the first event is a real one


def test_the_calendar_file_is_made_offline(page, base_url, context):
    page.goto(base_url + "/routines/jaw")
    page.wait_for_load_state("networkidle")
    context.set_offline(True)
    page.get_by_text("Add to calendar").click()
    with page.expect_download() as info:
        page.get_by_role("button", name="Download calendar file").click()
    assert b"BEGIN:VEVENT" in Path(info.value.path()).read_bytes()
    context.set_offline(False)


OWN = {"id": "rdesk1", "title": "Desk homework, daily", "note": "Slowly; breathe out.",
       "rest": 10, "updated": 1,
       "steps": [{"muscle": "soleus", "side": "left", "mode": "hold", "seconds": 60},
                 {"muscle": "soleus", "side": "right", "mode": "hold", "seconds": 60}]}


@WITH_WORKER  # it goes offline and opens another page: the worker must serve it
def test_an_own_routine_gets_a_reminder_that_opens_it_by_its_link(page, base_url, context,
                                                                  console_errors):
    page.goto(base_url + "/routines/")
    page.evaluate("(r) => localStorage.setItem('tpg.routines.v1', JSON.stringify([r]))", OWN)
    page.reload()
    wait_until_controlled(page)
    context.set_offline(True)  # made in the browser: no signal needed
    page.get_by_role("link", name="Reminder for Desk homework, daily").click()
    page.get_by_label("On chosen days").check()  # opened by the list's link
    with page.expect_download() as info:
        page.get_by_role("button", name="Download calendar file").click()
    context.set_offline(False)
    assert info.value.suggested_filename == "Desk homework daily.ics"
    (event,) = events(Path(info.value.path()).read_bytes())
    assert str(event["SUMMARY"]) == OWN["title"]
    assert event["DURATION"].dt == dt.timedelta(minutes=2)
    link = str(event["URL"])
    assert link == page.locator("[data-share-link]").input_value()
    assert link.startswith(base_url + "/routines/shared#v=1&")
    assert str(event["DESCRIPTION"]) == f"{OWN['note']}\n{link}"
    start = event["DTSTART"].dt
    weekdays = {d.strftime("%a") for d in rrulestr(event["RRULE"].to_ical().decode(),
                                                     dtstart=start)[:6]}
    assert weekdays == {"Mon", "Wed", "Fri"}

    page.goto(link)  # the event's link opens the routine, on any device
    expect(page.locator("[data-shared-title]")).to_have_text(OWN["title"])
    assert console_errors == []

"""In WebKit, in real time and offline: the timer ticks, survives a reload, and its session lands
in the diary, which exports and imports back.

Selenium has no fake clock, so holds are the shortest the timer allows and every wait polls.
Every selector this lane uses on the timer and history pages is in the block below: when their
markup changes, this is the one place to update.
"""

import json
import time

import pytest

# The timer page.
SHORT_HOLD = "/timer?hold=20&rest=0&rounds=1&sides=one"  # 20 s is the shortest hold allowed
TIME = "[role=timer]"  # the big countdown a person reads
STAGE = "[data-stage]"  # the tap-to-pause area around the countdown
NOTES = "[data-notes]"  # e.g. "Your session in progress is back where you left it."
ACTION = '[data-action="{}"]'  # start, pause, resume, skip, reset
PAIN_BEFORE, PAIN_AFTER, NOTE = "#pain-before", "#pain-after", "#session-note"  # by their labels
SUMMARY = "[data-summary]"  # "Well done", shown when a session ends
DIARY_STATUS = "[data-diary-status]"
# The history page.
SESSIONS = "[data-list] li"
HISTORY_STATUS = "[data-history-status]"
IMPORT = "#import-file"
SAFARI_NOTE = "[data-safari-note]"  # "Safari can clear a website's data after 7 days…"
CHART = "[data-chart] svg"  # the pain chart, named by its trend sentence
CHART_TREND = "[data-chart-trend]"
CHART_CHOICE = "[data-chart-filter]"  # "The chart shows"


def press(browser, action):
    """Tap a timer control by its stable hook (Start, Pause, Resume, Skip, Reset)."""
    browser.css(ACTION.format(action)).click()


def time_left(browser):
    minutes, seconds = browser.text(TIME).split(":")
    return int(minutes) * 60 + int(seconds)


def wait_for_a_tick(browser, below):
    """Poll until the countdown shows less than `below` seconds (real time: about a second)."""
    browser.wait(
        f"(([m, s]) => m * 60 + s)(document.querySelector('{TIME}').textContent.split(':')"
        f".map(Number)) < {below}", timeout=5)
    return time_left(browser)


def wait_for_download(folder, pattern, timeout=10.0):
    """The one file matching `pattern` once it is complete (its text stops changing)."""
    deadline = time.monotonic() + timeout
    last = None
    while time.monotonic() < deadline:
        found = sorted(folder.glob(pattern))
        if len(found) == 1:
            text = found[0].read_text()
            if text and text == last:
                return found[0]
            last = text
        time.sleep(0.2)
    raise TimeoutError(f"no download matching {pattern} in {folder}: {list(folder.iterdir())}")


@pytest.fixture
def timer(offline_clean):
    """The lane's one session, server stopped: the timer is used where there is no signal."""
    yield offline_clean
    assert offline_clean.errors == []


def test_the_timer_ticks_in_real_time(timer):
    timer.open(SHORT_HOLD)
    assert timer.text(TIME) == "0:20"
    press(timer, "start")
    first = wait_for_a_tick(timer, 20)
    second = wait_for_a_tick(timer, first)
    assert 15 <= second < first < 20
    # The tab title follows, so the app switcher shows the time too.
    assert timer.run("return document.title").startswith(timer.text(TIME))


def test_one_tap_on_the_stage_pauses_and_resumes(timer):
    timer.open(SHORT_HOLD)
    # A long press with a ball in the other hand must not select the countdown's text:
    # Safari honours only the prefixed property.
    assert timer.run(f"return getComputedStyle(document.querySelector('{STAGE}'))"
                     ".webkitUserSelect") == "none"
    press(timer, "start")
    wait_for_a_tick(timer, 20)
    timer.css(STAGE).click()
    timer.until(lambda: timer.visible(ACTION.format("resume")))
    held = timer.text(TIME)
    # Paused: over a second of real time passes and the countdown stays put.
    time.sleep(1.2)
    assert timer.text(TIME) == held
    timer.css(STAGE).click()
    wait_for_a_tick(timer, time_left(timer))
    assert timer.visible(ACTION.format("pause"))
    press(timer, "reset")


def test_a_reload_mid_session_restores_it(timer):
    timer.open(SHORT_HOLD)
    press(timer, "start")
    before = wait_for_a_tick(timer, 20)
    timer.reload()
    timer.until(lambda: timer.visible(NOTES))
    assert "back where you left it" in timer.text(NOTES)
    # Still counting from where it was, not from the preset.
    assert time_left(timer) <= before
    wait_for_a_tick(timer, time_left(timer))
    assert timer.visible(ACTION.format("pause"))
    assert not timer.visible(ACTION.format("start"))
    assert timer.run("return document.documentElement.dataset.timerRunning") == "true"
    press(timer, "reset")


def test_a_finished_session_is_saved_to_the_diary_exported_and_imported(timer, downloads):
    timer.open(SHORT_HOLD)
    timer.css(PAIN_BEFORE).send_keys("6")
    press(timer, "start")
    wait_for_a_tick(timer, 20)
    # Skipping the only hold ends the session now, rather than after 20 real seconds.
    press(timer, "skip")
    timer.until(lambda: timer.visible(SUMMARY))
    assert "Saved in your history" in timer.text(SUMMARY)
    timer.css(PAIN_AFTER).send_keys("3")
    timer.css(NOTE).send_keys("Calf looser")
    # Ratings and notes are saved as they are given (the note once typing pauses): no button.
    timer.until(lambda: timer.text(DIARY_STATUS) == "Note saved.")
    [saved] = timer.run("return JSON.parse(localStorage.getItem('tpg.history.v1'))")
    assert (saved["painBefore"], saved["painAfter"], saved["note"]) == (6, 3, "Calf looser")
    assert timer.run("return document.documentElement.dataset.timerRunning") is None

    timer.open("/history")
    timer.until(lambda: len(timer.texts(SESSIONS)) == 1)
    assert "pain 6 of 10 before, 3 of 10 after" in timer.text(SESSIONS)
    # The page tells Safari from Chrome by its user agent: WebKit's gets the backup advice.
    assert timer.visible(SAFARI_NOTE)
    # MiniBrowser saves a download without asking: the file a person would get.
    timer.button("Export JSON").click()
    backup = wait_for_download(downloads, "*.json")
    assert backup.name.startswith("trigger-point-history-")
    exported = json.loads(backup.read_text())
    assert exported["format"] == "trigger-point-guide-history"
    assert exported["entries"] == [saved]
    assert timer.text(HISTORY_STATUS) == "Exported 1 session."

    timer.button("Export CSV").click()
    lines = wait_for_download(downloads, "*.csv").read_text().splitlines()
    assert lines[0] == "date,title,kind,minutes,points,painBefore,painAfter,note"
    assert lines[1].endswith(",6,3,Calf looser")
    assert len(lines) == 2

    # The JSON export brings the diary back after everything was deleted (File.text() in WebKit).
    timer.button("Delete all history").click()
    timer.button("Yes, delete all").click()
    timer.until(lambda: timer.texts(SESSIONS) == [])
    timer.css(IMPORT).send_keys(str(backup))
    timer.until(lambda: timer.text(HISTORY_STATUS) == "Imported 1 session.")
    assert timer.run("return JSON.parse(localStorage.getItem('tpg.history.v1'))") == [saved]


def test_the_pain_chart_draws_and_states_its_trend_offline(timer):
    def rated(day, before, after):
        return {"id": f"w{day}", "date": f"2026-11-{day:02d}T08:30:00.000Z", "kind": "routine",
                "slug": "jaw", "title": "Jaw and face", "seconds": 300, "points": 6,
                "painBefore": before, "painAfter": after, "note": ""}
    entries = [rated(3, 7, 6), rated(5, 7, 6), rated(24, 5, 4), rated(26, 6, 4)]
    timer.open("/history")
    timer.run("localStorage.setItem('tpg.history.v1', arguments[0])", json.dumps(entries))
    timer.reload()
    timer.until(lambda: timer.visible(CHART))
    assert timer.text(CHART_TREND).startswith("Pain after sessions is down 2 points since 3 Nov")
    label = timer.run(f"return document.querySelector('{CHART}').getAttribute('aria-label')")
    assert label.startswith(timer.text(CHART_TREND))
    assert timer.run(f"return document.querySelectorAll('{CHART} .chart-mark').length") == 8
    # Body areas arrive from the precached timer data, offline.
    timer.until(lambda: timer.run(
        f"return [...document.querySelectorAll('{CHART_CHOICE} label')]"
        ".map((o) => o.textContent.trim())"
    ) == ["All sessions", "Jaw and face", "Head and neck"])

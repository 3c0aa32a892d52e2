"""In WebKit, in real time and offline: the timer ticks, survives a reload, and its session lands
in the diary, which exports and imports back.

Selenium has no fake clock, so holds are the shortest the timer allows and every wait polls.
The timer's markup is being reworked: every selector this lane needs on the timer is here.
"""

import json
import time

import pytest

TIME = "[role=timer]"  # the big countdown a person reads
NOTES = "[data-notes]"
STAGE = "[data-stage]"  # the big tap-to-pause area around the countdown
SUMMARY = "[data-summary]"
SHORT_HOLD = "/timer?hold=20&rest=0&rounds=1&sides=one"


def press(browser, action):
    """Tap a timer control by its stable hook (Start, Pause, Resume, Skip, Reset)."""
    browser.css(f'[data-action="{action}"]').click()


def time_left(browser):
    minutes, seconds = browser.text(TIME).split(":")
    return int(minutes) * 60 + int(seconds)


def wait_for_a_tick(browser, below):
    """Poll until the countdown shows less than `below` seconds (real time: about a second)."""
    browser.wait(
        f"(([m, s]) => m * 60 + s)(document.querySelector('{TIME}').textContent.split(':')"
        f".map(Number)) < {below}", timeout=5)
    return time_left(browser)


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
    timer.until(lambda: timer.visible('[data-action="resume"]'))
    held = timer.text(TIME)
    # Paused: over a second of real time passes and the countdown stays put.
    time.sleep(1.2)
    assert timer.text(TIME) == held
    timer.css(STAGE).click()
    wait_for_a_tick(timer, time_left(timer))
    assert timer.visible('[data-action="pause"]')
    press(timer, "reset")


def test_a_reload_mid_session_restores_it(timer):
    timer.open(SHORT_HOLD)
    press(timer, "start")
    before = wait_for_a_tick(timer, 20)
    timer.reload()
    timer.wait(f"document.querySelector('{NOTES}') && !document.querySelector('{NOTES}').hidden")
    assert "back where you left it" in timer.text(NOTES)
    # Still counting from where it was, not from the preset.
    assert time_left(timer) <= before
    wait_for_a_tick(timer, time_left(timer))
    assert timer.visible('[data-action="pause"]')
    assert not timer.visible('[data-action="start"]')
    assert timer.run("return document.documentElement.dataset.timerRunning") == "true"
    press(timer, "reset")


def test_a_finished_session_is_saved_to_the_diary_exported_and_imported(timer, tmp_path):
    timer.open(SHORT_HOLD)
    timer.css("#pain-before").send_keys("6")
    press(timer, "start")
    wait_for_a_tick(timer, 20)
    # Skipping the only hold ends the session now, rather than after 20 real seconds.
    press(timer, "skip")
    timer.wait(f"!document.querySelector('{SUMMARY}').hidden")
    assert "Saved in your history" in timer.text(SUMMARY)
    timer.css("#pain-after").send_keys("3")
    timer.css("#session-note").send_keys("Calf looser")
    timer.button("Save to history").click()
    timer.wait("document.querySelector('[data-diary-status]').textContent === 'Saved.'")
    [saved] = timer.run("return JSON.parse(localStorage.getItem('tpg.history.v1'))")
    assert (saved["painBefore"], saved["painAfter"], saved["note"]) == (6, 3, "Calf looser")
    assert timer.run("return document.documentElement.dataset.timerRunning") is None

    timer.open("/history")
    timer.wait("document.querySelectorAll('[data-list] li').length === 1")
    assert "pain 6 → 3 of 10" in timer.text("[data-list] li")
    # Keep the blob the page builds and the link it clicks; the link's own download would
    # open a dialog in MiniBrowser, so the click is recorded instead of followed.
    timer.run("""
      window.__exports = [];
      const create = URL.createObjectURL;
      URL.createObjectURL = (blob) => {
        const url = create.call(URL, blob);
        window.__exports.push({url, blob});
        return url;
      };
      HTMLAnchorElement.prototype.click = function () {
        const made = window.__exports.find((e) => e.url === this.href);
        if (made) made.download = this.download;
      };
    """)
    timer.button("Export JSON").click()
    timer.wait("window.__exports.length === 1 && window.__exports[0].download")
    name, type_, text = timer.run_async("""
      const {blob, download} = window.__exports[0];
      return [download, blob.type, await blob.text()];
    """)
    assert name.startswith("trigger-point-history-") and name.endswith(".json")
    assert type_ == "application/json"
    exported = json.loads(text)
    assert exported["format"] == "trigger-point-guide-history"
    assert [e["id"] for e in exported["entries"]] == [saved["id"]]
    assert timer.text("[data-history-status]") == "Exported 1 session."

    timer.button("Export CSV").click()
    timer.wait("window.__exports.length === 2 && window.__exports[1].download")
    name, text = timer.run_async(
        "const {blob, download} = window.__exports[1]; return [download, await blob.text()];")
    assert name.endswith(".csv")
    lines = text.splitlines()
    assert lines[0] == "date,title,kind,minutes,points,painBefore,painAfter,note"
    assert lines[1].endswith(",6,3,Calf looser")

    # The JSON export brings the diary back after everything was deleted (File.text() in WebKit).
    backup = tmp_path / name.replace(".csv", ".json")
    backup.write_text(json.dumps(exported))
    timer.button("Delete all history").click()
    timer.button("Yes, delete all").click()
    timer.wait("document.querySelectorAll('[data-list] li').length === 0")
    timer.css("#import-file").send_keys(str(backup))
    timer.wait("document.querySelector('[data-history-status]').textContent === arguments[0]",
               "Imported 1 session.")
    assert timer.run("return JSON.parse(localStorage.getItem('tpg.history.v1'))") == [saved]

"""The timer on a phone, driven by Playwright's clock: what a person with a ball in hand sees."""

import json

import pytest
from playwright.sync_api import expect

pytestmark = pytest.mark.browser


@pytest.fixture
def timer(page, base_url, console_errors):
    """Open the timer at a URL with the page clock under the test's control."""

    def open_timer(query=""):
        page.clock.install()
        page.goto(base_url + "/timer" + query)
        return page

    yield open_timer
    assert console_errors == []


def time_left(page):
    return page.get_by_role("timer").inner_text()


def step(page):
    return page.locator("[data-step]").inner_text()


def press(page, name):
    page.get_by_role("button", name=name, exact=True).click()


def test_start_counts_down_from_the_preset(timer):
    page = timer("?hold=60&rest=10&rounds=3&sides=one")
    expect(page.get_by_role("timer")).to_have_text("1:00")
    expect(page.locator("[data-total]")).to_contain_text("3 points")
    press(page, "Start")
    page.clock.run_for(1000)
    assert time_left(page) == "0:59"
    page.clock.run_for(29_000)
    assert time_left(page) == "0:30"
    assert page.title().startswith("0:30 Hold")
    expect(page.locator("[data-checkin]")).to_be_visible()


def test_pause_holds_the_time_and_resume_continues(timer):
    page = timer("?hold=30&rest=5&rounds=1&sides=one")
    press(page, "Start")
    page.clock.run_for(10_000)
    press(page, "Pause")
    assert time_left(page) == "0:20"
    page.clock.run_for(60_000)
    assert time_left(page) == "0:20"
    expect(page.locator("[data-phase]")).to_have_text("Paused")
    press(page, "Resume")
    page.clock.run_for(5_000)
    assert time_left(page) == "0:15"


def test_one_tap_on_the_stage_pauses_and_resumes(timer):
    page = timer("?hold=30&rest=5&rounds=1&sides=one")
    press(page, "Start")
    page.clock.run_for(3_000)
    page.locator("[data-stage]").click()
    expect(page.get_by_role("button", name="Resume", exact=True)).to_be_visible()
    page.locator("[data-stage]").click()
    expect(page.get_by_role("button", name="Pause", exact=True)).to_be_visible()


def test_skip_moves_to_the_rest_then_the_other_side(timer):
    page = timer("?hold=30&rest=10&rounds=1&sides=both")
    assert step(page) == "Hold · Left side"
    press(page, "Start")
    page.clock.run_for(2_000)
    press(page, "Skip")
    expect(page.locator("[data-step]")).to_have_text("Rest")
    assert time_left(page) == "0:10"
    expect(page.locator("[data-next]")).to_contain_text("Next up: Hold · Right side")
    press(page, "Skip")
    expect(page.locator("[data-step]")).to_have_text("Hold · Right side")
    assert time_left(page) == "0:30"


def test_sides_switch_and_rounds_advance_on_time(timer):
    page = timer("?hold=20&rest=5&rounds=2&sides=both")
    press(page, "Start")
    page.clock.run_for(21_000)
    assert step(page) == "Rest"
    page.clock.run_for(5_000)
    assert step(page) == "Hold · Right side"
    page.clock.run_for(25_000)
    assert step(page) == "Hold · Left side"
    expect(page.locator("[data-sub]")).to_have_text("Point 3 of 4 · round 2 of 2")


def test_a_sleep_of_several_minutes_lands_on_the_right_step(timer):
    page = timer("?routine=desk-neck-shoulders")
    press(page, "Start")
    page.clock.run_for(1_000)
    plan = json.loads(page.locator("[data-timer]").get_attribute("data-timer"))
    routine = plan["routines"]["desk-neck-shoulders"]
    # The phone sleeps: no timers fire, then it wakes 3 minutes later.
    page.clock.fast_forward(180_000)
    page.clock.run_for(300)
    elapsed = 181_300
    expected = None
    for i, s in enumerate(routine["steps"]):
        if elapsed < s["seconds"] * 1000:
            expected = ("work", i)
            break
        elapsed -= s["seconds"] * 1000
        if i < len(routine["steps"]) - 1:
            if elapsed < routine["rest"] * 1000:
                expected = ("rest", i + 1)
                break
            elapsed -= routine["rest"] * 1000
    assert expected is not None
    if expected[0] == "rest":
        assert step(page) == "Rest"
    else:
        assert step(page) != "Rest"
        left = (routine["steps"][expected[1]]["seconds"] * 1000 - elapsed) / 1000
        minutes, seconds = divmod(int(-(-left // 1)), 60)
        assert time_left(page) == f"{minutes}:{seconds:02d}"


def test_a_reload_mid_session_restores_it(timer):
    page = timer("?hold=60&rest=10&rounds=1&sides=one")
    press(page, "Start")
    page.clock.run_for(20_000)
    page.reload()
    page.clock.run_for(1_000)
    assert time_left(page) == "0:39"
    expect(page.locator("[data-notes]")).to_contain_text("back where you left it")
    expect(page.get_by_role("button", name="Pause", exact=True)).to_be_visible()


def test_a_routine_runs_to_its_end_and_is_saved_with_pain_ratings(timer):
    page = timer("?routine=jaw")
    expect(page.get_by_role("heading", level=1)).to_have_text("Jaw and face")
    page.get_by_label("Pain before you start").select_option("6")
    press(page, "Start")
    page.clock.run_for(40_000)
    # Step by step: every step shows its instruction, every rest the next step.
    expect(page.locator("[data-instruction], [data-next]").first).not_to_be_empty()
    page.clock.run_for(20 * 60_000)
    summary = page.locator("[data-summary]")
    expect(summary).to_be_visible()
    expect(summary).to_contain_text("points in")
    expect(summary).to_contain_text("Saved in your history")
    page.get_by_label("Pain now").select_option("3")
    page.get_by_label("Note").fill("Jaw looser")
    summary.get_by_role("button", name="Save to history").click()
    expect(summary.get_by_role("status")).to_have_text("Saved.")
    history = page.evaluate("JSON.parse(localStorage.getItem('tpg.history.v1'))")
    assert len(history) == 1
    assert history[0]["kind"] == "routine" and history[0]["slug"] == "jaw"
    assert (history[0]["painBefore"], history[0]["painAfter"]) == (6, 3)
    assert history[0]["note"] == "Jaw looser"
    assert page.evaluate("document.documentElement.dataset.timerRunning") is None


@pytest.mark.parametrize("query", [
    "?hold=abc&rounds=%00&rest=<script>alert(1)</script>",
    "?hold=100000&rounds=-1&sides=sometimes",
    "?routine=../../etc/passwd",
    "?muscle=%E2%80%AE&mode=sideways",
    "?" + "hold=9&" * 300,
])
def test_garbage_parameters_fall_back_with_a_note(timer, query):
    page = timer(query)
    notes = page.locator("[data-notes]")
    expect(notes).to_be_visible()
    assert time_left(page) in {"0:45", "0:20", "1:30"}
    press(page, "Start")
    page.clock.run_for(2_000)
    assert time_left(page) in {"0:43", "0:18", "1:28"}


def test_changing_settings_updates_the_link_to_share(timer):
    page = timer("")
    page.get_by_label("Hold, seconds").fill("70")
    page.get_by_label("Rounds").fill("2")
    page.get_by_label("Rounds").blur()
    expect(page.get_by_role("timer")).to_have_text("1:10")
    assert "hold=70" in page.url and "rounds=2" in page.url
    page.get_by_text("Strokes", exact=True).click()
    expect(page.locator("[data-phase]")).to_have_text("Ready")
    assert "strokes=10" in page.url


def test_a_muscle_page_opens_the_timer_ready_for_that_muscle(page, base_url):
    page.goto(base_url + "/muscles/soleus")
    page.get_by_role("link", name="Start timer for this muscle").click()
    expect(page.get_by_role("heading", level=1)).to_have_text("Timer: Soleus")
    expect(page.locator("[data-instruction]")).to_be_visible()


def test_mute_is_remembered(timer):
    page = timer("")
    sound = page.get_by_role("button", name="Sound")
    expect(sound).to_have_attribute("aria-pressed", "true")
    sound.click()
    expect(sound).to_have_attribute("aria-pressed", "false")
    page.reload()
    expect(page.get_by_role("button", name="Sound")).to_have_attribute("aria-pressed", "false")


def test_cues_sound_at_start_halfway_and_side_switch(timer):
    page = timer("?hold=20&rest=0&rounds=1&sides=both")
    page.evaluate("""() => {
      window.__tones = [];
      const real = AudioContext.prototype.createOscillator;
      AudioContext.prototype.createOscillator = function () {
        const osc = real.call(this);
        const start = osc.start.bind(osc);
        osc.start = (at) => { window.__tones.push(osc.frequency.value); start(at); };
        return osc;
      };
    }""")
    press(page, "Start")
    page.clock.run_for(500)
    assert page.evaluate("window.__tones") == [880]  # start
    page.clock.run_for(10_000)
    assert page.evaluate("window.__tones.slice(1)") == [740, 740]  # halfway
    page.clock.run_for(10_000)
    tones = page.evaluate("window.__tones.slice(3)")
    assert tones[-3:] == [660, 880, 1100]  # switch side, after the last-seconds count


def test_a_seventh_session_in_one_day_earns_a_gentle_warning(timer):
    page = timer("")
    page.evaluate("""() => {
      const now = new Date();
      const entries = [0, 1, 2, 3, 4, 5].map((n) => ({
        id: 'e' + n, date: new Date(now.getTime() - n * 60000).toISOString(), kind: 'custom',
        slug: null, title: 'Hold', seconds: 90, points: 2, painBefore: null, painAfter: null,
        note: ''}));
      localStorage.setItem('tpg.history.v1', JSON.stringify(entries));
    }""")
    page.reload()
    expect(page.locator("[data-warnings]")).to_contain_text("6 sessions today")


def test_choosing_a_muscle_on_the_timer_applies_its_dose(timer):
    page = timer("")
    page.get_by_label("Muscle").select_option("piriformis")
    expect(page.get_by_role("heading", level=1)).to_have_text("Timer: Piriformis")
    assert "muscle=piriformis" in page.url
    expect(page.locator("[data-instruction]")).to_be_visible()
    page.reload()
    expect(page.get_by_label("Muscle")).to_have_value("piriformis")


def test_a_full_storage_quota_is_told_not_thrown(timer):
    page = timer("?hold=20&rest=0&rounds=1&sides=one")
    page.evaluate("""() => {
      Storage.prototype.setItem = function () {
        throw new DOMException('full', 'QuotaExceededError');
      };
    }""")
    press(page, "Start")
    expect(page.locator("[data-notes]")).to_contain_text("storage is full")
    page.clock.run_for(21_000)
    summary = page.locator("[data-summary]")
    expect(summary).to_be_visible()
    expect(summary).to_contain_text("Couldn't save to history: your phone's storage is full")


def test_spoken_cues_name_each_step_and_what_comes_next(page, base_url):
    page.add_init_script("""
      window.__said = [];
      speechSynthesis.speak = (utterance) => window.__said.push(utterance.text);
      speechSynthesis.cancel = () => {};
    """)
    page.clock.install()
    page.goto(base_url + "/timer?hold=20&rest=5&rounds=1&sides=both")
    page.get_by_role("button", name="Speak steps").click()
    press(page, "Start")
    page.clock.run_for(26_000)
    assert page.evaluate("window.__said") == [
        "Hold, Left side", "Rest. Next: Hold, Right side", "Hold, Right side"]


def test_the_screen_is_kept_awake_only_while_the_timer_runs(page, base_url):
    page.add_init_script("""
      window.__locks = [];
      Object.defineProperty(navigator, 'wakeLock', { value: { request: async () => {
        const lock = new EventTarget();
        lock.released = false;
        lock.release = async () => {
          lock.released = true;
          lock.dispatchEvent(new Event('release'));
        };
        window.__locks.push(lock);
        return lock;
      } } });
    """)
    page.clock.install()
    page.goto(base_url + "/timer?hold=20&rest=0&rounds=1&sides=one")
    held = "window.__locks.filter((l) => !l.released).length"
    assert page.evaluate(held) == 0
    press(page, "Start")
    page.clock.run_for(1_000)
    assert page.evaluate(held) == 1
    press(page, "Pause")
    assert page.evaluate(held) == 0
    press(page, "Resume")
    page.clock.run_for(1_000)
    assert page.evaluate(held) == 1
    page.clock.run_for(20_000)  # the session ends
    assert page.evaluate(held) == 0

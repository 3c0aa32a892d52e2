"""The timer on a phone, driven by Playwright's clock: what a person with a ball in hand sees."""

import json

import pytest
from playwright.sync_api import expect

from tests.conftest import open_timer, start_timer

pytestmark = pytest.mark.browser


@pytest.fixture
def timer(page, base_url, console_errors):
    """Open the timer at a URL with the page clock under the test's control."""

    def open_timer_at(query=""):
        return open_timer(page, base_url + "/timer" + query)

    yield open_timer_at
    assert console_errors == []


def time_left(page):
    return page.get_by_role("timer").inner_text()


def step(page):
    return page.locator("[data-step]").inner_text()


def press(page, name):
    if name == "Start":
        start_timer(page)
    else:
        page.get_by_role("button", name=name, exact=True).click()


def test_start_counts_down_from_the_preset(timer):
    page = timer("?hold=60&rest=10&rounds=3&sides=one")
    expect(page.get_by_role("timer")).to_have_text("1:00")
    expect(page.locator("[data-total]")).to_contain_text("3 steps")
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
    expect(page.locator("[data-sub]")).to_have_text("Step 3 of 4 · round 2 of 2")


def test_a_sleep_of_several_minutes_lands_on_the_right_step(timer):
    page = timer("?routine=desk-neck-shoulders")
    press(page, "Start")
    page.clock.run_for(1_000)
    routine = timer_data(page)["routines"]["desk-neck-shoulders"]
    # The phone sleeps: no timers fire, then it wakes 3 minutes later.
    page.clock.fast_forward(180_000)
    page.clock.run_for(300)
    # What the page shows, and how long the session has run by the page's own clock (a busy
    # machine adds real time between the test's steps), read at one moment.
    shown = page.evaluate("""() => ({
        now: Date.now(),
        started: JSON.parse(localStorage.getItem('tpg.timer.running.v1')).session.startedAt,
        step: document.querySelector('[data-step]').innerText,
        time: document.querySelector('[role=timer]').innerText})""")
    # The display is drawn at each tick, so it may be up to one tick behind the clock.
    expected = {where_in(routine, shown["now"] - shown["started"] - lag) for lag in (0, 250)}
    actual = ("rest", None) if shown["step"] == "Rest" else ("work", shown["time"])
    assert actual in expected, (actual, expected)
    assert shown["now"] - shown["started"] > 181_000


def where_in(routine, elapsed):
    """("work", "m:ss" left) or ("rest", None) for a routine `elapsed` ms after its start."""
    for i, s in enumerate(routine["steps"]):
        if elapsed < s["seconds"] * 1000:
            minutes, seconds = divmod(-(-(s["seconds"] * 1000 - elapsed) // 1000), 60)
            return ("work", f"{int(minutes)}:{int(seconds):02d}")
        elapsed -= s["seconds"] * 1000
        if i < len(routine["steps"]) - 1:
            if elapsed < routine["rest"] * 1000:
                return ("rest", None)
            elapsed -= routine["rest"] * 1000
    raise AssertionError("the routine has ended")


def test_a_reload_mid_session_restores_it(timer):
    page = timer("?hold=60&rest=10&rounds=1&sides=one")
    press(page, "Start")
    page.clock.run_for(20_000)
    page.reload()
    expect(page.get_by_role("button", name="Pause", exact=True)).to_be_visible()
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
    expect(summary).to_contain_text("steps in")
    expect(summary).to_contain_text("Saved in your history")
    page.get_by_label("Pain now").select_option("3")
    expect(summary.get_by_role("status")).to_have_text("Pain rating saved.")
    page.get_by_label("Note").fill("Jaw looser")
    page.clock.run_for(500)  # the note is saved when typing pauses
    expect(summary.get_by_role("status")).to_have_text("Note saved.")
    history = page.evaluate("JSON.parse(localStorage.getItem('tpg.history.v1'))")
    assert len(history) == 1
    assert history[0]["kind"] == "routine" and history[0]["slug"] == "jaw"
    assert (history[0]["painBefore"], history[0]["painAfter"]) == (6, 3)
    assert history[0]["note"] == "Jaw looser"
    assert page.evaluate("document.documentElement.dataset.timerRunning") is None


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
      // Six sessions in the last minutes, but never before midnight (a run just after it).
      const now = new Date();
      const midnight = new Date(now).setHours(0, 0, 0, 0);
      const entries = [0, 1, 2, 3, 4, 5].map((n) => ({
        id: 'e' + n, date: new Date(Math.max(midnight, now.getTime() - n * 60000)).toISOString(),
        kind: 'custom',
        slug: null, title: 'Hold', seconds: 90, points: 2, painBefore: null, painAfter: null,
        note: ''}));
      localStorage.setItem('tpg.history.v1', JSON.stringify(entries));
    }""")
    page.reload()
    expect(page.locator("[data-warnings]")).to_contain_text("6 sessions today")


def test_choosing_a_muscle_on_the_timer_applies_its_dose(timer):
    page = timer("")
    page.get_by_role("combobox", name="Muscle").select_option("piriformis")
    expect(page.get_by_role("heading", level=1)).to_have_text("Timer: Piriformis")
    assert "muscle=piriformis" in page.url
    expect(page.locator("[data-instruction]")).to_be_visible()
    page.reload()
    expect(page.get_by_role("combobox", name="Muscle")).to_have_value("piriformis")


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
    open_timer(page, base_url + "/timer?hold=20&rest=5&rounds=1&sides=both")
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
    open_timer(page, base_url + "/timer?hold=20&rest=0&rounds=1&sides=one")
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


# --- Ratings: asked where people see them, saved as they are given ----------------------------


def test_pain_before_is_asked_on_the_first_screen_next_to_start(timer):
    page = timer("?hold=20&rest=0&rounds=1&sides=one")
    pain = page.get_by_label("Pain before you start")
    start = page.get_by_role("button", name="Start", exact=True)
    expect(pain).to_be_in_viewport()
    expect(start).to_be_in_viewport()
    pain.select_option("4")
    start.click()
    expect(pain).to_be_hidden()
    page.clock.run_for(21_000)
    expect(page.locator("[data-summary]")).to_be_visible()
    history = page.evaluate("JSON.parse(localStorage.getItem('tpg.history.v1'))")
    assert history[0]["painBefore"] == 4


def test_a_rating_and_note_given_just_before_leaving_are_in_history(timer, base_url):
    page = timer("?hold=20&rest=0&rounds=1&sides=one")
    press(page, "Start")
    page.clock.run_for(21_000)
    summary = page.locator("[data-summary]")
    expect(summary).to_contain_text("Saved in your history")
    page.get_by_label("Pain now").select_option("2")
    page.get_by_label("Note").fill("Calf easier")
    page.goto(base_url + "/history")  # at once: no time for the note's pause to pass
    item = page.locator("[data-list] li").first
    expect(item).to_contain_text("pain not rated before, 2 of 10 after")
    expect(item).to_contain_text("Calf easier")


def test_the_finish_card_says_not_saved_when_a_rating_cannot_be(timer):
    page = timer("?hold=20&rest=0&rounds=1&sides=one")
    press(page, "Start")
    page.clock.run_for(21_000)
    page.evaluate("""() => {
      Storage.prototype.setItem = function () {
        throw new DOMException('full', 'QuotaExceededError');
      };
    }""")
    page.get_by_label("Pain now").select_option("2")
    status = page.locator("[data-summary]").get_by_role("status")
    expect(status).to_contain_text("Not saved: your phone's storage is full")


def test_history_and_timer_in_two_tabs_stay_in_step(timer, context, base_url):
    page = timer("?hold=20&rest=0&rounds=1&sides=one")
    other = context.new_page()
    other.goto(base_url + "/history")
    expect(other.get_by_text("No sessions yet")).to_be_visible()
    press(page, "Start")
    page.clock.run_for(21_000)
    expect(other.locator("[data-list] li")).to_have_count(1)
    page.get_by_label("Pain now").select_option("3")
    expect(other.locator("[data-list] li").first).to_contain_text("3 of 10 after")
    # An edit in the history tab reaches the finish card in the timer tab.
    other.get_by_role("button", name="Edit").first.click()
    other.get_by_label("Note").fill("From the other tab")
    other.get_by_role("button", name="Save changes").click()
    expect(page.get_by_label("Note")).to_have_value("From the other tab")
    expect(page.get_by_label("Pain now")).to_have_value("3")


# --- Keyboard and mis-taps --------------------------------------------------------------------


def test_focus_follows_start_pause_and_resume_for_the_keyboard(timer):
    page = timer("?hold=30&rest=0&rounds=1&sides=one")
    page.get_by_role("button", name="Start", exact=True).focus()
    page.keyboard.press("Enter")
    expect(page.get_by_role("button", name="Pause", exact=True)).to_be_focused()
    page.clock.run_for(2_000)
    page.keyboard.press("Enter")
    expect(page.get_by_role("button", name="Resume", exact=True)).to_be_focused()
    assert time_left(page) == "0:28"
    page.keyboard.press("Enter")
    expect(page.get_by_role("button", name="Pause", exact=True)).to_be_focused()


def test_reset_asks_first_and_the_timer_keeps_going_meanwhile(timer):
    page = timer("?hold=30&rest=0&rounds=1&sides=one")
    press(page, "Start")
    page.clock.run_for(5_000)
    press(page, "Reset")
    keep = page.get_by_role("button", name="Keep going")
    expect(keep).to_be_focused()
    page.clock.run_for(2_000)
    assert time_left(page) == "0:23"
    keep.click()
    expect(page.get_by_role("button", name="Pause", exact=True)).to_be_focused()
    expect(page.locator("[data-reset-confirm]")).to_be_hidden()
    press(page, "Reset")
    press(page, "Stop session")
    expect(page.get_by_role("button", name="Start", exact=True)).to_be_focused()
    assert time_left(page) == "0:30"
    assert page.evaluate("localStorage.getItem('tpg.timer.running.v1')") is None
    assert page.evaluate("localStorage.getItem('tpg.history.v1')") is None


def test_the_running_timer_links_to_each_muscle_how_to(timer):
    page = timer("?routine=jaw")
    routine = timer_data(page)["routines"]["jaw"]
    press(page, "Start")
    link = page.locator("[data-howto]")
    first = routine["steps"][0]["muscle"]
    expect(link).to_have_attribute("href", f"/muscles/{first}#treat-heading")
    expect(link).to_contain_text("how to treat it")
    later = next(s["muscle"] for s in routine["steps"] if s["muscle"] != first)
    while link.get_attribute("href") != f"/muscles/{later}#treat-heading":
        press(page, "Skip")
    link.click()
    expect(page.locator("#treat-heading")).to_be_visible()
    assert page.url.endswith(f"/muscles/{later}#treat-heading")


def test_history_is_one_tap_from_the_first_screen(timer):
    page = timer("")
    page.get_by_role("link", name="Your history and pain diary").click()
    expect(page.get_by_role("heading", level=1)).to_have_text("History and pain diary")


# --- Cautions ---------------------------------------------------------------------------------


def timer_data(page):
    """The data file the page loaded (/timer-data.json), each muscle's cautions as the titles the
    timer shows."""
    url = page.locator("[data-timer]").get_attribute("data-data-url")
    data = json.loads(page.evaluate("(url) => fetch(url).then((r) => r.text())", url))
    for muscle in data["muscles"].values():
        muscle["cautions"] = [data["cautions"][key] for key in muscle["cautions"]]
    return data


def test_a_muscle_cautions_show_before_start_and_while_it_runs(timer, page):
    timer("?muscle=soleus")
    expected = timer_data(page)["muscles"]["soleus"]["cautions"]
    assert any("Clot" in text for text in expected)
    cautions = page.locator("[data-cautions]")
    expect(cautions).to_be_visible()
    expect(cautions.locator("li")).to_have_text(expected)
    press(page, "Start")
    page.clock.run_for(1_000)
    expect(cautions).to_contain_text(expected[0])


def test_each_routine_step_shows_its_muscle_cautions(timer, page):
    timer("?routine=heel-calf")
    data = timer_data(page)
    steps = data["routines"]["heel-calf"]["steps"]
    first = data["muscles"][steps[0]["muscle"]]["cautions"]
    expect(page.locator("[data-routine-steps]")).to_contain_text(f"Take care: {first[0]}")
    cautions = page.locator("[data-cautions]")
    press(page, "Start")
    for s in steps:
        page.clock.run_for(500)
        expected = data["muscles"][s["muscle"]]["cautions"]
        if expected:
            expect(cautions).to_contain_text(expected[0])
        else:
            expect(cautions).to_be_hidden()
        press(page, "Skip")
        if page.locator("[data-step]").inner_text() == "Rest":
            press(page, "Skip")


def test_no_cautions_in_the_data_shows_none(timer, page):
    timer("?muscle=hand-interossei")
    assert timer_data(page)["muscles"]["hand-interossei"]["cautions"] == []
    expect(page.locator("[data-cautions]")).to_be_hidden()
    expect(page.locator("[data-howto]")).to_be_visible()


# --- A stored session that no longer fits -----------------------------------------------------


def stored_session(page, change):
    """Store a running session, bend it with a JS `change(record)`, and reload."""
    press(page, "Start")
    page.clock.run_for(3_000)
    page.evaluate(f"""() => {{
      const record = JSON.parse(localStorage.getItem('tpg.timer.running.v1'));
      localStorage.setItem('tpg.timer.running.v1', JSON.stringify(({change})(record)));
    }}""")
    page.reload()


@pytest.mark.parametrize("change, note", [
    pytest.param("r => ({...r, source: {...r.source, muscleSlug: 'old-name'}})",
                 "muscle is no longer in the app", id="renamed muscle"),
    pytest.param("r => ({...r, source: {...r.source, muscleSlug: 'constructor'}})",
                 "muscle is no longer in the app", id="prototype name"),
    pytest.param("r => ({...r, session: {...r.session, startedAt: 'yesterday'}})", "damaged",
                 id="text for a time"),
    pytest.param("r => ({...r, session: {...r.session, pausedMs: -1e308}})", "damaged",
                 id="negative pause"),
    pytest.param("r => ({...r, session: {...r.session, plan: r.session.plan.slice(1)}})",
                 "an update changed", id="plan changed"),
    pytest.param("r => ({...r, savedAt: r.savedAt - 13 * 3600e3, "
                 "session: {...r.session, startedAt: r.session.startedAt - 13 * 3600e3}})",
                 "more than 12 hours", id="too old"),
    pytest.param("r => 'not a session'", "damaged", id="not a record"),
])
def test_a_stored_session_that_no_longer_fits_is_dropped_with_a_note(timer, change, note):
    page = timer("?muscle=soleus")
    stored_session(page, change)
    expect(page.locator("[data-notes]")).to_contain_text(note)
    expect(page.get_by_role("timer")).to_have_text("0:45")  # the soleus's usual hold
    press(page, "Start")
    page.clock.run_for(2_000)
    assert time_left(page) == "0:43"


def test_a_stored_session_with_a_bad_pain_rating_keeps_running(timer):
    page = timer("?hold=60&rest=0&rounds=1&sides=one")
    stored_session(page, "r => ({...r, painBefore: 'constructor'})")
    expect(page.locator("[data-notes]")).to_contain_text("back where you left it")
    expect(page.locator("[data-notes]")).to_contain_text("could not be restored")
    expect(page.get_by_role("button", name="Pause", exact=True)).to_be_visible()

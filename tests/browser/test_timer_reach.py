"""The timer in one hand: Start, Pause and Skip within reach above the tab bar at any size, focus
where the next action is, cues that do what their switch says, and a time a screen reader reads."""

import pytest
from playwright.sync_api import expect

from tests.conftest import read_the_questions, scroll_settles, wait_reached, wait_until

pytestmark = pytest.mark.browser


STUB_SPEECH = """
  window.__said = [];
  speechSynthesis.speak = (utterance) => window.__said.push(utterance.text);
  speechSynthesis.cancel = () => {};
"""


@pytest.fixture
def timer(page, base_url, console_errors):
    def open_timer(query="", width=412, height=915, text="100%"):
        page.emulate_media(reduced_motion="reduce")
        page.set_viewport_size({"width": width, "height": height})
        page.clock.install()
        page.goto(base_url + "/timer" + query)
        page.evaluate(f"document.documentElement.style.fontSize = '{text}'")
        expect(page.get_by_role("timer")).not_to_have_text("")
        return page

    yield open_timer
    assert console_errors == []


def button(page, name):
    return page.get_by_role("button", name=name, exact=True)


@pytest.mark.parametrize("size", [(412, 915, "100%"), (320, 720, "200%"), (320, 568, "100%")])
@pytest.mark.parametrize("query", ["", "?routine=jaw"])
def test_start_is_tappable_above_the_tab_bar_on_first_load(timer, size, query):
    width, height, text = size
    page = timer(query, width, height, text)
    start = button(page, "Start")
    expect(start).to_be_visible()
    wait_reached(start)  # a tap on Start lands on Start


def test_at_large_text_start_is_one_line_and_leaves_the_screen_to_the_page(timer):
    """At 320 px with 200% text Start's icon and word wrapped onto two lines: a bar of 178 px
    that hid the red-flag questions above it."""
    page = timer("", 320, 640, "200%")
    start = button(page, "Start")
    icon, word = start.locator("svg").bounding_box(), start.locator("span").bounding_box()
    assert icon["y"] < word["y"] + word["height"] and word["y"] < icon["y"] + icon["height"]
    assert start.bounding_box()["height"] < 0.2 * 640


@pytest.mark.parametrize("size", [(412, 915, "100%"), (320, 720, "200%"), (915, 412, "100%"),
                                  (320, 568, "100%")])
def test_after_start_pause_is_focused_on_screen_and_skip_is_in_reach(timer, size):
    width, height, text = size
    page = timer("?routine=jaw", width, height, text)
    read_the_questions(page)
    button(page, "Start").focus()
    page.keyboard.press("Enter")
    scroll_settles(page)  # Start's smooth scroll runs in real time, not on the test's clock
    page.clock.run_for(1_000)
    pause = button(page, "Pause")
    expect(pause).to_be_focused()
    wait_reached(pause)  # Pause, focused, is on the screen too
    wait_reached(button(page, "Skip"))
    # The countdown and Pause are on one screen.
    time_box = page.get_by_role("timer").bounding_box()
    pause_box = pause.bounding_box()
    assert pause_box["y"] + pause_box["height"] - time_box["y"] <= height
    page.keyboard.press("Enter")
    expect(button(page, "Resume")).to_be_focused()
    wait_reached(button(page, "Resume"))


def test_at_the_end_focus_is_on_rating_the_pain(timer):
    page = timer("?hold=20&rest=0&rounds=1&sides=one")
    button(page, "Start").click()
    scroll_settles(page)  # Start's smooth scroll ends long before a real hold does
    page.clock.run_for(21_000)
    rate = page.get_by_label("Pain now")
    expect(rate).to_be_focused()
    wait_reached(rate)


def test_the_step_count_says_step(timer):
    page = timer("?routine=jaw")
    expect(page.locator("[data-sub]")).to_have_text("Step 1 of 6")


def test_turning_sound_off_leaves_spoken_steps_on(page, timer):
    page.add_init_script(STUB_SPEECH)
    page = timer("?hold=20&rest=5&rounds=1&sides=both")
    sound = button(page, "Sound")  # the name is the word alone: the check mark is not read
    sound.click()
    expect(sound).to_have_attribute("aria-pressed", "false")
    speak = button(page, "Speak steps")
    speak.click()
    expect(speak).to_have_attribute("aria-pressed", "true")
    button(page, "Start").click()
    page.clock.run_for(1_000)
    assert page.evaluate("window.__said") == ["Hold, Left side"]


def test_a_routine_speaks_and_announces_what_to_do(page, timer):
    page.add_init_script(STUB_SPEECH)
    page = timer("?routine=jaw")
    instruction = page.locator("[data-instruction]").inner_text()
    assert instruction
    button(page, "Speak steps").click()
    button(page, "Start").click()
    page.clock.run_for(1_000)
    said = page.evaluate("window.__said")
    assert len(said) == 1 and said[0].endswith(instruction)
    expect(page.locator("[data-announce]")).to_contain_text(instruction)
    expect(page.locator("[data-announce]")).to_contain_text("Step 1 of 6")


def test_the_time_is_text_a_screen_reader_reads(timer):
    page = timer("?hold=45&sides=one")
    time = page.get_by_role("timer")
    assert time.get_attribute("aria-label") is None
    expect(time).to_have_text("0:45")
    expect(page.locator(".timer-readout")).to_have_text("Time left: 0:45")
    # Announced per step, not every second: the live region is not the ticking time.
    button(page, "Start").click()
    page.clock.run_for(1_000)
    first = page.locator("[data-announce]").inner_text()
    page.clock.run_for(5_000)
    assert page.locator("[data-announce]").inner_text() == first


def test_the_dial_captions_grow_with_the_text(timer):
    page = timer("?routine=jaw", 412, 915)
    size = "(el) => parseFloat(getComputedStyle(el).fontSize)"
    normal = [page.locator(s).evaluate(size) for s in ("[data-phase]", "[data-sub]")]
    page.evaluate("document.documentElement.style.fontSize = '200%'")
    for selector, before in zip(("[data-phase]", "[data-sub]"), normal, strict=True):
        # wait_until, not wait_for_function: that one evaluates a string, which the CSP refuses.
        wait_until(page,
                   f"parseFloat(getComputedStyle(document.querySelector('{selector}')).fontSize)"
                   f" >= 1.9 * {before}", timeout=5)


def test_long_names_wrap_with_hyphens_in_the_page_language(timer):
    page = timer("?routine=jaw", 320, 720, "200%")
    assert page.evaluate("document.documentElement.lang")
    heading = page.locator("[data-step]")
    assert heading.evaluate("(el) => getComputedStyle(el).hyphens") == "auto"
    assert heading.evaluate("(el) => getComputedStyle(el).overflowWrap") != "anywhere"
    assert page.evaluate(
        "document.documentElement.scrollWidth <= document.documentElement.clientWidth")


def test_the_timer_passes_axe_ready_and_running(timer):
    from axe_playwright_python.sync_playwright import Axe

    page = timer("?routine=jaw")
    assert [v["id"] for v in Axe().run(page).response["violations"]] == []
    button(page, "Start").click()
    page.clock.run_for(1_000)
    assert [v["id"] for v in Axe().run(page).response["violations"]] == []


# The contrast of each visible field's and control's border against what is behind it.
BORDER_CONTRAST = """() => {
  const rgb = (c) => c.match(/[\\d.]+/g).slice(0, 3).map(Number);
  const lum = (c) => {
    const [r, g, b] = rgb(c).map((v) => v / 255)
      .map((v) => (v <= 0.03928 ? v / 12.92 : ((v + 0.055) / 1.055) ** 2.4));
    return 0.2126 * r + 0.7152 * g + 0.0722 * b;
  };
  const behind = (el) => {
    for (let node = el.parentElement; node; node = node.parentElement) {
      const bg = getComputedStyle(node).backgroundColor;
      if (bg && !bg.endsWith(', 0)') && bg !== 'transparent') return bg;
    }
    return 'rgb(255, 255, 255)';
  };
  return [...document.querySelectorAll(
      'main input, main select, main textarea, main .toggle, main .button-quiet')]
    .filter((el) => el.offsetParent !== null && getComputedStyle(el).borderTopWidth !== '0px')
    .map((el) => {
      const [a, b] = [lum(getComputedStyle(el).borderTopColor), lum(behind(el))];
      return [el.id || el.className, (Math.max(a, b) + 0.05) / (Math.min(a, b) + 0.05)];
    })
    .filter(([, ratio]) => ratio < 3);
}"""


@pytest.mark.parametrize("scheme", ["light", "dark"])
@pytest.mark.parametrize("path", ["/timer", "/routines/new"])
def test_field_and_control_borders_reach_3_to_1(page, base_url, scheme, path):
    page.emulate_media(color_scheme=scheme)
    page.goto(base_url + path)
    if path == "/routines/new":
        page.locator("[data-add='soleus']").click()
    expect(page.locator("main select").first).to_be_visible()
    assert page.evaluate(BORDER_CONTRAST) == []

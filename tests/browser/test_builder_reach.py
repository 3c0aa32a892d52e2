"""The routine builder for a therapist in a hurry: muscles found by body part, compact steps with
their whole choices visible, Save in reach, moves that keep focus, changed values said, and a
note per step and a "from" line that travel in the link to the client's timer."""

import pytest
from axe_playwright_python.sync_playwright import Axe
from playwright.sync_api import expect

from tests.conftest import NO_FIRST_VISIT_NOTE, wait_reached

pytestmark = pytest.mark.browser


# Selects whose chosen option is wider than the room the select gives it (cut off on screen).
CUT_SELECTS = """() => [...document.querySelectorAll('[data-steps] select')].filter((select) => {
  const probe = document.createElement('span');
  const style = getComputedStyle(select);
  probe.style.font = style.font;
  probe.style.whiteSpace = 'pre';
  probe.textContent = select.selectedOptions[0].textContent;
  document.body.append(probe);
  const text = probe.getBoundingClientRect().width;
  probe.remove();
  const padding = parseFloat(style.paddingLeft) + parseFloat(style.paddingRight);
  const room = select.clientWidth - padding - 20;
  return text > room;
}).map((s) => s.id)"""


@pytest.fixture
def builder(page, base_url, console_errors):
    def open_builder(width=412, height=915, text="100%"):
        page.set_viewport_size({"width": width, "height": height})
        page.goto(base_url + "/routines/new")
        page.evaluate(f"document.documentElement.style.fontSize = '{text}'")
        expect(page.get_by_label("Find a muscle")).to_be_visible()
        return page

    yield open_builder
    assert console_errors == []


def visible_picks(page):
    return page.locator("[data-pick]:not([hidden]) [data-add]")


@pytest.mark.parametrize("query, expected", [
    ("heel", "soleus"), ("calf", "gastrocnemius"), ("jaw", "masseter"),
    ("shoulder blade", None), ("traps", "upper-trapezius"), ("soleus", "soleus")])
def test_find_a_muscle_understands_body_parts_and_everyday_words(builder, query, expected):
    page = builder()
    page.get_by_label("Find a muscle").fill(query)
    expect(visible_picks(page).first).to_be_visible()
    if expected:
        expect(page.locator(f"[data-pick]:not([hidden]) [data-add='{expected}']")).to_be_visible()
    expect(page.locator("[data-find-count]")).not_to_have_text("0 muscles match.")


def add(page, *slugs):
    for slug in slugs:
        page.locator(f"[data-add='{slug}']").click()


def test_move_down_keeps_focus_so_enter_twice_moves_twice(builder):
    page = builder()
    add(page, "soleus", "masseter", "upper-trapezius")
    first = page.locator("[data-steps] > li").first.get_by_role("button", name="Move down")
    first.focus()
    page.keyboard.press("Enter")
    focused = page.locator(":focus")
    expect(focused).to_have_accessible_name("Move down step 2, Soleus")
    page.keyboard.press("Enter")
    expect(page.locator("[data-step-name]")).to_have_text(["Masseter", "Upper trapezius", "Soleus"])
    # At the bottom Move down is off: focus goes to the same step's Move up, never lost.
    expect(page.locator(":focus")).to_have_accessible_name("Move up step 3, Soleus")
    page.keyboard.press("Enter")
    expect(page.locator(":focus")).to_have_accessible_name("Move up step 2, Soleus")
    page.keyboard.press("Enter")
    expect(page.locator("[data-step-name]")).to_have_text(["Soleus", "Masseter", "Upper trapezius"])


def test_a_changed_value_is_said_and_tied_to_its_field(builder):
    page = builder()
    add(page, "soleus")
    amount = page.get_by_label("Seconds (20 to 90)")
    amount.fill("200")
    amount.press("Tab")
    expect(amount).to_have_value("90")
    expect(amount).to_have_accessible_description(
        "Set to 90 seconds: a hold is 20 to 90 seconds. Longer on one point can irritate it.")
    expect(page.locator("[data-status]")).to_contain_text("Set to 90 seconds")
    expect(page.get_by_label("Note (optional)")).to_have_accessible_description(
        "280 characters left.")


@pytest.mark.parametrize("size", [(412, 915, "100%"), (320, 720, "200%")])
def test_steps_are_compact_with_whole_choices_and_save_in_reach(builder, size):
    width, height, text = size
    page = builder(width, height, text)
    add(page, "soleus", "masseter", "upper-trapezius")
    assert page.evaluate(CUT_SELECTS) == []
    if text == "100%":
        card = page.locator("[data-steps] > li").first.bounding_box()
        assert card["height"] < height / 2, f"a step is {card['height']}px tall"
    page.get_by_label("Find a muscle").focus()
    save = page.get_by_role("button", name="Save routine")
    wait_reached(save)  # Save in reach
    page.get_by_label("Name of the routine").focus()
    wait_reached(save)


def test_step_notes_and_from_travel_to_the_client_and_the_timer(builder, browser, base_url):
    from tests.conftest import PHONE

    page = builder()
    page.get_by_label("Name of the routine").fill("Calf homework")
    page.get_by_label("From (optional)").fill("Eastside Physio, Dr. Lee")
    add(page, "soleus")
    page.get_by_label("Seconds (20 to 90)").fill("20")
    page.get_by_label("Rest between steps").fill("0")
    page.get_by_label("Note for this step").fill("Knee bent, heel on the floor")
    page.get_by_label("Note (optional)").fill("Twice a day.")
    page.get_by_role("button", name="Save routine").click()
    page.get_by_role("link", name="Share it").click()
    expect(page.locator("[data-share-title]")).to_have_text("Calf homework")
    link = page.get_by_label("The link").input_value()
    expect(page.locator("main")).not_to_contain_text("modules")

    other = browser.new_context(**PHONE)
    try:
        phone = other.new_page()
        # This is about the page's own layout: the one-off "ready offline" note (which floats
        # for a few seconds on a first visit, tests/browser/test_shell.py) stays away.
        phone.add_init_script(NO_FIRST_VISIT_NOTE)
        phone.clock.install()
        phone.goto(link)
        expect(phone.locator("[data-shared-title]")).to_have_text("Calf homework")
        expect(phone.locator("[data-shared-from]")).to_have_text("From Eastside Physio, Dr. Lee")
        expect(phone.locator("[data-shared-steps] li").first).to_contain_text(
            "Knee bent, heel on the floor")
        # The routine comes first: its name, who it is from, the note, the steps and Save.
        for target in ["[data-shared-title]", "[data-shared-from]", "[data-shared-note]",
                       "[data-shared-steps]", "[data-shared-save]"]:
            expect(phone.locator(target)).to_be_in_viewport()
        wait_reached(phone.get_by_role("button", name="Save to my routines"))
        fine_print = phone.get_by_text("nothing in it proves who made it")
        expect(fine_print).to_be_visible()
        order = phone.evaluate("""() => {
          const save = document.querySelector('[data-shared-save]');
          const print = document.querySelector('[data-shared-fine-print]');
          return Boolean(save.compareDocumentPosition(print) & Node.DOCUMENT_POSITION_FOLLOWING);
        }""")
        assert order, "the line about links comes after the routine"
        violations = Axe().run(phone).response["violations"]
        assert [v["id"] for v in violations] == []

        phone.add_init_script("""
          window.__said = [];
          speechSynthesis.speak = (u) => window.__said.push(u.text);
          speechSynthesis.cancel = () => {};
        """)
        phone.get_by_role("button", name="Save to my routines").click()
        phone.get_by_role("link", name="Start it").click()
        expect(phone.locator("[data-step-note]")).to_have_text("Note: Knee bent, heel on the floor")
        phone.get_by_role("button", name="Speak steps").click()
        phone.get_by_role("button", name="Start", exact=True).click()
        phone.clock.run_for(1_000)
        [said] = phone.evaluate("window.__said")
        assert said.endswith("Knee bent, heel on the floor"), said
    finally:
        other.close()


def test_builder_and_preview_pass_axe(builder, base_url):
    page = builder()
    add(page, "soleus")
    page.get_by_label("Seconds (20 to 90)").fill("200")
    page.get_by_label("Seconds (20 to 90)").press("Tab")
    violations = Axe().run(page).response["violations"]
    assert [v["id"] for v in violations] == []

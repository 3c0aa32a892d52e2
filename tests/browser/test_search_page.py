"""The browser's results are the server's: same markup, same words, built from one template."""

import re

import pytest
from playwright.sync_api import expect

from tests.conftest import phone_text, wait_reached, wait_until

QUERIES = [
    "heel hurts when I get up",
    "heel",
    "sudden worst headache with a stiff neck",
    "what self massage can and cant do",
    "stiff neck " * 20,
    "zzzzqqqq",
]


def markup(page):
    html = page.locator("[data-results]").inner_html()
    return re.sub(r">\s+<", "><", html).strip()


@pytest.mark.parametrize("query", QUERIES)
def test_results_typed_in_the_browser_match_the_servers(page, base_url, query):
    page.goto(base_url + "/search?" + "q=" + query.replace(" ", "+"))
    served = markup(page)
    assert served
    box = page.get_by_role("searchbox")
    box.fill("")
    wait_until(page, "document.querySelector('[data-results]').children.length === 0")
    box.fill(query)
    wait_until(page, "document.querySelector('[data-results]').children.length > 0")
    assert markup(page) == served


def test_guide_titles_show_apostrophes_in_the_browser(page, base_url):
    page.goto(base_url + "/search")
    page.get_by_role("searchbox").fill("what self massage can and cant do")
    expect(page.get_by_text("What it can and can’t do")).to_be_visible()
    assert "rsquo" not in page.locator("[data-results]").inner_text()


def test_a_long_query_says_which_words_were_used(page, base_url):
    page.goto(base_url + "/search")
    page.get_by_role("searchbox").fill("neck " * 40)
    expect(page.get_by_text("Only the first 32 words were used.")).to_be_visible()


@pytest.mark.parametrize("size", [(412, 915, 100), (320, 568, 200)])
def test_an_emergency_in_a_links_words_puts_the_call_button_on_the_first_screen(
        page, base_url, size):
    width, height, text = size
    page.set_viewport_size({"width": width, "height": height})
    phone_text(page, text)
    page.goto(base_url + "/search?q=my+face+feels+droopy+on+one+side+and+my+arm+is+weak")
    call = page.locator("[data-call-lead] a[href^='tel:']").first
    expect(call).to_be_visible()
    wait_reached(call)  # the call button on the first screen, uncovered
    if width == 412:  # in sight already: the page does not move
        assert page.evaluate("scrollY") == 0


def test_the_places_named_ask_first_and_an_answer_there_is_not_asked_again(page, base_url):
    page.goto(base_url + "/search?q=heel+hurts+when+I+get+up")
    asks = page.locator('[data-part="asks"]')
    expect(asks).to_have_text(
        "First, rule out the warning signs: quick questions for the heel.", use_inner_text=True)
    asks.get_by_role("link", name="heel").click()
    # The feet's page asks its questions before any muscle.
    first = page.get_by_role("heading", level=2).first
    expect(first).to_have_text("First: does any of these apply?")
    page.get_by_role("button", name="None of these").click()
    page.go_back()
    said = "You said none of the warning signs apply today for the heel."
    expect(asks).to_have_text(said, use_inner_text=True)
    # Results typed in the browser say it too; a place not answered is still asked.
    box = page.get_by_role("searchbox")
    box.fill("sore heel and a stiff neck")
    expect(asks).to_have_text(
        "First, rule out the warning signs: quick questions for the neck, heel.",
        use_inner_text=True)
    box.fill("my heel is sore")
    expect(asks).to_have_text(said, use_inner_text=True)


def test_the_ask_line_keeps_its_width_for_words_with_large_text(page, base_url):
    """At 320 px with 200% text an icon column left the words a sliver, broken mid-word."""
    page.set_viewport_size({"width": 320, "height": 568})
    phone_text(page, 200)
    page.goto(base_url + "/search?q=sciatica+down+my+leg")
    line = page.locator('[data-part="asks"]')
    inside = line.evaluate("(el) => { const s = getComputedStyle(el); return el.clientWidth"
                           " - parseFloat(s.paddingLeft) - parseFloat(s.paddingRight); }")
    assert line.locator("p").bounding_box()["width"] >= inside - 1


def asked_as_served(page, base_url, query, area, meanwhile):
    """Open the search for `query`, type `meanwhile`, then `query` again: the questions asked
    for `area` in the results are the server's, markup for markup. Returns their section."""
    page.goto(base_url + "/search?q=" + query.replace(" ", "+"))
    asked = page.locator(f"[data-results] [data-ask='{area}']")
    expect(asked.get_by_role("button", name="None of these")).to_be_visible()
    served = markup(page)
    box = page.get_by_role("searchbox")
    box.fill(meanwhile)
    if meanwhile:  # a place with nothing worth asking: its line, no questions
        expect(page.locator("[data-results] [data-part='asks']")).to_be_visible()
        expect(page.locator("[data-results] [data-ask]")).to_have_count(0)
    else:
        wait_until(page, "document.querySelector('[data-results]').children.length === 0")
    box.fill(query)
    expect(asked.get_by_role("button", name="None of these")).to_be_visible()
    assert markup(page) == served
    return asked


def test_a_query_worth_asking_asks_its_place_in_full_and_its_answer_holds(page, base_url):
    """No warning, but pain that has lasted weeks: the low back's questions are asked in
    the results, the same as the server's, before the muscles; "None of these" is the page's
    answer for the day."""
    asked = asked_as_served(page, base_url, "my back has ached for a few weeks", "low-back",
                            "sore heel")
    expect(asked.get_by_role("heading", name="First: does any of these apply?")).to_be_visible()
    # A question opens to its warning; the muscles follow the questions.
    asked.locator("summary").first.click()
    expect(asked.locator("details[open] [data-level]").first).to_be_visible()
    muscles = page.get_by_role("heading", name="Muscles worth checking")
    assert asked.bounding_box()["y"] < muscles.bounding_box()["y"]
    asked.get_by_role("button", name="None of these").click()
    expect(asked.get_by_text("You said none of these apply today")).to_be_visible()
    expect(page.locator("[data-part='asks']")).to_have_text(
        "You said none of the warning signs apply today for the low back.", use_inner_text=True)
    expect(asked.get_by_role("button", name="change")).to_be_focused()
    # The low back's own page keeps the answer too.
    page.goto(base_url + "/map/low-back")
    expect(page.get_by_text("You said none of these apply today")).to_be_visible()


def test_where_nothing_names_a_place_the_whole_body_is_asked_as_the_server_asks_it(page, base_url):
    """A small child who won't walk names no place and no muscle: the whole body's questions
    (a fever with confusion, a stroke, a child, weight loss...) are asked, typed as served."""
    asked = asked_as_served(page, base_url, "my 3 year old refuses to walk since this morning",
                            "whole-body", "")
    expect(asked.locator("summary")).to_have_count(6)
    expect(asked.get_by_text("Is this a child with a limp, a fever, night pain or back pain?")) \
        .to_be_visible()
    asked.get_by_role("button", name="None of these").click()
    expect(page.locator("[data-part='asks']")).to_have_text(
        "You said none of the warning signs apply today for the whole body.", use_inner_text=True)


def test_an_answer_given_on_the_places_page_folds_the_questions_asked_here(page, base_url):
    """Back from the low back's page, restored as it was (the back-forward cache): what was said
    there folds the questions asked here too."""
    page.goto(base_url + "/search?q=my+back+has+ached+for+a+few+weeks")
    asked = page.locator("[data-results] [data-ask='low-back']")
    expect(asked.get_by_role("button", name="None of these")).to_be_visible()
    # The page's own answer, as /map/low-back keeps it, then the page shown again from the cache.
    page.evaluate("""() => {
      localStorage.setItem('tpg.red-flag-answers.v1', JSON.stringify({'low-back': Date.now()}));
      dispatchEvent(new PageTransitionEvent('pageshow', { persisted: true }));
    }""")
    expect(asked.get_by_text("You said none of these apply today")).to_be_visible()
    expect(asked.get_by_role("button", name="None of these")).to_be_hidden()
    expect(page.locator("[data-part='asks']")).to_have_text(
        "You said none of the warning signs apply today for the low back.", use_inner_text=True)

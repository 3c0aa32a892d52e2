"""In WebKit: the first visit installs the worker, then every kind of page works with the server
process stopped, search included."""

import html
import re

import pytest

# One page of each kind, and the heading a person sees there.
PAGE_KINDS = [
    ("/", "Ease muscle knots yourself, safely"),
    ("/guide/", "The trigger point guide"),
    ("/guide/self-treatment", "How to treat yourself"),
    ("/muscles/", "Muscle library"),
    ("/muscles/soleus", "Soleus"),
    ("/map", "Where does it hurt?"),
    ("/map/head", "Head"),
    ("/routines/", "Guided routines"),
    ("/routines/jaw", "Jaw and face"),
    ("/timer", "Self-massage timer"),
    ("/history", "History and pain diary"),
    ("/search", "What do you feel?"),
]


def test_the_first_visit_registers_the_worker_and_it_controls_the_page(installed):
    seen = installed.first_visit
    assert seen["worker"].endswith("/sw.js")
    assert [name for name in seen["caches"] if name.startswith("tpg-precache-")], seen["caches"]
    # The page said so: "offline ready" is set when the worker activates on a first visit.
    assert seen["offline_ready"] == "true"
    assert seen["errors"] == []


@pytest.mark.parametrize("path, heading", PAGE_KINDS)
def test_every_kind_of_page_loads_offline(offline, path, heading):
    offline.open(path)
    assert offline.h1() == heading
    # The page's own stylesheet came from the cache too: the layout is not the browser's bare one.
    assert offline.run("return getComputedStyle(document.body).margin") == "0px"
    assert offline.errors == []


def test_the_body_map_draws_switches_sides_and_opens_a_region_offline(offline):
    offline.open("/map")
    # The regions are <use> references into the map's sprite, which came from the cache too.
    size = offline.run("const r = document.querySelector('[data-figure=front] a[aria-label=Chest]')"
                       ".getBoundingClientRect(); return [r.width, r.height]")
    assert min(size) > 10, size
    assert offline.visible("[data-figure=front]") and not offline.visible("[data-figure=back]")
    offline.button("Back").click()
    assert offline.visible("[data-figure=back]") and not offline.visible("[data-figure=front]")
    offline.button("Front").click()
    # WebKit's driver reports a click on the SVG link as intercepted (its hit test of <use>
    # shapes differs from the browser's), so the tap is a click event on the link itself.
    offline.run("document.querySelector('[data-figure=front] a[aria-label=Chest]')"
                ".dispatchEvent(new MouseEvent('click', {bubbles: true, cancelable: true}))")
    offline.wait("location.pathname === '/map/chest'")
    offline.wait("document.readyState === 'complete'")
    assert offline.h1() == "Chest"


def test_search_with_a_query_answers_from_the_offline_index(offline):
    offline.open("/search?q=heel")
    # The cached /search page has no results in it: these come from the index, ranked in the page.
    offline.wait("document.querySelector('#muscle-results')")
    assert offline.text("#muscle-results") == "Muscles worth checking"
    assert "Soleus" in offline.texts("[data-results] .card-title")
    # The place named asks its red-flag questions first, on its page.
    assert offline.run("return document.querySelector('[data-part=asks]').innerText.trim()") == (
        "First, rule out the warning signs: quick questions for the heel.")
    assert offline.run("return document.querySelector('[data-part=asks] a').pathname") == (
        "/map/feet")
    assert offline.run("return document.querySelector('[data-search-input]').value") == "heel"
    assert offline.errors == []


def test_search_answers_as_you_type_offline(offline, client):
    words = "thumb aches when I type"
    # What the server would answer, for the same words: JavaScriptCore must rank alike.
    page = client.get(f"/search?q={words}").text
    # The results, not the blank ones in the <template> the browser fills.
    expected = re.findall(r'class="card-title"[^>]*>([^<]*)<', page[:page.index("<template")])
    assert expected
    offline.open("/search")
    offline.css("input[type=search]").send_keys(words)
    # Typing answers after every pause, so wait for the whole phrase, then for its answers.
    offline.wait("decodeURIComponent(location.search) === arguments[0]", f"?q={words}")
    offline.until(lambda: offline.texts("[data-results] .card-title") == expected)
    assert offline.text("#muscle-results") == "Muscles worth checking"
    assert offline.errors == []


@pytest.mark.parametrize(("words", "area"), [
    ("my back has ached for a few weeks", "low-back"),
    # No place and no muscle named: the whole body's questions.
    ("my 3 year old refuses to walk since this morning", "whole-body"),
])
def test_search_asks_a_place_in_full_offline_as_the_server_does(offline, client, words, area):
    page = client.get(f"/search?q={words}").text
    asked = page[page.index(f'data-ask="{area}"'):]
    expected = re.findall(r"<summary>([^<]*)</summary>", asked[:asked.index("None of these")])
    assert len(expected) >= 5
    offline.open(f"/search?q={words}")
    offline.wait(f"document.querySelector('[data-results] [data-ask={area}] summary')")
    assert offline.texts(f"[data-results] [data-ask={area}] summary") == [
        html.unescape(q) for q in expected]
    assert offline.errors == []


def test_a_page_never_cached_shows_the_offline_page(offline):
    offline.open("/not-cached-anywhere")
    assert offline.h1() == "You're offline"
    assert offline.errors == []


def test_the_line_icons_draw_from_their_sprite_offline(offline):
    # Each icon is a <use> of /icons.svg, which came from the cache: it has a shape to draw.
    offline.open("/timer")
    offline.wait("document.querySelector('.tab-bar .icon use').getBBox().width > 10")
    offline.wait("document.querySelector('[data-action=start] .icon use').getBBox().width > 5")
    assert offline.errors == []


def test_a_reading_page_and_the_timer_have_their_own_stylesheets_offline(offline):
    # The reading pages' stylesheet is the default of the shell's styles slot (pwa/shell_parts.py).
    offline.open("/guide/self-treatment")
    prose = "return getComputedStyle(document.querySelector('.prose')).maxWidth"
    assert offline.run(prose) != "none"
    # The timer's pages fill the slot with their own (timer/_page.html), and it draws offline too.
    offline.open("/timer")
    sheets = offline.run("return [...document.querySelectorAll('link[rel=stylesheet]')]"
                         ".map((link) => new URL(link.href).pathname.split('.')[0])")
    assert sheets == ["/static/gen/app", "/static/gen/timer"]
    dial = "return getComputedStyle(document.querySelector('.timer-dial')).position"
    assert offline.run(dial) == "relative"

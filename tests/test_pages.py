"""Every page renders, links resolve, and the disclaimer is one tap away."""

import re
from pathlib import Path

import pytest
from markupsafe import escape

from pwa.build_tools.precache import html_page_urls

HREF = re.compile(r'(?:href|src)="(/[^"#]*)')


def all_pages(app):
    return html_page_urls(app)


def test_home_says_what_the_app_is(client):
    response = client.get("/")
    assert response.status_code == 200
    html = response.get_data(as_text=True)
    assert '<h1 class="home-title">Ease muscle knots' in html
    assert 'href="/guide/"' in html and 'href="/timer"' in html


def test_every_page_renders_with_disclaimer_and_navigation(app, client):
    for url in all_pages(app):
        response = client.get(url)
        assert response.status_code == 200, url
        html = response.get_data(as_text=True)
        assert 'href="/disclaimer"' in html, url
        assert 'class="tab-bar"' in html and 'href="#main"' in html, url
        assert html.count("<h1") == 1, url


def test_every_internal_link_resolves(app, client):
    checked = {}
    for url in all_pages(app):
        for link in HREF.findall(client.get(url).get_data(as_text=True)):
            if link not in checked:
                checked[link] = client.get(link).status_code
            assert checked[link] == 200, f"{url} links to {link}: {checked[link]}"


@pytest.mark.parametrize("path", ["/guide", "/muscles"])
def test_collections_have_one_canonical_url(client, path):
    response = client.get(path)
    assert response.status_code == 308
    assert response.headers["Location"].endswith(path + "/")


def test_guide_chapters_in_order_with_neighbours(client, content):
    chapters = content.chapters
    html = client.get(f"/guide/{chapters[1].slug}").get_data(as_text=True)
    assert f'href="/guide/{chapters[0].slug}" rel="prev"' in html
    assert f'href="/guide/{chapters[2].slug}" rel="next"' in html
    assert "min read" in html


def test_long_chapters_have_a_table_of_contents(client, content):
    long_ones = [c for c in content.chapters if len(c.body.toc) >= 3]
    assert long_ones
    for chapter in long_ones:
        html = client.get(f"/guide/{chapter.slug}").get_data(as_text=True)
        assert "In this chapter" in html
        for anchor, _ in chapter.body.toc:
            assert f'id="{anchor}"' in html and f'href="#{anchor}"' in html


def test_no_template_holds_text_whose_indentation_shows(app):
    """Templates are read without their lines' leading spaces (pwa/template_indent.py): right
    for HTML, which folds them, wrong inside a <pre> or a textarea's text, which keep them."""
    folder = app.jinja_loader.searchpath[0]
    for path in sorted(Path(folder).rglob("*.html")):
        source = path.read_text()
        assert "<pre" not in source, path
        assert not re.search(r"<textarea[^>]*>(?!</textarea>)", source), path


def test_pages_carry_no_indentation(client):
    assert not re.search(r"\n[ \t]+<", client.get("/timer").get_data(as_text=True))


def test_healthz(client):
    response = client.get("/healthz")
    assert response.status_code == 200 and response.get_json()["status"] == "ok"
    assert response.headers["Cache-Control"] == "no-store"


def test_pages_are_served_compressed_and_revalidated(client):
    plain = client.get("/", headers={"Accept-Encoding": "identity"})
    brotli_page = client.get("/", headers={"Accept-Encoding": "br, gzip"})
    assert brotli_page.headers["Content-Encoding"] == "br"
    assert len(brotli_page.data) < len(plain.data) / 2
    assert plain.headers["Vary"] == "Accept-Encoding"
    assert plain.headers["Cache-Control"] == "no-cache"
    again = client.get("/", headers={"If-None-Match": plain.headers["ETag"],
                                     "Accept-Encoding": "identity"})
    assert again.status_code == 304


def routine_slugs():
    from pwa import PACKAGE_DIR

    return sorted(p.stem for p in (PACKAGE_DIR / "content" / "routines").glob("*.yaml"))


@pytest.mark.parametrize("slug", routine_slugs())
def test_every_routine_lists_its_cautions_before_its_first_step(client, content, slug):
    routine = content.routines[slug]
    html = client.get(f"/routines/{slug}").get_data(as_text=True)
    callout, steps = html.index('id="cautions-heading"'), html.index('class="step-list"')
    assert callout < steps
    assert html.index('href="/timer?routine=') > callout
    keys = {key for step in routine.steps for key in content.muscles[step.muscle].cautions}
    assert keys
    for key in keys:
        caution = content.cautions[key]
        assert callout < html.index(str(escape(caution.text))) < steps, key


@pytest.mark.parametrize("slug", routine_slugs())
def test_every_routine_step_names_its_muscles_cautions(client, content, slug):
    html = client.get(f"/routines/{slug}").get_data(as_text=True)
    step_list = html[html.index('class="step-list"'):]
    items = step_list[:step_list.index("</ol>")].split("<li>")[1:]
    steps = content.routines[slug].steps
    assert len(items) == len(steps)
    for step, item in zip(steps, items, strict=True):
        for key in content.muscles[step.muscle].cautions:
            assert str(escape(content.cautions[key].title)) in item, (slug, step.muscle, key)


def test_every_chapter_and_sourced_page_shows_its_sources(client, content):
    documents = [(f"/guide/{c.slug}", c) for c in content.chapters]
    documents += [(f"/{p.slug}", p) for p in content.pages.values() if p.sources]
    assert len(documents) > len(content.chapters)
    for url, document in documents:
        html = client.get(url).get_data(as_text=True)
        heading = html.index('id="sources-heading"')
        assert document.sources, url
        for ref in document.sources:
            assert html.index(str(escape(content.sources[ref.ref].citation))) > heading, url


def test_the_timer_data_carries_each_muscles_cautions_in_order(client, content):
    data = client.get("/timer-data.json").get_json()
    for slug, muscle in content.muscles.items():
        titles = [data["cautions"][key] for key in data["muscles"][slug]["cautions"]]
        assert titles == [c.title for c in content.cautions_for([muscle])]
    neck = [data["cautions"][key] for key in data["muscles"]["sternocleidomastoid"]["cautions"]]
    assert "Never press the front or side of the neck" in neck
    listed = [slug for _, slugs in data["groups"] for slug in slugs]
    assert listed == list(content.muscles)
def test_each_encoding_has_its_own_etag_and_revalidates(client):
    """A strong ETag names exact bytes: brotli, gzip and plain differ, and each gets its 304."""
    etags = {}
    for accept in ("br", "gzip", "identity"):
        response = client.get("/guide/safety", headers={"Accept-Encoding": accept})
        etags[accept] = response.headers["ETag"]
        again = client.get("/guide/safety", headers={"Accept-Encoding": accept,
                                                     "If-None-Match": etags[accept]})
        assert again.status_code == 304 and again.data == b""
        assert again.headers["ETag"] == etags[accept]
        assert again.headers["Vary"] == "Accept-Encoding"
    assert len(set(etags.values())) == 3
    # Another encoding's tag does not validate these bytes.
    other = client.get("/guide/safety", headers={"Accept-Encoding": "br",
                                                 "If-None-Match": etags["gzip"]})
    assert other.status_code == 200 and other.headers["Content-Encoding"] == "br"


def test_the_worker_is_compressed_and_revalidated(client):
    first = client.get("/sw.js", headers={"Accept-Encoding": "br"})
    assert first.headers["Content-Encoding"] == "br"
    assert first.headers["Cache-Control"] == "no-cache"
    again = client.get("/sw.js", headers={"Accept-Encoding": "br",
                                          "If-None-Match": first.headers["ETag"]})
    assert again.status_code == 304


def test_an_emergency_calls_the_practice_number_when_one_is_set(app):
    with app.test_request_context():
        macros = app.jinja_env.get_template("_red_flags.html").module
        one = str(macros.call_button("999"))
        three = str(macros.call_button(""))
    assert one.count('href="tel:') == 1 and 'href="tel:999"' in one
    assert [f'href="tel:{n}"' in three for n in ("112", "911", "999")] == [True] * 3

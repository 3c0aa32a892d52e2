"""Every page is the shell around its part: offline (composed by the worker) as online."""

import json
import shutil
import subprocess

import pytest

from pwa import shell_parts
from pwa.build_tools.precache import html_page_urls
from pwa.shell_parts import (
    NAME_LENGTH,
    REPEATED_ON,
    SHELL_URL,
    PartError,
    compose,
    cut_part,
    part_url,
    repeated_lines,
)

NODE = shutil.which("node")


@pytest.fixture(scope="module")
def pages(app):
    client = app.test_client()
    shell = client.get(SHELL_URL).get_data(as_text=True)
    return shell, [(url, client.get(url).get_data(as_text=True),
                    client.get(part_url(url)).get_data(as_text=True))
                   for url in html_page_urls(app)]


def test_every_page_is_the_shell_around_its_part_byte_for_byte(pages):
    shell, whole_and_parts = pages
    assert len(whole_and_parts) > 100
    for url, whole, part in whole_and_parts:
        assert compose(shell, part) == whole, url


def test_the_part_leaves_the_frame_out(pages):
    shell, whole_and_parts = pages
    for url, whole, part in whole_and_parts:
        assert "site-footer" not in part and "tab-bar" not in part, url
        assert len(part) < len(whole), url


def test_the_shell_and_parts_are_precached_not_whole_pages(app, precache_entries):
    urls = {e["url"] for e in precache_entries}
    assert SHELL_URL in urls
    for url in html_page_urls(app):
        assert part_url(url) in urls and url not in urls, url


def test_a_path_that_is_no_page_has_no_part(client):
    for path in ("/_part/no-such-page", "/_part/sw.js", "/_part/search-index.json",
                 "/_part/_part/", "/_part/guide"):  # /guide redirects to /guide/
        assert client.get(path).status_code == 404, path


def test_a_page_that_does_not_fit_the_shell_has_no_part():
    shell = "<p><!--slot:a--></p><b><!--slot:b--></b><!--fragments--><!--frag:x-->X"
    assert cut_part(shell, "<p>1X</p><b>2</b>") == "<!--slot:a-->1<!--frag:x--><!--slot:b-->2"
    for page in ("<p>1</p><i>2</i>", "<div>1</div><b>2</b>", "<p><!--slot:a--></p><b></b>"):
        with pytest.raises(PartError):
            cut_part(shell, page)


def test_every_fragment_in_the_shell_is_one_the_parts_can_name(pages):
    """A marker whose name the parser cannot read (an underscore, say) would glue its text to
    the fragment before it, and no part would ever use it."""
    from pwa.shell_parts import split_shell

    shell, whole_and_parts = pages
    _, fragments = split_shell(shell)
    assert shell.count("<!--frag:") == len(fragments)
    used = {name for _, _, part in whole_and_parts for name in fragments
            if f"<!--frag:{name}-->" in part}
    assert sum(1 for n in used if n.startswith("caution-")) >= 10


def test_a_slot_left_out_gets_its_default_and_a_bare_marker_empties_it():
    shell = "<h><!--slot:styles--></h><!--slot:main--><!--fragments--><!--frag:default-styles-->S"
    assert compose(shell, "<!--slot:main-->1") == "<h>S</h>1"
    assert compose(shell, "<!--slot:styles--><!--slot:main-->1") == "<h></h>1"
    assert cut_part(shell, "<h>S</h>1") == "<!--slot:main-->1"
    assert cut_part(shell, "<h></h>1") == "<!--slot:styles--><!--slot:main-->1"


def test_the_timer_pages_leave_the_reading_styles_out(client):
    reading, timer = client.get("/guide/").text, client.get("/timer").text
    assert "/static/gen/content." in reading
    assert "/static/gen/content." not in timer


@pytest.mark.parametrize("path, own", [("/timer", "timer"), ("/history", "history"),
                                       ("/routines/new", "routines"), ("/routines/", "routines")])
def test_each_timer_page_links_its_own_stylesheet_and_not_the_others(client, path, own):
    page = client.get(path).text
    for name in ("timer", "history", "routines"):
        assert (f'href="/static/gen/{name}.' in page) == (name == own), name


def test_a_line_many_pages_repeat_travels_once_in_the_shell():
    shell = "<b><!--slot:main--></b><!--fragments--><!--frag:x-->X"
    common = "<p>A sentence that many pages repeat word for word.</p>"
    rare = "<p>A sentence that only a few pages repeat word for word.</p>"
    pages = [f"<b>\n  {common}\n  <i>{n}</i>\n{rare if n < REPEATED_ON - 1 else ''}</b>"
             for n in range(REPEATED_ON)]
    table = repeated_lines(shell, pages)
    assert common in table and rare not in table
    assert repeated_lines(shell, list(reversed(pages))) == table  # the same pages, the same shell
    for page in pages:
        part = cut_part(shell + table, page)
        assert common not in part and compose(shell + table, part) == page


def test_a_line_is_named_by_the_shortest_start_of_its_hash_no_other_line_shares():
    lines = [f"<p>Line number {n} of a page that many pages repeat.</p>" for n in range(2000)]
    names = shell_parts._short_names(lines)
    assert len(set(names.values())) == len(lines)  # two thousand lines: some first letters collide
    assert min(map(len, names.values())) == NAME_LENGTH < max(map(len, names.values()))
    for line, name in names.items():
        assert shell_parts._base36(line).startswith(name)
    # A line added renames no other line unless their names' first letters collide.
    fewer = shell_parts._short_names(lines[:-1])
    renamed = [line for line in fewer if fewer[line] != names[line]]
    assert all(names[line].startswith(names[lines[-1]][:NAME_LENGTH]) for line in renamed)


def test_the_shell_carries_lines_the_muscle_pages_repeat(pages):
    shell, whole_and_parts = pages
    heading = '<h2 id="treat-heading">How to treat it yourself</h2>'
    muscles = [part for url, _, part in whole_and_parts if url.startswith("/muscles/") and
               url != "/muscles/"]
    assert heading in shell and muscles and not any(heading in part for part in muscles)


@pytest.mark.skipif(NODE is None, reason="Node.js is not installed")
def test_the_worker_composes_every_page_as_the_server_does(app, pages, tmp_path):
    from pathlib import Path

    shell, whole_and_parts = pages
    cases = [{"shell": shell, "part": part} for _, _, part in whole_and_parts]
    # Edge cases too: a missing slot or fragment is empty, or the slot's default; "$&" in a
    # value is not a pattern.
    cases += [{"shell": "a<!--slot:x-->b<!--slot:y-->c<!--fragments--><!--frag:f-->F$&",
               "part": "<!--slot:y-->$&<!--frag:f--><!--frag:none-->"},
              {"shell": "<!--slot:x-->", "part": ""},
              {"shell": "a<!--slot:x-->b<!--slot:y--><!--fragments--><!--frag:default-x-->D",
               "part": "<!--slot:y-->1"},
              {"shell": "a<!--slot:x-->b<!--slot:y--><!--fragments--><!--frag:default-x-->D",
               "part": "<!--slot:x--><!--slot:y-->1"}]
    (tmp_path / "cases.json").write_text(json.dumps(cases))
    worker = Path(app.config["BUILD_DIR"]) / "sw.js"
    out = subprocess.run([NODE, "tests/js/compose-cli.mjs", str(worker),
                          str(tmp_path / "cases.json")], capture_output=True, text=True, check=True)
    theirs = json.loads(out.stdout)
    for case, page in zip(cases, theirs, strict=True):
        assert page == compose(case["shell"], case["part"]), case["part"][:80]
    for (url, whole, _), page in zip(whole_and_parts, theirs, strict=False):
        assert page == whole, url


def test_a_worker_serves_the_shell_the_build_worked_out_without_rendering_every_page(
        monkeypatch, tmp_path):
    """The build writes the repeated lines (every page rendered once, at build time); a worker's
    first /_shell reads them, so a first install does not wait for it to render the whole app."""
    import hashlib

    from pwa import PACKAGE_DIR, create_app, shell_parts

    build = tmp_path / "build"
    shutil.copytree(PACKAGE_DIR / "build", build)
    assert (build / shell_parts.LINES_FILE).stat().st_size > 1000

    def rendered_every_page(*args):
        raise AssertionError("the shell's lines were worked out again, not read")

    monkeypatch.setattr(shell_parts, "repeated_lines", rendered_every_page)
    body = create_app({"BUILD_DIR": str(build)}).test_client().get(SHELL_URL).get_data()
    revisions = {e["url"]: e["revision"] for e in json.loads((build / "precache.json").read_text())}
    assert hashlib.sha256(body).hexdigest() == revisions[SHELL_URL]

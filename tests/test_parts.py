"""Every page is the shell around its part: offline (composed by the worker) as online."""

import json
import shutil
import subprocess

import pytest

from pwa.build_tools.precache import html_page_urls
from pwa.shell_parts import SHELL_URL, PartError, compose, cut_part, part_url

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

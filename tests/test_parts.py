"""Every page is the shell around its part, byte for byte."""

import pytest

from pwa.parts import SHELL_URL, PartError, compose, cut_part, part_url
from pwa.precache import html_page_urls


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

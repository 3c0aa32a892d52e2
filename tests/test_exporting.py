"""`flask export`: where it may write, and the host rules it writes."""

import re

import pytest

from pwa.build_tools.export import IMMUTABLE, MARKER, ExportError, clear, headers_file, nginx_conf
from pwa.build_tools.precache import page_urls
from pwa.security import SECURITY_HEADERS
from pwa.shell_parts import SHELL_URL, part_url


def test_a_new_folder_is_created_and_marked_as_an_export(tmp_path):
    target = tmp_path / "new" / "dist"
    clear(target)
    assert [p.name for p in target.iterdir()] == [MARKER]


def test_an_empty_folder_is_used(tmp_path):
    clear(tmp_path)
    assert (tmp_path / MARKER).is_file()


def test_an_earlier_export_is_replaced_whole(tmp_path):
    clear(tmp_path)
    (tmp_path / "guide").mkdir()
    (tmp_path / "guide" / "stale.html").write_text("old")
    clear(tmp_path)
    assert [p.name for p in tmp_path.iterdir()] == [MARKER]


def test_a_folder_it_did_not_write_is_left_alone(tmp_path):
    (tmp_path / "notes").mkdir()
    (tmp_path / "notes" / "precious.txt").write_text("mine")
    with pytest.raises(ExportError, match="not empty and was not written by `flask export`"):
        clear(tmp_path)
    assert (tmp_path / "notes" / "precious.txt").read_text() == "mine"
    assert not (tmp_path / MARKER).exists()


def test_a_file_in_the_way_is_left_alone(tmp_path):
    target = tmp_path / "dist"
    target.write_text("mine")
    with pytest.raises(ExportError, match="is a file"):
        clear(target)
    assert target.read_text() == "mine"


def test_the_command_refuses_with_a_message_and_deletes_nothing(app, tmp_path):
    (tmp_path / "index.html").write_text("someone else's site")
    result = app.test_cli_runner().invoke(args=["export", str(tmp_path)])
    assert result.exit_code == 1
    assert f"Error: {tmp_path} is not empty and was not written by `flask export`" in result.output
    assert "Traceback" not in result.output
    assert [p.name for p in tmp_path.iterdir()] == ["index.html"]


def test_nginx_rules_extend_its_mime_table_instead_of_replacing_it():
    conf = nginx_conf()
    include = conf.index("include mime.types;")
    types = [m.start() for m in re.finditer(r"\btypes\s*\{", conf)]
    assert types and all(start > include for start in types)
    assert "application/manifest+json webmanifest;" in conf


def headers_for(rules_text, url):
    """The headers a Netlify-style host sends for `url`: every matching rule's, each value of
    a name kept (Cloudflare Pages joins them with a comma; a list shows a clash)."""
    sent, pattern = {}, None
    for line in rules_text.splitlines():
        if not line.strip() or line.startswith("#"):
            continue
        if not line.startswith(" "):
            regex = "^" + re.escape(line).replace(r"\*", ".*") + "$"
            pattern = re.compile(regex)
        elif pattern.match(url):
            name, value = (part.strip() for part in line.split(":", 1))
            sent.setdefault(name, []).append(value)
    return sent


def test_host_rules_give_every_clean_url_its_headers_and_one_cache_rule(app):
    pages = page_urls(app)
    frame = [SHELL_URL, part_url("/"), part_url("/guide/safety"), "/sw.js"]
    bundles = ["/static/gen/app.0123abcd.js", "/static/gen/app.0123abcd.css"]
    rules = headers_file(pages + frame + bundles)
    assert "/guide/safety" in pages and "/map/feet" in pages and "/guide/" in pages
    for url in pages + frame + bundles:
        sent = headers_for(rules, url)
        for name, value in SECURITY_HEADERS.items():
            assert sent[name] == [value], (url, name)
        expected = IMMUTABLE if url.startswith("/static/gen/") else "no-cache"
        assert sent["Cache-Control"] == [expected], url
    assert "Strict-Transport-Security" in rules.splitlines()[0]  # how to add it, as a comment


def test_nginx_rules_say_how_to_add_hsts_and_serve_compressed_twins():
    conf = nginx_conf()
    assert "Strict-Transport-Security" in conf.split("server {")[0]
    assert "gzip_static on;" in conf and "gzip on;" in conf

"""The service worker build: generated from the app, deterministic, and complete."""

import json

import pytest

from pwa import create_app
from pwa.build_tools.precache import (
    PLACEHOLDER,
    SOURCE,
    PrecacheError,
    build_precache_manifest,
    inject_manifest,
    manifest_version,
    page_urls,
)


@pytest.fixture(scope="module")
def entries(precache_entries):
    return precache_entries


def test_placeholder_once_in_source_never_in_output(client):
    assert SOURCE.read_text().count(PLACEHOLDER) == 1
    served = client.get("/sw.js")
    assert served.status_code == 200
    assert PLACEHOLDER.encode() not in served.data
    assert served.headers["Cache-Control"] == "no-cache"
    assert served.mimetype == "text/javascript"


def test_every_page_bundle_and_icon_is_precached(app, content, entries):
    # A page is precached as its part, composed with the shell by the worker (pwa/shell_parts.py).
    urls = {e["url"] for e in entries}
    assert "/_shell" in urls
    pages = {u.removeprefix("/_part") for u in urls if u.startswith("/_part/")}
    assert not pages & urls, "a page is precached whole and as a part"
    urls |= pages
    assert {"/", "/guide/", "/muscles/", "/map", "/search", "/timer", "/routines/", "/history",
            "/offline", "/manifest.webmanifest", "/search-index.json"} <= urls
    assert {f"/guide/{c.slug}" for c in content.chapters} <= urls
    assert {f"/muscles/{slug}" for slug in content.muscles} <= urls
    assert {f"/map/{r.id}" for r in content.body.regions if not r.section} <= urls
    assert {f"/routines/{slug}" for slug in content.routines} <= urls
    assert {"/disclaimer", "/privacy", "/about"} <= urls
    assert any(u.startswith("/static/gen/app.") and u.endswith(".css") for u in urls)
    assert any(u.startswith("/static/gen/timer.") for u in urls)
    assert "/static/icons/icon-192.png" in urls and "/static/icons/maskable-192.png" in urls
    # The 512 px icons only a splash screen or a desktop asks for, online (test_install.py).
    assert "/static/icons/icon-512.png" not in urls and "/static/icons/maskable-512.png" not in urls
    # The launcher draws the shortcuts' icons from the installed app; no page shows them.
    assert not any(u.startswith("/static/icons/shortcut-") for u in urls)
    assert "/sw.js" not in urls and "/healthz" not in urls


def test_every_bundle_the_timer_data_and_the_icons_are_precached(app, entries):
    """Including what a page imports after its first paint (the timer's session) or fetches
    (its data), and the icon sprite every page refers to."""
    from pwa.build_tools.assets import BUNDLES

    urls = {e["url"] for e in entries}
    with app.test_request_context():
        env = app.jinja_env.assets_environment
        bundles = {env[name].urls()[0] for name in BUNDLES}
    assert bundles <= urls
    assert {"/timer-data.json", "/icons.svg"} <= urls
    assert not any(u.endswith((".gz", ".br")) for u in urls)


def test_a_url_that_redirects_fails_the_build(monkeypatch):
    # /guide answers with a redirect to /guide/: precaching it would store the redirect.
    import pwa.build_tools.precache

    fresh = create_app({"TESTING": True})
    monkeypatch.setattr(pwa.build_tools.precache, "page_urls", lambda app: ["/guide"])
    with pytest.raises(PrecacheError, match="/guide is not a page"):
        build_precache_manifest(fresh)


def test_building_twice_gives_identical_bytes_without_a_single_request(app, entries,
                                                                      monkeypatch):
    """A second app builds the same manifest and the same packs, though a file's date has
    changed (packs keep no file dates), and never through Flask's test client."""
    import os

    from flask.testing import FlaskClient

    from pwa.build_tools.precache import build_packs, precache_responses

    packs = build_packs(precache_responses(app))

    def no_request(*args, **kwargs):
        raise AssertionError("the build made a request through Flask's test client")

    monkeypatch.setattr(FlaskClient, "open", no_request)
    icon = os.path.join(app.static_folder, "icons", "icon-192.png")
    when = os.stat(icon)
    os.utime(icon, (when.st_atime - 86400, when.st_mtime - 86400))  # older: make rebuilds nothing
    try:
        fresh = create_app({"TESTING": True})
        again = build_precache_manifest(fresh)
        assert build_packs(precache_responses(fresh)) == packs
    finally:
        os.utime(icon, (when.st_atime, when.st_mtime))
    assert again == entries
    source = SOURCE.read_text()
    assert inject_manifest(source, entries) == inject_manifest(source, again)


def test_changing_one_page_changes_only_its_revision_and_the_version(app, entries, tmp_path):
    import shutil

    from pwa import PACKAGE_DIR

    content = tmp_path / "content"
    shutil.copytree(PACKAGE_DIR / "content", content)
    page = content / "pages" / "privacy.md"
    page.write_text(page.read_text() + "\nOne more sentence.\n")
    changed = build_precache_manifest(create_app({"TESTING": True, "CONTENT_DIR": str(content)}))
    before = {e["url"]: e["revision"] for e in entries}
    after = {e["url"]: e["revision"] for e in changed}
    assert before.keys() == after.keys()
    differing = {url for url in before if before[url] != after[url]}
    # The search index holds the guide's words, not the standalone pages', so only the page.
    assert differing == {"/_part/privacy"}
    source = SOURCE.read_text()
    assert manifest_version(entries, source) != manifest_version(changed, source)


def test_a_worker_change_alone_gets_a_cache_of_its_own(entries):
    # Same entries, new worker code: the install must not write into the live version's cache.
    source = SOURCE.read_text()
    assert manifest_version(entries, source) != manifest_version(entries, source + "\n// v2")


def test_revision_is_the_sha256_of_the_bytes_the_browser_decodes(app, entries):
    """Whatever encoding the browser gets, the bytes it decodes hash to the revision."""
    import gzip
    import hashlib

    import brotli

    client = app.test_client()
    decoders = {"br": brotli.decompress, "gzip": gzip.decompress, None: lambda data: data}
    for entry in entries:
        for accept in ("br", "gzip", "identity"):
            response = client.get(entry["url"], headers={"Accept-Encoding": accept})
            decoded = decoders[response.headers.get("Content-Encoding")](response.data)
            assert hashlib.sha256(decoded).hexdigest() == entry["revision"], (entry, accept)


def test_inject_refuses_a_source_without_exactly_one_placeholder():
    with pytest.raises(PrecacheError):
        inject_manifest("const a = 1;", [])
    with pytest.raises(PrecacheError):
        inject_manifest(PLACEHOLDER + PLACEHOLDER, [])


def test_a_route_without_an_expansion_fails_the_build(app):
    fresh = create_app({"TESTING": True})
    fresh.add_url_rule("/new/<thing>", "new_thing", lambda thing: thing)
    with pytest.raises(PrecacheError, match="/new/<thing>"):
        page_urls(fresh)


def test_manifest_is_key_stable_json(entries):
    payload = json.loads(inject_manifest(PLACEHOLDER, entries))
    assert payload["entries"] == entries and len(payload["version"]) == 16
    assert all(len(e["revision"]) == 64 for e in entries)

"""The own-routine pages: served like every page, precached, light, and their bundles whole."""

import re

import pytest

from benchmarks.budgets import CRITICAL_KB, CRITICAL_PAGES
from pwa import PACKAGE_DIR

PAGES = ["/routines/new", "/routines/share", "/routines/shared"]
# Compressed bytes of a page plus the stylesheet and scripts it loads (docs/timer.md).
LIGHT_PAGE_BYTES = 21 * 1024


def critical_path_bytes(client, path):
    html = client.get(path, headers={"Accept-Encoding": "identity"}).get_data(as_text=True)
    linked = re.findall(r'(?:href|src)="(/static/gen/[^"]+)"', html)
    return sum(len(client.get(url, headers={"Accept-Encoding": "br"}).data)
               for url in [path, *linked])


@pytest.mark.parametrize("path", PAGES)
def test_the_pages_are_precached(precache_entries, path):
    urls = {entry["url"] for entry in precache_entries}
    assert "/_part" + path in urls  # composed with the shell by the worker (pwa/shell_parts.py)
    assert any(u.startswith("/static/gen/share.") for u in urls)


def test_no_ready_made_routine_is_hidden_by_an_own_routine_page(content):
    # /routines/new is matched before /routines/<slug>, so a routine named "new" would vanish.
    assert not {"new", "share", "shared"} & set(content.routines)


def test_the_builder_offers_every_muscle_once_from_the_timer_data(client, content):
    """The builder draws its picker from /timer-data.json's groups (routine-builder-page.js)."""
    html = client.get("/routines/new").get_data(as_text=True)
    assert "data-picks" in html and "data-pick-template" in html
    groups = client.get("/timer-data.json").get_json()["groups"]
    assert sorted(slug for _, slugs in groups for slug in slugs) == sorted(content.muscles)


def test_the_preview_carries_every_caution_hidden_until_a_link_needs_it(client, content):
    html = client.get("/routines/shared").get_data(as_text=True)
    for key in content.cautions:
        assert f'data-caution="{key}" hidden>' in html


@pytest.mark.parametrize("path", ["/timer", "/routines/new", "/routines/shared"])
def test_the_qr_code_library_loads_only_on_the_share_page(client, path):
    html = client.get(path).get_data(as_text=True)
    assert "/static/gen/share." not in html


@pytest.mark.parametrize("path", ["/routines/new", "/routines/shared", "/routines/"])
def test_the_own_routine_pages_stay_light(client, path):
    assert critical_path_bytes(client, path) <= LIGHT_PAGE_BYTES


@pytest.mark.parametrize("path", CRITICAL_PAGES)
def test_the_budget_pages_first_bytes_fit_their_budget(client, path):
    """What `make bench` measures as served, held here too: a page over it shows late on a slow
    link (the timer went 13 bytes over once, unnoticed until the bench ran)."""
    assert critical_path_bytes(client, path) <= CRITICAL_KB * 1024


def test_the_vendored_qr_library_keeps_its_licence_in_the_bundle(app):
    with app.test_request_context():
        url = app.jinja_env.globals["asset_url"]("js_share")
    bundle = (PACKAGE_DIR / "static" / url.removeprefix("/static/")).read_text()
    assert "/*! uqr 0.1.3 (npm \"uqr\"" in bundle
    assert (PACKAGE_DIR / "static" / "vendor" / "uqr-0.1.3.LICENSE").exists()

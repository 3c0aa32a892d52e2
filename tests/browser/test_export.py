"""The static export works from a plain static file server, offline included."""

import functools
import http.server
import threading
from pathlib import Path

import pytest
from playwright.sync_api import expect

from pwa.export import export
from tests.conftest import PHONE, wait_until


class CleanUrlHandler(http.server.SimpleHTTPRequestHandler):
    """A plain file server with the rule static hosts have: /page -> page.html when it exists
    (before /page/ as a folder: /map is map.html, /map/feet is map/feet.html)."""

    extensions_map = {**http.server.SimpleHTTPRequestHandler.extensions_map,
                      ".webmanifest": "application/manifest+json", ".js": "text/javascript"}

    def translate_path(self, path):
        local = Path(super().translate_path(path))
        if not local.is_file() and local.with_name(local.name + ".html").is_file():
            return str(local.with_name(local.name + ".html"))
        return str(local)

    def log_message(self, *args):
        pass


@pytest.fixture(scope="module")
def exported(app, tmp_path_factory):
    target = tmp_path_factory.mktemp("dist")
    export(app, target)
    return target


@pytest.fixture
def static_server(exported):
    handler = functools.partial(CleanUrlHandler, directory=str(exported))
    server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), handler)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    yield server, f"http://127.0.0.1:{server.server_address[1]}"
    server.shutdown()
    server.server_close()


def test_export_has_every_page_and_the_host_rules(exported):
    for name in ("index.html", "guide/index.html", "guide/safety.html", "muscles/soleus.html",
                 "map.html", "timer.html", "sw.js", "manifest.webmanifest", "404.html",
                 "_headers", "nginx.conf.example", "search-index.json"):
        assert (exported / name).is_file(), name
    headers = (exported / "_headers").read_text()
    assert "Content-Security-Policy" in headers and "immutable" in headers


def test_static_copy_works_offline(browser, static_server):
    server, url = static_server
    context = browser.new_context(**PHONE)
    page = context.new_page()
    page.goto(url + "/")
    wait_until(page, "navigator.serviceWorker.controller !== null")
    server.shutdown()
    server.server_close()
    for path in ["/guide/", "/guide/safety", "/muscles/soleus", "/map/feet", "/timer?hold=60",
                 "/history"]:
        assert page.goto(url + path).ok, path
        expect(page.get_by_role("heading", level=1)).to_be_visible()
    page.goto(url + "/search?q=heel+hurts+when+I+get+up")
    expect(page.get_by_role("link", name="Soleus")).to_be_visible()
    context.close()

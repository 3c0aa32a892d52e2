"""The static export works from a plain static file server and from nginx with the rules the
export writes, offline included."""

import functools
import gzip
import http.server
import os
import re
import shutil
import signal
import subprocess
import threading
import urllib.error
import urllib.request
from pathlib import Path

import pytest
from playwright.sync_api import expect

from pwa.build_tools.export import IMMUTABLE, export, file_for
from tests.conftest import PHONE, free_port, stop_group, wait_for_answer, wait_until_controlled

NGINX = shutil.which("nginx") or "/usr/sbin/nginx"
# One export serves the whole file: under pytest-xdist its tests stay on one process, so the
# module's `exported` is built once, not once per process.
pytestmark = pytest.mark.xdist_group("export")


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


class Nginx:
    """nginx as an ordinary process, serving `root` with the export's own nginx.conf.example.

    Only `listen` and `root` are changed; the server block is included from a main config of
    our own, beside a copy of the installed mime.types, as it would be from /etc/nginx.
    """

    def __init__(self, root, prefix):
        self.port = free_port()
        self.url = f"http://127.0.0.1:{self.port}"
        self.prefix = prefix
        prefix.mkdir()
        site, listens = re.subn(r"\blisten 80;", f"listen 127.0.0.1:{self.port};",
                                (root / "nginx.conf.example").read_text())
        site, roots = re.subn(r"\broot [^;]+;", f"root {root};", site)
        assert (listens, roots) == (1, 1), "nginx.conf.example changed shape"
        (prefix / "site.conf").write_text(site)
        shutil.copy(installed_conf_dir() / "mime.types", prefix / "mime.types")
        temp_paths = "\n".join(f"    {name}_temp_path {prefix}/{name};"
                               for name in ("client_body", "proxy", "fastcgi", "uwsgi", "scgi"))
        # As root, workers would switch to `nobody`, who cannot read pytest's private tmp dirs.
        user = "user root;" if os.geteuid() == 0 else ""
        (prefix / "nginx.conf").write_text(f"""
{user}
worker_processes 1;
daemon off;
pid {prefix}/nginx.pid;
error_log {prefix}/error.log warn;
events {{ worker_connections 64; }}
http {{
    access_log off;
{temp_paths}
    include site.conf;
}}
""")
        self.process = None

    def start(self):
        self.process = subprocess.Popen(
            [NGINX, "-p", str(self.prefix), "-c", str(self.prefix / "nginx.conf"),
             "-e", str(self.prefix / "error.log")],
            start_new_session=True, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
        return wait_for_answer(self, "/", 10, "nginx",
                               log=lambda: (self.prefix / "error.log").read_text())

    def stop(self):
        stop_group(self.process, signal.SIGQUIT)  # graceful: finish, then exit


def installed_conf_dir():
    """Where this nginx keeps nginx.conf and mime.types (/etc/nginx on Debian)."""
    built_with = subprocess.run([NGINX, "-V"], capture_output=True, text=True).stderr
    found = re.search(r"--conf-path=(\S+)", built_with)
    return Path(found.group(1)).parent if found else Path("/etc/nginx")


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

    def stop():
        server.shutdown()
        server.server_close()

    yield f"http://127.0.0.1:{server.server_address[1]}", stop


@pytest.fixture
def nginx(exported, tmp_path):
    if not os.path.exists(NGINX):
        pytest.fail("nginx is not installed: `make test` installs it (apt-get install nginx-light)")
    server = Nginx(exported, tmp_path / "nginx").start()
    yield server
    server.stop()


def fetch(url, **headers):
    request = urllib.request.Request(url, headers=headers)
    try:
        with urllib.request.urlopen(request, timeout=5) as response:
            return response.status, response.headers, response.read()
    except urllib.error.HTTPError as error:
        return error.code, error.headers, error.read()


def check_works_offline(browser, url, stop_server):
    """The service worker takes over; with the server gone, every kind of page still works."""
    context = browser.new_context(**PHONE)
    page = context.new_page()
    page.goto(url + "/")
    wait_until_controlled(page)
    stop_server()
    for path in ["/guide/", "/guide/safety", "/muscles/soleus", "/map/feet", "/timer?hold=60",
                 "/history"]:
        assert page.goto(url + path).ok, path
        expect(page.get_by_role("heading", level=1)).to_be_visible()
    page.goto(url + "/search?q=heel+hurts+when+I+get+up")
    expect(page.get_by_role("link", name="Soleus")).to_be_visible()
    context.close()


def test_export_has_every_page_and_the_host_rules(app, exported):
    # Every bundle the build keeps, the previous release's included, with its twins.
    gen = Path(app.static_folder) / "gen"
    assert {p.name for p in gen.iterdir()} <= {p.name for p in (exported / "static/gen").iterdir()}
    for name in ("index.html", "guide/index.html", "guide/safety.html", "muscles/soleus.html",
                 "map.html", "timer.html", "sw.js", "manifest.webmanifest", "404.html",
                 "_headers", "nginx.conf.example", "search-index.json"):
        assert (exported / name).is_file(), name
    headers = (exported / "_headers").read_text()
    assert "Content-Security-Policy" in headers and "immutable" in headers


def test_static_copy_works_offline(browser, static_server):
    url, stop = static_server
    check_works_offline(browser, url, stop)


def test_nginx_sends_each_kind_of_file_with_its_content_type(nginx, exported):
    script = next(exported.glob("static/gen/timer.*.js")).relative_to(exported).as_posix()
    style = next(exported.glob("static/gen/app.*.css")).relative_to(exported).as_posix()
    expected = {
        "/guide/safety": "text/html; charset=utf-8",
        "/guide/": "text/html; charset=utf-8",
        "/map": "text/html; charset=utf-8",
        f"/{script}": re.compile(r"(application|text)/javascript(; charset=utf-8)?"),
        f"/{style}": re.compile(r"text/css(; charset=utf-8)?"),
        "/manifest.webmanifest": re.compile(r"application/manifest\+json(; charset=utf-8)?"),
        "/sw.js": re.compile(r"(application|text)/javascript(; charset=utf-8)?"),
        "/static/icons/icon.svg": "image/svg+xml",
        "/search-index.json": re.compile(r"application/json(; charset=utf-8)?"),
    }
    for path, content_type in expected.items():
        status, headers, _ = fetch(nginx.url + path)
        assert status == 200, path
        if isinstance(content_type, str):
            assert headers["Content-Type"] == content_type, path
        else:
            assert content_type.fullmatch(headers["Content-Type"]), (path, headers["Content-Type"])
        assert headers["X-Content-Type-Options"] == "nosniff", path
        assert "default-src 'self'" in headers["Content-Security-Policy"], path


def test_nginx_caches_bundles_forever_and_the_worker_and_pages_never(nginx, exported):
    script = next(exported.glob("static/gen/timer.*.js")).relative_to(exported).as_posix()
    _, headers, body = fetch(f"{nginx.url}/{script}", **{"Accept-Encoding": "gzip"})
    assert headers["Cache-Control"] == "public, max-age=315360000, immutable"
    assert headers["Content-Encoding"] == "gzip"  # the .gz written at build time
    for path in ("/sw.js", "/guide/safety"):
        assert fetch(nginx.url + path)[1]["Cache-Control"] == "no-cache", path


def test_nginx_sends_every_kind_of_text_compressed_with_its_headers(nginx, exported):
    script = "/" + next(exported.glob("static/gen/timer.*.js")).relative_to(exported).as_posix()
    expected = {
        "/guide/safety": ("text/html; charset=utf-8", "no-cache"),  # a page by its clean URL
        "/guide/": ("text/html; charset=utf-8", "no-cache"),
        "/_part/guide/safety": ("text/html; charset=utf-8", "no-cache"),  # a page's part
        "/_shell": ("text/html; charset=utf-8", "no-cache"),
        "/search-index.json": ("application/json", "no-cache"),
        "/sw.js": ("javascript", "no-cache"),
        "/manifest.webmanifest": ("application/manifest+json", "no-cache"),
        "/static/icons/icon.svg": ("image/svg+xml", "no-cache"),
        script: ("javascript", IMMUTABLE),
    }
    for path, (content_type, caching) in expected.items():
        status, headers, body = fetch(nginx.url + path, **{"Accept-Encoding": "gzip"})
        assert status == 200, path
        assert headers["Content-Encoding"] == "gzip", path
        assert "Accept-Encoding" in headers["Vary"], path
        assert content_type in headers["Content-Type"], (path, headers["Content-Type"])
        assert headers["Cache-Control"] == caching, path
        assert "default-src 'self'" in headers["Content-Security-Policy"], path
        plain = (exported / file_for(path)).read_bytes()
        assert gzip.decompress(body) == plain, path
        # A client that asks for nothing gets the plain bytes.
        _, headers, body = fetch(nginx.url + path, **{"Accept-Encoding": "identity"})
        assert headers["Content-Encoding"] is None and body == plain, path


def test_nginx_answers_an_unknown_path_with_the_404_page(nginx, exported):
    status, headers, body = fetch(nginx.url + "/no/such/page")
    assert status == 404
    assert headers["Content-Type"] == "text/html; charset=utf-8"
    assert body == (exported / "404.html").read_bytes()


def test_the_export_works_offline_on_nginx(browser, nginx):
    check_works_offline(browser, nginx.url, nginx.stop)


def test_the_worker_finds_its_first_install_packs_in_the_export(nginx, exported):
    # Without them a first install on a static host falls back to one request per entry.
    worker = (exported / "sw.js").read_text()
    packs = sorted(set(re.findall(r"/_pack/[0-9a-f]{16}\.pack", worker)))
    assert packs
    for pack in packs:
        status, headers, body = fetch(nginx.url + pack, **{"Accept-Encoding": "gzip"})
        assert status == 200 and headers["Content-Encoding"] == "gzip", pack
        assert gzip.decompress(body) == (exported / pack.lstrip("/")).read_bytes(), pack

"""Fixtures: the app and its test client, and real gunicorn servers for browser tests."""

import os
import shutil
import signal
import socket
import subprocess
import sys
import time
import urllib.request
from pathlib import Path

import pytest
from flask.testing import FlaskClient

from pwa import PACKAGE_DIR, create_app

ROOT = Path(__file__).resolve().parent.parent
# The lane's pages run in Chromium's headless shell: the same build's Blink and V8 without the
# browser's own layer (Playwright's default headless Chromium), at about 60% of the CPU of the
# whole browser, which is what bound `make test`'s time. What only the whole browser decides,
# installability (the shell reports no error even for a page with no manifest), runs in
# `CHROMIUM`: tests/browser/test_install.py.
CHROMIUM = "/usr/bin/chromium"
CHROMIUM_SHELL = "/usr/bin/chromium-headless-shell"
PHONE = {
    "viewport": {"width": 412, "height": 915},
    "device_scale_factor": 2.625,
    "is_mobile": True,
    "has_touch": True,
}
# Chromium's own calls home are refused on these machines; keep it quiet and local.
CHROMIUM_ARGS = [
    "--no-sandbox",
    "--disable-gpu",
    "--disable-quic",
    "--no-first-run",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
]


class ReadWholeClient(FlaskClient):
    """Flask's test client, reading each response whole and closing it, as a server would.

    WhiteNoise answers with an open file; the tests want bytes. (The app itself never makes a
    request: the build and the export read pages with `stored_pages.page_at`.)
    """

    def open(self, *args, **kwargs):
        response = super().open(*args, **kwargs)
        response.direct_passthrough = False
        response.get_data()
        response.close()
        return response


def pytest_collection_modifyitems(items):
    for item in items:
        path = str(item.path).replace(os.sep, "/")
        if "tests/browser/" in path:
            item.add_marker(pytest.mark.browser)
        if "tests/webkit/" in path:
            # One WebKit session, installed once then offline, serves the whole lane: under
            # pytest-xdist (`make test`) its tests stay together on one worker, in order.
            item.add_marker(pytest.mark.xdist_group("webkit"))
    # The longest tests first, so that under xdist no process is left with one of them at the
    # end while the others wait (a stable sort: each file keeps its order).
    items.sort(key=lambda item: not any(name in str(item.path) for name in LONGEST_FIRST))


# Files whose tests take 10 s or more each (a whole-site sweep, a worker install or an update).
LONGEST_FIRST = ("tests/webkit/", "test_offline.py", "test_update.py", "test_first_install.py",
                 "test_export.py", "test_accessibility.py", "test_bundle_releases.py")


def ensure_built():
    """Unit tests need the bundle names; build once if `make build` has not run."""
    if not (PACKAGE_DIR / "build" / "sw.js").exists():
        from pwa.build_tools.cli import build_all

        build_all(create_app())


@pytest.fixture(scope="session")
def app():
    ensure_built()
    app = create_app({"TESTING": True})
    app.test_client_class = ReadWholeClient
    return app


@pytest.fixture(scope="session")
def precache_entries(app):
    """The release's precache manifest, built once for every test that reads it."""
    from pwa.build_tools.precache import build_precache_manifest

    return build_precache_manifest(app)


@pytest.fixture
def client(app):
    return app.test_client()


@pytest.fixture(scope="session")
def content(app):
    return app.extensions["tpg_content"]


# --- Real servers ---------------------------------------------------------------------------


def free_port():
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


def wait_for_answer(server, path, seconds, name, log=lambda: ""):
    """Return `server` once `server.url + path` answers; raise with its errors if it exits or
    stays silent for `seconds`. `log` adds what the server wrote elsewhere."""
    deadline = time.monotonic() + seconds
    while time.monotonic() < deadline:
        if server.process.poll() is not None:
            raise RuntimeError(f"{name} exited: {server.process.stderr.read().decode()}{log()}")
        try:
            with urllib.request.urlopen(server.url + path, timeout=1):
                return server
        except OSError:
            time.sleep(0.05)
    server.stop()
    raise RuntimeError(f"{name} did not answer {path} within {seconds} s")


def stop_group(process, sig):
    """Stop a server's whole process group with `sig`, then SIGKILL after 10 s."""
    if process and process.poll() is None:
        os.killpg(process.pid, sig)
        try:
            process.wait(timeout=10)
        except subprocess.TimeoutExpired:
            os.killpg(process.pid, signal.SIGKILL)
            process.wait()
    if process and process.stderr:
        process.stderr.close()


class Server:
    """The real app under gunicorn, in its own process group so it can be stopped whole."""

    def __init__(self, env=None, port=None, app="wsgi:app"):
        self.app = app
        self.port = port or free_port()
        self.url = f"http://127.0.0.1:{self.port}"
        self.env = {**os.environ, **(env or {})}
        self.process = None

    def start(self):
        self.process = subprocess.Popen(
            [sys.executable, "-m", "gunicorn", "--config", "gunicorn.conf.py",
             "--bind", f"127.0.0.1:{self.port}", "--workers", "1", "--graceful-timeout", "0",
             "--access-logfile", "/dev/null", self.app],
            cwd=ROOT, env=self.env, start_new_session=True,
            stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
        return wait_for_answer(self, "/healthz", 30, "gunicorn")

    def stop(self):
        stop_group(self.process, signal.SIGTERM)


@pytest.fixture(scope="session")
def live_server(app):
    server = Server().start()
    yield server
    server.stop()


@pytest.fixture
def start_server(app):
    """Start servers of their own (for tests that stop them); all are stopped afterwards."""
    servers = []

    def start(env=None, port=None, app="wsgi:app"):
        server = Server(env, port, app).start()
        servers.append(server)
        return server

    yield start
    for server in servers:
        server.stop()


@pytest.fixture
def build_copy(tmp_path):
    """A build folder of its own (worker and asset names), for update tests."""
    target = tmp_path / "build"
    shutil.copytree(PACKAGE_DIR / "build", target)
    return target


# A test that needs the app's service worker in the `page` fixture's context (the default
# context has none: `browser_context_args`). Tests that make their own contexts have one.
WITH_WORKER = pytest.mark.browser_context_args(service_workers="allow")
# A script that marks the first visit's "Ready to use offline" note as already seen, so that
# nothing the test is not about sits over the page.
NO_FIRST_VISIT_NOTE = "localStorage.setItem('tpg.offline-ready-shown.v1', 'true')"


def set_text_size(page, scale):
    """The phone's text size, as a person sets it (Chromium's default font sizes), in effect
    before the page loads. (A root font size a script sets once the page has drawn can leave a
    container query's em where it was.)"""
    cdp = page.context.new_cdp_session(page)
    cdp.send("Page.enable")
    cdp.send("Page.setFontSizes", {"fontSizes": {"standard": round(16 * scale),
                                                  "fixed": round(13 * scale)}})


def expect_first_sentence_only(page, note, first, second, keeps_second, height):
    """A note at its size: its first sentence shown; its second too, or hidden with the page's
    heading still in the first screen above the tab bar."""
    from playwright.sync_api import expect

    expect(note.get_by_text(first)).to_be_visible()
    more = note.get_by_text(second)
    if keeps_second:
        expect(more).to_be_visible()
    else:
        expect(more).to_be_hidden()
        heading = page.get_by_role("heading", level=1).bounding_box()
        assert heading["y"] < height - page.locator(".tab-bar").bounding_box()["height"]


# --- Playwright -----------------------------------------------------------------------------


@pytest.fixture(scope="session")
def base_url(live_server):
    return live_server.url


@pytest.fixture(scope="session")
def browser_type_launch_args(browser_type_launch_args):
    return {**browser_type_launch_args, "executable_path": CHROMIUM_SHELL, "args": CHROMIUM_ARGS}


@pytest.fixture(scope="session")
def browser_context_args(browser_context_args):
    # No service worker unless a test asks for one (`worker` below): a worker's install fetches
    # and stores the whole precache in the background of every test, a quarter of the lane's
    # CPU, for tests about something else. The offline, install and update tests allow it.
    return {**browser_context_args, **PHONE, "service_workers": "block"}


@pytest.fixture
def console_errors(page):
    """Console errors, page errors and CSP violations seen while the test runs."""
    errors = []
    page.on("console", lambda m: errors.append(
        f"{m.text} [{m.location.get('url', '')}]") if m.type == "error" else None)
    page.on("pageerror", lambda e: errors.append(str(e)))
    return errors


def wait_until(page, expression, timeout=30.0):
    """Poll a JS expression until it is truthy.

    Playwright's wait_for_function evaluates its predicate with eval, which our CSP rightly
    forbids; page.evaluate goes through the DevTools protocol and is not blocked.
    """
    deadline = time.monotonic() + timeout
    while not page.evaluate(expression):
        if time.monotonic() > deadline:
            raise TimeoutError(f"{expression!r} still false after {timeout} s")
        page.wait_for_timeout(100)


def wait_until_controlled(page, timeout=90.0):
    """Until the app's worker controls the page: installed, with every precache entry stored.
    A first install on a busy machine (the shell rendered once, packs unpacked) takes a while."""
    try:
        wait_until(page, "navigator.serviceWorker.controller !== null", timeout)
    except TimeoutError as error:
        # Say how far the worker got: installing still, failed (no worker), or activated
        # without claiming this page.
        state = page.evaluate(WORKER_STATE)
        raise TimeoutError(f"{error}; the worker's registration: {state}") from None


WORKER_STATE = """navigator.serviceWorker.getRegistration().then((r) => r ? JSON.stringify({
  installing: r.installing?.state, waiting: r.waiting?.state, active: r.active?.state,
  offlineReady: document.documentElement.dataset.offlineReady ?? null}) : 'none')"""


def start_timer(page):
    """Tap Start once the page can take the tap, and wait until the session runs: its module
    may still be loading when the tap lands (the session then starts as soon as it arrives), and
    a test's clock must not move before that."""
    from playwright.sync_api import expect

    # The page's script has drawn the controls (a tap before it runs would be lost).
    expect(page.locator("[data-timer][data-state]")).to_have_count(1, timeout=20_000)
    page.get_by_role("button", name="Start", exact=True).click()
    expect(page.locator("html[data-timer-running='true']")).to_have_count(1, timeout=20_000)


def phone_text(page, percent):
    """The phone's text size at `percent` from the first paint, as a person's setting is:
    Chromium's default font sizes (16 px, 13 px fixed) scaled, before the page loads."""
    page.context.new_cdp_session(page).send("Page.setFontSizes", {"fontSizes": {
        "standard": 16 * percent // 100, "fixed": 13 * percent // 100}})


def read_the_questions(page):
    """Scroll the timer's red-flag questions to the top of the screen, as a person reading them
    does: once in sight they never hold Start back (never seen, the first tap shows them)."""
    from playwright.sync_api import expect

    heading = page.locator("[data-timer] .red-flag-ask h2")
    expect(heading).to_have_count(1, timeout=20_000)
    heading.evaluate("(h) => h.scrollIntoView({ block: 'start' })")


def open_timer(page, url):
    """Open a timer page with Playwright's clock installed and paused, so the page's time moves
    only when the test moves it (`run_for`, `fast_forward`), however busy the machine; return
    once its script has drawn the controls (from the link, or a session it restores)."""
    from playwright.sync_api import expect

    now = time.time()  # seconds, as Playwright's Python clock takes them
    # The clock starts in the past and jumps to now: however long a busy machine takes between
    # the two calls, pausing never goes back in time.
    page.clock.install(time=now - 600)
    page.clock.pause_at(now)
    page.goto(url)
    expect(page.locator("[data-timer][data-state]")).to_have_count(1, timeout=20_000)
    return page


# True when a tap on the centre of the element lands on it (not on the tab bar, a note, or
# off the screen).
REACHED = """(el) => {
  const r = el.getBoundingClientRect();
  const x = r.left + r.width / 2, y = r.top + r.height / 2;
  if (y < 0 || y > innerHeight || x < 0 || x > innerWidth) return false;
  return el.contains(document.elementFromPoint(x, y));
}"""


def scroll_settles(page, timeout=10.0):
    """Until the page has stopped scrolling (a smooth scroll's frames run in real time, not on
    Playwright's clock): the same scroll position on three polls in a row, 100 ms apart."""
    deadline = time.monotonic() + timeout
    seen = []
    while len(seen) < 3 or len(set(seen[-3:])) > 1:
        if time.monotonic() > deadline:
            raise TimeoutError(f"the page still scrolls after {timeout} s: {seen[-3:]}")
        seen.append(page.evaluate("scrollY"))
        page.wait_for_timeout(100)


def wait_reached(element, timeout=5.0):
    """Until a tap on the element's centre lands on it (REACHED): the layout a change brings
    (a bar's new height measured at the next frame) may come a frame after the change."""
    deadline = time.monotonic() + timeout
    while not element.evaluate(REACHED):
        if time.monotonic() > deadline:
            where = element.evaluate("""(el) => { const r = el.getBoundingClientRect();
              const hit = document.elementFromPoint(r.left + r.width / 2, r.top + r.height / 2);
              return {top: r.top, bottom: r.bottom, innerHeight, scrollY,
                      hit: hit ? hit.outerHTML.slice(0, 80) : null}; }""")
            raise AssertionError(f"not in reach after {timeout} s: {where}")
        time.sleep(0.1)

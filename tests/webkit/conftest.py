"""WebKit (Safari's engine): WebKitGTK's MiniBrowser driven through Selenium, on its own Xvfb.

MiniBrowser has no headless mode, and CI has no display, so the lane starts an X server of its
own. Every WebDriver session is a fresh, ephemeral profile (no worker, no cache, no storage):
`installed` is one such profile after its first visit; then its server is stopped and the rest
of the lane runs in that same session, offline, like a phone that opened the app once.
A test that needs a first visit of its own starts a session with `new_webkit()`.
"""

import os
import select
import shutil
import subprocess
import tempfile
import time
from pathlib import Path

import pytest

XVFB = "/usr/bin/Xvfb"
WEBKIT_DRIVER = "/usr/bin/WebKitWebDriver"
MINIBROWSER = "/usr/lib/x86_64-linux-gnu/webkit2gtk-4.1/MiniBrowser"
# A phone-shaped window. WebKitGTK has no device emulation, and MiniBrowser will not go
# narrower than about 447 CSS px: narrow layouts are the Chromium lane's to check.
WINDOW = (412, 915)


def pytest_collection_modifyitems(items):
    here = Path(__file__).parent
    for item in items:
        if here in Path(item.path).parents:
            item.add_marker(pytest.mark.webkit)


@pytest.fixture(scope="session")
def webkit_env():
    """Start Xvfb on a free display; the environment WebKitWebDriver and MiniBrowser need."""
    for tool in (XVFB, WEBKIT_DRIVER, MINIBROWSER):
        if not os.path.exists(tool):
            pytest.fail(f"{tool} is missing: `make test` installs webkit2gtk-driver and xvfb")
    # -displayfd: Xvfb picks a display number nobody holds and writes it here when it is ready,
    # so parallel runs on one machine never race for the same number.
    read_end, write_end = os.pipe()
    xvfb = subprocess.Popen(
        [XVFB, "-displayfd", str(write_end), "-screen", "0", "1280x1024x24", "-nolisten", "tcp"],
        pass_fds=(write_end,), stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL,
        start_new_session=True)
    os.close(write_end)
    number = b""
    deadline = time.monotonic() + 20
    with os.fdopen(read_end, "rb", buffering=0) as pipe:
        while not number.endswith(b"\n"):
            ready, _, _ = select.select([pipe], [], [], max(0, deadline - time.monotonic()))
            chunk = pipe.read(16) if ready else b""
            if not chunk:
                xvfb.kill()
                xvfb.wait()
                pytest.fail(f"Xvfb did not start within 20 s (exit code {xvfb.returncode})")
            number += chunk
    # WebKit's processes keep sockets in XDG_RUNTIME_DIR, which root under CI does not have.
    # A home of its own too: MiniBrowser saves downloads there (no dialog), and leaves its
    # caches there instead of in the real home.
    runtime = tempfile.mkdtemp(prefix="tpg-webkit-")
    os.chmod(runtime, 0o700)
    home = Path(runtime) / "home"
    home.mkdir()
    env = {**os.environ, "DISPLAY": f":{number.decode().strip()}", "XDG_RUNTIME_DIR": runtime,
           "HOME": str(home)}
    yield env
    xvfb.terminate()
    try:
        xvfb.wait(timeout=10)
    except subprocess.TimeoutExpired:
        xvfb.kill()
        xvfb.wait()
    shutil.rmtree(runtime, ignore_errors=True)


@pytest.fixture
def downloads(webkit_env):
    """Where MiniBrowser saves downloads, emptied for the test."""
    folder = Path(webkit_env["HOME"])
    for path in folder.iterdir():
        if path.is_file():
            path.unlink()
    return folder


@pytest.fixture(scope="session")
def new_webkit(webkit_env):
    """Start a MiniBrowser session (a fresh profile); every one started is quit at the end."""
    from selenium import webdriver

    drivers = []

    def start():
        options = webdriver.WebKitGTKOptions()
        options.binary_location = MINIBROWSER
        options.add_argument("--automation")
        service = webdriver.WebKitGTKService(executable_path=WEBKIT_DRIVER, env=webkit_env)
        driver = webdriver.WebKitGTK(options=options, service=service)
        drivers.append(driver)
        driver.set_window_size(*WINDOW)
        return Browser(driver)

    yield start
    for driver in drivers:
        try:
            driver.quit()
        except Exception:  # already gone: still quit the rest
            pass


@pytest.fixture(scope="session")
def installed(new_webkit, app):
    """One fresh profile's first visit to a server of its own, until the worker controls it.

    The whole lane then shares this session: a phone that opened the app once.
    """
    from tests.conftest import Server

    browser = new_webkit()
    server = Server().start()
    browser.base = server.url
    browser.server = server
    try:
        browser.open("/")
        # The worker claims the open page when it activates: no reload needed.
        browser.wait("navigator.serviceWorker.controller !== null", timeout=60)
        browser.run_async("await navigator.serviceWorker.ready")
        # What the first visit left, kept for its test whatever order the tests run in.
        browser.first_visit = {
            "worker": browser.run("return navigator.serviceWorker.controller.scriptURL"),
            "caches": browser.run_async("return await caches.keys()"),
            "offline_ready": browser.run("return document.documentElement.dataset.offlineReady"),
            "errors": browser.errors,
        }
        yield browser
    finally:
        server.stop()


@pytest.fixture(scope="session")
def offline(installed):
    """The same profile with the server process gone: only the worker can answer."""
    installed.server.stop()
    return installed


@pytest.fixture
def offline_clean(offline):
    """The offline session with nothing stored by an earlier test (the caches stay)."""
    offline.open("/")
    offline.run("localStorage.clear(); sessionStorage.clear()")
    yield offline
    offline.open("/")
    offline.run("localStorage.clear(); sessionStorage.clear()")


# Errors thrown in the page after it loaded. WebKitGTK's WebDriver has no console log and no
# BiDi, so this is the closest we get: every test asserts the list stays empty.
WATCH_ERRORS = """
if (!window.__errors) {
  window.__errors = [];
  addEventListener('error', (e) => window.__errors.push(String(e.message || e)));
  addEventListener('unhandledrejection', (e) => window.__errors.push('rejection: ' + e.reason));
  document.addEventListener('securitypolicyviolation',
    (e) => window.__errors.push('CSP: ' + e.violatedDirective + ' ' + e.blockedURI));
}
"""


class Browser:
    """A thin layer over the Selenium driver: open pages, run JS, wait by polling."""

    def __init__(self, driver):
        self.driver = driver
        self.base = ""

    def open(self, path):
        self.driver.get(self.base + path)
        self.wait("document.readyState === 'complete'")
        self.run(WATCH_ERRORS)

    def reload(self):
        self.driver.refresh()
        self.wait("document.readyState === 'complete'")
        self.run(WATCH_ERRORS)

    def run(self, script, *args):
        return self.driver.execute_script(script, *args)

    def run_async(self, script, *args):
        """Await the promise `script` returns (written as an async function body)."""
        return self.driver.execute_async_script(
            "const done = arguments[arguments.length - 1];"
            f"(async () => {{ {script} }})().then(done, (e) => done({{error: String(e)}}));",
            *args)

    def wait(self, expression, *args, timeout=15.0):
        """Poll until `expression` is truthy; return its value."""
        deadline = time.monotonic() + timeout
        while True:
            value = self.driver.execute_script(f"return ({expression});", *args)
            if value:
                return value
            if time.monotonic() > deadline:
                raise TimeoutError(f"{expression!r} still false after {timeout} s")
            time.sleep(0.1)

    def until(self, predicate, timeout=15.0):
        """Poll a Python check (that reads the page) until it holds."""
        deadline = time.monotonic() + timeout
        while not predicate():
            if time.monotonic() > deadline:
                raise TimeoutError(f"still not true after {timeout} s")
            time.sleep(0.1)

    def text(self, selector):
        return self.run("const el = document.querySelector(arguments[0]);"
                        "return el ? el.innerText.trim() : null;", selector)

    def texts(self, selector):
        return self.run("return [...document.querySelectorAll(arguments[0])]"
                        ".map((el) => el.innerText.trim())", selector)

    def visible(self, selector):
        return self.run("const el = document.querySelector(arguments[0]);"
                        "return !!el && el.getClientRects().length > 0;", selector)

    def css(self, selector):
        from selenium.webdriver.common.by import By

        return self.centred(self.driver.find_element(By.CSS_SELECTOR, selector))

    def button(self, name):
        """The visible button a person would read as `name`."""
        from selenium.webdriver.common.by import By

        for element in self.driver.find_elements(By.TAG_NAME, "button"):
            if element.is_displayed() and element.text.strip() == name:
                return self.centred(element)
        raise LookupError(f"no visible button {name!r}")

    def centred(self, element):
        """Scroll `element` to the middle of the window, as a person would before tapping it.

        WebDriver scrolls a click target only until it is in view, which leaves it at the
        bottom edge, under the fixed tab bar: the click then lands on the tab bar.
        """
        self.run("arguments[0].scrollIntoView({block: 'center', behavior: 'instant'})", element)
        return element

    def h1(self):
        return self.text("h1")

    @property
    def errors(self):
        """Errors since the page loaded, and any module script of the page that failed.

        Load-time errors come before our listener exists; a module that failed to parse or
        threw while running fails again, with the same error, when it is imported (the module
        map keeps the result, so nothing runs twice).
        """
        failed_modules = self.run_async("""
          const failed = [];
          for (const script of document.querySelectorAll('script[type=module][src]')) {
            try { await import(script.src); } catch (e) { failed.push(script.src + ': ' + e); }
          }
          return failed;
        """)
        return self.run("return window.__errors || []") + failed_modules

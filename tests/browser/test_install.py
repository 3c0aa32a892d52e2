"""Chrome finds nothing in the way of installing the app."""

from contextlib import contextmanager

from tests.conftest import CHROMIUM, CHROMIUM_ARGS, PHONE, wait_until_controlled


@contextmanager
def phone_profile(playwright, tmp_path):
    """Chromium at a phone's size with a persistent profile: in a normal (incognito-like)
    context Chrome always says in-incognito."""
    context = playwright.chromium.launch_persistent_context(
        str(tmp_path / "profile"), executable_path=CHROMIUM, args=CHROMIUM_ARGS, **PHONE)
    try:
        yield context
    finally:
        context.close()


def test_chrome_reports_no_installability_errors(playwright, live_server, tmp_path):
    with phone_profile(playwright, tmp_path) as context:
        page = context.new_page()
        page.goto(live_server.url + "/")
        wait_until_controlled(page)
        cdp = context.new_cdp_session(page)
        errors = cdp.send("Page.getInstallabilityErrors")["installabilityErrors"]
        manifest = cdp.send("Page.getAppManifest")
    assert errors == []
    assert manifest["errors"] == []
    assert manifest["url"].endswith("/manifest.webmanifest")


def test_the_app_installs_offline_after_one_visit(playwright, start_server, tmp_path):
    """Someone opens the link once, loses signal, and installs later: the install icon Chrome
    reads at a phone's size (192 px) comes from the worker's precache, not the network nor the
    browser's HTTP cache (cleared here); the 512 px icons are not precached."""
    server = start_server()
    with phone_profile(playwright, tmp_path) as context:
        page = context.new_page()
        page.goto(server.url + "/")
        wait_until_controlled(page)
        cdp = context.new_cdp_session(page)
        cdp.send("Network.clearBrowserCache")
        server.stop()
        page.reload()
        wait_until_controlled(page)
        errors = cdp.send("Page.getInstallabilityErrors")["installabilityErrors"]
    assert errors == []

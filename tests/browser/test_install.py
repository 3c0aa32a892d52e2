"""Chrome finds nothing in the way of installing the app."""

from playwright.sync_api import sync_playwright

from tests.conftest import CHROMIUM, CHROMIUM_ARGS, PHONE


def test_chrome_reports_no_installability_errors(live_server, tmp_path):
    # A persistent profile: in a normal (incognito-like) context Chrome always says in-incognito.
    with sync_playwright() as p:
        context = p.chromium.launch_persistent_context(
            str(tmp_path / "profile"), executable_path=CHROMIUM, args=CHROMIUM_ARGS, **PHONE)
        page = context.new_page()
        page.goto(live_server.url + "/")
        page.wait_for_function("navigator.serviceWorker.controller !== null", timeout=30000)
        cdp = context.new_cdp_session(page)
        errors = cdp.send("Page.getInstallabilityErrors")["installabilityErrors"]
        manifest = cdp.send("Page.getAppManifest")
        context.close()
    assert errors == []
    assert manifest["errors"] == []
    assert manifest["url"].endswith("/manifest.webmanifest")

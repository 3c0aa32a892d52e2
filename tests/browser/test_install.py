"""Chrome finds nothing in the way of installing the app."""

from tests.conftest import CHROMIUM, CHROMIUM_ARGS, PHONE, wait_until_controlled


def test_chrome_reports_no_installability_errors(playwright, live_server, tmp_path):
    # A persistent profile: in a normal (incognito-like) context Chrome always says in-incognito.
    context = playwright.chromium.launch_persistent_context(
        str(tmp_path / "profile"), executable_path=CHROMIUM, args=CHROMIUM_ARGS, **PHONE)
    try:
        page = context.new_page()
        page.goto(live_server.url + "/")
        wait_until_controlled(page)
        cdp = context.new_cdp_session(page)
        errors = cdp.send("Page.getInstallabilityErrors")["installabilityErrors"]
        manifest = cdp.send("Page.getAppManifest")
    finally:
        context.close()
    assert errors == []
    assert manifest["errors"] == []
    assert manifest["url"].endswith("/manifest.webmanifest")

"""Updates wait for the user, apply cleanly, and a broken release never replaces a good one."""

import shutil

from playwright.sync_api import expect

from pwa import PACKAGE_DIR, create_app
from pwa.precache import SOURCE, build_precache_manifest, inject_manifest
from tests.conftest import PHONE, wait_until


def release(tmp_path, name, change=None, extra_entries=()):
    """A content folder and a build folder of their own; returns the server environment."""
    content = tmp_path / name / "content"
    build = tmp_path / name / "build"
    shutil.copytree(PACKAGE_DIR / "content", content)
    shutil.copytree(PACKAGE_DIR / "build", build)
    if change:
        change(content)
    app = create_app({"CONTENT_DIR": str(content), "BUILD_DIR": str(build)})
    entries = build_precache_manifest(app) + list(extra_entries)
    (build / "sw.js").write_text(inject_manifest(SOURCE.read_text(), entries))
    return {"TPG_CONTENT_DIR": str(content), "TPG_BUILD_DIR": str(build)}


def new_about_page(content):
    page = content / "pages" / "about.md"
    page.write_text(page.read_text() + "\nVersion two of this page.\n")


def visit_v1(browser, start_server, tmp_path):
    server = start_server(release(tmp_path, "v1"))
    context = browser.new_context(**PHONE)
    page = context.new_page()
    page.goto(server.url + "/about")
    wait_until(page, "navigator.serviceWorker.controller !== null")
    server.stop()
    return context, page, server


def test_update_prompt_then_new_version_and_old_caches_gone(browser, start_server, tmp_path):
    context, page, v1 = visit_v1(browser, start_server, tmp_path)
    old_caches = page.evaluate("caches.keys()")
    start_server(release(tmp_path, "v2", change=new_about_page), port=v1.port)
    page.reload()
    expect(page.get_by_text("Update ready.")).to_be_visible(timeout=30000)
    expect(page.get_by_text("Version two of this page.")).to_have_count(0)
    page.get_by_role("button", name="Reload to update").click()
    expect(page.get_by_text("Version two of this page.")).to_be_visible(timeout=30000)
    new_caches = page.evaluate("caches.keys()")
    assert len(new_caches) == 1 and new_caches != old_caches
    context.close()


def test_update_waits_while_the_timer_runs(browser, start_server, tmp_path):
    context, page, v1 = visit_v1(browser, start_server, tmp_path)
    start_server(release(tmp_path, "v2", change=new_about_page), port=v1.port)
    page.reload()
    expect(page.get_by_text("Update ready.")).to_be_visible(timeout=30000)
    page.evaluate("document.documentElement.dataset.timerRunning = 'true'")
    page.get_by_role("button", name="Reload to update").click()
    expect(page.get_by_text("it will wait until your session ends")).to_be_visible()
    expect(page.get_by_text("Version two of this page.")).to_have_count(0)
    context.close()


def test_a_failed_update_leaves_v1_working(browser, start_server, tmp_path):
    context, page, v1 = visit_v1(browser, start_server, tmp_path)
    broken = release(tmp_path, "v2", change=new_about_page,
                     extra_entries=[{"url": "/missing-from-this-release", "revision": "0"}])
    v2 = start_server(broken, port=v1.port)
    page.reload()
    page.wait_for_timeout(3000)  # the install is attempted and fails
    expect(page.get_by_text("Update ready.")).to_be_hidden()
    assert page.evaluate("navigator.serviceWorker.getRegistration().then(r => !r.waiting)")
    v2.stop()
    page.goto(v1.url + "/guide/")
    expect(page.get_by_role("heading", level=1)).to_be_visible()
    page.goto(v1.url + "/about")
    expect(page.get_by_text("Version two of this page.")).to_have_count(0)
    context.close()

"""Updates wait for the user, fetch only what changed, and a broken release never replaces a
good one."""

import json
import shutil
from pathlib import Path

import pytest
from playwright.sync_api import expect

from benchmarks.counting import read_log
from benchmarks.updates import UPDATE_AND_INSTALL
from pwa import PACKAGE_DIR, create_app
from pwa.build_tools.precache import SOURCE, build_precache_manifest, inject_manifest
from tests.conftest import PHONE, WITH_WORKER, wait_until_controlled

# The module's releases are made once: under pytest-xdist its tests stay on one process.
pytestmark = pytest.mark.xdist_group("update")


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
    (build / "precache.json").write_text(json.dumps(entries))
    return {"TPG_CONTENT_DIR": str(content), "TPG_BUILD_DIR": str(build)}


def revisions(env):
    entries = json.loads(Path(env["TPG_BUILD_DIR"], "precache.json").read_text())
    return {e["url"]: e["revision"] for e in entries}


def new_about_page(content):
    page = content / "pages" / "about.md"
    page.write_text(page.read_text() + "\nVersion two of this page.\n")


@pytest.fixture(scope="module")
def releases(tmp_path_factory):
    """The releases most tests share, made once (servers only read them): v1 as built, and v2
    with a sentence added to the about page."""
    folder = tmp_path_factory.mktemp("releases")
    return {"v1": release(folder, "v1"), "v2": release(folder, "v2", change=new_about_page)}


def visit_v1(browser, start_server, releases):
    server = start_server(releases["v1"])
    context = browser.new_context(**PHONE)
    page = context.new_page()
    page.goto(server.url + "/about")
    wait_until_controlled(page)
    server.stop()
    return context, page, server


def test_update_prompt_then_new_version_and_old_caches_gone(browser, start_server, releases):
    context, page, v1 = visit_v1(browser, start_server, releases)
    old_caches = page.evaluate("caches.keys()")
    start_server(releases["v2"], port=v1.port)
    page.reload()
    expect(page.get_by_text("Update ready.")).to_be_visible(timeout=30000)
    expect(page.get_by_text("Version two of this page.")).to_have_count(0)
    page.get_by_role("button", name="Reload to update").click()
    expect(page.get_by_text("Version two of this page.")).to_be_visible(timeout=30000)
    new_caches = page.evaluate("caches.keys()")
    assert len(new_caches) == 1 and new_caches != old_caches
    context.close()


def test_update_waits_while_the_timer_runs(browser, start_server, releases):
    context, page, v1 = visit_v1(browser, start_server, releases)
    start_server(releases["v2"], port=v1.port)
    page.reload()
    expect(page.get_by_text("Update ready.")).to_be_visible(timeout=30000)
    page.evaluate("document.documentElement.dataset.timerRunning = 'true'")
    page.get_by_role("button", name="Reload to update").click()
    expect(page.get_by_text("it will wait until your session ends")).to_be_visible()
    expect(page.get_by_text("Version two of this page.")).to_have_count(0)
    context.close()


# Check for a new worker now and resolve with how its install ended ("none": the server had no
# new worker).
ATTEMPT_UPDATE = """async () => {
  const registration = await navigator.serviceWorker.getRegistration();
  await registration.update().catch(() => {});
  const worker = registration.installing;
  if (!worker) return 'none';
  if (worker.state === 'redundant' || worker.state === 'installed') return worker.state;
  return new Promise((resolve) => worker.addEventListener('statechange', () => {
    if (worker.state === 'redundant' || worker.state === 'installed') resolve(worker.state);
  }));
}"""


def test_a_failed_update_leaves_v1_working(browser, start_server, releases, tmp_path):
    context, page, v1 = visit_v1(browser, start_server, releases)
    broken = release(tmp_path, "v2", change=new_about_page,
                     extra_entries=[{"url": "/missing-from-this-release", "revision": "0"}])
    v2 = start_server(broken, port=v1.port)
    page.reload()
    # Ask for the update and wait for its install to end: it fails on the missing entry.
    assert page.evaluate(ATTEMPT_UPDATE) == "redundant"
    expect(page.get_by_text("Update ready.")).to_be_hidden()
    assert page.evaluate("navigator.serviceWorker.getRegistration().then(r => !r.waiting)")
    v2.stop()
    page.goto(v1.url + "/guide/")
    expect(page.get_by_role("heading", level=1)).to_be_visible()
    page.goto(v1.url + "/about")
    expect(page.get_by_text("Version two of this page.")).to_have_count(0)
    context.close()


def new_sentence_in_a_chapter(content):
    chapter = content / "guide" / "06-causes.md"
    chapter.write_text(chapter.read_text() + "\nOne more sentence about posture at a desk.\n")


def test_a_one_chapter_release_fetches_only_what_changed(browser, start_server, releases,
                                                        tmp_path):
    context, page, v1 = visit_v1(browser, start_server, releases)
    before = revisions(releases["v1"])
    old_caches = page.evaluate("caches.keys()")
    v2 = release(tmp_path, "v2", change=new_sentence_in_a_chapter)
    after = revisions(v2)
    changed = {url for url in after if after[url] != before.get(url)}
    assert "/_part/guide/causes" in changed and len(changed) <= 3
    log = tmp_path / "requests.log"
    start_server({**v2, "TPG_COUNT_LOG": str(log)}, port=v1.port, app="benchmarks.counting:app")
    log.unlink()  # the server's start-up probe
    assert page.evaluate(UPDATE_AND_INSTALL) == "installed"
    fetched = [r["path"] for r in read_log(log)]
    assert sorted(fetched) == sorted(changed | {"/sw.js"})
    # Everything else was copied from v1's cache into v2's.
    new_cache = set(page.evaluate("caches.keys()")) - set(old_caches)
    assert len(new_cache) == 1
    cached = page.evaluate("name => caches.open(name).then((c) => c.keys()).then((k) => k.length)",
                           new_cache.pop())
    assert cached == len(after)
    context.close()


def test_a_release_mixing_old_and_new_files_is_refused_and_retried(browser, start_server,
                                                                    releases, tmp_path):
    context, page, v1 = visit_v1(browser, start_server, releases)
    v2 = release(tmp_path, "v2", change=new_about_page)
    # As in a rolling deploy: the worker names v2's about page, a server still answers v1's.
    shutil.copy(PACKAGE_DIR / "content" / "pages" / "about.md",
                tmp_path / "v2" / "content" / "pages" / "about.md")
    mixed = start_server(v2, port=v1.port)
    assert page.evaluate(UPDATE_AND_INSTALL) == "no new worker"
    # v1's cache, and v2's with what it verified, kept for the next attempt (never served).
    assert len(page.evaluate("caches.keys()")) == 2
    mixed.stop()
    context.set_offline(True)
    page.goto(v1.url + "/about")
    expect(page.get_by_role("heading", level=1)).to_be_visible()
    expect(page.get_by_text("Version two of this page.")).to_have_count(0)
    page.goto(v1.url + "/guide/")
    expect(page.get_by_role("heading", level=1)).to_be_visible()
    # Once every server has the new release, the next update check installs it.
    context.set_offline(False)
    start_server(releases["v2"], port=v1.port)
    assert page.evaluate(UPDATE_AND_INSTALL) == "installed"
    context.close()


@WITH_WORKER
def test_a_redirected_navigation_is_served_clean(page, base_url):
    page.goto(base_url + "/")
    wait_until_controlled(page)
    # Not cached under this spelling: the worker asks the network, which redirects (308) to
    # /guide/causes. Passed on as it came, the browser would show an error page.
    response = page.goto(base_url + "/guide//causes")
    assert response.ok
    expect(page.get_by_role("heading", level=1)).to_have_text(
        "What causes them and where they form")

"""A first visit saves the app in a few requests; a cut-off install keeps what it verified and
the next one fetches only the rest; a full storage quota is told to the person."""

import gzip
import json
from pathlib import Path

import brotli
from playwright.sync_api import expect

from benchmarks.counting import read_log
from pwa.build_tools.precache import PACK_DIR, PACK_PREFIX
from tests.conftest import PHONE

STORED = """async () => {
  const names = (await caches.keys()).filter((name) => name.startsWith('tpg-precache-'));
  const urls = [];
  for (const name of names) {
    for (const request of await (await caches.open(name)).keys()) {
      urls.push(new URL(request.url).pathname);
    }
  }
  return urls;
}"""

# Resolves when the worker being installed has finished, one way or the other.
INSTALL_ENDS = """async () => {
  const current = (r) => r && (r.installing || r.waiting || r.active);
  let worker;
  const registered = () => navigator.serviceWorker.getRegistration();
  for (let tries = 0; !(worker = current(await registered())); tries++) {
    if (tries > 300) return 'none';
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
  await new Promise((resolve) => {
    const done = () => ['activated', 'redundant'].includes(worker.state);
    if (done()) resolve();
    worker.addEventListener('statechange', () => done() && resolve());
  });
  return worker.state;
}"""


def worker_manifest(build):
    """The manifest the build injected into the worker."""
    source = Path(build, "sw.js").read_text()
    start = source.index("= ", source.index("const { version")) + 2
    return json.JSONDecoder().raw_decode(source[start:])[0]


def serve_pack(path, data):
    """Make the server send `data` for the pack at `path`, in each encoding."""
    path.write_bytes(data)
    path.with_name(path.name + ".br").write_bytes(brotli.compress(data))
    path.with_name(path.name + ".gz").write_bytes(gzip.compress(data))


def counting(start_server, build, log, port=None):
    server = start_server({"TPG_BUILD_DIR": str(build), "TPG_COUNT_LOG": str(log)}, port=port,
                          app="benchmarks.counting:app")
    log.unlink()  # the server's start-up probe
    return server


def test_a_first_visit_fetches_the_precache_in_a_few_packs(browser, start_server, build_copy,
                                                          tmp_path):
    log = tmp_path / "requests.log"
    server = counting(start_server, build_copy, log)
    manifest = worker_manifest(build_copy)
    context = browser.new_context(**PHONE)
    try:
        page = context.new_page()
        page.goto(server.url + "/")
        assert page.evaluate(INSTALL_ENDS) == "activated"
        assert sorted(page.evaluate(STORED)) == sorted(e["url"] for e in manifest["entries"])
        # Offline, a page never opened online is composed from what the packs held.
        context.set_offline(True)
        page.goto(server.url + "/muscles/soleus")
        expect(page.get_by_role("heading", level=1)).to_have_text("Soleus")
    finally:
        context.close()
    paths = [r["path"] for r in read_log(log)]
    assert sorted(p for p in paths if p.startswith(PACK_PREFIX)) == sorted(
        pack["url"] for pack in manifest["packs"])
    assert not [p for p in paths if p.startswith("/_part/")]
    assert len(paths) < 20, paths


def test_a_cut_off_install_keeps_what_it_verified_and_the_next_fetches_only_the_rest(
        browser, start_server, build_copy, tmp_path):
    manifest = worker_manifest(build_copy)
    pack = manifest["packs"][1]
    whole = Path(build_copy, PACK_DIR, pack["url"].removeprefix(PACK_PREFIX))
    data = whole.read_bytes()
    # The connection drops halfway through one pack: its first entries arrive, the rest never.
    serve_pack(whole, data[: len(data) // 2])
    log = tmp_path / "requests.log"
    server = counting(start_server, build_copy, log)
    context = browser.new_context(**PHONE)
    try:
        page = context.new_page()
        page.goto(server.url + "/")
        assert page.evaluate(INSTALL_ENDS) == "redundant"
        kept = set(page.evaluate(STORED))
        assert kept & set(pack["urls"]), "the entries that arrived whole were kept"
        assert set(pack["urls"]) - kept, "the rest of the pack never came"
        server.stop()

        serve_pack(whole, data)
        again = tmp_path / "again.log"
        server = counting(start_server, build_copy, again, port=server.port)
        page.reload()
        assert page.evaluate(INSTALL_ENDS) == "activated"
        assert sorted(page.evaluate(STORED)) == sorted(e["url"] for e in manifest["entries"])
    finally:
        context.close()
    # The install's requests are fetch()es ("empty" destination), not the page's own loads (it,
    # its bundles, its icons); the first time the install asked for nothing but packs, so any
    # other fetch() then was the page's, which it makes again on reload.
    page_fetches = {r["path"] for r in read_log(log)
                    if r["dest"] == "empty" and not r["path"].startswith(PACK_PREFIX)}
    fetched = [r["path"] for r in read_log(again)
               if r["dest"] == "empty" and r["path"] not in page_fetches]
    packs = {p["url"]: set(p["urls"]) for p in manifest["packs"]}
    refetched = set()
    for path in fetched:
        refetched |= packs.get(path, {path})
    assert not refetched & kept, "nothing verified the first time is fetched again"
    assert set(pack["urls"]) - kept <= refetched
    assert pack["url"] not in fetched  # a pack partly had is not fetched whole again


def test_a_full_storage_quota_is_told_not_swallowed(browser, start_server, build_copy):
    server = start_server({"TPG_BUILD_DIR": str(build_copy)})
    context = browser.new_context(**PHONE)
    try:
        page = context.new_page()
        cdp = context.new_cdp_session(page)
        # Chromium's own quota, lowered for this origin: far less than the precache needs.
        cdp.send("Storage.overrideQuotaForOrigin",
                 {"origin": server.url, "quotaSize": 64 * 1024})
        page.goto(server.url + "/")
        note = page.locator("[data-offline-note]")
        expect(note).to_contain_text("storage is full")
        expect(note.get_by_role("button", name="OK")).to_be_visible()
        # The install failed: nothing claims to work offline.
        assert page.evaluate("navigator.serviceWorker.controller") is None
        assert page.evaluate(INSTALL_ENDS) in {"redundant", "none"}
    finally:
        context.close()

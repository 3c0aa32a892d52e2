"""What an installed app downloads when a release comes out, counted at the server.

Three releases after the one the browser installed: one guide chapter changed, the stylesheet
changed, nothing changed. For each, a phone browser that installed v1 asks for an update and the
new worker installs; every request is logged by `benchmarks.counting`. Then a first visit under
a slow link (`benchmarks/throttle.py`, Slow 4G and a Fast 3G-like link): how long until the app
works offline, against the link's own limit.
"""

import hashlib
import json
import shutil
import subprocess
import sys
import tempfile
import urllib.request
from pathlib import Path

from playwright.sync_api import sync_playwright
from whitenoise.compress import Compressor

from pwa import PACKAGE_DIR, create_app
from pwa.build_tools.precache import PACK_DIR, PACK_PREFIX, build_service_worker
from tests.conftest import CHROMIUM, CHROMIUM_ARGS, PHONE, wait_until

from . import servers
from .counting import read_log
from .throttle import FAST_3G, SLOW_4G, ThrottlingProxy

CHAPTER = "guide/06-causes.md"

# Resolves once the update check is done and any new worker has finished installing.
UPDATE_AND_INSTALL = """async () => {
  const registration = await navigator.serviceWorker.getRegistration();
  await registration.update();
  const worker = registration.installing;
  if (worker) {
    await new Promise((resolve) => {
      const done = () => ['installed', 'activated', 'redundant'].includes(worker.state);
      if (done()) resolve();
      worker.addEventListener('statechange', () => done() && resolve());
    });
  }
  return registration.waiting ? 'installed' : 'no new worker';
}"""

OFFLINE_READY_AT = """async () => {
  const registration = await navigator.serviceWorker.ready;
  const worker = registration.active;
  if (worker.state !== 'activated') {
    await new Promise((resolve) =>
      worker.addEventListener('statechange', () => worker.state === 'activated' && resolve()));
  }
  return performance.now();
}"""


def change_chapter(content, build):
    page = content / CHAPTER
    page.write_text(page.read_text() + "\nOne more sentence, as a small correction would add.\n")


def change_css(content, build):
    """A new stylesheet bundle beside the old one, as `flask build` would name it."""
    names = json.loads((build / "assets.json").read_text())
    key = "gen/app.%(version)s.css"
    old = PACKAGE_DIR / "static" / "gen" / f"app.{names[key]}.css"
    css = old.read_bytes() + b".bench-change{outline-offset:1px}"
    names[key] = hashlib.sha256(css).hexdigest()[:8]
    new = old.with_name(f"app.{names[key]}.css")
    new.write_bytes(css)
    Compressor(quiet=True).compress(str(new))
    (build / "assets.json").write_text(json.dumps(names, indent=4))
    return [new, Path(f"{new}.gz"), Path(f"{new}.br")]


SCENARIOS = {"one chapter": change_chapter, "stylesheet": change_css, "no change": None}


def make_release(folder, change=None):
    """Content and build folders of their own, with the worker built for them."""
    content, build = folder / "content", folder / "build"
    shutil.copytree(PACKAGE_DIR / "content", content)
    shutil.copytree(PACKAGE_DIR / "build", build)
    written = (change(content, build) if change else None) or []
    # A fresh interpreter, as `flask build` is. (Each app has its own bundles now, so a second
    # app here would no longer see v1's bundle names; the build is still measured as it runs.)
    subprocess.run([sys.executable, "-c", "import sys; from benchmarks.updates import "
                    "write_worker; write_worker(*sys.argv[1:])", str(content), str(build)],
                   cwd=servers.ROOT, check=True)
    return {"TPG_CONTENT_DIR": str(content), "TPG_BUILD_DIR": str(build)}, written


def write_worker(content, build):
    build_service_worker(create_app({"CONTENT_DIR": content, "BUILD_DIR": build}))


def counting_server(env, log, port=None):
    server = servers.gunicorn("benchmarks.counting:app", port=port,
                              env={**env, "TPG_COUNT_LOG": str(log)})
    log.unlink(missing_ok=True)  # the start-up probe is not the browser's
    return server


def totals(requests):
    return {"requests": len(requests),
            "bytes": sum(r["header_bytes"] + r["body_bytes"] for r in requests),
            "body_bytes": sum(r["body_bytes"] for r in requests),
            "paths": sorted(f"{r['path']} {r['status']}" for r in requests)}


def update_cost(browser, folder, name, change):
    """Install v1 in a fresh phone browser, then serve the release and let it update."""
    folder = folder / name.replace(" ", "-")
    v1_env, _ = make_release(folder / "v1")
    v2_env, written = make_release(folder / "v2", change)
    v1_log, v2_log = folder / "v1.log", folder / "v2.log"
    context = browser.new_context(**PHONE)
    try:
        server = counting_server(v1_env, v1_log)
        try:
            page = context.new_page()
            page.goto(server.url + "/")
            wait_until(page, "navigator.serviceWorker.controller !== null")
        finally:
            server.stop()
        server = counting_server(v2_env, v2_log, port=server.port)
        try:
            outcome = page.evaluate(UPDATE_AND_INSTALL)
        finally:
            server.stop()
    finally:
        context.close()
        for path in written:
            path.unlink(missing_ok=True)
    return {"outcome": outcome, **totals(read_log(v2_log))}


def first_visit_offline_ready(browser, folder, link):
    """A first visit through a throttling proxy: seconds from the first request until every
    precache entry is stored (the worker is active), with the requests and bytes it took."""
    env, _ = make_release(folder / f"first-visit-{link.name.replace(' ', '-')}")
    log = folder / f"first-visit-{link.name}.log"
    # One worker, every URL requested once first: the time measured is the network's, not
    # the first render of each page. The precache as served (each entry brotli on its own)
    # is the payload the link's limit is reckoned from.
    server = counting_server({**env, "WEB_CONCURRENCY": "1"}, log)
    context = browser.new_context(**PHONE)
    try:
        precache_bytes = 0
        for entry in json.loads(Path(env["TPG_BUILD_DIR"], "precache.json").read_text()):
            request = urllib.request.Request(server.url + entry["url"],
                                             headers={"Accept-Encoding": "br"})
            precache_bytes += len(urllib.request.urlopen(request).read())
        # The packs a first install fetches instead (compressed on their first request).
        for pack in Path(env["TPG_BUILD_DIR"], PACK_DIR).glob("*.pack"):
            urllib.request.urlopen(server.url + PACK_PREFIX + pack.name).read()
        log.unlink()
        with ThrottlingProxy(server.port, link) as proxy:
            page = context.new_page()
            page.goto(proxy.url + "/")
            ready_ms = page.evaluate(OFFLINE_READY_AT)
    finally:
        context.close()
        server.stop()
    limit = link.limit_seconds(precache_bytes)
    return {"link": link.name, "offline_ready_ms": round(ready_ms),
            "precache_bytes": precache_bytes, "limit_s": round(limit, 2),
            "ratio": round(ready_ms / 1000 / limit, 2), **totals(read_log(log))}


FIRST_VISITS = {f"first visit, {link.name}": link for link in (SLOW_4G, FAST_3G)}


def measure(runs=None):
    folder = Path(tempfile.mkdtemp(prefix="bench-updates-"))
    results = {}
    with sync_playwright() as p:
        for run in runs or [*SCENARIOS, *FIRST_VISITS]:
            browser = p.chromium.launch(executable_path=CHROMIUM, args=CHROMIUM_ARGS)
            try:
                results[run] = (update_cost(browser, folder, run, SCENARIOS[run])
                                if run in SCENARIOS
                                else first_visit_offline_ready(browser, folder, FIRST_VISITS[run]))
            finally:
                browser.close()
    shutil.rmtree(folder, ignore_errors=True)
    return results


TARGETS = {"one chapter": "≤ 5 requests, ≤ 40 KB", "stylesheet": "", "no change": "sw.js only"}


def table(results):
    """Markdown: each release's requests and bytes at the server, then the first visit."""
    rows = ["| release, as an installed app downloads it | requests | bytes (of which body) "
            "| what | target |", "|---|---|---|---|---|"]
    for name in [n for n in SCENARIOS if n in results]:
        r = results[name]
        what = (", ".join(p.replace(" 200", "") for p in r["paths"]) if r["requests"] <= 6
                else f"{r['requests']} URLs")
        rows.append(f"| {name} | {r['requests']} | {r['bytes'] / 1024:.1f} KB "
                    f"({r['body_bytes'] / 1024:.1f} KB) | {what} | {TARGETS[name]} |")
    rows += ["", "Bytes are the app's status line, headers and body as sent (compressed), "
                 "counted by `benchmarks/counting.py`.", "",
             "| first visit, through `benchmarks/throttle.py` | ready offline | requests "
             "| bytes | link's limit | ratio | target |", "|---|---|---|---|---|---|---|"]
    for run in FIRST_VISITS:
        if run not in results:
            continue
        r = results[run]
        rows.append(f"| {r['link']} | {r['offline_ready_ms'] / 1000:.1f} s | {r['requests']} "
                    f"| {r['bytes'] / 1024:.0f} KB | {r['limit_s']:.1f} s "
                    f"({r['precache_bytes'] / 1024:.0f} KB + 2 round trips) | {r['ratio']:.1f}× "
                    f"| ≤ 2× |")
    return "\n".join(rows)


if __name__ == "__main__":
    # `python -m benchmarks.updates "first visit, Slow 4G"` runs only the runs named.
    measured = measure(sys.argv[1:] or None)
    print(json.dumps(measured, indent=2))
    print(table(measured))

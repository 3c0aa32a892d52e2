"""Run every measurement, print a table, write JSON and update docs/performance.md.

`python -m benchmarks updates` runs only the update budget (no Lighthouse, no load test);
`python -m benchmarks sizes` only the critical paths and the precache.
"""

import datetime
import json
import os
import platform
import re
import sys
import urllib.request
from html.parser import HTMLParser
from pathlib import Path

from . import browser, lighthouse, load, search_cost, servers, triage_cost, updates
from .budgets import CRITICAL_KB, CRITICAL_PAGES, OFFLINE_MS, PRECACHE_KB, RATIO

ROOT = Path(__file__).resolve().parent.parent
RESULTS = ROOT / "benchmarks" / "results"
DOC = ROOT / "docs" / "performance.md"
LIGHTHOUSE_PAGES = ["/", "/guide/self-treatment", "/muscles/upper-trapezius", "/muscles/popliteus",
                    "/map", "/timer", "/routines/new", "/routines/shared"]


def fetch(url, encoding="br"):
    request = urllib.request.Request(url, headers={"Accept-Encoding": encoding})
    with urllib.request.urlopen(request) as response:
        return response.read()


class _PageFiles(HTMLParser):
    """What a page loads before it is drawn and can run (its stylesheets and scripts), and what
    it loads after (a module named in data-module, data named in a preload link)."""

    def __init__(self):
        super().__init__()
        self.critical, self.later = [], []

    def handle_starttag(self, tag, attrs):
        attrs = dict(attrs)
        if tag == "link" and attrs.get("rel") == "stylesheet":
            self.critical.append(attrs["href"])
        elif tag == "script" and attrs.get("src"):
            self.critical.append(attrs["src"])
        elif tag == "link" and attrs.get("rel") == "preload":
            self.later.append(attrs["href"])
        if attrs.get("data-module"):
            self.later.append(attrs["data-module"])


def critical_path(base, path):
    """A page's critical path: its HTML and the stylesheets and scripts it links, as served
    (brotli); and, apart, what it fetches after its first paint."""
    files = _PageFiles()
    files.feed(fetch(base + path, "identity").decode())
    critical = {path: len(fetch(base + path))} | {u: len(fetch(base + u)) for u in files.critical}
    later = {u: len(fetch(base + u)) for u in files.later}
    return {"bytes": sum(critical.values()), "files": critical,
            "later_bytes": sum(later.values()), "later_files": later}


def sizes(base):
    entries = json.loads((ROOT / "pwa" / "build" / "precache.json").read_text())
    total = sum(len(fetch(base + e["url"])) for e in entries)
    return {"critical_paths": {p: critical_path(base, p) for p in CRITICAL_PAGES},
            "precache_bytes": total, "precache_entries": len(entries)}


def size_rows(s):
    kb = lambda n: f"{n / 1024:.1f} KB"  # noqa: E731
    rows = []
    for path, c in s["critical_paths"].items():
        parts = ", ".join(f"{Path(u).name or 'page'} {kb(n)}" for u, n in c["files"].items())
        rows.append((f"Critical path, {path} (HTML+CSS+JS, brotli)", f"{kb(c['bytes'])} ({parts})",
                     f"≤ {CRITICAL_KB} KB"))
        if c["later_files"]:
            later = ", ".join(f"{Path(u).name} {kb(n)}" for u, n in c["later_files"].items())
            rows.append((f"After the first paint, {path}", f"{kb(c['later_bytes'])} ({later})", ""))
    rows.append(("Whole precache (compressed as served)",
                 f"{s['precache_bytes'] / 1024:.1f} KB ({s['precache_entries']} URLs)",
                 f"≤ {PRECACHE_KB} KB"))
    return rows


def markdown_table(rows):
    lines = ["| measure | result | target |", "|---|---|---|"]
    return "\n".join(lines + [f"| {a} | {b} | {c} |" for a, b, c in rows])


def server_load(app_server):
    page = fetch(app_server.url + "/", "identity")
    css = re.search(r'href="(/static/gen/app\.[0-9a-f]+\.css)"', page.decode()).group(1)
    asset = fetch(app_server.url + css, "identity")
    results = {"page": {"app": load.wrk(app_server.url + "/")},
               "asset": {"app": load.wrk(app_server.url + css)}}
    for name, start in (("bare_flask", servers.bare_flask), ("nginx", servers.nginx)):
        other = start(page, asset, css)
        if other is None:
            continue
        try:
            results["page"][name] = load.wrk(other.url + "/")
            results["asset"][name] = load.wrk(other.url + css)
        finally:
            other.stop()
    return results


def table(r):
    rows = size_rows(r["sizes"])
    if "browser" in r:
        b = r["browser"]
        rows += [("Repeat visit: network requests (besides sw.js)",
                  str(len(b["repeat_visit_requests"])), "0"),
                 ("Offline DOMContentLoaded, median (p90)",
                  f"{b['offline_dcl_median_ms']} ms ({b['offline_dcl_p90_ms']} ms)",
                  f"≤ {OFFLINE_MS} ms")]
    for kind in ("page", "asset"):
        load_results = r.get("load", {}).get(kind, {})
        for name, v in load_results.items():
            rows.append((f"{kind.capitalize()} at 64 connections: {name}",
                         f"{v['rps']} req/s, p99 {v['p99_ms']} ms, {v['errors']} errors", ""))
        if "bare_flask" in load_results:
            ratio = load_results["app"]["rps"] / load_results["bare_flask"]["rps"]
            rows.append((f"{kind.capitalize()}: app / bare Flask", f"{ratio:.2f}×",
                         f"≥ {RATIO}×" if kind == "page" else ""))
        if "nginx" in load_results:
            ratio = load_results["app"]["rps"] / load_results["nginx"]["rps"]
            rows.append((f"{kind.capitalize()}: app / nginx", f"{ratio:.2f}×", ""))
    if "search_cost" in r:
        rows += search_cost.rows(r["search_cost"])
    if "triage_cost" in r:
        rows += triage_cost.rows(r["triage_cost"])
    for path, scores in r.get("lighthouse", {}).items():
        result = (f"failed: {scores['error']}" if "error" in scores
                  else " / ".join(str(scores[c]) for c in lighthouse.CATEGORIES))
        rows.append((f"Lighthouse {path}", result, "100 each"))
    return markdown_table(rows)


def update_doc(markdown, meta, name="bench"):
    start, end = f"<!-- {name}:start -->", f"<!-- {name}:end -->"
    block = f"{start}\nMeasured {meta['date']} on {meta['machine']}.\n\n{markdown}\n{end}"
    text = DOC.read_text() if DOC.exists() else "# Performance\n"
    if start not in text:
        text += f"\n{start}\n{end}\n"
    DOC.write_text(re.sub(re.escape(start) + ".*?" + re.escape(end), lambda _: block, text,
                          flags=re.S))


def measure_updates(meta):
    """The update budget alone: its own JSON file and its own block in the doc."""
    results = updates.measure()
    RESULTS.mkdir(exist_ok=True)
    (RESULTS / "updates.json").write_text(json.dumps({"meta": meta, **results}, indent=2))
    markdown = updates.table(results)
    update_doc(markdown, meta, "bench-updates")
    print(markdown)


def measure_sizes(meta):
    """The critical paths and the precache alone, into their own block in the doc."""
    app_server = servers.gunicorn("wsgi:app")
    try:
        results = sizes(app_server.url)
    finally:
        app_server.stop()
    RESULTS.mkdir(exist_ok=True)
    (RESULTS / "sizes.json").write_text(json.dumps({"meta": meta, **results}, indent=2))
    markdown = markdown_table(size_rows(results))
    update_doc(markdown, meta, "bench-sizes")
    print(markdown)


def main(sections):
    meta = {"date": datetime.date.today().isoformat(),
            "machine": f"{platform.machine()}, {os.cpu_count()} cores, Python "
                       f"{platform.python_version()}, {platform.platform(terse=True)}"}
    if "updates" in sections or not sections:
        measure_updates(meta)
    if "sizes" in sections:
        measure_sizes(meta)
    if sections:
        return
    results = {"meta": meta, "search_cost": search_cost.measure(),
               "triage_cost": triage_cost.measure()}
    app_server = servers.gunicorn("wsgi:app")
    try:
        results["sizes"] = sizes(app_server.url)
        if load.available():
            results["load"] = server_load(app_server)
        else:
            print("wrk is not installed: no load rows (`make bench` installs it)", file=sys.stderr)
        if lighthouse.ensure_installed():
            results["lighthouse"] = {p: lighthouse.run(app_server.url + p)
                                     for p in LIGHTHOUSE_PAGES}
    finally:
        app_server.stop()
    offline_server = servers.gunicorn("wsgi:app")
    try:
        results["browser"] = browser.measure(offline_server, offline_server.stop)
    finally:
        offline_server.stop()
    RESULTS.mkdir(exist_ok=True)
    (RESULTS / "latest.json").write_text(json.dumps(results, indent=2))
    markdown = table(results)
    update_doc(markdown, meta)
    print(markdown)


if __name__ == "__main__":
    main(sys.argv[1:])

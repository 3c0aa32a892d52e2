"""Build the service worker: list every URL of the app with a hash of its bytes, then inject.

The list comes from the app itself: every GET route, with the routes that take a value
expanded from the content; the bundles and icons the pages and manifest link to. Nothing is
kept by hand, so a new page or muscle is cached offline the day it is added.
"""

import gzip
import hashlib
import json
from html.parser import HTMLParser
from pathlib import Path

import brotli

from ..shell_parts import SHELL_URL, part_url
from ..static_files import file_at
from ..stored_pages import page_at

PLACEHOLDER = "__PRECACHE_MANIFEST__"
SOURCE = Path(__file__).resolve().parent.parent.parent / "service_worker" / "sw.js"

# Routes a service worker must never cache: itself, its packs, and the load balancer's probe.
NOT_CACHED = {"static", "shell.service_worker", "shell.healthz", "shell.precache_pack"}
# Not pages of their own: the frame and the parts the worker builds pages from (pwa/shell_parts.py).
# The manifest lists them in place of the whole pages.
FRAME = {"shell.app_shell", "shell.page_part"}

# Routes that take a value, and where their values come from.
EXPANSIONS = {
    "guide.chapter": lambda c: [{"slug": x.slug} for x in c.chapters],
    "home.page": lambda c: [{"slug": slug} for slug in c.pages],
    "muscles.muscle": lambda c: [{"slug": slug} for slug in c.muscles],
    "bodymap.region": lambda c: [{"region_id": r.id} for r in c.body.regions if not r.section],
    "timer.routine": lambda c: [{"slug": slug} for slug in c.routines],
}


class PrecacheError(Exception):
    pass


class _Links(HTMLParser):
    """Collect the same-origin files a page loads: stylesheets, scripts (and the modules it
    imports later, named in `data-module`), icons, images."""

    def __init__(self):
        super().__init__()
        self.urls = set()

    def handle_starttag(self, tag, attrs):
        attrs = dict(attrs)
        if tag == "link" and attrs.get("rel") in {"stylesheet", "icon", "apple-touch-icon"}:
            self.urls.add(attrs.get("href"))
        elif tag in {"script", "img"} and attrs.get("src"):
            self.urls.add(attrs["src"])
        elif tag == "use" and attrs.get("href"):
            self.urls.add(attrs["href"].split("#")[0])  # an SVG sprite: the file, once
        if attrs.get("data-module"):
            self.urls.add(attrs["data-module"])  # a module the page imports after its first paint


def page_urls(app):
    """Every page and data URL the app serves, from its URL map and its content."""
    content = app.extensions["tpg_content"]
    urls = set()
    with app.test_request_context():
        from flask import url_for

        for rule in app.url_map.iter_rules():
            if rule.endpoint in NOT_CACHED | FRAME or "GET" not in rule.methods:
                continue
            if rule.arguments:
                if rule.endpoint not in EXPANSIONS:
                    raise PrecacheError(f"route {rule.rule} takes values but has no expansion "
                                        "in pwa/build_tools/precache.py EXPANSIONS")
                urls.update(url_for(rule.endpoint, **v) for v in EXPANSIONS[rule.endpoint](content))
            else:
                urls.add(url_for(rule.endpoint))
    return sorted(urls)


NOT_HTML = (".json", ".webmanifest", ".svg")
# The largest app icon precached: the one Chrome's install check reads on a phone (it wants
# 144 px or more and asks for the size nearest its launcher's, 192 px).
INSTALL_ICON_PX = 192


def html_page_urls(app):
    """The URLs among page_urls that are HTML pages (not data, the manifest or the figure)."""
    return [url for url in page_urls(app) if not url.endswith(NOT_HTML)]


def build_precache_manifest(app):
    """[{url, revision}] for every URL of this release, sorted (see precache_responses)."""
    return [{"url": url, "revision": hashlib.sha256(body).hexdigest()}
            for url, (body, _) in precache_responses(app).items()]


def precache_responses(app):
    """{url: (body, headers)} for every URL of this release, sorted by URL.

    An HTML page is listed as its part (`/_part/guide/causes`), with the shell (`/_shell`) once:
    the worker composes the page from the two offline, so the frame every page shares is
    downloaded and stored once, not once per page. Anything a whole page links to is listed too.

    The revision is the SHA-256 of the bytes the browser sees once it has decoded the response
    (brotli, gzip or none: the same bytes), so the worker can check what it fetched against it.
    Pages are read from the page store and static files from disk (`answer_at`): no request.
    """
    bodies = {}

    def keep(url):
        bodies[url] = answer_at(app, url)

    keep(SHELL_URL)
    for url in page_urls(app):
        page = _page(app, url)
        if page.mimetype == "text/html":
            if page_at(app, part_url(url)) is None:
                raise PrecacheError(f"{url} is not the shell (pwa/templates/shell/app_shell.html) "
                                    "around a part of its own: does its template extend base.html?")
            keep(part_url(url))
            parser = _Links()
            parser.feed(page.body.decode())
            for linked in parser.urls - bodies.keys():
                if linked and linked.startswith("/") and not linked.startswith("//"):
                    keep(linked)
        else:
            keep(url)
            if page.mimetype == "application/manifest+json":
                data = json.loads(page.body)
                # The app's icons an install reads (Chrome's at a phone's size: 192 px, so an
                # offline install still finds one, tests/browser/test_install.py); not the
                # 512 px ones, which only a splash screen or a desktop asks for, online (9.8 KB),
                # nor the shortcuts' icons, which the launcher draws from the installed app.
                for icon in data["icons"]:
                    if icon["src"] not in bodies and _largest_side(icon) <= INSTALL_ICON_PX:
                        keep(icon["src"])
    return dict(sorted(bodies.items()))


def _largest_side(icon):
    """The largest side an icon's `sizes` names ("192x192 256x256": 256; "any": none)."""
    sides = [int(side) for size in icon.get("sizes", "").split() for side in size.split("x")
             if side.isdigit()]
    return max(sides, default=0)


def _page(app, url):
    page = page_at(app, url)
    if page is None:
        raise PrecacheError(f"{url} is not a page (a redirect or an error), so it cannot be "
                            "precached")
    return page


def answer_at(app, url):
    """(body, headers) the app answers GET `url` with, uncompressed: a stored page, or a
    static file as WhiteNoise serves it. The build and the export read every URL this way."""
    if url.startswith(app.static_url_path + "/"):
        found = file_at(app, url)
        if found is None:
            raise PrecacheError(f"{url} is linked to but is no static file")
        body, headers = found
    else:
        page = _page(app, url)
        body, headers = page.body, page.headers()
    return body, [[name, value] for name, value in headers if name.lower() not in NOT_STORED]


# What the worker must not store with an entry: what describes the bytes on the wire, not the
# bytes themselves, and what describes one server's copy (a file's date, WhiteNoise's tag made
# from it): the same sources must give the same packs on every machine.
NOT_STORED = {"content-length", "content-encoding", "date", "transfer-encoding", "connection",
              "last-modified", "etag"}


# A first install fetches the precache as a few packs instead of ~150 requests (the round trips,
# not the bytes, were what a slow link made slow). A few rather than one: an install cut off
# keeps the entries it has verified, and the next attempt fetches a pack only if it holds none
# of them (the rest one by one), so nothing is fetched twice.
PACK_COUNT = 3
PACK_DIR = "packs"
PACK_PREFIX = "/_pack/"


def build_packs(responses, count=PACK_COUNT):
    """Split the entries, in URL order, into `count` packs of about equal size.

    A pack is one line of JSON, `[[url, revision, length, headers], ...]`, then each entry's
    bytes one after another, in that order: the worker reads it as a stream and stores each
    entry as soon as its bytes are in and hash to its revision. Returns {name: bytes}.
    """
    items = list(responses.items())
    total = sum(len(body) for _, (body, _) in items) or 1
    groups, group, size = [], [], 0
    for url, (body, headers) in items:
        group.append((url, body, headers))
        size += len(body)
        if size >= total * (len(groups) + 1) / count and len(groups) < count - 1:
            groups.append(group)
            group = []
    if group:
        groups.append(group)
    packs = {}
    for group in groups:
        index = [[url, hashlib.sha256(body).hexdigest(), len(body), headers]
                 for url, body, headers in group]
        data = (json.dumps(index, separators=(",", ":")).encode() + b"\n"
                + b"".join(body for _, body, _ in group))
        packs[hashlib.sha256(data).hexdigest()[:16] + ".pack"] = data
    return packs


def manifest_version(entries, source):
    """Name the release by its entries and the worker's own code.

    The version names the worker's cache: a worker change alone must get a cache of its own too,
    or its install would write into (and on failure delete) the cache the live version serves.
    """
    listing = json.dumps(entries, sort_keys=True, separators=(",", ":"))
    return hashlib.sha256((source + listing).encode()).hexdigest()[:16]


def inject_manifest(source, entries, packs=()):
    """Put the manifest, its version and its packs' URLs (with the URLs each holds) into the
    worker source, at its single placeholder."""
    if source.count(PLACEHOLDER) != 1:
        raise PrecacheError(f"the worker source must hold {PLACEHOLDER} exactly once")
    # Compact: the worker is downloaded on every update check, and it is mostly this list.
    payload = json.dumps({"version": manifest_version(entries, source), "entries": entries,
                          "packs": list(packs)}, separators=(",", ":"), sort_keys=True)
    return source.replace(PLACEHOLDER, payload)


def pack_listing(packs):
    """What the worker needs to know of each pack: its URL and the entries it holds."""
    return [{"url": PACK_PREFIX + name,
             "urls": [row[0] for row in json.loads(data.split(b"\n", 1)[0])]}
            for name, data in packs.items()]


def build_service_worker(app):
    """Write the worker with its precache manifest, and the packs for a first install, to the
    build folder; return the entries."""
    responses = precache_responses(app)
    entries = [{"url": url, "revision": hashlib.sha256(body).hexdigest()}
               for url, (body, _) in responses.items()]
    packs = build_packs(responses)
    output = Path(app.config["BUILD_DIR"]) / "sw.js"
    pack_dir = output.parent / PACK_DIR
    pack_dir.mkdir(parents=True, exist_ok=True)
    for old in pack_dir.glob("*.pack*"):
        if old.name.split(".pack")[0] + ".pack" not in packs:
            old.unlink()
    for name, data in packs.items():
        # Compressed here, once, not by the first request (pwa/views/app_files.py precache_pack).
        (pack_dir / name).write_bytes(data)
        (pack_dir / f"{name}.br").write_bytes(brotli.compress(data))
        (pack_dir / f"{name}.gz").write_bytes(gzip.compress(data, 9, mtime=0))
    output.write_text(inject_manifest(SOURCE.read_text(encoding="utf-8"), entries,
                                      pack_listing(packs)), encoding="utf-8")
    (output.parent / "precache.json").write_text(json.dumps(entries, indent=1) + "\n")
    return entries



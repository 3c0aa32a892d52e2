"""What makes the site an installable app: manifest, service worker, offline page, health."""

import re
from pathlib import Path

from flask import Blueprint, abort, current_app, jsonify, render_template, request, url_for

from .. import shell_parts
from ..build_tools.precache import PACK_DIR
from ..engine_data import get_rules
from ..loader import get_content
from ..stored_pages import StoredPage, Twins, cached_page, page_at

bp = Blueprint("shell", __name__)

ICON_SIZES = (192, 512)


@bp.route("/icons.svg")
@cached_page
def icons():
    """Every line icon once, as <symbol>s: pages refer to them with <use>."""
    return current_app.response_class(render_template("shell/icons.svg"),
                                      mimetype="image/svg+xml")


@bp.route("/manifest.webmanifest")
@cached_page
def manifest():
    """Describe the app to the browser's installer."""
    app = get_content().app
    icon = lambda name, size, purpose: {  # noqa: E731
        "src": url_for("static", filename=f"icons/{name}-{size}.png"),
        "sizes": f"{size}x{size}", "type": "image/png", "purpose": purpose}
    shot = lambda name, size, factor, label: {  # noqa: E731
        "src": url_for("static", filename=f"screenshots/{name}.png"), "sizes": size,
        "type": "image/png", "form_factor": factor, "label": label}
    shortcut = lambda name, short, endpoint, icon_name: {  # noqa: E731
        "name": name, "short_name": short, "url": url_for(endpoint),
        "icons": [{"src": url_for("static", filename=f"icons/shortcut-{icon_name}.png"),
                   "sizes": "96x96", "type": "image/png"}]}
    data = {
        "id": "/",
        "name": app.name,
        "short_name": app.short_name,
        "description": app.description,
        "lang": app.lang,
        "dir": "ltr",
        "start_url": "/",
        "scope": "/",
        "display": "standalone",
        "orientation": "any",
        "theme_color": app.theme_light,
        "background_color": app.background_light,
        "categories": ["health", "medical", "lifestyle"],
        "icons": [icon("icon", s, "any") for s in ICON_SIZES]
        + [icon("maskable", s, "maskable") for s in ICON_SIZES],
        "screenshots": [
            shot("phone-home", "1080x2400", "narrow", "The home page on a phone"),
            shot("phone-timer", "1080x2400", "narrow", "The self-massage timer"),
            shot("wide-muscle", "1600x1000", "wide", "A muscle page on a wide screen"),
        ],
        "shortcuts": [
            shortcut("Self-massage timer", "Timer", "timer.timer", "timer"),
            shortcut("Body map: where does it hurt?", "Body map", "bodymap.index", "map"),
            shortcut("Search symptoms and muscles", "Search", "search.search", "search"),
        ],
    }
    response = jsonify(data)
    response.mimetype = "application/manifest+json"
    return response


@bp.route("/sw.js")
@cached_page
def service_worker():
    """Serve the built worker from the site root so its scope is the whole app.

    Stored like a page: compressed, `no-cache` (the browser asks for a fresh worker every
    time, or updates would wait on the HTTP cache) and with an ETag, so the update check of a
    release that changed nothing is a 304.
    """
    path = Path(current_app.config["BUILD_DIR"]) / "sw.js"
    if not path.exists():
        return "// service worker not built: run `flask build`\n", 503, {
            "Content-Type": "text/javascript; charset=utf-8", "Cache-Control": "no-store"}
    return current_app.response_class(path.read_bytes(), mimetype="text/javascript")


@bp.route("/_pack/<name>")
def precache_pack(name):
    """A pack of precache entries a first install fetches in one request (build_packs in
    pwa/build_tools/precache.py), stored like a page with the brotli and gzip twins the build
    wrote: a pack is compressed as one stream, and never at request time (it is large)."""
    if not re.fullmatch(r"[0-9a-f]{16}\.pack", name):
        abort(404)
    path = Path(current_app.config["BUILD_DIR"]) / PACK_DIR / name
    twins = {"br": path.with_name(name + ".br"), "gzip": path.with_name(name + ".gz")}
    if not path.is_file() or not all(twin.is_file() for twin in twins.values()):
        abort(404)
    page = StoredPage(path.read_bytes(), "application/octet-stream",
                      Twins({encoding: twin.read_bytes() for encoding, twin in twins.items()}))
    if current_app.config["PAGE_CACHE"]:
        current_app.extensions["tpg_pages"][request.path] = page
    return page


@bp.route("/offline")
@cached_page
def offline():
    """The page the service worker shows for a page that was never cached."""
    return render_template("shell/offline.html")


@bp.route(shell_parts.SHELL_URL)
@cached_page
def app_shell():
    """The frame every page shares, with its slots: precached once, composed offline. Its
    fragments include each caution's paragraph, which muscle, region and routine pages repeat,
    and each red flag's warning and the call button, which region and routine checklists repeat.
    Lines many pages repeat in their own content are fragments too (shell_parts.repeated_lines)."""
    content = get_content()
    shell = render_template("shell/app_shell.html", cautions=content.cautions,
                            red_flags=get_rules()["flags"],
                            emergency_number=content.practice.emergency_number)
    return shell + repeated_lines(shell)


def repeated_lines(shell):
    """The shell's repeated lines as the build wrote them (build/shell-lines.html), so a worker
    never renders every page to find them; worked out from every page when there is no file
    (the build itself, or a server started before any build), and kept for the build to write."""
    from ..build_tools.precache import html_page_urls

    stored = Path(current_app.config["BUILD_DIR"]) / shell_parts.LINES_FILE
    try:
        return stored.read_text(encoding="utf-8")
    except OSError:
        pass
    pages = [page_at(current_app, url) for url in html_page_urls(current_app)]
    pages = [page.body.decode() for page in pages
             if page is not None and page.mimetype == "text/html"]
    lines = shell_parts.repeated_lines(shell, pages)
    current_app.extensions["tpg_shell_lines"] = lines
    return lines


@bp.route(shell_parts.PART_PREFIX + "/", defaults={"path": ""})
@bp.route(shell_parts.PART_PREFIX + "/<path:path>")
@cached_page
def page_part(path):
    """What the page at /<path> adds to the shell (see pwa/shell_parts.py); 404 for anything
    that is not a page of the app built on the shell."""
    if path.startswith(shell_parts.PART_PREFIX.lstrip("/")):
        abort(404)
    # The page exactly as the page store keeps it (and a browser gets it), so the part is cut
    # from the same bytes the online page is.
    page = page_at(current_app, "/" + path)
    if page is None or page.mimetype != "text/html":
        abort(404)
    shell = page_at(current_app, shell_parts.SHELL_URL)
    try:
        part = shell_parts.cut_part(shell.body.decode(), page.body.decode())
    except shell_parts.PartError:
        abort(404)
    return current_app.response_class(part, mimetype="text/html")


@bp.route("/healthz")
def healthz():
    """Answer load balancers: the app and its content are loaded."""
    response = jsonify(status="ok", muscles=len(get_content().muscles))
    response.headers["Cache-Control"] = "no-store"
    return response

"""Freeze the app to static files any host or CDN can serve as they are.

Pages go to `<path>.html` (or `index.html` for `/` and collections), the form static hosts
map clean URLs to; the host's header rules come along as a Netlify/Cloudflare `_headers` file
and an nginx example, both written from `security.SECURITY_HEADERS`.
"""

import shutil
from pathlib import Path

from whitenoise.compress import Compressor

from ..errors import error_page
from ..security import SECURITY_HEADERS
from .precache import PACK_DIR, answer_at, build_precache_manifest, page_urls

IMMUTABLE = "public, max-age=315360000, immutable"
HSTS_NOTE = ('Behind TLS only, add Strict-Transport-Security "max-age=63072000" (see '
             "docs/deploy.md)")
# Compressed on the fly by nginx when a file has no .gz twin (text/html always is).
GZIP_TYPES = ("text/css", "text/javascript", "application/javascript", "application/json",
              "application/manifest+json", "image/svg+xml")
# Written into every export, so the next export knows the folder is its own to replace.
MARKER = ".trigger-point-guide-export"


class ExportError(Exception):
    """The export cannot go where it was asked to."""


def file_for(url):
    """Where a URL's bytes live in the export."""
    path = url.lstrip("/")
    if path == "" or path.endswith("/"):
        return path + "index.html"
    if "." in path.rsplit("/", 1)[-1]:
        return path
    return path + ".html"


def headers_file(urls):
    """Netlify/Cloudflare Pages rules, matched against the URL asked for (clean URLs too).

    The security headers go on everything. Each Cache-Control comes from exactly one rule:
    those hosts merge the values of every rule that matches (Cloudflare joins them with a
    comma), so the caching rules never overlap: one per top-level name of the app's own URLs,
    and the bundles' folder on its own.
    """
    lines = [f"# {HSTS_NOTE}", "/*"]
    lines += [f"  {name}: {value}" for name, value in SECURITY_HEADERS.items()]
    lines += ["", "/static/gen/*", f"  Cache-Control: {IMMUTABLE}", ""]
    for pattern in no_cache_patterns(urls):
        lines += [pattern, "  Cache-Control: no-cache", ""]
    lines += ["/manifest.webmanifest", "  Content-Type: application/manifest+json", ""]
    return "\n".join(lines)


def no_cache_patterns(urls):
    """Patterns covering every URL outside /static/ (pages, parts, data, the worker), each
    once: `/name` for a URL, `/name/*` for a folder of them (its own `/name/` included)."""
    patterns = {"/"}
    for url in urls:
        head, slash, _ = url.lstrip("/").partition("/")
        if head and head != "static":
            patterns.add(f"/{head}/*" if slash else f"/{head}")
    return sorted(patterns)


def nginx_conf():
    headers = "\n".join(f'    add_header {name} "{value}" always;'
                        for name, value in SECURITY_HEADERS.items())
    nested = headers.replace("    add_header", "        add_header")
    return f"""# Serve the static export with nginx (an example: adjust server_name, root, TLS).
# {HSTS_NOTE}: nginx passes a server's add_header lines only to
# locations that add none of their own, so put it beside the others in every block below.
server {{
    listen 80;
    server_name example.org;
    root /srv/trigger-point-guide/dist;
    charset utf-8;
    # Every text file has a .gz twin written by the export: serve it as it is (and compress
    # anything without one on the fly). With Debian's libnginx-mod-http-brotli-static loaded,
    # `brotli_static on;` serves the .br twins too.
    gzip_static on;
    gzip on;
    gzip_vary on;
    gzip_types {" ".join(GZIP_TYPES)};
    # nginx's own table first: a `types` block alone would replace it, and pages, scripts and
    # styles would go out as application/octet-stream, which nosniff makes browsers refuse.
    include mime.types;
    types {{ application/manifest+json webmanifest; }}

{headers}

    # Pages by their clean URL (/guide/causes -> guide/causes.html), their parts, the shell
    # and the JSON files: each is checked for changes on every use.
    location / {{
        try_files $uri $uri.html $uri/index.html =404;
        add_header Cache-Control "no-cache" always;
{nested}
    }}
    location = /sw.js {{
        add_header Cache-Control "no-cache" always;
{nested}
    }}
    location /static/gen/ {{
        add_header Cache-Control "{IMMUTABLE}" always;
{nested}
    }}
    error_page 404 /404.html;
}}
"""


def export(app, target):
    """Write every page whole, every precached URL (the worker's shell and page parts among
    them), the worker, the 404 page, the bundles of the releases the build keeps, each text
    file's compressed twins and the host rules to `target`."""
    target = Path(target)
    clear(target)
    urls = sorted(set(page_urls(app)) | {entry["url"] for entry in build_precache_manifest(app)})
    urls.append("/sw.js")
    compressed = app.extensions["tpg_compressed"]
    for url in urls:
        destination = target / file_for(url)
        destination.parent.mkdir(parents=True, exist_ok=True)
        body = answer_at(app, url)[0]
        destination.write_bytes(body)
        # The twins `flask build` compressed already (brotli at its best is slow).
        for suffix, path in compressed.files_of(body).items():
            shutil.copyfile(path, destination.with_name(destination.name + suffix))
    (target / "404.html").write_bytes(error_page(app, 404))
    # The bundles an open tab of an earlier release may still ask for, with their twins.
    shutil.copytree(Path(app.static_folder) / "gen", target / "static" / "gen", dirs_exist_ok=True)
    # The first install's packs (/_pack/<hash>.pack, with the twins the build wrote).
    packs = Path(app.config["BUILD_DIR"]) / PACK_DIR
    if packs.is_dir():
        shutil.copytree(packs, target / "_pack", dirs_exist_ok=True)
    compress_files(target)
    (target / "_headers").write_text(headers_file(urls))
    (target / "nginx.conf.example").write_text(nginx_conf())
    return urls


def compress_files(folder):
    """Write .gz and .br twins beside every text file in `folder` that lacks them (the build
    already wrote the bundles' and the pages' own). WhiteNoise's compressor skips files that do
    not shrink."""
    compressor = Compressor(quiet=True)
    for path in sorted(Path(folder).rglob("*")):
        if (path.is_file() and compressor.should_compress(path.name)
                and not path.with_name(path.name + ".gz").exists()):
            compressor.compress(str(path))


def clear(target):
    """Empty `target` for a new export, but only if it is empty or an earlier export."""
    if target.exists() and not target.is_dir():
        raise ExportError(f"{target} is a file, not a folder: nothing was changed")
    if target.is_dir() and any(target.iterdir()):
        if not (target / MARKER).is_file():
            raise ExportError(
                f"{target} is not empty and was not written by `flask export` (it has no "
                f"{MARKER} file): nothing was deleted. Export to a new or empty folder.")
        shutil.rmtree(target)
    target.mkdir(parents=True, exist_ok=True)
    (target / MARKER).write_text("Written by `flask export`: the next export replaces this "
                                 "folder whole.\n")

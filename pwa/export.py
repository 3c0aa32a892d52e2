"""Freeze the app to static files any host or CDN can serve as they are.

Pages go to `<path>.html` (or `index.html` for `/` and collections), the form static hosts
map clean URLs to; the host's header rules come along as a Netlify/Cloudflare `_headers` file
and an nginx example, both written from `security.SECURITY_HEADERS`.
"""

import shutil
from pathlib import Path

from .precache import build_precache_manifest, page_urls, read_whole_client
from .security import SECURITY_HEADERS

IMMUTABLE = "public, max-age=315360000, immutable"
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


def headers_file():
    lines = ["/*"] + [f"  {name}: {value}" for name, value in SECURITY_HEADERS.items()]
    lines += ["", "/sw.js", "  Cache-Control: no-cache", "", "/*.html", "  Cache-Control: no-cache",
              "", "/static/gen/*", f"  Cache-Control: {IMMUTABLE}", "",
              "/manifest.webmanifest", "  Content-Type: application/manifest+json", ""]
    return "\n".join(lines)


def nginx_conf():
    headers = "\n".join(f'    add_header {name} "{value}" always;'
                        for name, value in SECURITY_HEADERS.items())
    return f"""# Serve the static export with nginx (an example: adjust server_name, root, TLS).
server {{
    listen 80;
    server_name example.org;
    root /srv/trigger-point-guide/dist;
    charset utf-8;
    gzip_static on;
    # nginx's own table first: a `types` block alone would replace it, and pages, scripts and
    # styles would go out as application/octet-stream, which nosniff makes browsers refuse.
    include mime.types;
    types {{ application/manifest+json webmanifest; }}

{headers}

    location / {{
        try_files $uri $uri.html $uri/index.html =404;
        add_header Cache-Control "no-cache" always;
{headers.replace('    add_header', '        add_header')}
    }}
    location = /sw.js {{
        add_header Cache-Control "no-cache" always;
{headers.replace('    add_header', '        add_header')}
    }}
    location /static/gen/ {{
        add_header Cache-Control "{IMMUTABLE}" always;
{headers.replace('    add_header', '        add_header')}
    }}
    error_page 404 /404.html;
}}
"""


def export(app, target):
    """Write every page whole, every precached URL (the worker's shell and page parts among
    them), the worker, the 404 page and the host rules to `target`."""
    target = Path(target)
    clear(target)
    client = read_whole_client(app)
    urls = sorted(set(page_urls(app)) | {entry["url"] for entry in build_precache_manifest(app)})
    urls.append("/sw.js")
    for url in urls:
        response = client.get(url, headers={"Accept-Encoding": "identity"})
        destination = target / file_for(url)
        destination.parent.mkdir(parents=True, exist_ok=True)
        destination.write_bytes(response.get_data())
        for twin in (".gz", ".br"):
            source = Path(app.static_folder) / url.removeprefix("/static/")
            if url.startswith("/static/") and Path(str(source) + twin).exists():
                shutil.copyfile(str(source) + twin, str(destination) + twin)
    (target / "404.html").write_bytes(client.get("/__export-404").get_data())
    (target / "_headers").write_text(headers_file())
    (target / "nginx.conf.example").write_text(nginx_conf())
    return urls


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

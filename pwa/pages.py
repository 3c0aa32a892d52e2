"""Render each cacheable page once per process and serve the stored, precompressed bytes.

A page's output depends only on its path and the content loaded at start-up, so the app's own
work per request shrinks to a dictionary look-up (pages must be served at >= 0.9x the speed of
a bare Flask app).
"""

import gzip
import hashlib
from functools import lru_cache, wraps

import brotli
from flask import current_app, make_response, request
from werkzeug.http import parse_accept_header, parse_etags
from werkzeug.utils import get_content_type

from .security import SECURITY_HEADERS


class StoredPage:
    """One rendered page: its bytes, their gzip and brotli twins, and every header, built once."""

    # A strong ETag names exact bytes, so each encoding gets its own: a cache holding the gzip
    # bytes must not revalidate them as the brotli ones (RFC 9110, 8.8.3).
    ETAG_SUFFIX = {"br": "-br", "gzip": "-gz", None: ""}

    def __init__(self, body, mimetype, compressed=None):
        digest = hashlib.sha256(body).hexdigest()[:32]
        common = [("Vary", "Accept-Encoding"), ("Cache-Control", "no-cache"),
                  *SECURITY_HEADERS.items()]
        content_type = ("Content-Type", get_content_type(mimetype, "utf-8"))
        # mtime=0 keeps the compressed bytes identical from run to run.
        # `compressed`: the br and gzip twins, when the build made them already.
        encoded = {**(compressed or {"br": brotli.compress(body),
                                     "gzip": gzip.compress(body, 9, mtime=0)}), None: body}
        self.variants = {}
        for encoding, data in encoded.items():
            etag = digest + self.ETAG_SUFFIX[encoding]
            tagged = [("ETag", f'"{etag}"'), *common]
            self.variants[encoding] = (etag, data, tagged, [
                content_type, *([("Content-Encoding", encoding)] if encoding else []),
                ("Content-Length", str(len(data))), *tagged])

    def __call__(self, environ, start_response):
        """Answer as a WSGI app: the request costs a dictionary look-up and a header check."""
        etag, data, not_modified, headers = self.variants[
            _encoding(environ.get("HTTP_ACCEPT_ENCODING", ""))]
        match = environ.get("HTTP_IF_NONE_MATCH")
        if match and parse_etags(match).contains(etag):
            start_response("304 Not Modified", not_modified)
            return []
        start_response("200 OK", headers)
        return [] if environ["REQUEST_METHOD"] == "HEAD" else [data]


@lru_cache(maxsize=256)
def _encoding(accept_encoding):
    """The best of br, gzip or none for an Accept-Encoding header (browsers send a few kinds)."""
    accepted = parse_accept_header(accept_encoding)
    if accepted["br"]:
        return "br"
    if accepted["gzip"]:
        return "gzip"
    return None


class StoredPages:
    """WSGI middleware: a path whose page is stored is answered here, before Flask.

    Flask renders a page once (the `cached_page` view below stores it); from then on its bytes
    and headers are reused, so the app's own work per page is nearly nothing.
    """

    def __init__(self, wsgi_app, store):
        self.wsgi_app = wsgi_app
        self.store = store

    def __call__(self, environ, start_response):
        if environ["REQUEST_METHOD"] in ("GET", "HEAD"):
            page = self.store.get(environ.get("PATH_INFO", ""))
            if page is not None:
                return page(environ, start_response)
        return self.wsgi_app(environ, start_response)


def cached_page(view):
    """Serve a view's 200 response from the page store; render it on the first request only."""

    @wraps(view)
    def wrapper(*args, **kwargs):
        store = current_app.extensions["tpg_pages"]
        key = request.path
        page = store.get(key)
        if page is None:
            response = make_response(view(*args, **kwargs))
            if response.status_code != 200 or not current_app.config["PAGE_CACHE"]:
                return response
            page = StoredPage(response.get_data(), response.mimetype)
            store[key] = page
        return page

    return wrapper


def init_app(app):
    store = app.extensions["tpg_pages"] = {}
    app.wsgi_app = StoredPages(app.wsgi_app, store)

"""Render each cacheable page once per process and serve the stored, precompressed bytes.

A page's output depends only on its path and the content loaded at start-up, so the app's own
work per request shrinks to a dictionary look-up (pages must be served at >= 0.9x the speed of
a bare Flask app). The build compresses every page once (`write_compressed`); a worker reads
an encoding's bytes the first time a client asks for it, and compresses only what the build
did not.
"""

import gzip
import hashlib
import shutil
from functools import lru_cache, wraps
from pathlib import Path

import brotli
from flask import current_app, make_response, request
from werkzeug.exceptions import HTTPException
from werkzeug.http import parse_accept_header, parse_etags
from werkzeug.utils import get_content_type

from .security import SECURITY_HEADERS

# mtime=0 keeps the gzip bytes identical from run to run.
ENCODERS = {"br": brotli.compress, "gzip": lambda body: gzip.compress(body, 9, mtime=0)}
SUFFIXES = {"br": ".br", "gzip": ".gz"}


def page_digest(body):
    """The name a page's compressed bytes are stored under: a hash of its plain ones."""
    return hashlib.sha256(body).hexdigest()[:32]


class CompressedPages:
    """A page's compressed bytes, by the hash of its plain ones: written by `flask build` into
    the build folder, so a worker only reads them; made (once per process) if missing."""

    def __init__(self, folder):
        self.folder = Path(folder)

    def get(self, digest, encoding, body):
        try:
            return (self.folder / (digest + SUFFIXES[encoding])).read_bytes()
        except OSError:
            return ENCODERS[encoding](body)

    def files_of(self, body):
        """The compressed files the build wrote for `body`, by suffix (.br, .gz)."""
        digest = page_digest(body)
        return {suffix: path for suffix in SUFFIXES.values()
                if (path := self.folder / (digest + suffix)).is_file()}

    def write(self, pages):
        """Write every encoding of `pages` (StoredPage objects), replacing what was there."""
        shutil.rmtree(self.folder, ignore_errors=True)
        self.folder.mkdir(parents=True)
        for page in pages:
            for encoding, suffix in SUFFIXES.items():
                # Whole or not at all: a worker takes any file it finds as the page's bytes.
                partial = self.folder / (page.digest + suffix + ".tmp")
                partial.write_bytes(ENCODERS[encoding](page.body))
                partial.replace(self.folder / (page.digest + suffix))


class Twins:
    """Compressed bytes made already (a pack's twins, written by the build), by encoding."""

    def __init__(self, by_encoding):
        self.by_encoding = by_encoding

    def get(self, digest, encoding, body):
        return self.by_encoding[encoding]


class StoredPage:
    """One rendered page: its bytes and every header, built once; its brotli and gzip twins
    when a client first asks for each."""

    # A strong ETag names exact bytes, so each encoding gets its own: a cache holding the gzip
    # bytes must not revalidate them as the brotli ones (RFC 9110, 8.8.3).
    ETAG_SUFFIX = {"br": "-br", "gzip": "-gz", None: ""}

    def __init__(self, body, mimetype, compressed=None):
        self.body = body
        self.mimetype = mimetype
        self.digest = page_digest(body)
        self.compressed = compressed
        self.common = [("Vary", "Accept-Encoding"), ("Cache-Control", "no-cache"),
                       *SECURITY_HEADERS.items()]
        self.content_type = ("Content-Type", get_content_type(mimetype, "utf-8"))
        self.variants = {None: self._variant(None, body)}

    def _variant(self, encoding, data):
        etag = self.digest + self.ETAG_SUFFIX[encoding]
        tagged = [("ETag", f'"{etag}"'), *self.common]
        return (etag, data, tagged, [
            self.content_type, *([("Content-Encoding", encoding)] if encoding else []),
            ("Content-Length", str(len(data))), *tagged])

    def variant(self, encoding):
        """The bytes and headers for one encoding, compressed (or read) on first use."""
        found = self.variants.get(encoding)
        if found is None:
            data = (self.compressed.get(self.digest, encoding, self.body) if self.compressed
                    else ENCODERS[encoding](self.body))
            found = self.variants[encoding] = self._variant(encoding, data)
        return found

    def headers(self):
        """The headers of the plain bytes, as a request without compression gets them."""
        return self.variant(None)[3]

    def __call__(self, environ, start_response):
        """Answer as a WSGI app: the request costs a dictionary look-up and a header check."""
        etag, data, not_modified, headers = self.variant(
            _encoding(environ.get("HTTP_ACCEPT_ENCODING", "")))
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
            if response.status_code != 200:
                return response
            page = StoredPage(response.get_data(), response.mimetype,
                              current_app.extensions["tpg_compressed"])
            if current_app.config["PAGE_CACHE"]:
                store[key] = page
        return page

    return wrapper


def page_at(app, path):
    """The page at `path` as the store keeps it: the one a request stored, else the view's answer.

    The one way the build, the export and the page parts read a page: the view is called in a
    request context for `path` (so `url_for` and `request.path` mean what they do for a
    request), with no HTTP request, test client or WSGI round trip. A @cached_page view stores
    its page as a request would; a view that answers each request afresh (`/search`, which
    reads its query) gives its page for `path` alone, not stored. None when `path` has no page:
    a static file, a redirect, an error.
    """
    page = app.extensions["tpg_pages"].get(path)
    if page is not None:
        return page
    with app.test_request_context(path):
        rule = request.url_rule
        if request.routing_exception is not None or rule is None or rule.endpoint == "static":
            return None
        try:
            answer = app.view_functions[rule.endpoint](**request.view_args)
        except HTTPException:
            return None
        if isinstance(answer, StoredPage):
            return answer
        response = app.make_response(answer)
        if response.status_code != 200:
            return None
        return StoredPage(response.get_data(), response.mimetype)


def init_app(app):
    store = app.extensions["tpg_pages"] = {}
    app.extensions["tpg_compressed"] = CompressedPages(Path(app.config["BUILD_DIR"]) / "pages")
    app.wsgi_app = StoredPages(app.wsgi_app, store)


def write_compressed(app):
    """Compress every page the build rendered (they are in the store), for the workers."""
    app.extensions["tpg_compressed"].write(app.extensions["tpg_pages"].values())

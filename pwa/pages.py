"""Render each cacheable page once per process and serve the stored, precompressed bytes.

A page's output depends only on its path and the content loaded at start-up, so the app's own
work per request shrinks to a dictionary look-up (issue 10: a page at >= 0.9x a bare Flask app).
"""

import gzip
import hashlib
from dataclasses import dataclass
from functools import wraps

import brotli
from flask import current_app, make_response, request


@dataclass(frozen=True)
class StoredPage:
    body: bytes
    gzip: bytes
    brotli: bytes
    mimetype: str
    etag: str

    @classmethod
    def from_bytes(cls, body, mimetype):
        return cls(
            body=body,
            # mtime=0 keeps the compressed bytes identical from run to run.
            gzip=gzip.compress(body, 9, mtime=0),
            brotli=brotli.compress(body),
            mimetype=mimetype,
            etag=hashlib.sha256(body).hexdigest()[:32],
        )

    def respond(self):
        accepted = request.accept_encodings
        if accepted["br"]:
            data, encoding = self.brotli, "br"
        elif accepted["gzip"]:
            data, encoding = self.gzip, "gzip"
        else:
            data, encoding = self.body, None
        response = current_app.response_class(data, mimetype=self.mimetype)
        if encoding:
            response.headers["Content-Encoding"] = encoding
        response.headers["Vary"] = "Accept-Encoding"
        response.headers["Cache-Control"] = "no-cache"
        response.set_etag(self.etag)
        return response.make_conditional(request)


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
            page = StoredPage.from_bytes(response.get_data(), response.mimetype)
            store[key] = page
        return page.respond()

    return wrapper


def init_app(app):
    app.extensions["tpg_pages"] = {}

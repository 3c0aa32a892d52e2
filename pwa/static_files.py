"""Serve static files with WhiteNoise: precompressed, hashed bundles cached for ten years."""

import re
from pathlib import Path

from whitenoise import WhiteNoise

from .security import add_security_headers

# Bundles are written as name.<8+ hex digits>.ext by webassets (see build_tools/assets.py).
HASHED_NAME = re.compile(r"\.[0-9a-f]{8,}\.(?:css|js)$")


def is_hashed(path, url):
    """Tell WhiteNoise which files never change, so they get an immutable ten-year cache."""
    return bool(HASHED_NAME.search(url))


def file_at(app, url):
    """(bytes, headers) of the static file at `url` as WhiteNoise serves it uncompressed, read
    from disk; None if there is none. The build and the export read static files this way."""
    prefix = app.static_url_path + "/"
    root = Path(app.static_folder).resolve()
    path = (root / url.removeprefix(prefix)).resolve()
    if not url.startswith(prefix) or root not in path.parents or not path.is_file():
        return None
    # Made from the file on disk, not taken from WhiteNoise's start-up table: the build writes
    # files after the app has started.
    answer = app.extensions["tpg_static"].get_static_file(str(path), url).get_response("GET", {})
    try:
        return answer.file.read(), list(answer.headers)
    finally:
        answer.file.close()


def init_app(app):
    app.wsgi_app = app.extensions["tpg_static"] = WhiteNoise(
        app.wsgi_app,
        root=app.static_folder,
        prefix=app.static_url_path,
        immutable_file_test=is_hashed,
        add_headers_function=add_security_headers,
        mimetypes={".webmanifest": "application/manifest+json"},
        # Unhashed files (icons) may change between releases; an hour keeps repeat visits light.
        max_age=3600,
    )

"""Serve static files with WhiteNoise: precompressed, hashed bundles cached for ten years."""

import re

from whitenoise import WhiteNoise

from .security import add_security_headers

# Bundles are written as name.<8+ hex digits>.ext by webassets (see build_tools/assets.py).
HASHED_NAME = re.compile(r"\.[0-9a-f]{8,}\.(?:css|js)$")


def is_hashed(path, url):
    """Tell WhiteNoise which files never change, so they get an immutable ten-year cache."""
    return bool(HASHED_NAME.search(url))


def init_app(app):
    app.wsgi_app = WhiteNoise(
        app.wsgi_app,
        root=app.static_folder,
        prefix=app.static_url_path,
        immutable_file_test=is_hashed,
        add_headers_function=add_security_headers,
        mimetypes={".webmanifest": "application/manifest+json"},
        # Unhashed files (icons) may change between releases; an hour keeps repeat visits light.
        max_age=3600,
    )

"""Trigger Point Guide: an offline trigger point self-care guide and self-massage timer."""

from pathlib import Path

from flask import Flask

from .template_indent import DropIndent

PACKAGE_DIR = Path(__file__).resolve().parent


def create_app(config=None):
    """Create and configure the app; `config` (a mapping) overrides the defaults."""
    app = Flask(__name__)
    app.jinja_options = {**app.jinja_options, "extensions": [DropIndent]}
    app.config.from_mapping(
        CONTENT_DIR=str(PACKAGE_DIR / "content"),
        BUILD_DIR=str(PACKAGE_DIR / "build"),
        # Render each cacheable page once per process and reuse the bytes.
        PAGE_CACHE=True,
        ASSETS_AUTO_BUILD=False,
    )
    app.config.from_prefixed_env("TPG")
    if config:
        app.config.update(config)
    # A build into a copy of the static files (the bundle-release tests) names its own folder.
    app.static_folder = app.config.get("STATIC_FOLDER", app.static_folder)

    from . import loader, security, static_files, stored_pages
    from .build_tools import assets

    loader.init_app(app)
    assets.init_app(app)
    security.init_app(app)
    stored_pages.init_app(app)

    from . import errors
    from .views import app_files, body_map, guide, home, muscles, red_flags, search, timer

    for module in (home, guide, muscles, body_map, search, red_flags, timer, app_files):
        app.register_blueprint(module.bp)
    errors.init_app(app)

    from .build_tools import cli

    cli.init_app(app)
    static_files.init_app(app)
    return app

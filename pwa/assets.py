"""CSS and JS bundles: minified, named by content hash, built by `flask build`."""

import os
import re

from flask_assets import Bundle, Environment
from webassets.filter import Filter, get_filter, register_filter


class FlattenModules(Filter):
    """Let plain ES modules be concatenated into one module bundle.

    The source files are real ES modules (the tests import them in Node); a bundle lists its
    files in dependency order, so their `import` lines are dropped and `export` keywords removed.
    """

    name = "flatten_modules"
    IMPORT = re.compile(r"^import\s[\s\S]*?from\s+['\"][^'\"]+['\"];?[ \t]*\n?", re.M)
    EXPORT_LIST = re.compile(r"^export\s*\{[^}]*\};?[ \t]*\n?", re.M)
    EXPORT_KEYWORD = re.compile(r"^export\s+(?:default\s+)?", re.M)

    def input(self, _in, out, **kw):
        source = self.IMPORT.sub("", _in.read())
        source = self.EXPORT_LIST.sub("", source)
        out.write(self.EXPORT_KEYWORD.sub("", source))


register_filter(FlattenModules)

JS_FILTERS = ("flatten_modules", "rjsmin")
# A vendored library's /*! licence notice */ must survive minification; ours have none.
JS_FILTERS_KEEP_LICENCE = ("flatten_modules", get_filter("rjsmin", keep_bang_comments=True))

# The own-routine pages share these, in dependency order.
OWN_ROUTINE_JS = ("js/storage.js", "js/timer-core.js", "js/routine-model.js",
                  "js/routine-store.js", "js/routine-link.js", "js/routine-view.js")

BUNDLES = {
    "css": Bundle(
        "css/base.css",
        "css/layout.css",
        "css/components.css",
        "css/content.css",
        "css/timer.css",
        "css/routines.css",
        filters="rcssmin",
        output="gen/app.%(version)s.css",
    ),
    "js_app": Bundle(
        "js/storage.js",
        "js/app-shell.js",
        "js/body-map.js",
        filters=JS_FILTERS,
        output="gen/app.%(version)s.js",
    ),
    "js_search": Bundle(
        "js/search-core.js",
        "js/search-page.js",
        filters=JS_FILTERS,
        output="gen/search.%(version)s.js",
    ),
    "js_triage": Bundle(
        "js/search-core.js",
        "js/triage-core.js",
        "js/red-flags-view.js",
        "js/triage-home.js",
        filters=JS_FILTERS,
        output="gen/triage.%(version)s.js",
    ),
    "js_timer": Bundle(
        "js/storage.js",
        "js/timer-core.js",
        "js/timer-presets.js",
        "js/cues.js",
        "js/diary-store.js",
        "js/routine-model.js",
        "js/routine-extras-view.js",
        "js/timer-page.js",
        filters=JS_FILTERS,
        output="gen/timer.%(version)s.js",
    ),
    "js_routines": Bundle(
        *OWN_ROUTINE_JS,
        "js/routines-page.js",
        filters=JS_FILTERS,
        output="gen/routines.%(version)s.js",
    ),
    "js_builder": Bundle(
        *OWN_ROUTINE_JS,
        "js/routine-builder-page.js",
        filters=JS_FILTERS,
        output="gen/builder.%(version)s.js",
    ),
    "js_share": Bundle(
        *OWN_ROUTINE_JS,
        "vendor/uqr-0.1.3.mjs",
        "js/qr-svg.js",
        "js/share-page.js",
        filters=JS_FILTERS_KEEP_LICENCE,
        output="gen/share.%(version)s.js",
    ),
    "js_shared": Bundle(
        *OWN_ROUTINE_JS,
        "js/shared-routine-page.js",
        filters=JS_FILTERS,
        output="gen/shared.%(version)s.js",
    ),
    "js_history": Bundle(
        "js/storage.js",
        "js/diary-store.js",
        "js/diary-io.js",
        "js/history-page.js",
        filters=JS_FILTERS,
        output="gen/history.%(version)s.js",
    ),
}


def init_app(app):
    build_dir = app.config["BUILD_DIR"]
    app.config.setdefault("ASSETS_VERSIONS", "hash")
    app.config.setdefault("ASSETS_MANIFEST", "json:" + os.path.join(build_dir, "assets.json"))
    # Keep webassets' cache out of the static folder, or WhiteNoise would serve it.
    app.config.setdefault("ASSETS_CACHE", False)
    app.config.setdefault("ASSETS_URL_EXPIRE", False)
    env = Environment(app)
    for name, bundle in BUNDLES.items():
        env.register(name, bundle)

    @app.template_global()
    def asset_url(name):
        """The hashed URL of a bundle, as recorded by the last build."""
        return env[name].urls()[0]


def build(app):
    """Write every bundle to static/gen and record the hashed names in the manifest."""
    os.makedirs(app.config["BUILD_DIR"], exist_ok=True)
    env = app.jinja_env.assets_environment
    written = []
    for name in BUNDLES:
        env[name].build(force=True)
        written.append(env[name].urls()[0])
    return written

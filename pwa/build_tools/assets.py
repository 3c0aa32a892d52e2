"""CSS and JS bundles: minified, named by content hash, built by `flask build`."""

import json
import os
import subprocess
import tempfile
from pathlib import Path
from typing import NamedTuple

from flask_assets import Bundle, Environment
from webassets.exceptions import FilterError
from webassets.filter import Filter, register_filter

# Installed by `make build` (`npm ci`, pinned in package-lock.json); only the build needs it.
ESBUILD = Path(__file__).resolve().parent.parent.parent / "node_modules" / ".bin" / "esbuild"
# Keep "·" and "’" as they are (esbuild escapes them by default), and drop no licence text
# into the bundles: every module is ours.
COMMON_ARGS = ["--format=esm", "--charset=utf8", "--color=false",
               "--log-level=warning"]


def run_esbuild(args, stdin, cwd=None, binary=None, legal="none"):
    """Run esbuild; any error or warning fails the build with esbuild's own message."""
    binary = str(binary or ESBUILD)
    try:
        result = subprocess.run([binary, *COMMON_ARGS, f"--legal-comments={legal}", *args],
                                input=stdin, cwd=cwd, capture_output=True, text=True, check=False)
    except FileNotFoundError:
        raise FilterError(f"esbuild not found at {binary}: `make build` installs it "
                          "(npm ci), or set ESBUILD_BIN") from None
    # Warnings too: esbuild warns about code that is almost surely wrong (a key twice in one
    # object, a `typeof` test that can never be true), and a bundle that ships it is broken.
    if result.returncode != 0 or result.stderr.strip():
        raise FilterError("esbuild:\n" + result.stderr.strip())
    return result.stdout


def bundle_modules(static_dir, sources, binary=None, legal="none", exports=False):
    """One ES module that runs `sources` (paths under `static_dir`) as the browser would.

    esbuild follows each file's imports, renames clashing top-level names and evaluates the
    modules in import order. Every module the files import must be listed too: the list in
    BUNDLES is the one place that says what a page ships, so nothing joins a bundle unseen.
    With `exports`, the bundle exports what the last file exports: a page imports it later.
    """
    listed = list(dict.fromkeys(Path(source).as_posix() for source in sources))
    entry = "".join(f'import "./{source}";\n' for source in listed)
    if exports:
        entry += f'export * from "./{listed[-1]}";\n'
    with tempfile.TemporaryDirectory() as tmp:
        meta_path, out_path = Path(tmp) / "meta.json", Path(tmp) / "bundle.js"
        run_esbuild(["--bundle", f"--metafile={meta_path}", f"--outfile={out_path}",
                     "--sourcefile=<bundle>"], entry, cwd=static_dir, binary=binary, legal=legal)
        meta = json.loads(meta_path.read_text())
        code = out_path.read_text()
    for importer, info in sorted(meta["inputs"].items()):
        for imported in info["imports"]:
            if imported["path"] not in listed:
                raise FilterError(unlisted_import(static_dir, importer, imported))
    return code


def unlisted_import(static_dir, importer, imported):
    line = next((number for number, text in
                 enumerate(Path(static_dir, importer).read_text().splitlines(), 1)
                 if imported["original"] in text), "?")
    return (f"{importer}:{line}: imports '{imported['original']}' ({imported['path']}), which "
            "is not in this bundle: add it to the bundle's list in pwa/build_tools/assets.py")


class EsbuildBundle(Filter):
    """Join a bundle's ES modules into one with esbuild (in place of plain concatenation)."""

    name = "esbuild_bundle"
    options = {"binary": "ESBUILD_BIN"}
    legal = "none"  # esbuild's --legal-comments
    exports = False

    def concat(self, out, hunks, **kw):
        sources = [info["source"] for _, info in hunks]
        first = Path(hunks[0][1]["source_path"])
        static_dir = first.parents[len(Path(sources[0]).parts) - 1]
        out.write(bundle_modules(static_dir, sources, self.binary, self.legal, self.exports))


class EsbuildModuleBundle(EsbuildBundle):
    """As esbuild_bundle, exporting what the last file exports: a module a page imports later."""

    name = "esbuild_module_bundle"
    exports = True


class EsbuildMinify(Filter):
    """Minify JavaScript with a real parser: template literals, nested ones, `?.`, `??=`."""

    name = "esbuild"
    options = {"binary": "ESBUILD_BIN"}
    legal = "none"

    def output(self, _in, out, **kw):
        out.write(run_esbuild(["--minify", "--loader=js"], _in.read(), binary=self.binary,
                              legal=self.legal))


class EsbuildBundleKeepLicence(EsbuildBundle):
    """As esbuild_bundle, keeping a vendored library's /*! licence */ comment."""

    name = "esbuild_bundle_keep_licence"
    legal = "inline"


class EsbuildMinifyKeepLicence(EsbuildMinify):
    """As esbuild, keeping a vendored library's /*! licence */ comment."""

    name = "esbuild_keep_licence"
    legal = "inline"


for _filter in (EsbuildBundle, EsbuildModuleBundle, EsbuildMinify, EsbuildBundleKeepLicence,
                EsbuildMinifyKeepLicence):
    register_filter(_filter)

JS_FILTERS = ("esbuild_bundle", "esbuild")
# A module a page imports after its first paint (`import(url)`) keeps its exports.
JS_MODULE_FILTERS = ("esbuild_module_bundle", "esbuild")
# A vendored library's licence notice must survive minification; our own modules carry none.
JS_FILTERS_KEEP_LICENCE = ("esbuild_bundle_keep_licence", "esbuild_keep_licence")

class BundleSpec(NamedTuple):
    """What a bundle is made of: data only. Each app makes webassets Bundles of its own from
    these (init_app): webassets binds a registered bundle to its environment (that app's static
    folder, manifest and cache) and keeps settings on filter instances, so no two apps may
    share one."""

    contents: tuple
    filters: object  # a filter name, or a sequence of them
    output: str


def bundle(*contents, filters, output):
    return BundleSpec(contents, filters, output)


# The own-routine pages share these.
OWN_ROUTINE_JS = ("js/shell/lookup.js", "js/shell/storage.js", "js/engines/timer-core.js",
                  "js/routines/routine-model.js", "js/routines/routine-store.js",
                  "js/engines/routine-link.js", "js/routines/routine-view.js")
# The pages that read the timer's data file.
TIMER_DATA_JS = ("js/shell/json-once.js", "js/timer/timer-data.js")

BUNDLES = {
    # Every page.
    "css": bundle(
        "css/base.css",
        "css/layout.css",
        "css/components.css",
        filters="rcssmin",
        output="gen/app.%(version)s.css",
    ),
    # The timer's pages' own (timer/_page.html's styles block): the timer's...
    "css_timer": bundle(
        "css/timer-pages.css",
        "css/timer.css",
        filters="rcssmin",
        output="gen/timer.%(version)s.css",
    ),
    # ...the history's (history.html sets page_styles = "css_history")...
    "css_history": bundle(
        "css/timer-pages.css",
        "css/history.css",
        filters="rcssmin",
        output="gen/history.%(version)s.css",
    ),
    # ...and the routines' (their pages set page_styles = "css_routines").
    "css_routines": bundle(
        "css/timer-pages.css",
        "css/routines.css",
        filters="rcssmin",
        output="gen/routines.%(version)s.css",
    ),
    # The reading pages' own: guide, muscles, body map (base.html's styles block).
    "css_content": bundle(
        "css/content.css",
        filters="rcssmin",
        output="gen/content.%(version)s.css",
    ),
    # Every page, before its first paint: room for the notes and the tab bar.
    "js_app": bundle(
        "js/shell/notes-placement.js",
        "js/shell/app-shell.js",
        filters=JS_FILTERS,
        output="gen/app.%(version)s.js",
    ),
    # Every page, imported by js_app once it runs: the service worker and its notes, install,
    # the connection line, sharing.
    "js_app_later": bundle(
        "js/shell/storage.js",
        "js/shell/worker-updates.js",
        "js/shell/install.js",
        "js/shell/connection.js",
        "js/shell/share-link.js",
        "js/shell/app-later.js",
        filters=JS_FILTERS,
        output="gen/app-later.%(version)s.js",
    ),
    # Only the body map's pages switch views.
    "js_body_map": bundle(
        "js/finder/body-map.js",
        filters=JS_FILTERS,
        output="gen/body-map.%(version)s.js",
    ),
    # Pages that ask an area's red flags as a checklist (region, routine, timer).
    "js_ask": bundle(
        "js/shell/storage.js",
        "js/finder/red-flag-answers.js",
        "js/finder/red-flag-ask.js",
        filters=JS_FILTERS,
        output="gen/ask.%(version)s.js",
    ),
    "js_search": bundle(
        "js/engines/search-core.js",
        "js/engines/triage-core.js",
        "js/finder/red-flags-view.js",
        "js/shell/json-once.js",
        "js/finder/warning-words.js",
        "js/finder/live-count.js",
        "js/shell/storage.js",
        "js/shell/lookup.js",
        "js/finder/red-flag-answers.js",
        "js/finder/red-flag-checklist.js",
        "js/finder/search-page.js",
        filters=JS_FILTERS,
        output="gen/search.%(version)s.js",
    ),
    # A muscle's or a routine's page: its star, and the muscle's visit for the home page.
    "js_star": bundle(
        "js/shell/storage.js",
        "js/shell/lookup.js",
        "js/home/keep-store.js",
        "js/home/star-page.js",
        filters=JS_FILTERS,
        output="gen/star.%(version)s.js",
    ),
    # Home's shortcuts, imported after its first paint (triage-home.js).
    "js_home_keep": bundle(
        "js/shell/lookup.js",
        "js/shell/storage.js",
        "js/shell/json-once.js",
        "js/engines/timer-core.js",
        "js/diary/diary-store.js",
        "js/routines/routine-model.js",
        "js/home/keep-store.js",
        "js/home/continue-pick.js",
        "js/home/home-keep.js",
        filters=JS_FILTERS,
        output="gen/home-keep.%(version)s.js",
    ),
    "js_triage": bundle(
        "js/engines/search-core.js",
        "js/engines/triage-core.js",
        "js/shell/lookup.js",
        "js/finder/red-flags-view.js",
        "js/shell/json-once.js",
        "js/finder/warning-words.js",
        "js/finder/triage-home.js",
        filters=JS_FILTERS,
        output="gen/triage.%(version)s.js",
    ),
    # The timer's first paint; the session itself is js_timer_run, imported just after it.
    "js_timer": bundle(
        "js/shell/lookup.js",
        "js/shell/storage.js",
        *TIMER_DATA_JS,
        "js/engines/timer-core.js",
        "js/timer/timer-presets.js",
        "js/timer/timer-source.js",
        "js/routines/routine-extras-view.js",
        "js/timer/timer-view.js",
        "js/timer/timer-form.js",
        "js/timer/timer-page.js",
        filters=JS_FILTERS,
        output="gen/timer.%(version)s.js",
    ),
    "js_timer_run": bundle(
        "js/shell/lookup.js",
        "js/shell/storage.js",
        "js/engines/timer-core.js",
        "js/timer/timer-presets.js",
        "js/timer/timer-source.js",
        "js/timer/timer-session-store.js",
        "js/timer/cues.js",
        "js/timer/timer-toggles.js",
        "js/diary/diary-store.js",
        "js/diary/diary-entry.js",
        "js/routines/routine-model.js",
        "js/timer/timer-view.js",
        "js/timer/timer-session-view.js",
        "js/finder/red-flags-view.js",
        "js/finder/red-flag-answers.js",
        "js/finder/red-flag-checklist.js",
        "js/timer/timer-ask.js",
        "js/timer/timer-ask-view.js",
        "js/timer/timer-cue-player.js",
        "js/timer/timer-finish-card.js",
        "js/timer/timer-controls.js",
        "js/timer/timer-follow.js",
        "js/timer/timer-run.js",
        filters=JS_MODULE_FILTERS,
        output="gen/timer-run.%(version)s.js",
    ),
    "js_routines": bundle(
        *OWN_ROUTINE_JS,
        "js/routines/routines-page.js",
        filters=JS_FILTERS,
        output="gen/routines.%(version)s.js",
    ),
    "js_builder": bundle(
        *OWN_ROUTINE_JS,
        *TIMER_DATA_JS,
        "js/engines/search-core.js",  # fold(), the one text folding
        "js/routines/builder-find.js",
        "js/routines/builder-steps.js",
        "js/routines/builder-save.js",
        "js/routines/routine-builder-page.js",
        filters=JS_FILTERS,
        output="gen/builder.%(version)s.js",
    ),
    # The finder's engine for the builder's "find a muscle", imported on the first keystroke.
    "js_builder_finder": bundle(
        "js/engines/search-core.js",
        filters=JS_MODULE_FILTERS,
        output="gen/builder-finder.%(version)s.js",
    ),
    "js_share": bundle(
        *OWN_ROUTINE_JS,
        "vendor/uqr-0.1.3.mjs",
        "js/routines/qr-svg.js",
        "js/routines/share-page.js",
        filters=JS_FILTERS_KEEP_LICENCE,
        output="gen/share.%(version)s.js",
    ),
    "js_shared": bundle(
        *OWN_ROUTINE_JS,
        *TIMER_DATA_JS,
        "js/routines/shared-routine-page.js",
        filters=JS_FILTERS,
        output="gen/shared.%(version)s.js",
    ),
    "js_calendar": bundle(
        "js/routines/calendar-ics.js",
        "js/routines/calendar-page.js",
        filters=JS_FILTERS,
        output="gen/calendar.%(version)s.js",
    ),
    "js_history": bundle(
        "js/shell/lookup.js",
        "js/shell/storage.js",
        "js/engines/timer-core.js",
        "js/routines/routine-model.js",
        "js/routines/routine-store.js",
        "js/engines/routine-link.js",
        "js/routines/routine-backup.js",
        "js/diary/diary-store.js",
        "js/diary/diary-entry.js",
        "js/diary/diary-io.js",
        "js/diary/history-list.js",
        "js/diary/history-editor.js",
        "js/diary/history-backup.js",
        "js/diary/history-page.js",
        filters=JS_FILTERS,
        output="gen/history.%(version)s.js",
    ),
    # The history's pain chart, imported just after the list is drawn.
    "js_history_chart": bundle(
        "js/shell/lookup.js",
        "js/shell/json-once.js",
        "js/diary/progress-trend.js",
        "js/diary/history-chart.js",
        "js/diary/history-progress.js",
        filters=JS_MODULE_FILTERS,
        output="gen/history-chart.%(version)s.js",
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
    for name, spec in BUNDLES.items():
        env.register(name, Bundle(*spec.contents, filters=spec.filters, output=spec.output))

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

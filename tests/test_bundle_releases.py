"""A build keeps the previous release's bundles (an open tab still loads its scripts), up to a
cap, and every app has its own bundles."""

import json
import shutil
from pathlib import Path

import pytest

from pwa import PACKAGE_DIR, create_app
from pwa.build_tools.bundle_releases import KEEP, LOG_NAME, keep_recent
from pwa.build_tools.cli import build_bundles


@pytest.fixture
def copy_of_static(tmp_path):
    """The app's static sources in a folder of their own, with an empty build folder."""
    static = tmp_path / "static"
    shutil.copytree(PACKAGE_DIR / "static", static, ignore=shutil.ignore_patterns("gen"))
    (tmp_path / "build").mkdir()
    return {"STATIC_FOLDER": str(static), "BUILD_DIR": str(tmp_path / "build"), "TESTING": True}


def release(config, mark):
    """Change the app shell's script (unless `mark` is None), build, and return the hashed URL
    of the every-page bundle that build wrote."""
    if mark is not None:
        source = f"{config['STATIC_FOLDER']}/js/shell/app-shell.js"
        with open(source, "a") as file:
            file.write(f"\nglobalThis.releaseMark = {mark};\n")
    app = create_app(config)
    with app.app_context():
        build_bundles(app)
    return app.jinja_env.assets_environment["js_app"].urls()[0]


def served(config, url):
    """Whether a server started now (a fresh app, as after a deploy) serves `url` for good."""
    response = create_app(config).test_client().get(url)
    ok = response.status_code == 200 and "immutable" in response.headers["Cache-Control"]
    response.close()
    return ok


def test_the_previous_release_bundles_stay_and_older_ones_go(copy_of_static):
    """One run of releases (each build is seconds of esbuild and compression): the previous
    release's bundles stay, compressed too; building the same sources again is not a release
    (it pushes nothing out); the release after that lets the oldest go."""
    assert KEEP == 2
    first = release(copy_of_static, None)
    second = release(copy_of_static, 2)
    assert second != first
    assert served(copy_of_static, first) and served(copy_of_static, second)
    # Compressed twins for the old one too.
    gen = Path(copy_of_static["STATIC_FOLDER"]) / "gen"
    oldest = first.rsplit("/", 1)[-1]
    assert (gen / (oldest + ".gz")).is_file() and (gen / (oldest + ".br")).is_file()
    # The same sources built again: the same bundle, and the previous release still served.
    assert release(copy_of_static, None) == second
    assert served(copy_of_static, first)
    third = release(copy_of_static, 3)
    assert served(copy_of_static, second) and served(copy_of_static, third)
    assert not served(copy_of_static, first)
    assert not list(gen.glob(oldest + "*"))


def test_each_app_has_its_own_bundles(copy_of_static):
    app = create_app({"TESTING": True})
    with app.test_request_context():
        before = app.jinja_env.globals["asset_url"]("js_app")
    release(copy_of_static, 2)  # another app, another static folder and manifest
    with app.test_request_context():
        assert app.jinja_env.globals["asset_url"]("js_app") == before
    assert app.jinja_env.assets_environment["js_app"].env is app.jinja_env.assets_environment


def write(gen, *names):
    for name in names:
        for suffix in ("", ".gz", ".br"):
            (gen / (name + suffix)).write_text(name)


def test_a_build_with_no_record_keeps_what_was_there_as_the_previous_release(tmp_path):
    gen = tmp_path / "gen"
    gen.mkdir()
    write(gen, "app.11111111.js", "app.22222222.js")
    log = tmp_path / LOG_NAME
    log.write_text("{not json")  # damaged: read as no record
    keep_recent(gen, ["app.22222222.js"], log, ["app.11111111.js"])
    assert sorted(p.name for p in gen.iterdir()) == sorted(
        n + s for n in ("app.11111111.js", "app.22222222.js") for s in ("", ".gz", ".br"))
    write(gen, "app.33333333.js")
    deleted = keep_recent(gen, ["app.33333333.js"], log, ["app.11111111.js", "app.22222222.js"])
    assert deleted == ["app.11111111.js", "app.11111111.js.br", "app.11111111.js.gz"]
    assert json.loads(log.read_text()) == [["app.22222222.js"], ["app.33333333.js"]]

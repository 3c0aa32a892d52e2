"""The browser modules' own unit tests (tests/js/*.test.mjs), run with Node's test runner."""

import shutil
import subprocess
from pathlib import Path

import pytest

NODE = shutil.which("node")
JS_TESTS = sorted(str(p) for p in Path(__file__).parent.glob("js/*.test.mjs"))


@pytest.mark.skipif(NODE is None, reason="Node.js is not installed")
def test_js_unit_tests_pass():
    assert JS_TESTS, "no JS unit tests found"
    result = subprocess.run([NODE, "--test", *JS_TESTS], capture_output=True, text=True)
    assert result.returncode == 0, result.stdout[-4000:] + result.stderr[-2000:]


@pytest.mark.skipif(NODE is None, reason="Node.js is not installed")
def test_each_js_bundle_parses_as_one_module(app, tmp_path):
    """Each built bundle, as esbuild joined and minified it, parses as one ES module."""
    from pwa.build_tools.assets import BUNDLES

    for name in (n for n in BUNDLES if n.startswith("js_")):
        with app.test_request_context():
            url = app.jinja_env.globals["asset_url"](name)
        source = Path(app.static_folder, url.split("/static/", 1)[1]).read_text()
        module = tmp_path / f"{name}.mjs"
        module.write_text(source)
        result = subprocess.run([NODE, "--check", str(module)], capture_output=True, text=True)
        assert result.returncode == 0, f"{name}: {result.stderr[-1000:]}"

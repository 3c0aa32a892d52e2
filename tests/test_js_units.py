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

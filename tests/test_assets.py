"""The JS build: esbuild joins each bundle's modules and minifies them without changing them."""

import io
import shutil
import subprocess
from pathlib import Path

import pytest
from webassets.exceptions import FilterError

from pwa.build_tools.assets import BUNDLES, EsbuildMinify, bundle_modules

NODE = shutil.which("node")
needs_node = pytest.mark.skipif(NODE is None, reason="Node.js is not installed")


def run_module(code):
    """What an ES module prints when Node runs it."""
    result = subprocess.run([NODE, "--input-type=module"], input=code, capture_output=True,
                            text=True, check=True)
    return result.stdout.splitlines()


def minify(source):
    out = io.StringIO()
    EsbuildMinify().output(io.StringIO(source), out)
    return out.getvalue()


@pytest.fixture
def static(tmp_path):
    """A static folder with `js/` modules written by the test."""

    def write(**modules):
        for name, text in modules.items():
            (tmp_path / "js").mkdir(exist_ok=True)
            (tmp_path / "js" / f"{name}.js").write_text(text)
        return tmp_path

    return write


@needs_node
def test_minified_code_keeps_the_words_of_nested_template_literals():
    source = """
      const step = { mode: 'strokes', strokes: 12, seconds: 45, next: null };
      const rest = { ms: 10000 };
      const how = (s) => `${s.mode === 'strokes' ? `${s.strokes} strokes` : `${s.seconds} s hold`}`;
      console.log(how(step));
      console.log(`${step.seconds} s hold`);
      console.log(`Rest ${rest.ms / 1000} seconds${rest ? `. Next up: ${'Hold'}` : ''}`);
      console.log(step.next?.name ?? 'none', `a
  b`);
    """
    code = minify(source)
    assert code.count("\n") == 2  # the template literal's own, and the last
    assert run_module(code) == ["12 strokes", "45 s hold", "Rest 10 seconds. Next up: Hold",
                                "none a", "  b"]


@needs_node
@pytest.mark.parametrize("modules, printed", [
    ({"a": "export const a = 'aliased';", "b": "import { a as b } from './a.js';\nconsole.log(b);"},
     "aliased"),
    ({"a": "export default function () { return 'default'; }",
      "b": "import hello from './a.js';\nconsole.log(hello());"}, "default"),
    ({"a": "export const x = 'namespace';", "b": "import * as a from './a.js';\nconsole.log(a.x);"},
     "namespace"),
    # The same top-level name in two modules of one bundle: each keeps its own.
    ({"a": "const label = 'a';\nexport const fromA = () => label;",
      "b": "import { fromA } from './a.js';\nconst label = 'b';\nconsole.log(fromA() + label);"},
     "ab"),
], ids=["aliased import", "default export", "namespace import", "clashing top-level names"])
def test_module_syntax_a_plain_concatenation_would_break_works(static, modules, printed):
    root = static(**modules)
    assert run_module(minify(bundle_modules(root, ["js/a.js", "js/b.js"]))) == [printed]


def test_modules_run_in_the_order_their_imports_need(static):
    root = static(a="import { b } from './b.js';\nconsole.log('a', b);",
                  b="console.log('b');\nexport const b = 1;")
    code = bundle_modules(root, ["js/a.js", "js/b.js"])
    assert code.index("console.log(\"b\")") < code.index("console.log(\"a\"")


def test_an_import_of_a_module_not_in_the_bundle_fails_naming_file_and_line(static):
    root = static(a="export const a = 1;",
                  b="// uses a\nimport { a } from './a.js';\nconsole.log(a);")
    with pytest.raises(FilterError) as error:
        bundle_modules(root, ["js/b.js"])
    assert str(error.value) == ("js/b.js:2: imports './a.js' (js/a.js), which is not in this "
                                "bundle: add it to the bundle's list in pwa/build_tools/assets.py")


def test_an_import_of_a_missing_file_fails_naming_file_and_line(static):
    root = static(b="\nimport { a } from './gone.js';\nconsole.log(a);")
    with pytest.raises(FilterError, match=r'Could not resolve "\./gone\.js"[\s\S]*js/b\.js:2:'):
        bundle_modules(root, ["js/b.js"])


def test_an_import_of_a_name_not_exported_fails_naming_file_and_line(static):
    root = static(a="export const a = 1;", b="import { b } from './a.js';\nconsole.log(b);")
    with pytest.raises(FilterError, match=r'No matching export in "js/a\.js" for import "b"'
                                          r'[\s\S]*js/b\.js:1:'):
        bundle_modules(root, ["js/a.js", "js/b.js"])


def test_a_syntax_error_fails_naming_file_and_line(static):
    root = static(a="const ok = 1;\nconst = 2;")
    with pytest.raises(FilterError, match=r"js/a\.js:2:"):
        bundle_modules(root, ["js/a.js"])


def test_a_warning_fails_the_build_too(static):
    root = static(a="const cue = {\n  say: 'Rest',\n  say: 'Done',\n};\nconsole.log(cue);")
    with pytest.raises(FilterError, match=r'Duplicate key "say"[\s\S]*js/a\.js:3:'):
        bundle_modules(root, ["js/a.js"])


def test_a_missing_esbuild_is_named_with_the_way_to_install_it(static):
    root = static(a="console.log(1);")
    with pytest.raises(FilterError, match=r"esbuild not found at /nowhere/esbuild: `make build`"):
        bundle_modules(root, ["js/a.js"], binary="/nowhere/esbuild")


def test_every_bundle_lists_only_files_that_exist(app):
    for name, bundle in BUNDLES.items():
        for source in bundle.contents:
            assert (Path(app.static_folder) / source).is_file(), (name, source)

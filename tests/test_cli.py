"""The command-line tasks a deployer runs."""

import re

from pwa.assets import FlattenModules


def test_check_content_summarises(app):
    result = app.test_cli_runner().invoke(args=["check-content"])
    assert result.exit_code == 0
    assert re.search(r"\d+ chapters, \d+ pages, \d+ muscles, \d+ routines: all valid",
                     result.output)


def test_flatten_modules_keeps_code_and_drops_module_syntax():
    import io

    source = ("import { a, b } from './a.js';\nimport {\n  c,\n} from \"./c.js\";\n"
              "export function f() { return a + b + c; }\nexport const x = 1;\n"
              "export { f as g };\nconst text = 'import { nothing } from here';\n")
    out = io.StringIO()
    FlattenModules().input(io.StringIO(source), out)
    assert out.getvalue() == ("function f() { return a + b + c; }\nconst x = 1;\n"
                              "const text = 'import { nothing } from here';\n")

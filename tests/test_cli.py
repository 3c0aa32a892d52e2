"""The command-line tasks a deployer runs."""

import re


def test_check_content_summarises(app):
    result = app.test_cli_runner().invoke(args=["check-content"])
    assert result.exit_code == 0
    assert re.search(r"\d+ chapters, \d+ pages, \d+ muscles, \d+ routines: all valid",
                     result.output)


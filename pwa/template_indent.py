"""Templates are written indented for people to read; the pages they render need none of it.

Jinja reads every template through `DropIndent` first, which takes the spaces and tabs off the
start of each line of the template's source. What a page shows is the same (HTML folds a line's
leading white space into the line break before it, and no template holds a `<pre>` or a
textarea with text in it: tests/test_pages.py checks both), and every page is some 95 bytes
smaller compressed (about 2.5% of the timer's HTML), which keeps the timer's critical path under
its 14 KB budget. Text put into a template (Markdown's HTML, data) is not touched, and the
shell and the pages come from the same templates, so the offline composition (shell_parts.py)
still gives each page back byte for byte.
"""

import re

from jinja2.ext import Extension

LEADING = re.compile(r"^[ \t]+", re.MULTILINE)


class DropIndent(Extension):
    def preprocess(self, source, name, filename=None):
        return LEADING.sub("", source)

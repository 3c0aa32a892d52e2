"""Properties Safari reads only with the -webkit- prefix: every rule that sets one sets both."""

import re

import pytest

from pwa import PACKAGE_DIR

# WebKit ignores the unprefixed user-select; text-size-adjust exists only in iOS's WebKit
# (the WebKit lane's Linux build cannot see it), so a source check guards both.
PREFIXED = ["user-select", "text-size-adjust"]
CSS_FILES = sorted((PACKAGE_DIR / "static" / "css").glob("*.css"))


def declarations(css):
    """(selector, {property: value}) for every rule block, comments dropped."""
    css = re.sub(r"/\*.*?\*/", "", css, flags=re.S)
    for selector, body in re.findall(r"([^{}]*)\{([^{}]*)\}", css):
        props = {}
        for declaration in body.split(";"):
            name, _, value = declaration.partition(":")
            if value:
                props[name.strip()] = value.strip()
        yield selector.strip(), props


def test_there_are_stylesheets_to_check():
    assert CSS_FILES


@pytest.mark.parametrize("path", CSS_FILES, ids=lambda p: p.name)
def test_safari_gets_the_prefixed_twin(path):
    missing = []
    for selector, props in declarations(path.read_text()):
        for prop in PREFIXED:
            if prop in props and props.get(f"-webkit-{prop}") != props[prop]:
                missing.append(f"{selector} {{ {prop}: {props[prop]} }}")
    assert missing == [], f"add -webkit- twins in {path.name}"

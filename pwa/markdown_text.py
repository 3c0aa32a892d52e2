"""Turn our Markdown into HTML, a table of contents and plain-text sections for search."""

import math
import re
from dataclasses import dataclass

import markdown

WORDS_PER_MINUTE = 200
RAW_HTML = re.compile(r"<[a-zA-Z!/]")
H2 = re.compile(r"^## +(.+?)\s*#*\s*$", re.M)
MARKUP = re.compile(r"[*_`>#\[\]]|\]\([^)]*\)")


@dataclass(frozen=True)
class Section:
    id: str
    title: str
    text: str


@dataclass(frozen=True)
class Rendered:
    html: str
    toc: tuple  # of (id, title) for each h2
    sections: tuple  # of Section, the intro first (id "")
    words: int

    @property
    def reading_minutes(self):
        return max(1, math.ceil(self.words / WORDS_PER_MINUTE))


def plain(source):
    """Markdown to plain words (links keep their text)."""
    return " ".join(MARKUP.sub(" ", re.sub(r"\]\([^)]*\)", "]", source)).split())


def render(source):
    """Render trusted Markdown; raw HTML is refused so the CSP and escaping stay simple."""
    if RAW_HTML.search(source):
        raise ValueError("raw HTML is not allowed in Markdown; use Markdown syntax")
    md = markdown.Markdown(extensions=["toc", "sane_lists", "smarty"],
                           extension_configs={"toc": {"toc_depth": "2"}})
    html = md.convert(source)
    toc = tuple((token["id"], token["name"]) for token in md.toc_tokens if token["level"] == 2)
    parts = H2.split(source)
    intro, rest = parts[0], parts[1:]
    sections = [Section("", "", plain(intro))]
    for (anchor, title), body in zip(toc, rest[1::2], strict=False):
        sections.append(Section(anchor, title, plain(body)))
    return Rendered(html, toc, tuple(sections), len(plain(source).split()))

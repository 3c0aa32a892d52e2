"""A page as the frame it shares with every other page (the shell) plus its own part.

The service worker precaches the shell once and each page's part, and composes the two when it
answers a navigation offline: the frame (head, header, status strip, footer, tab bar) is about a
third of every page's compressed bytes, and the same on all of them.

The shell is base.html rendered with a marker, `<!--slot:NAME-->`, wherever a page puts its own
(title, description, head scripts, body class, which tab is current, the main content). A part
is the page's value for each slot, each after its marker:
`<!--slot:title-->Guide · …<!--slot:main-->…`; a slot it leaves out is empty.

After the frame, behind `<!--fragments-->`, the shell holds fragments that many pages repeat
inside their own content (the icons, the figures' hatch patterns), each after its marker
`<!--frag:NAME-->`; a part says `<!--frag:NAME-->` where the fragment goes. A fragment named
`default-SLOT` is what a part that leaves SLOT out gets (most pages' own stylesheet); a part
that wants the slot empty says so with the bare marker. Compressed alone, a
part cannot share these bytes with other parts the way a whole page shared its frame.

The part is cut out of the whole page as rendered, never rendered separately, and the cut is
checked: compose(shell, part) must give the whole page back, byte for byte, or there is no part
(the page is then not precached and the build fails). So the page shown offline cannot drift
from the one served online. `service_worker/sw.js` has the same `compose` in JS;
tests/test_parts.py runs it against this one for every page.
"""

import hashlib
import os
import re
from collections import Counter

SLOT = re.compile(r"<!--slot:([a-z0-9-]+)-->")
FRAG = re.compile(r"<!--frag:([a-z0-9-]+)-->")
FRAGMENTS = "<!--fragments-->"
SHELL_URL = "/_shell"
PART_PREFIX = "/_part"
# The build writes the shell's repeated lines here, in the build folder (views/app_files.py).
LINES_FILE = "shell-lines.html"


class PartError(Exception):
    pass


def part_url(path):
    """Where the part of the page at `path` is served: `/guide/` -> `/_part/guide/`."""
    return PART_PREFIX + path


def _named(text, marker):
    """{name: value} of text made of values each after its marker."""
    pieces = marker.split(text)
    if pieces[0]:
        raise PartError("text before the first marker")
    return dict(zip(pieces[1::2], pieces[2::2], strict=True))


def split_shell(shell):
    """The frame, and the fragments {name: text}."""
    frame, _, table = shell.partition(FRAGMENTS)
    return frame, _named(table, FRAG)


def default_of(fragments, slot):
    return fragments.get(f"default-{slot}", "")


def compose(shell, part):
    """The whole page: the frame with each slot filled from the part (its default when it has
    none, see above), each fragment marker in the part replaced by the fragment."""
    frame, fragments = split_shell(shell)
    values = _named(part, SLOT)

    def fill(match):
        name = match.group(1)
        value = values[name] if name in values else default_of(fragments, name)
        return FRAG.sub(lambda m: fragments.get(m.group(1), ""), value)

    return SLOT.sub(fill, frame)


def cut_part(shell, page):
    """The part that composes with `shell` into exactly `page`; PartError if there is none.

    The shell is literal text between slots; each slot's value runs up to the next literal's
    first occurrence (the last one must end the page). Any page whose own text could fool that
    fails the round trip below rather than being served wrong.
    """
    if SLOT.search(page) or FRAG.search(page):
        raise PartError("the page holds a slot or fragment marker of its own")
    frame, fragments = split_shell(shell)
    pieces = SLOT.split(frame)
    literals, names = pieces[0::2], pieces[1::2]
    if not page.startswith(literals[0]):
        raise PartError("the page does not start as the shell does")
    position = len(literals[0])
    values = []
    for index, (name, literal) in enumerate(zip(names, literals[1:], strict=True)):
        if index == len(names) - 1:
            end = len(page) - len(literal)
            if end < position or not page.endswith(literal):
                raise PartError("the page does not end as the shell does")
        else:
            end = page.find(literal, position)
            if end < 0:
                raise PartError(f"the page has no text after the slot {name!r}")
        values.append((name, page[position:end]))
        position = end + len(literal)
    # Longest first, so a fragment inside another is never cut out of it.
    by_length = sorted(fragments.items(), key=lambda item: -len(item[1]))

    def shorten(value):
        for name, text in by_length:
            value = value.replace(text, f"<!--frag:{name}-->")
        return value

    part = "".join(f"<!--slot:{name}-->{shorten(value)}" for name, value in values
                   if value != default_of(fragments, name))
    if compose(shell, part) != page:
        raise PartError("the shell and the part do not give the page back")
    return part


# A line repeated on this many pages, and at least this long, is worth its marker (about 20
# characters) in each part and its text once in the shell.
REPEATED_ON, REPEATED_LENGTH = 3, 40


def repeated_lines(shell, pages):
    """Fragments for the shell's table: `<!--frag:NAME-->` and the text of each line (without its
    indent) that at least REPEATED_ON of `pages` (whole pages) repeat inside their own content,
    beyond the fragments the shell already has. Named by a hash of the text (_short_names), so a
    line that changes renames only itself, and listed in name order: the same pages give the
    same shell."""
    frame, fragments = split_shell(shell)
    lines = Counter(line for page in pages for line in {text.strip() for text in page.splitlines()})
    chosen = {line for line, count in lines.items() if count >= REPEATED_ON
              and len(line) >= REPEATED_LENGTH and "<!--" not in line and line not in frame}
    # Keep only what parts would still name once longer fragments are cut out before it (as
    # cut_part does), so every fragment in the shell is used.
    for _ in range(3):
        used = Counter()
        texts = sorted([*fragments.values(), *chosen], key=len, reverse=True)
        for page in pages:
            for text in texts:
                if text in page:
                    used[text] += 1
                    page = page.replace(text, "\0")
        kept = {line for line in chosen if used[line] >= REPEATED_ON}
        if kept == chosen:
            break
        chosen = kept
    named = {"l" + name: line for line, name in _short_names(chosen).items()}
    return "".join(f"<!--frag:{name}-->{line}" for name, line in sorted(named.items()))


# A line's name is the first NAME_LENGTH letters of its text's hash (in base 36), or more when
# another line's hash starts the same way. Every part names its lines again and again, and each
# part is compressed alone, so a short name saves a few bytes every time (eight hex digits cost
# about 17 KB more of the precache than this).
NAME_LENGTH = 3
DIGITS = "0123456789abcdefghijklmnopqrstuvwxyz"


def _base36(line):
    number = int.from_bytes(hashlib.sha256(line.encode()).digest(), "big")
    digits = []
    while number:
        number, digit = divmod(number, 36)
        digits.append(DIGITS[digit])
    return "".join(digits)


def _short_names(lines):
    """{line: name}: the shortest start of each line's hash, NAME_LENGTH letters or more, that no
    other line's hash starts with. A new line renames an old one only when their first letters
    collide (about one new line in a hundred)."""
    # In sorted order, the hash sharing the longest start with one is a neighbour.
    hashes = sorted((_base36(line), line) for line in lines)
    names = {}
    for index, (digits, line) in enumerate(hashes):
        shared = max((len(os.path.commonprefix([digits, hashes[other][0]]))
                      for other in (index - 1, index + 1) if 0 <= other < len(hashes)), default=0)
        names[line] = digits[:max(NAME_LENGTH, shared + 1)]
    if len(set(names.values())) != len(names):
        raise PartError("two repeated lines share a name")
    return names

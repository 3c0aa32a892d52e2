"""Red-flag triage: warn when what a person describes may not be a muscle problem.

`build_rules(content)` turns content/red-flags.yaml into plain JSON (served at /red-flags.json
and precached); `assess(rules, text)` lists the warnings a text raises. The browser runs the
same steps on the same JSON (static/js/engines/triage-core.js), so warnings work offline;
tests/test_triage_parity.py keeps the two in step. How it works: docs/triage.md.
"""

import re

from flask import url_for

from ..models import LEVELS
from . import search_text

# Hostile input costs a bounded amount of work: text past `chars` or `words` is not read, and
# only the first `typos` distinct unknown words are compared with the vocabulary. A sign is
# negated by a negator up to `negation` words before it.
LIMITS = {"chars": 1000, "words": 200, "typos": 40, "negation": 2}
NUMBER = re.compile(r"^(\d{1,3})s?$")  # "67", and decades: "in my 70s"


def _words(text, fillers):
    """A phrase's words; one left of several is refused, as it would match far more than meant
    ("getting worse" would be any "worse" if "getting" were a filler)."""
    words = search_text.words(text, fillers)
    if len(words) < min(2, len(text.split())):
        raise ValueError(f"red-flags.yaml: '{text}' is {words or 'nothing'} without its fillers;"
                         " write the single word, or keep the phrase's words out of fillers")
    return words


def _stemmed(words):
    return sorted({search_text.stem(word) for word in words})


def build_rules(content):
    """Everything assess() needs, as JSON-ready data (deterministic: sorted everywhere)."""
    spec = content.red_flags
    fillers = set(spec.fillers)
    rewrites = {}
    for canonical, variants in spec.rewrite.items():
        for variant in variants:
            rewrites[tuple(_words(variant, fillers))] = search_text.words(canonical, fillers)
    rewrite = [[list(variant), canonical]
               for variant, canonical in sorted(rewrites.items(), key=lambda p: (-len(p[0]), p[0]))]
    phrases, ages = {}, []
    for sign_id, sign in spec.signs.items():
        for phrase in sign.phrases:
            words = tuple(_words(phrase, fillers))
            phrases.setdefault(words[0], {}).setdefault(words, set()).add(sign_id)
        if sign.ages:
            ages.append([*sign.ages, sign_id])
    vocabulary = ({w for by_first in phrases.values() for words in by_first for w in words}
                  | {w for variant, canonical in rewrite for w in variant + canonical}
                  | set(_stemmed(spec.known_words + spec.negators + spec.breakers
                                 + spec.transparent)))
    order = {level: index for index, level in enumerate(LEVELS)}
    flags = sorted(spec.flags, key=lambda flag: order[flag.level])
    return {
        "version": 1,
        "limits": LIMITS,
        "fillers": sorted(fillers),
        "negators": _stemmed(spec.negators),
        "breakers": _stemmed(spec.breakers),
        "transparent": _stemmed(spec.transparent),
        "rewrite": rewrite,
        "vocabulary": sorted(vocabulary),
        "phrases": {first: sorted([list(words), sorted(signs)] for words, signs in by.items())
                    for first, by in sorted(phrases.items())},
        "ages": sorted(ages),
        "flags": [{"id": flag.id, "level": flag.level, "label": spec.levels[flag.level],
                   "title": flag.title, "message": flag.message, "url": _url(flag.link),
                   "regions": list(flag.regions), "when": [list(c) for c in flag.when]}
                  for flag in flags],
    }


def _url(link):
    path, _, anchor = link.partition("#")
    return url_for("guide.chapter", slug=path.rsplit("/", 1)[1], _anchor=anchor or None)


def _letters(word):
    """A bit per letter the word holds (digits share one bit)."""
    mask = 0
    for ch in word:
        mask |= 1 << (ord(ch) - 97 if ch >= "a" else 26)
    return mask


class _Index:
    """The rules' word lists as sets, and look-ups by first word and by letters."""

    def __init__(self, rules):
        self.known = set(rules["vocabulary"])
        self.fillers = set(rules["fillers"])
        self.negators = set(rules["negators"])
        self.breakers = set(rules["breakers"])
        self.transparent = set(rules["transparent"])
        # Same shape as the search index's synonyms: longest first, looked up by first word.
        self.rewrite = search_text.synonyms_by_first_word(rules["rewrite"])
        # Each word under its first and its second letter, by length: a word with a typo at
        # its start still shares one of its first two letters with the word meant.
        self.by_start = {}
        for word in rules["vocabulary"]:
            for letter in set(word[:2]):
                self.by_start.setdefault((letter, len(word)), []).append((word, _letters(word)))

    def correct(self, word):
        """The closest vocabulary word within the typo allowance (alphabetical on a tie).

        Only plausible candidates get an edit distance: lengths within the allowance, one of
        the first two letters shared, and no more letters missing either way than allowed.
        """
        limit = search_text.allowed_typos(len(word))
        letters = _letters(word)
        best, best_distance = word, limit + 1
        for length in range(len(word) - limit, len(word) + limit + 1):
            for letter in set(word[:2]):
                for known, known_letters in self.by_start.get((letter, length), ()):
                    if ((letters & ~known_letters).bit_count() > limit
                            or (known_letters & ~letters).bit_count() > limit):
                        continue
                    distance = search_text.edit_distance(word, known, limit)
                    if distance < best_distance or (distance == best_distance <= limit
                                                    and known < best):
                        best, best_distance = known, distance
        return best


_indexes = {}  # id(rules) -> (rules, _Index); the rules are kept so the id stays theirs


def _index(rules):
    entry = _indexes.get(id(rules))
    if entry is None or entry[0] is not rules:
        if len(_indexes) > 8:
            _indexes.clear()
        entry = _indexes[id(rules)] = (rules, _Index(rules))
    return entry[1]


def normalise(rules, text):
    """The words of a text as the rules read them: folded, typo-corrected, rewritten."""
    index, limits = _index(rules), rules["limits"]
    words = search_text.words(text[: limits["chars"]], index.fillers)[: limits["words"]]
    corrected = {}
    for word in words:
        if len(corrected) >= limits["typos"]:
            break
        if (word not in index.known and word not in corrected and not word[0].isdigit()
                and search_text.allowed_typos(len(word))):
            corrected[word] = index.correct(word)
    words = [corrected.get(word, word) for word in words]
    return search_text.apply_synonyms(words, index.rewrite)


def _negated(rules, index, words, start):
    """Whether a negator comes shortly before words[start] ("no fever"), no breaker between."""
    counted, i = 0, start - 1
    while i >= 0 and counted < rules["limits"]["negation"]:
        word = words[i]
        if word in index.negators:
            return True
        if word in index.breakers:
            return False
        if word not in index.transparent:
            counted += 1
        i -= 1
    return False


def signs(rules, words):
    """The set of sign ids found in normalised words."""
    found, index = set(), _index(rules)
    for start, word in enumerate(words):
        number = NUMBER.match(word)
        for low, high, sign in rules["ages"] if number else ():
            if low <= int(number.group(1)) <= high:
                found.add(sign)
        for phrase, phrase_signs in rules["phrases"].get(word, ()):
            if (words[start : start + len(phrase)] == phrase
                    and not _negated(rules, index, words, start)):
                found.update(phrase_signs)
    return found


def assess(rules, text):
    """The warnings a text raises, most severe first, each flag once.

    Each is {id, level, label, title, message, url}: what templates/_red_flags.html renders.
    """
    found = signs(rules, normalise(rules, text))
    return [{key: flag[key] for key in ("id", "level", "label", "title", "message", "url")}
            for flag in rules["flags"]
            if any(all(sign in found for sign in combination) for combination in flag["when"])]


def for_region(rules, region_id, *wider):
    """The warnings a body map region page shows first, most severe first: its own and those
    of the `wider` regions it is part of (the temple shows the head's; None for none), each
    flag once."""
    ids = {region_id, *wider} - {None}
    return [{key: flag[key] for key in ("id", "level", "label", "title", "message", "url")}
            for flag in rules["flags"] if ids & set(flag["regions"])]

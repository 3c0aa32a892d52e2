"""Normalise what people type so everyday words, medical words and typos meet the anatomy.

The steps: fold case and accents, drop filler words, strip plurals, correct typos (queries
only), replace known phrases with canonical words, drop words that carry no meaning. The
browser runs the same steps (static/js/engines/search-core.js) on the same index, so search works
offline; tests/test_search_parity.py keeps the two in step.
"""

import hashlib
import html
import json
import os
import re
import unicodedata
from functools import cache
from pathlib import Path

TOKEN = re.compile(r"[a-z0-9]+")
MAX_TYPOS = 2  # the most allowed_typos ever allows; the deletion index is built to it
CACHE_SIZE = 4096  # corrections remembered per index; emptied whole when full
ENGLISH = Path(__file__).parent.parent / "content" / "english-words.txt"
# real_words_near costs seconds; `flask build` (which renders the rules and the index) leaves
# its answers here, keyed by what they were computed from, so a server starts at once.
REAL_WORDS_CACHE = Path(__file__).parent.parent / "build" / "real-words.json"


def fold(text):
    """Lower-case, strip accents and apostrophes.

    Every mark (Unicode category M) goes, not only combining accents, because the browser
    strips /\\p{M}/: a stray mark inside a word must not split it on one side only.
    """
    text = unicodedata.normalize("NFKD", text.lower())
    text = "".join(ch for ch in text if not unicodedata.category(ch).startswith("M"))
    return re.sub(r"['’‘`]", "", text)


def plain(text):
    """Text for people from text with HTML entities (Markdown titles carry `&rsquo;`)."""
    return html.unescape(text)


def stem(word):
    """A deliberately small stemmer: plural forms only."""
    if len(word) > 4 and word.endswith("ies"):
        return word[:-3] + "y"
    if len(word) > 3 and word.endswith("s") and not word.endswith(("ss", "us", "is")):
        return word[:-1]
    return word


def tokens(text):
    """Every word of a text, folded, as typed: fillers kept, nothing stemmed."""
    return TOKEN.findall(fold(text))


def words(text, fillers):
    """The stemmed words of a text, filler words left out."""
    return kept(tokens(text), fillers)


def kept(typed, fillers):
    """Stemmed, the tokens that are not fillers."""
    return [stem(t) for t in typed if t not in fillers]


def synonyms_by_first_word(synonyms):
    """{first word: [(variant, canonical), ...]}, each list longest variant first.

    `synonyms` is a list of (variant words, canonical words), longest variant first; only
    variants starting with the word at hand can match there, so look only at those.
    """
    by_first = {}
    for variant, canonical in synonyms:
        by_first.setdefault(variant[0], []).append((tuple(variant), list(canonical)))
    return by_first


def apply_synonyms(items, by_first):
    """Replace known phrases (longest first, left to right) with their canonical words."""
    out, i = [], 0
    while i < len(items):
        for variant, canonical in by_first.get(items[i], ()):
            if tuple(items[i : i + len(variant)]) == variant:
                out.extend(canonical)
                i += len(variant)
                break
        else:
            out.append(items[i])
            i += 1
    return out


def edit_distance(a, b, limit):
    """Damerau-Levenshtein distance (adjacent swaps count once), giving up above `limit`."""
    if abs(len(a) - len(b)) > limit:
        return limit + 1
    previous2, previous = None, list(range(len(b) + 1))
    for i, ca in enumerate(a, 1):
        current = [i] + [0] * len(b)
        for j, cb in enumerate(b, 1):
            cost = 0 if ca == cb else 1
            current[j] = min(previous[j] + 1, current[j - 1] + 1, previous[j - 1] + cost)
            if i > 1 and j > 1 and ca == b[j - 2] and a[i - 2] == cb:
                current[j] = min(current[j], previous2[j - 2] + 1)
        if min(current) > limit:
            return limit + 1
        previous2, previous = previous, current
    return previous[-1]


def allowed_typos(length):
    """Typos forgiven in a word of this length: none in short words, where one letter changes
    the meaning (arm, ear, hip)."""
    return 0 if length < 5 else 1 if length < 8 else 2


def deletions(word, count):
    """The word with up to `count` letters left out (the word itself included)."""
    found, layer = {word}, {word}
    for _ in range(count):
        layer = {w[:i] + w[i + 1 :] for w in layer for i in range(len(w))} - found
        found |= layer
    return found


def _reach(length):
    """The most typos with which any query word can reach a known word of this length."""
    return max((allowed_typos(n) for n in range(length - MAX_TYPOS, length + MAX_TYPOS + 1)
                if abs(n - length) <= allowed_typos(n)), default=0)


@cache
def english_raw():
    """Real English words of five letters or more, as listed (content/english-words.txt)."""
    with ENGLISH.open(encoding="utf-8") as lines:
        return frozenset(line.strip() for line in lines if not line.startswith("#"))


@cache
def english_words():
    """Real English words of five letters or more, stemmed (content/english-words.txt)."""
    words = english_raw()
    # A plural's stem only when it is a word too: "crashes" is read as "crashe", which may be
    # corrected to "crash" (what it means), while "chests" is "chest".
    return frozenset(stem(word) for word in words if stem(word) in words or stem(word) == word)


def real_words_near(vocabulary, also=()):
    """The real words (English, and `also`) a typo correction would turn into a word of
    `vocabulary` ("chess" into "chest"): shipped beside the vocabulary as `known`, so they are
    never corrected."""
    key = hashlib.sha256(json.dumps([6, ENGLISH.stat().st_size, sorted(vocabulary),
                                     sorted(also)]).encode()).hexdigest()
    try:
        cached = json.loads(REAL_WORDS_CACHE.read_text(encoding="utf-8"))
    except (OSError, ValueError):
        cached = {}
    if isinstance(cached, dict) and isinstance(cached.get(key), list):
        return cached[key]
    corrector = Corrector(vocabulary)
    # Every one, even another form of the same word: "chesty" is not "chest". Forms that do
    # mean the same ("ached", "constantly") are listed in the vocabulary itself.
    found = sorted(word for word in (english_words() | set(also)) - corrector.known
                   if corrector.closest(word) != word)
    try:  # a read-only install computes again next start; nothing else changes
        kept = dict(list(cached.items())[-3:]) if isinstance(cached, dict) else {}
        REAL_WORDS_CACHE.parent.mkdir(exist_ok=True)
        partial = REAL_WORDS_CACHE.with_suffix(f".{os.getpid()}.tmp")
        partial.write_text(json.dumps({**kept, key: found}), encoding="utf-8")
        partial.replace(REAL_WORDS_CACHE)
    except OSError:
        pass
    return found


def front_coded(words):
    """Sorted words as one string, each as how many letters it shares with the word before
    (0 to 9) and the rest: "ahead along alone" is "0ahead1long3ne" (the `known` lists)."""
    coded, before = [], ""
    for word in words:
        if not word.isascii() or not word.isalpha():
            raise ValueError(f"known: '{word}' is not a word of a to z")
        shared = 0
        while shared < min(9, len(word), len(before)) and word[shared] == before[shared]:
            shared += 1
        coded.append(f"{shared}{word[shared:]}")
        before = word
    return "".join(coded)


def front_decoded(coded):
    """The words of `front_coded` again (search-core.js knownWords reads them the same way)."""
    words, before = [], ""
    for shared, rest in re.findall(r"([0-9])([a-z]*)", coded):
        before = before[: int(shared)] + rest
        words.append(before)
    return words


def known_near(vocabulary, also=(), targets=None):
    """The real words a correction (keeping the typed first letter, as both engines' do) would
    change into a word of `vocabulary` (with `targets`, into one of those), sorted: shipped
    beside the vocabulary as `known` (`front_coded`), so that no real word is read as another
    ("wanted" is not "wasted", "plank" not "flank")."""
    corrector = Corrector(vocabulary, keep_first_letter=True)
    return sorted(w for w in real_words_near(vocabulary, also)
                  if (meant := corrector.correct(w)) != w and (targets is None or meant in targets))


class Corrector:
    """Typo correction against a sorted vocabulary, comparing only plausible candidates.

    A word that is `known` (a real word, see real_words_near) or in the vocabulary is never
    corrected: a person who typed "chess" or "crutch" meant it.

    Two words within k typos (swaps included) share a string made by leaving at most k letters
    out of each, so a deletion index finds every word a typo could be, and the edit distance is
    computed for those few only. The answer is the one a scan of the whole vocabulary gives: the
    closest word, first in sorted order on a tie. (The browser finds its candidates another way,
    one cheaper to prepare on every page load, for the same answer.)
    """

    def __init__(self, vocabulary, known=(), keep_first_letter=False):
        self.vocabulary = vocabulary
        self.known = set(vocabulary) | set(known)
        # The triage's rule: a correction keeps the letter typed first. A slip rarely falls on
        # the first letter, and a real word one letter off another ("hitting", "sitting")
        # usually differs there.
        self.keep_first_letter = keep_first_letter
        self.longest = max(map(len, vocabulary), default=0)
        self.variants = {}
        for position, word in enumerate(vocabulary):
            for variant in deletions(word, _reach(len(word))):
                self.variants.setdefault(variant, []).append(position)
        self.cache = {}

    def correct(self, word):
        """The closest known word for a typo, or the word itself."""
        if word.isdigit() or word in self.known:
            return word
        found = self.cache.get(word)
        if found is None:
            found = self.closest(word)
            if self.keep_first_letter and found[:1] != word[:1]:
                found = word
            if len(self.cache) >= CACHE_SIZE:
                self.cache.clear()
            self.cache[word] = found
        return found

    def closest(self, word):
        """The closest vocabulary word within the typos allowed (first in order on a tie)."""
        limit = allowed_typos(len(word))
        if limit == 0 or len(word) > self.longest + limit:
            return word
        candidates = {position for variant in deletions(word, limit)
                      for position in self.variants.get(variant, ())}
        best, best_distance = word, limit + 1
        for position in sorted(candidates):
            distance = edit_distance(word, self.vocabulary[position], limit)
            if distance < best_distance:
                best, best_distance = self.vocabulary[position], distance
        return best

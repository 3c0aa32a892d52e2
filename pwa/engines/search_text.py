"""Normalise what people type so everyday words, medical words and typos meet the anatomy.

The steps: fold case and accents, drop filler words, strip plurals, correct typos (queries
only), replace known phrases with canonical words, drop words that carry no meaning. The
browser runs the same steps (static/js/engines/search-core.js) on the same index, so search works
offline; tests/test_search_parity.py keeps the two in step.
"""

import html
import re
import unicodedata

TOKEN = re.compile(r"[a-z0-9]+")
MAX_TYPOS = 2  # the most allowed_typos ever allows; the deletion index is built to it
CACHE_SIZE = 4096  # corrections remembered per index; emptied whole when full


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


def words(text, fillers):
    """The stemmed words of a text, filler words left out."""
    return [stem(t) for t in TOKEN.findall(fold(text)) if t not in fillers]


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


class Corrector:
    """Typo correction against a sorted vocabulary, comparing only plausible candidates.

    Two words within k typos (swaps included) share a string made by leaving at most k letters
    out of each, so a deletion index finds every word a typo could be, and the edit distance is
    computed for those few only. The answer is the one a scan of the whole vocabulary gives: the
    closest word, first in sorted order on a tie. (The browser finds its candidates another way,
    one cheaper to prepare on every page load, for the same answer.)
    """

    def __init__(self, vocabulary):
        self.vocabulary = vocabulary
        self.known = set(vocabulary)
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
            found = self._closest(word)
            if len(self.cache) >= CACHE_SIZE:
                self.cache.clear()
            self.cache[word] = found
        return found

    def _closest(self, word):
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

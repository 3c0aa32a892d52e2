"""Normalise what people type so everyday words, medical words and typos meet the anatomy.

The steps: fold case and accents, drop filler words, strip plurals, correct typos (queries
only), replace known phrases with canonical words, drop words that carry no meaning. The
browser runs the same steps (static/js/search-core.js) on the same index, so search works
offline; tests/test_search_parity.py keeps the two in step.
"""

import re
import unicodedata

TOKEN = re.compile(r"[a-z0-9]+")


def fold(text):
    """Lower-case, strip accents and apostrophes."""
    text = unicodedata.normalize("NFKD", text.lower())
    text = "".join(ch for ch in text if not unicodedata.combining(ch))
    return re.sub(r"['’‘`]", "", text)


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


def apply_synonyms(items, synonyms):
    """Replace known phrases (longest first, left to right) with their canonical words.

    `synonyms` is a list of (variant words, canonical words), longest variant first.
    """
    out, i = [], 0
    while i < len(items):
        for variant, canonical in synonyms:
            if tuple(items[i : i + len(variant)]) == tuple(variant):
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


def allowed_typos(word):
    return 0 if len(word) < 5 else 1 if len(word) < 8 else 2


def correct(word, vocabulary, known):
    """The closest known word for a typo (first in sorted order on a tie), or the word itself.

    `vocabulary` is a sorted list, `known` the same words as a set.
    """
    if word.isdigit() or word in known:
        return word
    limit = allowed_typos(word)
    best, best_distance = word, limit + 1
    for known in vocabulary:
        distance = edit_distance(word, known, limit)
        if distance < best_distance:
            best, best_distance = known, distance
    return best

"""The symptom finder: build a search index from the content and rank muscles for a query.

`build_index` produces plain JSON (served at /search-index.json and precached), and `search`
ranks with it; static/js/engines/search-core.js ranks with the same JSON in the browser, offline.
"""

import math
from collections import Counter

from . import search_text

MAX_QUERY = 300  # characters; longer input is cut, never rejected
MAX_WORDS = 32  # typed words, fillers included; the person is told when more were left out
MAX_MUSCLES = 8
MAX_SECTIONS = 4
MAX_ROUTINES = 2
ROUTINE_WEIGHT = 3  # for each word of a routine's title or `for:` phrases
ROUTINE_MUSCLE_BONUS = 3  # when the first muscle found is one the routine works on
WEIGHTS = {"name": 6, "complaint": 3, "spot": 3, "primary": 2, "secondary": 1}
PHRASE_BONUS = 2
# Term weights travel in /search-index.json to this many decimals: one keeps every ranking the
# tests hold and costs 0.35 KB less than two (docs/performance.md).
WEIGHT_DECIMALS = 1
ZONE_BONUS = 0.5  # for a word naming a muscle's primary referral zone
BREADTH = 0.2  # for each further mention of a word, up to three; enough to break ties
SECTION_SCORE = 3  # the least a guide section scores to be listed: a title word, or several
# What the ranking needs at query time travels in the index, so the browser's ranking reads
# the same numbers (search-core.js has none of its own).
LIMITS = {"query": MAX_QUERY, "words": MAX_WORDS, "muscles": MAX_MUSCLES,
          "sections": MAX_SECTIONS, "routines": MAX_ROUTINES, "section_score": SECTION_SCORE}
BONUS = {"phrase": PHRASE_BONUS, "routine_muscle": ROUTINE_MUSCLE_BONUS}


def _compile_synonyms(spec, fillers):
    """[(variant words, canonical words)], longest variant first.

    A canonical phrase of several words is also its own variant, so it is kept whole before a
    shorter variant can take part of it ("tension headache" stays, though "tension" alone is
    "stiff").
    """
    pairs = []
    for canonical, variants in spec.items():
        target = tuple(search_text.words(canonical, fillers))
        if len(target) > 1:
            pairs.append((target, target))
        for variant in variants:
            source = tuple(search_text.words(variant, fillers))
            if source and source != target:
                pairs.append((source, target))
    pairs.sort(key=lambda pair: (-len(pair[0]), pair[0]))
    return pairs


def _word_list(texts):
    return sorted({search_text.stem(w) for text in texts
                   for w in search_text.TOKEN.findall(search_text.fold(text))})


def _spot_reason(term, spec):
    """Why a referral term found a muscle, in words that read right (see search.yaml)."""
    if term in spec.feelings:
        return f"linked with {term}"
    if any(f"{term} ".startswith(f"{words} ") for words in spec.place_words):
        return f"can send pain {term}"
    return f"can send pain to the {term}"


def _muscle_entries(muscle, regions, spec):
    """(kind, phrase shown to the reader, text to index) for everything a muscle answers to."""
    # A reason never repeats the muscle's name (it heads the result): what matched instead.
    yield "name", "matches its name", " ".join([muscle.name, muscle.anatomical])
    for alias in muscle.also_called:
        yield "name", f"also called “{alias}”", alias
    for complaint in muscle.complaints:
        yield "complaint", f"linked with {complaint}", complaint
    for term in muscle.referral_terms:
        yield "spot", _spot_reason(term, spec), term
    for kind in ("primary", "secondary"):
        for region_id in getattr(muscle.referral_zones, kind):
            region = regions[region_id]
            text = " ".join([region.id.replace("-", " "), region.label, *region.aliases])
            yield kind, f"can send pain to the {region.label.lower()}", text


def _hints(entries, reasons):
    """Reasons that tell this muscle apart when what matched reads the same as for another
    result (two muscles that "can send pain to the feet and heels"): its first complaints, then
    its first spots; at most three indexes into `reasons`."""
    found = [reasons.index(reason) for wanted in ("complaint", "spot")
             for kind, reason, words in entries if kind == wanted and words and reason in reasons]
    return list(dict.fromkeys(found))[:3]


def distinct_reasons(ranked):
    """Each result's reason line, no two alike: [(why, hints, reasons)] in rank order, `why`
    the matched reasons' indexes by weight → lists of at most two reasons (search-core.js too).
    A line that an earlier result already has keeps its first reason and takes the next matched
    one, or else one of the muscle's hints."""
    used, lines = set(), []
    for why, hints, reasons in ranked:
        extra = [*why[1:], *(h for h in hints if h not in why)]
        options = [why[:2], *([why[0], other] for other in extra)]
        picked = next((o for o in options if tuple(reasons[r] for r in o) not in used), why[:2])
        line = [reasons[r] for r in picked]
        used.add(tuple(line))
        lines.append(line)
    return lines


def build_index(content, link):
    """Everything the ranking needs, as JSON-ready data (deterministic: sorted everywhere).

    `link(endpoint, **values)` gives a page's path; it needs no request (see search.linker).
    """
    spec = content.search
    fillers = _word_list(spec.fillers)
    stopwords = _word_list(spec.stopwords)
    common = _word_list(spec.common_words)
    filler_set, stop_set, common_set = set(fillers), set(stopwords), set(common)
    synonyms = _compile_synonyms(spec.synonyms, filler_set)
    synonyms_by_first = search_text.synonyms_by_first_word(synonyms)

    def normalise(text):
        canonical = search_text.apply_synonyms(search_text.words(text, filler_set),
                                               synonyms_by_first)
        return [word for word in canonical if word not in stop_set]
    regions = {region.id: region for region in content.body.regions}

    entries = {muscle.slug: [(kind, reason, normalise(text))
                             for kind, reason, text in _muscle_entries(muscle, regions, spec)]
               for muscle in content.muscles.values()}
    # A word of a muscle's name that also names a place or a symptom ("shoulder" in "shoulder
    # lifter") weighs no more than a symptom, so a name never outranks what a person feels.
    symptom_words = {word for found in entries.values() for kind, _, words in found
                     if kind != "name" for word in words}
    muscles = []
    for muscle in content.muscles.values():
        reasons, terms, phrases, primary, mentions = [], {}, [], set(), Counter()
        for kind, reason, words in entries[muscle.slug]:
            if not words:
                continue
            if reason not in reasons:
                reasons.append(reason)
            index = reasons.index(reason)
            if kind == "primary":
                primary.update(words)
            for word in set(words) - common_set:
                mentions[word] += 1
                weight = WEIGHTS[kind]
                if kind == "name" and word in symptom_words:
                    weight = WEIGHTS["complaint"]
                if terms.get(word, (0,))[0] < weight:
                    terms[word] = (weight, index)
            if len(set(words)) > 1 and kind in ("complaint", "spot", "name"):
                phrases.append((sorted(set(words)), index))
        # Where a muscle mainly sends pain counts a little more than where it sometimes does,
        # and a word it is linked with in several ways a little more than in one.
        terms = {word: (weight + (ZONE_BONUS if word in primary else 0)
                        + BREADTH * min(mentions[word] - 1, 3), reason)
                 for word, (weight, reason) in terms.items()}
        muscles.append({"slug": muscle.slug, "name": muscle.name,
                        "reasons": reasons, "terms": terms, "phrases": phrases,
                        "hints": _hints(entries[muscle.slug], reasons),
                        "areas": list(muscle.referral_zones.primary)})

    document_frequency = Counter(word for m in muscles for word in m["terms"])
    for muscle in muscles:
        muscle["terms"] = {
            word: [round(weight * _idf(len(muscles), document_frequency[word]),
                         WEIGHT_DECIMALS), reason]
            for word, (weight, reason) in sorted(muscle["terms"].items())}

    sections = []
    for chapter in content.chapters:
        for section in chapter.body.sections:
            # Markdown titles carry HTML entities (`&rsquo;`); the index holds plain text,
            # which both the template and the browser escape as they show it.
            title = search_text.plain(section.title or chapter.title)
            url = link("guide.chapter", slug=chapter.slug)
            terms = dict.fromkeys(normalise(section.text), 1)
            terms.update(dict.fromkeys(normalise(title), 3))
            for word in common_set & set(terms):
                del terms[word]
            sections.append({"url": url + (f"#{section.id}" if section.id else ""),
                             "title": title, "chapter": search_text.plain(chapter.title),
                             "terms": dict(sorted(terms.items()))})
    section_frequency = Counter(word for s in sections for word in s["terms"])
    for section in sections:
        section["terms"] = {w: round(v * _idf(len(sections), section_frequency[w]),
                                     WEIGHT_DECIMALS)
                            for w, v in section["terms"].items()}

    routines = []
    for routine in content.routines.values():
        phrases = [sorted(set(normalise(text)) - common_set) for text in routine.for_]
        words = {w for phrase in phrases for w in phrase} | set(normalise(routine.title))
        minutes = (routine.total_seconds + 30) // 60  # as the routine's own card rounds
        routines.append({"slug": routine.slug, "title": routine.title,
                         "note": f"Guided routine · about {minutes} min",
                         "muscles": sorted({step.muscle for step in routine.steps}),
                         "terms": sorted(words - common_set),
                         "phrases": sorted(p for p in phrases if p)})
    routine_frequency = Counter(word for r in routines for word in r["terms"])
    for routine in routines:
        routine["terms"] = {
            w: round(ROUTINE_WEIGHT * _idf(len(routines), routine_frequency[w]), WEIGHT_DECIMALS)
            for w in routine["terms"]}

    region_terms = [{"id": r.id, "label": r.label,
                     "url": link("bodymap.region", region_id=r.page) + r.anchor,
                     "ask": link("bodymap.region", region_id=r.page),
                     "area": r.page,
                     "names": sorted({tuple(sorted(set(words))) for words in map(normalise, [
                         r.id.replace("-", " "), r.label, *r.aliases]) if words})}
                    for r in content.body.regions]
    # Asked where nothing names a place (red-flags.yaml `whole_body`); its link, the safety
    # chapter, lists every warning.
    whole = content.red_flags.whole_body
    whole_body = whole and {"label": whole.label, "ask": link("guide.chapter", slug="safety"),
                            "area": whole.id}
    index = {"version": 1, "limits": LIMITS, "bonus": BONUS, "fillers": fillers,
             "links": _slug_links(link, content),
             "stopwords": stopwords, "synonyms": synonyms, "words": [],
             "muscles": muscles,
             "sections": sections, "routines": routines, "regions": region_terms,
             "whole_body": whole_body}
    # Only the common words no muscle's or routine's term, synonym, filler or stopword already
    # names travel as words (not counting the guide's terms, so a chapter's edit changes only
    # /search-guide.json): the rest of the corrector's vocabulary is the index's own.
    index["words"] = sorted(common_set - set(vocabulary({**index, "sections": []})))
    # The real words a correction would change into a word that picks a muscle or a routine
    # (their terms, the synonyms' words): never corrected, as in the triage ("plank" is not
    # "flank", "jelly" not "belly", "snore" not "sore"). Not those a correction would make a
    # guide section's word only (1,238 more, 2.7 KB the precache keeps for the red flags): such
    # a slip ranks a chapter, never a muscle.
    index["known"] = search_text.front_coded(
        search_text.known_near(vocabulary(index), targets=picking_words(index)))
    return index


def picking_words(index):
    """The words that pick a muscle or a routine: their terms and the synonyms' words."""
    return ({w for part in ("muscles", "routines") for entry in index[part]
             for w in entry["terms"]} | {w for pair in index["synonyms"] for w in pair[0]})


def vocabulary(index):
    """Every word the search knows, sorted: the corrector's targets. Built from the index (its
    terms, its synonyms' words, its fillers and stopwords, and its `words`), not sent apart
    (search-core.js `vocabularyOf` builds the same list)."""
    return sorted({w for part in ("muscles", "sections", "routines") for entry in index[part]
                   for w in entry["terms"]}
                  | {w for pair in index["synonyms"] for w in pair[0]}
                  | set(index["fillers"]) | set(index["stopwords"]) | set(index["words"]))


def _slug_links(link, content):
    """Where a muscle's and a routine's pages are, as one path each that the slug ends (the
    index carries it once, not a URL per result): checked against every page's own URL."""
    links = {"muscle": (link("muscles.muscle", slug="-")[:-1], "muscles.muscle",
                        content.muscles),
             "routine": (link("timer.routine", slug="-")[:-1], "timer.routine", content.routines)}
    for prefix, endpoint, pages in links.values():
        for slug in pages:
            if link(endpoint, slug=slug) != prefix + slug:
                raise ValueError(f"{endpoint}: '{slug}' is not at {prefix}{slug}")
    return {kind: prefix for kind, (prefix, *_) in links.items()}


def _idf(total, frequency):
    return 1 + math.log(total / frequency)


class Prepared:
    """An index made ready to search with: look-up sets, synonyms by first word, and the typo
    corrector with its cache. Build it once per index
    (static/js/engines/search-core.js `prepare`)."""

    def __init__(self, index):
        self.index = index
        self.fillers = set(index["fillers"])
        self.stopwords = set(index["stopwords"])
        self.synonyms = search_text.synonyms_by_first_word(index["synonyms"])
        # The triage's corrector and its rule: the typed first letter kept, a real word never
        # corrected (`known`).
        self.corrector = search_text.Corrector(
            vocabulary(index), search_text.front_decoded(index.get("known", "")),
            keep_first_letter=True)


def prepare(index):
    return Prepared(index)


def read_query(prepared, query):
    """(canonical words, how many typed words were used if some were left out, else 0).

    Only the first MAX_QUERY characters and MAX_WORDS words count, so no query costs more
    than a few milliseconds however long it is. Characters, not UTF-16 units, as in the
    browser. A glance at what follows the cut tells whether anything was left out.
    """
    most, limits = prepared.index["limits"]["query"], prepared.index["limits"]
    typed = search_text.TOKEN.findall(search_text.fold(query[:most]))
    cut = len(typed) > limits["words"] or bool(
        search_text.TOKEN.search(search_text.fold(query[most : 2 * most])))
    typed = typed[: limits["words"]]
    found = [prepared.corrector.correct(search_text.stem(word)) for word in typed
             if word not in prepared.fillers]
    canonical = search_text.apply_synonyms(found, prepared.synonyms)
    words = [word for word in canonical if word not in prepared.stopwords]
    return words, len(typed) if cut else 0


def search(prepared, query, ask=False):
    """Rank muscles, guide sections and body regions for what a person typed. `ask`: whether
    its words make the warning signs worth asking about (triage.answer's `ask`); where it names
    no place and no muscle, the whole body's are then asked."""
    index = prepared.index
    limits, bonus = index["limits"], index["bonus"]
    words, used = read_query(prepared, query)
    words = set(words)
    muscles = []
    for position, muscle in enumerate(index["muscles"]):
        score, reasons = 0.0, {}
        for word in words:
            if word in muscle["terms"]:
                weight, reason = muscle["terms"][word]
                score += weight
                reasons[reason] = reasons.get(reason, 0) + weight
        for phrase, reason in muscle["phrases"]:
            if set(phrase) <= words:
                score += bonus["phrase"]
                reasons[reason] = reasons.get(reason, 0) + bonus["phrase"]
        if score > 0:
            why = sorted(reasons, key=lambda r: (-reasons[r], r))
            muscles.append((-round(score, 3), position, muscle, why))
    muscles.sort(key=lambda item: item[:2])
    muscles = muscles[: limits["muscles"]]
    lines = distinct_reasons([(why, m["hints"], m["reasons"]) for _, _, m, why in muscles])
    sections = []
    for position, section in enumerate(index["sections"]):
        score = sum(section["terms"].get(word, 0) for word in words)
        if score >= limits["section_score"]:
            sections.append((-round(score, 3), position, section))
    sections.sort(key=lambda item: item[:2])
    first = muscles[0][2]["slug"] if muscles else None
    routines = []
    # (The search view drops routines beside an emergency warning from the triage.)
    for position, routine in enumerate(index["routines"]):
        # A routine fits when one of its `for:` phrases is there whole, or it works on the
        # first muscle found; a single shared word ("stiff", "back") is not enough.
        whole = sum(1 for phrase in routine["phrases"] if set(phrase) <= words)
        works_on_first = first in routine["muscles"]
        if whole or works_on_first:
            score = (sum(routine["terms"].get(word, 0) for word in words)
                     + bonus["phrase"] * whole + bonus["routine_muscle"] * works_on_first)
            routines.append((-round(score, 3), position, routine))
    routines.sort(key=lambda item: item[:2])
    # A region is named when one of its names is there whole (both words of "upper back").
    regions = [r for r in index["regions"] if any(set(name) <= words for name in r["names"])]
    # Where none is named ("sciatica", "I grind my teeth"), the first muscle's main pain areas
    # are asked about.
    areas = muscles[0][2]["areas"] if muscles else []
    asked = regions or [r for r in index["regions"] if r["id"] in areas]
    if not asked and ask and index["whole_body"]:
        asked = [index["whole_body"]]
    return {
        "words": sorted(words),
        "cut": used,
        "muscles": [{"slug": m["slug"], "name": m["name"],
                     "url": index["links"]["muscle"] + m["slug"], "why": line}
                    for (_, _, m, _), line in zip(muscles, lines, strict=True)],
        "routines": [{"slug": r["slug"], "url": index["links"]["routine"] + r["slug"],
                      "title": r["title"], "note": r["note"]}
                     for _, _, r in routines[: limits["routines"]]],
        "sections": [{"url": s["url"], "title": s["title"], "chapter": s["chapter"]}
                     for _, _, s in sections[: limits["sections"]]],
        "regions": [{"id": r["id"], "label": r["label"], "url": r["url"]} for r in regions],
        "asks": _asks(asked),
    }


def _asks(regions):
    """Where to ask the red-flag questions of these regions: each region's page, which asks them
    before any muscle; once a page (the heel and the sole share the feet's)."""
    asks = {}
    for region in regions:
        asks.setdefault(region["ask"], {"label": region["label"], "url": region["ask"],
                                        "area": region["area"]})
    return list(asks.values())


def split_index(index):
    """The index as two files, so that a release changing one guide chapter changes only the
    smaller one: (everything but the guide, the guide's sections). The real words it never
    corrects (`known`) travel in a third, /known-words.json, which the red-flag check reads too
    (engine_data.known_words). `merge_index` (and search-core.js `mergeIndex`) puts the three
    back together exactly."""
    rest = {key: value for key, value in index.items() if key not in ("sections", "known")}
    return rest, {"sections": index["sections"]}


def merge_index(rest, guide, known):
    """One index again from the two files of `split_index` and /known-words.json."""
    return {**rest, "sections": guide["sections"], "known": known["known"]}

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
# A near phrase's next part may stand up to `near` words after the one before.
# A negator crosses into the next clause only when that clause is a list's item: up to
# `list_item` words, or up to `listed` with an "or" ("no fever, numbness or tingling in my
# legs"; not "without dieting, trousers falling off me", "no injury, going on a couple weeks").
LIMITS = {"chars": 1000, "words": 200, "typos": 40, "negation": 2, "after": 1, "near": 2,
          "list_item": 2, "listed": 4}
FIELDS = ("id", "level", "label", "title", "message", "url")


def _words(text, fillers):
    """A phrase's words; one left of several is refused, as it would match far more than meant
    ("getting worse" would be any "worse" if "getting" were a filler)."""
    words = search_text.words(text, fillers)
    if len(words) < min(2, len(text.split())):
        raise ValueError(f"red-flags.yaml: '{text}' is {words or 'nothing'} without its fillers;"
                         " write the single word, or keep the phrase's words out of fillers")
    return words


def _phrase(phrase, fillers):
    """A phrase as shipped: its words joined by spaces; or a near phrase ("face ~ droop/droopy"),
    its parts joined by "~", each part the forms of one word joined by "/"."""
    if "~" not in phrase:
        return " ".join(_words(phrase, fillers))
    parts = [sorted({search_text.stem(search_text.fold(form).strip()) for form in part.split("/")})
             for part in phrase.split("~")]
    if len(parts) < 2 or any(not form.isalnum() or form in fillers
                             for part in parts for form in part):
        raise ValueError(f"red-flags.yaml: '{phrase}' is not words (no fillers) joined by ~ and /")
    return "~".join("/".join(part) for part in parts)


def _said(said, fillers):
    """The `said` phrases, read with their fillers before the fillers go ("side by side" is an
    off-road vehicle, "side to side" a direction), as shipped (`_grouped`), each variant its
    tokens as typed. A variant needs a filler (else it is a rewrite); its canonical words must
    be none (they would be dropped next)."""
    pairs = {}
    for canonical, variants in said.items():
        words = search_text.tokens(canonical)
        if not words or set(words) & fillers:
            raise ValueError(f"red-flags.yaml: said '{canonical}' must be words, no fillers")
        for variant in variants:
            key = tuple(search_text.tokens(variant))
            if len(key) < 2 or not set(key) & fillers:
                raise ValueError(f"red-flags.yaml: said '{variant}' has no filler;"
                                 " write it under rewrite")
            if pairs.get(key, words) != words:
                raise ValueError(f"red-flags.yaml: said '{variant}' is written twice")
            pairs[key] = words
    return _grouped(pairs)


def _grouped(pairs):
    """{variant words: canonical words} as shipped: {canonical: its variants joined by "|"},
    each its words joined by spaces (`rewrite` and `said` alike; a canonical written once keeps
    /red-flags.json small). `read_as` gives them back in the order they are read."""
    grouped = {}
    for variant, canonical in sorted(pairs.items()):
        grouped.setdefault(" ".join(canonical), []).append(" ".join(variant))
    return {canonical: "|".join(variants) for canonical, variants in sorted(grouped.items())}


def read_as(grouped):
    """[(variant words, canonical words)] of a shipped `rewrite` or `said`, the longest variant
    first, as they are tried (triage-core.js readAs)."""
    pairs = [(variant.split(), canonical.split()) for canonical, variants in grouped.items()
             for variant in variants.split("|")]
    return sorted(pairs, key=lambda pair: (-len(pair[0]), pair[0]))


def _rewrites(spec):
    """What is read as other words: `rewrite`, and the other languages' words (`borrowed`). A
    borrowed word is read as its English one wherever it is typed, so one that is an English
    word too would change what an English writer meant ("pie", "pet"): refused."""
    english = search_text.english_raw()
    if clash := sorted(v for variants in spec.borrowed.values() for v in variants if v in english):
        raise ValueError(f"red-flags.yaml: borrowed '{clash[0]}' is an English word;"
                         " write it only inside a phrase")
    return [*spec.rewrite.items(), *spec.borrowed.items()]


def _stemmed(words):
    return sorted({search_text.stem(word) for word in words})


def build_rules(content):
    """Everything assess() needs, as JSON-ready data (deterministic: sorted everywhere)."""
    spec = content.red_flags
    fillers = set(spec.fillers)
    rewrites = {}
    for canonical, variants in _rewrites(spec):
        for variant in variants:
            key, words = tuple(_words(variant, fillers)), search_text.words(canonical, fillers)
            # Without its fillers a variant may be another's ("is this a heart attack" is "had a
            # heart attack"): one of them would be silently lost.
            if rewrites.get(key, words) != words:
                raise ValueError(f"red-flags.yaml: rewrite '{variant}' is '{' '.join(key)}' "
                                 f"without its fillers, already rewritten as "
                                 f"'{' '.join(rewrites[key])}'")
            rewrites[key] = words
    # Words joined by spaces, a sign's phrases by "|", a combination's signs by spaces: the
    # look-ups are built where the rules are read (_Index, triageIndex), which keeps
    # /red-flags.json small.
    rewrite = _grouped(rewrites)
    said = _said(spec.said, fillers)
    signs = {sign_id: sorted({_phrase(phrase, fillers) for phrase in sign.phrases})
             for sign_id, sign in sorted(spec.signs.items()) if sign.phrases}
    order = {level: index for index, level in enumerate(LEVELS)}
    flags = sorted(spec.flags, key=lambda flag: order[flag.level])
    rules = {
        "version": 2,
        "limits": LIMITS,
        "fillers": sorted(fillers),
        "negators": _stemmed(spec.negators),
        "breakers": _stemmed(spec.breakers),
        "transparent": _stemmed(spec.transparent),
        "list_joiners": _stemmed(spec.list_joiners),
        "list_closers": _stemmed(spec.list_closers),
        "after_negators": _stemmed(spec.after_negators),
        "denying": _stemmed(spec.denying),
        "others": _others(spec.others, _own(spec), _conditions(spec), _unclaimed(spec)),
        "past": _past(spec.past),
        "passing": sorted(spec.past.passing),
        "questions": _questions(spec),
        "answered_no": _answered_no(spec.answered_no),
        "ands": _ands(spec.ands),
        "pauses": _pauses(spec.pauses),
        "mys": _mys(spec),
        "hold_results": list(spec.hold_results),
        "ask_inline": {"unless": list(spec.ask_inline.unless),
                       "signs": sorted(spec.ask_inline.signs)},
        "said": said,
        "rewrite": rewrite,
        "run_together": {"either": sorted(spec.run_together.either),
                         "before": sorted(spec.run_together.before),
                         "after": sorted(spec.run_together.after)},
        "signs": {sign_id: "|".join(phrases) for sign_id, phrases in signs.items()},
        "number_words": {"pattern": _spelled_pattern(spec.number_words),
                         "values": dict(sorted(spec.number_words.items()))},
        "numbers": _numbers(spec.numbers),
        "flags": [{"id": flag.id, "level": flag.level, "label": spec.levels[flag.level],
                   "title": flag.title, "message": flag.message, "url": _url(flag.link),
                   "regions": list(flag.regions), "when": [" ".join(c) for c in flag.when]}
                  for flag in flags],
    }
    rules["read_words"] = _read_words(spec, fillers)
    if unread := {w for canonical in said for w in search_text.words(canonical, fillers)
                  } - set(vocabulary(rules)):
        raise ValueError(f"red-flags.yaml: said reads as '{sorted(unread)[0]}', a word no sign,"
                         " rewrite or list reads")
    # Real words a typo correction would turn into any word the rules read (`known`, shipped as
    # one string, search_text.front_coded): a real word is never read as another. Not only a
    # sign of one word ("streams" is not "screams"): a word of a longer phrase completes it
    # beside the phrase's other words ("said its muscle, just wanted massage tips" is not
    # "muscle wasted"; "blinding" is not "bending", "meditation" not "medication"). The data's
    # own known words too; the people `others` names too: "brother" is not "bother".
    own = set(_stemmed(spec.known_words)) | {w for p in spec.others.who for w in p.split()}
    near = search_text.known_near(vocabulary(rules), sorted(own))
    # And the real words `_apart` would read as two: "island" is not "is land", nor "tonight"
    # "to night".
    index = _Index({**rules, "known": ""})
    compounds = {w for w in search_text.english_raw() if _apart(index, w) != [w]}
    # And a real word ending in "in" is no word with its "g" dropped (`_corrected`): "terrain"
    # is not "tearing", nor "explain" "exploding". (A word the rules read is never corrected.)
    dropped_g = {w for w in search_text.english_words() if w.endswith("in")
                 and w not in index.corrector.known and _corrected(index, w) != w}
    rules["known"] = search_text.front_coded(sorted({*near, *compounds, *dropped_g}))
    return rules


SERVED_APART = ("regions", "title", "message")


def served(rules):
    """What /red-flags.json sends the browser: the rules without the flags' regions, which
    only the server's pages read (for_region), and without their words (title and message),
    which travel once, in /timer-data.json's `ask.warnings` (views/red_flags.py for_timer),
    where the browser's checklists read them too. A warning keeps its level's label and its
    link here, so it still shows without them. Without the real words never corrected
    (`known`) too: they travel once for both engines, in /known-words.json
    (engine_data.known_words), and the page puts them back (`read_by_browser`)."""
    return {**{k: v for k, v in rules.items() if k != "known"},
            "flags": [{k: v for k, v in flag.items() if k not in SERVED_APART}
                      for flag in rules["flags"]]}


def read_by_browser(rules):
    """The rules as the browser's engine reads them: /red-flags.json with /known-words.json's
    words put back (finder/json-once.js withKnownWords)."""
    return {**served(rules), "known": rules["known"]}


def served_answer(answered):
    """An answer as the browser's engine gives it from the served rules: its warnings without
    what travels apart (their words; the views add them)."""
    return {**answered, "warnings": [{k: v for k, v in w.items() if k not in SERVED_APART}
                                     for w in answered["warnings"]]}


def known_words(rules):
    """The rules' `known` words, decoded (triage-core.js reads them the same way)."""
    return search_text.front_decoded(rules["known"])


def phrases(rules):
    """{sign: [phrase, ...]}: each sign's phrases, each its words joined by spaces."""
    return {sign: joined.split("|") for sign, joined in rules["signs"].items()}


def _numbers(numbers):
    """The number signs, one entry per list of patterns (the age patterns serve several signs):
    {"patterns", "signs": [[sign, low, high], ...]}, [sign] alone for any match."""
    by_patterns = {}
    for number in numbers:
        by_patterns.setdefault(tuple(number.patterns), []).extend(
            [[number.sign, *r] for r in number.ranges] or [[number.sign]])
    return [{"patterns": list(patterns), "signs": signs}
            for patterns, signs in by_patterns.items()]


def _questions(spec):
    """One expression for what is read as nothing: the `questions` anywhere ("is this normal"),
    and an opener only at the very start, with what follows it up to the next word ("hi, "), so
    an age or a pregnancy's weeks after it still starts the text ("hi 30 wks" is "30 wks");
    not one whose next word starts with one of `openers_named` ("morning stiffness")."""
    named = (rf"(?! (?:{'|'.join(map(re.escape, spec.openers_named))})[a-z]*\b)"
             if spec.openers_named else "")
    parts = ([rf"^ ?(?:{_alternatives(spec.openers)})\b{named}[ ,.!:-]*"] if spec.openers
             else []) + (
        [rf"\b(?:{_alternatives(spec.questions)})\b"] if spec.questions else [])
    return "|".join(parts) or None


def _alternatives(phrases):
    """Phrases as one regular-expression alternation, longest first."""
    return "|".join(sorted((re.escape(search_text.fold(p)).replace("\\ ", " ") for p in phrases),
                           key=lambda p: (-len(p), p)))


def _mys(spec):
    """Other ways of writing "my" ("me back", "me left hand"), as one expression read as "my":
    only before a word the data reads after "my" (in its phrases, its rewrites and the writer's
    `own` words), so "it wakes me" and "asking for me" keep their "me"."""
    written = [*(p for sign in spec.signs.values() for p in sign.phrases), *spec.others.own,
               *(variant for variants in spec.rewrite.values() for variant in variants)]
    # ...and before a body part's word (`others.parts`) or a person's (`others.who`): "me
    # forearms", "me kids", "me wife".
    named = {*_phrases_of(spec, spec.others.parts), *spec.others.who}
    after = sorted({word for text in written for word in re.findall(r"\bmy ([a-z]+)", text)}
                   | {p for p in named if re.fullmatch("[a-z]+", p)})
    if not (spec.mys and after):
        return None
    # ...or before an age ("carrying me 2 yr old"); a word with its possessive "s" too ("me
    # nans had a fall").
    age = r"[0-9]{1,2} ?(?:yrs?|years?|months?) old\b"
    return rf"\b(?:{'|'.join(map(re.escape, spec.mys))}) (?=(?:{'|'.join(after)})s?\b|{age})"


def _pauses(pauses):
    """Other ways of writing a pause, as one expression read as a comma: a dash between spaces
    ("fell down the stairs - 79 - bad pain"), two dots or more ("30 wks... pain"), a dictated
    word ("fever? no full stop")."""
    dashes = "".join(re.escape(p) for p in pauses if len(p) == 1 and p != ".")
    words = [re.escape(p) for p in pauses if p[0].isalpha()]
    # Spaces, not \s: Python's ASCII \s and the browser's Unicode \s differ.
    parts = ([rf" +[{dashes}]+ +"] if dashes else []) + (
        [r"\.{2,} *"] if ".." in pauses else []) + (
        [rf" *\b(?:{'|'.join(words)})\b *"] if words else [])
    return "|".join(parts) or None


def _ands(ands):
    """Other ways of writing "and", as one expression read as " and ": a sign with or without
    spaces round it ("pins&needles"), a word between spaces ("arm n leg"), its spaces taken
    with it so what reads "and i" still does ("chemo n i pulled my back")."""
    signs = [re.escape(a) for a in ands if not a.isalnum()]
    words = [re.escape(a) for a in ands if a.isalnum()]
    parts = ([rf"\s*(?:{'|'.join(signs)})\s*"] if signs else []) + (
        [rf"\s+(?:{'|'.join(words)})\s+"] if words else [])
    return "|".join(parts) or None


def _answered_no(answered):
    """A question answered no ("fever? no."), as a regular expression (Python and JS read it
    alike) and the words put in its place (" fine,": the after-negator right after what was
    asked, in its own clause)."""
    if not answered.answers:
        return None
    return {"pattern": rf"\?+ ?(?:{_alternatives(answered.answers)}) ?(?=[.,;:!?\n]|$)",
            "read_as": f" {answered.read_as},"}


AGE_BETWEEN = r"(?: \(?[0-9]{1,3}\)?)?"  # "dad 65 had", "mother (65) had": an age between
OWN_AGE = r"\b(?:im|i am) [1-9][0-9]?\b"  # "im 35": the writer telling their own age


def _phrases_of(spec, signs):
    """The plain phrases of the named signs (no near phrase): "forearms", "leukaemia"; and the
    other spellings the rewrites read as one of them ("bak", written as heard, is "back")."""
    phrases = {p for sign in signs for p in spec.signs[sign].phrases
               if re.fullmatch("[a-z]+(?: [a-z]+)*", p)}
    return phrases | {v for canonical, variants in spec.rewrite.items() if canonical in phrases
                      for v in variants if re.fullmatch("[a-z]+(?: [a-z]+)*", v)}


def _own(spec):
    """The writer's own complaint, as a regular-expression alternation: the data's `own`, and
    "my" before a word of a sign that names a body part (`parts`: "my forearms", "my glutes")."""
    own = set(spec.others.own)
    words = {p for p in _phrases_of(spec, spec.others.parts)
             if " " not in p and f"my {p}" not in own}
    return "|".join(filter(None, [_alternatives(own),
                                  words and f"my (?:{_alternatives(words)})"]))


def _conditions(spec):
    """Conditions someone else lives with: the data's `conditions`, and the plain phrases of the
    signs that name one (`condition_signs`: "my husband has leukaemia")."""
    return sorted({*spec.others.conditions, *_phrases_of(spec, spec.others.condition_signs)})


def _unclaimed(spec):
    """A body part named with nobody else spoken of (no `third` word: "he", "her", "my son"),
    as a regular expression read on the whole of what is left: the writer's own complaint
    ("mum has cancer, shoulders tight from work")."""
    words = _phrases_of(spec, spec.others.parts)
    if not (words and spec.others.third):
        return None
    third = _alternatives([*spec.others.third, *spec.others.who])
    return rf"^(?![\s\S]*\b(?:{third})s?\b)[\s\S]*?\b(?:{_alternatives(words)})\b"


def _others(others, own, conditions, unclaimed=None):
    """Regular expressions (Python and JS read them alike) for someone else's trouble: a
    history (`clause`: a `who`, one of `verbs`, to the end of its clause); a condition they
    live with, told in a few words (`present`: "dad has a clot in his leg,"); whether it is
    happening now (`acute`, once the words of `settled` are gone: "shes ok now" says it is
    over); and whether the person also speaks of themselves (`self`, after a
    history) or tells their own complaint (`own`, after either; after a present trouble, a body
    part named with nobody else spoken of, `unclaimed`, is theirs too)."""
    if not (others.who and others.verbs and others.self):
        return None
    # Whose trouble: a `who`, or a relation of theirs ("my friends son", "my sisters husband").
    who = (rf"(?:{_alternatives(others.who)})s?"
           rf"(?: (?:{_alternatives([*others.who, *others.relations])}))?")
    # A history ends where the writer turns to themselves, to their own complaint ("my
    # husbands sister had a blood clot my calf is just sore": the "just" is the calf's) or to
    # their own age ("my grandad had an aneurysm im 35 and have a sore back").
    turns = rf"|\b(?:{'|'.join(filter(None, [_alternatives(others.ends), own]))})\b|{OWN_AGE}"
    end = rf"(?=[.,;:!?]|\bbut\b|\bthough\b{turns}|$)"
    return {
        # An age may come between ("dad 65 had prostate cancer").
        "clause": (rf"\b{who}{AGE_BETWEEN} (?:{_alternatives(others.verbs)})\b"
                   rf"[^.,;:!?]*?{end}"),
        "present": (rf"\b{who}{AGE_BETWEEN} (?:{_alternatives(others.present) or '(?!)'})"
                    r" (?:an? )?"
                    # a word or two before the condition: "has prostate cancer"
                    r"(?:[a-z]+ ){0,2}"
                    rf"(?:{_alternatives(conditions) or '(?!)'})(?: [a-z]+){{0,3}} ?"
                    rf"(?=\b(?:and )?(?:i|im|ive)\b|{end[3:]}"),
        "acute": rf"\b(?:{_alternatives(others.acute) or '(?!)'})\b",
        # With the "now" that may follow, so none is left to read as happening now ("shes ok
        # now").
        "settled": rf"\b(?:{_alternatives(others.settled) or '(?!)'})(?: now)?\b",
        "self": rf"\b(?:{'|'.join(filter(None, [_alternatives(others.self), own]))})\b",
        "own": "|".join(filter(None, [rf"\b(?:{own or '(?!)'})\b", unclaimed])),
    }


def _past(past):
    """Regular expressions (Python and JS read them alike) for the person's own trouble, long
    over: a clause saying when (`clause`: "5 years ago", "last year", or that it went) and
    what keeps it (`keeps`: a lasting risk, "for years", "since", "again"); `quiet` says it
    went in words that would otherwise keep it ("no problems since"), only in a clause already
    put years back: "a TIA last week, fine since" still counts; `goes_on`, what goes on from a
    time rather than starting a clause of its own (`_time_ends`); `went` alone, so its "now"
    ("sorted now") says nothing is happening now; `times` alone and where a history `starts`
    (`_history_starts`)."""
    if not (past.patterns or past.went):
        return None
    went = [rf"\b(?:{_alternatives(past.went)})\b"] if past.went else []
    return {"clause": "|".join([*past.patterns, *went]),
            "quiet": rf"\b(?:{_alternatives(past.quiet) or '(?!)'})\b",
            "keeps": rf"\b(?:{_alternatives(past.keeps) or '(?!)'})\b",
            "goes_on": rf" ?(?:{_alternatives([*past.went, *past.quiet, *past.goes_on])})\b",
            "went": "|".join(went) or "(?!)",
            "times": "|".join(past.patterns) or "(?!)",
            "starts": rf"\b(?:{_alternatives(past.starts) or '(?!)'})\b"}


def _spelled_pattern(number_words):
    """Numbers in words: a ten and a unit ("fifty-eight", "seventy one"), or one word from two
    up ("six", "seventy"; "one" alone is too often not a number: "no one", "one side")."""
    def alternatives(values):  # "(?!)", which never matches, when there are none
        return "|".join(sorted((w for w, v in number_words.items() if v in values),
                               key=lambda w: (-len(w), w))) or "(?!)"
    tens, units = alternatives(range(20, 100, 10)), alternatives(range(1, 10))
    return rf"\b(?:({tens})[ -]({units})|({alternatives(range(2, 100))}))\b"


def vocabulary(rules):
    """Every word the rules know, sorted: the typo corrector's targets (not shipped: the
    browser derives it the same way, triage-core.js triageVocabulary)."""
    return sorted({w for joined in rules["signs"].values() for w in re.split("[ |~/]", joined)}
                  | {w for canonical, variants in rules["rewrite"].items()
                     for w in re.split("[ |]", f"{canonical} {variants}") if w}
                  | set(rules["negators"]) | set(rules["breakers"]) | set(rules["transparent"])
                  | set(text_words(rules)))


def text_words(rules):
    """The words read in the text itself: the lists' (`read_words`, stemmed) and the number
    patterns' as they spell them ("dauhgter 4" is a daughter's age, "since my 55th birhtday"):
    a pattern's letters outside its escapes, classes and counts, seven letters or more (a long
    word has few real words a letter away, and those are shipped as `known`). A typo of one is
    corrected to it in place (`_spelled`); not shipped: triage-core.js derives them the same
    way."""
    return sorted(set(rules["read_words"].split()) | {
        word for number in rules["numbers"] for pattern in number["patterns"]
        for word in re.findall("[a-z]{7,}", re.sub(r"\\.|\[[^]]*\]|\{[^}]*\}", " ", pattern))})


def _read_words(spec, fillers):
    """The words the engine reads in the text itself, through its lists rather than its signs
    (someone else's history, a past trouble, a question, an opener), as one string: the typo
    corrector's targets too, so a typo of one corrects to it, not to a sign a letter further
    ("statring" is "starting", not "searing"), and `_spelled` corrects the text toward them."""
    others, past = spec.others, spec.past
    phrases = [*others.who, *others.verbs, *others.acute, *others.settled, *others.self,
               *others.own, *others.present, *others.conditions, *others.ends, *past.went,
               *past.quiet, *past.keeps, *spec.questions, *spec.openers]
    return " ".join(sorted({w for phrase in phrases for w in search_text.words(phrase, fillers)
                            if w.isalpha()}))


def _url(link):
    path, _, anchor = link.partition("#")
    return url_for("guide.chapter", slug=path.rsplit("/", 1)[1], _anchor=anchor or None)


class _Index:
    """The rules' word lists as sets, the rewrites by first word, and the typo corrector."""

    def __init__(self, rules):
        self.fillers = set(rules["fillers"])
        self.negators = set(rules["negators"])
        self.breakers = set(rules["breakers"])
        self.transparent = set(rules["transparent"])
        self.joiners = set(rules["list_joiners"])
        self.closers = set(rules["list_closers"])
        self.after_negators = set(rules["after_negators"])
        self.denying = set(rules["denying"])
        self.numbers = [([re.compile(p, re.ASCII) for p in number["patterns"]], number["signs"])
                        for number in rules["numbers"]]
        self.number_words = rules["number_words"]["values"]
        self.spelled = re.compile(rules["number_words"]["pattern"], re.ASCII)
        others = rules["others"]
        self.others = others and {key: re.compile(p, re.ASCII) for key, p in others.items()}
        past = rules["past"]
        self.past = past and {key: re.compile(p, re.ASCII) for key, p in past.items()}
        self.passing = frozenset(rules["passing"])
        self.questions = rules["questions"] and re.compile(rules["questions"], re.ASCII)
        self.ands = rules["ands"] and re.compile(rules["ands"], re.ASCII)
        self.pauses = rules["pauses"] and re.compile(rules["pauses"], re.ASCII)
        self.mys = rules["mys"] and re.compile(rules["mys"], re.ASCII)
        self.text_words = frozenset(text_words(rules))
        answered = rules["answered_no"]
        self.answered_no = answered and (re.compile(answered["pattern"], re.ASCII),
                                         answered["read_as"])
        # Same shape as the search index's synonyms: longest first, looked up by first word.
        self.rewrite, self.said = (search_text.synonyms_by_first_word(read_as(rules[key]))
                                   for key in ("rewrite", "said"))
        self.corrector = search_text.Corrector(vocabulary(rules), known_words(rules),
                                               keep_first_letter=True)
        # A sign's word typed into a little word without a space (`_apart`): the little words,
        # and the words they may join, the rules' own of four letters or more.
        little = frozenset(rules["run_together"]["either"])
        self.leading = little | set(rules["run_together"]["before"])
        self.trailing = little | set(rules["run_together"]["after"])
        self.joinable = frozenset(w for w in vocabulary(rules) if len(w) >= RUN_TOGETHER_LONG
                                  and w not in little and w not in self.fillers)
        self.phrases = {}  # first word -> [(parts, gap, sign)], each part its forms
        for sign, listed in phrases(rules).items():
            for phrase in listed:
                # A phrase's words side by side; a near phrase's parts up to `near` words apart.
                gap = rules["limits"]["near"] if "~" in phrase else 1
                parts = [part.split("/") for part in phrase.split("~" if gap > 1 else " ")]
                for first in parts[0]:
                    self.phrases.setdefault(first, []).append((parts, gap, sign))
        # A sign told with a negator first ("no air", "no feeling"): its negator -> the words
        # that may follow it, of the signs a combination needs (not one only ever denied with
        # "!", as "no swelling"): a clause opening so tells a sign, not a list of denials.
        needed = {part for flag in rules["flags"] for combination in flag["when"]
                  for sign in combination.split() if not sign.startswith("!")
                  for part in sign.lstrip("=").split("+")}
        self.told_with_negator = {
            negator: {word for parts, _, sign in self.phrases[negator]
                      if sign in needed and len(parts) > 1 for word in parts[1]}
            for negator in self.negators & self.phrases.keys()}


_indexes = {}  # id(rules) -> (rules, _Index); the rules are kept so the id stays theirs


def _index(rules):
    entry = _indexes.get(id(rules))
    if entry is None or entry[0] is not rules:
        if len(_indexes) > 8:
            _indexes.clear()
        entry = _indexes[id(rules)] = (rules, _Index(rules))
    return entry[1]


# Where a clause ends, kept through the words as one mark: an after-negator reads within its
# clause only ("bladder fine" denies; "garbled, fine now" tells a sign that passed). A sentence's
# or a line's end is marked apart: a list of denials does not run on into the next sentence
# ("no hard hat on. now confused").
CLAUSE_END = re.compile(r"(?P<sentence>[.!](?=\s)|\n)\s*|[,;:!?]|\.(?![0-9])")
CLAUSE_MARK = "qclauseq"
SENTENCE_MARK = "qsentenceq"
MARKS = (CLAUSE_MARK, SENTENCE_MARK)


class _Ends(set):
    """Where clauses ended (before which word), and of those where a sentence did."""

    def __init__(self):
        super().__init__()
        self.sentences = set()


def _mark(match):
    return f" {SENTENCE_MARK if match['sentence'] else CLAUSE_MARK} "

REPEATED = re.compile(r"\b([a-z]+)(?: \1\b)+", re.ASCII | re.IGNORECASE)


RUN_TOGETHER_LONG = 4  # the shortest word `_apart` takes out of another


def _apart(index, word):
    """A word the rules do not know read as two when it is one of the rules' words of four
    letters or more run into one of `run_together` ("wristis", "doveto", "limpingtoday"), unless
    a typo correction makes it a word the rules know. The one split whose longer part is longest
    (the first on a tie); real words that would split are shipped as `known` ("island")."""
    if len(word) <= RUN_TOGETHER_LONG or word in index.corrector.known or not word.isalpha():
        return [word]
    best = None
    for cut in range(1, len(word)):
        first, second = word[:cut], word[cut:]
        if ((first in index.leading and _joinable(index, second))
                or (second in index.trailing and _joinable(index, first))):
            if best is None or max(len(first), len(second)) > max(map(len, best)):
                best = [first, second]
    if best is None or _corrected(index, word) != word:
        return [word]
    return best


def _joinable(index, part):
    return part in index.joinable or search_text.stem(part) in index.joinable


def normalise(rules, text):
    """The words of a text as the rules read them: folded, a word repeated in a row once, a
    word run into a little one read as two, the `said` phrases read with their fillers, fillers
    dropped, typo-corrected, rewritten."""
    index, limits = _index(rules), rules["limits"]
    marked = CLAUSE_END.sub(_mark, text[: limits["chars"]])
    # A word said twice for weight is read once ("pain pain", "rip rip"; not "week on week").
    typed = [part for word in search_text.tokens(REPEATED.sub(r"\1", marked))
             for part in _apart(index, word)]
    typed = search_text.apply_synonyms(typed, index.said)
    words = search_text.kept(typed, index.fillers)[: limits["words"]]
    corrected = {}
    for word in words:
        if len(corrected) >= limits["typos"]:
            break
        if _correctable(index, word) and word not in corrected and word not in MARKS:
            corrected[word] = _corrected(index, word)
    words = [corrected.get(word, word) for word in words]
    return search_text.apply_synonyms(words, index.rewrite)


def _corrected(index, word):
    """A word's typo corrected; with its "g" put back when it was dropped besides ("stadnin" is
    "standing", "tinlgin" "tingling"). Only a word not `known` is given to it (`_correctable`,
    `_apart`): "terrain" is shipped as known, so it is never "tearing"."""
    fixed = index.corrector.correct(word)
    if fixed == word and len(word) > 3 and word.endswith("in"):
        again = index.corrector.correct(word + "g")
        if again in index.corrector.known:
            return again
    return fixed


def _negated(rules, index, words, start, end, ends):
    """Whether a negator comes shortly before words[start] ("no fever"), or an after-negator
    right after words[end - 1] in its clause ("bladder fine"; not "garbled, fine now": `ends`
    are the positions a clause ended before), no breaker between, or a negator ending the clause
    there ("fever no,": `_denied_after`). A negator before the clause counts only when the
    clause is a list's item (`_clause_start`); a phrase that is itself a denial ("no reason") is
    not undone by one before it ("no fall no reason")."""
    before = None if words[start] in index.negators else _scan(
        index, words, range(start - 1, -1, -1), rules["limits"]["negation"], index.negators,
        _clause_start(rules, index, words, start, ends))
    if before is not None:
        return before
    return (_scan(index, words, range(end, len(words)), rules["limits"]["after"],
                  index.after_negators, ends) is True
            or _denied_after(index, words, start, end, ends))


def _denied_after(index, words, start, end, ends):
    """Whether a negator ends the clause right after words[start:end], which are not a denial
    themselves (a negator or a `denying` word among them) nor across a clause's end: "fever no,
    swelling no" (not "cant put weight no", nor "walk cant, put weight no": both say it twice)."""
    if (any(w in index.negators or w in index.denying for w in words[start:end])
            or any(i in ends for i in range(start + 1, end))):
        return False
    at = next((i for i in range(end, len(words)) if i in ends or words[i] not in index.transparent),
              len(words))
    return (at < len(words) and at not in ends and words[at] in index.negators
            and (at + 1 == len(words) or at + 1 in ends))


def _clause_start(rules, index, words, start, ends):
    """Where a negation read back from words[start] stops: the last word of the clause before,
    unless words[start]'s clause is short enough to be a list's item ("no fever, numbness or
    tingling"; not "without dieting, trousers falling off me") after a denied one, and the list
    was not closed ("no fall or anything, aches most days") and is a list: the clause before
    opens with its negator ("no fever,") or is an item itself ("no fever, rash, numbness"), not
    "a rash that doesnt fade, fever", nor "no air, sweating a lot", whose first clause tells a
    sign (`told_with_negator`): nowhere then.
    A negator that ends its clause denies what came before it, not a list ("paracetamol didnt
    help, stars in my eyes")."""
    begin = max((end for end in ends if end <= start), default=0)
    stop = min((end for end in ends if end > start), default=len(words))
    clause = words[begin:stop]
    counted = sum(word not in index.transparent for word in clause)
    limit = rules["limits"]["listed" if index.joiners & set(clause) else "list_item"]
    last = next((words[i] for i in range(begin - 1, -1, -1) if words[i] not in index.transparent),
                None)
    listed = (counted <= limit and last not in index.negators and last not in index.closers
              and begin not in ends.sentences)
    if listed:
        before = max((end for end in ends if end < begin), default=0)
        said = [word for word in words[before:begin] if word not in index.transparent]
        # A clause that tells a sign with a negator ("no air, sweating a lot") lists nothing.
        told = len(said) > 1 and said[1] in index.told_with_negator.get(said[0], ())
        listed = bool(said) and not told and (said[0] in index.negators or len(said) <= limit)
    return frozenset() if listed else frozenset({begin - 1})


def _scan(index, words, positions, limit, negators, ends=frozenset()):
    """True at a negator, False at a breaker, None when `limit` counted words pass by first
    (transparent words are not counted, nor an item of a list: a word before "or") or at a
    clause's end."""
    counted = 0
    for i in positions:
        if counted >= limit or i in ends:
            return None
        if words[i] in negators:
            return True
        if words[i] in index.breakers:
            return False
        if words[i] not in index.transparent and not (
                i + 1 < len(words) and words[i + 1] in index.joiners):
            counted += 1
    return None


def signs(rules, words):
    """The set of sign ids found in normalised words: each phrase's parts in order, each up to
    its gap after the one before ("face feels droopy", "foot has gone white"), no negator between
    the parts of a near phrase ("mouth is not droopy"; a part may be one: "shirts dont fit"), a
    plain phrase within one clause, the first not negated."""
    found, index = set(), _index(rules)
    ends, plain = _Ends(), []  # where a clause ended: before which word of the words without marks
    for word in words:
        if word in MARKS:
            ends.add(len(plain))
            if word == SENTENCE_MARK:
                ends.sentences.add(len(plain))
        else:
            plain.append(word)
    words = plain
    for start, word in enumerate(words):
        for parts, gap, sign in index.phrases.get(word, ()):
            if sign in found:
                continue
            at, hits = start, {start}
            for part in parts[1:]:
                at = next((i for i in range(at + 1, min(at + 1 + gap, len(words)))
                           if words[i] in part), None)
                if at is None:
                    break
                hits.add(at)
            else:
                # A negator between the parts, not one of them ("shirts dont fit" says it).
                if ((gap < 2 or not any(words[i] in index.negators
                                        for i in range(start + 1, at) if i not in hits))
                        # A phrase of words side by side does not run across a clause's end
                        # ("after kick the ball, hurts to squeeze" is no "ball hurts").
                        and (gap > 1 or not any(i in ends for i in range(start + 1, at + 1)))
                        and not _negated(rules, index, words, start, at + 1, ends)):
                    found.add(sign)
    return found


# What ends a clause of the person's past (kept by re.split: the pieces between are clauses).
PAST_CLAUSE = r"([.,;:!?\n]|\bbut\b|\bthough\b)"


def own_text(rules, text):
    """The folded text without what is someone else's trouble ("my aunt had cancer, I just
    have a sore knee" is about a knee): the clauses the data's `others` describe, not happening
    now, beside the person's own words (any of `self` after a history, their `own` complaint
    after a present trouble: "dad has a clot, I have a sore knee"); without the data's
    `questions` ("is this normal" asks, it denies nothing) and an opener ("hi"); with a question
    answered no read as denied (`answered_no`: "fever? no." is "fever fine,"); with a dash, dots
    or a dictated "full stop" read as a comma (`pauses`); with "&" or "n" read as "and"
    (`ands`); and its misspelt words first corrected toward the words all these read
    (`_spelled`)."""
    folded, index = search_text.fold(text[: rules["limits"]["chars"]]), _index(rules)
    folded = _spelled(rules, index, folded)
    if index.pauses:
        folded = index.pauses.sub(", ", folded)
    if index.questions:
        folded = index.questions.sub(" ", folded)
    if index.answered_no:
        folded = index.answered_no[0].sub(index.answered_no[1], folded)
    if index.ands:
        folded = index.ands.sub(" and ", folded)
    if index.mys:
        folded = index.mys.sub("my ", folded)
    others = index.others
    for clause, theirs in (((others["clause"], others["self"]), (others["present"], others["own"]))
                           if others else ()):
        for match in reversed(list(clause.finditer(folded))):
            rest = folded[: match.start()] + folded[match.end():]
            if not _acute(others, _told(match, folded, theirs)) and theirs.search(rest):
                folded = rest
    return _without_past(rules, index, folded)


def _told(match, folded, theirs):
    """Someone else's history and what the writer goes on to say of them, whole clauses up to
    the one in which they turn to themselves ("dad had a fall, his leg looks shorter and he cant
    walk, also my shoulder is stiff": the fall is happening now; "gran had a fall, now my back
    is sore": the "now" is the writer's)."""
    after = folded[match.end():]
    turn = theirs.search(after)
    if turn is None:
        return match.group() + after
    return match.group() + " ".join(re.split(PAST_CLAUSE, after[: turn.start()])[:-1])


def _correctable(index, word):
    """Whether a typo correction may touch a word: long enough, and not one the rules know."""
    return search_text.allowed_typos(len(word)) and word not in index.corrector.known


def _spelled(rules, index, folded):
    """The folded text with its misspelt words corrected in place where the correction is one
    of the words read in the text itself (`text_words`: someone else's history, a past, a
    question, a number's words), so "had a melnaoma removed" keeps its melanoma, "my parnter
    had cancer" is the partner's and "dauhgter 4" a child; a word with its "g" dropped is the
    word the rules know ("mornin", "movin"). Other words stay as typed for the text's own
    patterns ("stretched"), and so does a plural unless its correction is a plural too and its
    singular a typo of the correction's ("my sholuders" are my shoulders; "brothers" is not
    made "brother", nor "christens" "christmas": "christen" is a real word; an "-es" plural,
    whose singular is hard to tell, stays too: "pitches" is not "patches")."""
    done = 0

    def correct(match):
        nonlocal done
        word = match.group()
        if done >= rules["limits"]["typos"] or word in index.corrector.known:
            return word
        if len(word) > 3 and word.endswith("in") and word + "g" in index.corrector.known:
            done += 1  # its "g" dropped: "mornin", "lyin still or movin"
            return word + "g"
        if not _correctable(index, word):
            return word
        fixed = index.corrector.correct(word)
        if fixed == word or fixed not in index.text_words:
            return word
        base = search_text.stem(word)  # a plural: its singular a typo of the correction's too
        if base != word and (word.endswith("es") or search_text.stem(fixed) == fixed
                             or base in index.corrector.known
                             or index.corrector.correct(base) != search_text.stem(fixed)):
            return word
        done += 1
        return fixed

    return re.sub(r"[a-z]+", correct, folded)


def _acute(others, text):
    """Whether a clause says its trouble is happening now ("cant stand", "yesterday"), not that
    it is over ("shes ok now")."""
    return bool(others["acute"].search(others["settled"].sub(" ", text)))


def _without_past(rules, index, folded):
    """The folded text without the person's own trouble long over: a clause the data's `past`
    puts years back or says went ("had a TIA 5 years ago", "a fever last month that went"),
    unless it says it is happening now (`others.acute`) or names what keeps it (`past.keeps`:
    "had breast cancer 10 years ago", "a clot years ago", "on and off for years"; the words of
    `past.quiet` do not: "a mini stroke in 2015, no problems since"), or, said only to have gone,
    names a trouble that counts once passed (`_passed`)."""
    past = index.past
    if not past:
        return folded
    pieces = re.split(PAST_CLAUSE, _time_ends(past, _history_starts(past, folded)),
                      flags=re.ASCII)
    return "".join(" " if i % 2 == 0 and past["clause"].search(piece)
                   and not past["keeps"].search(past["quiet"].sub(" ", piece))
                   and not (index.others and _acute(index.others, past["went"].sub(" ", piece)))
                   and not _passed(rules, index, piece)
                   else piece for i, piece in enumerate(pieces))


def _passed(rules, index, piece):
    """Whether a clause said only to have gone, with no time putting it back, names a trouble
    that counts even once it has passed (`passing`: "my face drooped and went away" is a stroke's
    warning; "a face droop in 2015, fine since" is history)."""
    return bool(index.passing and not index.past["times"].search(piece)
                and index.passing & signs(rules, normalise(rules, piece)))


def _history_starts(past, folded):
    """The folded text with a clause begun where a history starts (`past.starts`: "was told",
    "broke"), the last such words before a time that puts it back, when the writer said something
    before them: unpunctuated, "sudden back pain dizzy n sweaty im 68 was told years ago i had a
    swollen artery" puts back the telling, not the pain."""
    cuts = set()
    for match in past["times"].finditer(folded):
        before = re.split(PAST_CLAUSE, folded[: match.start()])[-1]
        opens = list(past["starts"].finditer(before))
        if opens and re.search("[a-z]", before[: opens[-1].start()]):
            cuts.add(match.start() - len(before) + opens[-1].start())
    for cut in sorted(cuts, reverse=True):
        folded = folded[:cut] + "\n" + folded[cut:]
    return folded


def _time_ends(past, folded):
    """The folded text with a clause ended after each time that puts a trouble back, when words
    come before it in its clause and after it: unpunctuated, "had a tia 5 yrs ago all fine since
    now ive got tennis elbow" is two clauses ("5 years ago i had a stroke" stays one)."""
    def end(match):
        before = re.split(PAST_CLAUSE, folded[: match.start()])[-1]
        after = re.split(PAST_CLAUSE, folded[match.end():])[0]
        return match.group() + ("\n" if re.search("[a-z]", before) and re.search("[a-z]", after)
                                and not past["goes_on"].match(after) else "")
    return re.sub(past["clause"], end, folded)


def digits(rules, folded):
    """Numbers written in words as digits ("fifty-eight" is 58), for the number patterns."""
    index = _index(rules)

    def value(match):
        ten, unit, alone = match.groups()
        if ten:
            return str(index.number_words[ten] + index.number_words[unit])
        return str(index.number_words[alone])
    return index.spelled.sub(value, folded)


def number_signs(rules, text):
    """The signs numbers give ("39.5" a fever, "im 67" over 50), read in the folded text with
    numbers in words as digits; a pattern without ranges counts whenever it matches ("for
    weeks") unless a negator denies it, as a phrase ("not on the pill")."""
    found, index = set(), _index(rules)
    folded = digits(rules, search_text.fold(text[: rules["limits"]["chars"]]))
    for patterns, signs_of in index.numbers:
        for pattern in patterns:
            for match in pattern.finditer(folded):
                for sign, *bounds in signs_of:
                    if (bounds[0] <= float(match.group(1)) <= bounds[1] if bounds
                            else not _denied_before(rules, index, folded, match)):
                        found.add(sign)
    return found


CLAUSE = r"[.,;:!?\n]|\bbut\b"  # what ends a clause, in the folded text


def _denied_before(rules, index, folded, match):
    """Whether a negator comes shortly before a pattern's match in its clause, read as before a
    phrase (`_scan`): "not on the pill", "no swelling on his balls"; a match that is a denial
    itself ("cant get my chin to my chest") is not undone by one before it."""
    said = search_text.words(match.group(), index.fillers)
    if said and said[0] in index.negators:
        return False
    before = search_text.words(re.split(CLAUSE, folded[: match.start()], flags=re.ASCII)[-1],
                               index.fillers)
    return _scan(index, before, range(len(before) - 1, -1, -1), rules["limits"]["negation"],
                 index.negators) is True


def _clauses(rules, folded):
    """The folded text's clauses; one of a word or none joins the next ("my chest. so heavy")."""
    clauses, held = [], ""
    for clause in re.split(CLAUSE, folded, flags=re.ASCII):
        held = f"{held} {clause}"
        if len(search_text.words(clause, _index(rules).fillers)) > 1:
            clauses.append(held)
            held = ""
    return [*clauses, held]


def _raised(flag, found, clauses):
    """Whether one of the flag's combinations (signs joined by spaces) holds: each sign found,
    each "!sign" not, each "sign+sign" in one same clause ("upper-body+pain": the shoulder is
    the one that hurts, not the calves of "calves tight, shoulder a bit stiff"); one that starts
    "=" only when all its signs are found in one same clause."""
    def holds(sign, where):
        if sign[0] == "!":
            return sign[1:] not in found
        if "+" in sign:
            return any(set(sign.split("+")) <= clause for clause in clauses)
        return sign in where

    return any(all(holds(sign, where) for sign in combination.lstrip("=").split())
               for combination in flag["when"]
               for where in (clauses if combination[0] == "=" else [found]))


def _found(rules, text):
    """The signs a text names: in its words and numbers, and clause by clause."""
    text = own_text(rules, text)
    found = signs(rules, normalise(rules, text)) | number_signs(rules, text)
    return found, [signs(rules, normalise(rules, clause)) for clause in _clauses(rules, text)]


def _warnings(rules, found, clauses):
    return [{key: flag[key] for key in FIELDS if key in flag} for flag in rules["flags"]
            if _raised(flag, found, clauses)]


def assess(rules, text):
    """The warnings a text raises, most severe first, each flag once.

    Each is {id, level, label, title, message, url}: what templates/_red_flags.html renders.
    """
    return _warnings(rules, *_found(rules, text))


def answer(rules, text):
    """The warnings; whether they hold back the muscles and routines until the person says
    they have ruled it out (an emergency: the call comes first); and whether the place named
    should be asked about in full (`ask`: the text names something that makes a warning worth
    asking about, an age, a past cancer, numbness..., and raises no warning at the data's
    `ask_inline.unless` levels: an emergency's call comes first)."""
    found, clauses = _found(rules, text)
    warnings = _warnings(rules, found, clauses)
    ask = rules["ask_inline"]
    return {"warnings": warnings,
            "hold_results": any(w["level"] in rules["hold_results"] for w in warnings),
            "ask": (not found.isdisjoint(ask["signs"])
                    and not any(w["level"] in ask["unless"] for w in warnings))}


def for_region(rules, region_id, *wider):
    """The warnings a body map region page shows first, most severe first: its own and those
    of the `wider` regions it is part of (the temple shows the head's; None for none), each
    flag once."""
    ids = {region_id, *wider} - {None}
    return [_warning(flag) for flag in rules["flags"] if ids & set(flag["regions"])]


def for_flags(rules, flag_ids):
    """The warnings of these flags, most severe first, each once (the whole body's checklist,
    red-flags.yaml `whole_body`)."""
    ids = set(flag_ids)
    return [_warning(flag) for flag in rules["flags"] if flag["id"] in ids]


def _warning(flag):
    return {key: flag[key] for key in FIELDS}

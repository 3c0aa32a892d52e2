"""The shapes of the content files, validated when the app starts."""

import re
from typing import Annotated, Literal, NamedTuple

from pydantic import BaseModel, ConfigDict, Field, StringConstraints, model_validator

Slug = Annotated[str, StringConstraints(pattern=r"^[a-z0-9]+(?:-[a-z0-9]+)*$", max_length=60)]
Key = Annotated[str, StringConstraints(pattern=r"^[a-z0-9]+(?:[_-][a-z0-9]+)*$", max_length=40)]
Text = Annotated[str, StringConstraints(strip_whitespace=True, min_length=1)]
Phrase = Annotated[str, StringConstraints(strip_whitespace=True, min_length=2, max_length=80)]

NUMBER = re.compile(r"-?\d+(?:\.\d+)?")  # coordinates in the figure's path data (all pairs)

REGION_IDS = (
    "head", "forehead", "temple", "eye", "ear", "jaw", "back-of-head", "neck", "shoulders",
    "upper-back", "chest", "arms", "elbows", "forearms", "hands", "abdomen", "low-back",
    "buttocks", "hips", "thighs", "knees", "calves", "shins", "ankles", "feet",
    "heel", "sole", "foot-top", "toes",
)  # fmt: skip
RegionId = Literal[REGION_IDS]

MUSCLE_GROUPS = {
    "head-neck": "Head and neck",
    "shoulder-upper-back": "Shoulder and upper back",
    "arm-hand": "Arm, forearm and hand",
    "chest-abdomen": "Chest and abdomen",
    "low-back-hip": "Low back and hip",
    "leg-foot": "Thigh, leg and foot",
}

TOOLS = {
    "thumb": "Thumb or fingers",
    "pincer": "Pincer grip",
    "ball-wall": "Ball against a wall",
    "ball-floor": "Ball on the floor or bed",
    "ball-table": "Ball on a table",
    "cane": "Hook or cane tool",
    "roller": "Foam roller",
    "two-balls": "Two balls in a sock",
    "foot-ball": "Ball under the foot",
    "stretch": "Stretch and slow breathing, no pressing",
}


class Range(NamedTuple):
    min: int
    max: int


# The timer's dose limits and the time of one stroke: the one definition. /timer-data.json carries
# them to the browser (timer.timer_data), whose timer-core.js clamps and validates with them.
TIMER_LIMITS = {
    "seconds": Range(20, 90),  # one hold, or one side's strokes
    "strokes": Range(6, 15),
    "rest": Range(0, 60),
    "rounds": Range(1, 5),
}
STROKE_SECONDS = 4  # one slow stroke, as the dose sources describe (3-5 s)


def within(name, **kwargs):
    """A pydantic Field bounded by one of TIMER_LIMITS."""
    low, high = TIMER_LIMITS[name]
    return Field(ge=low, le=high, **kwargs)


class Strict(BaseModel):
    model_config = ConfigDict(frozen=True, extra="forbid")


class SourceRef(Strict):
    """A pointer into sources.yaml, with where in that work to look."""

    ref: Key
    part: Text | None = None  # a chapter or section by title; never a guessed page number


class FrontMatter(Strict):
    title: Text
    slug: Slug
    summary: Text
    order: int | None = None
    widget: Literal["practice"] | None = None
    sources: tuple[SourceRef, ...] = ()  # required for guide chapters (the loader checks)


class Zones(Strict):
    primary: tuple[RegionId, ...] = Field(min_length=1)
    secondary: tuple[RegionId, ...] = ()


class Treatment(Strict):
    tools: tuple[Literal[tuple(TOOLS)], ...] = Field(min_length=1)
    position: Text
    technique: Text
    dose: Text


class TimerPreset(Strict):
    mode: Literal["hold", "strokes"]
    seconds: int = within("seconds")
    strokes: int = within("strokes")
    rest: int = within("rest")
    rounds: int = within("rounds")
    sides: bool


class Point(Strict):
    view: Literal["front", "back"]
    x: float = Field(ge=0, le=100)
    y: float = Field(ge=0, le=440)


class Muscle(Strict):
    slug: Slug
    name: Text
    anatomical: Text
    also_called: tuple[Phrase, ...] = ()
    region: Literal[tuple(MUSCLE_GROUPS)]
    summary: Text
    trigger_points: Text
    how_to_find: Text
    referral: Text
    referral_zones: Zones
    referral_terms: tuple[Phrase, ...] = Field(min_length=1)
    complaints: tuple[Phrase, ...] = Field(min_length=1)
    treatment: Treatment
    timer: TimerPreset
    avoid: Text
    cautions: tuple[Key, ...]  # keys into cautions.yaml; may be empty, never left out
    pincer_only: bool
    stretch: Text
    related: tuple[Slug, ...] = ()
    points: tuple[Point, ...] = Field(min_length=1)
    sources: tuple[SourceRef, ...] = Field(min_length=1)

    @property
    def group_label(self):
        return MUSCLE_GROUPS[self.region]

    @property
    def tool_labels(self):
        return [TOOLS[tool] for tool in self.treatment.tools]


class Source(Strict):
    """One work in sources.yaml: the full citation, and a link where one is public."""

    citation: Text
    url: Annotated[str, StringConstraints(pattern=r"^https://\S+$")] | None = None


class DangerRule(Strict):
    """Pressing text that mentions any phrase (in these muscle groups, if given) needs the
    caution."""

    mentions: tuple[Phrase, ...] = Field(min_length=1)
    groups: tuple[Literal[tuple(MUSCLE_GROUPS)], ...] = ()


class Caution(Strict):
    title: Text  # short: what routine steps and the timer show
    text: Text  # the whole warning, shown on muscle and routine pages
    required_when: tuple[DangerRule, ...] = ()


class Step(Strict):
    """A routine's step. A hold states its seconds; a stroke step states its strokes only, and
    its seconds are computed (strokes x STROKE_SECONDS), as the browser computes them."""

    muscle: Slug
    side: Literal["left", "right", "none"]
    mode: Literal["hold", "strokes"]
    seconds: int = within("seconds")
    strokes: int | None = within("strokes", default=None)
    instruction: Annotated[str, StringConstraints(strip_whitespace=True, min_length=10,
                                                  max_length=170)]

    @model_validator(mode="before")
    @classmethod
    def _stroke_seconds(cls, data):
        if not isinstance(data, dict):
            return data
        if data.get("mode") == "strokes":
            if "seconds" in data:
                raise ValueError("a stroke step states its strokes; its seconds are computed")
            strokes = data.get("strokes")
            if isinstance(strokes, int) and not isinstance(strokes, bool):
                return {**data, "seconds": strokes * STROKE_SECONDS}
            raise ValueError("a stroke step needs a whole number of strokes")
        if data.get("mode") == "hold" and data.get("strokes") is not None:
            raise ValueError("a hold states its seconds, not strokes")
        return data


class Routine(Strict):
    slug: Slug
    title: Text
    summary: Text
    for_: tuple[Phrase, ...] = Field(alias="for", min_length=1)
    rest: int = within("rest")
    steps: tuple[Step, ...] = Field(min_length=2, max_length=20)

    @property
    def total_seconds(self):
        return sum(step.seconds for step in self.steps) + self.rest * (len(self.steps) - 1)


class Region(Strict):
    id: RegionId
    label: Text
    aliases: tuple[Phrase, ...] = ()
    part_of: RegionId | None = None  # the wider region whose page lists this one's muscles too
    # A part too small to draw (the heel): a section of its wider region's page, not a page.
    section: bool = False
    rank: tuple[Slug, ...] = ()  # the muscles tagged here, most likely first (the loader checks)

    @model_validator(mode="after")
    def _a_section_is_part_of_a_region(self):
        if self.section and self.part_of is None:
            raise ValueError(f"'{self.id}' is a section, so it names the region it is part_of")
        return self

    @property
    def page(self):
        """The region whose page shows this one: its own, or for a section its wider one's."""
        return self.part_of if self.section else self.id

    @property
    def anchor(self):
        return f"#{self.id}" if self.section else ""


class BodyView(Strict):
    viewbox: Text | None = None  # when it differs from the body's (the larger head view)
    outline: Text
    details: tuple[Text, ...] = ()
    regions: dict[RegionId, Text]
    head_area: Text | None = None  # the whole head: on the map it opens the head view
    labels: dict[RegionId, tuple[float, float, Text]] = {}  # words at x, y; "|" breaks a line
    # Squares a thumb can hit for regions drawn too thin or narrow (scripts/make_body.py).
    taps: dict[RegionId, Text] = {}

    @model_validator(mode="after")
    def _taps_are_for_regions_drawn_here(self):
        stray = [region_id for region_id in self.taps if region_id not in self.regions]
        if stray:
            raise ValueError(f"taps: '{stray[0]}' is not drawn in this view")
        return self


class Body(Strict):
    viewbox: Text
    views: dict[Literal["front", "back", "head"], BodyView]
    regions: tuple[Region, ...]
    # Regions too small to tap on the whole body: the map links them from the head view only.
    zoomed: tuple[RegionId, ...] = ()

    @model_validator(mode="after")
    def _zoomed_regions_are_in_the_head_view(self):
        head = self.views.get("head")
        missing = [r for r in self.zoomed if head is None or r not in head.regions]
        if missing:
            raise ValueError(f"zoomed: '{missing[0]}' is not drawn in the head view")
        return self

    def crop(self, view, region_ids, paths=(), points=(), margin=10, least=90):
        """A viewBox around these regions, paths and points of a view, both sides: a muscle of
        the jaw gets the head drawn large, one that sends pain from hip to ankle the whole leg.
        At least `least` units each way, so there is always some body around the marks."""
        shape = self.views[view]
        numbers = [float(n) for region_id in region_ids if region_id in shape.regions
                   for n in NUMBER.findall(shape.regions[region_id])]
        numbers += [float(n) for path in paths for n in NUMBER.findall(path)]
        numbers += [value for point in points for value in (point.x, point.y)]
        if not numbers:
            return self.viewbox
        xs, ys = numbers[0::2], numbers[1::2]
        xs += [200 - x for x in xs]  # muscles and points are given for one side
        _, _, width, height = (float(n) for n in self.viewbox.split())
        box = []
        for low, high, limit in ((min(xs), max(xs), width), (min(ys), max(ys), height)):
            size = min(limit, max(high - low + 2 * margin, least))
            start = min(max((low + high - size) / 2, 0), limit - size)
            box += [round(start), round(size)]
        return f"{box[0]} {box[2]} {box[1]} {box[3]}"


class MuscleShape(Strict):
    """A muscle's outline in the figure's coordinates, per view it can be seen from."""

    deep: bool = False  # lies under other muscles: drawn dashed and lighter
    views: dict[Literal["front", "back"], Text] = Field(min_length=1)


class MuscleShapes(Strict):
    shapes: dict[Slug, MuscleShape]


PathData = Annotated[str, StringConstraints(pattern=r"^M[-0-9 .MCSLZ]+Z$")]


class ReferralZones(Strict):
    """Where one muscle sends pain in one view: the core zone and the spill-over, as path data
    on the side drawn at x <= 100 (front and back) or in the head view's own coordinates."""

    primary: PathData | None = None
    secondary: PathData | None = None

    @model_validator(mode="after")
    def _something_drawn(self):
        if self.primary is None and self.secondary is None:
            raise ValueError("a view with a pain pattern draws a primary or secondary zone")
        return self

    @property
    def paths(self):
        return [p for p in (self.primary, self.secondary) if p]


class ReferralShapes(Strict):
    referral: dict[Slug, dict[Literal["front", "back", "head"], ReferralZones]]


class Practice(Strict):
    name: str = ""
    tagline: str = ""
    phone: str = ""
    email: str = ""
    booking_url: Annotated[str, StringConstraints(pattern=r"^(https://\S+)?$")] = ""
    address: str = ""
    # The number an emergency warning's call button dials; empty: 112, 911 and 999 are shown.
    emergency_number: Annotated[str, StringConstraints(pattern=r"^(\+?[0-9]{2,15})?$")] = ""
    default_text: Text


Colour = Annotated[str, StringConstraints(pattern=r"^#[0-9a-f]{6}$")]


class PainScale(Strict):
    none: Text
    worst: Text


class AppInfo(Strict):
    name: Text
    short_name: Annotated[str, StringConstraints(min_length=1, max_length=15)]
    description: Text
    lang: Text
    theme_light: Colour
    theme_dark: Colour
    background_light: Colour
    background_dark: Colour
    pain_scale: PainScale


class SearchSpec(Strict):
    examples: tuple[Phrase, ...] = Field(min_length=1, max_length=8)
    fillers: tuple[str, ...]
    stopwords: tuple[str, ...]
    common_words: tuple[str, ...] = ()
    place_words: tuple[str, ...] = ()
    feelings: tuple[Phrase, ...] = ()
    synonyms: dict[Phrase, tuple[Phrase, ...]]


# Red flags (content/red-flags.yaml), most severe level first.
LEVELS = ("emergency", "today", "soon")
Level = Literal[LEVELS]
Word = Annotated[str, StringConstraints(pattern=r"^[a-z0-9]+$")]
Words = Annotated[str, StringConstraints(pattern=r"^[a-z0-9]+(?: [a-z0-9]+)*$")]
SafetyLink = Annotated[str, StringConstraints(pattern=r"^/guide/safety(#[a-z0-9-]+)?$")]
EMERGENCY_WORDS = "local emergency number now"
# One plain line a person answers yes or no to: short enough for a phone, and a question.
Question = Annotated[str, StringConstraints(pattern=r"^[^\n]{8,100}\?$")]
# A sign in a flag's combination; "!sign" means that sign must be absent ("warm" counts
# towards a clot unless a heat pack explains it), "sign+sign" that they are found in one same
# clause; a combination's first sign may start "=" (all its signs in one clause).
SignRef = Annotated[str, StringConstraints(
    pattern=r"^[!=]?[a-z0-9]+(?:-[a-z0-9]+)*(?:\+[a-z0-9]+(?:-[a-z0-9]+)*)*$")]


class Sign(Strict):
    phrases: tuple[Phrase, ...] = ()


class NumberSign(Strict):
    """A number read as a sign: a temperature as a fever, an age as over 50 or a child."""

    sign: Slug
    # Regular expressions on the folded text, the same in Python and JS (ASCII, no lookbehind);
    # group 1 is the number, counted when it falls in one of the ranges. Without ranges, any
    # match counts ("for weeks").
    patterns: tuple[str, ...] = Field(min_length=1)
    ranges: tuple[tuple[float, float], ...] = ()

    @model_validator(mode="after")
    def _patterns_compile(self):
        for pattern in self.patterns:
            if self.ranges and re.compile(pattern, re.ASCII).groups < 1:
                raise ValueError(f"'{pattern}' needs a group for the number")
        return self


class RedFlag(Strict):
    id: Slug
    level: Level
    title: Text
    question: Question
    message: Text
    regions: tuple[RegionId, ...] = Field(min_length=1)
    link: SafetyLink
    when: tuple[tuple[SignRef, ...], ...] = Field(min_length=1)
    # Flags of one topic (three about cancer in the past) share one row of a checklist where
    # more than one of them is asked: the group's question (RedFlags.ask_groups).
    ask_group: Slug | None = None

    @model_validator(mode="after")
    def _emergency_says_call_now(self):
        if self.level == "emergency" and EMERGENCY_WORDS not in self.message:
            raise ValueError(f"an emergency message must say '{EMERGENCY_WORDS}'")
        return self


class Others(Strict):
    """Someone else's history, told beside the person's own (content/red-flags.yaml)."""

    who: tuple[Words, ...] = ()
    # Whose: "my friends son", "my sisters husband" (one of these or a `who` after a `who`).
    relations: tuple[Words, ...] = ()
    verbs: tuple[Words, ...] = ()
    present: tuple[Words, ...] = ()
    conditions: tuple[Words, ...] = ()
    acute: tuple[Words, ...] = ()
    settled: tuple[Words, ...] = ()  # say a time word tells it is over: "ok now"
    ends: tuple[Words, ...] = ()  # the writer turns to themselves: "im asking for me"
    self: tuple[Words, ...] = ()
    own: tuple[Words, ...] = ()
    # Signs naming a body part: "my" and one of their words is the writer's own complaint too.
    parts: tuple[Slug, ...] = ()
    # Signs naming a condition: their phrases are `conditions` too ("my husband has leukaemia").
    condition_signs: tuple[Slug, ...] = ()
    # Words that speak of someone else ("he", "her", "my son"): a body part named without any
    # of them, nor a `who`, after a condition they live with, is the writer's own.
    third: tuple[Words, ...] = ()


class Past(Strict):
    """The person's own trouble, long over (content/red-flags.yaml `past`): a clause matching
    one of `patterns` ("5 years ago", "in 2010") or naming one of `went` ("a fever that went")
    is left out, unless it names one of `keeps` (a lasting risk, or that it goes on). In such a
    clause, the words of `quiet` ("no problems since") do not count as `keeps`. Unpunctuated, a
    clause ends after its time, unless what follows goes on from it (`goes_on`: "and", "for")."""

    patterns: tuple[str, ...] = ()
    went: tuple[Words, ...] = ()
    quiet: tuple[Words, ...] = ()
    keeps: tuple[Words, ...] = ()
    goes_on: tuple[Words, ...] = ()
    starts: tuple[Words, ...] = ()  # where a history begins, unpunctuated: "was told years ago"
    # Signs whose trouble counts once it has passed: a clause said only to have gone ("my face
    # drooped and went away"), with no time putting it back, is kept when it names one.
    passing: tuple[Slug, ...] = ()

    @model_validator(mode="after")
    def _patterns_compile(self):
        for pattern in self.patterns:
            re.compile(pattern, re.ASCII)
        return self


class AnsweredNo(Strict):
    """A question answered no, as a checklist asks it ("fever? no. swelling? nope."): one of
    `answers` alone after a question mark is read as `read_as`, one of the after-negators,
    right after what was asked (content/red-flags.yaml `answered_no`)."""

    answers: tuple[Word, ...] = ()
    read_as: Word | None = None


class RunTogether(Strict):
    """Words a sign's word is typed into without a space (content/red-flags.yaml
    `run_together`): little words on either side ("wristis", "nofever"), words only in front
    ("lowback") and words only behind ("backtrouble", "knifepain")."""

    either: tuple[Word, ...] = ()
    before: tuple[Word, ...] = ()
    after: tuple[Word, ...] = ()


class AskInline(Strict):
    """When a search asks its place's checklist in full (content/red-flags.yaml `ask_inline`):
    one of `signs` found, and no warning at one of the `unless` levels."""

    unless: tuple[Level, ...] = ()
    signs: tuple[Slug, ...] = ()


class WholeBody(Strict):
    """The checklist a search asks where what was typed names no place (content/red-flags.yaml
    `whole_body`): these flags' questions, their answer kept under `id`."""

    id: Slug
    label: Text
    flags: tuple[Slug, ...] = Field(min_length=1)


class RedFlags(Strict):
    levels: dict[Level, Text]
    region_intro: Text
    fillers: tuple[Word, ...]
    negators: tuple[Word, ...]
    breakers: tuple[Word, ...]
    transparent: tuple[Word, ...]
    list_joiners: tuple[Word, ...] = ()
    list_closers: tuple[Word, ...] = ()
    after_negators: tuple[Word, ...] = ()
    denying: tuple[Word, ...] = ()
    others: Others = Others()
    past: Past = Past()
    questions: tuple[Words, ...] = ()
    openers: tuple[Words, ...] = ()  # a greeting at the start: "hi 30 wks"
    # Word starts that make an opener the start of a complaint: "morning stiffness"
    openers_named: tuple[Word, ...] = ()
    ands: tuple[str, ...] = ()  # read as "and": "&", "n" ("arm n leg")
    pauses: tuple[str, ...] = ()  # read as a comma: "-" between spaces, "..", "full stop"
    mys: tuple[Word, ...] = ()  # read as "my" before what the rules read after it: "me back"
    answered_no: AnsweredNo = AnsweredNo()
    hold_results: tuple[Level, ...] = ()
    ask_inline: AskInline = AskInline()
    whole_body: WholeBody | None = None
    numbers: tuple[NumberSign, ...] = ()
    number_words: dict[Word, int] = {}
    rewrite: dict[str, tuple[Phrase, ...]] = {}
    # Words of other languages mixed into English, read as the English: "pecho", "dard"
    borrowed: dict[str, tuple[Phrase, ...]] = {}
    # Phrases read with every word, fillers too, before the fillers go: "side by side"
    said: dict[str, tuple[Phrase, ...]] = {}
    known_words: tuple[Word, ...] = ()
    # Words a sign's word is typed into without a space: "wristis", "doveto", "lowback"
    run_together: RunTogether = RunTogether()
    signs: dict[Slug, Sign]
    flags: tuple[RedFlag, ...] = Field(min_length=1)
    ask_groups: dict[Slug, Question] = {}

    @model_validator(mode="after")
    def _consistent(self):
        grouped = {flag.ask_group for flag in self.flags} - {None}
        if unknown := grouped - set(self.ask_groups):
            raise ValueError(f"flags: unknown ask_group '{sorted(unknown)[0]}'")
        if unused := set(self.ask_groups) - grouped:
            raise ValueError(f"ask_groups: '{sorted(unused)[0]}' is used by no flag")
        if tuple(self.levels) != LEVELS:
            raise ValueError(f"levels: name each of {', '.join(LEVELS)}, in that order")
        ids = [flag.id for flag in self.flags]
        if len(set(ids)) != len(ids):
            raise ValueError("flags: two flags share an id")
        if self.whole_body and (unknown := set(self.whole_body.flags) - set(ids)):
            raise ValueError(f"whole_body: unknown flag '{sorted(unknown)[0]}'")
        used = {part for flag in self.flags for combination in flag.when
                for sign in combination for part in sign.lstrip("!=").split("+")}
        if unknown := used - set(self.signs):
            raise ValueError(f"flags: unknown sign '{sorted(unknown)[0]}'")
        if unknown := set(self.ask_inline.signs) - set(self.signs):
            raise ValueError(f"ask_inline: unknown sign '{sorted(unknown)[0]}'")
        named = set(self.others.parts) | set(self.others.condition_signs)
        if unknown := named - set(self.signs):
            raise ValueError(f"others: unknown sign '{sorted(unknown)[0]}'")
        if unknown := set(self.past.passing) - set(self.signs):
            raise ValueError(f"past: unknown sign '{sorted(unknown)[0]}'")
        numbered = {number.sign for number in self.numbers}
        if unknown := numbered - set(self.signs):
            raise ValueError(f"numbers: unknown sign '{sorted(unknown)[0]}'")
        if empty := {s for s, sign in self.signs.items() if not sign.phrases} - numbered:
            raise ValueError(f"signs: '{sorted(empty)[0]}' has no phrases and no numbers")
        if unused := set(self.signs) - used:
            raise ValueError(f"signs: '{sorted(unused)[0]}' is used by no flag")
        if self.answered_no.answers and self.answered_no.read_as not in self.after_negators:
            raise ValueError("answered_no: read_as must be one of after_negators")
        if clash := set(self.fillers) & set(self.negators + self.breakers):
            raise ValueError(f"fillers: '{sorted(clash)[0]}' is also a negator or breaker")
        return self

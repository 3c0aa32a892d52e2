"""Load every content file once at start-up, validate it, and check cross-references."""

import re
from dataclasses import dataclass, field
from itertools import groupby
from pathlib import Path

import yaml
from flask import current_app
from pydantic import TypeAdapter, ValidationError

from . import markdown_text
from .models import (
    MUSCLE_GROUPS,
    AppInfo,
    Body,
    Caution,
    FrontMatter,
    Key,
    Muscle,
    MuscleShapes,
    Practice,
    RedFlags,
    ReferralShapes,
    Routine,
    SearchSpec,
    Source,
)

# What a muscle's page tells you to press: the text the danger-zone check reads. `avoid` is
# left out on purpose: it names the places to keep away from.
PRESSING_TEXT = ("trigger_points", "how_to_find", "treatment.position", "treatment.technique")


class ContentError(Exception):
    """A content file is broken; the message names the file and the field."""


@dataclass(frozen=True)
class Document:
    """A guide chapter or a standalone page."""

    meta: FrontMatter
    body: markdown_text.Rendered
    path: Path  # for messages that name the file

    def __getattr__(self, name):
        return getattr(self.meta, name)


@dataclass(frozen=True)
class Content:
    chapters: tuple  # of Document, in guide order
    pages: dict  # slug -> Document
    muscles: dict  # slug -> Muscle, in library order
    routines: dict  # slug -> Routine
    body: Body
    practice: Practice
    app: AppInfo
    search: SearchSpec
    red_flags: RedFlags
    shapes: dict = field(default_factory=dict)  # muscle slug -> MuscleShape
    referral: dict = field(default_factory=dict)  # muscle slug -> {view: ReferralZones}
    cautions: dict = field(default_factory=dict)  # key -> Caution, as cautions.yaml lists them
    sources: dict = field(default_factory=dict)  # key -> Source

    def chapter(self, slug):
        return next((c for c in self.chapters if c.slug == slug), None)

    def region(self, region_id):
        return next((r for r in self.body.regions if r.id == region_id), None)

    def muscle_groups(self):
        """[(group label, [muscles])] in library order, as the library and timer list them."""
        return [(MUSCLE_GROUPS[key], list(items))
                for key, items in groupby(self.muscles.values(), key=lambda m: m.region)]

    def muscles_for_region(self, region_id):
        """Muscles that send pain to a region, most likely first, as its `rank` lists them;
        then those of its parts (the head lists those for the temple, forehead...) or, for a
        part, those tagged for the whole of its wider region. Split into those for which it is
        a primary zone and the rest."""
        found = self.region(region_id)
        wider = [r for r in self.body.regions if r.id == found.part_of]
        parts = [r for r in self.body.regions if r.part_of == region_id]
        ranked = dict.fromkeys(slug for r in [found, *wider, *parts] for slug in r.rank)
        ids = {found.id} | {r.id for r in wider + parts}
        muscles = [self.muscles[slug] for slug in ranked]
        primary = [m for m in muscles if ids & set(m.referral_zones.primary)]
        secondary = [m for m in muscles if m not in primary]
        return primary, secondary

    def cited(self, refs):
        """[(Source, part)] for a chapter's, page's or muscle's `sources`."""
        return [(self.sources[ref.ref], ref.part) for ref in refs]

    def caution_keys_for(self, muscles):
        """The keys of the cautions these muscles carry, each once, in cautions.yaml order (the
        neck and the big vessels first), so a page reads the same whichever muscle listed them
        first."""
        keys = {key for muscle in muscles for key in muscle.cautions}
        return [key for key in self.cautions if key in keys]

    def cautions_for(self, muscles):
        """The cautions themselves, in the same order."""
        return [self.cautions[key] for key in self.caution_keys_for(muscles)]


def _fail(path, error):
    if isinstance(error, ValidationError):
        first = error.errors()[0]
        field = ".".join(str(part) for part in first["loc"]) or "(file)"
        raise ContentError(f"{path}: field '{field}': {first['msg']}") from None
    raise ContentError(f"{path}: {error}") from None


# PyYAML's safe loader in C (libyaml, in PyYAML's wheels) when it has it: the same documents,
# read about five times faster than the pure-Python one.
_SAFE_LOADER = getattr(yaml, "CSafeLoader", yaml.SafeLoader)


class _UniqueKeyLoader(_SAFE_LOADER):
    """The safe loader, refusing a key given twice in one mapping: YAML keeps the last, and the
    first one's words would vanish without a word."""

    def construct_mapping(self, node, deep=False):
        seen = set()
        for key_node, _ in node.value:
            if not isinstance(key_node, yaml.ScalarNode):
                continue  # a list or mapping as a key: PyYAML's own error names it
            key = self.construct_object(key_node, deep=deep)
            if key in seen:
                raise yaml.constructor.ConstructorError(
                    None, None, f"the key {key!r} is given twice", key_node.start_mark)
            seen.add(key)
        return super().construct_mapping(node, deep)


def _safe_load(text):
    return yaml.load(text, Loader=_UniqueKeyLoader)


def _read_yaml(path):
    try:
        data = _safe_load(path.read_text(encoding="utf-8"))
    except (yaml.YAMLError, UnicodeDecodeError) as error:
        _fail(path, f"not valid YAML: {error}")
    if not isinstance(data, dict):
        _fail(path, "expected a mapping of fields at the top level")
    return data


def _read_markdown(path):
    text = path.read_text(encoding="utf-8")
    if not text.startswith("---\n") or "\n---\n" not in text[4:]:
        _fail(path, "front matter missing: start the file with '---', the fields, then '---'")
    head, body = text[4:].split("\n---\n", 1)
    try:
        data = _safe_load(head)
    except yaml.YAMLError as error:
        _fail(path, f"front matter is not valid YAML: {error}")
    if not isinstance(data, dict):
        _fail(path, "front matter must be a mapping of fields")
    try:
        meta = FrontMatter.model_validate(data)
    except ValidationError as error:
        _fail(path, error)
    try:
        rendered = markdown_text.render(body)
    except ValueError as error:
        _fail(path, f"field 'body': {error}")
    return Document(meta, rendered, path)


def _model(model, path):
    try:
        item = model.model_validate(_read_yaml(path))
    except ValidationError as error:
        _fail(path, error)
    if hasattr(item, "slug") and item.slug != path.stem:
        _fail(path, f"field 'slug': '{item.slug}' must match the file name '{path.stem}'")
    return item


def _catalogue(model, path):
    """A mapping of key -> entry (cautions.yaml, sources.yaml), each entry validated."""
    items = {}
    for key, value in _read_yaml(path).items():
        try:
            items[TypeAdapter(Key).validate_python(key)] = model.model_validate(value)
        except ValidationError as error:
            first = error.errors()[0]
            where = ".".join(str(part) for part in (key, *first["loc"]))
            _fail(path, f"field '{where}': {first['msg']}")
    return items


def load(content_dir):
    """Read and validate everything under `content_dir`; raise ContentError on the first fault."""
    root = Path(content_dir)
    chapters = [_read_markdown(p) for p in sorted((root / "guide").glob("*.md"))]
    for path, chapter in zip(sorted((root / "guide").glob("*.md")), chapters, strict=True):
        if chapter.meta.order is None:
            _fail(path, "field 'order': required for guide chapters")
    chapters.sort(key=lambda c: c.meta.order)
    pages = {doc.slug: doc for doc in map(_read_markdown, sorted((root / "pages").glob("*.md")))}
    muscle_paths = sorted((root / "muscles").glob("*.yaml"))
    muscles = [_model(Muscle, p) for p in muscle_paths]
    order = list(MUSCLE_GROUPS)
    muscles.sort(key=lambda m: order.index(m.region))
    routines = {p.stem: _model(Routine, p) for p in sorted((root / "routines").glob("*.yaml"))}
    body = _model(Body, root / "body.yaml")
    practice = _model(Practice, root / "practice.yaml")
    app_info = _model(AppInfo, root / "app.yaml")
    search = _model(SearchSpec, root / "search.yaml")
    red_flags = _model(RedFlags, root / "red-flags.yaml")
    content = Content(tuple(chapters), pages, {m.slug: m for m in muscles}, routines, body,
                      practice, app_info, search, red_flags,
                      shapes=_model(MuscleShapes, root / "muscle-shapes.yaml").shapes,
                      referral=_model(ReferralShapes, root / "referral-shapes.yaml").referral,
                      cautions=_catalogue(Caution, root / "cautions.yaml"),
                      sources=_catalogue(Source, root / "sources.yaml"))
    # muscles are in library order now, not file order: pair them with their files by slug
    _check_references(root, content, {path.stem: path for path in muscle_paths})
    return content


def _check_sources(path, sources, known):
    for index, source in enumerate(sources):
        if source.ref not in known:
            _fail(path, f"field 'sources.{index}.ref': unknown source '{source.ref}' "
                        "(add it to sources.yaml)")


def _check_references(root, content, muscle_paths):
    slugs = [c.slug for c in content.chapters]
    if len(set(slugs)) != len(slugs):
        raise ContentError(f"{root / 'guide'}: two chapters share a slug")
    for chapter in content.chapters:
        if not chapter.sources:
            _fail(chapter.path, "field 'sources': every chapter names at least one source")
        _check_sources(chapter.path, chapter.sources, content.sources)
    for page in content.pages.values():
        _check_sources(page.path, page.sources, content.sources)
    for muscle in content.muscles.values():
        path = muscle_paths[muscle.slug]
        for slug in muscle.related:
            if slug not in content.muscles:
                _fail(path, f"field 'related': unknown muscle '{slug}'")
        for index, key in enumerate(muscle.cautions):
            if key not in content.cautions:
                _fail(path, f"field 'cautions.{index}': unknown caution '{key}' "
                            "(add it to cautions.yaml)")
        _check_sources(path, muscle.sources, content.sources)
        shape = content.shapes.get(muscle.slug)
        if shape is None:
            _fail(root / "muscle-shapes.yaml", f"no shape for the muscle '{muscle.slug}' "
                                               "(draw it in scripts/make_muscles.py)")
        if muscle.slug not in content.referral:
            _fail(root / "referral-shapes.yaml", f"no pain pattern for the muscle "
                                                 f"'{muscle.slug}' (draw it in "
                                                 "scripts/make_referral.py)")
        for index, point in enumerate(muscle.points):
            if point.view not in shape.views:
                _fail(path, f"field 'points.{index}.view': the muscle is not drawn in the "
                            f"{point.view} view (scripts/make_muscles.py)")
    for routine in content.routines.values():
        for index, step in enumerate(routine.steps):
            if step.muscle not in content.muscles:
                _fail(root / "routines" / f"{routine.slug}.yaml",
                      f"field 'steps.{index}.muscle': unknown muscle '{step.muscle}'")
    drawn = {region for view in content.body.views.values() for region in view.regions}
    for region in content.body.regions:
        if region.id not in drawn and not region.section:
            _fail(root / "body.yaml", f"field 'regions': '{region.id}' is drawn in no view")
    _check_ranks(root / "body.yaml", content)
    whole_body = content.red_flags.whole_body
    if whole_body and content.region(whole_body.id):
        _fail(root / "red-flags.yaml", f"field 'whole_body.id': '{whole_body.id}' is a body map "
                                       "region's (its answers would mix with the region's)")
    safety = content.chapter("safety")
    anchors = {anchor for anchor, _ in safety.body.toc} if safety else set()
    for index, flag in enumerate(content.red_flags.flags):
        anchor = flag.link.partition("#")[2]
        if safety is None or (anchor and anchor not in anchors):
            _fail(root / "red-flags.yaml",
                  f"field 'flags.{index}.link': no such section in the safety chapter")


def _check_ranks(path, content):
    """Each region ranks exactly the muscles tagged to it, each once, so none is left out of
    the body map's lists or listed where it sends no pain."""
    for index, region in enumerate(content.body.regions):
        field = f"field 'regions.{index}.rank'"
        tagged = {m.slug for m in content.muscles.values()
                  if region.id in m.referral_zones.primary + m.referral_zones.secondary}
        for slug in region.rank:
            if slug not in content.muscles:
                _fail(path, f"{field}: unknown muscle '{slug}'")
            if slug not in tagged:
                _fail(path, f"{field}: '{slug}' sends no pain to '{region.id}' "
                            "(its referral_zones do not name it)")
        if len(set(region.rank)) != len(region.rank):
            _fail(path, f"{field}: a muscle is ranked twice")
        missing = sorted(tagged - set(region.rank))
        if missing:
            _fail(path, f"{field}: '{missing[0]}' sends pain to '{region.id}' but is not ranked")


def shapes_without_muscle(content):
    """Slugs drawn in muscle-shapes.yaml that have no muscle file yet: drawn ahead of a muscle
    being written is fine, but check-content says so, so a misspelt slug is not missed."""
    return sorted(set(content.shapes) - set(content.muscles))


def _pressing_text(muscle):
    """The muscle's instructions on where and how to press, as one string."""
    parts = []
    for name in PRESSING_TEXT:
        value = muscle
        for attribute in name.split("."):
            value = getattr(value, attribute)
        parts.append(value)
    return " ".join(parts)


def _mentions(phrase, text):
    return re.search(rf"\b{re.escape(phrase)}\b", text, re.IGNORECASE) is not None


def caution_faults(content, content_dir):
    """Muscles that send you to press a danger zone without carrying its caution.

    Each caution in cautions.yaml says which words in a muscle's pressing text require it
    (`required_when`), so a new danger zone is a data change, not a code change. Returns one
    message per fault, naming the file and the field; an empty list means all is well.
    """
    faults = []
    for muscle in content.muscles.values():
        path = Path(content_dir) / "muscles" / f"{muscle.slug}.yaml"
        text = _pressing_text(muscle)
        for key, caution in content.cautions.items():
            if key in muscle.cautions:
                continue
            for rule in caution.required_when:
                if rule.groups and muscle.region not in rule.groups:
                    continue
                found = next((p for p in rule.mentions if _mentions(p, text)), None)
                if found:
                    faults.append(f"{path}: field 'cautions': the pressing text mentions "
                                  f"'{found}'; add '{key}' ({caution.title})")
                    break
        if muscle.pincer_only and "neck_front" not in muscle.cautions:
            faults.append(f"{path}: field 'cautions': pincer_only muscles carry 'neck_front'")
    return faults


def init_app(app):
    content = load(app.config["CONTENT_DIR"])
    app.extensions["tpg_content"] = content

    @app.context_processor
    def _site():
        return {"site": content.app, "nav_chapters": content.chapters}


def get_content():
    """The content loaded for the current app."""
    return current_app.extensions["tpg_content"]


def built_once(name, build):
    """What `build()` returns, made on first use and kept for the current app's lifetime."""
    found = current_app.extensions.get(name)
    if found is None:
        found = current_app.extensions[name] = build()
    return found

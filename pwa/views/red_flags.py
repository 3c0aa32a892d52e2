"""The red-flag rules as JSON, for the browser to check what people type, offline too."""

from collections import Counter

from flask import Blueprint, current_app

from ..engine_data import get_rules
from ..engines.triage import FIELDS, for_flags, for_region, served
from ..stored_pages import cached_page

bp = Blueprint("red_flags", __name__)


def for_muscles(content, muscles):
    """The red flags to ask before pressing these muscles (a routine's): those of every body
    map region they mainly send pain to, and of the wider regions those are part of."""
    ids = set()
    for muscle in muscles:
        for region_id in muscle.referral_zones.primary:
            region = content.region(region_id)
            ids.update({region_id, region.part_of if region else None})
    ids.discard(None)
    return asked(content, *sorted(ids)) if ids else []


def asked(content, *region_ids):
    """The flags of these regions as the checklist asks them (see checklist_rows)."""
    return checklist_rows(content, for_region(get_rules(), *region_ids))


def checklist_rows(content, warnings):
    """These warnings as the checklist asks them: one row per question, each with the warnings
    it opens to (most severe first) and its most severe level. Flags of one ask_group asked
    here together share one row and the group's question; a flag asked alone keeps its own.
    Questions stay out of /red-flags.json, which the free-text engine alone needs."""
    red_flags = content.red_flags
    flags = {flag.id: flag for flag in red_flags.flags}
    sizes = Counter(flags[w["id"]].ask_group for w in warnings)
    asked_rows = {}
    for warning in warnings:
        flag = flags[warning["id"]]
        group = flag.ask_group if flag.ask_group and sizes[flag.ask_group] > 1 else None
        key = f"group-{group}" if group else flag.id
        row = asked_rows.setdefault(key, {
            "id": key, "level": warning["level"], "warnings": [],
            "question": red_flags.ask_groups[group] if group else flag.question})
        row["warnings"].append(warning)
    return list(asked_rows.values())


def for_region_page(content, page_id):
    """The checklist of a body map region's page: its own flags and its wider region's; for
    the whole body's area (red-flags.yaml `whole_body`), the flags it lists."""
    whole_body = content.red_flags.whole_body
    if whole_body and page_id == whole_body.id:
        return checklist_rows(content, for_flags(get_rules(), whole_body.flags))
    region = content.region(page_id)
    return asked(content, page_id, region.part_of) if region else []


def for_timer(content):
    """The checklists the timer asks before a first session on a body area, and the search
    asks in full when what was typed makes them worth asking (`ask` of triage.answer), for
    /timer-data.json: each warning once (`warnings`, by flag id), each distinct row once
    (`rows`: id, question, level and the ids of its flags), and which rows a muscle asks (with
    the regions it mainly sends pain to, the areas its answer stands for), a built-in routine
    asks (the rows of its page, views/timer.py) and a region's page asks (`regions`, by the
    page's id: the search's `asks` areas). `warnings` holds every flag's, asked or not: the
    free-text engine's warnings take their messages from here (triage.served)."""
    warnings, rows, index = {}, [], {}
    for flag in get_rules()["flags"]:
        warnings[flag["id"]] = {k: flag[k] for k in FIELDS if k != "id"}

    def numbered(asked_rows):
        numbers = []
        for row in asked_rows:
            flag_ids = [w["id"] for w in row["warnings"]]
            key = (row["id"], *flag_ids)
            if key not in index:
                index[key] = len(rows)
                rows.append({"id": row["id"], "question": row["question"],
                             "level": row["level"], "flags": flag_ids})
            numbers.append(index[key])
        return numbers

    muscles = {m.slug: {"areas": sorted(m.referral_zones.primary),
                        "rows": numbered(for_muscles(content, [m]))}
               for m in content.muscles.values()}
    routines = {r.slug: numbered(for_muscles(content, [content.muscles[s.muscle] for s in r.steps]))
                for r in content.routines.values()}
    pages = sorted({region.page for region in content.body.regions}
                   | ({content.red_flags.whole_body.id} if content.red_flags.whole_body else set()))
    regions = {page: numbered(for_region_page(content, page)) for page in pages}
    return {"warnings": warnings, "rows": rows, "muscles": muscles, "routines": routines,
            "regions": regions}


@bp.route("/red-flags.json")
@cached_page
def rules_json():
    """The rules the browser assesses a description with when offline."""
    return current_app.json.response(served(get_rules()))

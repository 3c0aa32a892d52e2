"""The self-massage timer, its guided routines, and the on-device history."""

import re

from flask import Blueprint, abort, current_app, render_template

from ..loader import get_content
from ..models import STROKE_SECONDS, TIMER_LIMITS
from ..stored_pages import cached_page
from .red_flags import for_muscles, for_timer

bp = Blueprint("timer", __name__)

FIRST_SENTENCE = re.compile(r"^(.+?[.!?])(?:\s|$)", re.S)


def _first_sentence(text):
    match = FIRST_SENTENCE.match(text)
    return match.group(1) if match else text


def timer_data(content):
    """What the timer, the routine builder and a link's preview need, offline: each muscle's
    name (and anatomical name, which the builder's search finds), usual dose, first line of
    technique, picture of its first tool and caution keys (in cautions.yaml order), the
    muscles' groups in library order (the timer's muscle list), the cautions' titles, and the
    built-in routines; the red-flag checklists it asks before a first session on an area
    (red_flags.for_timer); and the rules the browser clamps and checks doses with (models.py's
    TIMER_LIMITS and STROKE_SECONDS, defined there only). One file, fetched once and precached,
    so no page carries it inline."""
    return {
        "rules": timer_rules(),
        "muscles": {
            m.slug: {"name": m.name, "anatomical": m.anatomical,
                     "tip": _first_sentence(m.treatment.technique),
                     "cautions": content.caution_keys_for([m]),
                     "picture": m.treatment.tools[0],  # how to treat it: /icons.svg#tool-...
                     **m.timer.model_dump()}
            for m in content.muscles.values()
        },
        "groups": [[label, [m.slug for m in items]] for label, items in content.muscle_groups()],
        "cautions": {key: caution.title for key, caution in content.cautions.items()},
        "routines": {
            r.slug: {"title": r.title, "rest": r.rest,
                     "steps": [s.model_dump(exclude_none=True) for s in r.steps]}
            for r in content.routines.values()
        },
        "ask": for_timer(content),
    }


def timer_rules():
    """The dose limits and the time of one stroke, as timer-core.js's useTimerRules reads them."""
    return {
        "limits": {name: limits._asdict() for name, limits in TIMER_LIMITS.items()},
        "stroke_seconds": STROKE_SECONDS,
    }


@bp.route("/timer-data.json")
@cached_page
def data_json():
    """The timer's data (see timer_data), precached like a page."""
    return current_app.json.response(timer_data(get_content()))


@bp.route("/timer")
@cached_page
def timer():
    """The timer; it reads its preset from the query string in the browser, even offline."""
    content = get_content()
    return render_template("timer/timer.html", routines=content.routines.values(),
                           warnings_intro=content.red_flags.region_intro,
                           emergency_number=content.practice.emergency_number)


@bp.route("/routines/")
@cached_page
def routines():
    """List the guided routines."""
    return render_template("timer/routines.html", routines=get_content().routines.values())


# Own routines live in the browser, so these pages are the same for everyone and precached like
# the rest; the routine comes from localStorage (?id=) or from the link's fragment, read in JS.
@bp.route("/routines/new")
@cached_page
def routine_builder():
    """Build or edit one of your own routines."""
    return render_template("timer/routine_builder.html")


@bp.route("/routines/share")
@cached_page
def routine_share():
    """Share one of your own routines: a link, the share sheet, a QR code."""
    return render_template("timer/routine_share.html")


@bp.route("/routines/shared")
@cached_page
def shared_routine():
    """Preview a routine someone sent as a link, and save it or try it."""
    content = get_content()
    return render_template("timer/routine_shared.html", cautions=content.cautions)


@bp.route("/routines/<slug>")
@cached_page
def routine(slug):
    """Show a routine's steps before starting it."""
    content = get_content()
    found = content.routines.get(slug)
    if found is None:
        abort(404)
    pressed = [content.muscles[step.muscle] for step in found.steps]
    return render_template("timer/routine.html", routine=found, muscles=content.muscles,
                           warnings=for_muscles(content, pressed),
                           warnings_intro=content.red_flags.region_intro,
                           emergency_number=content.practice.emergency_number,
                           cautions=content.cautions_for(pressed),
                           step_cautions_for=lambda muscle: content.cautions_for([muscle]))


@bp.route("/history")
@cached_page
def history():
    """The session history and pain diary, kept in this browser only."""
    return render_template("timer/history.html")

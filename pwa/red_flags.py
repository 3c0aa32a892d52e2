"""The red-flag rules as JSON, for the browser to check what people type, offline too."""

from flask import Blueprint, current_app

from .loader import get_content
from .pages import cached_page
from .triage import build_rules

bp = Blueprint("red_flags", __name__)


def get_rules():
    """The triage rules, built once per process on first use (they need url_for)."""
    rules = current_app.extensions.get("tpg_red_flag_rules")
    if rules is None:
        rules = current_app.extensions["tpg_red_flag_rules"] = build_rules(get_content())
    return rules


@bp.route("/red-flags.json")
@cached_page
def rules_json():
    """The rules the browser assesses a description with when offline."""
    return current_app.json.response(get_rules())

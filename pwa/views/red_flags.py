"""The red-flag rules as JSON, for the browser to check what people type, offline too."""

from flask import Blueprint, current_app

from ..engines.triage import build_rules
from ..loader import built_once, get_content
from ..stored_pages import cached_page

bp = Blueprint("red_flags", __name__)


def get_rules():
    """The triage rules, built once per process on first use (they need url_for)."""
    return built_once("tpg_red_flag_rules", lambda: build_rules(get_content()))


@bp.route("/red-flags.json")
@cached_page
def rules_json():
    """The rules the browser assesses a description with when offline."""
    return current_app.json.response(get_rules())

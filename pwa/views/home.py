"""The home page and the standalone pages (about, disclaimer, privacy)."""

from flask import Blueprint, abort, render_template

from ..loader import get_content
from ..stored_pages import cached_page

bp = Blueprint("home", __name__)


@bp.route("/")
@cached_page
def index():
    """Say what the app is and lead to the guide, the map and the timer."""
    content = get_content()
    return render_template("home/index.html", chapters=content.chapters,
                           routines=content.routines.values(),
                           emergency_number=content.practice.emergency_number)


@bp.route("/<slug>")
@cached_page
def page(slug):
    """Show a standalone page such as the disclaimer."""
    document = get_content().pages.get(slug)
    if document is None:
        abort(404)
    return render_template("home/page.html", page=document,
                           cited=get_content().cited(document.sources))

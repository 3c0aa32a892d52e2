"""The guide: an index of chapters and one page per chapter."""

from flask import Blueprint, abort, render_template

from ..loader import get_content
from ..stored_pages import cached_page

bp = Blueprint("guide", __name__, url_prefix="/guide")


@bp.route("/")
@cached_page
def index():
    """List the chapters in reading order."""
    return render_template("guide/index.html", chapters=get_content().chapters)


@bp.route("/<slug>")
@cached_page
def chapter(slug):
    """Show one chapter with its contents, reading time and neighbours."""
    content = get_content()
    chapters = content.chapters
    found = content.chapter(slug)
    if found is None:
        abort(404)
    index = chapters.index(found)
    return render_template(
        "guide/chapter.html",
        chapter=found,
        previous=chapters[index - 1] if index > 0 else None,
        next=chapters[index + 1] if index + 1 < len(chapters) else None,
        practice=content.practice,
        cited=content.cited(found.sources),
    )

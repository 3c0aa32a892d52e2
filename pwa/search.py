"""Search and the symptom finder: server-rendered, with the same index used offline."""

from flask import Blueprint, current_app, render_template, request

from .loader import get_content
from .pages import cached_page
from .search_engine import MAX_QUERY, build_index
from .search_engine import search as rank

bp = Blueprint("search", __name__)


def get_index():
    """The search index, built once per process on first use (it needs url_for)."""
    index = current_app.extensions.get("tpg_search_index")
    if index is None:
        index = current_app.extensions["tpg_search_index"] = build_index(get_content())
    return index


@bp.route("/search")
def search():
    """Rank the muscles and guide sections for what a person typed, warnings first."""
    query = " ".join(request.args.get("q", "").split())[:MAX_QUERY]
    results = rank(get_index(), query) if query else None
    response = current_app.make_response(
        render_template("search/search.html", query=query, results=results,
                        examples=get_content().search.examples))
    response.headers["Cache-Control"] = "no-cache"
    return response


@bp.route("/search-index.json")
@cached_page
def index_json():
    """The index the browser searches with when offline."""
    return current_app.json.response(get_index())

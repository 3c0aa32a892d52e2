"""Search and the symptom finder: server-rendered, with the same index used offline."""

from flask import Blueprint, current_app, render_template, request

from ..engine_data import get_index, get_prepared, get_rules, known_words
from ..engines.search_engine import MAX_QUERY, MAX_WORDS, split_index
from ..engines.search_engine import search as rank
from ..engines.triage import answer
from ..loader import get_content
from ..stored_pages import cached_page
from .red_flags import for_region_page

bp = Blueprint("search", __name__)

# One blank result of each kind (two regions, so the separator between them shows), rendered
# into the page's <template> for the browser to fill: the results' markup lives only in
# templates/search/_results.html.
PROTOTYPE = {
    "cut": MAX_WORDS,
    "muscles": [{"url": "", "name": "", "why": []}],
    "routines": [{"url": "", "title": "", "note": ""}],
    "regions": [{"url": "", "label": ""}] * 2,
    "asks": [{"url": "", "label": "", "area": ""}] * 2,
    "sections": [{"url": "", "title": "", "chapter": ""}],
}


# Two reasons that start alike are said once: "linked with heel pain and pain like plantar
# fasciitis", not "linked with heel pain; linked with ..." (search-page.js too).
SHARED_LEADS = ("linked with ", "can send pain ")


@bp.app_template_filter("sentence")
def sentence(parts):
    """Reasons as one sentence: joined, a capital first, a full stop last (search-page.js too)."""
    parts = list(parts)
    lead = next((lead for lead in SHARED_LEADS if len(parts) == 2
                 and all(p.startswith(lead) for p in parts)), None)
    text = f"{parts[0]} and {parts[1][len(lead):]}" if lead else "; ".join(parts)
    return f"{text[:1].upper()}{text[1:]}." if text else ""


@bp.route("/search")
def search():
    """Rank the muscles and guide sections for what a person typed, warnings first."""
    # The engine reads only the start of a query; it is given a little more, to tell whether
    # anything was left out.
    query = " ".join(request.args.get("q", "")[: 4 * MAX_QUERY].split())
    triage = (answer(get_rules(), query) if query
              else {"warnings": [], "hold_results": False, "ask": False})
    results = rank(get_prepared(), query, triage["ask"]) if query else None
    content = get_content()
    # Ask, don't only guess: the first place named asks its checklist there and then.
    ask_area = results["asks"][0]["area"] if triage["ask"] and results and results["asks"] else None
    response = current_app.make_response(
        render_template("search/search.html", query=query[:MAX_QUERY], results=results,
                        warnings=triage["warnings"], hold=triage["hold_results"],
                        ask_area=ask_area,
                        ask_rows=for_region_page(content, ask_area) if ask_area else [],
                        warnings_intro=content.red_flags.region_intro,
                        prototype=PROTOTYPE, examples=content.search.examples,
                        emergency_number=content.practice.emergency_number))
    response.headers["Cache-Control"] = "no-cache"
    return response


@bp.route("/search-index.json")
@cached_page
def index_json():
    """The index the browser searches with when offline, less the guide's sections."""
    return current_app.json.response(split_index(get_index())[0])


@bp.route("/known-words.json")
@cached_page
def known_json():
    """The real words the search and the red-flag check never correct, for both engines in the
    browser: one list, sent once (engine_data.known_words)."""
    return current_app.json.response({"known": known_words()})


@bp.route("/search-guide.json")
@cached_page
def guide_json():
    """The guide's sections for the offline search: apart, so a chapter release costs less."""
    return current_app.json.response(split_index(get_index())[1])

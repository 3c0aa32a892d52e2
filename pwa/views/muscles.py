"""The muscle library: muscles grouped by region, and one page per muscle."""

from flask import Blueprint, abort, render_template

from ..engines.routine_match import routines_for_muscles
from ..loader import get_content
from ..stored_pages import cached_page
from ..thumbnails import get_thumbnails

bp = Blueprint("muscles", __name__, url_prefix="/muscles")


@bp.route("/")
@cached_page
def index():
    """List every muscle, grouped by body region, each with a thumbnail of its pain."""
    content = get_content()
    return render_template("muscles/index.html", groups=content.muscle_groups(),
                           thumbs=get_thumbnails(),
                           labels={r.id: r.label.lower() for r in content.body.regions})


@bp.route("/<slug>")
@cached_page
def muscle(slug):
    """Show where a muscle's points lie, where it sends pain and how to treat it."""
    content = get_content()
    found = content.muscles.get(slug)
    if found is None:
        abort(404)
    related = [content.muscles[s] for s in found.related]
    routines = routines_for_muscles(content, [slug])
    shape, pattern = content.shapes[slug], content.referral[slug]
    # The views that show its pain or its trigger points, each cropped to them.
    views = [view for view in ("front", "back", "head")
             if view in pattern or any(p.view == view for p in found.points)]
    crops = {view: content.body.crop(view, (), [shape.views.get(view, "")]
                                     + (pattern[view].paths if view in pattern else []),
                                     [p for p in found.points if p.view == view])
             for view in views if view != "head"}
    return render_template("muscles/muscle.html", muscle=found, related=related,
                           routines=routines, body=content.body, regions=content.body.regions,
                           shape=shape, crops=crops, views=views, pattern=pattern,
                           cautions=content.cautions_for([found]),
                           cited=content.cited(found.sources))

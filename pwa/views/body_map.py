"""The body map: tap where it hurts to see the muscles that often send pain there."""

from flask import Blueprint, abort, current_app, redirect, render_template, url_for

from ..engines.routine_match import routines_for_region
from ..loader import get_content
from ..path_data import relative
from ..stored_pages import cached_page
from ..thumbnails import get_thumbnails
from .red_flags import for_region_page

MAX_ROUTINES = 3  # a short choice; the routines page lists every one

bp = Blueprint("bodymap", __name__, url_prefix="/map")


@bp.route("")
@cached_page
def index():
    """Show the front and back figures with tappable regions, and the same regions as a list."""
    body = get_content().body
    return render_template("bodymap/index.html", body=body, regions=body.regions)


@bp.route("/<region_id>")
@cached_page
def region(region_id):
    """The red flags to rule out first, then the muscles that refer pain there, likeliest first."""
    content = get_content()
    found = content.region(region_id)
    if found is None:
        abort(404)
    if found.section:  # the heel is a section of the feet's page
        return redirect(region_url(found))
    primary, secondary = content.muscles_for_region(region_id)
    sections = [(part, *content.muscles_for_region(part.id)) for part in content.body.regions
                if part.section and part.part_of == region_id]
    return render_template("bodymap/region.html", region=found, primary=primary,
                           secondary=secondary, sections=sections, body=content.body,
                           regions=content.body.regions,
                           warnings=for_region_page(content, region_id),
                           warnings_intro=content.red_flags.region_intro,
                           emergency_number=content.practice.emergency_number,
                           routines=routines_for_region(content, region_id)[:MAX_ROUTINES],
                           thumbs=get_thumbnails())


@bp.app_template_global()
def region_url(region):
    """Where a region's muscles are listed: its page, or its section of a wider one's."""
    return url_for("bodymap.region", region_id=region.page) + region.anchor


bp.add_app_template_filter(relative, "relative_path")


@bp.route("/figure.svg")
@cached_page
def figure_sprite():
    """The body figure's shapes and every muscle's outline, once, for every page's figure to
    reference with <use>.

    Each page then carries only its own marks (zones, points, links), not the whole drawing.
    """
    content = get_content()
    svg = render_template("bodymap/figure.svg", body=content.body, shapes=content.shapes,
                          referral=content.referral, thumbs=get_thumbnails())
    return current_app.response_class(svg, mimetype="image/svg+xml")

"""Which guided routines suit a set of muscles or a body-map region (for muscle and region
pages; search ranks routines itself, in the browser too)."""


def routines_for_muscles(content, slugs):
    """Routines that work on any of these muscles: those working on more of them first, then
    those working on the one listed earliest, then in the routines' own order."""
    rank = {}
    for position, slug in enumerate(slugs):
        rank.setdefault(slug, position)
    found = []
    for position, routine in enumerate(content.routines.values()):
        worked = {step.muscle for step in routine.steps} & rank.keys()
        if worked:
            found.append((-len(worked), min(rank[slug] for slug in worked), position, routine))
    return [routine for *_, routine in sorted(found, key=lambda item: item[:3])]


def routines_for_region(content, region_id):
    """Routines for a region: for the muscles that mainly send pain there, then for those that
    sometimes do."""
    primary, secondary = content.muscles_for_region(region_id)
    first = routines_for_muscles(content, [muscle.slug for muscle in primary])
    more = routines_for_muscles(content, [muscle.slug for muscle in secondary])
    return first + [routine for routine in more if routine not in first]

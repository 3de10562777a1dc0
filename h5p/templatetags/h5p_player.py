"""``{% h5p_player_first %}``: true for the first H5P block a request renders.

Each block renders in its own copy of the template context, so the block
template cannot remember by itself that it already included the player's
scripts. The request outlives the blocks, so the mark goes there: a lesson
with three activities loads the player once, and a page without an H5P block
loads nothing.
"""

from django import template

register = template.Library()

_MARK = "_h5p_player_included"


@register.simple_tag(takes_context=True)
def h5p_player_first(context) -> bool:
    """:returns: True the first time in a request (or without one), then False."""
    request = context.get("request")
    if request is None:
        return True
    if getattr(request, _MARK, False):
        return False
    setattr(request, _MARK, True)
    return True


@register.simple_tag(takes_context=True)
def h5p_player_url(context, activity) -> str:
    """The sandboxed player's address for the signed-in user, or "" if they may
    not load the activity (not enrolled, signed out)."""
    from h5p.player import player_url
    from h5p.selectors import may_load

    request = context.get("request")
    user = getattr(request, "user", None)
    if user is None or not may_load(user=user, activity=activity):
        return ""
    return player_url(activity=activity, user=user) or ""


@register.simple_tag
def h5p_content_origin() -> str:
    from h5p.player import content_origin

    return content_origin()

"""Panels other apps add to a learner's course page.

Certificates lives in an app that imports ``courses``, so it registers here at
start-up (``AppConfig.ready``) instead of ``courses`` importing it. A panel is
called as ``panel(request=..., course=..., completion=...)`` with the Bangla
course page and returns HTML, or "" to show nothing.
"""

from collections.abc import Callable

from django.utils.safestring import SafeString, mark_safe

Panel = Callable[..., str]

_panels: list[Panel] = []


def register(panel: Panel) -> Panel:
    """Add a panel; usable as a decorator, and idempotent."""
    if panel not in _panels:
        _panels.append(panel)
    return panel


def render_panels(*, request, course, completion) -> list[SafeString]:
    rendered = (
        p(request=request, course=course, completion=completion) for p in _panels
    )
    return [mark_safe(html) for html in rendered if html]

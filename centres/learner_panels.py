"""Panels other apps add to a learner's page on the operator's desk.

Courses and certificates import ``centres``, never the other way round, so
they register here at start-up (``AppConfig.ready``) to show a learner's
courses and certificates to the operator. A panel is called as
``panel(request=..., learner=...)`` with the LearnerProfile the operator may
see, and returns HTML, or "" to show nothing.
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


def render_panels(*, request, learner) -> list[SafeString]:
    rendered = (p(request=request, learner=learner) for p in _panels)
    return [mark_safe(html) for html in rendered if html]

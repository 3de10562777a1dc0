"""Requirements that other apps add to the completion rule.

Quizzes and H5P activities live in apps that import ``courses``, never the
other way round, so they register a source here at start-up (in their
``AppConfig.ready``). A source is called as ``source(course=..., user=...)``
with the Bangla course page and returns ``(required_keys, done_keys)``.
"""

from collections.abc import Callable

Source = Callable[..., tuple[frozenset[str], frozenset[str]]]

_sources: list[Source] = []


def register(source: Source) -> Source:
    """Add a requirement source; usable as a decorator, and idempotent."""
    if source not in _sources:
        _sources.append(source)
    return source


def registered() -> tuple[Source, ...]:
    return tuple(_sources)

"""The course completion rule, as a pure function over plain data.

Requirements and progress are sets of opaque keys, ``<page type>:<translation
key>`` (see ``item_key``), so a lesson or quiz has the same key in every
language. Other apps (quizzes, H5P) add keys through ``courses.progress_sources``.
No ORM here, so the rule is tested directly.
"""

from dataclasses import dataclass, field


@dataclass(frozen=True)
class CourseProgress:
    required: frozenset[str]
    done: frozenset[str] = field(default_factory=frozenset)

    @property
    def required_done(self) -> int:
        return len(self.required & self.done)

    @property
    def fraction(self) -> float:
        """Share of requirements met, 0..1; an empty course is 0, never 1."""
        if not self.required:
            return 0.0
        return self.required_done / len(self.required)

    @property
    def percent(self) -> int:
        return int(self.fraction * 100)


def is_complete(progress: CourseProgress) -> bool:
    """Return True when every requirement is met (and there is at least one)."""
    return bool(progress.required) and progress.required <= progress.done


def item_key(model_name: str, translation_key) -> str:
    """The key of one course item, e.g. ``lessonpage:<uuid>``, in any language."""
    return f"{model_name}:{translation_key}"


def lesson_key(translation_key) -> str:
    return item_key("lessonpage", translation_key)

"""H5P's part of the completion rule: a required activity must be passed.

A failed attempt is not completion: only a best scaled score at or above the
activity's pass mark counts.
"""

from django.contrib.contenttypes.models import ContentType
from django.db.models import CharField, F, IntegerField, Max
from django.db.models.functions import Cast
from wagtail.models import Page, ReferenceIndex

from courses.completion import item_key
from courses.models import CoursePage, LessonPage

from .models import H5PActivity, H5PAttempt


def activities_in(*, course: CoursePage) -> list[H5PActivity]:
    """The activities chosen in the course's live lessons, in one query."""
    lesson_ids = (
        LessonPage.objects.live()
        .descendant_of(course)
        .annotate(key=Cast("pk", CharField()))
        .values("key")
    )
    activity_ids = (
        ReferenceIndex.objects.filter(
            to_content_type=ContentType.objects.get_for_model(H5PActivity),
            base_content_type=ContentType.objects.get_for_model(Page),
            object_id__in=lesson_ids,
        )
        .annotate(activity=Cast("to_object_id", IntegerField()))
        .values("activity")
    )
    return list(H5PActivity.objects.filter(pk__in=activity_ids))


def activity_requirements(*, course: CoursePage, user) -> tuple[frozenset, frozenset]:
    activities = [a for a in activities_in(course=course) if a.required]
    required = frozenset(item_key("h5pactivity", a.translation_key) for a in activities)
    if not user.is_authenticated or not activities:
        return required, frozenset()
    passed = (
        H5PAttempt.objects.filter(user=user, activity__in=activities)
        .values("activity__translation_key")
        .annotate(best=Max("scaled"), mark=Max("activity__pass_mark"))
        .filter(best__gte=F("mark"))
        .values_list("activity__translation_key", flat=True)
    )
    return required, frozenset(item_key("h5pactivity", key) for key in passed)

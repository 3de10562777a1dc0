"""Reads for H5P: which courses use an activity, who may load it, best scores."""

from django.contrib.contenttypes.models import ContentType
from django.db.models import Max
from wagtail.models import Page, ReferenceIndex

from courses.models import CoursePage, Enrollment, LessonPage
from courses.selectors import canonical

from .models import H5PActivity, H5PAttempt


def lessons_using(*, activity: H5PActivity):
    """Live lessons whose body chooses this activity (via Wagtail's reference index)."""
    page_ids = ReferenceIndex.objects.filter(
        to_content_type=ContentType.objects.get_for_model(H5PActivity),
        to_object_id=str(activity.pk),
        base_content_type=ContentType.objects.get_for_model(Page),
    ).values_list("object_id", flat=True)
    return LessonPage.objects.live().filter(pk__in=[int(pk) for pk in page_ids])


def courses_using(*, activity: H5PActivity) -> list[CoursePage]:
    paths = {
        lesson.path[: CoursePage.steplen * 3]
        for lesson in lessons_using(activity=activity)
    }
    return [canonical(course) for course in CoursePage.objects.filter(path__in=paths)]


def may_load(*, user, activity: H5PActivity) -> bool:
    """An enrolled learner of a course using it, or an editor previewing."""
    if not user.is_authenticated:
        return False
    courses = courses_using(activity=activity)
    if Enrollment.objects.filter(user=user, course__in=courses).exists():
        return True
    return user.has_perm("wagtailadmin.access_admin")


def best_scaled(*, user, activity: H5PActivity):
    return H5PAttempt.objects.filter(user=user, activity=activity).aggregate(
        best=Max("scaled")
    )["best"]

"""Admin wiring for courses: official-service snippets, enrolments, completions."""

from django.utils.translation import gettext_lazy as _
from wagtail import hooks
from wagtail.admin.viewsets.base import ViewSetGroup
from wagtail.admin.viewsets.model import ModelViewSet
from wagtail.snippets.models import register_snippet
from wagtail.snippets.views.snippets import SnippetViewSet

from .models import CourseCompletion, Enrollment, OfficialService


class OfficialServiceViewSet(SnippetViewSet):
    model = OfficialService
    icon = "site"
    menu_label = _("Official services")
    menu_order = 300
    add_to_admin_menu = True
    list_display = ["name_en", "name_bn", "phone", "website"]
    search_fields = ["name_en", "name_bn", "description_en", "description_bn"]


register_snippet(OfficialServiceViewSet)


class EnrollmentViewSet(ModelViewSet):
    model = Enrollment
    icon = "tasks"
    menu_label = _("Enrolments")
    list_display = ["user", "course", "enrolled_at", "last_seen_at"]
    list_filter = ["course"]
    search_fields = ["user__learner__full_name", "user__learner__phone"]
    form_fields = ["course"]
    inspect_view_enabled = True


class CourseCompletionViewSet(ModelViewSet):
    model = CourseCompletion
    icon = "success"
    menu_label = _("Completions")
    list_display = ["user", "course", "completed_at"]
    list_filter = ["course"]
    search_fields = ["user__learner__full_name", "user__learner__phone"]
    form_fields = ["course"]
    inspect_view_enabled = True


class LearningGroup(ViewSetGroup):
    menu_label = _("Learning")
    menu_icon = "tasks"
    menu_order = 260
    items = (EnrollmentViewSet, CourseCompletionViewSet)


@hooks.register("register_admin_viewset")
def register_learning():
    return LearningGroup()

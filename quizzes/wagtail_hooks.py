"""Admin wiring for quizzes: the question bank, attempts, per-question statistics.

Trainers and programme staff (anyone who may use the admin) can read results:
the attempts list with CSV/XLSX export, and a statistics report per quiz. The
question bank is edited through snippets, with the usual model permissions.
"""

import csv

import django_filters
from django import forms
from django.db.models import F, OuterRef, Subquery, Value
from django.db.models.functions import Coalesce, NullIf, Substr
from django.http import HttpResponse
from django.shortcuts import get_object_or_404
from django.template.response import TemplateResponse
from django.urls import path, reverse
from django.utils.translation import gettext_lazy as _
from taggit.models import Tag
from wagtail import hooks
from wagtail.admin.filters import DateRangePickerWidget, WagtailFilterSet
from wagtail.admin.menu import MenuItem
from wagtail.admin.ui.tables import BooleanColumn, Column, DateColumn, TitleColumn
from wagtail.admin.views.generic import IndexView, InspectView
from wagtail.admin.viewsets.model import ModelViewSet
from wagtail.permission_policies import ModelPermissionPolicy
from wagtail.permissions import register_permission_policy
from wagtail.snippets.models import register_snippet
from wagtail.snippets.views.snippets import SnippetViewSet, SnippetViewSetGroup

from centres import policies
from centres.models import District
from courses.models import CoursePage
from courses.selectors import default_locale_id

from .models import Question, QuestionCategory, QuestionTag, QuizAttempt, QuizPage
from .selectors_admin import quiz_statistics_report, quizzes_for_statistics

# --- Question bank ------------------------------------------------------------


def question_tags(request):
    return Tag.objects.filter(quizzes_questiontag_items__isnull=False).distinct()


class QuestionFilterSet(WagtailFilterSet):
    # django-filter cannot build a filter for a ClusterTaggableManager itself.
    tags = django_filters.ModelMultipleChoiceFilter(
        label=_("Tags"),
        queryset=question_tags,
        method="filter_tags",
        widget=forms.CheckboxSelectMultiple,
    )

    class Meta:
        model = Question
        fields = ["kind", "category", "tags"]

    def filter_tags(self, queryset, name, value):
        """Questions with any of the tags, by id, so searching still works."""
        if not value:
            return queryset
        tagged = QuestionTag.objects.filter(tag__in=value).values("content_object_id")
        return queryset.filter(pk__in=tagged)


class QuestionViewSet(SnippetViewSet):
    model = Question
    icon = "help"
    menu_label = _("Questions")
    list_display = ["title", "kind", "category", "locale"]
    # Filters kind, category and tags; Wagtail's filter set adds the locale
    # filter itself for translatable models.
    filterset_class = QuestionFilterSet
    search_fields = ["title", "stem"]
    # Plain ``icontains`` rather than the search index: it finds parts of Bangla
    # words, and Wagtail's SQLite backend fails on field-limited searches
    # (wagtail/wagtail#10217, "no such column: stem").
    search_backend_name = None


class QuestionCategoryViewSet(SnippetViewSet):
    model = QuestionCategory
    icon = "folder-open-inverse"
    menu_label = _("Question categories")
    list_display = ["name_bn", "name_en"]
    search_fields = ["name_bn", "name_en"]


class QuestionBankGroup(SnippetViewSetGroup):
    menu_label = _("Question bank")
    menu_icon = "help"
    menu_order = 270
    items = (QuestionViewSet, QuestionCategoryViewSet)


register_snippet(QuestionBankGroup)


# --- Attempts -----------------------------------------------------------------


def can_read_results(user) -> bool:
    """Trainers and programme staff: anyone active who may use the admin."""
    return user.is_active and user.has_perm("wagtailadmin.access_admin")


class QuizAttemptPermissionPolicy(ModelPermissionPolicy):
    """Results are readable by every admin user and never edited in the admin.

    A score comes only from the scoring service; deleting a mistaken attempt
    stays with those holding the model's delete permission.
    """

    def user_has_permission(self, user, action):
        if action in ("view", "inspect"):
            return can_read_results(user)
        if action in ("add", "change", "copy"):
            return False
        return super().user_has_permission(user, action)

    def user_has_any_permission(self, user, actions):
        return any(self.user_has_permission(user, action) for action in actions)


# Registered before anything asks Wagtail for the model's policy.
register_permission_policy(QuizAttempt, QuizAttemptPermissionPolicy(QuizAttempt))


def bangla_courses(request):
    return CoursePage.objects.filter(locale_id=default_locale_id()).order_by("path")


def bangla_quizzes(request):
    return QuizPage.objects.filter(locale_id=default_locale_id()).order_by("path")


class QuizAttemptFilterSet(WagtailFilterSet):
    course = django_filters.ModelChoiceFilter(
        label=_("Course"), queryset=bangla_courses, method="filter_course"
    )
    quiz = django_filters.ModelChoiceFilter(label=_("Quiz"), queryset=bangla_quizzes)
    district = django_filters.ModelChoiceFilter(
        label=_("District"),
        field_name="user__learner__district",
        queryset=District.objects.all(),
    )
    finished_at = django_filters.DateFromToRangeFilter(
        label=_("Finished"), widget=DateRangePickerWidget
    )

    class Meta:
        model = QuizAttempt
        fields = ["course", "quiz", "state", "passed", "finished_at", "district"]

    def filter_course(self, queryset, name, value):
        """Attempts at any quiz in the course's part of the page tree."""
        return queryset.filter(quiz__path__startswith=value.path)


def attempts_in_scope(user, attempts):
    """Attempts of learners ``user`` may see: a district-limited staff member
    (or an operator) only their learners'; other editors all, for the results.
    """
    if policies.is_limited(user):
        return attempts.filter(user__learner__in=policies.learners_for(user))
    return attempts


class QuizAttemptInspectView(InspectView):
    def get_object(self, queryset=None):
        attempts = attempts_in_scope(self.request.user, QuizAttempt.objects.all())
        return get_object_or_404(attempts, pk=self.pk)


class QuizAttemptIndexView(IndexView):
    def get_base_queryset(self):
        course_title = CoursePage.objects.filter(
            path=Substr(OuterRef("quiz__path"), 1, CoursePage.steplen * 3)
        ).values("title")[:1]
        return (
            attempts_in_scope(self.request.user, super().get_base_queryset())
            .select_related("quiz", "user__learner__district")
            .defer("slots")
            .annotate(
                learner_name=Coalesce(
                    NullIf(F("user__learner__full_name"), Value("")),
                    F("user__username"),
                ),
                district_name=F("user__learner__district__name_en"),
                course_title=Subquery(course_title),
            )
        )


class QuizAttemptViewSet(ModelViewSet):
    """Read-mostly list of attempts, with filters and spreadsheet export."""

    model = QuizAttempt
    name = "quiz_attempts"
    url_prefix = "quizzes/attempts"
    icon = "tasks"
    menu_label = _("Quiz attempts")
    add_to_admin_menu = False  # listed under Reports, beside the statistics
    index_view_class = QuizAttemptIndexView
    inspect_view_class = QuizAttemptInspectView
    list_display = [
        # Attempts are never edited, so the name links to the read-only view.
        TitleColumn(
            "learner_name",
            label=_("Learner"),
            sort_key="learner_name",
            url_name="quiz_attempts:inspect",
        ),
        Column("quiz", label=_("Quiz"), accessor="quiz.title"),
        "number",
        Column("state", label=_("State"), accessor="get_state_display"),
        Column("percent", label=_("Score (%)"), sort_key="grade"),
        BooleanColumn("passed", label=_("Passed")),
        DateColumn("finished_at", label=_("Finished"), sort_key="finished_at"),
    ]
    filterset_class = QuizAttemptFilterSet
    list_export = [
        "learner_name",
        "district_name",
        "course_title",
        "quiz.title",
        "number",
        "get_state_display",
        "percent",
        "passed",
        "started_at",
        "finished_at",
    ]
    export_headings = {
        "learner_name": _("Learner"),
        "district_name": _("District"),
        "course_title": _("Course"),
        "quiz.title": _("Quiz"),
        "number": _("Attempt"),
        "get_state_display": _("State"),
        "percent": _("Score (%)"),
        "passed": _("Passed"),
        "started_at": _("Started"),
        "finished_at": _("Finished"),
    }
    export_filename = "quiz-attempts"
    search_fields = ["user__learner__full_name", "user__learner__phone"]
    inspect_view_enabled = True
    inspect_view_fields = [
        "user",
        "quiz",
        "number",
        "state",
        "started_at",
        "finished_at",
        "grade",
        "passed",
    ]
    copy_view_enabled = False
    form_fields = []  # never edited here; see QuizAttemptPermissionPolicy


quiz_attempt_viewset = QuizAttemptViewSet()


@hooks.register("register_admin_viewset")
def register_quiz_attempts():
    return quiz_attempt_viewset


# --- Statistics ---------------------------------------------------------------


def percent_text(fraction: float | None) -> str:
    """A 0..1 share as a percentage with one decimal, "" when there is none."""
    return "" if fraction is None else f"{fraction * 100:.1f}"


def discrimination_text(value: float | None, *, missing: str = "–") -> str:
    return missing if value is None else f"{value:.2f}"


def statistics_index(request):
    """The quizzes, each linking to its statistics."""
    quizzes = list(quizzes_for_statistics())
    for quiz in quizzes:
        quiz.mean_percent = percent_text(
            None if quiz.mean_grade is None else float(quiz.mean_grade)
        )
    return TemplateResponse(
        request,
        "quizzes/admin/statistics_index.html",
        {
            "quizzes": quizzes,
            "page_title": _("Quiz statistics"),
            "breadcrumbs_items": [
                {"url": reverse("wagtailadmin_home"), "label": _("Home")},
                {"url": "", "label": _("Quiz statistics")},
            ],
        },
    )


CSV_HEADINGS = (
    _("Question"),
    _("Question text"),
    _("Type"),
    _("Attempts"),
    _("Facility (%)"),
    _("Discrimination"),
    _("Most chosen wrong answer"),
    _("Times chosen"),
)


def statistics_csv(report) -> HttpResponse:
    """The report as CSV, UTF-8 with a byte-order mark so Excel reads Bangla."""
    response = HttpResponse(content_type="text/csv; charset=utf-8")
    response["Content-Disposition"] = (
        f'attachment; filename="quiz-{report.quiz.pk}-statistics.csv"'
    )
    response.write("\ufeff")
    writer = csv.writer(response)
    writer.writerow([str(heading) for heading in CSV_HEADINGS])
    for row in report.rows:
        item = row.statistics
        writer.writerow(
            [
                row.title,
                row.text,
                row.kind,
                item.attempts,
                percent_text(item.facility),
                discrimination_text(item.discrimination, missing=""),
                row.wrong_answer_text,
                item.wrong_answer_count or "",
            ]
        )
    return response


def statistics_detail(request, quiz_id: int):
    """Per-question statistics of one quiz; ``?format=csv`` downloads them."""
    quiz = get_object_or_404(QuizPage, pk=quiz_id)
    report = quiz_statistics_report(quiz=quiz)
    if request.GET.get("format") == "csv":
        return statistics_csv(report)
    rows = [
        {
            "row": row,
            "facility": percent_text(row.statistics.facility),
            "discrimination": discrimination_text(row.statistics.discrimination),
        }
        for row in report.rows
    ]
    index_url = reverse("quizzes_statistics_index")
    return TemplateResponse(
        request,
        "quizzes/admin/statistics_detail.html",
        {
            "report": report,
            "rows": rows,
            "page_title": _("Statistics: %(quiz)s") % {"quiz": report.quiz.title},
            "csv_url": f"{request.path}?format=csv",
            "breadcrumbs_items": [
                {"url": reverse("wagtailadmin_home"), "label": _("Home")},
                {"url": index_url, "label": _("Quiz statistics")},
                {"url": "", "label": report.quiz.title},
            ],
        },
    )


@hooks.register("register_admin_urls")
def register_statistics_urls():
    # Wagtail wraps these in its access_admin check.
    return [
        path(
            "quizzes/statistics/",
            statistics_index,
            name="quizzes_statistics_index",
        ),
        path(
            "quizzes/statistics/<int:quiz_id>/",
            statistics_detail,
            name="quizzes_statistics_detail",
        ),
    ]


class QuizAttemptsMenuItem(MenuItem):
    def is_shown(self, request):
        return can_read_results(request.user)


@hooks.register("register_reports_menu_item")
def register_quiz_attempts_menu_item():
    return QuizAttemptsMenuItem(
        _("Quiz attempts"),
        reverse(quiz_attempt_viewset.get_url_name("index")),
        name="quiz-attempts",
        icon_name="tasks",
        order=300,
    )


@hooks.register("register_reports_menu_item")
def register_quiz_statistics_menu_item():
    return MenuItem(
        _("Quiz statistics"),
        reverse("quizzes_statistics_index"),
        name="quiz-statistics",
        icon_name="table",
        order=310,
    )

"""Course content (Wagtail pages), official-service cards and learner progress.

Progress rows always point at the default-language (Bangla) version of a page,
so a learner who switches to English mid-course keeps their progress.
"""

from django.conf import settings
from django.db import models
from django.utils.translation import get_language
from django.utils.translation import gettext_lazy as _
from wagtail.admin.panels import FieldPanel
from wagtail.fields import RichTextField, StreamField
from wagtail.models import Page, TranslatableMixin
from wagtail.search import index

from .blocks import LessonStreamBlock


class CourseIndexPage(Page):
    """The catalogue: the site's root, listing the courses in this language."""

    intro = RichTextField(_("introduction"), blank=True, features=["bold", "italic"])

    content_panels = Page.content_panels + [FieldPanel("intro")]
    parent_page_types = ["wagtailcore.Page"]
    subpage_types = ["courses.CoursePage"]
    max_count_per_parent = 1

    class Meta:
        verbose_name = _("course catalogue")

    def get_context(self, request, *args, **kwargs):
        from .selectors import catalogue_for

        context = super().get_context(request, *args, **kwargs)
        context["courses"] = catalogue_for(index_page=self, user=request.user)
        return context


class CoursePage(Page):
    class Audience(models.TextChoices):
        TRAINERS = "trainers", _("Trainers")
        LEARNERS = "learners", _("Learners")

    audience = models.CharField(
        _("audience"),
        max_length=10,
        choices=Audience.choices,
        default=Audience.LEARNERS,
    )
    summary = models.TextField(_("summary"), max_length=600)
    estimated_minutes = models.PositiveIntegerField(
        _("estimated duration (minutes)"), default=60
    )
    cover_image = models.ForeignKey(
        "wagtailimages.Image",
        verbose_name=_("cover image"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )

    content_panels = Page.content_panels + [
        FieldPanel("audience"),
        FieldPanel("summary"),
        FieldPanel("estimated_minutes"),
        FieldPanel("cover_image"),
    ]
    search_fields = Page.search_fields + [index.SearchField("summary")]
    parent_page_types = ["courses.CourseIndexPage"]
    subpage_types = ["courses.ModulePage"]

    class Meta:
        verbose_name = _("course")

    def get_context(self, request, *args, **kwargs):
        from .page_panels import render_panels
        from .selectors import canonical, course_outline_for

        context = super().get_context(request, *args, **kwargs)
        context.update(course_outline_for(course=self, user=request.user))
        context["extra_panels"] = render_panels(
            request=request,
            course=canonical(self),
            completion=context.get("completion"),
        )
        return context


class ModulePage(Page):
    summary = models.TextField(_("summary"), blank=True, max_length=600)

    content_panels = Page.content_panels + [FieldPanel("summary")]
    parent_page_types = ["courses.CoursePage"]
    # Quizzes live in their own app; a dotted string keeps courses from importing it.
    subpage_types = ["courses.LessonPage", "quizzes.QuizPage"]

    class Meta:
        verbose_name = _("module")

    def serve(self, request, *args, **kwargs):
        from django.shortcuts import redirect

        return redirect(self.get_parent().url)


class LessonPage(Page):
    summary = models.TextField(_("summary"), blank=True, max_length=400)
    estimated_minutes = models.PositiveIntegerField(_("estimated minutes"), default=10)
    required = models.BooleanField(
        _("required for completion"),
        default=True,
        help_text=_("The course is complete when every required lesson is done."),
    )
    body = StreamField(LessonStreamBlock(), verbose_name=_("body"), blank=True)

    content_panels = Page.content_panels + [
        FieldPanel("summary"),
        FieldPanel("body"),
    ]
    settings_panels = Page.settings_panels + [
        FieldPanel("estimated_minutes"),
        FieldPanel("required"),
    ]
    search_fields = Page.search_fields + [index.SearchField("body")]
    parent_page_types = ["courses.ModulePage"]
    subpage_types = []

    class Meta:
        verbose_name = _("lesson")

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        extra = getattr(request, "lesson_context", None)
        if extra is None:  # an editor's preview: no learner, no progress
            from .selectors import lesson_neighbours

            course, module, previous, following = lesson_neighbours(lesson=self)
            extra = {
                "course": course,
                "module": module,
                "previous_lesson": previous,
                "next_lesson": following,
            }
        context.update(extra)
        return context

    def serve(self, request, *args, **kwargs):
        from .views import serve_lesson

        return serve_lesson(request, self, super().serve, *args, **kwargs)


class OfficialService(TranslatableMixin, models.Model):
    """A government or programme service learners are pointed to, with contacts.

    Names and descriptions are kept in both languages on one record so a card
    always shows the official contact details, whatever language is active.
    """

    name_bn = models.CharField(_("name (Bangla)"), max_length=160)
    name_en = models.CharField(_("name (English)"), max_length=160)
    description_bn = models.TextField(_("what it does (Bangla)"))
    description_en = models.TextField(_("what it does (English)"))
    phone = models.CharField(_("phone"), max_length=40, blank=True)
    website = models.URLField(_("web address"), blank=True)

    panels = [
        FieldPanel("name_bn"),
        FieldPanel("name_en"),
        FieldPanel("description_bn"),
        FieldPanel("description_en"),
        FieldPanel("phone"),
        FieldPanel("website"),
    ]

    class Meta(TranslatableMixin.Meta):
        verbose_name = _("official service")
        verbose_name_plural = _("official services")
        ordering = ["name_en"]

    def __str__(self):
        return self.name_en

    @property
    def name(self):
        return (
            self.name_bn if (get_language() or "bn").startswith("bn") else self.name_en
        )

    @property
    def description(self):
        if (get_language() or "bn").startswith("bn"):
            return self.description_bn
        return self.description_en


class Enrollment(models.Model):
    user = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="enrollments"
    )
    course = models.ForeignKey(
        CoursePage, on_delete=models.CASCADE, related_name="enrollments"
    )
    enrolled_at = models.DateTimeField(_("enrolled at"), auto_now_add=True)
    last_lesson = models.ForeignKey(
        LessonPage, null=True, blank=True, on_delete=models.SET_NULL, related_name="+"
    )
    last_seen_at = models.DateTimeField(_("last seen at"), null=True, blank=True)

    class Meta:
        verbose_name = _("enrolment")
        verbose_name_plural = _("enrolments")
        constraints = [
            models.UniqueConstraint(fields=["user", "course"], name="one_enrollment")
        ]
        indexes = [
            models.Index(fields=["user", "-last_seen_at"]),
            # The staff dashboard reads every column it counts from here.
            models.Index(
                fields=["user", "course", "enrolled_at", "last_seen_at"],
                name="enrolment_dashboard_idx",
            ),
        ]

    def __str__(self):
        return f"{self.user} in {self.course}"


class LessonProgress(models.Model):
    user = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        on_delete=models.CASCADE,
        related_name="lesson_progress",
    )
    lesson = models.ForeignKey(LessonPage, on_delete=models.CASCADE, related_name="+")
    course = models.ForeignKey(CoursePage, on_delete=models.CASCADE, related_name="+")
    first_viewed_at = models.DateTimeField(_("first viewed at"), auto_now_add=True)
    completed_at = models.DateTimeField(_("done at"), null=True, blank=True)

    class Meta:
        verbose_name = _("lesson progress")
        verbose_name_plural = _("lesson progress")
        constraints = [
            models.UniqueConstraint(fields=["user", "lesson"], name="one_progress_row")
        ]
        indexes = [models.Index(fields=["user", "course"])]

    def __str__(self):
        return f"{self.user}: {self.lesson}"


class CourseCompletion(models.Model):
    user = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="completions"
    )
    course = models.ForeignKey(
        CoursePage, on_delete=models.PROTECT, related_name="completions"
    )
    completed_at = models.DateTimeField(_("completed at"), auto_now_add=True)

    class Meta:
        verbose_name = _("course completion")
        verbose_name_plural = _("course completions")
        constraints = [
            models.UniqueConstraint(fields=["user", "course"], name="one_completion")
        ]
        indexes = [models.Index(fields=["completed_at"])]

    def __str__(self):
        return f"{self.user} completed {self.course}"

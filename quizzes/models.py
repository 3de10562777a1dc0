"""The question bank (translatable snippets), quiz pages and learners' attempts.

An attempt keeps a snapshot of the questions it drew, their order, the order
of their answers and what was correct when it started, so editing a question
later never changes a finished attempt's score.
"""

from django.conf import settings
from django.core.validators import MaxValueValidator, MinValueValidator
from django.db import models
from django.utils.translation import get_language
from django.utils.translation import gettext_lazy as _
from modelcluster.contrib.taggit import ClusterTaggableManager
from modelcluster.fields import ParentalKey
from modelcluster.models import ClusterableModel
from taggit.models import TaggedItemBase
from wagtail.admin.panels import FieldPanel, InlinePanel, MultiFieldPanel
from wagtail.fields import RichTextField
from wagtail.models import Orderable, Page, TranslatableMixin
from wagtail.search import index

from .forms import QuestionForm


class QuestionCategory(models.Model):
    name_bn = models.CharField(_("name (Bangla)"), max_length=120)
    name_en = models.CharField(_("name (English)"), max_length=120)

    panels = [FieldPanel("name_bn"), FieldPanel("name_en")]

    class Meta:
        ordering = ["name_en"]
        verbose_name = _("question category")
        verbose_name_plural = _("question categories")

    def __str__(self):
        if (get_language() or "bn").startswith("bn"):
            return self.name_bn or self.name_en
        return self.name_en or self.name_bn


class QuestionTag(TaggedItemBase):
    content_object = ParentalKey(
        "quizzes.Question", on_delete=models.CASCADE, related_name="tagged_items"
    )


class Question(TranslatableMixin, index.Indexed, ClusterableModel):
    class Kind(models.TextChoices):
        SINGLE = "single", _("Single choice")
        MULTIPLE = "multiple", _("Multiple response")
        TRUE_FALSE = "true_false", _("True or false")
        NUMERIC = "numeric", _("Number (with tolerance)")
        PICTURE = "picture", _("Choose the picture")
        ORDERING = "ordering", _("Put in order")

    title = models.CharField(
        _("title"), max_length=200, help_text=_("A short name to find it in the bank.")
    )
    kind = models.CharField(_("type"), max_length=12, choices=Kind.choices)
    category = models.ForeignKey(
        QuestionCategory,
        verbose_name=_("category"),
        on_delete=models.PROTECT,
        related_name="questions",
    )
    tags = ClusterTaggableManager(through=QuestionTag, blank=True)
    stem = RichTextField(_("question"), features=["bold", "italic"])
    stem_image = models.ForeignKey(
        "wagtailimages.Image",
        verbose_name=_("picture"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    stem_audio = models.ForeignKey(
        "wagtaildocs.Document",
        verbose_name=_("audio narration"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
        help_text=_("An MP3 of the question read aloud, for learners who read little."),
    )
    general_feedback = models.TextField(
        _("general feedback"),
        blank=True,
        help_text=_("Shown after answering: why the right answer is right."),
    )
    numeric_answer = models.DecimalField(
        _("correct number"), max_digits=14, decimal_places=2, null=True, blank=True
    )
    numeric_tolerance = models.DecimalField(
        _("tolerance"),
        max_digits=14,
        decimal_places=2,
        default=0,
        help_text=_("Answers within plus or minus this much count as right."),
    )

    base_form_class = QuestionForm
    panels = [
        FieldPanel("title"),
        FieldPanel("kind"),
        FieldPanel("category"),
        FieldPanel("tags"),
        FieldPanel("stem"),
        FieldPanel("stem_image"),
        FieldPanel("stem_audio"),
        InlinePanel(
            "answers",
            label=_("Answers"),
            help_text=_(
                "Single choice, true/false and pictures: exactly one right answer. "
                "Multiple response: two or more right answers; the score is the "
                "share of right answers chosen minus the share of wrong answers "
                "chosen, never below zero. Put in order: list the steps in the "
                "right order; learners see them shuffled."
            ),
        ),
        MultiFieldPanel(
            [FieldPanel("numeric_answer"), FieldPanel("numeric_tolerance")],
            heading=_("Number questions"),
        ),
        FieldPanel("general_feedback"),
    ]
    search_fields = [
        index.SearchField("title"),
        index.AutocompleteField("title"),
        index.SearchField("stem"),
        index.FilterField("kind"),
        index.FilterField("category"),
    ]

    class Meta(TranslatableMixin.Meta):
        verbose_name = _("question")
        verbose_name_plural = _("questions")
        ordering = ["title"]

    def __str__(self):
        return self.title


class Answer(TranslatableMixin, Orderable):
    question = ParentalKey(Question, on_delete=models.CASCADE, related_name="answers")
    text = models.CharField(
        _("answer"),
        max_length=255,
        help_text=_("For picture answers, this is the picture's description."),
    )
    image = models.ForeignKey(
        "wagtailimages.Image",
        verbose_name=_("picture"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    is_correct = models.BooleanField(_("right answer"), default=False)
    feedback = models.CharField(_("feedback"), max_length=400, blank=True)

    panels = [
        FieldPanel("text"),
        FieldPanel("image"),
        FieldPanel("is_correct"),
        FieldPanel("feedback"),
    ]

    class Meta(TranslatableMixin.Meta):
        verbose_name = _("answer")
        ordering = ["sort_order"]

    def __str__(self):
        return self.text


class QuizPage(Page):
    class FeedbackMode(models.TextChoices):
        IMMEDIATE = "immediate", _("After each question")
        AFTER_SUBMIT = "after_submit", _("After submitting the quiz")

    intro = RichTextField(_("introduction"), blank=True, features=["bold", "italic"])
    pass_mark = models.PositiveSmallIntegerField(
        _("pass mark (percent)"),
        default=60,
        validators=[MinValueValidator(1), MaxValueValidator(100)],
    )
    max_attempts = models.PositiveSmallIntegerField(
        _("maximum attempts"), default=0, help_text=_("0 means unlimited.")
    )
    shuffle_questions = models.BooleanField(_("shuffle questions"), default=True)
    shuffle_answers = models.BooleanField(_("shuffle answers"), default=True)
    feedback_mode = models.CharField(
        _("feedback"),
        max_length=12,
        choices=FeedbackMode.choices,
        default=FeedbackMode.AFTER_SUBMIT,
    )
    required = models.BooleanField(
        _("required for completion"),
        default=True,
        help_text=_("The course is complete only when this quiz is passed."),
    )

    content_panels = Page.content_panels + [
        FieldPanel("intro"),
        InlinePanel("fixed_questions", label=_("Questions (always asked)")),
        InlinePanel("random_draws", label=_("Random questions from a category")),
    ]
    settings_panels = Page.settings_panels + [
        FieldPanel("pass_mark"),
        FieldPanel("max_attempts"),
        FieldPanel("shuffle_questions"),
        FieldPanel("shuffle_answers"),
        FieldPanel("feedback_mode"),
        FieldPanel("required"),
    ]
    parent_page_types = ["courses.ModulePage"]
    subpage_types = []

    class Meta:
        verbose_name = _("quiz")

    def serve(self, request, *args, **kwargs):
        from .views import quiz_landing

        return quiz_landing(request, self)


class QuizFixedQuestion(Orderable):
    page = ParentalKey(
        QuizPage, on_delete=models.CASCADE, related_name="fixed_questions"
    )
    question = models.ForeignKey(
        Question, verbose_name=_("question"), on_delete=models.PROTECT, related_name="+"
    )

    panels = [FieldPanel("question")]


class QuizRandomDraw(Orderable):
    page = ParentalKey(QuizPage, on_delete=models.CASCADE, related_name="random_draws")
    category = models.ForeignKey(
        QuestionCategory,
        verbose_name=_("category"),
        on_delete=models.PROTECT,
        related_name="+",
    )
    count = models.PositiveSmallIntegerField(
        _("how many"), default=5, validators=[MinValueValidator(1)]
    )

    panels = [FieldPanel("category"), FieldPanel("count")]


class QuizAttempt(models.Model):
    class State(models.TextChoices):
        IN_PROGRESS = "in_progress", _("In progress")
        FINISHED = "finished", _("Finished")

    user = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="quiz_attempts"
    )
    quiz = models.ForeignKey(
        QuizPage, on_delete=models.CASCADE, related_name="attempts"
    )
    number = models.PositiveSmallIntegerField(_("attempt"))
    state = models.CharField(
        _("state"), max_length=12, choices=State.choices, default=State.IN_PROGRESS
    )
    slots = models.JSONField(_("questions drawn"), default=list)
    started_at = models.DateTimeField(_("started"), auto_now_add=True)
    finished_at = models.DateTimeField(_("finished"), null=True, blank=True)
    grade = models.DecimalField(
        _("grade"), max_digits=5, decimal_places=4, null=True, blank=True
    )
    passed = models.BooleanField(_("passed"), null=True)

    class Meta:
        verbose_name = _("quiz attempt")
        verbose_name_plural = _("quiz attempts")
        ordering = ["-started_at"]
        constraints = [
            models.UniqueConstraint(
                fields=["user", "quiz", "number"], name="unique_attempt_number"
            ),
            # A double click on "start" cannot open two attempts.
            models.UniqueConstraint(
                fields=["user", "quiz"],
                condition=models.Q(state="in_progress"),
                name="one_open_attempt",
            ),
            models.CheckConstraint(
                condition=models.Q(grade__isnull=True)
                | models.Q(grade__gte=0, grade__lte=1),
                name="grade_between_0_and_1",
            ),
        ]
        indexes = [
            models.Index(fields=["quiz", "finished_at"]),
            # The staff dashboard's pass rates read only these columns.
            models.Index(
                fields=["user", "quiz", "state", "passed", "finished_at"],
                name="attempt_dashboard_idx",
            ),
        ]

    def __str__(self):
        return f"{self.user} · {self.quiz} #{self.number}"

    @property
    def percent(self) -> int | None:
        return None if self.grade is None else round(self.grade * 100)


class QuizResponse(models.Model):
    attempt = models.ForeignKey(
        QuizAttempt, on_delete=models.CASCADE, related_name="responses"
    )
    slot = models.PositiveSmallIntegerField(_("question number"))
    answer = models.JSONField(_("answer"))
    saved_at = models.DateTimeField(_("saved"), auto_now=True)
    fraction = models.DecimalField(
        _("score"), max_digits=5, decimal_places=4, null=True, blank=True
    )
    locked = models.BooleanField(
        _("locked"),
        default=False,
        help_text=_("Feedback was shown, so the answer can no longer change."),
    )

    class Meta:
        verbose_name = _("answer given")
        verbose_name_plural = _("answers given")
        ordering = ["slot"]
        constraints = [
            models.UniqueConstraint(fields=["attempt", "slot"], name="one_response")
        ]

    def __str__(self):
        return f"{self.attempt} · {self.slot}"

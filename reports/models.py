"""The dashboard's summary: its counts taken every few minutes, kept small.

Counting a million learners' events live takes seconds; the dashboard without
dates reads these tables instead (``reports.selectors``), which hold the same
counts summed per group of learners. ``reports.services.summary_refresh``
rebuilds them in one transaction, so readers see the old summary or the new
one, never half of each. Places and courses are plain ids, not foreign keys:
the summary is rebuilt from the source tables, never edited.
"""

from django.db import models
from django.utils.translation import gettext_lazy as _


class SummaryGroup(models.Model):
    """Columns every summary row has: which learners and which course."""

    course_id = models.IntegerField(null=True)  # null: quizzes outside a course
    division_id = models.IntegerField()
    district_id = models.IntegerField()
    upazila_id = models.IntegerField(null=True)
    centre_id = models.IntegerField(null=True)
    gender = models.CharField(max_length=20, blank=True)
    learner_type = models.CharField(max_length=20, blank=True)

    class Meta:
        abstract = True


class SummaryCell(SummaryGroup):
    """The counts of one group of learners in one course (``COUNTS``)."""

    enrolled = models.IntegerField(default=0)
    started = models.IntegerField(default=0)
    learners = models.IntegerField(default=0)  # each person once, in one course
    active = models.IntegerField(default=0)  # each person once, in one course
    course_active = models.IntegerField(default=0)  # per course
    completed = models.IntegerField(default=0)
    certified = models.IntegerField(default=0)
    revoked = models.IntegerField(default=0)
    printed = models.IntegerField(default=0)
    quiz_pairs = models.IntegerField(default=0)
    quiz_passed = models.IntegerField(default=0)

    class Meta:
        indexes = [models.Index(fields=["district_id"], name="reports_cell_district")]

    def __str__(self):
        return f"course {self.course_id}, district {self.district_id}"


class CompletionTime(SummaryGroup):
    """One completion and how long it took, for the median and the months."""

    completed_at = models.DateTimeField()
    completed_month = models.DateField()  # its first day, in local time
    time_taken = models.DurationField(null=True)

    class Meta:
        indexes = [
            models.Index(
                fields=["district_id", "completed_at"], name="reports_time_district"
            ),
            models.Index(fields=["completed_at"], name="reports_time_completed"),
        ]

    def __str__(self):
        return f"{self.completed_at:%Y-%m-%d}: {self.time_taken}"


class SummaryRefresh(models.Model):
    """One rebuild of the summary: when it was counted and how long it took."""

    counted_at = models.DateTimeField(_("counted at"), db_index=True)
    seconds = models.FloatField(_("seconds taken"))
    cells = models.IntegerField(_("groups"))
    completions = models.IntegerField(_("completions"))
    # Of every completion counted: the figure the national dashboard shows,
    # kept here because it is the one median the cells cannot give cheaply.
    median_time = models.DurationField(_("median time to complete"), null=True)

    class Meta:
        verbose_name = _("summary refresh")
        verbose_name_plural = _("summary refreshes")
        ordering = ["-counted_at"]

    def __str__(self):
        return f"{self.counted_at:%Y-%m-%d %H:%M}"

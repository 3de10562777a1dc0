"""Certificates, the templates they are drawn from, and what staff did to them."""

from django.conf import settings
from django.core.exceptions import ValidationError
from django.db import models
from django.urls import reverse
from django.utils.translation import gettext_lazy as _
from modelcluster.fields import ParentalKey
from modelcluster.models import ClusterableModel
from wagtail.admin.panels import FieldPanel, InlinePanel, MultiFieldPanel
from wagtail.models import Orderable

from courses.models import CourseCompletion, CoursePage

from .storage import private_storage


class CertificateTemplate(ClusterableModel):
    """Logos and signatories for one course's certificates (or the default)."""

    name = models.CharField(_("name"), max_length=120)
    course = models.OneToOneField(
        CoursePage,
        verbose_name=_("course"),
        null=True,
        blank=True,
        on_delete=models.CASCADE,
        related_name="certificate_template",
        help_text=_("Leave empty for the default used by every other course."),
    )
    programme_bn = models.CharField(
        _("programme name (Bangla)"), max_length=160, blank=True
    )
    programme_en = models.CharField(
        _("programme name (English)"), max_length=160, blank=True
    )
    logo_left = models.ForeignKey(
        "wagtailimages.Image",
        verbose_name=_("left logo"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    logo_right = models.ForeignKey(
        "wagtailimages.Image",
        verbose_name=_("right logo"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    updated_at = models.DateTimeField(_("updated at"), auto_now=True)

    panels = [
        FieldPanel("name"),
        FieldPanel("course"),
        MultiFieldPanel(
            [FieldPanel("programme_bn"), FieldPanel("programme_en")],
            heading=_("Programme"),
        ),
        MultiFieldPanel(
            [FieldPanel("logo_left"), FieldPanel("logo_right")], heading=_("Logos")
        ),
        InlinePanel("signatories", label=_("Signatories"), max_num=3),
    ]

    class Meta:
        verbose_name = _("certificate template")
        verbose_name_plural = _("certificate templates")

    def __str__(self):
        return self.name

    def clean(self):
        defaults = CertificateTemplate.objects.filter(course__isnull=True)
        if self.course_id is None and defaults.exclude(pk=self.pk).exists():
            raise ValidationError(
                {"course": _("There is already a default template; choose a course.")}
            )


class Signatory(Orderable):
    template = ParentalKey(
        CertificateTemplate, on_delete=models.CASCADE, related_name="signatories"
    )
    name_bn = models.CharField(_("name (Bangla)"), max_length=120, blank=True)
    name_en = models.CharField(_("name (English)"), max_length=120, blank=True)
    title_bn = models.CharField(_("title (Bangla)"), max_length=120)
    title_en = models.CharField(_("title (English)"), max_length=120)
    signature = models.ForeignKey(
        "wagtailimages.Image",
        verbose_name=_("signature image"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )

    panels = [
        FieldPanel("name_bn"),
        FieldPanel("name_en"),
        FieldPanel("title_bn"),
        FieldPanel("title_en"),
        FieldPanel("signature"),
    ]

    class Meta(Orderable.Meta):
        verbose_name = _("signatory")
        verbose_name_plural = _("signatories")


class Certificate(models.Model):
    """One per learner and course, from the completion that earned it.

    The learner's name, course titles and centre are copied in when the PDF is
    drawn, so the verify page tells what the paper says.
    """

    class Status(models.TextChoices):
        PENDING = "pending", _("Being prepared")
        ISSUED = "issued", _("Issued")
        FAILED = "failed", _("Failed")
        REVOKED = "revoked", _("Revoked")

    learner = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        verbose_name=_("learner"),
        on_delete=models.CASCADE,
        related_name="certificates",
    )
    course = models.ForeignKey(
        CoursePage,
        verbose_name=_("course"),
        on_delete=models.PROTECT,
        related_name="certificates",
    )
    completion = models.OneToOneField(
        CourseCompletion,
        verbose_name=_("completion"),
        on_delete=models.PROTECT,
        related_name="certificate",
    )
    code = models.CharField(_("verification code"), max_length=16, unique=True)
    status = models.CharField(
        _("status"), max_length=8, choices=Status.choices, default=Status.PENDING
    )
    learner_name = models.CharField(_("name on the certificate"), max_length=120)
    course_title_bn = models.CharField(_("course (Bangla)"), max_length=255)
    course_title_en = models.CharField(_("course (English)"), max_length=255)
    centre_bn = models.CharField(_("centre (Bangla)"), max_length=160, blank=True)
    centre_en = models.CharField(_("centre (English)"), max_length=160, blank=True)
    completed_on = models.DateField(_("completed on"))
    pdf = models.FileField(
        _("PDF"), upload_to="certificates/", storage=private_storage, blank=True
    )
    created_at = models.DateTimeField(_("created at"), auto_now_add=True)
    issued_at = models.DateTimeField(_("issued at"), null=True, blank=True)
    revoked_at = models.DateTimeField(_("revoked at"), null=True, blank=True)
    revoked_reason = models.TextField(_("reason for revoking"), blank=True)
    tries = models.PositiveSmallIntegerField(_("tries"), default=0)
    last_error = models.TextField(_("last error"), blank=True)
    # Set when the centre marks the paper as printed: until then it is "new"
    # in the operator's print queue.
    printed_at = models.DateTimeField(_("printed at"), null=True, blank=True)
    printed_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        verbose_name=_("printed by"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )

    class Meta:
        verbose_name = _("certificate")
        verbose_name_plural = _("certificates")
        constraints = [
            models.UniqueConstraint(
                fields=["learner", "course"], name="one_certificate_per_course"
            )
        ]
        indexes = [
            models.Index(fields=["status", "created_at"]),
            models.Index(fields=["course", "issued_at"]),
            models.Index(fields=["status", "printed_at", "issued_at"]),
            # The staff dashboard reads every column it counts from here.
            models.Index(
                fields=[
                    "learner",
                    "course",
                    "status",
                    "issued_at",
                    "revoked_at",
                    "printed_at",
                ],
                name="certificate_dashboard_idx",
            ),
        ]
        permissions = [
            ("revoke_certificate", _("Can revoke and re-issue certificates")),
            ("print_certificates", _("Can print certificates in batches")),
        ]

    def __str__(self):
        return f"{self.code} ({self.learner_name})"

    def get_absolute_url(self):
        return reverse("certificates:verify", kwargs={"code": self.code})


class CertificateEvent(models.Model):
    """The audit trail: issued, revoked, re-issued; by whom, when and why.

    The code is kept as it was at the time, so a replaced code still verifies
    as revoked rather than "not found".
    """

    class Action(models.TextChoices):
        ISSUED = "issued", _("Issued")
        FAILED = "failed", _("Failed")
        REVOKED = "revoked", _("Revoked")
        REISSUED = "reissued", _("Re-issue requested")
        # An operator asked staff to revoke; only staff decide (and revoke).
        REVOKE_REQUESTED = "rev_req", _("Revoke requested by the centre")

    certificate = models.ForeignKey(
        Certificate,
        verbose_name=_("certificate"),
        on_delete=models.CASCADE,
        related_name="events",
    )
    action = models.CharField(_("action"), max_length=8, choices=Action.choices)
    code = models.CharField(_("code at the time"), max_length=16, db_index=True)
    actor = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        verbose_name=_("by"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    reason = models.TextField(_("reason"), blank=True)
    at = models.DateTimeField(_("at"), auto_now_add=True)

    class Meta:
        verbose_name = _("certificate event")
        verbose_name_plural = _("certificate events")
        ordering = ["-at", "-pk"]

    def __str__(self):
        return f"{self.get_action_display()} {self.code}"


class PrintBatch(models.Model):
    """A multi-page PDF of many certificates for the UDC's printer."""

    class Status(models.TextChoices):
        QUEUED = "queued", _("Waiting")
        RUNNING = "running", _("Being prepared")
        READY = "ready", _("Ready")
        FAILED = "failed", _("Failed")
        EXPIRED = "expired", _("Expired")

    requested_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        verbose_name=_("requested by"),
        null=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    # The centre an operator printed for; empty for staff batches.
    centre = models.ForeignKey(
        "centres.Centre",
        verbose_name=_("centre"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="print_batches",
    )
    filters = models.JSONField(_("chosen"), default=dict)
    certificate_ids = models.JSONField(default=list)
    total = models.PositiveIntegerField(_("certificates"), default=0)
    done = models.PositiveIntegerField(_("done"), default=0)
    parts = models.PositiveIntegerField(default=1)
    parts_finished = models.JSONField(default=list)
    status = models.CharField(
        _("status"), max_length=8, choices=Status.choices, default=Status.QUEUED
    )
    pdf = models.FileField(
        _("PDF"), upload_to="certificate-batches/", storage=private_storage, blank=True
    )
    created_at = models.DateTimeField(_("created at"), auto_now_add=True)
    finished_at = models.DateTimeField(_("finished at"), null=True, blank=True)
    expires_at = models.DateTimeField(_("downloadable until"), null=True, blank=True)
    marked_printed_at = models.DateTimeField(
        _("marked as printed at"), null=True, blank=True
    )

    class Meta:
        verbose_name = _("print batch")
        verbose_name_plural = _("print batches")
        ordering = ["-created_at"]

    def __str__(self):
        return f"#{self.pk} ({self.total})"

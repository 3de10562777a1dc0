"""H5P activities (snippets), their uploaded versions, shared libraries and
learners' results (raw xAPI statements, attempts and saved player state)."""

import uuid

from django.conf import settings
from django.core.files.storage import storages
from django.core.validators import MaxValueValidator, MinValueValidator
from django.db import models
from django.utils.translation import gettext_lazy as _
from wagtail.admin.panels import FieldPanel
from wagtail.models import TranslatableMixin
from wagtail.search import index

from .forms import H5PActivityForm


def private_storage():
    """Where packages, their content and libraries live: never served by the
    web server, only through the checked views in ``h5p.player_views``."""
    return storages["private"]


class H5PLibrary(models.Model):
    """One library's files, stored once under the hash of their content.

    Two uploads of "H5P.TrueFalse 1.6" with different files are two rows: a
    package always runs exactly the code it was installed with, so a later
    upload can never change what another package runs.
    """

    machine_name = models.CharField(_("machine name"), max_length=120)
    major = models.PositiveSmallIntegerField(_("major version"))
    minor = models.PositiveSmallIntegerField(_("minor version"))
    patch = models.PositiveSmallIntegerField(_("patch version"), default=0)
    folder = models.CharField(max_length=160)
    content_hash = models.CharField(_("hash of its files"), max_length=64, unique=True)
    manifest = models.JSONField(default=dict)
    installed_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        verbose_name=_("installed by"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    created_at = models.DateTimeField(_("installed at"), auto_now_add=True)

    class Meta:
        verbose_name = _("H5P library")
        verbose_name_plural = _("H5P libraries")
        indexes = [models.Index(fields=["machine_name", "major", "minor"])]
        permissions = [
            (
                "install_library",
                _("Can install new H5P libraries (code that runs in the player)"),
            )
        ]

    def __str__(self):
        return f"{self.machine_name} {self.major}.{self.minor}.{self.patch}"

    @property
    def storage_path(self) -> str:
        return f"h5p/libraries/{self.content_hash}"

    @property
    def version(self) -> str:
        return f"{self.major}.{self.minor}.{self.patch}"

    @property
    def short_hash(self) -> str:
        return self.content_hash[:12]


class H5PActivity(TranslatableMixin, index.Indexed, models.Model):
    title = models.CharField(_("title"), max_length=200)
    description = models.TextField(_("description"), blank=True)
    pass_mark = models.DecimalField(
        _("pass mark (0 to 1)"),
        max_digits=4,
        decimal_places=3,
        default=0.6,
        validators=[MinValueValidator(0), MaxValueValidator(1)],
        help_text=_("The scaled score needed to pass, e.g. 0.6 for 60%."),
    )
    required = models.BooleanField(
        _("required for completion"),
        default=True,
        help_text=_("The course is complete only when this activity is passed."),
    )
    current_version = models.ForeignKey(
        "h5p.H5PPackage",
        verbose_name=_("current version"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
        editable=False,
    )

    base_form_class = H5PActivityForm
    panels = [
        FieldPanel("title"),
        FieldPanel("description"),
        FieldPanel("package_file"),
        FieldPanel("pass_mark"),
        FieldPanel("required"),
    ]
    search_fields = [index.SearchField("title"), index.AutocompleteField("title")]

    class Meta(TranslatableMixin.Meta):
        verbose_name = _("H5P activity")
        verbose_name_plural = _("H5P activities")
        ordering = ["title"]

    def __str__(self):
        return self.title


def _package_upload_to(instance, filename):
    return f"h5p/packages/{uuid.uuid4().hex}.h5p"


class H5PPackage(models.Model):
    """One uploaded version of an activity; old versions stay for old attempts."""

    activity = models.ForeignKey(
        H5PActivity, on_delete=models.CASCADE, related_name="versions"
    )
    file = models.FileField(
        _("package"), upload_to=_package_upload_to, storage=private_storage
    )
    content_path = models.CharField(max_length=200, unique=True)
    main_library = models.CharField(max_length=120)
    manifest = models.JSONField(default=dict)
    # What the player loads, worked out once at install: the preloaded
    # libraries' scripts and styles in dependency order, as (hash, file) pairs,
    # and each library folder's hash. Editor-only libraries are left out.
    assets = models.JSONField(default=dict)
    libraries = models.ManyToManyField(H5PLibrary, related_name="packages")
    uploaded_at = models.DateTimeField(auto_now_add=True)
    uploaded_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, null=True, blank=True, on_delete=models.SET_NULL
    )

    class Meta:
        verbose_name = _("H5P package version")
        ordering = ["-uploaded_at"]

    def __str__(self):
        return f"{self.activity} ({self.uploaded_at:%Y-%m-%d %H:%M})"


class H5PStatement(models.Model):
    """A raw xAPI statement as received; its id makes a resend a no-op."""

    statement_id = models.UUIDField(unique=True)
    user = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="+"
    )
    activity = models.ForeignKey(
        H5PActivity, on_delete=models.CASCADE, related_name="statements"
    )
    verb = models.CharField(max_length=200)
    raw = models.JSONField()
    received_at = models.DateTimeField(auto_now_add=True)

    class Meta:
        verbose_name = _("xAPI statement")

    def __str__(self):
        return f"{self.verb} {self.statement_id}"


class H5PAttempt(models.Model):
    user = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="h5p_attempts"
    )
    activity = models.ForeignKey(
        H5PActivity, on_delete=models.CASCADE, related_name="attempts"
    )
    version = models.ForeignKey(
        H5PPackage, null=True, on_delete=models.SET_NULL, related_name="attempts"
    )
    statement = models.OneToOneField(
        H5PStatement, on_delete=models.CASCADE, related_name="attempt"
    )
    score_raw = models.DecimalField(max_digits=10, decimal_places=2)
    score_min = models.DecimalField(max_digits=10, decimal_places=2, default=0)
    score_max = models.DecimalField(max_digits=10, decimal_places=2)
    scaled = models.DecimalField(max_digits=5, decimal_places=4)
    success = models.BooleanField(null=True)
    completion = models.BooleanField(null=True)
    duration = models.CharField(max_length=40, blank=True)
    created_at = models.DateTimeField(auto_now_add=True)

    class Meta:
        verbose_name = _("H5P attempt")
        ordering = ["-created_at"]
        indexes = [models.Index(fields=["user", "activity"])]
        constraints = [
            models.CheckConstraint(
                condition=models.Q(scaled__gte=0, scaled__lte=1),
                name="h5p_scaled_between_0_and_1",
            )
        ]

    def __str__(self):
        return f"{self.user} {self.activity} {self.scaled}"


class H5PUserState(models.Model):
    """The player's saved state, so a learner can resume a half-done activity."""

    user = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="+"
    )
    activity = models.ForeignKey(
        H5PActivity, on_delete=models.CASCADE, related_name="+"
    )
    data = models.TextField()
    updated_at = models.DateTimeField(auto_now=True)

    class Meta:
        constraints = [
            models.UniqueConstraint(fields=["user", "activity"], name="one_h5p_state")
        ]

    def __str__(self):
        return f"{self.user} {self.activity}"

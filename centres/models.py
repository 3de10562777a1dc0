"""Places (division > district > upazila > union), centres, and the people who
learn and work there."""

from django.conf import settings
from django.core.exceptions import ValidationError
from django.db import models
from django.utils.translation import get_language
from django.utils.translation import gettext_lazy as _


def bilingual_name(name_bn: str, name_en: str) -> str:
    """The name in the active language, or the other one if it is missing."""
    if (get_language() or "bn").startswith("bn"):
        return name_bn or name_en
    return name_en or name_bn


class BilingualNameMixin:
    """Picks ``name_bn`` or ``name_en`` for the active language."""

    @property
    def name(self):
        return bilingual_name(self.name_bn, self.name_en)


class Place(BilingualNameMixin, models.Model):
    """A level of the administrative hierarchy, as ``load_places`` writes it."""

    code = models.CharField(_("code"), max_length=8, unique=True)
    name_en = models.CharField(_("name (English)"), max_length=80)
    name_bn = models.CharField(_("name (Bangla)"), max_length=80)

    class Meta:
        abstract = True
        ordering = ["name_en"]

    def __str__(self):
        return self.name


class Division(Place):
    class Meta(Place.Meta):
        verbose_name = _("division")
        verbose_name_plural = _("divisions")


class District(Place):
    division = models.ForeignKey(
        Division, on_delete=models.PROTECT, related_name="districts"
    )

    class Meta(Place.Meta):
        verbose_name = _("district")
        verbose_name_plural = _("districts")


class Upazila(Place):
    district = models.ForeignKey(
        District, on_delete=models.PROTECT, related_name="upazilas"
    )

    class Meta(Place.Meta):
        verbose_name = _("upazila")
        verbose_name_plural = _("upazilas")


class Union(Place):
    upazila = models.ForeignKey(
        Upazila, on_delete=models.PROTECT, related_name="unions"
    )

    class Meta(Place.Meta):
        verbose_name = _("union")
        verbose_name_plural = _("unions")


class Centre(BilingualNameMixin, models.Model):
    """A Union Digital Centre or a Reintegration Service Centre."""

    class Kind(models.TextChoices):
        UDC = "udc", _("Union Digital Centre")
        RSC = "rsc", _("Reintegration Service Centre")

    name_bn = models.CharField(_("name (Bangla)"), max_length=160)
    name_en = models.CharField(_("name (English)"), max_length=160)
    kind = models.CharField(_("kind"), max_length=3, choices=Kind.choices)
    district = models.ForeignKey(
        District,
        verbose_name=_("district"),
        on_delete=models.PROTECT,
        related_name="centres",
    )
    upazila = models.ForeignKey(
        Upazila,
        verbose_name=_("upazila"),
        null=True,
        blank=True,
        on_delete=models.PROTECT,
        related_name="centres",
    )
    union = models.ForeignKey(
        Union,
        verbose_name=_("union"),
        null=True,
        blank=True,
        on_delete=models.PROTECT,
        related_name="centres",
    )
    address = models.CharField(_("address"), max_length=255, blank=True)
    contact_name = models.CharField(_("contact person"), max_length=120, blank=True)
    phone = models.CharField(_("phone"), max_length=20, blank=True)
    active = models.BooleanField(_("active"), default=True)
    created_at = models.DateTimeField(_("created at"), auto_now_add=True)

    class Meta:
        ordering = ["name_en"]
        verbose_name = _("centre")
        verbose_name_plural = _("centres")
        constraints = [
            models.UniqueConstraint(
                fields=["district", "kind", "name_en"], name="unique_centre_name"
            )
        ]

    def __str__(self):
        return self.name

    def clean(self):
        if self.upazila_id and self.upazila.district_id != self.district_id:
            raise ValidationError(
                {"upazila": _("This upazila is in another district.")}
            )
        if self.union_id and self.union.upazila_id != self.upazila_id:
            raise ValidationError({"union": _("This union is in another upazila.")})


class CentreOperator(models.Model):
    """An operator (UDC entrepreneur) works for one or more centres."""

    user = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        verbose_name=_("user"),
        on_delete=models.CASCADE,
        related_name="centre_memberships",
    )
    centre = models.ForeignKey(
        Centre,
        verbose_name=_("centre"),
        on_delete=models.CASCADE,
        related_name="operators",
    )
    added_at = models.DateTimeField(_("added at"), auto_now_add=True)

    class Meta:
        verbose_name = _("centre operator")
        verbose_name_plural = _("centre operators")
        constraints = [
            models.UniqueConstraint(fields=["user", "centre"], name="one_membership")
        ]

    def __str__(self):
        return f"{self.user} @ {self.centre}"


class StaffScope(models.Model):
    """Limits a programme staff member to some divisions and districts.

    Staff without a scope (or with an empty one) see the whole country.
    """

    user = models.OneToOneField(
        settings.AUTH_USER_MODEL,
        verbose_name=_("user"),
        on_delete=models.CASCADE,
        related_name="staff_scope",
    )
    divisions = models.ManyToManyField(
        Division, verbose_name=_("divisions"), blank=True, related_name="+"
    )
    districts = models.ManyToManyField(
        District, verbose_name=_("districts"), blank=True, related_name="+"
    )

    class Meta:
        verbose_name = _("staff scope")
        verbose_name_plural = _("staff scopes")

    def __str__(self):
        return str(self.user)


# Words that open many Bangladeshi names and say nothing about who is who:
# father and son are both "Md." (compared without dots and colons).
_NAME_PREFIXES = {
    "md",
    "mohammad",
    "mohammed",
    "muhammad",
    "mohd",
    "mst",
    "mosammat",
    "mrs",
    "mr",
    "মো",
    "মোহাম্মদ",
    "মুহাম্মদ",
    "মোহাম্মাদ",
    "মোছা",
    "মোসা",
    "মোসাম্মৎ",
    "মোছাম্মৎ",
}
BADGE_COLOURS = 8


def first_name(full_name: str) -> str:
    """The first word of ``full_name`` that is not a prefix such as "Md."."""
    words = full_name.split()
    for word in words:
        if word.strip(".:ঃ").casefold() not in _NAME_PREFIXES:
            return word
    return words[0] if words else ""


class LearnerProfile(models.Model):
    """A learner: one person, signed in by mobile number and PIN.

    Several family members may share one phone, so ``phone`` is not unique;
    the pair (phone, name) is.
    """

    class Gender(models.TextChoices):
        FEMALE = "female", _("Female")
        MALE = "male", _("Male")
        OTHER = "other", _("Other")

    class LearnerType(models.TextChoices):
        RETURNEE = "returnee", _("Returnee migrant")
        ASPIRANT = "aspirant", _("Aspirant migrant")
        FAMILY = "family", _("Migrant's family member")

    user = models.OneToOneField(
        settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="learner"
    )
    full_name = models.CharField(_("name"), max_length=120)
    nickname = models.CharField(
        _("nickname"),
        max_length=30,
        blank=True,
        help_text=_(
            "Shown instead of the first name when the family's profiles are "
            "listed at sign-in."
        ),
    )
    phone = models.CharField(_("mobile number"), max_length=14, db_index=True)
    gender = models.CharField(_("gender"), max_length=8, choices=Gender.choices)
    district = models.ForeignKey(
        District, on_delete=models.PROTECT, related_name="learners"
    )
    learner_type = models.CharField(
        _("learner type"), max_length=10, choices=LearnerType.choices
    )
    upazila = models.ForeignKey(
        Upazila,
        verbose_name=_("upazila"),
        null=True,
        blank=True,
        on_delete=models.PROTECT,
        related_name="learners",
    )
    centre = models.ForeignKey(
        Centre,
        verbose_name=_("centre"),
        null=True,
        blank=True,
        on_delete=models.PROTECT,
        related_name="learners",
        help_text=_("Where the learner learns; empty for those learning on their own."),
    )
    registered_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        verbose_name=_("registered by"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    created_at = models.DateTimeField(_("registered at"), auto_now_add=True)

    class Meta:
        ordering = ["full_name"]
        verbose_name = _("learner")
        verbose_name_plural = _("learners")
        constraints = [
            models.UniqueConstraint(
                fields=["phone", "full_name"], name="unique_name_per_phone"
            )
        ]
        # The dashboard's filters.
        indexes = [
            models.Index(fields=["district", "gender", "learner_type"]),
            models.Index(fields=["centre", "created_at"]),
            models.Index(fields=["created_at"]),
            # The staff dashboard finds a district's learners and what it
            # groups them by in this index alone.
            models.Index(
                fields=["district", "user", "centre", "gender", "learner_type"],
                name="learner_dashboard_idx",
            ),
        ]

    def __str__(self):
        return f"{self.full_name} ({self.phone})"

    @property
    def display_name(self) -> str:
        """What anyone who types the number may see: the nickname, or the first
        name; never the full name."""
        return self.nickname or first_name(self.full_name)

    @property
    def initial(self) -> str:
        return self.display_name[:1].upper()

    @property
    def badge_colour(self) -> int:
        """One of ``BADGE_COLOURS`` colours, fixed for the profile, so a learner
        can look for "the green one"; family members registered one after
        another get different ones."""
        return self.pk % BADGE_COLOURS if self.pk else 0


class AuditEvent(models.Model):
    """What an operator (or staff) did for learners: who, when, for whom."""

    class Action(models.TextChoices):
        REGISTER = "register", _("Registered a learner")
        IMPORT = "import", _("Imported learners")
        SWITCH_IN = "switch_in", _("Started a session for a learner")
        SWITCH_OUT = "switch_out", _("Ended a session for a learner")
        SET_PIN = "set_pin", _("Set a learner's PIN")
        PRINT = "print", _("Printed certificates")
        REVOKE_REQUEST = "revoke_req", _("Asked for a certificate to be revoked")

    actor = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        verbose_name=_("by"),
        null=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    centre = models.ForeignKey(
        Centre,
        verbose_name=_("centre"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="audit_events",
    )
    learner = models.ForeignKey(
        LearnerProfile,
        verbose_name=_("learner"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="audit_events",
    )
    action = models.CharField(_("action"), max_length=10, choices=Action.choices)
    detail = models.JSONField(_("detail"), default=dict, blank=True)
    at = models.DateTimeField(_("at"), auto_now_add=True, db_index=True)

    class Meta:
        verbose_name = _("audit event")
        verbose_name_plural = _("audit events")
        ordering = ["-at", "-pk"]
        indexes = [models.Index(fields=["centre", "-at"])]

    def __str__(self):
        return f"{self.get_action_display()} ({self.at:%Y-%m-%d %H:%M})"

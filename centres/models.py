"""Places (division > district) and the people who learn there."""

from django.conf import settings
from django.db import models
from django.utils.translation import get_language
from django.utils.translation import gettext_lazy as _


class BilingualNameMixin:
    """Picks ``name_bn`` or ``name_en`` for the active language."""

    @property
    def name(self):
        if (get_language() or "bn").startswith("bn"):
            return self.name_bn or self.name_en
        return self.name_en or self.name_bn


class Division(BilingualNameMixin, models.Model):
    code = models.CharField(_("code"), max_length=8, unique=True)
    name_en = models.CharField(_("name (English)"), max_length=80)
    name_bn = models.CharField(_("name (Bangla)"), max_length=80)

    class Meta:
        ordering = ["name_en"]
        verbose_name = _("division")
        verbose_name_plural = _("divisions")

    def __str__(self):
        return self.name


class District(BilingualNameMixin, models.Model):
    code = models.CharField(_("code"), max_length=8, unique=True)
    division = models.ForeignKey(
        Division, on_delete=models.PROTECT, related_name="districts"
    )
    name_en = models.CharField(_("name (English)"), max_length=80)
    name_bn = models.CharField(_("name (Bangla)"), max_length=80)

    class Meta:
        ordering = ["name_en"]
        verbose_name = _("district")
        verbose_name_plural = _("districts")

    def __str__(self):
        return self.name


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
    phone = models.CharField(_("mobile number"), max_length=14, db_index=True)
    gender = models.CharField(_("gender"), max_length=8, choices=Gender.choices)
    district = models.ForeignKey(
        District, on_delete=models.PROTECT, related_name="learners"
    )
    learner_type = models.CharField(
        _("learner type"), max_length=10, choices=LearnerType.choices
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

    def __str__(self):
        return f"{self.full_name} ({self.phone})"

"""Learners built through the registration service, as real ones are."""

import factory
from django.contrib.auth import get_user_model

from centres.models import Centre, CentreOperator, District, LearnerProfile
from centres.services import learner_register

DEFAULT_PIN = "4826"
OPERATOR_PASSWORD = "desk-pass-2026"
_LETTERS = "কখগঘচছজঝটঠডঢতথদধনপফবভমযরলশসহ"


def to_bangla_letters(number: int) -> str:
    """A distinct Bangla 'surname' per number: names may not contain digits."""
    letters = ""
    while True:
        number, rest = divmod(number, len(_LETTERS))
        letters = _LETTERS[rest] + letters
        if number == 0:
            return letters


class LearnerFactory(factory.Factory):
    """``LearnerFactory(full_name=..., phone=...)`` -> a registered LearnerProfile."""

    class Meta:
        model = LearnerProfile

    full_name = factory.Sequence(lambda n: f"শিক্ষার্থী {to_bangla_letters(n)}")
    phone = factory.Sequence(lambda n: f"0171{n:07d}")
    pin = DEFAULT_PIN
    gender = LearnerProfile.Gender.FEMALE
    learner_type = LearnerProfile.LearnerType.FAMILY
    district = factory.LazyFunction(lambda: District.objects.get(name_en="Tangail"))

    @classmethod
    def _create(cls, model_class, **kwargs):
        return learner_register(**kwargs)

    @classmethod
    def _build(cls, model_class, **kwargs):
        return cls._create(model_class, **kwargs)


class CentreFactory(factory.django.DjangoModelFactory):
    """``CentreFactory(district=...)`` -> an active Union Digital Centre in Tangail."""

    class Meta:
        model = Centre

    name_bn = factory.Sequence(lambda n: f"ইউনিয়ন ডিজিটাল সেন্টার {to_bangla_letters(n)}")
    name_en = factory.Sequence(lambda n: f"Union Digital Centre {n}")
    kind = Centre.Kind.UDC
    district = factory.LazyFunction(lambda: District.objects.get(name_en="Tangail"))


class UserFactory(factory.django.DjangoModelFactory):
    """A plain account (operator, trainer, staff) with ``OPERATOR_PASSWORD``."""

    class Meta:
        model = get_user_model()
        django_get_or_create = ("username",)

    username = factory.Sequence(lambda n: f"user{n}")
    password = factory.django.Password(OPERATOR_PASSWORD)


class OperatorFactory(factory.django.DjangoModelFactory):
    """``OperatorFactory(centre=...)`` -> a CentreOperator: a new user at a centre.

    ``OperatorFactory().user`` is the operator to sign in as.
    """

    class Meta:
        model = CentreOperator

    user = factory.SubFactory(
        UserFactory, username=factory.Sequence(lambda n: f"udc{n}")
    )
    centre = factory.SubFactory(CentreFactory)

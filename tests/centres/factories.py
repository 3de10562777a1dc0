"""Learners built through the registration service, as real ones are."""

import factory

from centres.models import District, LearnerProfile
from centres.services import learner_register

DEFAULT_PIN = "4826"
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

"""Look up what a learner reads in Bangla, failing if it was never translated."""

from django.utils import translation


def bangla(message: str) -> str:
    with translation.override("bn"):
        translated = translation.gettext(message)
    assert translated != message, f"not translated to Bangla: {message!r}"
    return translated


def bangla_plural(singular: str, plural: str, count: int) -> str:
    with translation.override("bn"):
        translated = translation.ngettext(singular, plural, count)
    assert translated not in (singular, plural), f"not translated: {plural!r}"
    return translated

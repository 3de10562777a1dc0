"""Look up what a learner reads in Bangla, failing if it was never translated."""

from django.utils import translation


def bangla(message: str) -> str:
    with translation.override("bn"):
        translated = translation.gettext(message)
    assert translated != message, f"not translated to Bangla: {message!r}"
    return translated

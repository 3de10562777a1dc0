"""Normalising and checking what learners type: names, mobile numbers, PINs.

Learners type on whatever keyboard the UDC or their phone has, so Bangla
digits are as valid as ASCII ones, and a Bangla name may legitimately carry
zero-width joiners (র‍্য) that must survive while invisible junk must not.
"""

import re
import unicodedata

from django.core.exceptions import ValidationError
from django.utils.translation import gettext_lazy as _

BANGLA_DIGITS = "০১২৩৪৫৬৭৮৯"
_TO_ASCII = str.maketrans(BANGLA_DIGITS, "0123456789")

ZWNJ = "\u200c"
ZWJ = "\u200d"
_JOINERS = {ZWNJ, ZWJ}
_NAME_PUNCTUATION = set(" .-'")
MIN_NAME_LETTERS = 2
MAX_NAME_LENGTH = 120

# Bangladeshi mobile numbers: 01 then an operator digit 3-9, then 8 digits.
_MOBILE_RE = re.compile(r"^(?:\+?880|0)?(1[3-9]\d{8})$")


def ascii_digits(value: str) -> str:
    """Return ``value`` with Bangla digits replaced by ASCII ones."""
    return value.translate(_TO_ASCII)


def _is_bengali(char: str) -> bool:
    return "\u0980" <= char <= "\u09ff"


def normalise_name(value: str) -> str:
    """Return a learner's name in NFC with single spaces.

    :raises ValidationError: if the name has characters a name cannot have,
        a joiner that is not between two Bangla characters, or too few letters.
    """
    name = unicodedata.normalize("NFC", value or "")
    name = " ".join(name.split())
    if not name:
        raise ValidationError(_("Please write your name."), code="required")
    if len(name) > MAX_NAME_LENGTH:
        raise ValidationError(_("This name is too long."), code="too_long")
    letters = 0
    for index, char in enumerate(name):
        if char in _JOINERS:
            before = name[index - 1] if index else ""
            after = name[index + 1] if index + 1 < len(name) else ""
            if not (_is_bengali(before) and _is_bengali(after)):
                raise ValidationError(
                    _("The name has an invisible character in the wrong place."),
                    code="stray_joiner",
                )
            continue
        category = unicodedata.category(char)
        if category.startswith("L"):
            letters += 1
        elif category.startswith("M") and _is_bengali(char):
            continue  # vowel signs and the hasanta are part of Bangla letters
        elif char not in _NAME_PUNCTUATION:
            raise ValidationError(
                _("A name may contain only letters, spaces, dots and hyphens."),
                code="invalid_character",
            )
    if letters < MIN_NAME_LETTERS:
        raise ValidationError(_("This name is too short."), code="too_short")
    return name


def normalise_phone(value: str) -> str:
    """Return a Bangladeshi mobile number as ``+8801XXXXXXXXX``.

    :raises ValidationError: if it is not a Bangladeshi mobile number.
    """
    digits = re.sub(r"[\s\-()]", "", ascii_digits(value or ""))
    match = _MOBILE_RE.match(digits)
    if not match:
        raise ValidationError(
            _("Enter a Bangladeshi mobile number, for example 01712345678."),
            code="invalid_phone",
        )
    return "+880" + match.group(1)


def normalise_pin(value: str) -> str:
    """Return a PIN of 4 to 6 ASCII digits.

    :raises ValidationError: if it is not 4 to 6 digits.
    """
    pin = ascii_digits((value or "").strip())
    if not re.fullmatch(r"\d{4,6}", pin):
        raise ValidationError(_("The PIN must be 4 to 6 digits."), code="invalid_pin")
    return pin


def local_phone(phone: str) -> str:
    """Return ``+8801712345678`` as the ``01712345678`` people recognise."""
    return "0" + phone[4:] if phone.startswith("+880") else phone


MAX_NICKNAME_LENGTH = 30


def normalise_nickname(value: str) -> str:
    """Return an optional nickname in NFC with single spaces, or "".

    A nickname follows a name's rules, but one letter is enough ("মা").

    :raises ValidationError: as :func:`normalise_name`, or if it is too long.
    """
    nickname = " ".join(unicodedata.normalize("NFC", value or "").split())
    if not nickname:
        return ""
    try:
        nickname = normalise_name(nickname)
    except ValidationError as error:
        if error.code != "too_short":
            raise
        if not any(unicodedata.category(char).startswith("L") for char in nickname):
            raise
    if len(nickname) > MAX_NICKNAME_LENGTH:
        raise ValidationError(
            _("A nickname may be at most 30 characters."), code="too_long"
        )
    return nickname

"""Numbers, money and dates the way a Bangla reader expects them.

Bangla text uses Bangla digits and South Asian digit grouping (১২,৩৪,৫৬৭ for
1,234,567: lakh and crore). Pure functions, so they are tested directly.
"""

from datetime import date
from decimal import ROUND_HALF_UP, Decimal

BANGLA_DIGITS = "০১২৩৪৫৬৭৮৯"
_TO_BANGLA = str.maketrans("0123456789", BANGLA_DIGITS)

BANGLA_MONTHS = (
    "জানুয়ারি",
    "ফেব্রুয়ারি",
    "মার্চ",
    "এপ্রিল",
    "মে",
    "জুন",
    "জুলাই",
    "আগস্ট",
    "সেপ্টেম্বর",
    "অক্টোবর",
    "নভেম্বর",
    "ডিসেম্বর",
)
ENGLISH_MONTHS = (
    "January",
    "February",
    "March",
    "April",
    "May",
    "June",
    "July",
    "August",
    "September",
    "October",
    "November",
    "December",
)


def is_bangla(language: str | None) -> bool:
    return (language or "bn").startswith("bn")


def to_bangla_digits(value) -> str:
    return str(value).translate(_TO_BANGLA)


def localise_digits(value, language: str | None) -> str:
    """Return ``value`` as text, with Bangla digits when ``language`` is Bangla."""
    text = str(value)
    return to_bangla_digits(text) if is_bangla(language) else text


def group_south_asian(integer: int) -> str:
    """Return 1234567 as '12,34,567': the last three digits, then pairs."""
    sign = "-" if integer < 0 else ""
    digits = str(abs(integer))
    if len(digits) <= 3:
        return sign + digits
    head, tail = digits[:-3], digits[-3:]
    pairs = []
    while len(head) > 2:
        pairs.insert(0, head[-2:])
        head = head[:-2]
    if head:
        pairs.insert(0, head)
    return sign + ",".join(pairs + [tail])


def format_number(value, language: str | None) -> str:
    """Return a whole or decimal number grouped and in the reader's digits."""
    amount = Decimal(str(value))
    whole = int(amount)
    text = group_south_asian(whole)
    fraction = abs(amount - whole)
    if fraction:
        cents = fraction.quantize(Decimal("0.01"), rounding=ROUND_HALF_UP)
        text += str(cents)[1:]
    if whole == 0 and amount < 0:
        text = "-" + text
    return localise_digits(text, language)


def format_taka(value, language: str | None) -> str:
    """Return an amount in taka: '৳১২,৫০০' in Bangla, 'Tk 12,500' in English."""
    number = format_number(value, language)
    return f"৳{number}" if is_bangla(language) else f"Tk {number}"


def format_date(value: date, language: str | None) -> str:
    """Return '26 November 2026', or '২৬ নভেম্বর ২০২৬' in Bangla."""
    if is_bangla(language):
        month = BANGLA_MONTHS[value.month - 1]
        return f"{to_bangla_digits(value.day)} {month} {to_bangla_digits(value.year)}"
    return f"{value.day} {ENGLISH_MONTHS[value.month - 1]} {value.year}"


BANGLA_CALENDAR_MONTHS = (
    "বৈশাখ",
    "জ্যৈষ্ঠ",
    "আষাঢ়",
    "শ্রাবণ",
    "ভাদ্র",
    "আশ্বিন",
    "কার্তিক",
    "অগ্রহায়ণ",
    "পৌষ",
    "মাঘ",
    "ফাল্গুন",
    "চৈত্র",
)


def _bangla_month_lengths(gregorian_leap: bool) -> tuple[int, ...]:
    # Bangladesh's revised calendar (2019): Boishakh to Ashwin have 31 days,
    # Falgun 29, or 30 when the Gregorian February has 29; the rest 30.
    return (31,) * 6 + (30,) * 4 + (30 if gregorian_leap else 29, 30)


def bangla_calendar(value: date) -> tuple[int, int, int]:
    """Return (year, month 1..12, day) in the Bangla calendar used in Bangladesh.

    The year starts on 14 April (Pohela Boishakh), so 16 December is 1 Poush
    and 21 February is 8 Falgun.
    """
    new_year = date(value.year, 4, 14)
    if value < new_year:
        new_year = date(value.year - 1, 4, 14)
    year = new_year.year - 593
    # Falgun falls in the next Gregorian year's February.
    february_year = new_year.year + 1
    leap = february_year % 4 == 0 and (
        february_year % 100 != 0 or february_year % 400 == 0
    )
    day = (value - new_year).days
    for month, length in enumerate(_bangla_month_lengths(leap), start=1):
        if day < length:
            return year, month, day + 1
        day -= length
    raise AssertionError("a Bangla year has 365 or 366 days")  # pragma: no cover


def bangla_calendar_date(value: date) -> str:
    """Return '১১ অগ্রহায়ণ ১৪৩৩ বঙ্গাব্দ' for 26 November 2026."""
    year, month, day = bangla_calendar(value)
    month_name = BANGLA_CALENDAR_MONTHS[month - 1]
    return f"{to_bangla_digits(day)} {month_name} {to_bangla_digits(year)} বঙ্গাব্দ"

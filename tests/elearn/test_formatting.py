"""Numbers, money and dates in Bangla digits and South Asian grouping."""

from datetime import date
from decimal import Decimal

import pytest
from hypothesis import given
from hypothesis import strategies as st

from elearn.formatting import (
    format_date,
    format_number,
    format_taka,
    group_south_asian,
    to_bangla_digits,
)


@pytest.mark.parametrize(
    "number, grouped",
    [
        (0, "0"),
        (999, "999"),
        (1000, "1,000"),
        (125000, "1,25,000"),
        (12345678, "1,23,45,678"),
        (-250000, "-2,50,000"),
    ],
)
def test_lakh_and_crore_grouping(number, grouped):
    assert group_south_asian(number) == grouped


@given(st.integers(-(10**12), 10**12))
def test_grouping_only_adds_commas(number):
    assert int(group_south_asian(number).replace(",", "")) == number


def test_taka_in_bangla_and_english():
    assert format_taka(Decimal("125000"), "bn") == "৳১,২৫,০০০"
    assert format_taka(Decimal("125000.5"), "en") == "Tk 1,25,000.50"
    assert format_taka(Decimal("-500"), "bn") == "৳-৫০০"


def test_numbers_use_bangla_digits_only_in_bangla():
    assert format_number(2026, "bn") == "২,০২৬"
    assert format_number(2026, "en") == "2,026"
    assert to_bangla_digits("0123456789") == "০১২৩৪৫৬৭৮৯"


def test_dates_in_both_languages():
    assert format_date(date(2026, 11, 26), "bn") == "২৬ নভেম্বর ২০২৬"
    assert format_date(date(2026, 11, 26), "en") == "26 November 2026"

"""The Bangla calendar as revised in Bangladesh (2019), printed on certificates.

Boishakh to Ashwin have 31 days; Kartik, Agrahayan, Poush, Magh and Chaitra
30; Falgun 29, or 30 in the year whose February has a 29th. The year starts on
14 April, so the national days fall on fixed Bangla dates: 21 February is
8 Falgun, 26 March 12 Chaitra, 15 August 31 Srabon, 16 December 1 Poush.
"""

import calendar
from datetime import date, timedelta

import pytest
from hypothesis import given
from hypothesis import strategies as st

from elearn.formatting import bangla_calendar, bangla_calendar_date

BOISHAKH, SRABON, AGRAHAYAN, POUSH, FALGUN, CHAITRA = 1, 4, 8, 9, 11, 12

FIRST, LAST = date(2019, 1, 1), date(2031, 12, 31)


def month_length(bangla_year: int, month: int) -> int:
    """Written from the rule, not from the implementation: Falgun has 30 days
    when the February inside it (in Gregorian year bangla_year + 594) has 29."""
    if month <= 6:
        return 31
    if month == FALGUN:
        return 30 if calendar.isleap(bangla_year + 594) else 29
    return 30


def following(year: int, month: int, day: int) -> tuple[int, int, int]:
    if day < month_length(year, month):
        return year, month, day + 1
    if month < 12:
        return year, month + 1, 1
    return year + 1, 1, 1


@pytest.mark.parametrize("year", [2019, 2024, 2025, 2026, 2031])
def test_pohela_boishakh_is_14_april(year):
    """1 Boishakh falls on 14 April, and the Bangla year is Gregorian − 593."""
    assert bangla_calendar(date(year, 4, 14)) == (year - 593, BOISHAKH, 1)


@pytest.mark.parametrize("year", [2020, 2024, 2025, 2026])
def test_13_april_is_the_last_day_of_chaitra(year):
    """The day before the new year is 30 Chaitra of the year before."""
    assert bangla_calendar(date(year, 4, 13)) == (year - 594, CHAITRA, 30)


@pytest.mark.parametrize(
    "day, expected",
    [
        pytest.param(date(2025, 2, 21), (1431, FALGUN, 8), id="21-february-2025"),
        pytest.param(date(2024, 2, 21), (1430, FALGUN, 8), id="21-february-2024"),
        pytest.param(date(2025, 3, 26), (1431, CHAITRA, 12), id="26-march-2025"),
        pytest.param(date(2024, 3, 26), (1430, CHAITRA, 12), id="26-march-leap"),
        pytest.param(date(2025, 8, 15), (1432, SRABON, 31), id="15-august"),
        pytest.param(date(2025, 12, 16), (1432, POUSH, 1), id="16-december"),
        pytest.param(date(2026, 11, 26), (1433, AGRAHAYAN, 11), id="26-november"),
    ],
)
def test_national_days_fall_on_their_fixed_bangla_dates(day, expected):
    """The revision fixed these days in both leap and common years."""
    assert bangla_calendar(day) == expected


def test_falgun_has_30_days_when_february_has_29():
    """In 1430 (February 2024 had a 29th) Falgun ends on 14 March."""
    assert bangla_calendar(date(2024, 3, 14)) == (1430, FALGUN, 30)
    assert bangla_calendar(date(2024, 3, 15)) == (1430, CHAITRA, 1)


def test_falgun_has_29_days_in_a_common_year():
    """In 1431 (February 2025 had 28 days) 14 March is already the 29th and
    last day of Falgun; Chaitra starts on 15 March."""
    assert bangla_calendar(date(2025, 3, 14)) == (1431, FALGUN, 29)
    assert bangla_calendar(date(2025, 3, 15)) == (1431, CHAITRA, 1)


def test_date_is_written_in_bangla_with_the_era():
    """Day and year in Bangla digits, the month's name, then বঙ্গাব্দ."""
    assert bangla_calendar_date(date(2026, 11, 26)) == "১১ অগ্রহায়ণ ১৪৩৩ বঙ্গাব্দ"
    assert bangla_calendar_date(date(2025, 4, 14)) == "১ বৈশাখ ১৪৩২ বঙ্গাব্দ"


def test_every_day_from_2019_to_2031_follows_the_day_before():
    """Exhaustive: each day is a valid Bangla date and the one after the day
    before; every Bangla year has 365 or 366 days."""
    previous = bangla_calendar(FIRST - timedelta(days=1))
    days_in_year: dict[int, int] = {}
    day = FIRST
    while day <= LAST:
        current = bangla_calendar(day)
        year, month, number = current
        assert 1 <= month <= 12
        assert 1 <= number <= month_length(year, month)
        assert current == following(*previous), day
        days_in_year[year] = days_in_year.get(year, 0) + 1
        previous = current
        day += timedelta(days=1)
    complete_years = range(1426, 1438)  # 14 April 2019 .. 13 April 2031
    for year in complete_years:
        leap = calendar.isleap(year + 594)
        assert days_in_year[year] == (366 if leap else 365), year


@given(st.dates(min_value=FIRST, max_value=LAST))
def test_tomorrow_is_the_next_bangla_date(day):
    """Any day and the next: the day advances by one, or the month or the year
    rolls over, never anything else."""
    assert bangla_calendar(day + timedelta(days=1)) == following(*bangla_calendar(day))

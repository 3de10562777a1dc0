"""What learners type is normalised, or refused with a reason."""

import pytest
from django.core.exceptions import ValidationError
from hypothesis import given
from hypothesis import strategies as st

from centres.validation import normalise_name, normalise_phone, normalise_pin

ZWJ, ZWNJ = "\u200d", "\u200c"


@pytest.mark.parametrize(
    "typed",
    [
        "মোছাম্মৎ শ্রাবন্তী",  # conjuncts and khanda ta
        f"র{ZWJ}্যাব উদ্দিন",  # ZWJ forming the ya-phala on ra
        f"ক্{ZWNJ}ষমা",  # ZWNJ keeping a visible hasanta
        "Md. Abdul Karim",
        "Rahima Khatun-Begum",
    ],
)
def test_bangla_and_english_names_are_accepted_unchanged(typed):
    assert normalise_name(typed) == typed


def test_name_is_nfc_normalised_and_spaces_collapsed():
    decomposed = "ক\u09c7\u09be"  # e-kar + aa-kar, which NFC composes to o-kar
    assert normalise_name(f"  রহিম   {decomposed}  ") == "রহিম \u0995\u09cb"


@pytest.mark.parametrize(
    "typed, code",
    [
        ("", "required"),
        ("   ", "required"),
        (ZWJ + ZWJ, "stray_joiner"),
        (f"রহিম{ZWJ} করিম", "stray_joiner"),
        (f"{ZWNJ}Rahim", "stray_joiner"),
        ("Rahim\u200b", "invalid_character"),  # zero-width space
        ("Rahim 123", "invalid_character"),
        ("<script>", "invalid_character"),
        ("রহিম\u202e", "invalid_character"),  # right-to-left override
        ("ক", "too_short"),
        ("ক" * 121, "too_long"),
    ],
)
def test_bad_names_are_refused_with_a_reason(typed, code):
    with pytest.raises(ValidationError) as error:
        normalise_name(typed)
    assert error.value.code == code


@pytest.mark.parametrize(
    "typed",
    [
        "01712345678",
        "+8801712345678",
        "8801712345678",
        "017-1234-5678",
        " 01712 345678 ",
        "০১৭১২৩৪৫৬৭৮",
        "+৮৮০১৭১২৩৪৫৬৭৮",
    ],
)
def test_bangladeshi_mobile_numbers_are_stored_in_one_form(typed):
    assert normalise_phone(typed) == "+8801712345678"


@pytest.mark.parametrize(
    "typed", ["", "0171234567", "017123456789", "01212345678", "+447700900123", "abc"]
)
def test_numbers_that_are_not_bangladeshi_mobiles_are_refused(typed):
    with pytest.raises(ValidationError):
        normalise_phone(typed)


@given(st.from_regex(r"\A01[3-9][0-9]{8}\Z"))
def test_every_valid_local_number_round_trips(number):
    assert normalise_phone(number) == "+880" + number[1:]


@pytest.mark.parametrize("typed, pin", [("1234", "1234"), ("৪৮২৬১৯", "482619")])
def test_pins_of_four_to_six_digits_in_either_script(typed, pin):
    assert normalise_pin(typed) == pin


@pytest.mark.parametrize("typed", ["123", "1234567", "12a4", "", "12 34"])
def test_other_pins_are_refused(typed):
    with pytest.raises(ValidationError):
        normalise_pin(typed)

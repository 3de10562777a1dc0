"""Verification codes: random, unambiguous, and their check character catches
the mistakes people make copying them (one wrong character, two swapped)."""

import random

import pytest

from certificates.codes import ALPHABET, check_character, new_code, normalise

AMBIGUOUS = "01ILOUV"
BANGLA_DIGITS = "০১২৩৪৫৬৭৮৯"


def code_from(body: str) -> str:
    return body + check_character(body)


def sample_codes(count: int, seed: int) -> list[str]:
    """Valid codes that are the same on every run."""
    chooser = random.Random(seed)
    return [code_from("".join(chooser.choices(ALPHABET, k=10))) for _ in range(count)]


def test_the_alphabet_has_no_characters_misread_on_paper():
    """No 0/O, 1/I/L or U/V, in either case, and no character twice."""
    assert len(set(ALPHABET)) == len(ALPHABET) == 29
    assert not set(ALPHABET) & set(AMBIGUOUS + AMBIGUOUS.lower())


def test_a_new_code_is_eleven_alphabet_characters_with_a_valid_check():
    """Ten random characters and a check character, all from the alphabet."""
    for _ in range(200):
        code = new_code()
        assert len(code) == 11
        assert set(code) <= set(ALPHABET)
        assert check_character(code[:10]) == code[10]
        assert normalise(code) == code


def test_ten_thousand_new_codes_are_all_different():
    """Randomness sanity: 29^10 bodies, so 10,000 draws never collide."""
    codes = [new_code() for _ in range(10_000)]
    assert len(set(codes)) == len(codes)


@pytest.mark.parametrize(
    "typed",
    [
        pytest.param("{lower}", id="lower-case"),
        pytest.param("{dashed}", id="dashes-as-printed"),
        pytest.param("{dashed_lower}", id="dashes-lower-case"),
        pytest.param("  {spaced}  ", id="spaces-and-padding"),
        pytest.param("{code_}\n", id="trailing-newline-from-a-scanner"),
        pytest.param("{mixed}", id="mixed-case-dashes-and-spaces"),
    ],
)
def test_a_code_typed_loosely_is_recognised(typed):
    """Lower case, dashes and spaces are forgiven; the code comes back clean."""
    code = code_from("ABCDEFGHJK")
    variants = {
        "lower": code.lower(),
        "dashed": f"{code[:4]}-{code[4:8]}-{code[8:]}",
        "dashed_lower": f"{code[:4]}-{code[4:8]}-{code[8:]}".lower(),
        "spaced": f"{code[:4]} {code[4:8]} {code[8:]}",
        "code_": code,
        "mixed": f"{code[:2].lower()} {code[2:6]}-{code[6:].lower()}",
    }
    assert normalise(typed.format(**variants)) == code


@pytest.mark.parametrize(
    "text",
    [
        pytest.param("", id="empty"),
        pytest.param("ABCDEFGHJK", id="check-character-missing"),
        pytest.param("ABCDEFGHJKMN", id="one-too-many"),
        pytest.param("ABCDEFGHJ0M", id="zero-is-not-in-the-alphabet"),
        pytest.param("ABCDEFGHJKO", id="letter-o-is-not-in-the-alphabet"),
        pytest.param("ABCDEFGHJK!", id="punctuation"),
        pytest.param("ABCDEFGHJKÀ", id="accented-letter"),
        pytest.param("২৩৪৫৬৭৮৯২৩৪", id="bangla-digits"),
        pytest.param("ABCD_EFGH_JK", id="underscores-are-not-forgiven"),
    ],
)
def test_malformed_text_is_not_a_code(text):
    """Wrong length or a character outside the alphabet gives None."""
    assert normalise(text) is None


def test_a_code_with_bangla_digits_in_place_of_ascii_ones_is_refused():
    """A code whose digits were typed on a Bangla keyboard is not accepted
    (isdigit() is true for them, so this guards against a lax check)."""
    code = next(c for c in sample_codes(50, seed=7) if any(ch.isdigit() for ch in c))
    bangla = code.translate(str.maketrans("0123456789", BANGLA_DIGITS))
    assert bangla != code
    assert normalise(bangla) is None


def test_a_wrong_check_character_is_refused():
    """Every check character but the right one is refused."""
    body = "ABCDEFGHJK"
    right = check_character(body)
    for wrong in ALPHABET.replace(right, ""):
        assert normalise(body + wrong) is None


@pytest.mark.parametrize(
    "code",
    [
        pytest.param(code_from("ABCDEFGHJK"), id="letters"),
        pytest.param(code_from("3H4J5K6M7N"), id="digits-and-letters"),
        *(pytest.param(c, id=f"random-{i}") for i, c in enumerate(sample_codes(3, 1))),
    ],
)
def test_a_single_wrong_character_is_refused(code):
    """Exhaustive: every position, every other alphabet character."""
    accepted = [
        (position, code[position], replacement)
        for position in range(len(code))
        for replacement in ALPHABET
        if replacement != code[position]
        and normalise(code[:position] + replacement + code[position + 1 :]) is not None
    ]
    assert not accepted, f"misreadings of {code} that pass the check: {accepted}"


@pytest.mark.parametrize(
    "code",
    [
        *(pytest.param(c, id=f"random-{i}") for i, c in enumerate(sample_codes(6, 2))),
        pytest.param(code_from("2Z3Y4X5W6T"), id="first-and-last-characters"),
    ],
)
def test_swapping_two_neighbours_is_refused(code):
    """Every adjacent transposition of two different characters, check
    character included, is refused."""
    accepted = [
        (position, code[position], code[position + 1])
        for position in range(len(code) - 1)
        if code[position] != code[position + 1]
        and normalise(
            code[:position] + code[position + 1] + code[position] + code[position + 2 :]
        )
        is not None
    ]
    assert not accepted, f"swaps in {code} that pass the check: {accepted}"

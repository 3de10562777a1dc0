"""Verification codes: short, random, unambiguous, with a check character.

Random rather than derived from ids, so a code says nothing about how many
certificates exist and cannot be guessed from a neighbour's. The alphabet drops
characters that are misread on paper or over the phone (0/O, 1/I/L, U/V) and
has 29 characters, a prime. The check character makes the weighted sum of all
eleven characters (weights 1..11) a multiple of 29: because every weight and
every difference of two weights is non-zero modulo a prime, any single wrong
character and any swap of two different characters (neighbours or not) is
caught before the database is asked. (Luhn mod N needs an even N; with 29 it
misses pairs such as B/S.)
"""

import secrets

ALPHABET = "23456789ABCDEFGHJKMNPQRSTWXYZ"
BODY_LENGTH = 10
CODE_LENGTH = BODY_LENGTH + 1
_BASE = len(ALPHABET)
_INDEX = {char: index for index, char in enumerate(ALPHABET)}
# The check character's weight is CODE_LENGTH; dividing by it mod 29:
_CHECK_WEIGHT_INVERSE = pow(CODE_LENGTH, -1, _BASE)


def check_character(body: str) -> str:
    """Return the character that completes ``body`` to a valid code."""
    total = sum(weight * _INDEX[char] for weight, char in enumerate(body, start=1))
    return ALPHABET[(-total * _CHECK_WEIGHT_INVERSE) % _BASE]


def new_code() -> str:
    body = "".join(secrets.choice(ALPHABET) for _ in range(BODY_LENGTH))
    return body + check_character(body)


def normalise(text: str) -> str | None:
    """Return the code a person typed or scanned, or None if it cannot be one.

    Dashes, spaces and lower case are forgiven; a wrong check character is not.
    """
    code = "".join(text.split()).replace("-", "").upper()
    if len(code) != CODE_LENGTH or any(char not in _INDEX for char in code):
        return None
    if check_character(code[:-1]) != code[-1]:
        return None
    return code

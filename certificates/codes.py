"""Verification codes: short, random, unambiguous, with a check character.

Random rather than derived from ids, so a code says nothing about how many
certificates exist and cannot be guessed from a neighbour's. The alphabet drops
characters that are misread on paper or over the phone (0/O, 1/I/L, U/V); the
last character is a Luhn mod-N check, which catches any single wrong character
and any swap of two neighbours before the database is asked.
"""

import secrets

ALPHABET = "23456789ABCDEFGHJKMNPQRSTWXYZ"
BODY_LENGTH = 10
CODE_LENGTH = BODY_LENGTH + 1
_INDEX = {char: index for index, char in enumerate(ALPHABET)}


def check_character(body: str) -> str:
    """Return the Luhn mod-N check character for ``body``."""
    base = len(ALPHABET)
    total = 0
    factor = 2
    for char in reversed(body):
        addend = factor * _INDEX[char]
        total += addend // base + addend % base
        factor = 1 if factor == 2 else 2
    return ALPHABET[(base - total % base) % base]


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

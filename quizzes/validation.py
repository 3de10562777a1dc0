"""Checking a submitted answer against the attempt's snapshot of its question.

Everything a browser sends is untrusted: a choice must belong to this question,
a number must be a number (Bangla digits welcome), an order must be a
permutation of this question's steps.
"""

import re
from decimal import Decimal, InvalidOperation

from django.utils.translation import gettext as _

from centres.validation import ascii_digits


class AnswerError(Exception):
    """An answer that cannot be accepted; ``message`` is for the learner."""

    def __init__(self, message: str, status: int = 400):
        super().__init__(message)
        self.message = message
        self.status = status


def parse_number(text: str) -> Decimal:
    """Parse a number as people type it: '১২,৫০০', '12500 টাকা', '৳ 2.5'.

    :raises AnswerError: if it is not a number.
    """
    cleaned = ascii_digits(text or "").strip()
    cleaned = re.sub(r"(?i)[\s,৳]|taka|tk\.?|টাকা", "", cleaned)
    if not re.fullmatch(r"-?\d+(\.\d+)?", cleaned):
        raise AnswerError(_("Please write a number, for example ১২৫০০."))
    try:
        value = Decimal(cleaned)
    except InvalidOperation as error:  # pragma: no cover - the regex rules it out
        raise AnswerError(_("Please write a number, for example ১২৫০০.")) from error
    if abs(value) >= Decimal("1e12"):
        raise AnswerError(_("That number is too large."))
    return value


def clean_answer(slot: dict, data) -> dict:
    """Return the answer to store for ``slot`` from submitted form ``data``.

    ``data`` is a QueryDict-like object (``get`` and ``getlist``).

    :raises AnswerError: with a learner-facing message.
    """
    kind = slot["kind"]
    choices = slot.get("choices", [])
    if kind in ("single", "true_false", "picture"):
        choice = data.get("choice")
        if not choice:
            raise AnswerError(_("Please choose an answer."))
        if choice not in choices:
            raise AnswerError(_("That answer does not belong to this question."))
        return {"choice": choice}
    if kind == "multiple":
        chosen = data.getlist("choice")
        if not chosen:
            raise AnswerError(_("Please choose at least one answer."))
        if any(choice not in choices for choice in chosen):
            raise AnswerError(_("That answer does not belong to this question."))
        return {"choices": sorted(set(chosen))}
    if kind == "numeric":
        return {"value": str(parse_number(data.get("value", "")))}
    if kind == "ordering":
        positions = {}
        for choice in choices:
            raw = ascii_digits(data.get(f"position-{choice}", "")).strip()
            if not raw.isdigit() or not 1 <= int(raw) <= len(choices):
                raise AnswerError(_("Give every step a number from the list."))
            positions[choice] = int(raw)
        if sorted(positions.values()) != list(range(1, len(choices) + 1)):
            raise AnswerError(_("Each step needs a different number."))
        return {"order": sorted(choices, key=positions.__getitem__)}
    raise AnswerError(_("This question cannot be answered."))  # pragma: no cover

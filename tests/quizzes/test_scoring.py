"""Scoring is pure: properties over generated questions, then worked examples."""

from decimal import Decimal
from fractions import Fraction

import pytest
from hypothesis import given
from hypothesis import strategies as st

from quizzes import scoring
from quizzes.validation import AnswerError, parse_number

KINDS = ("single", "multiple", "true_false", "numeric", "picture", "ordering")
ONE_RIGHT = ("single", "true_false", "picture")

keys = st.lists(
    st.text(alphabet="abcdef0123456789-", min_size=1, max_size=8),
    min_size=2,
    max_size=6,
    unique=True,
)
money = st.decimals(
    min_value=Decimal("-1000000"), max_value=Decimal("1000000"), places=2
)
tolerances = st.decimals(min_value=Decimal(0), max_value=Decimal("10000"), places=2)
CENT = Decimal("0.01")


def in_unit_range(value) -> bool:
    return 0 <= value <= 1


@st.composite
def slots(draw, kind=None):
    """A frozen question of any kind, as ``services.slot_for`` writes it."""
    kind = kind or draw(st.sampled_from(KINDS))
    choices = draw(keys)
    if kind in ONE_RIGHT:
        correct = [draw(st.sampled_from(choices))]
    elif kind == "multiple":
        correct = draw(
            st.lists(st.sampled_from(choices), min_size=1, unique=True).map(
                lambda chosen: [key for key in choices if key in chosen]
            )
        )
    elif kind == "ordering":
        correct = list(choices)
        choices = draw(st.permutations(choices))
    else:
        return {
            "kind": kind,
            "choices": [],
            "correct": [],
            "numeric": {
                "answer": str(draw(money)),
                "tolerance": str(draw(tolerances)),
            },
        }
    return {"kind": kind, "choices": list(choices), "correct": correct}


@st.composite
def answers(draw, slot):
    """Any answer that validation could let through for ``slot``."""
    kind = slot["kind"]
    if kind in ONE_RIGHT:
        return {"choice": draw(st.sampled_from(slot["choices"]))}
    if kind == "multiple":
        return {
            "choices": draw(st.lists(st.sampled_from(slot["choices"]), unique=True))
        }
    if kind == "numeric":
        return {"value": str(draw(money))}
    return {"order": draw(st.permutations(slot["choices"]))}


def right_answer(slot: dict) -> dict:
    kind = slot["kind"]
    if kind in ONE_RIGHT:
        return {"choice": slot["correct"][0]}
    if kind == "multiple":
        return {"choices": list(slot["correct"])}
    if kind == "numeric":
        return {"value": slot["numeric"]["answer"]}
    return {"order": list(slot["correct"])}


@st.composite
def attempts(draw):
    """Slots and a partial set of answers keyed by slot index."""
    frozen = draw(st.lists(slots(), min_size=1, max_size=8))
    given_answers = {}
    for index, slot in enumerate(frozen):
        if draw(st.booleans()):
            given_answers[index] = draw(answers(slot))
    return frozen, given_answers


# Properties ------------------------------------------------------------------


@given(st.data())
def test_every_scorer_stays_between_0_and_1(data):
    slot = data.draw(slots())
    answer = data.draw(st.none() | answers(slot))
    assert in_unit_range(scoring.score_slot(slot, answer))


@given(keys.flatmap(lambda k: st.tuples(st.just(k), st.lists(st.sampled_from(k)))))
def test_choice_scorer_stays_between_0_and_1_even_for_odd_input(options_and_chosen):
    options, chosen = options_and_chosen
    assert in_unit_range(scoring.score_choice(options[:1], chosen))
    assert in_unit_range(scoring.score_multiple(options[:2], options, chosen))
    assert in_unit_range(scoring.score_ordering(options, chosen))


@given(money, tolerances, money)
def test_numeric_scorer_gives_0_or_1(expected, tolerance, given_value):
    assert scoring.score_numeric(expected, tolerance, given_value) in (0, 1)


@given(attempts())
def test_a_grade_and_each_of_its_questions_stay_between_0_and_1(attempt):
    frozen, given_answers = attempt
    grade = scoring.grade_attempt(frozen, given_answers)
    assert in_unit_range(grade.fraction)
    assert len(grade.per_slot) == len(frozen)
    assert all(in_unit_range(part) for part in grade.per_slot)
    assert grade.fraction == grade.fraction.quantize(Decimal("0.0001"))


@given(st.data())
def test_order_of_chosen_answers_does_not_change_the_score(data):
    slot = data.draw(slots(kind=data.draw(st.sampled_from(("single", "multiple")))))
    chosen = data.draw(st.lists(st.sampled_from(slot["choices"]), unique=True))
    shuffled = data.draw(st.permutations(chosen))
    if slot["kind"] == "single":
        first = scoring.score_choice(slot["correct"], chosen)
        second = scoring.score_choice(slot["correct"], shuffled)
    else:
        first = scoring.score_multiple(slot["correct"], slot["choices"], chosen)
        second = scoring.score_multiple(
            slot["correct"], data.draw(st.permutations(slot["choices"])), shuffled
        )
    assert first == second


@given(slots())
def test_a_fully_right_answer_scores_1_for_every_kind(slot):
    assert scoring.score_slot(slot, right_answer(slot)) == 1


@given(slots())
def test_no_answer_scores_0_for_every_kind(slot):
    assert scoring.score_slot(slot, None) == 0
    assert scoring.score_slot(slot, {}) == 0


@given(st.lists(slots(), min_size=1, max_size=8))
def test_all_right_grades_1_and_nothing_answered_grades_0(frozen):
    all_right = {index: right_answer(slot) for index, slot in enumerate(frozen)}
    assert scoring.grade_attempt(frozen, all_right).fraction == 1
    assert scoring.grade_attempt(frozen, {}).fraction == 0
    assert scoring.grade_attempt(frozen, {}).per_slot == (Decimal(0),) * len(frozen)


@given(money, tolerances)
def test_numeric_tolerance_edges_count_and_one_cent_beyond_does_not(
    expected, tolerance
):
    for edge in (expected - tolerance, expected + tolerance):
        assert scoring.score_numeric(expected, tolerance, edge) == 1
    for beyond in (expected - tolerance - CENT, expected + tolerance + CENT):
        assert scoring.score_numeric(expected, tolerance, beyond) == 0


@given(money, tolerances)
def test_numeric_slot_scores_the_edges_through_its_stored_strings(expected, tolerance):
    slot = {
        "kind": "numeric",
        "choices": [],
        "correct": [],
        "numeric": {"answer": str(expected), "tolerance": str(tolerance)},
    }
    assert scoring.score_slot(slot, {"value": str(expected + tolerance)}) == 1
    assert scoring.score_slot(slot, {"value": str(expected + tolerance + CENT)}) == 0


# Examples --------------------------------------------------------------------

RIGHT = ["r1", "r2"]
OPTIONS = ["r1", "r2", "w1", "w2"]


@pytest.mark.parametrize(
    ("chosen", "expected"),
    [
        (["r1", "r2"], Fraction(1)),
        (["r1"], Fraction(1, 2)),
        (["r1", "r2", "w1"], Fraction(1, 2)),  # 2/2 right - 1/2 wrong
        (["r1", "w1"], Fraction(0)),  # 1/2 - 1/2
        (["r1", "w1", "w2"], Fraction(0)),  # never below zero
        (OPTIONS, Fraction(0)),  # ticking everything earns nothing
        (["w1"], Fraction(0)),
        ([], Fraction(0)),
    ],
)
def test_multiple_response_partial_credit(chosen, expected):
    assert scoring.score_multiple(RIGHT, OPTIONS, chosen) == expected


def test_multiple_response_when_every_option_is_right():
    assert scoring.score_multiple(["a", "b"], ["a", "b"], ["a"]) == Fraction(1, 2)


def test_ordering_scores_the_share_of_steps_in_place():
    assert scoring.score_ordering(["a", "b", "c"], ["a", "c", "b"]) == Fraction(1, 3)
    assert scoring.score_ordering(["a", "b", "c"], ["c", "a", "b"]) == 0


def test_a_grade_is_the_mean_rounded_to_four_places():
    frozen = [
        {"kind": "single", "choices": ["a", "b"], "correct": ["a"]},
        {"kind": "single", "choices": ["a", "b"], "correct": ["a"]},
        {"kind": "multiple", "choices": OPTIONS, "correct": RIGHT},
    ]
    grade = scoring.grade_attempt(frozen, {0: {"choice": "a"}, 2: {"choices": ["r1"]}})
    assert grade.fraction == Decimal("0.5000")
    assert grade.per_slot == (Decimal("1.0000"), Decimal("0.0000"), Decimal("0.5000"))
    two_of_three = scoring.grade_attempt(
        frozen[:2] + frozen[:1], {0: {"choice": "a"}, 1: {"choice": "a"}}
    )
    assert two_of_three.fraction == Decimal("0.6667")


def test_pass_mark_is_inclusive():
    assert scoring.Grade(Decimal("0.6000"), ()).passed(60)
    assert not scoring.Grade(Decimal("0.5999"), ()).passed(60)


@pytest.mark.parametrize(
    ("typed", "expected"),
    [
        ("১২,৫০০", Decimal(12500)),
        ("৳ 2.5", Decimal("2.5")),
        ("12500 টাকা", Decimal(12500)),
        ("১২৫০০ taka", Decimal(12500)),
        ("  -৫ ", Decimal(-5)),
    ],
)
def test_parse_number_reads_numbers_as_people_type_them(typed, expected):
    assert parse_number(typed) == expected


@pytest.mark.parametrize("typed", ["abc", "", "১২ও", "1e3", "1.2.3", "9" * 13])
def test_parse_number_refuses_what_is_not_a_number(typed):
    with pytest.raises(AnswerError) as raised:
        parse_number(typed)
    assert raised.value.status == 400


def test_answer_marks_judge_each_chosen_answer_by_the_snapshot():
    from quizzes.scoring import answer_marks

    slot = {"kind": "multiple", "choices": ["a", "b", "c"], "correct": ["a", "b"]}
    assert answer_marks(slot, {"choices": ["a", "c"]}) == {"a": True, "c": False}
    ordering = {"kind": "ordering", "choices": ["y", "x"], "correct": ["x", "y"]}
    assert answer_marks(ordering, {"order": ["x", "y"]}) == {"x": True, "y": True}
    assert answer_marks(slot, None) == {}


def test_a_grade_just_under_the_pass_mark_does_not_round_up_to_a_pass():
    from fractions import Fraction

    from quizzes.scoring import Grade

    grade = Grade(Decimal("0.6000"), (), exact=Fraction(59995, 100000))
    assert not grade.passed(60)
    assert Grade(Decimal("0.6"), (), exact=Fraction(3, 5)).passed(60)

"""A small, hand-built programme whose every figure is known.

Five learners in three districts (Tangail, Narsingdi in Dhaka division;
Sylhet in Sylhet division), two courses, a required and an optional quiz:

======  =========  ======  =========  ==============================================
who     district   gender  type       what happened (all at noon, Dhaka time)
======  =========  ======  =========  ==============================================
tania   Tangail    female  returnee   UDC T; A: enrolled 5 Jan, lesson, done 15 Jan
                                      (10 days), certificate issued 16 Jan; quiz:
                                      failed 10 Jan, passed 12 Jan
tarek   Tangail    male    family     UDC T; A: enrolled 10 Jan, lesson, done 3 Feb
                                      (24 days), certificate pending; quiz: failed
                                      20 Jan, one attempt open. B: enrolled 1 Feb only
nasima  Narsingdi  female  aspirant   UDC N; A: enrolled 1 Feb, seen 20 Feb; quiz:
                                      passed 10 Feb; optional quiz failed
nodi    Narsingdi  female  returnee   no centre; B: enrolled 20 Jan, lesson, done
                                      21 Jan (1 day), certificate issued 22 Jan
                                      (printed 25 Jan where printing is recorded)
sohel   Sylhet     male    returnee   no centre; A: enrolled 1 Mar, seen 2 Mar, done
                                      5 Mar (4 days), certificate revoked 7 Mar
======  =========  ======  =========  ==============================================

Registered: tania 20 Dec 2025, tarek 8 Jan, nodi 19 Jan, nasima 1 Feb,
sohel 27 Feb 2026.
"""

from types import SimpleNamespace

import pytest

from centres.models import LearnerProfile
from certificates.models import Certificate
from tests.certificates.factories import lessons_of
from tests.courses.factories import make_course
from tests.quizzes.factories import first_module, make_quiz

from .factories import (
    at,
    attempt,
    certify,
    complete,
    enrol,
    make_centre,
    make_learner,
    make_staff,
    open_lesson,
)

F, M = LearnerProfile.Gender.FEMALE, LearnerProfile.Gender.MALE
RETURNEE = LearnerProfile.LearnerType.RETURNEE
FAMILY = LearnerProfile.LearnerType.FAMILY
ASPIRANT = LearnerProfile.LearnerType.ASPIRANT


@pytest.fixture
def world(db):
    course_a = make_course(modules=1, lessons=1)
    course_b = make_course(modules=1, lessons=1)
    quiz = make_quiz(first_module(course_a), questions=("single",), required=True)
    optional = make_quiz(first_module(course_a), questions=("single",), required=False)
    lesson_a, lesson_b = lessons_of(course_a)[0], lessons_of(course_b)[0]
    udc_t, udc_n = make_centre("Tangail"), make_centre("Narsingdi")

    tania = make_learner(
        "Tangail",
        gender=F,
        learner_type=RETURNEE,
        centre=udc_t,
        registered=at(2025, 12, 20),
    )
    tarek = make_learner(
        "Tangail",
        gender=M,
        learner_type=FAMILY,
        centre=udc_t,
        registered=at(2026, 1, 8),
    )
    nasima = make_learner(
        "Narsingdi",
        gender=F,
        learner_type=ASPIRANT,
        centre=udc_n,
        registered=at(2026, 2, 1),
    )
    nodi = make_learner(
        "Narsingdi", gender=F, learner_type=RETURNEE, registered=at(2026, 1, 19)
    )
    sohel = make_learner(
        "Sylhet", gender=M, learner_type=RETURNEE, registered=at(2026, 2, 27)
    )

    enrol(tania, course_a, at(2026, 1, 5), last_seen=at(2026, 1, 15))
    open_lesson(tania, course_a, lesson_a)
    certify(complete(tania, course_a, at(2026, 1, 15)), issued=at(2026, 1, 16))
    attempt(tania, quiz, passed=False, finished=at(2026, 1, 10))
    attempt(tania, quiz, passed=True, finished=at(2026, 1, 12))

    enrol(tarek, course_a, at(2026, 1, 10))
    open_lesson(tarek, course_a, lesson_a)
    certify(
        complete(tarek, course_a, at(2026, 2, 3)), status=Certificate.Status.PENDING
    )
    attempt(tarek, quiz, passed=False, finished=at(2026, 1, 20))
    attempt(tarek, quiz, passed=None, finished=None)
    enrol(tarek, course_b, at(2026, 2, 1))

    enrol(nasima, course_a, at(2026, 2, 1), last_seen=at(2026, 2, 20))
    attempt(nasima, quiz, passed=True, finished=at(2026, 2, 10))
    attempt(nasima, optional, passed=False, finished=at(2026, 2, 10))

    enrol(nodi, course_b, at(2026, 1, 20))
    open_lesson(nodi, course_b, lesson_b)
    certify(
        complete(nodi, course_b, at(2026, 1, 21)),
        issued=at(2026, 1, 22),
        printed=at(2026, 1, 25),
    )

    enrol(sohel, course_a, at(2026, 3, 1), last_seen=at(2026, 3, 2))
    certify(
        complete(sohel, course_a, at(2026, 3, 5)),
        status=Certificate.Status.REVOKED,
        issued=at(2026, 3, 6),
        revoked=at(2026, 3, 7),
    )
    return SimpleNamespace(
        course_a=course_a,
        course_b=course_b,
        quiz=quiz,
        udc_t=udc_t,
        udc_n=udc_n,
        tania=tania,
        tarek=tarek,
        nasima=nasima,
        nodi=nodi,
        sohel=sohel,
    )


@pytest.fixture
def staff(db):
    """Programme staff who see the whole country."""
    return make_staff("national")


@pytest.fixture
def tangail_staff(db):
    """Programme staff limited to Tangail."""
    return make_staff("tangail", districts=["Tangail"])


@pytest.fixture
def staff_client(client, staff):
    client.force_login(staff)
    return client

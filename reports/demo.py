"""Demo activity for a developer's machine: ten months of learners learning.

Without it, ``make run`` shows an empty dashboard, an empty print queue and no
certificates to verify. This loads about 300 made-up learners over a dozen
districts (the Reintegration Service Centres' districts heavier, some at the
demo UDCs and the RSCs), enrols them in the demo courses, and plays out their
learning: lessons done, quiz attempts passed and failed, completions, and
certificates drawn and some printed. It lives in ``reports`` because only
``reports`` may import every learning app.

Everything is made with ``bulk_create`` from a fixed random seed, then the
timestamps Django fills in (``auto_now_add``) are moved back to when each
thing "happened". Only certificates go through their service, one by one, so
each has a real code and a real PDF to download and verify.

Demo learners have usernames starting ``demo-learner-`` and no usable
password; finding one means the loader ran already, and it does nothing.
The demo sign-in learners (courses.demo.accounts) are left untouched.
"""

from __future__ import annotations

import logging
import random
from contextlib import contextmanager
from dataclasses import dataclass, field
from datetime import datetime, timedelta
from decimal import Decimal
from itertools import accumulate

from django.contrib.auth import get_user_model
from django.contrib.auth.hashers import make_password
from django.db import transaction
from django.db.models import F, OuterRef, Subquery
from django.utils import timezone
from wagtail.signal_handlers import disable_reference_index_auto_update

from centres.models import Centre, CentreOperator, District, LearnerProfile, Upazila
from centres.validation import normalise_name, normalise_phone
from certificates.models import Certificate, CertificateEvent
from certificates.services import certificate_issue, certificate_request
from courses.demo.pilot_course import COURSE as PILOT
from courses.demo.tot_course import COURSE as TOT
from courses.models import (
    CourseCompletion,
    CoursePage,
    Enrollment,
    LessonPage,
    LessonProgress,
)
from courses.selectors import default_locale_id
from quizzes import scoring
from quizzes.models import QuizAttempt, QuizPage, QuizResponse
from quizzes.services import draw_slots

USERNAME_PREFIX = "demo-learner-"
LEARNER_COUNT = 300
SEED = 2026
DAYS = 300  # about ten months of activity, up to today
QUESTION_SETS = 4  # different draws of each quiz's questions, shared by attempts
BATCH = 500

# District (as the places data spells it) and its share of the learners: the
# pilot districts with demo UDCs first, then the other RSC districts, then two
# districts without a centre, whose learners learn on their own phones.
DISTRICTS = [
    ("Tangail", 16),
    ("Narsingdi", 14),
    ("Sirajganj", 12),
    ("Dhaka", 10),
    ("Comilla", 9),
    ("Sylhet", 8),
    ("Noakhali", 7),
    ("Munshiganj", 6),
    ("Shariatpur", 6),
    ("Khulna", 5),
    ("Brahmanbaria", 4),
    ("Chattogram", 3),
]
# Muslim and Hindu names, written as learners write them: most in Bangla,
# some in English letters (as on a passport).
WOMEN_BN = (
    "রহিমা ফাতেমা নাসরিন শাহনাজ রোকেয়া সালমা মরিয়ম আয়েশা জাহানারা শিরিন পারভীন "
    "তাসলিমা রুমানা শারমিন কুলসুম হালিমা মাহমুদা সুমাইয়া নাজমা লাইলী মমতাজ শেফালী "
    "রাবেয়া আছিয়া ঝর্ণা মুক্তা শ্যামলী"
).split()
WOMEN_SURNAMES_BN = "খাতুন বেগম আক্তার সুলতানা ইয়াসমিন".split()
MEN_BN = (
    "রফিকুল জাহাঙ্গীর কামরুল শফিকুল আনোয়ার মিজানুর হাবিবুর সাইফুল নজরুল আলমগীর "
    "মনিরুল শাহাদাত ফারুক জসিম বাবুল রুহুল আমিনুল মাসুদ সোহেল রাশেদ ইকবাল শহিদুল"
).split()
MEN_SURNAMES_BN = (
    "ইসলাম হোসেন মিয়া উদ্দিন আলী রহমান শেখ মোল্লা প্রামানিক তালুকদার ভূঁইয়া চৌধুরী"
).split()
HINDU_WOMEN_BN = "অঞ্জলি দীপালি কৃষ্ণা সন্ধ্যা মালতী".split()
HINDU_MEN_BN = "সুব্রত বিপ্লব গোপাল নিখিল প্রদীপ".split()
HINDU_SURNAMES_BN = "দাস সরকার রায় পাল মণ্ডল বর্মন".split()
WOMEN_EN = "Rahima Fatema Nasrin Shahnaz Salma Ayesha Shirin Taslima Sharmin".split()
WOMEN_SURNAMES_EN = "Khatun Begum Akter Sultana Yasmin".split()
MEN_EN = "Rafiqul Jahangir Kamrul Anwar Mizanur Habibur Saiful Alamgir Faruk".split()
MEN_SURNAMES_EN = "Islam Hossain Mia Uddin Ali Rahman Sarkar Talukder".split()
MOBILE_OPERATORS = "3456789"  # 013 to 019


@dataclass
class DemoCourse:
    page: CoursePage
    items: list  # LessonPage and required QuizPage, in learning order
    question_sets: dict[int, list[list[dict]]]  # quiz pk -> drawn slot lists


@dataclass
class Journey:
    """One enrolment played out: what to write for it."""

    enrollment: Enrollment
    progress: list[LessonProgress] = field(default_factory=list)
    attempts: list[tuple[QuizAttempt, list[QuizResponse]]] = field(default_factory=list)
    completed_at: datetime | None = None


def _weighted(rng: random.Random, pairs):
    values, weights = zip(*pairs, strict=True)
    return rng.choices(values, weights=weights)[0]


def _name(rng: random.Random, gender: str) -> str:
    woman = gender == "female" or (gender == "other" and rng.random() < 0.5)
    roll = rng.random()
    if roll < 0.2:
        first = rng.choice(WOMEN_EN if woman else MEN_EN)
        last = rng.choice(WOMEN_SURNAMES_EN if woman else MEN_SURNAMES_EN)
        prefix = "Md. " if not woman and rng.random() < 0.3 else ""
        return normalise_name(f"{prefix}{first} {last}")
    if roll < 0.3:
        first = rng.choice(HINDU_WOMEN_BN if woman else HINDU_MEN_BN)
        middle = "রানী " if woman and rng.random() < 0.5 else ""
        return normalise_name(f"{first} {middle}{rng.choice(HINDU_SURNAMES_BN)}")
    first = rng.choice(WOMEN_BN if woman else MEN_BN)
    last = rng.choice(WOMEN_SURNAMES_BN if woman else MEN_SURNAMES_BN)
    prefix = "মোঃ " if not woman and rng.random() < 0.3 else ""
    return normalise_name(f"{prefix}{first} {last}")


def _phone(rng: random.Random, taken: set[str]) -> str:
    while True:
        digits = "".join(rng.choices("0123456789", k=8))
        phone = normalise_phone(f"01{rng.choice(MOBILE_OPERATORS)}{digits}")
        if phone not in taken:
            taken.add(phone)
            return phone


def _registered_at(rng: random.Random, now: datetime) -> datetime:
    """A time in the last ``DAYS`` days, more of them lately (the programme grows)."""
    days_ago = DAYS * (1 - rng.random() ** 0.6)
    return now - timedelta(days=days_ago, minutes=rng.randint(0, 600))


def _place(rng: random.Random, district: District, centres: dict, upazilas: dict):
    """(centre, upazila id) for a learner of ``district``."""
    udc, rsc = centres.get((district.pk, "udc")), centres.get((district.pk, "rsc"))
    options = [(None, 30)]
    if udc is not None:
        options.append((udc, 50))
    if rsc is not None:
        options.append((rsc, 30 if udc else 60))
    centre = _weighted(rng, options)
    if centre is not None and centre.upazila_id:
        return centre, centre.upazila_id
    choices = upazilas.get(district.pk) or [None]
    return centre, rng.choice(choices) if rng.random() < 0.7 else None


def _learners(rng: random.Random, now: datetime) -> list[LearnerProfile]:
    """Unsaved profiles (with unsaved users) for ``LEARNER_COUNT`` learners."""
    districts = {
        district.name_en: district
        for district in District.objects.filter(
            name_en__in=[name for name, _weight in DISTRICTS]
        )
    }
    weights = [
        (districts[name], weight) for name, weight in DISTRICTS if name in districts
    ]
    centres = {}
    for centre in Centre.objects.filter(district__in=districts.values(), active=True):
        centres.setdefault((centre.district_id, centre.kind), centre)
    operators = {}
    for membership in CentreOperator.objects.select_related("user").order_by("pk"):
        operators.setdefault(membership.centre_id, membership.user)
    upazilas = {}
    for upazila_id, district_id in Upazila.objects.filter(
        district__in=districts.values()
    ).values_list("pk", "district_id"):
        upazilas.setdefault(district_id, []).append(upazila_id)
    taken = set(LearnerProfile.objects.values_list("phone", flat=True))
    password = make_password(None)  # unusable: demo learners cannot sign in
    user_model = get_user_model()
    profiles = []
    for number in range(1, LEARNER_COUNT + 1):
        family = profiles and rng.random() < 0.1
        if family:
            # A family member on the same phone, registered the same day.
            previous = profiles[-1]
            district, centre, upazila_id = (
                previous.district,
                previous.centre,
                previous.upazila_id,
            )
            phone, learner_type = previous.phone, "family"
            created = min(
                previous.created_at + timedelta(minutes=rng.randint(5, 40)), now
            )
        else:
            district = _weighted(rng, weights)
            centre, upazila_id = _place(rng, district, centres, upazilas)
            phone = _phone(rng, taken)
            learner_type = _weighted(
                rng, [("returnee", 40), ("aspirant", 25), ("family", 35)]
            )
            created = _registered_at(rng, now)
        gender = _weighted(rng, [("female", 58), ("male", 41), ("other", 1)])
        name = _name(rng, gender)
        while any(p.phone == phone and p.full_name == name for p in profiles[-3:]):
            name = _name(rng, gender)
        user = user_model(
            username=f"{USERNAME_PREFIX}{number:04d}",
            password=password,
            date_joined=created,
        )
        profiles.append(
            LearnerProfile(
                user=user,
                full_name=name,
                phone=phone,
                gender=gender,
                district=district,
                learner_type=learner_type,
                upazila_id=upazila_id,
                centre=centre,
                registered_by=operators.get(centre.pk) if centre else None,
                created_at=created,
            )
        )
    return profiles


def _course(slug: str) -> DemoCourse | None:
    page = (
        CoursePage.objects.live()
        .filter(slug=slug, locale_id=default_locale_id())
        .first()
    )
    if page is None:
        return None
    lessons = LessonPage.objects.live().descendant_of(page)
    quizzes = QuizPage.objects.live().descendant_of(page).filter(required=True)
    items = sorted([*lessons, *quizzes], key=lambda item: item.path)
    question_sets = {
        quiz.pk: [
            draw_slots(quiz, rng=random.Random(SEED + number))
            for number in range(QUESTION_SETS)
        ]
        for quiz in quizzes
    }
    return DemoCourse(page=page, items=items, question_sets=question_sets)


def _answer(rng: random.Random, slot: dict, right: bool) -> dict:
    """An answer to ``slot`` in the stored form, right or (mostly) wrong."""
    kind, correct = slot["kind"], slot["correct"]
    if kind == "numeric":
        expected = Decimal(slot["numeric"]["answer"])
        tolerance = abs(Decimal(slot["numeric"]["tolerance"]))
        return {"value": str(expected if right else expected + tolerance + 100)}
    if kind == "ordering":
        order = list(correct)
        if not right and len(order) > 1:
            first = rng.randrange(len(order) - 1)
            order[first], order[first + 1] = order[first + 1], order[first]
        return {"order": order}
    wrong = [key for key in slot["choices"] if key not in correct]
    if kind == "multiple":
        chosen = set(correct)
        if not right:
            chosen.discard(rng.choice(correct))
            if wrong:
                chosen.add(rng.choice(wrong))
        return {"choices": sorted(chosen or correct)}
    if right or not wrong:
        return {"choice": correct[0]}
    return {"choice": rng.choice(wrong)}


def _attempt(
    rng: random.Random, *, user, quiz: QuizPage, slots, number, at, passed
) -> tuple[QuizAttempt, list[QuizResponse]]:
    """A finished attempt whose scored answers pass (or fail) as asked."""
    skill = 0.9 if passed else 0.35
    for _try in range(20):
        answers = {
            index: _answer(rng, slot, rng.random() < skill)
            for index, slot in enumerate(slots)
        }
        grade = scoring.grade_attempt(slots, answers)
        if grade.passed(quiz.pass_mark) == passed:
            break
    else:  # pragma: no cover - twenty unlucky draws in a row
        answers = {i: _answer(rng, s, passed) for i, s in enumerate(slots)}
        grade = scoring.grade_attempt(slots, answers)
    attempt = QuizAttempt(
        user=user,
        quiz=quiz,
        number=number,
        state=QuizAttempt.State.FINISHED,
        slots=slots,
        finished_at=at,
        grade=grade.fraction,
        passed=grade.passed(quiz.pass_mark),
    )
    locked = quiz.feedback_mode == QuizPage.FeedbackMode.IMMEDIATE
    responses = [
        QuizResponse(
            attempt=attempt,
            slot=index,
            answer=answer,
            fraction=grade.per_slot[index],
            locked=locked,
        )
        for index, answer in answers.items()
    ]
    return attempt, responses


def _journey(
    rng: random.Random, *, user, course: DemoCourse, start: datetime, now: datetime
) -> Journey:
    """Play out one enrolment from ``start`` to today."""
    items = course.items
    age_days = (now - start).total_seconds() / 86400
    chance = 0.45 if age_days > 30 else 0.25 if age_days > 7 else 0.05
    span = rng.uniform(3, 70)
    complete = rng.random() < chance and age_days > 1
    if complete:
        done = len(items)
    elif rng.random() < 0.15:
        done = 0
    elif rng.random() < 0.4:
        # Stuck at a quiz: the attempts there were not good enough yet.
        quizzes = [i for i, item in enumerate(items) if isinstance(item, QuizPage)]
        done = rng.choice(quizzes)
    else:
        done = rng.randrange(1, len(items))
    # Time between steps; the whole stretch fits between start and today.
    span = min(span * done / len(items), age_days * 0.95)
    gaps = [rng.expovariate(1) for _ in range(max(done, 1) + 1)]
    scale = span / sum(gaps)
    times = [
        start + timedelta(days=0.02 + offset * scale) for offset in accumulate(gaps)
    ]
    # first_viewed_at and started_at are set when written (_write_activity).
    journey = Journey(enrollment=Enrollment(user=user, course=course.page))
    last_seen, last_lesson = None, None
    for index, item in enumerate(items[: done + 1]):
        at = min(times[index], now - timedelta(minutes=5))
        finished = index < done
        if isinstance(item, LessonPage):
            if not finished and rng.random() < 0.5:
                continue  # the next lesson, not opened yet
            journey.progress.append(
                LessonProgress(
                    user=user,
                    lesson=item,
                    course=course.page,
                    completed_at=at if finished else None,
                )
            )
            last_lesson = item
        else:
            if not finished and rng.random() < 0.4:
                continue  # the next quiz, not tried yet
            # Those who do not finish the course sometimes read on after
            # failing a quiz.
            passes = finished and (complete or rng.random() < 0.7)
            failures = _weighted(rng, [(0, 70), (1, 22), (2, 8)]) + (not passes)
            slots = rng.choice(course.question_sets[item.pk])
            for number in range(1, failures + 1 + passes):
                passed = passes and number == failures + 1
                tried_at = at - timedelta(hours=3 * (failures + 1 - number))
                journey.attempts.append(
                    _attempt(
                        rng,
                        user=user,
                        quiz=item,
                        slots=slots,
                        number=number,
                        at=max(tried_at, start + timedelta(minutes=number)),
                        passed=passed,
                    )
                )
        last_seen = at
    journey.enrollment.enrolled_at = start
    journey.enrollment.last_seen_at = last_seen
    journey.enrollment.last_lesson = last_lesson
    if complete:
        journey.completed_at = last_seen + timedelta(seconds=1)
    return journey


def _bulk_create(model, objects, backdate=()):
    """Insert ``objects``, then put back the ``backdate`` fields that Django
    stamped with the current time on the way in (``auto_now_add``).

    For the few hundred rows of learners, enrolments and completions; the
    thousands of progress rows and attempts are backdated in one UPDATE each.
    """
    wanted = [[getattr(obj, name) for name in backdate] for obj in objects]
    model.objects.bulk_create(objects, batch_size=BATCH)
    if backdate:
        for obj, values in zip(objects, wanted, strict=True):
            for name, value in zip(backdate, values, strict=True):
                setattr(obj, name, value)
        model.objects.bulk_update(objects, list(backdate), batch_size=BATCH)
    return objects


def _write_activity(journeys: list[Journey]) -> list[CourseCompletion]:
    _bulk_create(
        Enrollment, [j.enrollment for j in journeys], backdate=("enrolled_at",)
    )
    users = [j.enrollment.user_id for j in journeys]
    _bulk_create(LessonProgress, [row for j in journeys for row in j.progress])
    progress = LessonProgress.objects.filter(user__in=users)
    progress.filter(completed_at__isnull=False).update(
        first_viewed_at=F("completed_at") - timedelta(minutes=12)
    )
    # A lesson opened but not done is the last thing its learner saw.
    progress.filter(completed_at__isnull=True).update(
        first_viewed_at=Subquery(
            Enrollment.objects.filter(
                user=OuterRef("user"), course=OuterRef("course")
            ).values("last_seen_at")[:1]
        )
    )
    attempts = [pair for j in journeys for pair in j.attempts]
    _bulk_create(QuizAttempt, [attempt for attempt, _responses in attempts])
    QuizAttempt.objects.filter(user__in=users).update(
        started_at=F("finished_at") - timedelta(minutes=9)
    )
    _bulk_create(QuizResponse, [r for _attempt, rs in attempts for r in rs])
    return _bulk_create(
        CourseCompletion,
        [
            CourseCompletion(
                user=j.enrollment.user,
                course=j.enrollment.course,
                completed_at=j.completed_at,
            )
            for j in journeys
            if j.completed_at
        ],
        backdate=("completed_at",),
    )


def _issue_certificates(
    rng: random.Random, completions: list[CourseCompletion], now: datetime
) -> list[Certificate]:
    """A real certificate (code and PDF) per completion, some already printed.

    Drawn here rather than by the worker the request enqueues, so the demo
    is complete even with a broker and no worker; the worker then finds them
    issued and does nothing.
    """
    operators = {}
    for membership in CentreOperator.objects.order_by("pk"):
        operators.setdefault(membership.centre_id, membership.user_id)
    certificates = []
    # Wagtail would index each certificate's reference to its course, three
    # saves each; ``rebuild_references_index`` adds them if ever wanted.
    with disable_reference_index_auto_update():
        for completion in completions:
            requested = certificate_request(completion=completion)
            certificate = certificate_issue(certificate_id=requested.pk)
            certificates.append(certificate)
    for completion, certificate in zip(completions, certificates, strict=True):
        certificate.created_at = completion.completed_at
        certificate.issued_at = completion.completed_at + timedelta(
            minutes=rng.randint(1, 5)
        )
        centre_id = completion.user.learner.centre_id
        waited = (now - certificate.issued_at).days
        if centre_id and waited > 7 and rng.random() < 0.75:
            certificate.printed_at = min(
                certificate.issued_at + timedelta(days=rng.uniform(1, 7)), now
            )
            certificate.printed_by_id = operators.get(centre_id)
    Certificate.objects.bulk_update(
        certificates,
        ["created_at", "issued_at", "printed_at", "printed_by"],
        batch_size=BATCH,
    )
    CertificateEvent.objects.filter(
        certificate__in=[certificate.pk for certificate in certificates]
    ).update(
        at=Subquery(
            Certificate.objects.filter(pk=OuterRef("certificate_id")).values(
                "issued_at"
            )[:1]
        )
    )
    return certificates


@contextmanager
def _quiet(*names: str):
    """Hold back INFO logs: a line per demo certificate (and per eager task
    at commit, and the font subsetter's glyph lists) is not news."""
    loggers = [logging.getLogger(name) for name in names]
    levels = [logger.level for logger in loggers]
    for logger in loggers:
        logger.setLevel(logging.WARNING)
    try:
        yield
    finally:
        for logger, level in zip(loggers, levels, strict=True):
            logger.setLevel(level)


def seed_activity() -> list[str]:
    """Load the demo learners and their learning once; return a line to print.

    Call it outside other transactions (it makes its own) so that the
    certificates' tasks, which run at commit, stay quiet too.
    """
    with _quiet("certificates", "celery", "fontTools"):
        return _seed_activity()


@transaction.atomic
def _seed_activity() -> list[str]:
    existing = LearnerProfile.objects.filter(
        user__username__startswith=USERNAME_PREFIX
    ).count()
    if existing:
        return [f"demo activity: {existing} learners (loaded before)"]
    courses = [
        course for course in map(_course, (PILOT["slug"], TOT["slug"])) if course
    ]
    if not courses:
        return []
    rng = random.Random(SEED)
    now = timezone.now()
    profiles = _learners(rng, now)
    _bulk_create(get_user_model(), [profile.user for profile in profiles])
    _bulk_create(LearnerProfile, profiles, backdate=("created_at",))
    journeys = []
    for profile in profiles:
        taking = [courses[0]]
        if len(courses) > 1 and rng.random() < 0.12:
            taking.append(courses[1])  # a learner who now trains others
        for course in taking:
            # Most enrol the day they register, at the centre; some later.
            days = 0 if rng.random() < 0.7 else rng.uniform(0, 3)
            start = profile.created_at + timedelta(days=days, minutes=10)
            journeys.append(
                _journey(
                    rng,
                    user=profile.user,
                    course=course,
                    start=min(start, now - timedelta(hours=1)),
                    now=now,
                )
            )
    completions = _write_activity(journeys)
    certificates = _issue_certificates(rng, completions, now)
    printed = sum(1 for certificate in certificates if certificate.printed_at)
    attempts = sum(len(journey.attempts) for journey in journeys)
    return [
        f"demo activity: {len(profiles)} learners, {len(journeys)} enrolments, "
        f"{attempts} quiz attempts, {len(completions)} completions, "
        f"{len(certificates)} certificates ({printed} printed)"
    ]

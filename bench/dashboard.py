"""How long programme staff wait for the dashboard with 1,000,000 learners.

The staff dashboard (``/cms/reports/dashboard/``) counts everything live in
SQL: the headline figures, completions by month, the district map and five
tables. Target: each view of it, the national one (no filter) and one
district's, answers in under 500 ms on PostgreSQL with a million learners.

The bench works on a PostgreSQL database of its own, ``elearn_bench`` unless
``DATABASE_URL`` says otherwise (it refuses SQLite). Create it once, then run
the bench from the project root::

    createdb -h 127.0.0.1 -U postgres elearn_bench
    .venv/bin/python bench/dashboard.py                  # --learners 1000000

It migrates the database and loads the places and the demo courses
(``seed_demo --no-accounts``) when they are missing, then, unless the database
already holds that many bench learners (``--regenerate`` to start again),
writes the programme with set-based SQL (``INSERT ... SELECT`` over
``generate_series``; a few minutes, about 20 million rows) and runs ``VACUUM
ANALYZE``. Everything it writes is its own: users named ``bench-learner-<n>``
with their rows, and one "(bench)" UDC in every union. What it writes:

- learners spread unevenly over the 64 districts (the ten with a Reintegration
  Service Centre three times as heavy), registered over 18 months with growth
  towards now; 55 % women; about a third at an RSC or a UDC of their upazila;
- enrolments: 95 % in the pilot course, 5 % in Training of Trainers, a few
  days after registering; 88 % started, lesson progress for every lesson they
  opened (and last_seen_at, as a visit sets both);
- completions for about 40 % of enrolments (0.5 to 60 days after enrolling),
  each with a certificate (97 % issued, some printed, revoked or pending);
- finished quiz attempts at the required quizzes reached, a third passing only
  at the second try, some failed and not retaken.

Then it times the dashboard as staff get it: a signed-in superuser's ``GET``
through Django's test client (middleware, the Wagtail admin page and template
rendering included), once to warm up (the map's outlines, Wagtail's caches),
then ``--runs`` times (5) without filters and with ``?district=<id>``
(``--district``, Tangail by default). It prints the median, the slowest SQL
statements of one more captured request, and each selector called on its own
(the same calls the view makes, with the same user object).

The last line is machine-readable:
``learners=<int> all_ms=<float> district_ms=<float>``.
"""

import argparse
import os
import random
import statistics
import sys
import time
from datetime import timedelta

from common import setup_django

DEFAULT_DATABASE = "postgres://postgres@127.0.0.1:5432/elearn_bench"
LEARNERS = 1_000_000
RUNS = 5
PREFIX = "bench-learner-"
PILOT_SLUG = "managing-money-from-abroad"
TOT_SLUG = "training-of-trainers"
# course slug: (share of learners enrolled, share of their enrolments completed)
COURSES = {PILOT_SLUG: (0.95, 0.42), TOT_SLUG: (0.05, 0.35)}
STARTED = 0.88  # share of enrolments with a visit
HISTORY_DAYS = 548  # 18 months of registrations
RSC_WEIGHT = 3.0
SEED = 2026
TARGET_MS = 500


def parse_args():
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--learners", type=int, default=LEARNERS)
    parser.add_argument("--runs", type=int, default=RUNS)
    parser.add_argument("--district", default="Tangail", help="English name")
    parser.add_argument(
        "--regenerate",
        action="store_true",
        help="delete the bench's learners and write them again",
    )
    parser.add_argument(
        "--live",
        action="store_true",
        help="time the dashboard counting live (no summary), as before the summary",
    )
    parser.add_argument(
        "--explain",
        metavar="FILE",
        help="write EXPLAIN (ANALYZE, BUFFERS) of every statement over 20 ms",
    )
    return parser.parse_args()


# --- The database ------------------------------------------------------------


def prepare_database() -> None:
    """Migrations, places and the demo courses, each only when missing."""
    from django.core.management import call_command

    from centres.models import District, Union
    from courses.models import CoursePage

    call_command("migrate", interactive=False, verbosity=0)
    # The migrations create the districts, not the upazilas and unions.
    if District.objects.count() < 64 or not Union.objects.exists():
        call_command("load_places", verbosity=0)
    if not CoursePage.objects.filter(slug=PILOT_SLUG).exists():
        call_command("seed_demo", no_accounts=True, verbosity=0)


def bench_learner_count() -> int:
    from django.contrib.auth import get_user_model

    return get_user_model().objects.filter(username__startswith=PREFIX).count()


def run(cursor, sql: str, params=None, *, label: str = "") -> None:
    start = time.perf_counter()
    cursor.execute(sql, params)
    if label:
        rows = f" ({cursor.rowcount:,} rows)" if cursor.rowcount >= 0 else ""
        print(f"  {label}{rows}: {time.perf_counter() - start:.1f} s", flush=True)


def delete_bench_rows(cursor) -> None:
    """Remove the bench's learners and everything hanging off them."""
    users = "SELECT id FROM auth_user WHERE username LIKE %s"
    certificates = (
        f"SELECT id FROM certificates_certificate WHERE learner_id IN ({users})"
    )
    attempts = f"SELECT id FROM quizzes_quizattempt WHERE user_id IN ({users})"
    profiles = f"SELECT id FROM centres_learnerprofile WHERE user_id IN ({users})"
    for sql in (
        "DELETE FROM certificates_certificateevent"
        f" WHERE certificate_id IN ({certificates})",
        f"DELETE FROM certificates_certificate WHERE learner_id IN ({users})",
        f"DELETE FROM quizzes_quizresponse WHERE attempt_id IN ({attempts})",
        f"DELETE FROM quizzes_quizattempt WHERE user_id IN ({users})",
        f"DELETE FROM courses_lessonprogress WHERE user_id IN ({users})",
        f"DELETE FROM courses_coursecompletion WHERE user_id IN ({users})",
        f"DELETE FROM courses_enrollment WHERE user_id IN ({users})",
        f"DELETE FROM centres_auditevent WHERE learner_id IN ({profiles})",
        f"DELETE FROM centres_learnerprofile WHERE user_id IN ({users})",
        "DELETE FROM auth_user WHERE username LIKE %s",
    ):
        run(cursor, sql, [PREFIX + "%"], label=sql.split(" WHERE")[0].lower())


def district_counts(learners: int) -> list[tuple[int, int]]:
    """``(district id, learners)``: uneven, RSC districts heavier, summing up."""
    from centres.models import Centre, District

    rsc = set(
        Centre.objects.filter(kind=Centre.Kind.RSC).values_list("district", flat=True)
    )
    rng = random.Random(SEED)
    ids = list(District.objects.order_by("pk").values_list("pk", flat=True))
    weights = {
        pk: rng.lognormvariate(0, 0.6) * (RSC_WEIGHT if pk in rsc else 1.0)
        for pk in ids
    }
    total = sum(weights.values())
    exact = {pk: learners * weight / total for pk, weight in weights.items()}
    counts = {pk: int(value) for pk, value in exact.items()}
    # Largest remainders get the learners left over, so the sum is exact.
    short = learners - sum(counts.values())
    for pk in sorted(ids, key=lambda pk: exact[pk] - counts[pk], reverse=True)[:short]:
        counts[pk] += 1
    return sorted(counts.items())


def generate(learners: int) -> None:
    """Write the programme in SQL, one statement per table (plus temp tables)."""
    from django.db import connection, transaction
    from django.utils import timezone

    from courses.models import CoursePage

    now = timezone.now()
    start = now - timedelta(days=HISTORY_DAYS)
    courses = {
        slug: CoursePage.objects.get(slug=slug, locale__language_code="bn")
        for slug in COURSES
    }
    print(f"writing {learners:,} learners (a few minutes):", flush=True)
    with transaction.atomic(), connection.cursor() as cursor:
        run(cursor, "SELECT setseed(%s)", [0.2026])
        run(
            cursor,
            """
            INSERT INTO centres_centre (name_bn, name_en, kind, district_id,
                upazila_id, union_id, address, contact_name, phone, active,
                created_at)
            SELECT n.name_bn || ' ইউডিসি', n.name_en || ' UDC (bench)', 'udc',
                u.district_id, u.id, n.id, '', '', '', true, %(start)s
            FROM centres_union n JOIN centres_upazila u ON u.id = n.upazila_id
            ON CONFLICT DO NOTHING
            """,
            {"start": start},
            label="a UDC in every union",
        )
        run(cursor, "CREATE TEMP TABLE bench_counts (district_id int, n int)")
        cursor.executemany(
            "INSERT INTO bench_counts VALUES (%s, %s)", district_counts(learners)
        )
        run(
            cursor,
            """
            CREATE TEMP TABLE bench_courses AS
            SELECT * FROM (VALUES (%s, %s::float, %s::float), (%s, %s, %s))
                AS c (course_id, share, done_share)
            """,
            [
                value
                for slug, (share, done) in COURSES.items()
                for value in (courses[slug].pk, share, done)
            ],
        )
        # The lessons and required quizzes of each course, numbered in order.
        run(
            cursor,
            """
            CREATE TEMP TABLE bench_lessons AS
            SELECT c.course_id, l.page_ptr_id AS lesson_id,
                row_number() OVER (PARTITION BY c.course_id ORDER BY p.path) AS idx
            FROM bench_courses c
            JOIN wagtailcore_page cp ON cp.id = c.course_id
            JOIN wagtailcore_page p ON p.path LIKE cp.path || '%'
            JOIN courses_lessonpage l ON l.page_ptr_id = p.id
            """,
        )
        run(
            cursor,
            """
            CREATE TEMP TABLE bench_quizzes AS
            SELECT c.course_id, q.page_ptr_id AS quiz_id,
                row_number() OVER (PARTITION BY c.course_id ORDER BY p.path) AS idx
            FROM bench_courses c
            JOIN wagtailcore_page cp ON cp.id = c.course_id
            JOIN wagtailcore_page p ON p.path LIKE cp.path || '%'
            JOIN quizzes_quizpage q ON q.page_ptr_id = p.id AND q.required
            """,
        )
        run(
            cursor,
            """
            ALTER TABLE bench_courses
                ADD COLUMN lessons int, ADD COLUMN quizzes int;
            UPDATE bench_courses c SET
                lessons = (SELECT count(*) FROM bench_lessons l
                           WHERE l.course_id = c.course_id),
                quizzes = (SELECT count(*) FROM bench_quizzes q
                           WHERE q.course_id = c.course_id);
            """,
        )
        cursor.execute("SELECT coalesce(max(id), 0) FROM auth_user")
        base = cursor.fetchone()[0]
        run(
            cursor,
            """
            CREATE TEMP TABLE bench_learner AS
            WITH drawn AS (
                SELECT c.district_id, random() AS r_upazila, random() AS r_pick,
                    random() AS r_centre, random() AS r_udc, random() AS r_gender,
                    random() AS r_type, random() AS r_time
                FROM bench_counts c, generate_series(1, c.n) AS g
            ), placed AS (
                SELECT d.*, CASE WHEN d.r_upazila < 0.9 THEN
                    ups.ids[1 + floor(d.r_pick * array_length(ups.ids, 1))::int]
                    END AS upazila_id
                FROM drawn d
                LEFT JOIN (SELECT district_id, array_agg(id ORDER BY id) AS ids
                           FROM centres_upazila GROUP BY district_id) ups
                    ON ups.district_id = d.district_id
            ), planned AS (
            SELECT p.district_id, p.upazila_id,
                CASE
                    WHEN rsc.id IS NOT NULL AND p.r_centre < 0.15 THEN rsc.id
                    WHEN p.r_centre < 0.35 AND udcs.ids IS NOT NULL THEN
                        udcs.ids[1 + floor(p.r_udc * array_length(udcs.ids, 1))::int]
                END AS centre_id,
                CASE WHEN p.r_gender < 0.55 THEN 'female'
                     WHEN p.r_gender < 0.99 THEN 'male' ELSE 'other' END AS gender,
                CASE WHEN p.r_type < 0.35 THEN 'returnee'
                     WHEN p.r_type < 0.65 THEN 'aspirant'
                     ELSE 'family' END AS learner_type,
                %(start)s::timestamptz
                    + (%(now)s::timestamptz - %(start)s::timestamptz)
                    * sqrt(p.r_time) AS created_at
            FROM placed p
            LEFT JOIN (SELECT district_id, min(id) AS id FROM centres_centre
                       WHERE kind = 'rsc' GROUP BY district_id) rsc
                ON rsc.district_id = p.district_id
            LEFT JOIN (SELECT upazila_id, array_agg(id ORDER BY id) AS ids
                       FROM centres_centre WHERE kind = 'udc'
                       GROUP BY upazila_id) udcs
                ON udcs.upazila_id = p.upazila_id
            )
            -- Ids in the order of registration, as the site hands them out:
            -- a district's learners are spread over the whole table.
            SELECT row_number() OVER (ORDER BY created_at) AS seq,
                %(base)s + row_number() OVER (ORDER BY created_at) AS user_id,
                planned.*
            FROM planned
            """,
            {"base": base, "start": start, "now": now},
            label="plan: learners",
        )
        run(
            cursor,
            f"""
            INSERT INTO auth_user (id, password, last_login, is_superuser,
                username, first_name, last_name, email, is_staff, is_active,
                date_joined)
            SELECT user_id, '!bench', NULL, false, '{PREFIX}' || seq, '', '', '',
                false, true, created_at
            FROM bench_learner ORDER BY user_id;
            SELECT setval(pg_get_serial_sequence('auth_user', 'id'),
                          (SELECT max(id) FROM auth_user));
            """,
            label="auth_user",
        )
        run(
            cursor,
            """
            INSERT INTO centres_learnerprofile (user_id, full_name, phone, gender,
                district_id, learner_type, upazila_id, centre_id,
                registered_by_id, created_at)
            SELECT user_id, 'শিক্ষার্থী ' || seq, '+88017' || lpad(seq::text, 8, '0'),
                gender, district_id, learner_type, upazila_id, centre_id, NULL,
                created_at
            FROM bench_learner ORDER BY user_id
            """,
            label="centres_learnerprofile",
        )
        run(
            cursor,
            """
            CREATE TEMP TABLE bench_enrol AS
            WITH drawn AS (
                SELECT l.user_id, c.course_id, c.lessons, c.quizzes, c.done_share,
                    least(l.created_at + interval '7 days' * power(random(), 4),
                          %(now)s::timestamptz) AS enrolled_at,
                    random() AS r_state, random() AS r_days, random() AS r_seen,
                    random() AS r_far
                FROM bench_learner l CROSS JOIN bench_courses c
                WHERE random() < c.share
            ), timed AS (
                SELECT d.*, CASE WHEN d.r_state < d.done_share THEN
                    d.enrolled_at + interval '1 day' * (0.5 + 60 * d.r_days ^ 2)
                END AS done_at
                FROM drawn d
            ), done AS (
                SELECT t.*, CASE WHEN t.done_at <= %(now)s THEN t.done_at
                    END AS completed_at
                FROM timed t
            )
            SELECT d.user_id, d.course_id, d.enrolled_at, d.completed_at,
                CASE
                    WHEN d.completed_at IS NOT NULL THEN d.completed_at
                        + (%(now)s - d.completed_at) * power(d.r_seen, 4)
                    WHEN d.r_state < %(started)s THEN least(
                        d.enrolled_at + interval '1 day' * 40 * d.r_seen ^ 2,
                        %(now)s)
                END AS last_seen_at,
                CASE
                    WHEN d.completed_at IS NOT NULL THEN d.lessons
                    WHEN d.r_state < %(started)s THEN
                        1 + floor(d.r_far * (d.lessons - 1))::int
                    ELSE 0
                END AS lessons_opened,
                d.lessons, d.quizzes, random() AS r_quiz
            FROM done d
            """,
            {"now": now, "started": STARTED},
            label="plan: enrolments",
        )
        run(
            cursor,
            """
            INSERT INTO courses_enrollment (user_id, course_id, enrolled_at,
                last_seen_at, last_lesson_id)
            SELECT e.user_id, e.course_id, e.enrolled_at, e.last_seen_at, l.lesson_id
            FROM bench_enrol e LEFT JOIN bench_lessons l
                ON l.course_id = e.course_id AND l.idx = e.lessons_opened
            ORDER BY e.user_id, e.course_id
            """,
            label="courses_enrollment",
        )
        run(
            cursor,
            """
            INSERT INTO courses_lessonprogress (user_id, lesson_id, course_id,
                first_viewed_at, completed_at)
            SELECT e.user_id, l.lesson_id, e.course_id, x.at,
                CASE WHEN l.idx < e.lessons_opened OR e.completed_at IS NOT NULL
                    THEN x.at END
            FROM bench_enrol e
            JOIN bench_lessons l
                ON l.course_id = e.course_id AND l.idx <= e.lessons_opened
            CROSS JOIN LATERAL (SELECT e.enrolled_at
                + (e.last_seen_at - e.enrolled_at)
                * (l.idx::float / e.lessons_opened) AS at) x
            ORDER BY x.at
            """,
            label="courses_lessonprogress",
        )
        run(
            cursor,
            """
            INSERT INTO courses_coursecompletion (user_id, course_id, completed_at)
            SELECT user_id, course_id, completed_at FROM bench_enrol
            WHERE completed_at IS NOT NULL ORDER BY completed_at
            """,
            label="courses_coursecompletion",
        )
        # Quizzes reached: all for a completion, else in step with the lessons;
        # three in ten who stopped half-way failed the next quiz and left it.
        run(
            cursor,
            """
            CREATE TEMP TABLE bench_pairs AS
            WITH reached AS (
                SELECT e.*, CASE WHEN e.completed_at IS NOT NULL THEN e.quizzes
                    ELSE e.lessons_opened * e.quizzes / e.lessons END AS passed_upto
                FROM bench_enrol e WHERE e.lessons_opened > 0
            )
            SELECT r.user_id, q.quiz_id, q.idx, r.quizzes, r.enrolled_at,
                coalesce(r.completed_at, r.last_seen_at) AS until,
                q.idx <= r.passed_upto AS passes,
                CASE WHEN random() < 0.33 THEN 2 ELSE 1 END AS tries
            FROM reached r JOIN bench_quizzes q ON q.course_id = r.course_id
                AND (q.idx <= r.passed_upto
                     OR (q.idx = r.passed_upto + 1 AND r.r_quiz < 0.3))
            """,
            label="plan: quiz pairs",
        )
        run(
            cursor,
            """
            INSERT INTO quizzes_quizattempt (user_id, quiz_id, number, state, slots,
                started_at, finished_at, grade, passed)
            SELECT p.user_id, p.quiz_id, a.number, 'finished', '[]'::jsonb,
                x.at - interval '8 minutes', x.at,
                CASE WHEN x.passed THEN 0.8 ELSE 0.4 END, x.passed
            FROM bench_pairs p
            CROSS JOIN LATERAL generate_series(1, p.tries) AS a (number)
            CROSS JOIN LATERAL (SELECT
                p.enrolled_at + (p.until - p.enrolled_at)
                    * (p.idx::float / (p.quizzes + 1))
                    + interval '10 minutes' * a.number AS at,
                p.passes AND a.number = p.tries AS passed) x
            ORDER BY x.at
            """,
            label="quizzes_quizattempt",
        )
        run(
            cursor,
            """
            INSERT INTO certificates_certificate (learner_id, course_id,
                completion_id, code, status, learner_name, course_title_bn,
                course_title_en, centre_bn, centre_en, completed_on, pdf,
                created_at, issued_at, revoked_at, revoked_reason, tries,
                last_error, printed_at, printed_by_id)
            SELECT c.user_id, c.course_id, c.id, 'BENCH' || c.id, x.status,
                lp.full_name, page.title, page.title, '', '',
                (c.completed_at AT TIME ZONE 'Asia/Dhaka')::date, '',
                c.completed_at,
                CASE WHEN x.status IN ('issued', 'revoked') THEN x.issued END,
                CASE WHEN x.status = 'revoked' THEN x.issued + interval '9 days' END,
                '', 1, '',
                CASE WHEN x.status = 'issued' AND x.r_print < 0.35
                          AND x.printed <= %(now)s THEN x.printed END,
                NULL
            FROM (SELECT *, random() AS r_status, random() AS r_print
                  FROM courses_coursecompletion
                  WHERE user_id IN (SELECT user_id FROM bench_learner)) c
            JOIN centres_learnerprofile lp ON lp.user_id = c.user_id
            JOIN wagtailcore_page page ON page.id = c.course_id
            CROSS JOIN LATERAL (SELECT c.r_print,
                CASE WHEN c.r_status < 0.015 THEN 'revoked'
                     WHEN c.r_status < 0.025 THEN 'pending'
                     WHEN c.r_status < 0.03 THEN 'failed'
                     ELSE 'issued' END AS status,
                c.completed_at + interval '3 minutes' * c.r_status AS issued,
                c.completed_at + interval '1 day' * (1 + 20 * c.r_print)
                    AS printed) x
            ORDER BY c.id
            """,
            {"now": now},
            label="certificates_certificate",
        )
    print("  VACUUM ANALYZE ...", flush=True)
    started = time.perf_counter()
    with connection.cursor() as cursor:
        cursor.execute("VACUUM ANALYZE")
    print(f"  VACUUM ANALYZE: {time.perf_counter() - started:.1f} s", flush=True)


# --- Timing ------------------------------------------------------------------


def bench_staff():
    """A superuser who sees the whole country, signed in like staff."""
    from django.contrib.auth import get_user_model

    user, created = get_user_model().objects.get_or_create(
        username="bench-dashboard-staff",
        defaults={"is_staff": True, "is_superuser": True},
    )
    if created:
        user.set_unusable_password()
        user.save()
    return user


def time_calls(call, runs: int) -> list[float]:
    call()  # warm-up
    timings = []
    for _ in range(runs):
        start = time.perf_counter()
        call()
        timings.append((time.perf_counter() - start) * 1000)
    return timings


def time_page(client, url: str, runs: int):
    """Median ms of ``runs`` GETs after one warm-up, and one captured GET."""
    from django.db import connection
    from django.test.utils import CaptureQueriesContext

    def get():
        response = client.get(url)
        assert response.status_code == 200, (url, response.status_code)
        assert b"<svg" in response.content, "the page shows no charts"

    timings = time_calls(get, runs)
    with CaptureQueriesContext(connection) as captured:
        get()
    queries = [(float(q["time"]) * 1000, q["sql"]) for q in captured.captured_queries]
    return timings, queries


def selector_timings(user, filters, runs: int) -> dict[str, float]:
    """Each selector the dashboard view calls, on its own: median ms."""
    from reports import selectors, tables

    calls = {
        "dashboard_figures": selectors.dashboard_figures,
        "completions_by_month": selectors.completions_by_month,
    }
    calls.update({f"table {slug}": table.rows for slug, table in tables.TABLES.items()})
    return {
        name: statistics.median(
            time_calls(lambda call=call: call(user=user, filters=filters), runs)
        )
        for name, call in calls.items()
    }


def explain(queries, path: str) -> None:
    """EXPLAIN (ANALYZE, BUFFERS) each statement that took over 20 ms, with
    the session settings the dashboard's statements run under."""
    from django.db import connection

    from reports.selectors import reporting_queries

    with (
        open(path, "a", encoding="utf-8") as out,
        reporting_queries(),
        connection.cursor() as cursor,
    ):
        for ms, sql in queries:
            if ms < 20:
                continue
            cursor.execute("EXPLAIN (ANALYZE, BUFFERS) " + sql)
            plan = "\n".join(row[0] for row in cursor.fetchall())
            out.write(f"-- {ms:.1f} ms\n{sql}\n{plan}\n\n")


def print_page(label: str, url: str, timings: list[float], queries) -> None:
    median = statistics.median(timings)
    verdict = "within" if median < TARGET_MS else "OVER"
    print(
        f"{label}: GET {url}\n"
        f"  median {median:.1f} ms over {len(timings)} runs (min {min(timings):.1f},"
        f" max {max(timings):.1f}); {verdict} the {TARGET_MS} ms target"
    )
    total = sum(ms for ms, _sql in queries)
    print(f"  one more request: {len(queries)} queries, {total:.1f} ms in SQL")
    for ms, sql in sorted(queries, reverse=True)[:8]:
        flat = " ".join(sql.split())
        print(f"  {ms:8.1f} ms  {flat[:150]}")


def main() -> None:
    args = parse_args()
    os.environ.setdefault("DATABASE_URL", DEFAULT_DATABASE)
    setup_django()
    from django.db import connection
    from django.test import Client

    from centres.models import District
    from reports.filters import Filters

    if connection.vendor != "postgresql":
        sys.exit("This bench measures PostgreSQL: point DATABASE_URL at one.")
    prepare_database()
    have = bench_learner_count()
    if args.regenerate and have:
        print(f"deleting {have:,} bench learners:", flush=True)
        with connection.cursor() as cursor:
            delete_bench_rows(cursor)
        have = 0
    if have < args.learners:
        if have:
            sys.exit(
                f"The database holds {have:,} bench learners, fewer than "
                f"{args.learners:,}: run again with --regenerate."
            )
        generate(args.learners)
    district = District.objects.get(name_en=args.district)
    staff = bench_staff()
    client = Client(SERVER_NAME="127.0.0.1", HTTP_HOST="127.0.0.1")
    client.force_login(staff, backend="django.contrib.auth.backends.ModelBackend")

    with connection.cursor() as cursor:
        cursor.execute(
            "SELECT current_setting('server_version'), current_setting('jit'),"
            " current_setting('work_mem'), current_setting('shared_buffers'),"
            " current_setting('max_parallel_workers_per_gather')"
        )
        version, jit, work_mem, buffers, parallel = cursor.fetchone()
        counts = {}
        for table in (
            "auth_user",
            "centres_learnerprofile",
            "centres_centre",
            "courses_enrollment",
            "courses_lessonprogress",
            "courses_coursecompletion",
            "quizzes_quizattempt",
            "certificates_certificate",
        ):
            cursor.execute(f"SELECT count(*) FROM {table}")  # noqa: S608
            counts[table] = cursor.fetchone()[0]
    learners = counts["centres_learnerprofile"]
    in_district = district.learners.count()
    print(
        f"database: PostgreSQL {version} {connection.settings_dict['NAME']} "
        f"(jit={jit}, work_mem={work_mem}, shared_buffers={buffers}, "
        f"max_parallel_workers_per_gather={parallel})"
    )
    print("rows: " + ", ".join(f"{table} {n:,}" for table, n in counts.items()))
    print(
        f"district filter: {district.name_en} (id {district.pk}), {in_district:,}"
        " learners"
    )
    print()

    from django.urls import reverse

    from reports.models import SummaryRefresh
    from reports.services import summary_refresh

    SummaryRefresh.objects.all().delete()
    if args.live:
        print("counting live: no summary")
    else:
        # What the beat task does every few minutes.
        refresh = summary_refresh()
        print(
            f"summary counted in {refresh.seconds:.1f} s: {refresh.cells:,} groups,"
            f" {refresh.completions:,} completions"
        )
    print()

    base_url = reverse("reports_dashboard")
    pages = {
        "national": (base_url, Filters()),
        "district": (f"{base_url}?district={district.pk}", Filters(district=district)),
    }
    medians = {}
    for label, (url, _filters) in pages.items():
        timings, queries = time_page(client, url, args.runs)
        medians[label] = statistics.median(timings)
        print_page(label, url, timings, queries)
        if args.explain:
            explain(queries, args.explain)
        print()

    print(f"selectors on their own, median ms of {args.runs} (national / district):")
    staff = type(staff).objects.get(pk=staff.pk)
    national = selector_timings(staff, pages["national"][1], args.runs)
    local = selector_timings(staff, pages["district"][1], args.runs)
    for name in national:
        print(f"  {name:<22} {national[name]:8.1f} {local[name]:8.1f}")
    print(f"  {'sum':<22} {sum(national.values()):8.1f} {sum(local.values()):8.1f}")
    print(
        f"learners={learners} all_ms={medians['national']:.1f} "
        f"district_ms={medians['district']:.1f}"
    )


if __name__ == "__main__":
    main()

"""Builders for course trees, through the same loader the demo content uses."""

import itertools

from courses.demo import loader
from courses.models import CourseIndexPage

_counter = itertools.count(1)


def lesson_data(slug: str, *, required: bool = True) -> dict:
    return {
        "slug": slug,
        "title": {"bn": f"পাঠ {slug}", "en": f"Lesson {slug}"},
        "summary": {"bn": "একটি ছোট পাঠ", "en": "A short lesson"},
        "minutes": 5,
        "required": required,
        "body": {
            "bn": [
                {"type": "heading", "value": "বাজেট কেন দরকার"},
                {"type": "paragraph", "value": "<p>প্রতি মাসের আয় আর খরচ লিখে রাখুন।</p>"},
                {"type": "official_service", "value": "wewb"},
                {
                    "type": "money_example",
                    "value": {
                        "title": "রহিমার মাস",
                        "situation": "",
                        "lines": [
                            {
                                "label": "রেমিট্যান্স",
                                "amount": "125000",
                                "direction": "in",
                            },
                            {"label": "বাজার", "amount": "12500", "direction": "out"},
                        ],
                        "result_label": "বাকি থাকে",
                        "lesson": "",
                    },
                },
            ],
            "en": [
                {"type": "heading", "value": "Why a budget"},
                {"type": "paragraph", "value": "<p>Write down money in and out.</p>"},
                {"type": "official_service", "value": "wewb"},
            ],
        },
    }


def make_course(*, modules: int = 2, lessons: int = 2, slug: str | None = None):
    """Create (or reuse) the catalogue and add a new bilingual course.

    :returns: the Bangla CoursePage.
    """
    from courses.demo.official_services import SERVICES

    number = next(_counter)
    slug = slug or f"course-{number}"
    data = {
        "slug": slug,
        "audience": "learners",
        "estimated_minutes": 30,
        "title": {"bn": f"কোর্স {number}", "en": f"Course {number}"},
        "summary": {"bn": "পরীক্ষার কোর্স", "en": "A test course"},
        "modules": [
            {
                "slug": f"{slug}-m{m}",
                "title": {"bn": f"মডিউল {m}", "en": f"Module {m}"},
                "summary": {"bn": "", "en": ""},
                "lessons": [lesson_data(f"{slug}-m{m}-l{n}") for n in range(lessons)],
            }
            for m in range(modules)
        ],
    }
    bn, en = loader.ensure_locales()
    catalogue, _english = loader.ensure_catalogue(bn, en)
    services = loader.ensure_services(SERVICES, bn)
    return loader.ensure_course(data, catalogue, en, services)


def catalogue(language: str = "bn") -> CourseIndexPage:
    return CourseIndexPage.objects.get(locale__language_code=language)

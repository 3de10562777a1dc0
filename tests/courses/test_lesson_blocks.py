"""Lesson blocks render for learners: images as WebP with srcset, taka in Bangla."""

import pytest
from django.urls import reverse

from courses.models import LessonPage
from tests.courses.factories import make_course

pytestmark = pytest.mark.django_db


def test_lesson_shows_money_in_bangla_digits_and_a_service_card(learner_client):
    course = make_course(modules=1, lessons=1)
    learner_client.post(reverse("courses:enrol", args=[course.pk]))
    lesson = LessonPage.objects.descendant_of(course).get()

    page = learner_client.get(lesson.url).content.decode()

    assert "৳১,২৫,০০০" in page  # 125000 taka in, with lakh grouping
    assert "৳১,১২,৫০০" in page  # what is left
    assert "ওয়েজ আর্নার্স কল্যাণ বোর্ড" in page
    assert "https://www.wewb.gov.bd" in page


def test_image_block_is_a_webp_rendition_with_srcset_and_alt_text(learner_client):
    from courses.demo import art, loader

    course = make_course(modules=1, lessons=1)
    learner_client.post(reverse("courses:enrol", args=[course.pk]))
    lesson = LessonPage.objects.descendant_of(course).get()
    chart = loader._image("Chart for a test", art.budget_chart([(0.5, art.GREEN)]))
    lesson.body = [
        {
            "type": "image",
            "value": {"image": chart.pk, "alt_text": "খরচের চার্ট", "caption": ""},
        }
    ]
    lesson.save_revision().publish()

    page = learner_client.get(lesson.url).content.decode()

    assert 'alt="খরচের চার্ট"' in page
    assert "srcset=" in page
    assert ".webp 360w" in page and ".webp 720w" in page

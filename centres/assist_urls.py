"""Assisted sessions: an operator sits a learner down at the shared PC."""

from django.urls import path

from . import assist_views

app_name = "assist"

urlpatterns = [
    path("start/<int:learner_pk>/", assist_views.start, name="start"),
    path("end/", assist_views.end, name="end"),
]

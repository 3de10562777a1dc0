from django.urls import path

from . import views

app_name = "quizzes"

urlpatterns = [
    path("<int:quiz_id>/start/", views.start, name="start"),
    path("attempts/<int:attempt_id>/<int:slot>/", views.question, name="question"),
    path("attempts/<int:attempt_id>/review/", views.review, name="review"),
    path("attempts/<int:attempt_id>/submit/", views.submit, name="submit"),
    path("attempts/<int:attempt_id>/result/", views.result, name="result"),
]

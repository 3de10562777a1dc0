"""The operator's desk at the centre: learners, registering, importing."""

from django.urls import path

from . import desk_views as views

app_name = "desk"

urlpatterns = [
    path("", views.home, name="home"),
    path("sign-in/", views.sign_in, name="sign_in"),
    path("learners/", views.learners, name="learners"),
    path("learners/new/", views.learner_new, name="learner_new"),
    path("learners/import/", views.learner_import, name="learner_import"),
    path(
        "learners/import/confirm/",
        views.learner_import_confirm,
        name="learner_import_confirm",
    ),
    path(
        "learners/import/template.csv",
        views.import_template_csv,
        name="import_template_csv",
    ),
    path(
        "learners/import/template.xlsx",
        views.import_template_xlsx,
        name="import_template_xlsx",
    ),
    path("learners/<int:pk>/", views.learner_detail, name="learner_detail"),
]

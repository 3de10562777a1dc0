from django.urls import path

from . import views

app_name = "h5p"

urlpatterns = [
    path("<int:activity_id>/files/<path:path>", views.package_file, name="file"),
    path("<int:activity_id>/xapi/", views.xapi, name="xapi"),
    path("<int:activity_id>/state/", views.state, name="state"),
]

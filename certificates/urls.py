from django.urls import path, re_path

from . import desk_views, views

app_name = "certificates"

urlpatterns = [
    path("verify/", views.verify_lookup, name="verify_lookup"),
    # Anything up to 40 characters reaches the view, which says "malformed"
    # in the reader's language rather than a bare 404.
    re_path(r"^verify/(?P<code>[^/]{1,40})/$", views.verify, name="verify"),
    path("<int:pk>/pdf/", views.download, name="download"),
    # The operator's print queue at the centre.
    path("centre/", desk_views.print_queue, name="print_queue"),
    path("centre/batches/<int:pk>/", desk_views.batch_detail, name="desk_batch"),
    path(
        "centre/batches/<int:pk>/status/",
        desk_views.batch_status,
        name="desk_batch_status",
    ),
    path(
        "centre/batches/<int:pk>/pdf/",
        desk_views.batch_download,
        name="desk_batch_download",
    ),
    path(
        "centre/batches/<int:pk>/printed/",
        desk_views.batch_mark_printed,
        name="desk_batch_printed",
    ),
    path(
        "centre/<int:pk>/ask-to-revoke/",
        desk_views.revoke_request,
        name="revoke_request",
    ),
]

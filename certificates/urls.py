from django.urls import path, re_path

from . import views

app_name = "certificates"

urlpatterns = [
    path("verify/", views.verify_lookup, name="verify_lookup"),
    # Anything up to 40 characters reaches the view, which says "malformed"
    # in the reader's language rather than a bare 404.
    re_path(r"^verify/(?P<code>[^/]{1,40})/$", views.verify, name="verify"),
    path("<int:pk>/pdf/", views.download, name="download"),
]

from django.conf import settings
from django.conf.urls.i18n import i18n_patterns
from django.contrib import admin
from django.urls import include, path, re_path
from django.views.i18n import set_language
from wagtail import urls as wagtail_urls
from wagtail.admin import urls as wagtailadmin_urls
from wagtail.documents import urls as wagtaildocs_urls

from certificates import views as certificate_views
from courses import views as course_views

urlpatterns = [
    path("cms/", include(wagtailadmin_urls)),
    path("django-admin/", admin.site.urls),
    path("documents/", include(wagtaildocs_urls)),
    path("i18n/setlang/", set_language, name="set_language"),
    path("h5p/", include("h5p.urls")),
    # The certificate QR code's short, upper-case address (see certificates.selectors).
    re_path(r"^[Cc]/(?P<code>[0-9A-Za-z]{1,16})/$", certificate_views.verify_short),
]

# Bangla is the default and lives at the root; English under /en/.
urlpatterns += i18n_patterns(
    path("", course_views.home, name="home"),
    path("", include("centres.urls")),
    path("learn/", include("courses.urls")),
    path("learn/quizzes/", include("quizzes.urls")),
    path("certificates/", include("certificates.urls")),
    path("centre/", include("centres.desk_urls")),
    path("centre/session/", include("centres.assist_urls")),
    path("courses/", include(wagtail_urls)),
    prefix_default_language=False,
)

if settings.DEBUG:
    from django.conf.urls.static import static

    urlpatterns += static(settings.MEDIA_URL, document_root=settings.MEDIA_ROOT)

handler404 = "elearn.views.page_not_found"
handler403 = "elearn.views.permission_denied"

"""The installed H5P libraries, for everyone in the admin to see, no one to edit.

Trainers see which libraries (and versions) their packages may use; everyone
sees who installed each and when. A library is installed only by uploading a
package with the ``h5p.install_library`` permission, and its files never
change, so there is nothing to add, edit or delete here.
"""

from django.db.models import Count
from django.utils.translation import gettext_lazy as _
from wagtail.admin.ui.tables import Column
from wagtail.admin.views.generic import IndexView
from wagtail.admin.viewsets.model import ModelViewSet

from centres.wagtail_hooks import ReadOnlyPermissionPolicy

from .models import H5PLibrary

# Viewed by anyone who may use the admin; written only by installing a package.
LibraryPermissionPolicy = ReadOnlyPermissionPolicy


class LibraryIndexView(IndexView):
    def get_base_queryset(self):
        return (
            super()
            .get_base_queryset()
            .select_related("installed_by")
            .annotate(package_count=Count("packages"))
        )


class H5PLibraryViewSet(ModelViewSet):
    model = H5PLibrary
    icon = "code"
    menu_label = _("H5P libraries")
    menu_order = 311
    add_to_admin_menu = True
    index_view_class = LibraryIndexView
    list_display = [
        "machine_name",
        Column("version", label=_("version"), accessor="version"),
        Column("short_hash", label=_("files (hash)"), accessor="short_hash"),
        Column("package_count", label=_("packages"), accessor="package_count"),
        "installed_by",
        "created_at",
    ]
    list_filter = ["machine_name"]
    search_fields = ["machine_name"]
    search_backend_name = None
    ordering = ["machine_name", "-major", "-minor", "-patch"]
    inspect_view_enabled = True
    inspect_view_fields = [
        "machine_name",
        "major",
        "minor",
        "patch",
        "content_hash",
        "installed_by",
        "created_at",
    ]
    form_fields = []
    copy_view_enabled = False
    list_per_page = 50

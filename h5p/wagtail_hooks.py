"""Admin wiring for H5P: activities as snippets, with a package upload; the
installed libraries as a read-only list."""

from django.utils.translation import gettext_lazy as _
from wagtail import hooks
from wagtail.permissions import register_permission_policy
from wagtail.snippets.models import register_snippet
from wagtail.snippets.views.snippets import SnippetViewSet

from .admin_libraries import H5PLibraryViewSet, LibraryPermissionPolicy
from .models import H5PActivity, H5PLibrary


class H5PActivityViewSet(SnippetViewSet):
    model = H5PActivity
    icon = "pick"
    menu_label = _("H5P activities")
    menu_order = 310
    add_to_admin_menu = True
    list_display = ["title", "required", "pass_mark", "locale"]
    search_fields = ["title"]


register_snippet(H5PActivityViewSet)

register_permission_policy(H5PLibrary, LibraryPermissionPolicy(H5PLibrary))


@hooks.register("register_admin_viewset")
def register_library_viewset():
    return H5PLibraryViewSet("h5p_libraries")

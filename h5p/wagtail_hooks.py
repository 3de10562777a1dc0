"""Admin wiring for H5P: activities as snippets, with a package upload."""

from django.utils.translation import gettext_lazy as _
from wagtail.snippets.models import register_snippet
from wagtail.snippets.views.snippets import SnippetViewSet

from .models import H5PActivity


class H5PActivityViewSet(SnippetViewSet):
    model = H5PActivity
    icon = "pick"
    menu_label = _("H5P activities")
    menu_order = 310
    add_to_admin_menu = True
    list_display = ["title", "required", "pass_mark", "locale"]
    search_fields = ["title"]


register_snippet(H5PActivityViewSet)

"""Admin wiring for courses: the official-service snippet."""

from django.utils.translation import gettext_lazy as _
from wagtail.snippets.models import register_snippet
from wagtail.snippets.views.snippets import SnippetViewSet

from .models import OfficialService


class OfficialServiceViewSet(SnippetViewSet):
    model = OfficialService
    icon = "site"
    menu_label = _("Official services")
    menu_order = 300
    add_to_admin_menu = True
    list_display = ["name_en", "name_bn", "phone", "website"]
    search_fields = ["name_en", "name_bn", "description_en", "description_bn"]


register_snippet(OfficialServiceViewSet)

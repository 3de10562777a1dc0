"""Admin wiring for places and learners: read-mostly lists for staff."""

from django.utils.translation import gettext_lazy as _
from wagtail import hooks
from wagtail.admin.viewsets.base import ViewSetGroup
from wagtail.admin.viewsets.model import ModelViewSet

from .models import District, LearnerProfile


class LearnerProfileViewSet(ModelViewSet):
    model = LearnerProfile
    icon = "user"
    menu_label = _("Learners")
    list_display = ["full_name", "phone", "district", "learner_type", "created_at"]
    list_filter = ["gender", "learner_type", "district__division"]
    search_fields = ["full_name", "phone"]
    form_fields = ["full_name", "gender", "district", "learner_type"]
    inspect_view_enabled = True
    add_to_admin_menu = False


class DistrictViewSet(ModelViewSet):
    model = District
    icon = "globe"
    menu_label = _("Districts")
    list_display = ["name_en", "name_bn", "division"]
    list_filter = ["division"]
    search_fields = ["name_en", "name_bn"]
    form_fields = ["name_en", "name_bn", "division"]


class PeopleAndPlacesGroup(ViewSetGroup):
    menu_label = _("People and places")
    menu_icon = "group"
    menu_order = 250
    items = (LearnerProfileViewSet, DistrictViewSet)


@hooks.register("register_admin_viewset")
def register_people_and_places():
    return PeopleAndPlacesGroup()

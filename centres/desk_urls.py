"""The operator's desk at the centre (filled in by the desk views)."""

app_name = "desk"

urlpatterns = []

"""Assisted sessions: an operator sits a learner down at the shared PC."""

app_name = "assist"

urlpatterns = []

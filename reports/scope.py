"""Who may see the reports, and over which districts.

Scoping itself is decided in ``centres.policies``; this module only asks it
once per request and remembers the answer on the user object, so a dashboard
that runs a dozen selectors does not ask a dozen times.
"""

from centres.policies import districts_for, is_staff_viewer


def can_view_reports(user) -> bool:
    """Programme staff (and superusers) see the reports; nobody else does."""
    return user.is_authenticated and (user.is_superuser or is_staff_viewer(user))


def scope_district_ids(user) -> list[int]:
    """Ids of the districts whose learners ``user``'s figures may count.

    Empty for anyone who may not see reports, so every figure is then zero.
    """
    cached = getattr(user, "_reports_district_ids", None)
    if cached is None:
        if can_view_reports(user):
            cached = list(districts_for(user).order_by().values_list("pk", flat=True))
        else:
            cached = []
        user._reports_district_ids = cached
    return cached


class Everyone:
    """The whole programme as a viewer: every district, for the summary tables,
    which are counted once for all and narrowed to each viewer when read."""

    is_authenticated = True

    def __init__(self, district_ids):
        self._reports_district_ids = list(district_ids)

"""Who may see which learners and centres: the one place that decides.

Every entry point that lists, searches, exports, prints or opens a learner
(operator desk, certificates, the admin, reports) asks here, so scoping is
enforced once and tested once per role:

- a superuser sees everyone;
- programme staff (``centres.view_learnerprofile``) see everyone, or only their
  divisions and districts when a StaffScope limits them;
- an operator sees the learners of the centres they belong to;
- anyone else (a learner, a trainer) sees no learner here.

A learner outside the scope is "not found" (404), never "forbidden": the
answer must not confirm that the learner exists.
"""

from django.db.models import Q, QuerySet
from django.http import Http404

from .models import Centre, CentreOperator, District, LearnerProfile, StaffScope


def is_staff_viewer(user) -> bool:
    return user.is_active and user.has_perm("centres.view_learnerprofile")


def is_operator(user) -> bool:
    if not (user.is_authenticated and user.is_active):
        return False
    cached = getattr(user, "_elearn_is_operator", None)
    if cached is None:
        cached = CentreOperator.objects.filter(user=user, centre__active=True).exists()
        user._elearn_is_operator = cached
    return cached


def _staff_districts(user) -> QuerySet[District] | None:
    """The districts a limited staff member covers; None when not limited."""
    scope = StaffScope.objects.filter(user=user).first()
    if scope is None:
        return None
    division_ids = list(scope.divisions.values_list("pk", flat=True))
    district_ids = list(scope.districts.values_list("pk", flat=True))
    if not division_ids and not district_ids:
        return None
    return District.objects.filter(
        Q(pk__in=district_ids) | Q(division__in=division_ids)
    )


def districts_for(user) -> QuerySet[District]:
    """Districts whose figures ``user`` may see (staff dashboards, filters)."""
    if not (user.is_authenticated and user.is_active):
        return District.objects.none()
    if user.is_superuser:
        return District.objects.all()
    if is_staff_viewer(user):
        limited = _staff_districts(user)
        return District.objects.all() if limited is None else limited
    if is_operator(user):
        return District.objects.filter(centres__in=centres_for(user)).distinct()
    return District.objects.none()


def centres_for(user) -> QuerySet[Centre]:
    """Centres ``user`` may see or act for."""
    if not (user.is_authenticated and user.is_active):
        return Centre.objects.none()
    if user.is_superuser:
        return Centre.objects.all()
    own = Q(operators__user=user, active=True)
    if is_staff_viewer(user):
        limited = _staff_districts(user)
        if limited is None:
            return Centre.objects.all()
        return Centre.objects.filter(Q(district__in=limited) | own).distinct()
    return Centre.objects.filter(own).distinct()


def operator_centres(user) -> QuerySet[Centre]:
    """Only the centres ``user`` works for as an operator (not staff scope)."""
    if not is_operator(user):
        return Centre.objects.none()
    return Centre.objects.filter(operators__user=user, active=True)


def learners_for(user) -> QuerySet[LearnerProfile]:
    """Learner profiles ``user`` may see, search, export, print for."""
    if not (user.is_authenticated and user.is_active):
        return LearnerProfile.objects.none()
    if user.is_superuser:
        return LearnerProfile.objects.all()
    if is_staff_viewer(user):
        limited = _staff_districts(user)
        if limited is None:
            return LearnerProfile.objects.all()
        return LearnerProfile.objects.filter(
            Q(district__in=limited) | Q(centre__in=operator_centres(user))
        )
    if is_operator(user):
        return LearnerProfile.objects.filter(centre__in=operator_centres(user))
    return LearnerProfile.objects.none()


def is_limited(user) -> bool:
    """Does the policy narrow what ``user`` sees (an operator, or staff with a
    StaffScope)? Editors who are neither (trainers) read course results
    country-wide, as they need for improving questions."""
    if user.is_superuser:
        return False
    if is_operator(user):
        return True
    return is_staff_viewer(user) and _staff_districts(user) is not None


def learner_for(user, pk) -> LearnerProfile:
    """One learner ``user`` may see; Http404 for anyone else's."""
    learner = learners_for(user).filter(pk=pk).select_related("user").first()
    if learner is None:
        raise Http404
    return learner


def may_act_for(user, learner: LearnerProfile) -> bool:
    """May ``user`` act for ``learner`` at a centre (assisted session, print)?

    Only an operator of the learner's own centre: staff scope lets people read,
    not sit at a learner's session.
    """
    return (
        learner.centre_id is not None
        and operator_centres(user).filter(pk=learner.centre_id).exists()
    )

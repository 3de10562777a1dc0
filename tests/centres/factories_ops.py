"""Builders for the people around a centre: centres, operators, staff, and
learners who learn at a centre (for assisted sessions and admin scoping)."""

import factory
from django.contrib.auth import get_user_model
from django.contrib.auth.models import Group, Permission

from centres.demo import STAFF_GROUP, ensure_staff_permissions
from centres.models import Centre, CentreOperator, District, StaffScope
from tests.centres.factories import LearnerFactory

OPERATOR_PASSWORD = "operator-pass-2026"


class UdcFactory(factory.django.DjangoModelFactory):
    """``UdcFactory(district=...)`` -> an active Union Digital Centre."""

    class Meta:
        model = Centre

    name_en = factory.Sequence(lambda n: f"Test UDC {n}")
    name_bn = factory.Sequence(lambda n: f"পরীক্ষা ইউডিসি {n}")
    kind = Centre.Kind.UDC
    district = factory.LazyFunction(lambda: District.objects.get(name_en="Tangail"))


class UserFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = get_user_model()

    username = factory.Sequence(lambda n: f"person-{n}")
    password = factory.django.Password(OPERATOR_PASSWORD)


def make_operator(*, centre: Centre, **user_fields):
    """A user who works for ``centre`` as its operator."""
    user = UserFactory(**user_fields)
    CentreOperator.objects.create(user=user, centre=centre)
    return user


def make_learner(*, centre: Centre | None = None, **fields):
    """A registered learner, learning at ``centre`` (in its district)."""
    if centre is not None:
        fields.setdefault("district", centre.district)
    learner = LearnerFactory(**fields)
    if centre is not None:
        learner.centre = centre
        learner.save(update_fields=["centre"])
    return learner


def staff_group() -> Group:
    """The demo's programme staff group, with admin access and centre rights."""
    group, _ = Group.objects.get_or_create(name=STAFF_GROUP)
    group.permissions.add(
        Permission.objects.get(
            content_type__app_label="wagtailadmin", codename="access_admin"
        )
    )
    ensure_staff_permissions()
    return group


def make_staff(*, districts=(), **user_fields):
    """Programme staff; limited to ``districts`` (District names) when given."""
    user = UserFactory(**user_fields)
    user.groups.add(staff_group())
    if districts:
        scope = StaffScope.objects.create(user=user)
        scope.districts.set(District.objects.filter(name_en__in=districts))
    return user

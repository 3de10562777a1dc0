"""Installed libraries are listed in the admin for anyone there, with who
installed them; nobody can add, edit or delete one by hand."""

import pytest
from django.contrib.auth.models import Group, Permission
from django.test import Client

from h5p.models import H5PLibrary

from .factories import install_activity, sample

pytestmark = pytest.mark.django_db

INDEX = "/cms/h5p_libraries/"


@pytest.fixture
def trainer_client(django_user_model):
    trainer = django_user_model.objects.create_user("trainer-lib", password="x")
    group, _ = Group.objects.get_or_create(name="Trainers")
    group.permissions.add(Permission.objects.get(codename="access_admin"))
    trainer.groups.add(group)
    client = Client()
    client.force_login(trainer)
    return client


def test_a_trainer_sees_the_installed_libraries_and_their_versions(trainer_client):
    install_activity(sample("true-false.h5p"))
    library = H5PLibrary.objects.get(machine_name="H5P.TrueFalse")

    response = trainer_client.get(INDEX)

    assert response.status_code == 200
    page = response.content.decode()
    assert "H5P.TrueFalse" in page
    assert library.version in page
    assert library.short_hash in page
    inspect = trainer_client.get(f"{INDEX}inspect/{library.pk}/")
    assert inspect.status_code == 200
    assert library.content_hash in inspect.content.decode()


def test_nobody_adds_edits_or_deletes_a_library_by_hand(superuser_client):
    install_activity(sample("true-false.h5p"))
    library = H5PLibrary.objects.get(machine_name="H5P.TrueFalse")
    before = (library.content_hash, library.major, library.minor)

    for url in (f"{INDEX}add/", f"{INDEX}edit/{library.pk}/"):
        assert superuser_client.get(url).status_code in (302, 403, 404), url
    superuser_client.post(f"{INDEX}delete/{library.pk}/")
    superuser_client.post(f"{INDEX}edit/{library.pk}/", {"machine_name": "X"})

    library.refresh_from_db()
    assert (library.content_hash, library.major, library.minor) == before

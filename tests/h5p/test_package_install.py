"""Installing a checked package through the admin: the activity, its current
version and libraries; libraries shared between packages are stored once; a
new version leaves old attempts on the version they were made with."""

import zipfile

import pytest
from django.core.files.storage import default_storage

from h5p import services
from h5p.models import H5PActivity, H5PAttempt, H5PLibrary, H5PPackage
from h5p.validation import check_package

from .factories import ADMIN_ADD_URL, sample, statement, upload

pytestmark = pytest.mark.django_db


def edit_url(activity) -> str:
    return f"/cms/snippets/h5p/h5pactivity/edit/{activity.pk}/"


def form_data(package=None, title="বাজেটের প্রশ্ন") -> dict:
    data = {"title": title, "description": "", "pass_mark": "0.7", "required": "on"}
    if package is not None:
        data["package_file"] = upload(package)
    return data


def add_through_admin(client, package) -> H5PActivity:
    response = client.post(ADMIN_ADD_URL, form_data(package, title=package.stem))
    assert response.status_code == 302, response.content.decode()[:2000]
    return H5PActivity.objects.get(title=package.stem)


@pytest.fixture
def writes(monkeypatch):
    """Every storage path the installer writes, in order."""
    written = []
    original = services._write

    def recording(path, data):
        written.append(path)
        original(path, data)

    monkeypatch.setattr(services, "_write", recording)
    return written


def test_upload_creates_activity_current_version_and_libraries(
    superuser_client, writes
):
    package = sample("true-false.h5p")
    checked = check_package(package)

    activity = add_through_admin(superuser_client, package)

    version = activity.current_version
    assert version is not None and version.activity == activity
    assert activity.locale.language_code == "bn"
    assert str(activity.pass_mark) == "0.700"
    assert version.main_library == "H5P.TrueFalse"
    assert version.manifest["mainLibrary"] == "H5P.TrueFalse"
    assert version.uploaded_by.username == "trainer"
    assert default_storage.exists(version.file.name)
    assert set(version.libraries.values_list("folder", flat=True)) == set(
        checked.libraries
    )
    assert H5PLibrary.objects.count() == len(checked.libraries)
    assert default_storage.exists(f"{version.content_path}/h5p.json")
    assert default_storage.exists(f"{version.content_path}/content/content.json")
    assert default_storage.exists(
        f"{services.LIBRARIES_ROOT}/H5P.TrueFalse-1.6/library.json"
    )
    # Every file of the package is written once, and nothing else.
    with zipfile.ZipFile(package) as archive:
        expected = {name for name in archive.namelist() if not name.endswith("/")} - {
            "H5P_CONTENT_HERE.txt"
        }  # a stray root file, neither content nor library
    assert len(writes) == len(set(writes)) == len(expected)


def test_second_package_reuses_the_libraries_it_shares(superuser_client, writes):
    first_package, second_package = (
        sample("multi-choice.h5p"),
        sample("question-set.h5p"),
    )
    first = add_through_admin(superuser_client, first_package)
    first_writes = list(writes)
    writes.clear()

    second = add_through_admin(superuser_client, second_package)

    shared = set(check_package(first_package).libraries) & set(
        check_package(second_package).libraries
    )
    assert len(shared) == 13  # every library of the multiple choice sample
    first_folders = set(first.current_version.libraries.values_list("pk", "folder"))
    second_folders = set(second.current_version.libraries.values_list("pk", "folder"))
    # The same rows, not copies, and one row per library in all.
    assert {folder for _pk, folder in first_folders & second_folders} == shared
    assert H5PLibrary.objects.count() == len(
        {folder for _pk, folder in first_folders | second_folders}
    )
    # No library file of the first package was written again.
    library_root = f"{services.LIBRARIES_ROOT}/"
    rewritten = {path for path in writes if path.startswith(library_root)} & set(
        first_writes
    )
    assert rewritten == set()
    assert not any(
        path.startswith(f"{library_root}{folder}/")
        for path in writes
        for folder in shared
    )


def test_new_version_keeps_old_attempts_on_the_old_version(superuser_client, learner):
    activity = add_through_admin(superuser_client, sample("true-false.h5p"))
    old_version = activity.current_version
    old_attempt = services.statement_record(
        user=learner.user,
        activity=activity,
        statement=statement(activity, raw=1, max=1),
    )

    response = superuser_client.post(
        edit_url(activity), form_data(sample("true-false.h5p"))
    )

    assert response.status_code == 302
    activity.refresh_from_db()
    assert activity.current_version != old_version
    assert H5PPackage.objects.filter(activity=activity).count() == 2
    old_attempt.refresh_from_db()
    assert old_attempt.version == old_version
    # The old version's content stays for the old attempt.
    assert default_storage.exists(f"{old_version.content_path}/content/content.json")
    new_attempt = services.statement_record(
        user=learner.user,
        activity=activity,
        statement=statement(activity, raw=0, max=1),
    )
    assert new_attempt.version == activity.current_version
    assert H5PAttempt.objects.filter(activity=activity).count() == 2


def test_editing_without_a_new_package_keeps_the_current_version(superuser_client):
    activity = add_through_admin(superuser_client, sample("true-false.h5p"))
    version = activity.current_version

    response = superuser_client.post(edit_url(activity), form_data(title="নতুন নাম"))

    assert response.status_code == 302
    activity.refresh_from_db()
    assert activity.title == "নতুন নাম"
    assert activity.current_version == version
    assert H5PPackage.objects.count() == 1

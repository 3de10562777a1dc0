"""Installing a checked package through the admin: the activity, its current
version and libraries. Libraries are keyed by the hash of their files, so a
package always runs the code it was installed with; only administrators
install new libraries, trainers upload content that uses installed ones; a new
version leaves old attempts on the version they were made with."""

import json
import zipfile

import pytest
from django.contrib.auth.models import Group, Permission
from django.core.files.storage import storages
from django.test import Client
from wagtail.users.models import UserProfile

from h5p import files, services
from h5p.install import library_hash
from h5p.models import H5PActivity, H5PAttempt, H5PLibrary, H5PPackage
from h5p.validation import check_package

from .factories import (
    ADMIN_ADD_URL,
    install_activity,
    repack,
    sample,
    statement,
    stored_files,
    upload,
)

pytestmark = pytest.mark.django_db

TRUE_FALSE_JS = "H5P.TrueFalse-1.6/scripts/h5p-true-false.js"
# The true/false sample's libraries that its content loads; the two editor
# libraries it also carries (H5PEditor.*) are never installed.
TRUE_FALSE_RUNS = {
    "Drop-1.0",
    "FontAwesome-4.5",
    "H5P.FontIcons-1.0",
    "H5P.JoubelUI-1.3",
    "H5P.Question-1.4",
    "H5P.Transition-1.0",
    "H5P.TrueFalse-1.6",
    "Tether-1.0",
}


def edit_url(activity) -> str:
    return f"/cms/snippets/h5p/h5pactivity/edit/{activity.pk}/"


def form_data(package=None, title="বাজেটের প্রশ্ন") -> dict:
    data = {"title": title, "description": "", "pass_mark": "0.7", "required": "on"}
    if package is not None:
        data["package_file"] = upload(package)
    return data


def add_through_admin(client, package, title=None) -> H5PActivity:
    title = title or package.stem
    response = client.post(ADMIN_ADD_URL, form_data(package, title=title))
    assert response.status_code == 302, response.content.decode()[:2000]
    return H5PActivity.objects.get(title=title)


@pytest.fixture
def writes(monkeypatch):
    """Every storage path the installer writes (originals, not their
    compressed copies), in order."""
    written = []
    original = files.write

    def recording(path, data):
        written.append(path)
        return original(path, data)

    monkeypatch.setattr(files, "write", recording)
    return written


@pytest.fixture
def trainer_client(django_user_model):
    """A trainer as the demo sets them up: H5P activities, no library installs."""
    trainer = django_user_model.objects.create_user("trainer-h5p", password="x")
    group, _ = Group.objects.get_or_create(name="Trainers")
    group.permissions.add(
        *Permission.objects.filter(
            codename__in=[
                "access_admin",
                "add_h5pactivity",
                "change_h5pactivity",
                "view_h5pactivity",
            ]
        )
    )
    trainer.groups.add(group)
    profile = UserProfile.get_for_user(trainer)
    profile.preferred_language = "en"  # stable messages to assert on
    profile.save()
    client = Client()  # its own browser: tests use the superuser's beside it
    client.force_login(trainer)
    return client


def library_script(package: H5PPackage, machine_name: str, path: str) -> bytes:
    library = package.libraries.get(machine_name=machine_name)
    with storages["private"].open(f"{library.storage_path}/{path}") as handle:
        return handle.read()


def test_upload_creates_activity_current_version_and_libraries(
    superuser_client, writes
):
    package = sample("true-false.h5p")

    activity = add_through_admin(superuser_client, package)

    version = activity.current_version
    private = storages["private"]
    assert version is not None and version.activity == activity
    assert activity.locale.language_code == "bn"
    assert str(activity.pass_mark) == "0.700"
    assert version.main_library == "H5P.TrueFalse"
    assert version.manifest["mainLibrary"] == "H5P.TrueFalse"
    assert version.uploaded_by.username == "trainer"
    assert private.exists(version.file.name)
    assert set(version.libraries.values_list("folder", flat=True)) == TRUE_FALSE_RUNS
    assert H5PLibrary.objects.count() == len(TRUE_FALSE_RUNS)
    assert private.exists(f"{version.content_path}/h5p.json")
    assert private.exists(f"{version.content_path}/content/content.json")
    with zipfile.ZipFile(package) as archive:
        expected_hash, _names = library_hash(archive, "H5P.TrueFalse-1.6")
    true_false = version.libraries.get(machine_name="H5P.TrueFalse")
    assert true_false.content_hash == expected_hash
    assert true_false.manifest["machineName"] == "H5P.TrueFalse"
    assert private.exists(f"h5p/libraries/{expected_hash}/library.json")
    assert private.exists(f"h5p/libraries/{expected_hash}/library.json.br")
    # Every file the activity runs is stored, none written twice, and nothing
    # written outside its own libraries, content and cut fonts.
    with zipfile.ZipFile(package) as archive:
        expected = {
            name
            for name in archive.namelist()
            if not name.endswith("/")
            and (name.split("/")[0] in TRUE_FALSE_RUNS | {"content", "h5p.json"})
        }
    for name in expected:
        top, _sep, rest = name.partition("/")
        if top in TRUE_FALSE_RUNS:
            library = version.libraries.get(folder=top)
            assert private.exists(f"{library.storage_path}/{rest}"), name
        else:
            assert private.exists(f"{version.content_path}/{name}"), name
    assert len(writes) == len(set(writes))
    roots = (
        *(f"{library.storage_path}/" for library in version.libraries.all()),
        f"{version.content_path}/",
        "h5p/fonts/",
    )
    assert all(path.startswith(roots) for path in writes)


def test_second_package_reuses_the_libraries_it_shares(superuser_client, writes):
    first = add_through_admin(superuser_client, sample("multi-choice.h5p"))
    first_writes = set(writes)
    writes.clear()

    second = add_through_admin(superuser_client, sample("question-set.h5p"))

    first_rows = set(first.current_version.libraries.values_list("pk", flat=True))
    second_rows = set(second.current_version.libraries.values_list("pk", flat=True))
    # Every library the first runs has the same files in the second: the same
    # rows, not copies, and none of their files written again.
    assert first_rows <= second_rows
    assert H5PLibrary.objects.count() == len(second_rows)
    shared_roots = {
        f"h5p/libraries/{h}/"
        for h in H5PLibrary.objects.filter(pk__in=first_rows).values_list(
            "content_hash", flat=True
        )
    }
    assert not any(path.startswith(tuple(shared_roots)) for path in writes)
    assert any(path.startswith(tuple(shared_roots)) for path in first_writes)


def test_a_planted_library_never_changes_what_a_genuine_package_runs(
    superuser_client,
):
    """The same name and version with other code is another library: the
    first upload no longer wins."""
    genuine = sample("true-false.h5p")
    with zipfile.ZipFile(genuine) as archive:
        genuine_js = archive.read(TRUE_FALSE_JS)
    planted = b"window.top.location='https://evil.example/';" + genuine_js
    hostile = repack(genuine, drop={TRUE_FALSE_JS}, extra=[(TRUE_FALSE_JS, planted)])
    bad = install_activity(hostile)

    good = install_activity(genuine)

    bad_lib = bad.current_version.libraries.get(machine_name="H5P.TrueFalse")
    good_lib = good.current_version.libraries.get(machine_name="H5P.TrueFalse")
    assert bad_lib.content_hash != good_lib.content_hash
    script = "scripts/h5p-true-false.js"
    assert library_script(good.current_version, "H5P.TrueFalse", script) == genuine_js
    assert library_script(bad.current_version, "H5P.TrueFalse", script) == planted
    assert good_lib.content_hash in json.dumps(good.current_version.assets)
    assert bad_lib.content_hash not in json.dumps(good.current_version.assets)


def test_a_trainer_cannot_install_a_new_library(trainer_client):
    before = stored_files()

    response = trainer_client.post(
        ADMIN_ADD_URL, form_data(sample("true-false.h5p"), title="নতুন")
    )

    assert response.status_code == 200
    page = response.content.decode()
    assert "Only an administrator can install new libraries" in page
    assert not H5PActivity.objects.filter(title="নতুন").exists()
    assert not H5PLibrary.objects.exists()
    assert stored_files() == before


def test_a_trainer_uploads_content_that_uses_installed_libraries(
    superuser_client, trainer_client
):
    installed = add_through_admin(superuser_client, sample("true-false.h5p"))
    rows = set(H5PLibrary.objects.values_list("pk", flat=True))

    mine = add_through_admin(trainer_client, sample("true-false.h5p"), title="আমার")

    assert set(mine.current_version.libraries.values_list("pk", flat=True)) == rows
    assert mine.current_version.assets == installed.current_version.assets
    assert set(H5PLibrary.objects.values_list("pk", flat=True)) == rows


def test_a_trainers_tampered_copy_of_an_installed_library_is_not_what_runs(
    superuser_client, trainer_client
):
    add_through_admin(superuser_client, sample("true-false.h5p"))
    genuine = sample("true-false.h5p")
    with zipfile.ZipFile(genuine) as archive:
        genuine_js = archive.read(TRUE_FALSE_JS)
    tampered = repack(
        genuine,
        drop={TRUE_FALSE_JS},
        extra=[(TRUE_FALSE_JS, b"alert(document.cookie);" + genuine_js)],
    )
    count = H5PLibrary.objects.count()

    response = trainer_client.post(
        ADMIN_ADD_URL, {**form_data(title="ছদ্মবেশ"), "package_file": upload(tampered)}
    )

    assert response.status_code == 302, response.content.decode()[:2000]
    activity = H5PActivity.objects.get(title="ছদ্মবেশ")
    assert H5PLibrary.objects.count() == count
    script = "scripts/h5p-true-false.js"
    assert (
        library_script(activity.current_version, "H5P.TrueFalse", script) == genuine_js
    )


def test_a_trainer_cannot_bring_a_newer_patch_than_is_installed(
    superuser_client, trainer_client
):
    """The multiple choice sample carries newer patches of two libraries the
    true/false sample installed: an older copy must not stand in for them."""
    add_through_admin(superuser_client, sample("true-false.h5p"))

    response = trainer_client.post(
        ADMIN_ADD_URL, form_data(sample("multi-choice.h5p"), title="বহু")
    )

    assert response.status_code == 200
    assert "which is not installed" in response.content.decode()
    assert not H5PActivity.objects.filter(title="বহু").exists()


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
    assert storages["private"].exists(
        f"{old_version.content_path}/content/content.json"
    )
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


def test_a_failed_install_leaves_no_files(monkeypatch):
    """Anything failing half-way (here: the package row) removes the content
    and package written, so storage never holds a package no row knows.
    (Library files are content-addressed: the same bytes whoever wrote them.)"""
    before = stored_files("h5p/content") | stored_files("h5p/packages")

    def fail(*args, **kwargs):
        raise RuntimeError("database went away")

    monkeypatch.setattr(H5PPackage, "save", fail)
    with pytest.raises(RuntimeError):
        install_activity(sample("true-false.h5p"))

    assert stored_files("h5p/content") | stored_files("h5p/packages") == before
    checked = check_package(sample("true-false.h5p"))
    assert checked.main_library == "H5P.TrueFalse"

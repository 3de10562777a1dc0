"""An activity installed before libraries were keyed by their content keeps
playing after the migration, and nothing of it is left under MEDIA_ROOT."""

import io
import json
import re
import uuid
import zipfile

import pytest
from django.core.files.base import ContentFile
from django.core.files.storage import default_storage, storages
from django.db import connection
from django.db.migrations.executor import MigrationExecutor
from django.test import Client

from courses.services import course_enrol
from h5p.install import library_hash
from h5p.models import H5PActivity, H5PLibrary
from h5p.validation import check_package
from tests.courses.factories import make_course

from .factories import sample, use_in_lesson

BEFORE = [("h5p", "0001_initial")]
AFTER = [("h5p", "0003_library_hash_unique")]


def migrate(targets):
    executor = MigrationExecutor(connection)
    executor.loader.build_graph()
    executor.migrate(targets)
    return executor.loader.project_state(targets).apps


def install_the_old_way(apps, path) -> int:
    """What the old installer did: libraries by folder, everything in MEDIA_ROOT."""
    Activity = apps.get_model("h5p", "H5PActivity")
    Library = apps.get_model("h5p", "H5PLibrary")
    Package = apps.get_model("h5p", "H5PPackage")
    Locale = apps.get_model("wagtailcore", "Locale")
    checked = check_package(path)
    activity = Activity.objects.create(
        title="পুরোনো",
        pass_mark="0.6",
        required=True,
        locale=Locale.objects.get(language_code="bn"),
        translation_key=uuid.uuid4(),
    )
    content_path = f"h5p/content/{uuid.uuid4().hex}"
    libraries = []
    with zipfile.ZipFile(path) as archive:
        for name in archive.namelist():
            if name.endswith("/"):
                continue
            top = name.split("/")[0]
            if top in checked.libraries:
                default_storage.save(
                    f"h5p/libraries/{name}", ContentFile(archive.read(name))
                )
            elif name in checked.content_files:
                default_storage.save(
                    f"{content_path}/{name}", ContentFile(archive.read(name))
                )
    for library in checked.libraries.values():
        libraries.append(
            Library.objects.create(
                machine_name=library.machine_name,
                major=library.major,
                minor=library.minor,
                patch=library.patch,
                folder=library.folder,
            )
        )
    package = Package.objects.create(
        activity=activity,
        file=default_storage.save(
            f"h5p/packages/{uuid.uuid4().hex}.h5p", io.BytesIO(path.read_bytes())
        ),
        content_path=content_path,
        main_library=checked.main_library,
        manifest=checked.manifest,
    )
    package.libraries.set(libraries)
    activity.current_version = package
    activity.save()
    return activity.pk


@pytest.mark.django_db(transaction=True, serialized_rollback=True)
def test_an_activity_installed_before_keeps_playing_after_the_migration(learner):
    path = sample("true-false.h5p")
    old_apps = migrate(BEFORE)
    try:
        activity_id = install_the_old_way(old_apps, path)
        assert default_storage.exists("h5p/libraries/H5P.TrueFalse-1.6/library.json")
    finally:
        migrate(AFTER)

    activity = H5PActivity.objects.get(pk=activity_id)
    package = activity.current_version
    true_false = H5PLibrary.objects.get(machine_name="H5P.TrueFalse")
    with zipfile.ZipFile(path) as archive:
        assert true_false.content_hash == library_hash(archive, "H5P.TrueFalse-1.6")[0]
    assert true_false.manifest["machineName"] == "H5P.TrueFalse"
    private = storages["private"]
    assert private.exists(f"{true_false.storage_path}/library.json.br")
    assert private.exists(f"{package.content_path}/content/content.json")
    assert private.exists(package.file.name)
    assert package.assets["main"] == "H5P.TrueFalse 1.6"
    assert "font-family:'H5PFontAwesome4'" in package.assets["font_css"]
    # Nothing left where a proxy serving MEDIA_ROOT would hand it out.
    assert not default_storage.exists("h5p/libraries/H5P.TrueFalse-1.6/library.json")
    assert not default_storage.exists(f"{package.content_path}/h5p.json")
    assert not default_storage.exists(package.file.name)

    # And a learner plays it.
    course = make_course(modules=1, lessons=1)
    lesson = use_in_lesson(activity, course)
    course_enrol(user=learner.user, course=course)
    client = Client()
    client.force_login(learner.user)
    page = client.get(lesson.url).content.decode()
    address = re.search(r'data-src="(/h5p/play/[^"]+)"', page).group(1)
    player = Client().get(address)
    assert player.status_code == 200
    scripts = re.findall(r'<script src="([^"]+)"', player.content.decode())
    library = next(src for src in scripts if true_false.content_hash in src)
    assert Client().get(library).status_code == 200
    data = re.search(r'type="application/json">(.*?)</script>', player.content.decode())
    settings = json.loads(data.group(1))
    assert f"cid-{activity.pk}" in settings["contents"]

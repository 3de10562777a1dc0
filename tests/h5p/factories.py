"""Builders for H5P tests: real sample packages, activities, lessons, statements.

The samples are H5P's own packages in ``../shared/h5p/`` (test fixtures only,
never course content); a test that needs one is skipped when the folder is
absent. Malicious packages are built here too, from a sample's own entries, so
each test changes one thing about an otherwise valid package.
"""

import io
import itertools
import os
import struct
import uuid
import zipfile
from decimal import Decimal
from pathlib import Path

import pytest
from django.conf import settings
from django.core.files.storage import storages
from django.core.files.uploadedfile import SimpleUploadedFile
from django.utils import translation
from wagtail.models import Locale

from courses.models import LessonPage
from h5p import install, services
from h5p.models import H5PActivity
from h5p.validation import PackageError, check_package

SAMPLES = Path(settings.BASE_DIR).parent / "shared" / "h5p"
# (file, main library, library folders in the package)
SAMPLE_PACKAGES = [
    ("true-false.h5p", "H5P.TrueFalse", 10),
    ("multi-choice.h5p", "H5P.MultiChoice", 13),
    ("question-set.h5p", "H5P.QuestionSet", 32),
]
CONTENT_ID = services.CONTENT_ID_EXTENSION
SUBCONTENT_ID = services.SUBCONTENT_ID_EXTENSION
ADMIN_ADD_URL = "/cms/snippets/h5p/h5pactivity/add/"

_counter = itertools.count(1)


def sample(name: str) -> Path:
    """The path of a real sample package; skips the test if it is not there."""
    path = SAMPLES / name
    if not path.is_file():
        pytest.skip(
            f"H5P sample {name} not found in {SAMPLES}: the real packages live "
            "in ../shared/h5p/ beside the project (see issue 4)."
        )
    return path


def upload(source: Path | bytes, name: str = "activity.h5p") -> SimpleUploadedFile:
    """What the admin form receives for an uploaded file."""
    data = source.read_bytes() if isinstance(source, Path) else source
    if isinstance(source, Path):
        name = source.name
    return SimpleUploadedFile(name, data, content_type="application/zip")


def install_activity(
    source: Path | bytes,
    *,
    activity: H5PActivity | None = None,
    pass_mark: Decimal | str = "0.6",
    required: bool = True,
) -> H5PActivity:
    """A Bangla activity with ``source`` installed as its current version.

    Goes through the same two steps as the admin form: ``check_package``, then
    ``install.package_install`` (as an administrator, who may install new
    libraries). Pass ``activity`` to install a new version.
    """
    if activity is None:
        activity = H5PActivity.objects.create(
            title=f"সক্রিয়তা {next(_counter)}",
            pass_mark=Decimal(pass_mark),
            required=required,
            locale=Locale.objects.get(language_code="bn"),
        )
    uploaded = upload(source)
    checked = check_package(uploaded)
    install.package_install(activity=activity, upload=uploaded, checked=checked)
    activity.refresh_from_db()
    return activity


def use_in_lesson(activity: H5PActivity, course) -> LessonPage:
    """Put the activity in the course's first Bangla lesson and publish it, so
    Wagtail's reference index links the two."""
    lesson = LessonPage.objects.descendant_of(course).order_by("path").first()
    lesson.body = [{"type": "h5p", "value": activity.pk}]
    lesson.save_revision().publish()
    lesson.refresh_from_db()
    return lesson


def statement(
    activity: H5PActivity,
    *,
    raw,
    max,
    scaled=None,
    verb: str = "answered",
    sub: bool = False,
    id: str | None = None,
    actor: dict | None = None,
    min=0,
) -> dict:
    """An xAPI statement shaped like the ones H5P content sends.

    ``sub=True`` makes it a container's child question (a subContentId).
    ``scaled`` defaults to raw/max, rounded as H5P does.
    """
    if scaled is None:
        scaled = round((raw - min) / (max - min), 4)
    object_id = f"http://testserver/h5p/{activity.pk}/"
    extensions = {CONTENT_ID: activity.pk}
    if sub:
        child = str(uuid.uuid4())
        object_id += f"?subContentId={child}"
        extensions[SUBCONTENT_ID] = child
    return {
        "id": id or str(uuid.uuid4()),
        "actor": actor
        or {
            "objectType": "Agent",
            "name": "Someone Else",
            "mbox": "mailto:someone.else@example.org",
        },
        "verb": {
            "id": f"http://adlnet.gov/expapi/verbs/{verb}",
            "display": {"en-US": verb},
        },
        "object": {
            "objectType": "Activity",
            "id": object_id,
            "definition": {
                "extensions": extensions,
                "name": {"en-US": activity.title},
                "interactionType": "choice",
            },
        },
        "context": {
            "contextActivities": {
                "category": [
                    {
                        "id": "http://h5p.org/libraries/H5P.TrueFalse-1.6",
                        "objectType": "Activity",
                    }
                ]
            }
        },
        "result": {
            "score": {"min": min, "max": max, "raw": raw, "scaled": scaled},
            "completion": True,
            "success": scaled >= activity.pass_mark,
            "duration": "PT4.2S",
        },
    }


def repack(source: Path, *, drop=(), extra=(), drop_prefix: str | None = None) -> bytes:
    """A copy of a sample without the entries in ``drop`` (or under
    ``drop_prefix``), plus ``extra`` entries: ``(name or ZipInfo, data)``.

    Entries are stored uncompressed, which is fast and changes nothing the
    checks look at.
    """
    buffer = io.BytesIO()
    with (
        zipfile.ZipFile(source) as original,
        zipfile.ZipFile(buffer, "w", zipfile.ZIP_STORED) as copy,
    ):
        for info in original.infolist():
            if info.filename in drop or (
                drop_prefix and info.filename.startswith(drop_prefix)
            ):
                continue
            copy.writestr(info.filename, original.read(info))
        for name, data in extra:
            copy.writestr(name, data)
    return buffer.getvalue()


def patch_entry(
    data: bytes, name: str, *, size: int | None = None, crc: int | None = None
) -> bytes:
    """Rewrite an entry's declared size and CRC in both its local header and the
    central directory, as a hand-made malicious zip would."""
    patched = bytearray(data)
    encoded = name.encode()
    # (signature, offset of the CRC, offset of the name)
    for signature, crc_at, name_at in (
        (b"PK\x03\x04", 14, 30),
        (b"PK\x01\x02", 16, 46),
    ):
        start = patched.find(signature)
        while start != -1:
            if patched[start + name_at : start + name_at + len(encoded)] == encoded:
                if crc is not None:
                    struct.pack_into("<I", patched, start + crc_at, crc)
                if size is not None:  # the uncompressed size follows the CRC
                    struct.pack_into("<I", patched, start + crc_at + 8, size)
            start = patched.find(signature, start + 4)
    return bytes(patched)


def stored_files(prefix: str = "h5p", storage=None) -> set[str]:
    """Every file in ``storage`` (default: the private one, where packages
    live) under ``prefix``, as storage paths."""
    storage = storage or storages["private"]
    if not storage.exists(prefix):
        return set()
    found = set()
    pending = [prefix]
    while pending:
        folder = pending.pop()
        folders, files = storage.listdir(folder)
        found.update(f"{folder}/{name}" for name in files)
        pending.extend(f"{folder}/{name}" for name in folders)
    return found


def post_package(client, data: bytes):
    """Upload ``data`` with the admin's create form."""
    return client.post(
        ADMIN_ADD_URL,
        {
            "title": "বাজেটের প্রশ্ন",
            "description": "",
            "pass_mark": "0.6",
            "required": "on",
            "package_file": upload(data, "evil.h5p"),
        },
    )


def media_files() -> set[str]:
    """Every file under MEDIA_ROOT and PRIVATE_MEDIA_ROOT."""
    found = set()
    for root in {settings.MEDIA_ROOT, settings.PRIVATE_MEDIA_ROOT}:
        for folder, _folders, names in os.walk(root):
            found.update(os.path.join(folder, name) for name in names)
    return found


def assert_refused_and_nothing_stored(client, data: bytes, message: str) -> None:
    """The admin form comes back with ``message``; no row and no file is left."""
    from h5p.models import H5PLibrary, H5PPackage

    files_before = media_files()

    response = post_package(client, data)

    assert response.status_code == 200  # the form again, with its error
    assert message in response.content.decode()
    assert H5PActivity.objects.count() == 0
    assert H5PPackage.objects.count() == 0
    assert H5PLibrary.objects.count() == 0
    assert media_files() == files_before


def check(data: bytes):
    """check_package in English, so the assertions read the English message."""
    with translation.override("en"):
        return check_package(io.BytesIO(data))


def refusal(data: bytes) -> str:
    with pytest.raises(PackageError) as raised:
        check(data)
    return raised.value.message

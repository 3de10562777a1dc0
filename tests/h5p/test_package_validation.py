"""An uploaded .h5p is checked before anything of it is stored: the real samples
pass, and each kind of malicious or broken package is refused with its own
message, in the admin too, leaving no rows and no files behind."""

import functools
import io
import json
import tracemalloc
import zipfile
import zlib

import pytest
from django.core.files.storage import storages
from django.test import override_settings

from h5p.models import H5PActivity
from h5p.validation import check_package

from .factories import (
    ADMIN_ADD_URL,
    SAMPLE_PACKAGES,
    assert_refused_and_nothing_stored,
    install_activity,
    patch_entry,
    refusal,
    repack,
    sample,
)

BOMB_BYTES = 50 * 1024 * 1024


@pytest.mark.parametrize(("name", "main_library", "library_count"), SAMPLE_PACKAGES)
def test_each_real_sample_passes_with_its_main_library(
    name, main_library, library_count
):
    checked = check_package(sample(name))

    assert checked.main_library == main_library
    assert len(checked.libraries) == library_count
    assert any(lib.machine_name == main_library for lib in checked.libraries.values())
    assert "content/content.json" in checked.content_files
    assert "h5p.json" in checked.content_files


# Builders of bad packages, each from the true/false sample with one change.


def _symlink():
    info = zipfile.ZipInfo("content/link.json")
    info.create_system = 3  # unix, so the mode bits are read
    info.external_attr = 0o120777 << 16
    return info


@functools.cache
def zip_bomb(source) -> bytes:
    """One highly compressible 50 MB entry (about 50 kB compressed)."""
    buffer = io.BytesIO(repack(source))
    with zipfile.ZipFile(buffer, "a", zipfile.ZIP_DEFLATED) as archive:
        archive.writestr("content/bomb.txt", bytes(BOMB_BYTES), compresslevel=1)
    return buffer.getvalue()


@functools.cache
def many_files(source, count: int = 20_000) -> bytes:
    buffer = io.BytesIO(repack(source))
    with zipfile.ZipFile(buffer, "a", zipfile.ZIP_STORED) as archive:
        for number in range(count):
            archive.writestr(f"content/f{number}.txt", b"")
    return buffer.getvalue()


def _manifest(source, **changes) -> bytes:
    with zipfile.ZipFile(source) as archive:
        manifest = json.loads(archive.read("h5p.json"))
    manifest.update(changes)
    for key, value in changes.items():
        if value is None:
            del manifest[key]
    return repack(source, drop={"h5p.json"}, extra=[("h5p.json", json.dumps(manifest))])


def _library_json(source, folder: str, **changes) -> bytes:
    with zipfile.ZipFile(source) as archive:
        library = json.loads(archive.read(f"{folder}/library.json"))
    library.update(changes)
    return json.dumps(library).encode()


def _impostor_library(source) -> bytes:
    """A folder that claims, in its library.json, to be another library."""
    claim = _library_json(source, "Tether-1.0")
    return repack(
        source,
        extra=[("Evil-1.0/library.json", claim), ("Evil-1.0/evil.js", "alert(1)")],
    )


def _damaged(source) -> bytes:
    return patch_entry(repack(source), "Drop-1.0/js/drop.min.js", crc=0)


BAD_PACKAGES = {
    "zip slip": (
        lambda s: repack(s, extra=[("../evil.txt", "x")]),
        "unsafe path: ../evil.txt",
    ),
    "zip slip inside a folder": (
        lambda s: repack(s, extra=[("content/../../evil.txt", "x")]),
        "unsafe path: content/../../evil.txt",
    ),
    "absolute path": (
        lambda s: repack(s, extra=[("/etc/x", "x")]),
        "unsafe path: /etc/x",
    ),
    "windows path": (
        lambda s: repack(s, extra=[("..\\evil.txt", "x")]),
        "unsafe path",
    ),
    "symlink": (
        lambda s: repack(s, extra=[(_symlink(), "/etc/passwd")]),
        "symbolic link: content/link.json",
    ),
    "zip bomb": (zip_bomb, "looks like a zip bomb: content/bomb.txt"),
    "missing h5p.json": (
        lambda s: repack(s, drop={"h5p.json"}),
        "has no h5p.json",
    ),
    "h5p.json without mainLibrary": (
        lambda s: _manifest(s, mainLibrary=None),
        "does not name its main library",
    ),
    "h5p.json without preloadedDependencies": (
        lambda s: _manifest(s, preloadedDependencies=None),
        "does not list the libraries it needs",
    ),
    "h5p.json not JSON": (
        lambda s: repack(s, drop={"h5p.json"}, extra=[("h5p.json", "{title: ")]),
        "h5p.json in the package is not valid JSON",
    ),
    "missing content.json": (
        lambda s: repack(s, drop={"content/content.json"}),
        "has no content/content.json",
    ),
    "content.json not JSON": (
        lambda s: repack(
            s, drop={"content/content.json"}, extra=[("content/content.json", "[")]
        ),
        "content/content.json in the package is not valid JSON",
    ),
    "php in content": (
        lambda s: repack(s, extra=[("content/evil.php", "<?php system($_GET[0]);")]),
        "not allowed: content/evil.php",
    ),
    "php in a library": (
        lambda s: repack(s, extra=[("H5P.TrueFalse-1.6/evil.php", "<?php")]),
        "not allowed: H5P.TrueFalse-1.6/evil.php",
    ),
    "javascript in content": (
        lambda s: repack(s, extra=[("content/player.js", "alert(1)")]),
        "not allowed: content/player.js",
    ),
    "library named but missing": (
        lambda s: repack(s, drop_prefix="H5P.Question-1.4/"),
        "needs the library H5P.Question 1.4, which is not in it",
    ),
    "library folder not matching library.json": (
        _impostor_library,
        "library folder Evil-1.0 does not match its library.json",
    ),
    "library version not a number": (
        lambda s: repack(
            s,
            drop={"Tether-1.0/library.json"},
            extra=[
                (
                    "Tether-1.0/library.json",
                    _library_json(s, "Tether-1.0", majorVersion="one"),
                )
            ],
        ),
        "Tether-1.0/library.json gives a library a version H5P does not allow",
    ),
    "damaged entry": (_damaged, "damaged: Drop-1.0/js/drop.min.js cannot be unpacked"),
    "20,000 tiny files": (many_files, "too many files (more than 5000)"),
    "not a zip": (lambda s: b"<html>not a package</html>", "not a zip archive"),
}


@pytest.mark.parametrize("case", BAD_PACKAGES)
def test_bad_package_is_refused_with_its_message(case):
    build, message = BAD_PACKAGES[case]

    assert message in refusal(build(sample("true-false.h5p")))


@override_settings(H5P_MAX_UNCOMPRESSED_BYTES=1024 * 1024)
def test_package_over_the_unpacked_size_limit_is_refused():
    assert "too large when unpacked" in refusal(sample("true-false.h5p").read_bytes())


@override_settings(H5P_MAX_FILES=100)
def test_file_limit_comes_from_settings():
    assert "more than 100" in refusal(sample("true-false.h5p").read_bytes())


@pytest.mark.django_db
def test_entry_that_lies_about_its_size_is_never_inflated_past_it():
    """A header may declare 100 bytes for an entry that inflates to 50 MB, with
    the CRC of those first 100 bytes: the ratio check cannot see it, so neither
    checking nor installing may inflate more than the declared size."""
    declared = 100
    buffer = io.BytesIO(repack(sample("true-false.h5p")))
    with zipfile.ZipFile(buffer, "a", zipfile.ZIP_DEFLATED) as archive:
        archive.writestr("content/big.txt", bytes(BOMB_BYTES), compresslevel=1)
    liar = patch_entry(
        buffer.getvalue(),
        "content/big.txt",
        size=declared,
        crc=zlib.crc32(bytes(declared)),
    )

    tracemalloc.start()
    try:
        activity = install_activity(liar)
        _current, peak = tracemalloc.get_traced_memory()
    finally:
        tracemalloc.stop()

    assert peak < 20 * 1024 * 1024, f"{peak / 2**20:.0f} MB in memory"
    stored = f"{activity.current_version.content_path}/content/big.txt"
    assert storages["private"].size(stored) == declared


# Through the admin: the trainer sees the message and nothing is stored.


@pytest.mark.django_db
@pytest.mark.parametrize(
    "case",
    ["zip slip", "absolute path", "symlink", "zip bomb", "library named but missing"]
    + ["php in content", "20,000 tiny files", "not a zip", "damaged entry"]
    + ["library folder not matching library.json"],
)
def test_admin_refuses_bad_package_and_stores_nothing(superuser_client, case):
    build, message = BAD_PACKAGES[case]
    data = build(sample("true-false.h5p"))
    assert_refused_and_nothing_stored(superuser_client, data, message)


@pytest.mark.django_db
def test_admin_asks_for_a_package_on_a_new_activity(superuser_client):
    response = superuser_client.post(
        ADMIN_ADD_URL, {"title": "খালি", "pass_mark": "0.6", "required": "on"}
    )

    assert response.status_code == 200
    assert "Choose an .h5p file to upload." in response.content.decode()
    assert H5PActivity.objects.count() == 0

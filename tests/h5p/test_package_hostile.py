"""Hostile packages that once gave a 500, or were stored as they were, are
refused by check_package with a clear message, in Bangla too, and through the
admin leave no rows and no files: JSON nested too deeply or holding NaN and
Infinity, names that collide or cannot be written, library versions and names
that H5P does not allow."""

import io
import json
import warnings
import zipfile

import pytest
from django.utils import translation

from .factories import assert_refused_and_nothing_stored, check, refusal, repack, sample


def _manifest(source, **changes) -> bytes:
    with zipfile.ZipFile(source) as archive:
        manifest = json.loads(archive.read("h5p.json"))
    manifest.update(changes)
    return repack(source, drop={"h5p.json"}, extra=[("h5p.json", json.dumps(manifest))])


def _nested(depth: int) -> str:
    return "[" * depth + "]" * depth


def _manifest_with(source, value: str) -> bytes:
    """h5p.json with one more key whose value is ``value``, written as raw text
    because json.dumps would not write every hostile value."""
    with zipfile.ZipFile(source) as archive:
        text = archive.read("h5p.json").decode().strip()
    manifest = f'{{"extra": {value}, {text[1:]}'
    return repack(source, drop={"h5p.json"}, extra=[("h5p.json", manifest)])


def _content_json(source, text: str) -> bytes:
    name = "content/content.json"
    return repack(source, drop={name}, extra=[(name, text)])


def _with_dependency(source, **dependency) -> bytes:
    with zipfile.ZipFile(source) as archive:
        listed = json.loads(archive.read("h5p.json"))["preloadedDependencies"]
    return _manifest(source, preloadedDependencies=[*listed, dependency])


def _extra_library(source, folder: str, **fields) -> bytes:
    """One more library in the package, not used by anything, as a hostile
    upload would add it to plant code."""
    library = {
        "title": "Evil",
        "machineName": "Evil",
        "majorVersion": 1,
        "minorVersion": 0,
        "patchVersion": 0,
        "preloadedJs": [{"path": "evil.js"}],
    }
    library.update(fields)
    return repack(
        source,
        extra=[
            (f"{folder}/library.json", json.dumps(library)),
            (f"{folder}/evil.js", "alert(1)"),
        ],
    )


def _duplicate_entry(source) -> bytes:
    """A second content.json after the real one: the check would read one and
    an unzip tool might extract the other."""
    with warnings.catch_warnings():
        warnings.simplefilter("ignore", UserWarning)  # zipfile's "Duplicate name"
        return repack(source, extra=[("content/content.json", '{"evil": true}')])


LONG_NAME = "content/" + "a" * 292 + ".png"  # 300 characters
# Each folder short enough, the whole path not.
LONG_PATH = "/".join(["content", *["d" * 150] * 3, "x.png"])
LONG_MACHINE_NAME = "E" * 121

HOSTILE_PACKAGES = {
    "h5p.json nested 100 deep": (
        lambda s: _manifest_with(s, _nested(100)),
        "h5p.json in the package is nested too deeply (more than 64 levels)",
    ),
    "content.json nested 100,000 deep": (
        lambda s: _content_json(s, f'{{"a": {_nested(100_000)}}}'),
        "content/content.json in the package is nested too deeply",
    ),
    "NaN in h5p.json": (
        lambda s: _manifest_with(s, "NaN"),
        "h5p.json in the package contains NaN or Infinity",
    ),
    "-Infinity in h5p.json": (
        lambda s: _manifest_with(s, "-Infinity"),
        "h5p.json in the package contains NaN or Infinity",
    ),
    "1e999 in content.json": (
        lambda s: _content_json(s, '{"a": 1e999}'),
        "content/content.json in the package contains NaN or Infinity",
    ),
    "a 5,000-digit number in h5p.json": (
        lambda s: _manifest_with(s, "9" * 5000),
        "h5p.json in the package is not valid JSON",
    ),
    "a file and a folder with one name": (
        lambda s: repack(
            s, extra=[("content/a.png", b"x"), ("content/a.png/b.png", b"x")]
        ),
        "a file and a folder both named content/a.png",
    ),
    "a folder entry and a file with one name": (
        lambda s: repack(s, extra=[("content/a.png/", b""), ("content/a.png", b"x")]),
        "a file and a folder both named content/a.png",
    ),
    "two entries with one name": (
        _duplicate_entry,
        "two entries named content/content.json",
    ),
    "300-character file name": (
        lambda s: repack(s, extra=[(LONG_NAME, b"x")]),
        "A file name in the package is too long: content/aaaa",
    ),
    "path over 400 characters": (
        lambda s: repack(s, extra=[(LONG_PATH, b"x")]),
        "A file name in the package is too long",
    ),
    "major version 70000": (
        lambda s: _extra_library(s, "Evil-70000.0", majorVersion=70000),
        "Evil-70000.0/library.json gives a library a version H5P does not allow: "
        "Evil 70000.0.0",
    ),
    "patch version -1": (
        lambda s: _extra_library(s, "Evil-1.0", patchVersion=-1),
        "Evil-1.0/library.json gives a library a version H5P does not allow: "
        "Evil 1.0.-1",
    ),
    "version true": (
        lambda s: _extra_library(s, "Evil-1.0", majorVersion=True),
        "Evil-1.0/library.json gives a library a version H5P does not allow",
    ),
    "version 1.0 as a float": (
        lambda s: _extra_library(s, "Evil-1.0", majorVersion=1.0),
        "Evil-1.0/library.json gives a library a version H5P does not allow",
    ),
    "version +1 as a string": (
        lambda s: _extra_library(s, "Evil-1.0", majorVersion="+1"),
        "Evil-1.0/library.json gives a library a version H5P does not allow",
    ),
    "dependency version -1 in library.json": (
        lambda s: _extra_library(
            s,
            "Evil-1.0",
            preloadedDependencies=[
                {"machineName": "Tether", "majorVersion": -1, "minorVersion": 0}
            ],
        ),
        "Evil-1.0/library.json gives a library a version H5P does not allow: "
        "Tether -1.0",
    ),
    "dependency version +1 in h5p.json": (
        lambda s: _with_dependency(
            s, machineName="Tether", majorVersion="+1", minorVersion="0"
        ),
        "h5p.json gives a library a version H5P does not allow: Tether +1.0",
    ),
    "dependency version 32768 in h5p.json": (
        lambda s: _with_dependency(
            s, machineName="Tether", majorVersion="32768", minorVersion="0"
        ),
        "h5p.json gives a library a version H5P does not allow: Tether 32768.0",
    ),
    "machine name of 121 characters": (
        lambda s: _extra_library(
            s, f"{LONG_MACHINE_NAME}-1.0", machineName=LONG_MACHINE_NAME
        ),
        "library.json gives a library a name H5P does not allow: EEEE",
    ),
    "dependency machine name with a space": (
        lambda s: _with_dependency(
            s, machineName="Evil Library", majorVersion=1, minorVersion=0
        ),
        "h5p.json gives a library a name H5P does not allow: Evil Library",
    ),
}


@pytest.mark.parametrize("case", HOSTILE_PACKAGES)
def test_hostile_package_is_refused_with_its_message(case):
    build, message = HOSTILE_PACKAGES[case]

    assert message in refusal(build(sample("true-false.h5p")))


def test_json_nested_to_the_limit_is_accepted():
    """64 levels is the limit, not a rule against nesting: content.json keeps
    working at the deepest a real package could need."""
    deep = _content_json(sample("true-false.h5p"), f'{{"a": {_nested(63)}}}')

    assert check(deep).main_library == "H5P.TrueFalse"


def test_versions_as_digit_strings_and_the_largest_integer_are_accepted():
    """H5P's own packages write dependency versions as strings ("1")."""
    with_library = _extra_library(
        sample("true-false.h5p"), "Evil-32767.0", majorVersion=32767
    )
    data = _with_dependency(
        io.BytesIO(with_library),
        machineName="Evil",
        majorVersion="32767",
        minorVersion="0",
    )

    assert check(data).libraries["Evil-32767.0"].major == 32767


@pytest.mark.django_db
@pytest.mark.parametrize(
    "case",
    ["h5p.json nested 100 deep", "content.json nested 100,000 deep"]
    + ["NaN in h5p.json", "a file and a folder with one name"]
    + ["two entries with one name", "300-character file name"]
    + ["major version 70000", "patch version -1", "machine name of 121 characters"],
)
def test_admin_refuses_hostile_package_and_stores_nothing(superuser_client, case):
    build, message = HOSTILE_PACKAGES[case]
    data = build(sample("true-false.h5p"))
    assert_refused_and_nothing_stored(superuser_client, data, message)


NEW_MESSAGES = [
    "%(file)s in the package is nested too deeply (more than %(depth)d levels).",
    "%(file)s in the package contains NaN or Infinity, which JSON does not allow.",
    "The package has a file and a folder both named %(name)s.",
    "The package has two entries named %(name)s.",
    "A file name in the package is too long: %(name)s",
    "%(file)s gives a library a version H5P does not allow: %(library)s",
    "%(file)s gives a library a name H5P does not allow: %(name)s",
]


@pytest.mark.parametrize("message", NEW_MESSAGES)
def test_refusal_is_translated_to_bangla(message):
    with translation.override("bn"):
        assert translation.gettext(message) != message

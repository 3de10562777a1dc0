"""Checking an uploaded .h5p package before anything of it is stored.

An .h5p file is a zip written by someone else's editor, so every entry is
untrusted: paths must stay inside the package, no symlinks, sizes and file
counts are capped (zip bombs), the manifest must parse and name libraries that
are really there, and file types follow H5P core's allow-list, with scripts
and styles allowed only inside library folders.
"""

import json
import posixpath
import re
import stat
import zipfile
import zlib
from dataclasses import dataclass, field

from django.conf import settings
from django.utils.translation import gettext as _

# H5P core's default allow-list for content files (h5p.classes.php), minus swf.
CONTENT_EXTENSIONS = frozenset(
    "json png jpg jpeg gif bmp tif tiff svg eot ttf woff woff2 otf webm mp4 ogg "
    "mp3 m4a wav txt pdf rtf doc docx xls xlsx ppt pptx odt ods odp xml csv diff "
    "patch md textile vtt webvtt".split()
)
LIBRARY_EXTENSIONS = CONTENT_EXTENSIONS | {"js", "css"}
_LIBRARY_FOLDER = re.compile(r"^([A-Za-z0-9._-]+)-(\d+)\.(\d+)$")


class PackageError(Exception):
    """A package that cannot be accepted; ``message`` says why, for the trainer."""

    def __init__(self, message: str):
        super().__init__(message)
        self.message = message


@dataclass
class Library:
    machine_name: str
    major: int
    minor: int
    patch: int
    folder: str
    dependencies: list[tuple[str, int, int]] = field(default_factory=list)


@dataclass
class CheckedPackage:
    title: str
    main_library: str
    manifest: dict
    libraries: dict[str, Library]  # by folder name, e.g. "H5P.TrueFalse-1.6"
    content_files: list[str]  # entry names under content/ (and h5p.json)
    uncompressed_bytes: int


def _limit(name: str, default: int) -> int:
    return int(getattr(settings, name, default))


def _is_symlink(info: zipfile.ZipInfo) -> bool:
    return stat.S_ISLNK(info.external_attr >> 16)


def _safe_name(name: str) -> bool:
    if not name or name.startswith(("/", "\\")) or "\\" in name or "\x00" in name:
        return False
    if re.match(r"^[A-Za-z]:", name):
        return False
    normalised = posixpath.normpath(name)
    return not (normalised.startswith("..") or "/../" in f"/{name}/")


def _dependencies(manifest: dict) -> list[tuple[str, int, int]]:
    found = []
    for key in ("preloadedDependencies", "dynamicDependencies", "editorDependencies"):
        for dependency in manifest.get(key) or []:
            try:
                found.append(
                    (
                        str(dependency["machineName"]),
                        int(dependency["majorVersion"]),
                        int(dependency["minorVersion"]),
                    )
                )
            except (KeyError, TypeError, ValueError) as error:
                raise PackageError(
                    _("A library dependency in the package is malformed.")
                ) from error
    return found


def read_member(archive: zipfile.ZipFile, name: str) -> bytes:
    """Read one entry, decompressing no more than the size its header declares.

    ``archive.read()`` inflates a whole entry in one call before cutting it to
    the declared size, so a header that lies (100 bytes declared, 400 MB inside)
    would bypass the size checks and exhaust memory.
    """
    info = archive.getinfo(name)
    with archive.open(info) as member:
        return member.read(info.file_size)


def _check_intact(archive: zipfile.ZipFile, info: zipfile.ZipInfo) -> None:
    """Inflate one entry in bounded chunks so a damaged one fails here, in the
    form, rather than half-way through extraction."""
    try:
        with archive.open(info) as member:
            while member.read(64 * 1024):
                pass
    except (
        zipfile.BadZipFile,
        zlib.error,
        EOFError,
        RuntimeError,
        NotImplementedError,
    ) as error:
        raise PackageError(
            _("The package is damaged: %(name)s cannot be unpacked.")
            % {"name": info.filename}
        ) from error


def _read_json(archive: zipfile.ZipFile, name: str, missing: str) -> dict:
    try:
        raw = read_member(archive, name)
    except KeyError as error:
        raise PackageError(missing) from error
    try:
        data = json.loads(raw.decode("utf-8-sig"))
    except (UnicodeDecodeError, json.JSONDecodeError) as error:
        raise PackageError(
            _("%(file)s in the package is not valid JSON.") % {"file": name}
        ) from error
    if not isinstance(data, dict):
        raise PackageError(
            _("%(file)s in the package is not valid JSON.") % {"file": name}
        )
    return data


def check_package(upload) -> CheckedPackage:
    """Check an uploaded file object (or path) as an H5P package.

    :returns: what was found, for extraction.
    :raises PackageError: with the first problem, in the trainer's language.
    """
    try:
        archive = zipfile.ZipFile(upload)
    except (zipfile.BadZipFile, OSError, ValueError) as error:
        raise PackageError(
            _("This is not an H5P file: it is not a zip archive.")
        ) from error
    with archive:
        return _check_archive(archive)


def _check_archive(archive: zipfile.ZipFile) -> CheckedPackage:
    max_files = _limit("H5P_MAX_FILES", 5000)
    max_bytes = _limit("H5P_MAX_UNCOMPRESSED_BYTES", 200 * 1024 * 1024)
    max_ratio = _limit("H5P_MAX_COMPRESSION_RATIO", 100)
    entries = archive.infolist()
    if len(entries) > max_files:
        raise PackageError(
            _("The package has too many files (more than %(count)d).")
            % {"count": max_files}
        )
    total = 0
    names = set()
    for info in entries:
        if not _safe_name(info.filename):
            raise PackageError(
                _("The package contains a file with an unsafe path: %(name)s")
                % {"name": info.filename}
            )
        if _is_symlink(info):
            raise PackageError(
                _("The package contains a symbolic link: %(name)s")
                % {"name": info.filename}
            )
        total += info.file_size
        if total > max_bytes:
            raise PackageError(_("The package is too large when unpacked."))
        if info.file_size > 1024 * 1024 and info.file_size > max_ratio * max(
            info.compress_size, 1
        ):
            raise PackageError(
                _("The package looks like a zip bomb: %(name)s unpacks too large.")
                % {"name": info.filename}
            )
        if not info.is_dir():
            names.add(info.filename)
    for info in entries:
        _check_intact(archive, info)

    manifest = _read_json(
        archive, "h5p.json", _("The package has no h5p.json, so it is not an H5P file.")
    )
    main_library = manifest.get("mainLibrary")
    if not isinstance(main_library, str) or not main_library:
        raise PackageError(_("h5p.json does not name its main library."))
    if not isinstance(manifest.get("preloadedDependencies"), list):
        raise PackageError(_("h5p.json does not list the libraries it needs."))
    _read_json(
        archive,
        "content/content.json",
        _("The package has no content/content.json."),
    )

    libraries: dict[str, Library] = {}
    content_files = []
    for name in sorted(names):
        top, _sep, rest = name.partition("/")
        extension = posixpath.splitext(name)[1].lower().lstrip(".")
        if not rest:  # a file at the package's root
            if name != "h5p.json" and extension not in CONTENT_EXTENSIONS:
                raise PackageError(
                    _("Files of this type are not allowed: %(name)s") % {"name": name}
                )
            if name == "h5p.json":
                content_files.append(name)
            continue
        if top == "content":
            if extension not in CONTENT_EXTENSIONS:
                raise PackageError(
                    _("Files of this type are not allowed: %(name)s") % {"name": name}
                )
            content_files.append(name)
            continue
        match = _LIBRARY_FOLDER.match(top)
        if not match:
            raise PackageError(
                _("The package has an unexpected folder: %(name)s") % {"name": top}
            )
        if extension not in LIBRARY_EXTENSIONS:
            raise PackageError(
                _("Files of this type are not allowed: %(name)s") % {"name": name}
            )
        if rest == "library.json":
            data = _read_json(archive, name, "")
            # H5P core's rule: the folder is named for the library it holds, so
            # a package cannot store files under another library's identity.
            mismatch = _(
                "The library folder %(name)s does not match its library.json."
            ) % {"name": top}
            try:
                library = Library(
                    machine_name=str(data.get("machineName", match.group(1))),
                    major=int(data.get("majorVersion", match.group(2))),
                    minor=int(data.get("minorVersion", match.group(3))),
                    patch=int(data.get("patchVersion", 0) or 0),
                    folder=top,
                    dependencies=_dependencies(data),
                )
            except (TypeError, ValueError) as error:
                raise PackageError(mismatch) from error
            if top != f"{library.machine_name}-{library.major}.{library.minor}":
                raise PackageError(mismatch)
            libraries[top] = library

    present = {(lib.machine_name, lib.major, lib.minor) for lib in libraries.values()}
    needed = set(_dependencies(manifest))
    for library in libraries.values():
        needed |= set(library.dependencies)
    missing = sorted(needed - present)
    if missing:
        name, major, minor = missing[0]
        raise PackageError(
            _("The package needs the library %(library)s, which is not in it.")
            % {"library": f"{name} {major}.{minor}"}
        )
    if not any(lib.machine_name == main_library for lib in libraries.values()):
        raise PackageError(
            _("The package needs the library %(library)s, which is not in it.")
            % {"library": main_library}
        )
    return CheckedPackage(
        title=str(manifest.get("title") or ""),
        main_library=main_library,
        manifest=manifest,
        libraries=libraries,
        content_files=content_files,
        uncompressed_bytes=total,
    )

"""Checking an uploaded .h5p package before anything of it is stored.

An .h5p file is a zip written by someone else's editor, so every entry is
untrusted: paths must stay inside the package, no symlinks, sizes and file
counts are capped (zip bombs), names are short and unique and never both a file
and a folder (so extraction cannot fail half-way), the JSON parses within
bounds (no NaN, no deep nesting), the manifest names libraries that are really
there with versions H5P allows, and file types follow H5P core's allow-list,
with scripts and styles allowed only inside library folders.

``load_json`` is the one JSON parser for anything from outside (packages and
xAPI statements alike).
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
# H5P core allows ^[\w0-9\-\.]{1,255}$; ours is ASCII only and fits
# H5PLibrary.machine_name (120 characters).
_MACHINE_NAME = re.compile(r"[A-Za-z0-9._-]{1,120}")
# H5P core's pattern for a version part, capped by PositiveSmallIntegerField.
_VERSION = re.compile(r"[0-9]{1,5}")
MAX_VERSION = 32767
# Room for any real package, well below what file systems and S3 keys allow.
MAX_NAME_PART = 200
MAX_PATH = 400
MAX_JSON_DEPTH = 64


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


class UnsafeJSON(ValueError):
    """JSON that Python parses but we refuse; ``reason`` is "depth" or "number"."""

    def __init__(self, reason: str):
        super().__init__(reason)
        self.reason = reason


def _refuse_constant(name: str):
    raise UnsafeJSON("number")


def _finite_float(text: str) -> float:
    # "1e999" parses as infinity without ever passing through parse_constant.
    number = float(text)
    if number in (float("inf"), float("-inf")):
        raise UnsafeJSON("number")
    return number


def _too_deep(data, limit: int) -> bool:
    pending = [(data, 1)]
    while pending:
        value, depth = pending.pop()
        if isinstance(value, dict):
            children = value.values()
        elif isinstance(value, list):
            children = value
        else:
            continue
        if depth > limit:
            return True
        pending.extend((child, depth + 1) for child in children)
    return False


def load_json(text: str | bytes, *, max_depth: int = MAX_JSON_DEPTH):
    """Parse JSON from outside, refusing what the standard parser lets through.

    NaN and Infinity are not JSON (PostgreSQL refuses them in a JSON column),
    and nesting beyond ``max_depth`` serves no real package or statement but can
    exhaust the stack of whatever walks it later.

    :returns: the parsed value.
    :raises UnsafeJSON: for NaN/Infinity ("number") or deep nesting ("depth").
    :raises ValueError: for anything else that is not JSON.
    """
    try:
        data = json.loads(
            text, parse_constant=_refuse_constant, parse_float=_finite_float
        )
    except RecursionError as error:
        raise UnsafeJSON("depth") from error
    if _too_deep(data, max_depth):
        raise UnsafeJSON("depth")
    return data


def _limit(name: str, default: int) -> int:
    return int(getattr(settings, name, default))


def _shown(text, length: int = 80) -> str:
    """A name from the package, short enough to quote in a message."""
    text = str(text)
    return text if len(text) <= length else f"{text[:length]}…"


def _version(value) -> int:
    """A version part as H5P allows it: 0..32767, as an integer or digits.

    H5P's own packages write dependency versions as strings ("1"), so digits
    are accepted; bools, floats and signs are not.

    :raises ValueError: for anything else.
    """
    if isinstance(value, bool):
        raise ValueError(value)
    if isinstance(value, int):
        number = value
    elif isinstance(value, str) and _VERSION.fullmatch(value):
        number = int(value)
    else:
        raise ValueError(value)
    if not 0 <= number <= MAX_VERSION:
        raise ValueError(value)
    return number


def _check_machine_name(name, source: str) -> str:
    if not isinstance(name, str) or not _MACHINE_NAME.fullmatch(name):
        raise PackageError(
            _("%(file)s gives a library a name H5P does not allow: %(name)s")
            % {"file": source, "name": _shown(name)}
        )
    return name


def _bad_version(source: str, name, *parts) -> PackageError:
    return PackageError(
        _("%(file)s gives a library a version H5P does not allow: %(library)s")
        % {
            "file": source,
            "library": _shown(f"{name} {'.'.join(str(part) for part in parts)}"),
        }
    )


def _is_symlink(info: zipfile.ZipInfo) -> bool:
    return stat.S_ISLNK(info.external_attr >> 16)


def _safe_name(name: str) -> bool:
    if not name or name.startswith(("/", "\\")) or "\\" in name or "\x00" in name:
        return False
    if re.match(r"^[A-Za-z]:", name):
        return False
    normalised = posixpath.normpath(name)
    return not (normalised.startswith("..") or "/../" in f"/{name}/")


def _dependencies(manifest: dict, source: str) -> list[tuple[str, int, int]]:
    malformed = _("A library dependency in the package is malformed.")
    required = {"machineName", "majorVersion", "minorVersion"}
    found = []
    for key in ("preloadedDependencies", "dynamicDependencies", "editorDependencies"):
        listed = manifest.get(key)
        if listed is None:
            continue
        if not isinstance(listed, list):
            raise PackageError(malformed)
        for dependency in listed:
            if not isinstance(dependency, dict) or not required <= dependency.keys():
                raise PackageError(malformed)
            name = _check_machine_name(dependency["machineName"], source)
            major, minor = dependency["majorVersion"], dependency["minorVersion"]
            try:
                found.append((name, _version(major), _version(minor)))
            except ValueError as error:
                raise _bad_version(source, name, major, minor) from error
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
        data = load_json(raw.decode("utf-8-sig"))
    except UnsafeJSON as error:
        if error.reason == "depth":
            message = _(
                "%(file)s in the package is nested too deeply "
                "(more than %(depth)d levels)."
            ) % {"file": name, "depth": MAX_JSON_DEPTH}
        else:
            message = _(
                "%(file)s in the package contains NaN or Infinity, which JSON "
                "does not allow."
            ) % {"file": name}
        raise PackageError(message) from error
    except ValueError as error:  # also a bad encoding, or a 5,000-digit number
        raise PackageError(
            _("%(file)s in the package is not valid JSON.") % {"file": name}
        ) from error
    if not isinstance(data, dict):
        raise PackageError(
            _("%(file)s in the package is not valid JSON.") % {"file": name}
        )
    return data


def _check_names(entries: list[zipfile.ZipInfo]) -> None:
    """Refuse names that would collide or fail when written to storage.

    Two entries with one name let the check read one and extraction write the
    other; a file that is also a folder, or an over-long name, would make
    extraction fail half-way, after some files were already stored.
    """
    seen: dict[str, bool] = {}  # normalised name -> is a folder
    folders = set()
    for info in entries:
        name = info.filename
        if len(name) > MAX_PATH or any(
            len(part) > MAX_NAME_PART for part in name.split("/")
        ):
            raise PackageError(
                _("A file name in the package is too long: %(name)s")
                % {"name": _shown(name)}
            )
        key = posixpath.normpath(name)
        if key in seen:
            if seen[key] != info.is_dir():
                raise PackageError(
                    _("The package has a file and a folder both named %(name)s.")
                    % {"name": key}
                )
            raise PackageError(
                _("The package has two entries named %(name)s.") % {"name": key}
            )
        seen[key] = info.is_dir()
        parent = posixpath.dirname(key)
        while parent and parent not in folders:
            folders.add(parent)
            parent = posixpath.dirname(parent)
    files = {key for key, is_folder in seen.items() if not is_folder}
    clashes = sorted(files & folders)
    if clashes:
        raise PackageError(
            _("The package has a file and a folder both named %(name)s.")
            % {"name": clashes[0]}
        )


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
    _check_names(entries)
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
            machine_name = _check_machine_name(
                data.get("machineName", match.group(1)), name
            )
            versions = (
                data.get("majorVersion", match.group(2)),
                data.get("minorVersion", match.group(3)),
                data.get("patchVersion", 0),
            )
            try:
                major, minor, patch = (_version(part) for part in versions)
            except ValueError as error:
                raise _bad_version(name, machine_name, *versions) from error
            library = Library(
                machine_name=machine_name,
                major=major,
                minor=minor,
                patch=patch,
                folder=top,
                dependencies=_dependencies(data, name),
            )
            # H5P core's rule: the folder is named for the library it holds, so
            # a package cannot store files under another library's identity.
            if top != f"{library.machine_name}-{library.major}.{library.minor}":
                raise PackageError(
                    _("The library folder %(name)s does not match its library.json.")
                    % {"name": top}
                )
            libraries[top] = library

    present = {(lib.machine_name, lib.major, lib.minor) for lib in libraries.values()}
    needed = set(_dependencies(manifest, "h5p.json"))
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

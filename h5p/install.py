"""Installing a checked package: its content, and the libraries it runs.

A library is code that runs in every learner's player, so it is keyed by the
hash of its files: a package runs exactly the files it was installed with, and
no later upload (hostile or just different) can change them. Installing a new
library is an administrator's act (the ``h5p.install_library`` permission);
a trainer's package may only use libraries already installed. When a trainer's
package carries its own copy of an installed library version, the installed
copy is used instead, as H5P core does.

Only the libraries the content needs (``preloadedDependencies``, followed
through each library's own) are installed and loaded; editor libraries that
packages often carry are left out.
"""

import hashlib
import json
import logging
import uuid
import zipfile
from dataclasses import dataclass, field

from django.core.files.base import ContentFile
from django.db import IntegrityError, transaction
from django.utils.translation import gettext as _

from . import files, fonts
from .models import H5PActivity, H5PLibrary, H5PPackage
from .validation import CheckedPackage, PackageError, read_member

logger = logging.getLogger(__name__)

CONTENT_ROOT = "h5p/content"
INSTALL_PERMISSION = "h5p.install_library"

Key = tuple[str, int, int]  # machine name, major, minor


@dataclass
class NewLibrary:
    key: Key
    folder: str
    patch: int
    content_hash: str
    manifest: dict
    names: list[str]  # entry names in the archive, under the folder


@dataclass
class InstallPlan:
    """Which library each key resolves to: installed rows, or new ones."""

    installed: dict[Key, H5PLibrary] = field(default_factory=dict)
    new: dict[Key, NewLibrary] = field(default_factory=dict)
    order: list[Key] = field(default_factory=list)  # dependencies first

    def manifest(self, key: Key) -> dict:
        if key in self.new:
            return self.new[key].manifest
        return self.installed[key].manifest


def may_install_libraries(user) -> bool:
    return bool(user and user.is_authenticated and user.has_perm(INSTALL_PERMISSION))


def _dependency_keys(manifest: dict) -> list[Key]:
    keys = []
    for dependency in manifest.get("preloadedDependencies") or []:
        keys.append(
            (
                str(dependency["machineName"]),
                int(dependency["majorVersion"]),
                int(dependency["minorVersion"]),
            )
        )
    return keys


def library_hash(archive: zipfile.ZipFile, folder: str) -> tuple[str, list[str]]:
    """The hash of a library folder's files (names and bytes), and the names."""
    prefix = f"{folder}/"
    names = sorted(
        name
        for name in archive.namelist()
        if name.startswith(prefix) and not name.endswith("/")
    )
    digest = hashlib.sha256()
    for name in names:
        data = read_member(archive, name)
        digest.update(name[len(prefix) :].encode("utf-8") + b"\0")
        digest.update(hashlib.sha256(data).digest())
    return digest.hexdigest(), names


def _newest_installed(key: Key) -> H5PLibrary | None:
    name, major, minor = key
    return (
        H5PLibrary.objects.filter(machine_name=name, major=major, minor=minor)
        .order_by("-patch", "-pk")
        .first()
    )


def plan_install(
    archive: zipfile.ZipFile, checked: CheckedPackage, *, may_install: bool
) -> InstallPlan:
    """Resolve every library the content needs, dependencies first.

    :raises PackageError: when a needed library is not installed and the
        uploader may not install it.
    """
    by_key = {
        (lib.machine_name, lib.major, lib.minor): lib
        for lib in checked.libraries.values()
    }
    plan = InstallPlan()
    visiting: set[Key] = set()

    def resolve(key: Key) -> None:
        if key in plan.installed or key in plan.new or key in visiting:
            return  # done, or a dependency cycle (H5P allows them)
        visiting.add(key)
        carried = by_key.get(key)
        chosen = None
        if carried is not None:
            content_hash, names = library_hash(archive, carried.folder)
            chosen = H5PLibrary.objects.filter(content_hash=content_hash).first()
            if chosen is None and may_install:
                manifest = json.loads(
                    read_member(archive, f"{carried.folder}/library.json").decode(
                        "utf-8-sig"
                    )
                )
                plan.new[key] = NewLibrary(
                    key=key,
                    folder=carried.folder,
                    patch=carried.patch,
                    content_hash=content_hash,
                    manifest=manifest,
                    names=names,
                )
        if key not in plan.new:
            if chosen is None:
                chosen = _newest_installed(key)
                # An installed copy stands in for the package's own only if it
                # is as new: an older patch may lack what the content needs.
                if carried is not None and chosen and chosen.patch < carried.patch:
                    chosen = None
            if chosen is None:
                name, major, minor = key
                patch = f".{carried.patch}" if carried is not None else ""
                raise PackageError(
                    _(
                        "The package needs the library %(library)s, which is not "
                        "installed. Only an administrator can install new "
                        "libraries: ask one to upload this package."
                    )
                    % {"library": f"{name} {major}.{minor}{patch}"}
                )
            plan.installed[key] = chosen
        for dependency in _dependency_keys(plan.manifest(key)):
            resolve(dependency)
        visiting.discard(key)
        plan.order.append(key)

    for key in _dependency_keys(checked.manifest):
        resolve(key)
    return plan


def _assets(plan: InstallPlan, hashes: dict[Key, str], main_library: str) -> dict:
    """Scripts and styles in load order, and each library folder's hash."""
    scripts, styles, folders = [], [], {}
    for key in plan.order:
        manifest = plan.manifest(key)
        content_hash = hashes[key]
        name, major, minor = key
        folders[f"{name}-{major}.{minor}"] = content_hash
        for entry in manifest.get("preloadedJs") or []:
            scripts.append([content_hash, str(entry.get("path", ""))])
        for entry in manifest.get("preloadedCss") or []:
            styles.append([content_hash, str(entry.get("path", ""))])
    main = next(
        (f"{n} {major}.{minor}" for n, major, minor in plan.order if n == main_library),
        main_library,
    )
    return {"scripts": scripts, "styles": styles, "folders": folders, "main": main}


def assets_from_libraries(
    manifest: dict, libraries: dict[Key, H5PLibrary], main_library: str
) -> dict:
    """What the player loads for a package already linked to ``libraries``
    (used when stored packages are moved to content-keyed libraries)."""
    plan = InstallPlan(installed=dict(libraries))
    seen: set[Key] = set()

    def visit(key: Key) -> None:
        if key in seen or key not in libraries:
            return
        seen.add(key)
        for dependency in _dependency_keys(libraries[key].manifest):
            visit(dependency)
        plan.order.append(key)

    for key in _dependency_keys(manifest):
        visit(key)
    hashes = {key: library.content_hash for key, library in libraries.items()}
    return _assets(plan, hashes, main_library)


def _install_library(archive: zipfile.ZipFile, new: NewLibrary, user) -> H5PLibrary:
    root = f"h5p/libraries/{new.content_hash}"
    prefix = f"{new.folder}/"
    # Written last, after every file: a folder with it is whole, and being
    # named for its content, never needs writing again (an upload that died
    # half-way leaves no mark, so the next one writes it all).
    complete = f"{root}/.installed"
    if not files.storage().exists(complete):
        for name in new.names:
            files.write(f"{root}/{name[len(prefix) :]}", read_member(archive, name))
        files.write(complete, b"")
    name, major, minor = new.key
    try:
        with transaction.atomic():
            return H5PLibrary.objects.create(
                machine_name=name,
                major=major,
                minor=minor,
                patch=new.patch,
                folder=new.folder,
                content_hash=new.content_hash,
                manifest=new.manifest,
                installed_by=user if user and user.is_authenticated else None,
            )
    except IntegrityError:
        # The same files installed at the same moment by another upload: the
        # bytes under this hash are the same, so theirs is ours.
        return H5PLibrary.objects.get(content_hash=new.content_hash)


@transaction.atomic
def package_install(
    *,
    activity: H5PActivity,
    upload,
    checked: CheckedPackage,
    user=None,
    may_install: bool | None = None,
) -> H5PPackage:
    """Store a checked package as the activity's new current version.

    ``may_install`` defaults to the uploader's ``h5p.install_library``
    permission (and to True with no user: a management command or test).
    The content and package files written are removed again if anything
    fails (library files stay: see below).

    :raises PackageError: when the package needs a library the uploader may
        not install.
    """
    if may_install is None:
        may_install = user is None or may_install_libraries(user)
    upload.seek(0)
    content_path = f"{CONTENT_ROOT}/{uuid.uuid4().hex}"
    written: list[str] = []
    try:
        with zipfile.ZipFile(upload) as archive:
            plan = plan_install(archive, checked, may_install=may_install)
            libraries = dict(plan.installed)
            for key, new in plan.new.items():
                # Not in ``written``: files under a hash are the same bytes
                # whoever writes them, and another upload installing the same
                # library at this moment may be relying on them.
                libraries[key] = _install_library(archive, new, user)
            for name in checked.content_files:
                written += files.write(
                    f"{content_path}/{name}", read_member(archive, name)
                )
            content_json = read_member(archive, "content/content.json")
        assets = _assets(
            plan,
            {key: lib.content_hash for key, lib in libraries.items()},
            checked.main_library,
        )
        assets["font_css"] = fonts.cut_fonts(
            styles=assets["styles"], scripts=assets["scripts"], content=content_json
        )
        upload.seek(0)
        package = H5PPackage(
            activity=activity,
            content_path=content_path,
            main_library=checked.main_library,
            manifest=checked.manifest,
            assets=assets,
            uploaded_by=user if user and user.is_authenticated else None,
        )
        package.file.save("package.h5p", ContentFile(upload.read()), save=False)
        written.append(package.file.name)
        package.save()
        package.libraries.set(libraries.values())
        activity.current_version = package
        activity.save(update_fields=["current_version"])
    except BaseException:
        files.remove(written)
        raise
    logger.info(
        "H5P activity %s: new version %s (%d new libraries)",
        activity.pk,
        package.pk,
        len(plan.new),
    )
    return package

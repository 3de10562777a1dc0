"""Package files in private storage, each text file kept compressed beside it.

A learner on 2G pays for every byte, and the files never change once stored,
so text files are compressed once when a package is installed (brotli and
gzip, written next to the original as ``<name>.br`` and ``<name>.gz``) rather
than on every request. Which files have them follows from the extension alone,
so serving needs no lookup to know.

Nothing here is served by the web server: ``h5p.player_views`` checks who asks
and streams the files through Django.
"""

import gzip
import posixpath

import brotli
from django.conf import settings
from django.core.files.base import ContentFile
from django.core.files.storage import storages

# Text the browser reads; everything else (images, fonts, media) is already
# compressed or gains nothing.
COMPRESSED_EXTENSIONS = frozenset(
    "js css json svg txt vtt webvtt xml csv md html htm".split()
)
# (Accept-Encoding token, suffix in storage), best first.
ENCODINGS = (("br", ".br"), ("gzip", ".gz"))


def storage():
    return storages["private"]


def is_compressible(name: str) -> bool:
    return posixpath.splitext(name)[1].lower().lstrip(".") in COMPRESSED_EXTENSIONS


def _save(path: str, data: bytes) -> None:
    store = storage()
    if store.exists(path):
        store.delete(path)
    saved = store.save(path, ContentFile(data))
    if saved != path:  # pragma: no cover - storage renamed despite the delete
        raise OSError(f"storage saved {path} as {saved}")


def write(path: str, data: bytes) -> list[str]:
    """Store ``data`` at ``path`` (and its compressed copies, for text).

    :returns: every storage path written, so a failed install can remove them.
    """
    written = [path]
    _save(path, data)
    if is_compressible(path):
        quality = int(getattr(settings, "H5P_BROTLI_QUALITY", 9))
        _save(path + ".br", brotli.compress(data, quality=quality))
        written.append(path + ".br")
        _save(path + ".gz", gzip.compress(data, compresslevel=9, mtime=0))
        written.append(path + ".gz")
    return written


def remove(paths) -> None:
    store = storage()
    for path in paths:
        try:
            store.delete(path)
        except OSError:  # pragma: no cover - best effort clean-up
            pass


def _offered(accept_encoding: str) -> set[str]:
    """The encodings a browser accepts (``q=0`` means "not this one")."""
    offered = set()
    for part in accept_encoding.split(","):
        token, _sep, params = part.partition(";")
        quality = 1.0
        for param in params.split(";"):
            key, _eq, value = param.strip().partition("=")
            if key.lower() == "q":
                try:
                    quality = float(value)
                except ValueError:
                    quality = 0.0
        if token.strip() and quality > 0:
            offered.add(token.strip().lower())
    return offered


def accepted_encoding(accept_encoding: str, name: str) -> tuple[str, str] | None:
    """The (encoding, storage suffix) to send for ``name``, or None for as-is."""
    if not is_compressible(name):
        return None
    offered = _offered(accept_encoding)
    for encoding, suffix in ENCODINGS:
        if encoding in offered:
            return encoding, suffix
    return None

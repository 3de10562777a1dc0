"""Icon fonts cut down to the icons an activity uses.

H5P libraries draw their icons with whole icon fonts: a true/false question
pulls in Font Awesome (67 KB as WOFF2) for a tick and a cross. On 2G that one
font is a quarter of the activity. When a package is installed, each icon
font its libraries declare is cut down to the characters they can show:

- every character written in a CSS ``content:`` outside the font's own
  stylesheet (``.h5p-question-check-answer:before { content: "\\f058" }``);
- every icon of the font's own stylesheet whose class name appears anywhere
  in the package's scripts, styles or content (``fa-check`` in a script).

The cut font is stored under the hash of its bytes and declared again, after
the libraries' styles, with the same family name and descriptors: the browser
then uses (and downloads) only the cut one. A font that cannot be read is
left as it is, so the worst case is the old behaviour, never a broken icon.
"""

import hashlib
import io
import logging
import posixpath
import re

from django.urls import reverse

from . import files

logger = logging.getLogger(__name__)

_FONT_FACE = re.compile(r"@font-face\s*\{([^}]*)\}", re.I)
_FAMILY = re.compile(r"font-family\s*:\s*['\"]?([^;'\"]+)['\"]?", re.I)
_DESCRIPTOR = re.compile(r"(font-weight|font-style)\s*:\s*([^;]+)", re.I)
_URL = re.compile(r"url\(\s*['\"]?([^'\")]+)['\"]?\s*\)(?:\s*format\(['\"]?(\w+))?")
_CONTENT = re.compile(r"content\s*:\s*(['\"])(.*?)\1", re.S)
_RULE = re.compile(r"([^{}]+)\{([^{}]*)\}")
_CLASS = re.compile(r"\.([A-Za-z_][\w-]*)\s*:{1,2}(?:before|after)")
_SAFE = re.compile(r"^[\w .-]{1,80}$")
_ESCAPE = re.compile(r"\\([0-9A-Fa-f]{1,6})\s?|\\(.)", re.S)
# Best first: what a modern browser picks from the same list.
_FORMATS = {"woff2": 0, "woff": 1, "truetype": 2, "opentype": 3}
_EXTENSIONS = {
    ".woff2": "woff2",
    ".woff": "woff",
    ".ttf": "truetype",
    ".otf": "opentype",
}


def _characters(css_string: str) -> set[int]:
    """The code points a CSS string literal stands for (escapes resolved)."""
    found = set()
    position = 0
    for match in _ESCAPE.finditer(css_string):
        found.update(ord(c) for c in css_string[position : match.start()])
        if match.group(1):
            found.add(int(match.group(1), 16))
        elif match.group(2) != "\n":
            found.add(ord(match.group(2)))
        position = match.end()
    found.update(ord(c) for c in css_string[position:])
    return found


_WORD = re.compile(r"[\w-]+")


def _best_source(body: str, css_path: str) -> str | None:
    """The path (in the library) of the best font file a face lists."""
    best = None
    for url, declared in _URL.findall(body):
        path = url.split("?")[0].split("#")[0]
        kind = declared.lower() if declared else None
        kind = kind or _EXTENSIONS.get(posixpath.splitext(path)[1].lower())
        if kind not in _FORMATS or path.startswith(("data:", "/", "http")):
            continue
        resolved = posixpath.normpath(posixpath.join(posixpath.dirname(css_path), path))
        if best is None or _FORMATS[kind] < best[0]:
            best = (_FORMATS[kind], resolved)
    return best[1] if best else None


def _subset(data: bytes, characters: set[int]) -> bytes:
    from fontTools import subset
    from fontTools.ttLib import TTFont

    options = subset.Options()
    options.flavor = "woff2"
    options.ignore_missing_unicodes = True
    options.notdef_outline = True
    # Tables of font-maker tools (FontForge's FFTM, Font Squirrel's webf) say
    # nothing to a browser; dropping them here keeps the log quiet.
    options.drop_tables += ["FFTM", "webf"]
    # The same cut of the same font must be the same bytes (and hash): no
    # "modified" timestamp of today in it.
    font = TTFont(io.BytesIO(data), recalcTimestamp=False)
    subsetter = subset.Subsetter(options)
    subsetter.populate(unicodes=sorted(characters))
    subsetter.subset(font)
    out = io.BytesIO()
    font.flavor = "woff2"
    font.save(out)
    return out.getvalue()


def _cut(store, source: str, wanted: set[int]) -> str | None:
    """The hash of ``source`` cut to ``wanted``, stored; None if unreadable.

    The same cut is asked for by every package using the same libraries, so
    it is remembered by what went in (font file and characters).
    """
    characters = sorted(wanted or {0x20})
    asked = hashlib.sha256(f"{source}|{characters}".encode()).hexdigest()
    remembered = f"h5p/fonts/cut-{asked}.ref"
    if store.exists(remembered):
        with store.open(remembered) as handle:
            digest = handle.read().decode().strip()
        if store.exists(f"h5p/fonts/{digest}.woff2"):
            return digest
    try:
        with store.open(source) as handle:
            cut = _subset(handle.read(), set(characters))
    except Exception:  # noqa: BLE001 - any unreadable font stays whole
        return None
    digest = hashlib.sha256(cut).hexdigest()
    files.write(f"h5p/fonts/{digest}.woff2", cut)
    files.write(remembered, digest.encode())
    return digest


def font_url(content_hash: str) -> str:
    return reverse("h5p:font", args=[content_hash])


def cut_fonts(*, styles: list[list[str]], scripts: list[list[str]], content: bytes):
    """Cut each icon font to what the package uses.

    :param styles: the package's stylesheets, as (library hash, path) pairs.
    :param scripts: its scripts, likewise.
    :param content: its content.json.
    :returns: CSS declaring the cut fonts (empty when there is nothing to cut).
    """
    store = files.storage()

    def read(content_hash: str, path: str) -> str:
        try:
            with store.open(f"h5p/libraries/{content_hash}/{path}") as handle:
                return handle.read().decode("utf-8", "replace")
        except OSError:
            return ""

    sheets = {(h, path): read(h, path) for h, path in styles}
    code = "\n".join(
        [content.decode("utf-8", "replace"), *(read(h, path) for h, path in scripts)]
    )
    faces = []
    for (content_hash, css_path), css in sheets.items():
        for body in _FONT_FACE.findall(css):
            family = _FAMILY.search(body)
            source = _best_source(body, css_path)
            # Written into the player page: only plain names pass.
            if family and source and _SAFE.match(family.group(1).strip()):
                faces.append(
                    (content_hash, css_path, family.group(1).strip(), body, source)
                )

    declared = []
    for content_hash, css_path, family, body, source in faces:
        own_sheet = sheets[(content_hash, css_path)]
        others = [css for key, css in sheets.items() if key != (content_hash, css_path)]
        # Where a class name counts as used: everything but the font's own sheet
        # (which names every icon it has).
        words = set(_WORD.findall("\n".join([code, *others])))
        wanted: set[int] = set()
        for css in others:
            for _quote, value in _CONTENT.findall(css):
                wanted |= _characters(value)
        for selectors, rule in _RULE.findall(own_sheet):
            literal = _CONTENT.search(rule)
            if not literal:
                continue
            if any(name in words for name in _CLASS.findall(selectors)):
                wanted |= _characters(literal.group(2))
        digest = _cut(store, f"h5p/libraries/{content_hash}/{source}", wanted)
        if digest is None:
            logger.warning("H5P font %s (%s) left whole", family, source)
            continue
        descriptors = "".join(
            f"{name.lower()}:{value.strip()};"
            for name, value in _DESCRIPTOR.findall(body)
            if _SAFE.match(value.strip())
        )
        declared.append(
            f"@font-face{{font-family:'{family}';"
            f"src:url({font_url(digest)}) format('woff2');{descriptors}}}"
        )
    return "\n".join(declared)

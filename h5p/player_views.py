"""The sandboxed H5P player and the files it loads.

Everything here is reached without the session cookie: the player frame has
no origin of its own (``sandbox`` without ``allow-same-origin``), so the
permission travels in the signed token of its address (see ``h5p.access``),
checked on every request. Libraries are public code addressed by the hash of
their files, cached for a year.

Every response carries ``Content-Security-Policy: sandbox``: a package file
opened on its own (an SVG or XML with a script in it, say) runs in no origin
and can read nothing of the site. SVG and XML also go as attachments.
"""

import mimetypes
import posixpath

from django.contrib.auth import get_user_model
from django.core.cache import cache
from django.http import FileResponse, Http404
from django.shortcuts import render
from django.views.decorators.clickjacking import xframe_options_exempt
from django.views.decorators.gzip import gzip_page
from django.views.decorators.http import require_safe

from . import access, files, player
from .models import H5PLibrary, H5PPackage
from .selectors import may_load

mimetypes.add_type("font/woff2", ".woff2")
mimetypes.add_type("text/vtt", ".vtt")

FILE_POLICY = "sandbox; default-src 'none'"
# Opened on their own, these could run script: never shown inline.
ATTACHMENT_EXTENSIONS = frozenset({"svg", "xml", "html", "htm"})
ACCESS_SECONDS = 300


def _playable(token: str) -> tuple[H5PPackage, int]:
    """The package a token opens and for whom, if they may still load it.

    A player loads dozens of files; the decision is cached for a few minutes
    per package and learner, so revoking access takes effect within that.
    """
    granted = access.check(token)
    if granted is None:
        raise Http404
    package_id, user_id = granted
    key = f"h5p-play:{package_id}:{user_id}"
    allowed = cache.get(key)
    if allowed is None:
        package = (
            H5PPackage.objects.select_related("activity").filter(pk=package_id).first()
        )
        user = get_user_model().objects.filter(pk=user_id, is_active=True).first()
        allowed = bool(
            package and user and may_load(user=user, activity=package.activity)
        )
        cache.set(key, allowed, ACCESS_SECONDS)
    if not allowed:
        raise Http404
    package = H5PPackage.objects.select_related("activity").get(pk=package_id)
    return package, user_id


def _file_response(request, stored: str, name: str, *, cache_control: str):
    store = files.storage()
    chosen = files.accepted_encoding(request.headers.get("Accept-Encoding", ""), name)
    path, encoding = stored, None
    if chosen and store.exists(stored + chosen[1]):
        path, encoding = stored + chosen[1], chosen[0]
    elif not store.exists(stored):
        raise Http404
    extension = posixpath.splitext(name)[1].lower().lstrip(".")
    content_type, _encoding = mimetypes.guess_type(name)
    attachment = extension in ATTACHMENT_EXTENSIONS
    response = FileResponse(
        store.open(path, "rb"),
        content_type=content_type or "application/octet-stream",
        as_attachment=attachment,
        # Named only when it goes as an attachment: every byte of the dozens
        # of headers a player's files carry counts on 2G.
        filename=posixpath.basename(name),
    )
    if not attachment:
        del response["Content-Disposition"]
    if encoding:
        response["Content-Encoding"] = encoding
    if files.is_compressible(name):
        response["Vary"] = "Accept-Encoding"
    response["Cache-Control"] = cache_control
    response["Content-Security-Policy"] = FILE_POLICY
    response["X-Content-Type-Options"] = "nosniff"
    # Fonts and data requested from the sandboxed frame (origin "null") are
    # CORS requests; nothing here depends on cookies, so any origin may read.
    response["Access-Control-Allow-Origin"] = "*"
    # A file is not a page: nothing to frame (the CSP sandbox covers one
    # opened on its own).
    response.xframe_options_exempt = True
    return response


def _clean(path: str) -> str:
    clean = posixpath.normpath(path)
    if clean.startswith(("..", "/")) or clean.endswith((".br", ".gz")):
        raise Http404
    return clean


def _player_policy(request) -> str:
    own = f"{request.scheme}://{request.get_host()}"
    return "; ".join(
        [
            "sandbox allow-scripts",
            "default-src 'none'",
            # Some libraries compile templates at run time (EmbeddedJS uses
            # new Function). That gives package code no more than it has: it
            # runs in a frame with no origin either way.
            f"script-src 'self' {own} 'unsafe-eval'",
            # H5P libraries write style attributes and <style> elements; in a
            # frame with no origin that can do no harm.
            f"style-src 'self' {own} 'unsafe-inline'",
            f"img-src 'self' {own} data: blob:",
            f"media-src 'self' {own} data: blob:",
            f"font-src 'self' {own} data:",
            f"connect-src 'self' {own}",
            f"frame-ancestors {player.site_origin(request)}",
            "form-action 'none'",
            "base-uri 'none'",
        ]
    )


@require_safe
@xframe_options_exempt  # frame-ancestors in the policy says who may frame it
@gzip_page  # the activity's settings and content: a third of it, compressed
def play(request, token):
    """The player page: H5P core, the activity's libraries, its content."""
    package, user_id = _playable(token)
    styles, scripts = player.page_assets(package)
    response = render(
        request,
        "h5p/player.html",
        {
            "activity": package.activity,
            "integration": player.integration(
                request=request, package=package, token=token, user_id=user_id
            ),
            "styles": styles,
            "scripts": scripts,
            "parent_origin": player.site_origin(request),
            "font_css": package.assets.get("font_css", ""),
        },
    )
    response["Content-Security-Policy"] = _player_policy(request)
    # It holds the learner's saved state: never kept by a shared cache or PC.
    response["Cache-Control"] = "private, no-store"
    response["Referrer-Policy"] = "no-referrer"
    response["X-Content-Type-Options"] = "nosniff"
    return response


@require_safe
def content_file(request, token, path):
    """One file of the package's content (h5p.json or under content/)."""
    package, _user_id = _playable(token)
    clean = _clean(path)
    if clean != "h5p.json" and not clean.startswith("content/"):
        raise Http404
    return _file_response(
        request,
        f"{package.content_path}/{clean}",
        clean,
        # The token is the same all day, so the address is too.
        cache_control="private, max-age=86400",
    )


@require_safe
def library_file(request, content_hash, path):
    """A library's file, by the hash of the library's files: it never changes."""
    clean = _clean(path)
    if not H5PLibrary.objects.filter(content_hash=content_hash).exists():
        raise Http404
    return _file_response(
        request,
        f"h5p/libraries/{content_hash}/{clean}",
        clean,
        cache_control="public, max-age=31536000, immutable",
    )


@require_safe
def font_file(request, content_hash):
    """An icon font cut to what a package uses (see h5p.fonts), by its hash."""
    return _file_response(
        request,
        f"h5p/fonts/{content_hash}.woff2",
        "font.woff2",
        cache_control="public, max-age=31536000, immutable",
    )

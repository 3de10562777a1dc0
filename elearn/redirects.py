"""Where a ``next`` parameter may send someone: only back into this site.

Every view that follows a ``next`` (or any other address the browser sent)
takes it through :func:`safe_next`, so an open redirect cannot creep back in
one view at a time.
"""

from django.utils.http import url_has_allowed_host_and_scheme


def is_safe_next(request, url: str) -> bool:
    """Return whether ``url`` stays on this site (https only on a secure request)."""
    return bool(url) and url_has_allowed_host_and_scheme(
        url, allowed_hosts={request.get_host()}, require_https=request.is_secure()
    )


def safe_next(request, default: str = "") -> str:
    """Return the request's ``next`` (POST first, then GET) if it stays on this
    site, else ``default``.

    Anything pointing elsewhere (``https://evil.example``, ``//evil.example``,
    ``/\\evil.example``, ``javascript:...``) gives ``default``.
    """
    url = request.POST.get("next") or request.GET.get("next") or ""
    return url if is_safe_next(request, url) else default

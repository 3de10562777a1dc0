"""Headers that limit what a page may load and do: CSP and Permissions-Policy.

django-csp writes ``Content-Security-Policy`` from
``settings.CONTENT_SECURITY_POLICY``. Two things the settings cannot say live
here: every page carries a nonce, and the Wagtail admin under /cms/ gets the few
relaxations Wagtail's own templates and scripts need. Both middlewares leave a
header a view has already set alone, so the H5P player and files keep their
stricter ``sandbox`` policy.
"""

from __future__ import annotations

import functools

from csp.constants import SELF, UNSAFE_INLINE
from csp.middleware import CSPMiddleware, PolicyParts
from django.conf import settings
from django.core.exceptions import ImproperlyConfigured
from django.http import HttpRequest, HttpResponseBase
from django.urls import reverse

PERMISSIONS_POLICY_HEADER = "Permissions-Policy"

# What Wagtail 8's own admin does that the site's policy refuses, each seen in
# Chromium on the admin screens this project adds (tests/e2e/test_csp.py):
# - inline <script> elements written by its form widgets (image, document and
#   snippet choosers, date pickers in list filters and the page editor's
#   schedule dialog, InlinePanel), which render without the request and so
#   cannot carry the nonce;
# - <style> elements that Draftail (the rich-text editor) adds as it runs.
# Only the -elem directives are relaxed: inline event handlers (onclick="…")
# and style="" attributes fall back to script-src and style-src and stay
# refused, and nothing may load from another site. Browsers too old to know
# the -elem directives (none that Wagtail supports) keep the strict policy.
ADMIN_RELAXATIONS = {
    "script-src-elem": [SELF, UNSAFE_INLINE],
    "style-src-elem": [SELF, UNSAFE_INLINE],
}


@functools.cache
def admin_prefix() -> str:
    """The path under which Wagtail's admin is mounted (elearn/urls.py)."""
    return reverse("wagtailadmin_home")


class ContentSecurityPolicyMiddleware(CSPMiddleware):
    """django-csp's middleware, with a nonce on every page and a looser /cms/.

    The nonce is made up front rather than when a template first asks for it,
    so every page's policy has the same shape: a template that adds a nonced
    <script> later does not change what the header says, and a header without
    a nonce means the page came from somewhere else (a view's own policy).
    """

    def process_request(self, request: HttpRequest) -> None:
        super().process_request(request)
        str(request.csp_nonce)

    def get_policy_parts(
        self,
        request: HttpRequest,
        response: HttpResponseBase,
        report_only: bool = False,
    ) -> PolicyParts:
        parts = super().get_policy_parts(request, response, report_only)
        # A view's own csp_replace() wins over the admin's relaxations.
        if (
            not report_only
            and parts.replace is None
            and request.path_info.startswith(admin_prefix())
        ):
            parts.replace = ADMIN_RELAXATIONS
        return parts


def permissions_policy(features: dict[str, list[str]]) -> str:
    """The header value for ``{feature: allowlist}``; empty origins are dropped.

    ``[]`` turns a feature off everywhere, ``["self"]`` allows this site only,
    and an origin such as ``"https://h5p.example.org"`` allows a frame from it.

    :raises ImproperlyConfigured: for an allowlist entry with a quote or space.
    """
    clauses = []
    for feature, allowlist in features.items():
        members = []
        for member in allowlist:
            if not member:
                continue
            if any(char in member for char in '" ,()'):
                raise ImproperlyConfigured(
                    f"PERMISSIONS_POLICY[{feature!r}] has a malformed entry {member!r}"
                )
            members.append(member if member in ("self", "*") else f'"{member}"')
        clauses.append(f"{feature}=({' '.join(members)})")
    return ", ".join(clauses)


class PermissionsPolicyMiddleware:
    """Adds ``Permissions-Policy`` from ``settings.PERMISSIONS_POLICY``.

    The value is built once, at start-up; a response that already has the
    header (a view that wants less) keeps its own. Only documents get it: a
    script, stylesheet or font has no features to allow, and each of the
    dozens of files an H5P player loads on 2G would carry 330 bytes for nothing.
    """

    def __init__(self, get_response):
        self.get_response = get_response
        self.value = permissions_policy(getattr(settings, "PERMISSIONS_POLICY", {}))

    def __call__(self, request: HttpRequest) -> HttpResponseBase:
        response = self.get_response(request)
        document = response.get("Content-Type", "").startswith("text/html")
        if self.value and document and PERMISSIONS_POLICY_HEADER not in response:
            response[PERMISSIONS_POLICY_HEADER] = self.value
        return response

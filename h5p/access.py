"""Signed addresses for the sandboxed H5P player.

The player runs in a frame without the site's origin (``sandbox`` without
``allow-same-origin``), so its requests carry no session cookie: that is the
point, a package's scripts must not act as the learner. The lesson page, which
knows who is signed in and may load the activity, gives the frame an address
that carries the permission instead: the package, the learner and a day of
expiry, signed with the site's key.

The token stays the same for a whole day, so a browser's cache keeps the
content's files between visits; it is accepted until the end of the next day.
"""

import time

from django.utils.crypto import constant_time_compare, salted_hmac

_SALT = "elearn.h5p.player"
DAY = 24 * 60 * 60


def _signature(payload: str) -> str:
    return salted_hmac(_SALT, payload, algorithm="sha256").hexdigest()[:32]


def grant(*, package_id: int, user_id: int, now: float | None = None) -> str:
    """A token for ``user_id`` to play ``package_id``."""
    day = int((time.time() if now is None else now) // DAY)
    payload = f"{package_id}-{user_id}-{(day + 2) * DAY}"
    return f"{payload}-{_signature(payload)}"


def check(token: str, *, now: float | None = None) -> tuple[int, int] | None:
    """:returns: (package id, user id) if the token is genuine and current."""
    parts = token.split("-")
    if len(parts) != 4 or not all(
        part.isascii() and part.isdigit() for part in parts[:3]
    ):
        return None
    payload = "-".join(parts[:3])
    if not constant_time_compare(parts[3], _signature(payload)):
        return None
    if int(parts[2]) <= (time.time() if now is None else now):
        return None
    return int(parts[0]), int(parts[1])

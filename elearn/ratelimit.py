"""Fixed-window counters per client address (or any key), kept in the cache:
Redis in production, so every gunicorn worker shares them.

Used by the public certificate check and by learner sign-in; both live here,
in the project package, because ``centres`` may not import ``certificates``.
"""

from django.conf import settings
from django.core.cache import cache


def client_address(request) -> str:
    """The client's address; the proxy's X-Forwarded-For only when we sit behind
    one (otherwise anyone could send a new address with every request)."""
    if settings.USE_X_FORWARDED_FOR:
        forwarded = request.META.get("HTTP_X_FORWARDED_FOR", "")
        if forwarded:
            return forwarded.split(",")[-1].strip()
    return request.META.get("REMOTE_ADDR", "")


def _name(scope: str, key: str) -> str:
    return f"ratelimit:{scope}:{key}"


def add(*, scope: str, key: str, window: int, amount: int = 1) -> int:
    """Count ``amount`` against ``key``; return the count in the current window."""
    name = _name(scope, key)
    cache.add(name, 0, timeout=window)
    try:
        return cache.incr(name, amount)
    except ValueError:  # expired between add and incr
        cache.set(name, amount, timeout=window)
        return amount


def count(*, scope: str, key: str) -> int:
    """How many were counted against ``key`` in the current window."""
    return cache.get(_name(scope, key)) or 0


def take_back(*, scope: str, key: str, amount: int) -> None:
    """Uncount ``amount`` (never below zero), keeping the window's expiry."""
    name = _name(scope, key)
    if amount <= 0:
        return
    try:
        if cache.decr(name, amount) < 0:
            cache.delete(name)
    except ValueError:  # the window ended: nothing left to take back
        pass


def forget(*, scope: str, key: str) -> None:
    cache.delete(_name(scope, key))


def hit(*, scope: str, key: str, limit: int, window: int) -> bool:
    """Count one request; return False once ``limit`` is passed in ``window`` s."""
    return add(scope=scope, key=key, window=window) <= limit

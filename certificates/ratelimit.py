"""A fixed-window counter per client address, kept in the cache (Redis in
production, so every gunicorn worker shares it)."""

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


def hit(*, scope: str, key: str, limit: int, window: int) -> bool:
    """Count one request; return False once ``limit`` is passed in ``window`` s."""
    name = f"ratelimit:{scope}:{key}"
    cache.add(name, 0, timeout=window)
    try:
        count = cache.incr(name)
    except ValueError:  # expired between add and incr
        cache.set(name, 1, timeout=window)
        count = 1
    return count <= limit

"""Counting requests per identity (an address, an e-mail) in the shared cache, so that every
worker sees the same counts (Redis in production)."""

import hashlib

from django.core.cache import cache


class RateLimit:
    """At most `limit` hits per identity within `seconds` of the first one."""

    def __init__(self, name, limit, seconds):
        self.name, self.limit, self.seconds = name, limit, seconds

    def _key(self, identity):
        return f"ratelimit:{self.name}:{hashlib.sha256(identity.encode()).hexdigest()}"

    def exceeded(self, identity):
        return cache.get(self._key(identity), 0) >= self.limit

    def hit(self, identity):
        key = self._key(identity)
        cache.add(key, 0, self.seconds)  # the window starts with the first hit
        try:
            cache.incr(key)
        except ValueError:  # expired in between
            cache.set(key, 1, self.seconds)

import subprocess
import sys
import uuid

from django.conf import settings as django_settings
from django.core.cache import caches

import pytest


@pytest.fixture
def shared_cache(settings):
    """The cache in Redis (db 15, under a prefix of its own), as gunicorn's workers share it
    in production; gives a function that runs a statement in another process (another worker)
    on the same cache, after Django's setup."""
    shared = {
        "BACKEND": "core.cache_backends.SharedRedisCache",  # as in production
        "LOCATION": "redis://127.0.0.1:6379/15",
        "KEY_PREFIX": f"test-{uuid.uuid4().hex[:8]}",
    }
    settings.CACHES = {"default": shared}  # Django's test signal reconnects the cache
    assert type(caches["default"]).__name__ == "SharedRedisCache"

    def in_another_worker(statement):
        code = (
            "import django; from django.conf import settings; "
            f"settings.configure(CACHES={{'default': {shared!r}}}); django.setup(); {statement}"
        )
        subprocess.run(
            [sys.executable, "-c", code], check=True, cwd=django_settings.BASE_DIR, timeout=60
        )

    yield in_another_worker
    caches["default"].clear()
    settings.CACHES = django_settings.CACHES

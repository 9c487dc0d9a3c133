import tempfile

from .base import *  # noqa: F403

DEBUG = False
SECRET_KEY = "test-only-key-used-by-the-test-suite-and-nothing-else"
ALLOWED_HOSTS = ["*"]
# Each test runs inside a transaction on an in-memory database: begun IMMEDIATE, it would hold the
# write lock that the backup tests' sqlite3 online backup of that database waits for, for ever.
# (The browser tests, on a file their live server's threads share, begin IMMEDIATE again.)
DATABASES["default"].get("OPTIONS", {}).pop("transaction_mode", None)  # noqa: F405
PASSWORD_HASHERS = ["django.contrib.auth.hashers.MD5PasswordHasher"]
EMAIL_BACKEND = "django.core.mail.backends.locmem.EmailBackend"
CACHES = {"default": {"BACKEND": "django.core.cache.backends.locmem.LocMemCache"}}
# Tests build pages with factories (no publish signal): the page cache is tested on its own,
# in tests/core/test_pagecache.py, and in production settings by deploy/check.sh.
PAGE_CACHE_SECONDS = 0
TASKS = {"default": {"BACKEND": "django_tasks.backends.immediate.ImmediateBackend"}}
MEDIA_ROOT = tempfile.mkdtemp(prefix="hubess05-test-media-")
STORAGES = {
    "default": {"BACKEND": "django.core.files.storage.FileSystemStorage"},
    "staticfiles": {"BACKEND": "django.contrib.staticfiles.storage.StaticFilesStorage"},
}
WAGTAILADMIN_BASE_URL = "http://testserver"
STATIC_ROOT = tempfile.mkdtemp(prefix="hubess05-test-static-")
# No network in tests: maps draw their markers without tiles.
MAP_TILE_URL = ""
FETCH_ALLOW_PRIVATE_ADDRESSES = True  # core.fetch tests serve on 127.0.0.1

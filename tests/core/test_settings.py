"""Settings read the environment, and production refuses to run unsafely."""

import os
import subprocess
import sys

from django.conf import settings

import pytest

# Variables the test process may carry (the browser tests set the async one) that a real
# deployment would not have.
NOT_INHERITED = {"DATABASE_URL", "REDIS_URL", "DJANGO_SETTINGS_MODULE", "DJANGO_ALLOW_ASYNC_UNSAFE"}


def clean_environ():
    return {k: v for k, v in os.environ.items() if k not in NOT_INHERITED}


def run_settings(module, env, code):
    """Import a settings module in a fresh interpreter with `env`, and run `code` on it."""
    return subprocess.run(
        [sys.executable, "-c", f"import {module} as s; {code}"],
        env={**clean_environ(), **env},
        cwd=settings.BASE_DIR,
        capture_output=True,
        text=True,
        check=False,
    )


def test_production_refuses_to_start_without_a_secret_key():
    result = run_settings("config.settings.production", {"SECRET_KEY": ""}, "pass")
    assert result.returncode != 0
    assert "SECRET_KEY" in result.stderr


def test_database_url_selects_postgresql_and_the_default_is_sqlite():
    pg = run_settings(
        "config.settings.base",
        {"DATABASE_URL": "postgres://hub@db.example:5432/hub"},
        "print(s.DATABASES['default']['ENGINE'], s.DATABASES['default']['NAME'],"
        " s.WAGTAILSEARCH_BACKENDS['default'].get('SEARCH_CONFIG'))",
    )
    assert pg.stdout.split() == ["django.db.backends.postgresql", "hub", "french"]
    default = run_settings("config.settings.base", {}, "print(s.DATABASES['default']['ENGINE'])")
    assert default.stdout.strip() == "django.db.backends.sqlite3"


def test_redis_url_selects_the_redis_cache():
    result = run_settings(
        "config.settings.base",
        {"REDIS_URL": "redis://127.0.0.1:6379/3"},
        "print(s.CACHES['default']['BACKEND'], s.CACHES['default']['LOCATION'])",
    )
    assert result.stdout.split() == [
        "core.cache_backends.SharedRedisCache",  # Django's, one client per pool
        "redis://127.0.0.1:6379/3",
    ]


def test_production_settings_pass_the_deployment_checklist():
    env = {
        "DJANGO_SETTINGS_MODULE": "config.settings.production",
        "SECRET_KEY": "k" * 20 + "a-long-random-production-key-0123456789-xyz",
        "ALLOWED_HOSTS": "hub.example.org",
    }
    result = subprocess.run(
        [sys.executable, "manage.py", "check", "--deploy", "--fail-level", "WARNING"],
        env={**clean_environ(), **env},
        cwd=settings.BASE_DIR,
        capture_output=True,
        text=True,
        check=False,
    )
    assert result.returncode == 0, result.stderr
    assert "no issues" in result.stdout


@pytest.mark.parametrize(
    ("name", "expected"),
    [
        ("SESSION_COOKIE_SECURE", "True"),
        ("CSRF_COOKIE_SECURE", "True"),
        ("DEBUG", "False"),
        (
            "STORAGES['staticfiles']['BACKEND']",
            "whitenoise.storage.CompressedManifestStaticFilesStorage",
        ),
    ],
)
def test_production_hardening(name, expected):
    result = run_settings(
        "config.settings.production", {"SECRET_KEY": "x" * 60}, f"print(s.{name})"
    )
    assert result.stdout.strip() == expected


def test_production_task_backend_is_importable():
    from django.utils.module_loading import import_string

    assert import_string("django_tasks_db.backend.DatabaseBackend")


def test_production_workers_keep_their_database_connection():
    code = "d = s.DATABASES['default']; print(d['CONN_MAX_AGE'], d['CONN_HEALTH_CHECKS'])"
    secret = {"SECRET_KEY": "k" * 50}
    kept = run_settings("config.settings.production", secret, code)
    assert kept.stdout.split() == ["60", "True"], kept.stderr
    each = run_settings("config.settings.production", {**secret, "CONN_MAX_AGE": "0"}, code)
    assert each.stdout.split() == ["0", "True"]


def read_then_write_while_another_thread_writes():
    """On the SQLite file of DATABASE_URL, in a fresh interpreter: a transaction reads, another
    thread writes meanwhile, then the transaction writes (Wagtail's editor saving a page while
    its autosave or editing-session ping writes). Prints what was written, in order."""
    import threading
    import time

    import django

    django.setup()
    from django.db import connection, transaction

    with connection.cursor() as cursor:
        cursor.execute("PRAGMA journal_mode=WAL")
        cursor.execute("CREATE TABLE written (n integer)")
    began = threading.Event()

    def other_writer():
        began.wait()
        with connection.cursor() as cursor:  # this thread's own connection
            cursor.execute("INSERT INTO written VALUES (2)")
        connection.close()

    thread = threading.Thread(target=other_writer)
    thread.start()
    with transaction.atomic(), connection.cursor() as cursor:
        cursor.execute("SELECT count(*) FROM written")
        began.set()
        time.sleep(0.3)  # the other thread writes now, or waits for this transaction
        cursor.execute("INSERT INTO written VALUES (1)")
    thread.join()
    with connection.cursor() as cursor:
        cursor.execute("SELECT n FROM written ORDER BY rowid")
        print([n for (n,) in cursor.fetchall()])


def test_on_sqlite_a_write_waits_for_another_threads_transaction_instead_of_failing(tmp_path):
    """A deferred transaction that read before another thread wrote fails at once on writing
    ("database is locked", the busy timeout does not apply); the settings begin transactions
    IMMEDIATE, so the other writer waits and both writes land."""
    result = subprocess.run(
        [
            sys.executable,
            "-c",
            "from tests.core.test_settings import read_then_write_while_another_thread_writes"
            " as run; run()",
        ],
        env={
            **clean_environ(),
            "DJANGO_SETTINGS_MODULE": "config.settings.base",
            "DATABASE_URL": f"sqlite:///{tmp_path / 'db.sqlite3'}",
        },
        cwd=settings.BASE_DIR,
        capture_output=True,
        text=True,
        check=False,
    )
    assert result.returncode == 0, result.stderr[-2000:]
    assert result.stdout.strip() == "[1, 2]"

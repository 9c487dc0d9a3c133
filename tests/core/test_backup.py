"""manage.py backup / restore (core/backup.py).

The round trips run the commands in subprocesses against real databases, as a volunteer would:
a temporary SQLite file, and a scratch PostgreSQL database (whatever the test database is); what
the databases hold before and after is read, and damaged, with plain SQL. The refusals run
in-process against the test database and check that nothing was touched.
"""

import hashlib
import io
import json
import os
import re
import shutil
import sqlite3
import subprocess
import sys
import tarfile
from collections.abc import Callable
from contextlib import closing, suppress
from dataclasses import dataclass, replace
from datetime import datetime
from pathlib import Path
from urllib.parse import urlsplit

from django.apps import apps
from django.conf import settings
from django.core.management import call_command
from django.core.management.base import CommandError
from django.db import connection

import psycopg
import pytest

from core import backup
from tests.conftest import migrated_template

PROJECT = Path(settings.BASE_DIR)

# The test settings make a fresh MEDIA_ROOT per process: the subprocesses must share one.
SETTINGS_MODULE = """\
import os

from config.settings.test import *  # noqa: F403

MEDIA_ROOT = os.environ["MEDIA_ROOT"]
"""

SEED = """
import wagtail_factories
from wagtail.models import Page

from tests.factories import (
    AgendaPageFactory,
    DirectoryPageFactory,
    EventPageFactory,
    OrganisationPageFactory,
)
from tests.press.factories import PressContactFactory

root = Page.get_first_root_node()
agenda = AgendaPageFactory(parent=root)
directory = DirectoryPageFactory(parent=root)
EventPageFactory.create_batch(3, parent=agenda)
OrganisationPageFactory.create_batch(2, parent=directory)
PressContactFactory.create_batch(4)
wagtail_factories.ImageFactory(title="Logo")
"""


def _table(label):
    return apps.get_model(label)._meta.db_table


# What a site holds, read straight from its database with SQL (any DB-API cursor): the key
# tables' counts as the manifest gives them, and the rows a volunteer would miss by name.
NAMED = {
    "events": (
        "SELECT p.title FROM {agenda.EventPage} e JOIN {wagtailcore.Page} p ON p.id = e.page_ptr_id"
    ),
    "organisations": (
        "SELECT p.title FROM {directory.OrganisationPage} o"
        " JOIN {wagtailcore.Page} p ON p.id = o.page_ptr_id"
    ),
    "press_contacts": "SELECT email FROM {press.PressContact}",
    "images": "SELECT file FROM {wagtailimages.Image}",
}


def _sql(template):
    """`template` with each {app.Model} replaced by the model's table."""
    return re.sub(r"\{(\w+\.\w+)\}", lambda m: f'"{_table(m[1])}"', template)


def read_state(cursor):
    state = {"counts": backup.count_rows(cursor)}
    for name, query in NAMED.items():
        cursor.execute(_sql(query))
        state[name] = sorted(str(value) for (value,) in cursor.fetchall())
    return state


@dataclass
class Site:
    """The project run in subprocesses on its own database and MEDIA_ROOT."""

    database_url: str
    media: Path
    backups: Path
    settings_dir: Path
    recreate: Callable[[], None] | None = None  # PostgreSQL: DROP and CREATE the database

    @property
    def env(self):
        return {
            **os.environ,
            "DATABASE_URL": self.database_url,
            "MEDIA_ROOT": str(self.media),
            "DJANGO_SETTINGS_MODULE": "hub_backup_settings",
            "PYTHONPATH": os.pathsep.join([str(self.settings_dir), str(PROJECT)]),
        }

    def manage(self, *args, check=True):
        result = subprocess.run(
            [sys.executable, "manage.py", *map(str, args)],
            cwd=PROJECT,
            env=self.env,
            capture_output=True,
            text=True,
            timeout=600,
        )
        if check:
            assert result.returncode == 0, result.stdout + result.stderr
        return result

    def python(self, code):
        result = subprocess.run(
            [sys.executable, "-c", f"import django\ndjango.setup()\n{code}"],
            cwd=PROJECT,
            env=self.env,
            capture_output=True,
            text=True,
            timeout=600,
        )
        assert result.returncode == 0, result.stdout + result.stderr
        return result.stdout

    def connect(self):
        """A DB-API connection to the site's database, straight, without Django."""
        url = urlsplit(self.database_url)
        if url.scheme == "sqlite":
            return closing(sqlite3.connect(url.path))
        return psycopg.connect(self.database_url)

    def state(self):
        with self.connect() as db:
            return read_state(db.cursor())

    def backup(self):
        result = self.manage("backup", "--output-dir", self.backups)
        return Path(result.stdout.splitlines()[0])


def files_of(root):
    """{relative path: sha256} of every file under `root`."""
    return {
        str(path.relative_to(root)): hashlib.sha256(path.read_bytes()).hexdigest()
        for path in sorted(Path(root).rglob("*"))
        if path.is_file()
    }


def settings_dir(base):
    base.mkdir(parents=True, exist_ok=True)
    (base / "hub_backup_settings.py").write_text(SETTINGS_MODULE)
    return base


# --- SQLite round trip ----------------------------------------------------------------------


@pytest.fixture(scope="module")
def sqlite_template(tmp_path_factory, migrated_sqlite):
    """A migrated SQLite file with a few rows and an image; made once (migrating takes long:
    a copy of the test databases' migrated file when there is one)."""
    base = tmp_path_factory.mktemp("sqlite-template")
    site = Site(
        database_url=f"sqlite:///{base / 'db.sqlite3'}",
        media=base / "media",
        backups=base / "backups",
        settings_dir=settings_dir(base / "settings"),
    )
    if migrated_sqlite:
        shutil.copy(migrated_sqlite, base / "db.sqlite3")
    else:
        site.manage("migrate", "--verbosity=0")
    site.python(SEED)
    return base


@pytest.fixture
def sqlite_site(sqlite_template, tmp_path):
    shutil.copy(sqlite_template / "db.sqlite3", tmp_path / "db.sqlite3")
    shutil.copytree(sqlite_template / "media", tmp_path / "media")
    return Site(
        database_url=f"sqlite:///{tmp_path / 'db.sqlite3'}",
        media=tmp_path / "media",
        backups=tmp_path / "backups",
        settings_dir=settings_dir(tmp_path / "settings"),
    )


def damage_media(site):
    """Delete a media file and add a stray one."""
    for path in list(site.media.rglob("*.*"))[:1]:
        path.unlink()
    (site.media / "stray.txt").write_text("uploaded after the backup")


def damage(site):
    """Delete rows (SQLite: the connection does not enforce foreign keys) and damage the media."""
    with site.connect() as db:
        for label in ("press.PressContact", "wagtailimages.Image"):
            db.execute(f'DELETE FROM "{_table(label)}"')
        db.execute(
            _sql(
                "DELETE FROM {agenda.EventPage} WHERE page_ptr_id IN"
                " (SELECT MIN(page_ptr_id) FROM {agenda.EventPage})"
            )
        )
        db.commit()
    damage_media(site)


def test_sqlite_round_trip_brings_back_the_rows_and_the_media(sqlite_site):
    before, media_before = sqlite_site.state(), files_of(sqlite_site.media)
    assert before["counts"]["events"] == 3 and before["counts"]["press_contacts"] == 4
    assert any(name.startswith("original_images/") for name in media_before)

    archive = sqlite_site.backup()
    assert archive.parent == sqlite_site.backups
    assert archive.stat().st_mode & 0o077 == 0  # personal data: owner only
    damage(sqlite_site)
    assert sqlite_site.state() != before
    assert files_of(sqlite_site.media) != media_before

    refused = sqlite_site.manage("restore", archive, check=False)
    assert refused.returncode != 0
    assert "--yes" in refused.stderr and "Traceback" not in refused.stderr
    assert sqlite_site.state() != before  # still damaged: nothing was restored

    restored = sqlite_site.manage("restore", archive, "--yes")
    assert "press_contacts" in restored.stdout and "differs" not in restored.stdout
    assert sqlite_site.state() == before
    assert files_of(sqlite_site.media) == media_before


def test_restore_exits_non_zero_when_the_counts_differ_from_the_manifest(sqlite_site, tmp_path):
    archive = sqlite_site.backup()
    forged = tmp_path / "forged.tar.gz"
    with tarfile.open(archive) as source, tarfile.open(forged, "w:gz") as target:
        for member in source.getmembers():
            data = source.extractfile(member) if member.isfile() else None
            if member.name == backup.MANIFEST:
                manifest = json.load(data)
                manifest["counts"]["press_contacts"] += 1
                content = json.dumps(manifest).encode()
                member.size, data = len(content), io.BytesIO(content)
            target.addfile(member, data)

    result = sqlite_site.manage("restore", forged, "--yes", check=False)

    assert result.returncode != 0
    assert "press_contacts" in result.stderr and "Traceback" not in result.stderr


def test_a_garbage_file_is_refused_with_a_message_not_a_traceback(sqlite_site, tmp_path):
    garbage = tmp_path / "hub-backup-20250101-000000.tar.gz"
    garbage.write_bytes(b"not an archive at all")
    result = sqlite_site.manage("restore", garbage, "--yes", check=False)
    assert result.returncode != 0
    assert "is not a backup archive" in result.stderr and "Traceback" not in result.stderr


# --- PostgreSQL round trip ------------------------------------------------------------------


def postgres_server():
    """(host, port, user, password) of the test database's server when it is PostgreSQL, else
    the local one CI starts."""
    if connection.vendor == "postgresql":
        params = connection.settings_dict
        return (
            params["HOST"] or "127.0.0.1",
            str(params["PORT"] or 5432),
            params["USER"] or "postgres",
            params["PASSWORD"] or "",
        )
    return "127.0.0.1", "5432", "postgres", ""


# Held while a session builds or copies the migrated template (any 64-bit key of our own).
TEMPLATE_LOCK = 0x6875625F6261636B


def create_migrated(site, name, server):
    """Create the database `name` as a copy of a migrated one kept on the server between runs,
    named by what it was migrated from (tests/conftest.py MIGRATED_FROM, as for SQLite):
    migrating takes 15 s, copying well under one. The first session migrates while the others
    wait for it; nobody else connects to the template, which CREATE DATABASE ... TEMPLATE needs."""
    host, port, user, password = server
    template = "hub_backup_" + migrated_template(PROJECT).stem.replace("-", "_")
    with psycopg.connect(
        host=host,
        port=port,
        user=user,
        password=password or None,
        dbname="postgres",
        autocommit=True,
        connect_timeout=60,
        options="-c lock_timeout=600s",
    ) as admin:
        admin.execute("SELECT pg_advisory_lock(%s)", [TEMPLATE_LOCK])  # released on closing
        exists = "SELECT 1 FROM pg_database WHERE datname = %s"
        if not admin.execute(exists, [template]).fetchone():
            # Migrated under another name, renamed once complete: an interrupted run leaves no
            # half-migrated template behind, only a build the next one drops.
            build = f"{template}_build"
            admin.execute(f"DROP DATABASE IF EXISTS {build} WITH (FORCE)")
            admin.execute(f"CREATE DATABASE {build}")
            replace(site, database_url=site.database_url.rsplit("/", 1)[0] + "/" + build).manage(
                "migrate", "--verbosity=0"
            )
            admin.execute(f"ALTER DATABASE {build} RENAME TO {template}")
            # Templates migrated from older files serve no more: best effort, not to pile up.
            stale = admin.execute(
                "SELECT datname FROM pg_database"
                " WHERE starts_with(datname, 'hub_backup_migrated_') AND datname <> %s",
                [template],
            ).fetchall()
            for (old,) in stale:
                with suppress(psycopg.Error):
                    admin.execute(f"DROP DATABASE {old}")
        admin.execute(f"DROP DATABASE IF EXISTS {name} WITH (FORCE)")
        admin.execute(f"CREATE DATABASE {name} TEMPLATE {template}")


@pytest.fixture(scope="module")
def postgres_site(tmp_path_factory):
    server = host, port, user, password = postgres_server()
    answers = shutil.which("pg_isready") and (
        subprocess.run(["pg_isready", "-q", "-h", host, "-p", port], timeout=30).returncode == 0
    )
    if not answers:
        message = f"no PostgreSQL answers on {host}:{port} (pg_isready); CI must provide one"
        if os.environ.get("CI"):
            pytest.fail(message)
        pytest.skip(message)
    env = {**os.environ, "PGPASSWORD": password} if password else None
    name = f"hub_backup_test_{os.getpid()}"

    def psql(*sql):
        command = ["psql", "-h", host, "-p", port, "-U", user, "-d", "postgres", "-q"]
        for statement in sql:
            command += ["-c", statement]
        subprocess.run(command, env=env, check=True, capture_output=True, timeout=60)

    base = tmp_path_factory.mktemp("postgres")
    credentials = f"{user}:{password}" if password else user
    site = Site(
        database_url=f"postgres://{credentials}@{host}:{port}/{name}",
        media=base / "media",
        backups=base / "backups",
        settings_dir=settings_dir(base / "settings"),
    )
    site.recreate = lambda: psql(f"DROP DATABASE {name} WITH (FORCE)", f"CREATE DATABASE {name}")
    create_migrated(site, name, server)
    site.python(SEED)
    yield site
    psql(f"DROP DATABASE IF EXISTS {name} WITH (FORCE)")


def test_postgresql_round_trip_into_a_recreated_database(postgres_site):
    site = postgres_site
    before, media_before = site.state(), files_of(site.media)
    assert before["counts"]["events"] == 3 and before["counts"]["images"] == 1

    archive = site.backup()
    with tarfile.open(archive) as tar:
        manifest = json.load(tar.extractfile(backup.MANIFEST))
        assert "database.pgdump" in tar.getnames()
    assert manifest["engine"] == "postgresql"
    assert manifest["counts"] == before["counts"]

    damage_media(site)
    site.recreate()  # DROP and CREATE: an empty database, as after losing the server

    restored = site.manage("restore", archive, "--yes")
    assert "differs" not in restored.stdout
    assert site.state() == before
    assert files_of(site.media) == media_before


# --- in-process: the manifest, --keep and every refusal -------------------------------------


@pytest.fixture
def media(settings, tmp_path):
    settings.MEDIA_ROOT = str(tmp_path / "media")
    (tmp_path / "media" / "documents").mkdir(parents=True)
    (tmp_path / "media" / "documents" / "statuts.pdf").write_bytes(b"%PDF-1.4 statuts")
    return tmp_path / "media"


def test_the_archive_holds_a_manifest_the_database_and_the_media(db, media, tmp_path):
    archive = backup.create_backup(tmp_path / "backups")

    assert backup.ARCHIVE_NAME.match(archive.name)
    with tarfile.open(archive) as tar:
        names = set(tar.getnames())
        manifest = json.load(tar.extractfile(backup.MANIFEST))
    assert {backup.MANIFEST, manifest["database"], "media/documents/statuts.pdf"} <= names
    assert manifest["engine"] == connection.vendor
    assert manifest["media_files"] == 1
    assert {"pages", "events", "organisations", "press_contacts"} <= set(manifest["counts"])
    assert all(isinstance(count, int) for count in manifest["counts"].values())
    assert manifest["django"] and manifest["wagtail"] and manifest["created_at"]


def test_backups_are_refused_inside_the_public_media_root(db, media):
    with pytest.raises(CommandError, match="MEDIA_ROOT"):
        call_command("backup", output_dir=str(media / "backups"))
    assert not (media / "backups").exists()


def archive_names(directory):
    return sorted(path.name for path in directory.iterdir())


def test_keep_prunes_the_oldest_archives_and_nothing_else(tmp_path):
    for day in ("20250101", "20250301", "20250201"):
        (tmp_path / f"hub-backup-{day}-030000.tar.gz").touch()
    (tmp_path / "notes.txt").touch()

    removed = backup.prune_backups(tmp_path, keep=2)

    assert [path.name for path in removed] == ["hub-backup-20250101-030000.tar.gz"]
    assert archive_names(tmp_path) == [
        "hub-backup-20250201-030000.tar.gz",
        "hub-backup-20250301-030000.tar.gz",
        "notes.txt",
    ]


def test_backup_keep_leaves_the_new_archive_and_the_newest_older_ones(db, media, tmp_path):
    backups = tmp_path / "backups"
    backups.mkdir()
    for day in ("20250101", "20250102", "20250103"):
        (backups / f"hub-backup-{day}-030000.tar.gz").touch()
    out = io.StringIO()

    call_command("backup", output_dir=str(backups), keep=2, stdout=out)

    new = Path(out.getvalue().splitlines()[0])
    assert archive_names(backups) == ["hub-backup-20250103-030000.tar.gz", new.name]
    assert "hub-backup-20250102-030000.tar.gz" in out.getvalue()  # said what it removed


def test_keep_zero_is_refused_before_writing_anything(db, media, tmp_path):
    with pytest.raises(CommandError, match="--keep"):
        call_command("backup", output_dir=str(tmp_path / "backups"), keep=0)
    assert not (tmp_path / "backups").exists()


def manifest_bytes(**changes):
    manifest = {
        "format": 1,
        "engine": connection.vendor,
        "database": backup.DATABASE_FILES[connection.vendor],
        "counts": {"pages": 1},
        "media_files": 0,
        "created_at": datetime(2025, 1, 1).isoformat(),
    }
    return json.dumps({**manifest, **changes}).encode()


def make_archive(path, members):
    """A .tar.gz of `members`: {name: bytes, or ("symlink", target)}."""
    with tarfile.open(path, "w:gz") as tar:
        for name, content in members.items():
            info = tarfile.TarInfo(name)
            if isinstance(content, tuple):
                info.type, info.linkname = tarfile.SYMTYPE, content[1]
                tar.addfile(info)
            else:
                info.size = len(content)
                tar.addfile(info, io.BytesIO(content))
    return path


def valid_members(**extra):
    return {
        backup.MANIFEST: manifest_bytes(),
        backup.DATABASE_FILES[connection.vendor]: b"not really a database",
        "media/documents/statuts.pdf": b"%PDF-1.4 from the archive",
        **extra,
    }


def bad_archive(kind, tmp_path):
    path = tmp_path / "hub-backup-20250101-000000.tar.gz"
    if kind == "missing":
        return path
    if kind == "garbage":
        path.write_bytes(b"\x1f\x8b garbage, not a tar")
        return path
    if kind == "truncated":
        make_archive(path, valid_members(**{"media/big.bin": os.urandom(200_000)}))
        path.write_bytes(path.read_bytes()[:150_000])
        return path
    members = valid_members()
    if kind == "no manifest":
        del members[backup.MANIFEST]
    elif kind == "wrong engine":
        other = "postgresql" if connection.vendor == "sqlite" else "sqlite"
        members[backup.MANIFEST] = manifest_bytes(engine=other)
    elif kind == "dot-dot":
        members["../evil.txt"] = b"escaped"
    elif kind == "dot-dot in media":
        members["media/../../evil.txt"] = b"escaped"
    elif kind == "absolute":
        members[str(tmp_path / "evil.txt")] = b"escaped"
    elif kind == "symlink out":
        members["media/passwd"] = ("symlink", "/etc/passwd")
    elif kind == "unexpected":
        members["run-me.sh"] = b"#!/bin/sh"
    return make_archive(path, members)


REFUSALS = {
    "missing": "no such file",
    "garbage": "not a backup archive",
    "truncated": "damaged or truncated",
    "no manifest": "no manifest.json",
    "wrong engine": "this site runs on",
    "dot-dot": "unsafe path",
    "dot-dot in media": "unsafe path",
    "absolute": "unsafe path",
    "symlink out": "unsafe member",
    "unexpected": "unexpected member",
}


def snapshot(media):
    with connection.cursor() as cursor:
        return backup.count_rows(cursor), files_of(media)


@pytest.mark.parametrize("kind", REFUSALS)
def test_a_bad_archive_is_refused_and_touches_nothing(kind, db, media, tmp_path):
    archive = bad_archive(kind, tmp_path)
    before = snapshot(media)

    with pytest.raises(CommandError, match=REFUSALS[kind]):
        call_command("restore", str(archive), yes=True)

    assert snapshot(media) == before
    assert not list(tmp_path.rglob("evil.txt"))
    assert not list(tmp_path.glob(".hub-restore-*"))


def test_restore_without_yes_says_what_it_would_replace_and_does_nothing(db, media, tmp_path):
    archive = make_archive(tmp_path / "hub-backup-20250101-000000.tar.gz", valid_members())
    before = snapshot(media)

    with pytest.raises(CommandError, match="--yes") as refusal:
        call_command("restore", str(archive), stdout=io.StringIO())

    assert str(media) in str(refusal.value) and "Nothing was restored" in str(refusal.value)
    assert snapshot(media) == before


def test_an_archive_inside_media_root_is_refused(db, media):
    archive = make_archive(media / "hub-backup-20250101-000000.tar.gz", valid_members())
    before = snapshot(media)

    with pytest.raises(CommandError, match="inside MEDIA_ROOT"):
        call_command("restore", str(archive), yes=True)

    assert snapshot(media) == before


def test_a_damaged_database_dump_is_refused_before_anything_is_replaced(db, media, tmp_path):
    archive = make_archive(tmp_path / "hub-backup-20250101-000000.tar.gz", valid_members())
    before = snapshot(media)

    with pytest.raises(CommandError):
        call_command("restore", str(archive), yes=True)

    assert snapshot(media) == before
    assert not list(tmp_path.glob(".hub-restore-*"))

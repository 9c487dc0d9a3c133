"""Backups a volunteer can trust: one dated archive holding the database and the whole
MEDIA_ROOT, and a restore that checks what it brought back.

``create_backup(output_dir) -> Path`` writes ``hub-backup-YYYYMMDD-HHMMSS.tar.gz``:

- ``manifest.json``: when, which engine, the Django and Wagtail versions, the number of rows of a
  few key tables (``KEY_MODELS``) and of media files, all taken from the very state that was
  dumped;
- ``database.pgdump`` (PostgreSQL: ``pg_dump --format=custom --no-owner --no-acl``, run on the
  snapshot the counts were read from) or ``database.sqlite3`` (SQLite: a consistent copy made
  with sqlite3's online backup API while the site runs);
- ``media/``: MEDIA_ROOT.

``restore_backup(archive) -> RestoreResult`` checks everything it can before touching anything
(readable archive, safe member names, a manifest, the same engine as this site, a readable
database dump), then restores the database (``pg_restore --clean --if-exists --no-owner --no-acl
--single-transaction``, or the online backup API into the SQLite file), replaces MEDIA_ROOT and
counts again. Problems raise ``BackupError`` with a sentence a volunteer can act on.

The archives hold personal data (press contacts, password hashes): they are written readable by
their owner only, and never inside MEDIA_ROOT, which the web server publishes.

Key tables are named by label (``apps.get_model``): core sits below the other apps and imports
none of them.
"""

import io
import json
import os
import re
import shutil
import sqlite3
import subprocess
import tarfile
import tempfile
import zlib
from contextlib import closing
from dataclasses import dataclass
from pathlib import Path, PurePosixPath

import django
from django.apps import apps
from django.conf import settings
from django.db import DEFAULT_DB_ALIAS, DatabaseError, connections, transaction
from django.utils import timezone

import wagtail

MANIFEST = "manifest.json"
MEDIA = "media"
FORMAT = 1
DATABASE_FILES = {"postgresql": "database.pgdump", "sqlite": "database.sqlite3"}
ARCHIVE_NAME = re.compile(r"^hub-backup-\d{8}-\d{6}\.tar\.gz$")
KEY_MODELS = {
    "pages": "wagtailcore.Page",
    "events": "agenda.EventPage",
    "organisations": "directory.OrganisationPage",
    "press_contacts": "press.PressContact",
    "images": "wagtailimages.Image",
    "documents": "wagtaildocs.Document",
    "users": settings.AUTH_USER_MODEL,
}


class BackupError(Exception):
    """A backup or restore that cannot go on; the message says why and what to do."""


@dataclass
class RestoreResult:
    manifest: dict
    counts: dict
    media_files: int

    def report(self):
        """[(what, in the archive, restored)] for every count the manifest holds."""
        rows = [
            (name, expected, self.counts.get(name))
            for name, expected in self.manifest["counts"].items()
        ]
        rows.append(("media_files", self.manifest.get("media_files"), self.media_files))
        return rows

    def differences(self):
        return [row for row in self.report() if row[1] != row[2]]


def default_backup_dir():
    """BACKUP_DIR (setting or environment variable), else ``backups/`` in the project."""
    configured = getattr(settings, "BACKUP_DIR", None) or os.environ.get("BACKUP_DIR")
    return Path(configured) if configured else Path(settings.BASE_DIR) / "backups"


def database_engine(using=DEFAULT_DB_ALIAS):
    """'sqlite' or 'postgresql'; any other engine cannot be backed up by this module."""
    vendor = connections[using].vendor
    if vendor not in DATABASE_FILES:
        raise BackupError(f"Backups support SQLite and PostgreSQL, not {vendor}.")
    return vendor


def describe_database(using=DEFAULT_DB_ALIAS):
    """The configured database in words, for the volunteer about to replace it."""
    settings_dict = connections[using].settings_dict
    if connections[using].vendor == "postgresql":
        host = settings_dict.get("HOST") or "localhost"
        port = settings_dict.get("PORT") or 5432
        return f"PostgreSQL database {settings_dict['NAME']!r} on {host}:{port}"
    return f"SQLite database {settings_dict['NAME']}"


def media_root():
    return Path(settings.MEDIA_ROOT).resolve()


def key_tables():
    """{name: database table} of KEY_MODELS that are installed."""
    tables = {}
    for name, label in KEY_MODELS.items():
        try:
            tables[name] = apps.get_model(label)._meta.db_table
        except LookupError:
            continue
    return tables


def count_rows(cursor):
    """{name: row count} of the key tables through any DB-API cursor (None: no such table)."""
    counts = {}
    for name, table in key_tables().items():
        try:
            cursor.execute(f'SELECT COUNT(*) FROM "{table}"')
        except (sqlite3.Error, DatabaseError):
            counts[name] = None
        else:
            counts[name] = cursor.fetchone()[0]
    return counts


def count_files(root):
    root = Path(root)
    if not root.is_dir():
        return 0
    return sum(len(files) for _dirpath, _dirnames, files in os.walk(root))


def _inside(path, directory):
    return Path(path).resolve().is_relative_to(Path(directory).resolve())


# --- backup ---------------------------------------------------------------------------------


def create_backup(output_dir=None, *, now=None, using=DEFAULT_DB_ALIAS):
    """Write one archive of the database and MEDIA_ROOT into `output_dir`; its path."""
    engine = database_engine(using)
    output_dir = Path(output_dir or default_backup_dir()).resolve()
    if _inside(output_dir, media_root()):
        raise BackupError(
            f"{output_dir} is inside MEDIA_ROOT ({media_root()}), which the web server publishes:"
            " choose another directory for the backups."
        )
    now = timezone.localtime(now or timezone.now())
    archive = output_dir / f"hub-backup-{now:%Y%m%d-%H%M%S}.tar.gz"
    try:
        return _write_backup(engine, output_dir, archive, now, connections[using])
    except (OSError, sqlite3.Error) as exc:  # not writable, disk full, a media file vanishing
        raise BackupError(f"The backup could not be written into {output_dir}: {exc}") from exc


def _write_backup(engine, output_dir, archive, now, connection):
    output_dir.mkdir(mode=0o700, parents=True, exist_ok=True)
    if archive.exists():
        raise BackupError(f"{archive} already exists; try again in a second.")
    partial = archive.with_name(f".{archive.name}.partial")
    try:
        with tempfile.TemporaryDirectory(prefix=".hub-backup-", dir=output_dir) as workdir:
            dump = Path(workdir) / DATABASE_FILES[engine]
            if engine == "postgresql":
                counts = _dump_postgresql(dump, connection)
            else:
                counts = _dump_sqlite(dump, connection)
            manifest = {
                "format": FORMAT,
                "created_at": now.isoformat(),
                "engine": engine,
                "database": dump.name,
                "django": django.get_version(),
                "wagtail": wagtail.__version__,
                "counts": counts,
                "media_files": count_files(media_root()),
            }
            _write_archive(partial, manifest, dump)
        partial.rename(archive)
    finally:
        partial.unlink(missing_ok=True)
    return archive


def _write_archive(path, manifest, dump):
    mtime = int(timezone.now().timestamp())
    # Readable by its owner only: the archive holds personal data and password hashes.
    descriptor = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
    with os.fdopen(descriptor, "wb") as file, tarfile.open(fileobj=file, mode="w:gz") as tar:
        data = json.dumps(manifest, indent=2, ensure_ascii=False).encode()
        info = tarfile.TarInfo(MANIFEST)
        info.size, info.mode, info.mtime = len(data), 0o644, mtime
        tar.addfile(info, io.BytesIO(data))
        tar.add(dump, arcname=dump.name)
        if media_root().is_dir():
            tar.add(media_root(), arcname=MEDIA)
        else:
            info = tarfile.TarInfo(MEDIA)
            info.type, info.mode, info.mtime = tarfile.DIRTYPE, 0o755, mtime
            tar.addfile(info)


def _dump_sqlite(target, connection):
    """Copy the live database page by page (sqlite3 online backup); the copy's counts."""
    connection.ensure_connection()
    with closing(sqlite3.connect(target)) as copy:
        connection.connection.backup(copy)
        with closing(copy.cursor()) as cursor:
            return count_rows(cursor)


def _dump_postgresql(target, connection):
    """pg_dump the database; the counts are read from the snapshot pg_dump dumps."""
    args, env = pg_arguments(connection)
    command = ["pg_dump", "--format=custom", "--no-owner", "--no-acl", f"--file={target}", *args]
    if connection.in_atomic_block:
        # Already inside a transaction (a test): no snapshot of our own to share.
        with connection.cursor() as cursor:
            counts = count_rows(cursor)
        run(command, env)
        return counts
    with transaction.atomic(using=connection.alias), connection.cursor() as cursor:
        cursor.execute("SET TRANSACTION ISOLATION LEVEL REPEATABLE READ, READ ONLY")
        cursor.execute("SELECT pg_export_snapshot()")
        snapshot = cursor.fetchone()[0]
        counts = count_rows(cursor)
        run([*command, f"--snapshot={snapshot}"], env)
    return counts


def pg_arguments(connection):
    """Connection arguments and environment for pg_dump / pg_restore; the password travels in
    PGPASSWORD (as for Django's dbshell), never on a command line."""
    settings_dict = connection.settings_dict
    args = []
    if settings_dict.get("USER"):
        args.append(f"--username={settings_dict['USER']}")
    if settings_dict.get("HOST"):
        args.append(f"--host={settings_dict['HOST']}")
    if settings_dict.get("PORT"):
        args.append(f"--port={settings_dict['PORT']}")
    if settings_dict.get("NAME"):
        args.append(f"--dbname={settings_dict['NAME']}")
    _psql, extra_env = connection.client.settings_to_cmd_args_env(settings_dict, [])
    return args, {**os.environ, **(extra_env or {})}


def run(command, env=None):
    try:
        result = subprocess.run(command, env=env, capture_output=True, text=True, check=False)
    except FileNotFoundError as exc:
        raise BackupError(
            f"{command[0]} was not found: install the PostgreSQL client tools"
            " (apt-get install postgresql-client) in the version of the server."
        ) from exc
    if result.returncode:
        raise BackupError(f"{command[0]} failed: {result.stderr.strip() or result.returncode}")
    return result.stdout


def prune_backups(output_dir, keep):
    """Delete all but the `keep` newest archives of `output_dir`; the deleted paths."""
    if keep < 1:
        raise BackupError("--keep must be at least 1.")
    output_dir = Path(output_dir)
    archives = sorted(
        path for path in output_dir.iterdir() if ARCHIVE_NAME.match(path.name) and path.is_file()
    )
    removed = archives[:-keep]
    for path in removed:
        path.unlink()
    return removed


# --- restore --------------------------------------------------------------------------------


def inspect_archive(archive, using=DEFAULT_DB_ALIAS):
    """The manifest of `archive` once the archive is known to be restorable here (readable,
    safe member names, a manifest, the same engine); BackupError otherwise. Touches nothing."""
    with _open_archive(archive) as tar:
        return _checked_manifest(archive, tar, using)


def _open_archive(archive):
    archive = Path(archive)
    if not archive.is_file():
        raise BackupError(f"{archive}: no such file.")
    try:
        return tarfile.open(archive, mode="r:*")
    except (tarfile.TarError, OSError, EOFError, zlib.error) as exc:
        raise BackupError(f"{archive} is not a backup archive (a .tar.gz): {exc}") from exc


def _checked_manifest(archive, tar, using):
    try:
        members = tar.getmembers()
    except (tarfile.TarError, OSError, EOFError, zlib.error) as exc:
        raise BackupError(f"{archive} is damaged or truncated: {exc}") from exc
    names = {member.name for member in members}
    if MANIFEST not in names:
        raise BackupError(f"{archive} has no {MANIFEST}: it was not made by manage.py backup.")
    try:
        manifest = json.load(tar.extractfile(MANIFEST))
    except (ValueError, tarfile.TarError, OSError, EOFError, zlib.error, AttributeError) as exc:
        raise BackupError(f"The {MANIFEST} of {archive} cannot be read: {exc}") from exc
    if not isinstance(manifest, dict) or manifest.get("format") != FORMAT:
        raise BackupError(f"The {MANIFEST} of {archive} is not of a format this version reads.")
    if manifest.get("engine") not in DATABASE_FILES:
        raise BackupError(f"The {MANIFEST} of {archive} names no database engine.")
    if not isinstance(manifest.get("counts"), dict):
        raise BackupError(f"The {MANIFEST} of {archive} holds no counts.")
    engine = database_engine(using)
    if manifest["engine"] != engine:
        raise BackupError(
            f"{archive} holds a {manifest['engine']} database but this site runs on {engine}."
        )
    database = DATABASE_FILES[engine]
    if database not in names:
        raise BackupError(f"{archive} has no {database}.")
    for member in members:
        _check_member(archive, member, allowed={MANIFEST, database})
    return {**manifest, "database": database}


def _check_member(archive, member, allowed):
    name = PurePosixPath(member.name)
    if name.is_absolute() or ".." in name.parts:
        raise BackupError(f"{archive} holds an unsafe path, {member.name!r}: refused.")
    if member.name not in allowed and name.parts[0] != MEDIA:
        raise BackupError(f"{archive} holds an unexpected member, {member.name!r}: refused.")
    try:
        # The rules extraction will apply (no links leading out, no devices): any directory will do.
        tarfile.data_filter(member, tempfile.gettempdir())
    except tarfile.FilterError as exc:
        raise BackupError(f"{archive} holds an unsafe member: {exc}.") from exc


def restore_backup(archive, using=DEFAULT_DB_ALIAS):
    """Replace the database and MEDIA_ROOT with the content of `archive`."""
    archive = Path(archive).resolve()
    if _inside(archive, media_root()):
        raise BackupError(
            f"{archive} is inside MEDIA_ROOT, which the restore replaces: move it elsewhere first."
        )
    connection = connections[using]
    with _open_archive(archive) as tar:
        manifest = _checked_manifest(archive, tar, using)
        with _staging_directory() as staging:
            try:
                tar.extractall(staging, filter="data")
            except (tarfile.TarError, OSError, EOFError, zlib.error) as exc:
                raise BackupError(f"{archive} cannot be extracted: {exc}") from exc
            dump = Path(staging) / manifest["database"]
            if manifest["engine"] == "postgresql":
                _restore_postgresql(dump, connection)
            else:
                _restore_sqlite(dump, connection)
            try:
                _replace_media(Path(staging) / MEDIA, media_root())
            except OSError as exc:
                raise BackupError(
                    f"The database was restored, but MEDIA_ROOT ({media_root()}) could not be"
                    f" replaced: {exc}. Fix that, then restore again."
                ) from exc
    with connection.cursor() as cursor:
        counts = count_rows(cursor)
    return RestoreResult(manifest=manifest, counts=counts, media_files=count_files(media_root()))


def _staging_directory():
    """A scratch directory beside MEDIA_ROOT (the media are then moved, not copied, into
    place), or in the system's temporary directory."""
    try:
        return tempfile.TemporaryDirectory(prefix=".hub-restore-", dir=media_root().parent)
    except OSError:
        return tempfile.TemporaryDirectory(prefix="hub-restore-")


def _restore_sqlite(dump, connection):
    try:
        with closing(sqlite3.connect(f"{dump.as_uri()}?mode=ro", uri=True)) as source:
            check = source.execute("PRAGMA quick_check").fetchone()[0]
            if check != "ok":
                raise BackupError(f"The database in the archive is damaged: {check}")
            connection.ensure_connection()
            source.backup(connection.connection)
    except sqlite3.Error as exc:
        raise BackupError(f"The SQLite database could not be restored: {exc}") from exc


def _restore_postgresql(dump, connection):
    args, env = pg_arguments(connection)
    run(["pg_restore", "--list", str(dump)], env)  # a readable dump, before dropping anything
    connection.close()
    run(
        [
            "pg_restore",
            "--clean",
            "--if-exists",
            "--no-owner",
            "--no-acl",
            "--single-transaction",
            *args,
            str(dump),
        ],
        env,
    )


def _replace_media(staged, root):
    """Empty MEDIA_ROOT (kept itself: it may be a mount point) and move the archive's in."""
    root.mkdir(parents=True, exist_ok=True)
    for child in root.iterdir():
        if child.is_dir() and not child.is_symlink():
            shutil.rmtree(child)
        else:
            child.unlink()
    if staged.is_dir():
        for child in staged.iterdir():
            shutil.move(child, root / child.name)

import django
from django.core.management.base import BaseCommand, CommandError

import wagtail

from core.backup import (
    BackupError,
    describe_database,
    inspect_archive,
    media_root,
    restore_backup,
)


class Command(BaseCommand):
    help = (
        "Replace the database and MEDIA_ROOT with a backup archive made by manage.py backup, "
        "then compare the restored counts with the archive's manifest."
    )

    def add_arguments(self, parser):
        parser.add_argument("archive", help="a hub-backup-YYYYMMDD-HHMMSS.tar.gz file")
        parser.add_argument(
            "--yes",
            action="store_true",
            help="really replace the current database and media (without it, nothing is done)",
        )

    def handle(self, *args, **options):
        archive = options["archive"]
        try:
            if not options["yes"]:
                self.describe(inspect_archive(archive))
                raise CommandError(
                    f"Nothing was restored. Restoring REPLACES the {describe_database()} and "
                    f"everything in MEDIA_ROOT ({media_root()}). Stop the site, then run again "
                    "with --yes."
                )
            result = restore_backup(archive)
        except BackupError as exc:
            raise CommandError(str(exc)) from exc

        self.describe(result.manifest)
        self.stdout.write(f"{'':<16}{'archive':>10}{'restored':>10}")
        for name, expected, restored in result.report():
            mark = "" if expected == restored else "  <- differs"
            self.stdout.write(f"{name:<16}{_show(expected):>10}{_show(restored):>10}{mark}")
        differences = result.differences()
        if differences:
            raise CommandError(
                "The restored site does not match the archive's manifest ("
                + ", ".join(name for name, _expected, _restored in differences)
                + ")."
            )
        self.stdout.write(self.style.SUCCESS(f"Restored {archive}."))

    def describe(self, manifest):
        self.stdout.write(
            f"Archive made {manifest.get('created_at', '?')} on {manifest['engine']} "
            f"(Django {manifest.get('django', '?')}, Wagtail {manifest.get('wagtail', '?')})."
        )
        running = {"django": django.get_version(), "wagtail": wagtail.__version__}
        if any(manifest.get(name) != version for name, version in running.items()):
            self.stdout.write(
                self.style.WARNING(
                    f"This site runs Django {running['django']} and Wagtail {running['wagtail']}: "
                    "after restoring, run manage.py migrate."
                )
            )


def _show(value):
    return "missing" if value is None else str(value)

from django.core.management.base import BaseCommand, CommandError

from core.backup import BackupError, create_backup, default_backup_dir, prune_backups


class Command(BaseCommand):
    help = (
        "Write one dated archive (hub-backup-YYYYMMDD-HHMMSS.tar.gz) holding the database, "
        "MEDIA_ROOT and a manifest.json; print its path."
    )

    def add_arguments(self, parser):
        parser.add_argument(
            "--output-dir",
            help="where to write the archive (default: BACKUP_DIR, else backups/ in the project)",
        )
        parser.add_argument(
            "--keep",
            type=int,
            metavar="N",
            help="then delete the older archives of that directory, keeping the N newest",
        )

    def handle(self, *args, **options):
        output_dir = options["output_dir"] or default_backup_dir()
        if options["keep"] is not None and options["keep"] < 1:
            raise CommandError("--keep must be at least 1 (the archive just written).")
        try:
            archive = create_backup(output_dir)
            removed = prune_backups(output_dir, options["keep"]) if options["keep"] else []
        except BackupError as exc:
            raise CommandError(str(exc)) from exc
        self.stdout.write(str(archive))
        for path in removed:
            self.stdout.write(f"Removed the older backup {path}")

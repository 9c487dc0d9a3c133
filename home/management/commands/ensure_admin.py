import os
import secrets
from pathlib import Path

from django.conf import settings
from django.contrib.auth import get_user_model
from django.core.management.base import BaseCommand


class Command(BaseCommand):
    help = (
        "Make sure a local administrator exists and print its login. The password comes from "
        "DJANGO_ADMIN_PASSWORD, else from .venv/admin-password (made once, never committed)."
    )

    def add_arguments(self, parser):
        parser.add_argument("--username", default=os.environ.get("DJANGO_ADMIN_USER", "admin"))

    def handle(self, *args, username, **options):
        password = os.environ.get("DJANGO_ADMIN_PASSWORD") or self._local_password()
        user, created = get_user_model().objects.get_or_create(
            username=username, defaults={"email": f"{username}@localhost"}
        )
        user.is_staff = user.is_superuser = user.is_active = True
        user.set_password(password)
        user.save()
        self.stdout.write(
            self.style.SUCCESS(
                f"Admin login: http://127.0.0.1:{os.environ.get('PORT', '8000')}/admin/ — "
                f"user “{username}”, password “{password}”"
            )
        )

    def _local_password(self):
        path = Path(settings.BASE_DIR) / ".venv" / "admin-password"
        if path.exists():
            return path.read_text().strip()
        password = secrets.token_urlsafe(12)
        path.parent.mkdir(exist_ok=True)
        path.write_text(password + "\n")
        path.chmod(0o600)
        return password

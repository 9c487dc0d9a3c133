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
        self._demo_accounts(password)

    def _demo_accounts(self, password):
        """The seeded editor and communicators log in with the same local password."""
        from home.demo import DEMO_ACCOUNTS

        for username, _first, _last, role, slugs in DEMO_ACCOUNTS:
            user = get_user_model().objects.filter(username=username).first()
            if user is None:
                continue
            user.set_password(password)
            user.save(update_fields=["password"])
            what = ", ".join(slugs) if slugs else "network editor"
            self.stdout.write(f"  demo {role}: “{username}” ({what}), same password")

    def _local_password(self):
        path = Path(settings.BASE_DIR) / ".venv" / "admin-password"
        if path.exists():
            return path.read_text().strip()
        password = secrets.token_urlsafe(12)
        path.parent.mkdir(exist_ok=True)
        path.write_text(password + "\n")
        path.chmod(0o600)
        return password

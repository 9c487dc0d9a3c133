from django.contrib.auth.models import Group, Permission

import pytest

from home import roles
from tests.press.factories import PressContactFactory

SECRET_NAME = "Zébulon"
SECRET_SURNAME = "Quasimodo"
SECRET_EMAIL = "zq.secret@example.org"


def make_user(django_user_model, username, group=None, permissions=()):
    user = django_user_model.objects.create_user(
        username=username, email=f"{username}@example.org", password="x"
    )
    if group:
        user.groups.add(Group.objects.get(name=group))
    for codename in permissions:
        app_label, codename = codename.split(".")
        user.user_permissions.add(
            Permission.objects.get(content_type__app_label=app_label, codename=codename)
        )
    return user


@pytest.fixture(autouse=True)
def _roles(db):
    """The two groups, as migrate leaves them (ensure_roles is idempotent)."""
    roles.ensure_roles()


@pytest.fixture
def nobody(db, django_user_model):
    """Reaches the admin, holds no press permission."""
    return make_user(django_user_model, "nobody", permissions=["wagtailadmin.access_admin"])


@pytest.fixture
def communicator(db, django_user_model):
    return make_user(django_user_model, "communicator", group=roles.COMMUNICATORS)


@pytest.fixture
def editor(db, django_user_model):
    return make_user(django_user_model, "editor", group=roles.NETWORK_EDITORS)


@pytest.fixture
def secret_contact(db):
    """The contact whose name and address must never reach a user without permission."""
    return PressContactFactory(first_name=SECRET_NAME, last_name=SECRET_SURNAME, email=SECRET_EMAIL)


def in_english(user):
    """The admin speaks each user's preferred language (French by default)."""
    from wagtail.users.models import UserProfile

    profile = UserProfile.get_for_user(user)
    profile.preferred_language = "en"
    profile.save()
    return user


def content(response):
    if response.streaming:
        return b"".join(response.streaming_content).decode(errors="replace")
    return response.content.decode(errors="replace")


def leaks(response):
    """Whether the response shows the secret contact."""
    text = content(response)
    return any(secret in text for secret in (SECRET_SURNAME, SECRET_EMAIL))

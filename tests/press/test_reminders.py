"""The monthly reminder e-mail to the network editors (Django's mail, locmem in tests)."""

from datetime import timedelta
from io import StringIO

from django.core import mail
from django.core.management import call_command
from django.test import override_settings
from django.utils import timezone

import pytest

from press import actions
from press.reminders import send_reminders
from tests.press.conftest import in_english, make_user
from tests.press.factories import PressContactFactory

pytestmark = pytest.mark.django_db


def days_ago(days):
    return timezone.now() - timedelta(days=days)


FORGOTTEN = timezone.now() - timedelta(days=1200)


@pytest.fixture
def due_book(editor):
    PressContactFactory(last_name="Fraîche", last_verified_at=days_ago(30))
    PressContactFactory(last_name="Ancienne", last_verified_at=days_ago(400))
    PressContactFactory(last_name="Oubliée", last_verified_at=FORGOTTEN)
    objected = PressContactFactory(last_name="Opposée", last_verified_at=days_ago(400))
    actions.record_objection(objected, editor)


def test_each_editor_gets_the_lists_with_links_in_french_by_default(
    editor, communicator, nobody, due_book, django_user_model
):
    make_user(django_user_model, "editor2", group="Éditeurs du réseau")
    assert send_reminders() == 2
    assert sorted(m.to[0] for m in mail.outbox) == ["editor2@example.org", "editor@example.org"]
    body = mail.outbox[0].body
    assert "Ancienne" in body and "Oubliée" in body
    assert "Fraîche" not in body and "Opposée" not in body
    assert "http://testserver/admin/snippets/press/presscontact/?freshness=due" in body
    assert "http://testserver/admin/snippets/press/presscontact/?freshness=flagged" in body
    assert body.index("Oubliée") < body.index("Ancienne")  # deletion first
    assert mail.outbox[0].content_subtype == "plain"
    # French formats (the catalogue translates the words): day/month/year.
    assert timezone.localtime(FORGOTTEN).strftime("%d/%m/%Y") in body


def test_an_editor_reading_english_gets_it_in_english(editor, due_book):
    in_english(editor)
    send_reminders()
    (message,) = mail.outbox
    assert message.subject == "Press book: 2 contacts to check"
    assert "1 contact unverified for 3 years is flagged for deletion" in message.body
    assert "1 contact has not been verified for 1 year" in message.body


def test_nothing_is_sent_when_nothing_is_due(editor):
    PressContactFactory(last_verified_at=days_ago(30))
    assert send_reminders() == 0
    assert mail.outbox == []


@override_settings(PRESS_VERIFY_AFTER_DAYS=20, PRESS_RETENTION_DAYS=400)
def test_the_delays_come_from_the_settings(editor):
    in_english(editor)
    PressContactFactory(last_name="Récente", last_verified_at=days_ago(30))
    send_reminders()
    assert "Récente" in mail.outbox[0].body
    assert "not been verified for 20 days" in mail.outbox[0].body


def test_the_command_sends_them(editor, due_book):
    out = StringIO()
    call_command("press_reminders", stdout=out)
    assert len(mail.outbox) == 1
    assert "1 reminder" in out.getvalue()

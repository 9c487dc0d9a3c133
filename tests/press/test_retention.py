"""The retention rule, applied: a contact unverified for PRESS_RETENTION_DAYS is flagged for
deletion and named in the editors' reminder; PRESS_ERASURE_WARNING_DAYS later, still
unverified, the scheduled `press_retention` command erases it, keeping only a hash of its
addresses (an old file cannot bring it back; a member who types it in can) and an impersonal
line in the history. The privacy notice and the reminder say so."""

from datetime import timedelta
from io import StringIO

from django.core import mail
from django.core.management import call_command
from django.urls import reverse
from django.utils import timezone

from wagtail.models import ModelLogEntry

import pytest

from press import actions, importer
from press.admin_urls import CONTACTS
from press.forms import address_problem
from press.models import PressContact, SuppressedAddress, SuppressionReason, email_hash
from press.reminders import send_reminders
from tests.press.conftest import content, in_english
from tests.press.factories import PressContactFactory

pytestmark = pytest.mark.django_db


def days_ago(days):
    return timezone.now() - timedelta(days=days)


@pytest.fixture
def book(editor):
    return {
        "recent": PressContactFactory(last_name="Récente", last_verified_at=days_ago(30)),
        # flagged (3 years) but within the warning period (30 days): warned, not erased
        "flagged": PressContactFactory(
            last_name="Signalée", last_verified_at=days_ago(3 * 365 + 10)
        ),
        "expired": PressContactFactory(
            last_name="Expirée",
            email="vieille@example.org",
            secondary_email="vieille2@example.org",
            last_verified_at=days_ago(3 * 365 + 31),
        ),
    }


def test_the_command_erases_only_what_the_warning_period_has_passed_for(book, editor):
    actions.record_objection(book["recent"], editor)
    out = StringIO()
    call_command("press_retention", stdout=out)
    assert "1 expired contact(s) erased." in out.getvalue()
    assert set(PressContact.objects.values_list("last_name", flat=True)) == {"Récente", "Signalée"}
    for address in ("vieille@example.org", "vieille2@example.org"):
        entry = SuppressedAddress.objects.get(email_sha256=email_hash(address))
        assert entry.reason == SuppressionReason.EXPIRED
    # the objection stays the stronger reason; history without name or address
    entry = ModelLogEntry.objects.get(action="press.expire")
    assert entry.user is None and "Expirée" not in entry.label and "vieille" not in str(entry.data)
    # run again: nothing more
    call_command("press_retention", stdout=StringIO())
    assert PressContact.objects.count() == 2


def test_an_expired_address_comes_back_by_hand_not_from_a_file(book, communicator):
    call_command("press_retention", stdout=StringIO())
    assert address_problem("vieille@example.org") is None  # a member vouches for it anew
    report = importer.analyse(b"Nom,Email\nExpiree,vieille@example.org\n")
    assert report.rows[0].outcome == importer.REFUSED
    # an objection later is stronger than the expiry
    SuppressedAddress.suppress("vieille@example.org", SuppressionReason.OBJECTED)
    assert address_problem("vieille@example.org") is not None


def test_the_notice_and_the_reminder_say_it_is_erased(client, book, editor):
    in_english(editor)
    send_reminders()
    (message,) = mail.outbox
    assert "erased automatically 30 days after" in message.body
    client.force_login(editor)
    notice = content(client.get(reverse(f"{CONTACTS}:privacy")))
    assert "it is erased automatically" in notice and "30 days later" in notice

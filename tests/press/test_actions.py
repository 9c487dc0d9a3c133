"""Keeping the book fresh and GDPR-sound: "still correct", moved / bounced, objection,
erasure, each in the contact's history (and nothing personal left after an erasure)."""

from datetime import timedelta

from django.urls import reverse
from django.utils import timezone

from wagtail.models import ModelLogEntry

import pytest

from press.admin_urls import CONTACTS
from press.models import (
    ContactStatus,
    PressContact,
    SuppressedAddress,
    SuppressionReason,
    email_hash,
)
from tests.press.conftest import SECRET_EMAIL, SECRET_NAME, SECRET_SURNAME, content, in_english
from tests.press.factories import PressContactFactory

pytestmark = pytest.mark.django_db


def long_ago(days=400):
    return timezone.now() - timedelta(days=days)


def bulk_url(action, *contacts):
    ids = "&".join(f"id={c.pk}" for c in contacts)
    return reverse("wagtail_bulk_action", args=["press", "presscontact", action]) + "?" + ids


def logs(contact, action):
    return ModelLogEntry.objects.filter(object_id=str(contact.pk), action=action)


class TestStillCorrect:
    def test_one_click_confirms_a_contact_due_for_checking(self, client, communicator):
        contact = PressContactFactory(last_verified_at=long_ago())
        client.force_login(communicator)
        listing = content(client.get(reverse(f"{CONTACTS}:list") + "?freshness=due"))
        url = reverse(f"{CONTACTS}:verify", args=[contact.pk])
        assert f'data-w-action-url-value="{url}"' in listing
        next_url = reverse(f"{CONTACTS}:list") + "?freshness=due"
        response = client.post(url, {"next": next_url})
        assert response.status_code == 302 and response["Location"] == next_url
        contact.refresh_from_db()
        assert contact.last_verified_at > timezone.now() - timedelta(minutes=1)
        assert contact.last_verified_by == communicator
        assert logs(contact, "press.verify").get().user == communicator
        assert contact not in PressContact.objects.to_verify()

    def test_the_button_shows_only_on_rows_due(self, client, communicator):
        fresh = PressContactFactory()
        client.force_login(communicator)
        listing = content(client.get(reverse(f"{CONTACTS}:list")))
        assert reverse(f"{CONTACTS}:verify", args=[fresh.pk]) not in listing

    def test_an_outside_next_url_is_not_followed(self, client, communicator):
        contact = PressContactFactory(last_verified_at=long_ago())
        client.force_login(communicator)
        url = reverse(f"{CONTACTS}:verify", args=[contact.pk])
        response = client.post(url, {"next": "https://evil.example/"})
        assert response["Location"] == reverse(f"{CONTACTS}:list")

    def test_bulk_verify_confirms_the_selection_but_not_objected_contacts(
        self, client, communicator, editor
    ):
        due = [PressContactFactory(last_verified_at=long_ago()) for _ in range(2)]
        objected = PressContactFactory(last_verified_at=long_ago())
        from press import actions

        actions.record_objection(objected, editor)
        client.force_login(communicator)
        url = bulk_url("verify", *due, objected)
        assert client.get(url).status_code == 200  # the confirmation page
        response = client.post(url)
        assert response.status_code == 302
        assert not PressContact.objects.to_verify().exists()
        objected.refresh_from_db()
        assert objected.last_verified_at < long_ago(399)
        assert logs(due[0], "press.verify").exists() and not logs(objected, "press.verify")


class TestMovedAndBounced:
    @pytest.mark.parametrize(
        ("action", "status"),
        [("mark-moved", ContactStatus.MOVED), ("mark-bounced", ContactStatus.BOUNCED)],
    )
    def test_editors_flag_a_selection(self, client, editor, action, status):
        contacts = [PressContactFactory() for _ in range(2)]
        client.force_login(editor)
        response = client.post(bulk_url(action, *contacts))
        assert response.status_code == 302
        assert set(PressContact.objects.values_list("status", flat=True)) == {status}
        entry = logs(contacts[0], "press.status").get()
        assert entry.data == {"from": "active", "to": status} and entry.user == editor

    def test_communicators_cannot(self, client, communicator):
        contact = PressContactFactory()
        client.force_login(communicator)
        response = client.post(bulk_url("mark-bounced", contact))
        assert response["Location"] == reverse("wagtailadmin_home")
        contact.refresh_from_db()
        assert contact.status == ContactStatus.ACTIVE


class TestObjection:
    def test_an_objection_keeps_the_contact_as_do_not_contact(self, client, editor):
        contact = PressContactFactory(email="obj@example.org", secondary_email="obj2@example.org")
        in_english(editor)
        client.force_login(editor)
        url = reverse(f"{CONTACTS}:object", args=[contact.pk])
        page = content(client.get(url))
        assert "objects to being contacted" in page
        response = client.post(url)
        assert response["Location"] == reverse(f"{CONTACTS}:inspect", args=[contact.pk])
        contact.refresh_from_db()
        assert contact.status == ContactStatus.OBJECTED
        for address in ("obj@example.org", "obj2@example.org"):
            entry = SuppressedAddress.objects.get(email_sha256=email_hash(address))
            assert entry.reason == SuppressionReason.OBJECTED
        assert logs(contact, "press.object").get().user == editor
        listing = content(client.get(reverse(f"{CONTACTS}:list")))
        assert "Objected: do not contact" in listing
        assert "obj@example.org" not in listing  # never shown as e-mailable
        inspect = content(client.get(response["Location"]))
        assert "objected to being contacted: do not write to them" in inspect

    def test_a_communicator_records_an_objection_on_any_contact(self, client, communicator):
        contact = PressContactFactory(email="ailleurs@example.org")  # added by nobody of theirs
        client.force_login(communicator)
        inspect = content(client.get(reverse(f"{CONTACTS}:inspect", args=[contact.pk])))
        assert reverse(f"{CONTACTS}:object", args=[contact.pk]) in inspect
        client.post(reverse(f"{CONTACTS}:object", args=[contact.pk]))
        contact.refresh_from_db()
        assert contact.status == ContactStatus.OBJECTED
        assert SuppressedAddress.objects.get().reason == SuppressionReason.OBJECTED
        assert logs(contact, "press.object").get().user == communicator

    def test_a_member_without_the_press_book_cannot_record_an_objection(
        self, client, django_user_model
    ):
        contact = PressContactFactory()
        client.force_login(django_user_model.objects.create_user("lambda", password="x" * 12))
        client.post(reverse(f"{CONTACTS}:object", args=[contact.pk]))
        contact.refresh_from_db()
        assert contact.status == ContactStatus.ACTIVE
        assert not SuppressedAddress.objects.exists()


class TestErasure:
    def test_erasure_keeps_only_a_hash_and_an_impersonal_history(
        self, client, editor, secret_contact
    ):
        secret_contact.secondary_email = "zq.other@example.org"
        secret_contact.save()
        pk = secret_contact.pk
        client.force_login(editor)
        # Some history first, labelled with the name as Wagtail does.
        client.post(reverse(f"{CONTACTS}:verify", args=[pk]))
        assert SECRET_SURNAME in ModelLogEntry.objects.get(object_id=pk).label
        url = reverse(f"{CONTACTS}:erase", args=[pk])
        assert SECRET_SURNAME in content(client.get(url))  # the confirmation names who
        response = client.post(url)
        assert response.status_code == 302
        assert not PressContact.objects.filter(pk=pk).exists()
        hashes = set(SuppressedAddress.objects.values_list("email_sha256", "reason"))
        assert hashes == {
            (email_hash(SECRET_EMAIL), SuppressionReason.ERASED),
            (email_hash("zq.other@example.org"), SuppressionReason.ERASED),
        }
        entries = ModelLogEntry.objects.filter(object_id=str(pk))
        assert {e.action for e in entries} == {"press.verify", "press.erase"}
        assert entries.get(action="press.erase").user == editor
        for entry in entries:
            stored = f"{entry.label} {entry.data}"
            for secret in (SECRET_NAME, SECRET_SURNAME, SECRET_EMAIL, "zq.other"):
                assert secret not in stored

    def test_an_erasure_after_an_objection_records_the_stronger_reason(self, editor):
        from press import actions

        contact = PressContactFactory(email="both@example.org")
        actions.record_objection(contact, editor)
        actions.erase(contact, editor)
        assert SuppressedAddress.objects.get().reason == SuppressionReason.ERASED

    def test_a_plain_delete_leaves_no_name_in_the_history_either(self, client, editor):
        contact = PressContactFactory(last_name="Effacée")
        client.force_login(editor)
        client.post(reverse(f"{CONTACTS}:verify", args=[contact.pk]))
        client.post(reverse(f"{CONTACTS}:delete", args=[contact.pk]))
        assert not PressContact.objects.exists()
        labels = list(ModelLogEntry.objects.values_list("label", flat=True))
        assert labels and all("Effacée" not in label for label in labels)

    def test_communicators_cannot_erase(self, client, communicator, secret_contact):
        client.force_login(communicator)
        client.post(reverse(f"{CONTACTS}:erase", args=[secret_contact.pk]))
        assert PressContact.objects.filter(pk=secret_contact.pk).exists()
        assert not SuppressedAddress.objects.exists()

"""The admin form: one contact per address (case and spaces do not matter), suppressed
addresses refused, who added it recorded, status changes in the history."""

from django.urls import reverse

from wagtail.models import ModelLogEntry

import pytest

from core.models import Territory, Theme
from press import actions
from press.admin_urls import CONTACTS
from press.models import ContactStatus, PressContact, SuppressedAddress, SuppressionReason
from tests.press.conftest import content, in_english
from tests.press.factories import PressContactFactory

pytestmark = pytest.mark.django_db


def form_data(**overrides):
    data = {
        "first_name": "Lou",
        "last_name": "Arnaud",
        "outlet": "",
        "role": "Rédactrice en chef",
        "email": "lou.arnaud@example.org",
        "secondary_email": "",
        "phone": "04 92 00 00 00",
        "mobile": "",
        "languages": ["fr", "it"],
        "beats": [Theme.objects.get(slug="culture").pk],
        "territories": [Territory.objects.get(slug="brianconnais").pk],
        "status": ContactStatus.ACTIVE,
        "notes": "",
        "source": "Salon de l'ESS, Embrun",
        "lawful_basis": "legitimate_interest",
        "added_for": "",
    }
    data.update(overrides)
    return data


def add(client, **overrides):
    return client.post(reverse(f"{CONTACTS}:add"), form_data(**overrides))


def errors(response, field):
    return [str(error) for error in response.context["form"].errors.get(field, [])]


def test_a_communicator_adds_a_contact_they_vouch_for(client, communicator):
    client.force_login(communicator)
    response = add(client, email="  Lou.Arnaud@Example.ORG ")
    assert response.status_code == 302
    contact = PressContact.objects.get()
    assert contact.email == "lou.arnaud@example.org"
    assert contact.added_by == communicator
    assert contact.last_verified_by == communicator and contact.last_verified_at
    assert contact.languages == ["fr", "it"]
    assert list(contact.beats.values_list("slug", flat=True)) == ["culture"]
    assert ModelLogEntry.objects.filter(action="wagtail.create", object_id=contact.pk).exists()


@pytest.mark.parametrize(
    "address", ["lou.arnaud@example.org", "LOU.ARNAUD@example.org", " lou.arnaud@EXAMPLE.org  "]
)
def test_a_known_address_is_refused_and_the_existing_contact_proposed(
    client, communicator, address
):
    existing = PressContactFactory(first_name="Lou", last_name="Arnaud", email=address.strip())
    in_english(communicator)
    client.force_login(communicator)
    response = add(client, email=address, last_name="Arnaud-Bis")
    assert response.status_code == 200
    (message,) = errors(response, "email")
    assert "already belongs to" in message
    assert reverse(f"{CONTACTS}:inspect", args=[existing.pk]) in message
    assert "Lou Arnaud" in message
    assert PressContact.objects.count() == 1


def test_an_address_used_as_another_contacts_second_address_is_refused(client, editor):
    PressContactFactory(email="main@example.org", secondary_email="other@example.org")
    client.force_login(editor)
    assert errors(add(client, email="OTHER@example.org"), "email")
    assert errors(add(client, secondary_email="main@example.org"), "secondary_email")
    assert PressContact.objects.count() == 1


def test_the_database_refuses_a_duplicate_the_form_did_not_see():
    from django.db import IntegrityError, transaction

    PressContactFactory(email="dup@example.org")
    with pytest.raises(IntegrityError), transaction.atomic():
        PressContactFactory(email=" DUP@example.org")  # normalised on save


@pytest.mark.parametrize("reason", [SuppressionReason.OBJECTED, SuppressionReason.ERASED])
def test_a_suppressed_address_cannot_be_added_again(client, communicator, reason):
    SuppressedAddress.suppress("gone@example.org", reason)
    in_english(communicator)
    client.force_login(communicator)
    response = add(client, email="Gone@Example.org")
    (message,) = errors(response, "email")
    assert "asked not to be contacted" in message
    response = add(client, secondary_email="gone@example.org")
    assert errors(response, "secondary_email")
    assert not PressContact.objects.exists()


def test_an_objected_contact_is_proposed_as_do_not_contact(client, communicator, editor):
    contact = PressContactFactory(email="objecting@example.org")
    actions.record_objection(contact, editor)
    in_english(communicator)
    client.force_login(communicator)
    (message,) = errors(add(client, email="objecting@example.org"), "email")
    assert "objected to being contacted" in message


def test_the_add_form_offers_no_objection_status(client, communicator):
    client.force_login(communicator)
    response = client.get(reverse(f"{CONTACTS}:add"))
    statuses = [value for value, _label in response.context["form"].fields["status"].choices]
    assert ContactStatus.OBJECTED not in statuses
    assert "objected" not in [
        v for v, _l in response.context["form"].fields["status"].widget.choices
    ]
    response = add(client, status=ContactStatus.OBJECTED)
    assert errors(response, "status")


def test_an_editor_changes_the_status_and_the_history_says_so(client, editor):
    contact = PressContactFactory(email="lou.arnaud@example.org")
    in_english(editor)
    client.force_login(editor)
    data = form_data(status=ContactStatus.MOVED, outlet=contact.outlet.pk)
    response = client.post(reverse(f"{CONTACTS}:edit", args=[contact.pk]), data)
    assert response.status_code == 302
    contact.refresh_from_db()
    assert contact.status == ContactStatus.MOVED
    entry = ModelLogEntry.objects.get(action="press.status", object_id=contact.pk)
    assert entry.data == {"from": "active", "to": "moved"}
    assert entry.user == editor
    history = content(client.get(reverse(f"{CONTACTS}:history", args=[contact.pk])))
    assert "Status changed from “Active” to “Moved on”" in history


def test_an_objected_contact_can_be_edited_but_stays_objected(client, editor):
    contact = PressContactFactory(email="objecting@example.org")
    actions.record_objection(contact, editor)
    client.force_login(editor)
    data = form_data(
        email="objecting@example.org", status=ContactStatus.ACTIVE, notes="Ne plus écrire."
    )
    response = client.post(reverse(f"{CONTACTS}:edit", args=[contact.pk]), data)
    assert response.status_code == 302
    contact.refresh_from_db()
    assert contact.notes == "Ne plus écrire."
    assert contact.status == ContactStatus.OBJECTED


def test_a_communicator_changes_the_contacts_they_added_and_no_other(client, communicator, editor):
    theirs = PressContactFactory(role="Pigiste", added_by=communicator)
    others = PressContactFactory(role="Pigiste", added_by=editor)
    client.force_login(communicator)
    for contact, allowed in ((theirs, True), (others, False)):
        url = reverse(f"{CONTACTS}:edit", args=[contact.pk])
        assert (client.get(url).status_code == 200) is allowed
        data = form_data(email=contact.email, role="Rédactrice en chef")
        response = client.post(url, data)
        assert response.status_code == 302
        if not allowed:
            assert response["Location"] == reverse("wagtailadmin_home")
        contact.refresh_from_db()
        assert contact.role == ("Rédactrice en chef" if allowed else "Pigiste")
    # the listing offers to edit theirs only
    listing = content(client.get(reverse(f"{CONTACTS}:list")))
    assert reverse(f"{CONTACTS}:edit", args=[theirs.pk]) in listing
    assert reverse(f"{CONTACTS}:edit", args=[others.pk]) not in listing
    for contact, allowed in ((theirs, True), (others, False)):
        inspect = content(client.get(reverse(f"{CONTACTS}:inspect", args=[contact.pk])))
        assert (reverse(f"{CONTACTS}:edit", args=[contact.pk]) in inspect) is allowed


def test_the_form_shows_the_privacy_notice(client, communicator):
    in_english(communicator)
    client.force_login(communicator)
    html = content(client.get(reverse(f"{CONTACTS}:add")))
    assert reverse(f"{CONTACTS}:privacy") in html
    assert "lawful basis" in html

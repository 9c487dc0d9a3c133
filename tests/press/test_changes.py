"""Members propose corrections to contacts another member added; editors approve (applied as
through the contact's form, every rule of the book included) or reject."""

from django.urls import reverse

from wagtail.models import ModelLogEntry

import pytest

from core.models import Theme
from press.admin_urls import CHANGES, contact_url
from press.models import ChangeStatus, ContactChange, ContactStatus
from tests.press.factories import PressContactFactory

pytestmark = pytest.mark.django_db


@pytest.fixture
def others_contact(editor):
    contact = PressContactFactory(
        first_name="Marc", last_name="Gauthier", role="Pigiste", added_by=editor
    )
    contact.beats.set([Theme.objects.get(slug="culture")])
    return contact


def proposal(contact, **changes):
    data = {
        "first_name": contact.first_name,
        "last_name": contact.last_name,
        "outlet": contact.outlet_id or "",
        "role": contact.role,
        "email": contact.email,
        "secondary_email": contact.secondary_email,
        "phone": contact.phone,
        "mobile": contact.mobile,
        "languages": contact.languages,
        "beats": [t.pk for t in contact.beats.all()],
        "territories": [t.pk for t in contact.territories.all()],
        "status": contact.status,
        "notes": contact.notes,
        "contact_preferences": contact.contact_preferences,
        "comment": "",
    }
    data.update(changes)
    return {key: value for key, value in data.items() if value is not None}


def test_a_communicator_proposes_a_correction_that_waits_for_the_editors(
    client, communicator, others_contact
):
    client.force_login(communicator)
    inspect = client.get(contact_url("inspect", others_contact.pk)).content.decode()
    assert contact_url("propose", others_contact.pk) in inspect
    assert contact_url("edit", others_contact.pk) not in inspect

    agriculture = Theme.objects.get(slug="agriculture")
    answer = client.post(
        contact_url("propose", others_contact.pk),
        proposal(
            others_contact,
            role="Rédacteur en chef",
            beats=[agriculture.pk],
            status=ContactStatus.MOVED,
            comment="Sa signature de courriel, novembre",
        ),
    )
    assert answer.status_code == 302
    change = ContactChange.objects.get()
    assert change.proposed_by == communicator and change.status == ChangeStatus.PENDING
    assert change.changes == {
        "role": "Rédacteur en chef",
        "beats": [agriculture.pk],
        "status": ContactStatus.MOVED,
    }
    assert change.comment == "Sa signature de courriel, novembre"
    others_contact.refresh_from_db()
    assert others_contact.role == "Pigiste"  # nothing applied yet
    assert "attend" in client.get(contact_url("inspect", others_contact.pk)).content.decode()


def test_nothing_changed_is_not_proposed(client, communicator, others_contact):
    client.force_login(communicator)
    answer = client.post(contact_url("propose", others_contact.pk), proposal(others_contact))
    assert answer.status_code == 200
    assert "rien à proposer" in answer.content.decode()
    assert not ContactChange.objects.exists()


def test_an_editor_approves_a_correction_and_it_is_applied_and_logged(
    client, communicator, editor, others_contact
):
    change = ContactChange.objects.create(
        contact=others_contact,
        changes={"role": "Rédacteur en chef", "status": ContactStatus.MOVED},
        proposed_by=communicator,
    )
    client.force_login(editor)
    review_url = reverse(f"{CHANGES}:review", args=[change.pk])
    page = client.get(review_url).content.decode()
    assert "Pigiste" in page and "Rédacteur en chef" in page

    assert client.post(review_url, {"approve": ""}).status_code == 302
    others_contact.refresh_from_db()
    assert others_contact.role == "Rédacteur en chef"
    assert others_contact.status == ContactStatus.MOVED
    assert [t.slug for t in others_contact.beats.all()] == ["culture"]  # untouched
    assert others_contact.last_verified_by == editor
    change.refresh_from_db()
    assert change.status == ChangeStatus.APPROVED and change.decided_by == editor
    actions = set(
        ModelLogEntry.objects.filter(object_id=str(others_contact.pk)).values_list(
            "action", flat=True
        )
    )
    assert {"press.change.approve", "press.status"} <= actions
    # decided: a second post changes nothing
    client.post(review_url, {"reject": ""})
    change.refresh_from_db()
    assert change.status == ChangeStatus.APPROVED


def test_a_rejected_correction_changes_nothing(client, communicator, editor, others_contact):
    change = ContactChange.objects.create(
        contact=others_contact, changes={"role": "Faux"}, proposed_by=communicator
    )
    client.force_login(editor)
    client.post(reverse(f"{CHANGES}:review", args=[change.pk]), {"reject": ""})
    others_contact.refresh_from_db()
    change.refresh_from_db()
    assert others_contact.role == "Pigiste" and change.status == ChangeStatus.REJECTED


def test_a_correction_that_breaks_a_rule_of_the_book_is_not_applied(
    client, communicator, editor, others_contact
):
    taken = PressContactFactory(email="deja.pris@example.org")
    change = ContactChange.objects.create(
        contact=others_contact,
        changes={"email": taken.email, "role": "Autre"},
        proposed_by=communicator,
    )
    client.force_login(editor)
    answer = client.post(reverse(f"{CHANGES}:review", args=[change.pk]), {"approve": ""})
    assert answer.status_code == 302
    others_contact.refresh_from_db()
    change.refresh_from_db()
    assert others_contact.role == "Pigiste" and change.status == ChangeStatus.PENDING


def test_communicators_neither_review_nor_forge_corrections(client, communicator, others_contact):
    change = ContactChange.objects.create(
        contact=others_contact, changes={"role": "X"}, proposed_by=communicator
    )
    client.force_login(communicator)
    review_url = reverse(f"{CHANGES}:review", args=[change.pk])
    assert client.post(review_url, {"approve": ""}).status_code in (302, 403)
    others_contact.refresh_from_db()
    assert others_contact.role == "Pigiste"
    # no generic "add" of raw changes for anybody
    for url in (reverse(f"{CHANGES}:add"), reverse(f"{CHANGES}:list")):
        assert client.get(url).status_code in (302, 403)

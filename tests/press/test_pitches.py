"""The shared contact log: every member logs who they pitched, about what, when, with what
result; the contact's page shows the last pitches, the listing can hide contacts pitched
lately, each member changes their own pitches (editors any), and an erasure takes them away."""

from datetime import timedelta

from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.urls import reverse
from django.utils import timezone

import pytest

from press import actions
from press.admin_urls import CONTACTS, PITCHES
from press.models import Pitch, PitchResult
from tests.press.conftest import content, in_english
from tests.press.factories import PressContactFactory

pytestmark = pytest.mark.django_db


def pitch(contact, days_ago=0, by=None, **fields):
    return Pitch.objects.create(
        contact=contact,
        subject=fields.pop("subject", "Le festival des possibles"),
        pitched_on=timezone.localdate() - timedelta(days=days_ago),
        pitched_by=by,
        **fields,
    )


def test_a_communicator_logs_a_pitch_from_the_contact_s_page(client, communicator):
    contact = PressContactFactory(last_name="Faure")
    in_english(communicator)
    client.force_login(communicator)
    inspect = content(client.get(reverse(f"{CONTACTS}:inspect", args=[contact.pk])))
    assert "No member has logged a pitch to this contact." in inspect
    add = f"{reverse(f'{PITCHES}:add')}?contact={contact.pk}"
    assert add in inspect.replace("&amp;", "&")
    form = content(client.get(add))
    assert f'value="{contact.pk}"' in form  # the contact already chosen
    today = timezone.localdate()
    response = client.post(
        add,
        {
            "contact": contact.pk,
            "subject": "Fête de la monnaie locale",
            "pitched_on": f"{today:%Y-%m-%d}",
            "result": PitchResult.PUBLISHED,
            "organisation": "",
        },
    )
    assert response.status_code == 302
    logged = Pitch.objects.get()
    assert (logged.pitched_by, logged.contact, logged.result) == (
        communicator,
        contact,
        PitchResult.PUBLISHED,
    )
    inspect = content(client.get(reverse(f"{CONTACTS}:inspect", args=[contact.pk])))
    assert "Fête de la monnaie locale" in inspect and "Published" in inspect


def test_the_listing_hides_contacts_pitched_lately(client, communicator):
    this_week = PressContactFactory(last_name="Cettesemaine")
    ten_days = PressContactFactory(last_name="Dixjours")
    never = PressContactFactory(last_name="Jamais")
    pitch(this_week, days_ago=2)
    pitch(ten_days, days_ago=10)
    client.force_login(communicator)

    def listed(days):
        html = content(client.get(reverse(f"{CONTACTS}:list"), {"not_pitched_within": days}))
        return {c.last_name for c in (this_week, ten_days, never) if c.last_name in html}

    assert listed(7) == {"Dixjours", "Jamais"}
    assert listed(14) == listed(30) == {"Jamais"}


def test_each_member_changes_their_own_pitches(client, communicator, editor):
    contact = PressContactFactory()
    theirs, others = pitch(contact, by=communicator), pitch(contact, by=editor)
    client.force_login(communicator)
    data = {"contact": contact.pk, "subject": "Relance", "pitched_on": "2026-12-01"}
    for entry, allowed in ((theirs, True), (others, False)):
        url = reverse(f"{PITCHES}:edit", args=[entry.pk])
        response = client.post(url, {**data, "result": PitchResult.DECLINED})
        entry.refresh_from_db()
        assert (entry.result == PitchResult.DECLINED) is allowed
        if not allowed:
            assert response["Location"] == reverse("wagtailadmin_home")
        client.post(reverse(f"{PITCHES}:delete", args=[entry.pk]))
        assert Pitch.objects.filter(pk=entry.pk).exists() is not allowed
    client.force_login(editor)
    client.post(
        reverse(f"{PITCHES}:edit", args=[others.pk]), {**data, "result": PitchResult.NO_ANSWER}
    )
    others.refresh_from_db()
    assert others.result == PitchResult.NO_ANSWER


def test_an_erasure_takes_the_contact_s_pitches_away(editor):
    contact = PressContactFactory()
    pitch(contact)
    actions.erase(contact, editor)
    assert not Pitch.objects.exists()


def test_the_contact_log_costs_the_same_queries_with_more_pitches(client, communicator):
    contacts = [PressContactFactory() for _ in range(5)]

    def queries():
        client.get(reverse(f"{PITCHES}:list"))
        with CaptureQueriesContext(connection) as captured:
            assert client.get(reverse(f"{PITCHES}:list")).status_code == 200
        return len(captured)

    client.force_login(communicator)
    for n in range(5):
        pitch(contacts[n % 5], days_ago=n, by=communicator)
    few = queries()
    Pitch.objects.bulk_create(
        Pitch(contact=contacts[n % 5], subject=f"Sujet {n}", pitched_by=communicator)
        for n in range(120)
    )
    assert queries() == few

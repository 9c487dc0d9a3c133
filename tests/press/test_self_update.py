"""Journalists keep their own record (press.self_update): a signed, expiring link that works
once, sent at most yearly or on request from the press room; confirmation counts as
verification, every change is logged with its origin, an objection suppresses the address."""

import re
import time
from datetime import timedelta
from urllib.parse import quote

from django.core import mail, signing
from django.core.management import call_command
from django.urls import reverse
from django.utils import timezone

from wagtail.models import ModelLogEntry

import pytest
from hypothesis import HealthCheck, example, given, settings
from hypothesis import strategies as st

from core.models import Territory, Theme
from press import self_update
from press.admin_urls import contact_url
from press.models import ContactStatus, PressContact, SuppressedAddress
from tests.press.conftest import SECRET_EMAIL, SECRET_SURNAME, leaks
from tests.press.factories import PressContactFactory

pytestmark = pytest.mark.django_db

LONG_AGO = timedelta(days=800)
# the link's token is signed data: its parts are separated by colons
LINK = re.compile(r"https?://[^/\s]+(/\S+/[^/\s]*:[^/\s]*/)")


@pytest.fixture
def journalist():
    return PressContactFactory(
        first_name="Lucie",
        last_name="Borel",
        email="lucie.borel@ledauphine.example",
        role="Correspondante",
        languages=["fr"],
        last_verified_at=timezone.now() - LONG_AGO,
    )


def link_in(message):
    """The path of the self-update link in an e-mail."""
    (path,) = {match.group(1) for match in LINK.finditer(message.body)}
    return path


def sent_link(contact, **kwargs):
    mail.outbox.clear()
    assert self_update.send_link(contact, **kwargs) == 1
    return link_in(mail.outbox[-1])


def form_data(contact, **changes):
    data = {
        "first_name": contact.first_name,
        "last_name": contact.last_name,
        "role": contact.role,
        "phone": contact.phone,
        "mobile": contact.mobile,
        "secondary_email": contact.secondary_email,
        "languages": contact.languages,
        "beats": [t.pk for t in contact.beats.all()],
        "territories": [t.pk for t in contact.territories.all()],
        "contact_preferences": contact.contact_preferences,
        "confirm": "",
    }
    data.update(changes)
    return data


def history(contact, action):
    return ModelLogEntry.objects.filter(object_id=str(contact.pk), action=action)


def test_the_link_opens_their_page_and_their_corrections_are_saved_verified_and_logged(
    client, journalist
):
    link = sent_link(journalist)
    (message,) = mail.outbox
    assert message.to == ["lucie.borel@ledauphine.example"]
    assert "Lucie Borel" in message.body and link.startswith("/presse/mes-coordonnees/")

    page = client.get(link)
    assert page.status_code == 200
    assert "Lucie" in page.content.decode() and "Correspondante" in page.content.decode()
    # a personal page: never kept, indexed or named to another site
    assert "no-store" in page["Cache-Control"] and "private" in page["Cache-Control"]
    assert page["Referrer-Policy"] == "same-origin" and "noindex" in page["X-Robots-Tag"]
    # opening it changed nothing (mail scanners open links)
    journalist.refresh_from_db()
    assert journalist.last_verified_at < timezone.now() - timedelta(days=700)

    culture = Theme.objects.get(slug="culture")
    briancon = Territory.objects.get(slug="brianconnais")
    answer = client.post(
        link,
        form_data(
            journalist,
            role="Cheffe d'agence, Briançon",
            languages=["fr", "it"],
            beats=[culture.pk],
            territories=[briancon.pk],
            contact_preferences="Par courriel, jamais le lundi.",
        ),
    )
    assert answer.status_code == 200 and "enregistrées" in answer.content.decode()

    journalist.refresh_from_db()
    assert journalist.role == "Cheffe d'agence, Briançon"
    assert journalist.languages == ["fr", "it"]
    assert list(journalist.beats.all()) == [culture]
    assert list(journalist.territories.all()) == [briancon]
    assert journalist.contact_preferences == "Par courriel, jamais le lundi."
    assert timezone.now() - journalist.last_verified_at < timedelta(minutes=1)
    assert journalist.last_verified_by is None
    entry = history(journalist, "press.self_update").get()
    assert entry.user is None and entry.data["origin"] == self_update.ORIGIN
    assert set(entry.data["changed"]) == {
        "role",
        "languages",
        "beats",
        "territories",
        "contact_preferences",
    }
    assert history(journalist, "press.self_update.sent").get().data == {"origin": "yearly"}


def test_a_used_link_is_refused_and_changes_nothing(client, journalist):
    link = sent_link(journalist)
    assert client.post(link, form_data(journalist)).status_code == 200

    assert client.get(link).status_code == 410
    again = client.post(link, form_data(journalist, role="Quelqu'un d'autre"))
    assert again.status_code == 410
    assert "ne fonctionne plus" in again.content.decode()
    journalist.refresh_from_db()
    assert journalist.role == "Correspondante"


def test_an_expired_link_is_refused(client, journalist, monkeypatch):
    link = sent_link(journalist)
    later = time.time() + self_update.link_lifetime().total_seconds() + 60
    monkeypatch.setattr(signing.time, "time", lambda: later)
    assert client.get(link).status_code == 410
    assert client.post(link, form_data(journalist, role="X")).status_code == 410
    journalist.refresh_from_db()
    assert journalist.role == "Correspondante"


def test_a_newer_link_replaces_the_older(client, journalist):
    first = sent_link(journalist)
    second = sent_link(journalist, origin="member")
    assert first != second
    assert client.get(first).status_code == 410
    assert client.get(second).status_code == 200


def test_a_link_is_for_its_own_contact_only(client, journalist, secret_contact):
    link = sent_link(journalist)
    token = link.rstrip("/").rsplit("/", 1)[1]
    value = signing.loads(token, salt=self_update.SALT)
    # a token for another contact, even signed with the right nonce, needs that contact's nonce
    forged = signing.dumps({"c": secret_contact.pk, "n": value["n"]}, salt=self_update.SALT)
    answer = client.get(reverse("press_self_update", args=[forged]))
    assert answer.status_code == 410 and not leaks(answer)
    # the page of one journalist shows nothing of the book, and no admin page opens
    assert not leaks(client.get(link))
    admin = client.get(contact_url("list"))
    assert admin.status_code == 302 and admin["Location"].startswith(reverse("wagtailadmin_login"))


@settings(
    max_examples=40, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
@given(token=st.text(alphabet=st.characters(blacklist_categories=["Cs"]), min_size=1, max_size=80))
@example(token="?")  # the whole token in the path, never a query string
@example(token="a/b")
def test_any_token_is_refused_cleanly(client, journalist, token):
    answer = client.get(f"/presse/mes-coordonnees/{quote(token, safe='')}/")
    assert answer.status_code in (404, 410)
    assert SECRET_SURNAME not in answer.content.decode() and "Borel" not in answer.content.decode()


def test_an_objection_through_the_link_suppresses_the_address_and_spends_the_link(
    client, journalist
):
    link = sent_link(journalist)
    answer = client.post(link, {"object": ""})
    assert answer.status_code == 200 and "objection" in answer.content.decode()

    journalist.refresh_from_db()
    assert journalist.status == ContactStatus.OBJECTED
    assert SuppressedAddress.is_suppressed("lucie.borel@ledauphine.example")
    assert history(journalist, "press.object").get().data["origin"] == self_update.ORIGIN
    assert client.get(link).status_code == 410


def test_an_address_of_someone_else_is_refused_without_naming_them(
    client, journalist, secret_contact
):
    link = sent_link(journalist)
    answer = client.post(link, form_data(journalist, secondary_email=SECRET_EMAIL, role="Autre"))
    assert answer.status_code == 400
    assert "ne peut pas être ajoutée" in answer.content.decode()
    # the address typed comes back in its field; whose it is does not
    assert (
        SECRET_SURNAME not in answer.content.decode() and "Zébulon" not in answer.content.decode()
    )
    journalist.refresh_from_db()
    assert journalist.secondary_email == "" and journalist.role == "Correspondante"
    # the link still works: nothing was saved
    assert client.get(link).status_code == 200


def test_the_yearly_links_go_once_to_active_contacts_due_for_verification(journalist):
    fresh = PressContactFactory()  # verified today
    objected = PressContactFactory(
        status=ContactStatus.OBJECTED, last_verified_at=timezone.now() - LONG_AGO
    )
    bounced = PressContactFactory(
        status=ContactStatus.BOUNCED, last_verified_at=timezone.now() - LONG_AGO
    )
    asked_lately = PressContactFactory(last_verified_at=timezone.now() - LONG_AGO)
    asked_lately.self_update_sent_at = timezone.now() - timedelta(days=100)
    asked_lately.save()

    out = call_command_output("press_self_update_links")
    assert out.startswith("1 ")
    assert [m.to for m in mail.outbox] == [[journalist.email]]
    assert not {fresh.pk, objected.pk, bounced.pk} & set(
        PressContact.objects.exclude(self_update_sent_at=None)
        .exclude(pk=asked_lately.pk)
        .exclude(pk=journalist.pk)
        .values_list("pk", flat=True)
    )
    # a second run the same month sends nothing more
    assert call_command_output("press_self_update_links").startswith("0 ")
    assert len(mail.outbox) == 1


def call_command_output(*args):
    from io import StringIO

    out = StringIO()
    call_command(*args, stdout=out)
    return out.getvalue()


REQUEST_URL = "/presse/mes-coordonnees/"


def test_a_journalist_asks_for_a_link_from_the_press_room_and_learns_nothing_of_others(
    client, journalist
):
    journalist.secondary_email = "lucie@perso.example"
    journalist.save()
    assert client.get(REQUEST_URL).status_code == 200

    known = client.post(REQUEST_URL, {"email": "Lucie@Perso.example"})
    assert [m.to for m in mail.outbox] == [["lucie@perso.example"]]
    assert client.get(link_in(mail.outbox[0])).status_code == 200
    assert history(journalist, "press.self_update.sent").get().data == {"origin": "request"}

    again = client.post(REQUEST_URL, {"email": "lucie@perso.example"})  # a minute later
    unknown = client.post(REQUEST_URL, {"email": "personne@example.org"})
    assert len(mail.outbox) == 1

    # the same answer whatever happened, but for the address it repeats
    def said(answer, address):
        assert answer.status_code == 200
        text = answer.content.decode()
        return text[text.index('role="status"') :].split("</p>")[0].replace(address, "@")

    assert (
        said(known, "Lucie@Perso.example")
        == said(again, "lucie@perso.example")
        == said(unknown, "personne@example.org")
    )


def test_an_objected_contact_gets_no_link_on_request(client, journalist):
    journalist.status = ContactStatus.OBJECTED
    journalist.save()
    client.post(REQUEST_URL, {"email": journalist.email})
    assert mail.outbox == []


def test_link_requests_are_limited_per_address(client, settings):
    settings.PRESS_LINK_REQUESTS_PER_IP_PER_HOUR = 3
    answers = [
        client.post(REQUEST_URL, {"email": f"p{n}@example.org"}, REMOTE_ADDR="203.0.113.9")
        for n in range(4)
    ]
    assert [a.status_code for a in answers] == [200, 200, 200, 429]
    assert client.post(REQUEST_URL, {"email": "x"}, REMOTE_ADDR="203.0.113.10").status_code == 400


def test_a_member_sends_the_link_from_the_contacts_page_at_most_yearly(
    client, communicator, journalist
):
    client.force_login(communicator)
    inspect = client.get(contact_url("inspect", journalist.pk)).content.decode()
    send = contact_url("send_link", journalist.pk)
    assert send in inspect

    client.post(send)
    assert [m.to for m in mail.outbox] == [[journalist.email]]
    entry = history(journalist, "press.self_update.sent").get()
    assert entry.user == communicator and entry.data == {"origin": "member"}

    refused = client.post(send, follow=True)
    assert len(mail.outbox) == 1
    assert "peut être envoyé à partir du" in refused.content.decode()


@settings(
    max_examples=40, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
@given(address=st.text(max_size=300))
def test_any_address_asked_for_is_answered_without_error_or_a_stray_mail(
    client, journalist, address
):
    mail.outbox.clear()
    answer = client.post(REQUEST_URL, {"email": address}, REMOTE_ADDR="198.51.100.1")
    assert answer.status_code in (200, 400, 429)
    assert all(message.to == [journalist.email] for message in mail.outbox)

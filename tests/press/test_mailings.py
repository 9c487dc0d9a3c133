"""Press releases sent to a segment of the book: who gets them (never an objected, bounced,
moved, erased or suppressed address), one message each with its own objection link, each send
in the contact log, sent once; the objection link; bounces from real mail servers' reports."""

from io import StringIO
from pathlib import Path
from urllib.parse import quote

from django.core import mail
from django.core.management import call_command
from django.test import Client, override_settings
from django.urls import reverse

import pytest
from django_tasks import default_task_backend
from hypothesis import HealthCheck, example, given, settings
from hypothesis import strategies as st

from core.models import Territory, Theme
from press import actions, mailings
from press.admin_urls import MAILINGS
from press.models import (
    ContactStatus,
    OutletKind,
    Pitch,
    PressContact,
    PressMailing,
    SuppressedAddress,
    SuppressionReason,
)
from press.tasks import send_mailing_task
from tests.press.conftest import make_user
from tests.press.factories import MediaOutletFactory, PressContactFactory

pytestmark = pytest.mark.django_db

BOUNCES = Path(__file__).parent / "bounces"
QUEUE_NOBODY_DRAINS = {"default": {"BACKEND": "django_tasks.backends.dummy.DummyBackend"}}


@pytest.fixture
def django_settings(settings):
    return settings


SEND = f"{MAILINGS}:send"


@pytest.fixture
def book():
    """Journalists of the Briançonnais who cover culture, and others who must not get it."""
    culture = Theme.objects.get(slug="culture")
    briancon = Territory.objects.get(slug="brianconnais")
    radio = MediaOutletFactory(name="Radio Alpine Meilleure", kind=OutletKind.RADIO)

    def contact(name, **fields):
        fields.setdefault("beats", [culture])
        fields.setdefault("territories", [briancon])
        return PressContactFactory(last_name=name, email=f"{name.lower()}@example.org", **fields)

    return {
        "in": [contact("Borel"), contact("Faure", outlet=radio)],
        "objected": contact("Objecte", status=ContactStatus.OBJECTED),
        "bounced": contact("Rebond", status=ContactStatus.BOUNCED),
        "moved": contact("Parti", status=ContactStatus.MOVED),
        "other beat": contact("Sport", beats=[Theme.objects.get(slug="agriculture")]),
        "other valley": contact("Gap", territories=[Territory.objects.get(slug="gapencais")]),
        "suppressed": contact("Supprime"),
        "culture": culture,
        "briancon": briancon,
    }


@pytest.fixture
def mailing(book, editor):
    mailing = PressMailing.objects.create(
        subject="La Roue fête ses dix ans",
        message="La Roue, monnaie locale du Briançonnais, fête ses dix ans samedi.",
        created_by=editor,
    )
    mailing.beats.set([book["culture"]])
    mailing.territories.set([book["briancon"]])
    # an address suppressed by another contact's erasure, still on an active row
    SuppressedAddress.suppress("supprime@example.org", SuppressionReason.ERASED)
    return mailing


def test_the_segment_is_the_active_contacts_that_match_and_are_not_suppressed(book, mailing):
    assert set(mailing.recipients()) == {*book["in"], book["suppressed"]}
    assert mailings.deliverable(list(mailing.recipients())) == book["in"]
    mailing.outlet_kinds = [OutletKind.RADIO]
    assert list(mailing.recipients()) == [book["in"][1]]
    mailing.outlet_kinds, mailing.languages = [], ["it"]
    assert list(mailing.recipients()) == []
    book["in"][0].languages = ["fr", "it"]
    book["in"][0].save()
    assert list(mailing.recipients()) == [book["in"][0]]


def test_each_journalist_gets_their_own_message_and_the_send_is_logged(
    book, mailing, editor, home_page
):
    mailing.page = home_page  # the release it links to
    mailing.save()
    assert mailings.send(mailing, editor) == 2

    assert sorted(m.to[0] for m in mail.outbox) == ["borel@example.org", "faure@example.org"]
    links = set()
    for message in mail.outbox:
        assert len(message.to) == 1 and not message.cc and not message.bcc
        assert "fête ses dix ans samedi" in message.body
        assert home_page.full_url in message.body
        (link,) = [w for w in message.body.split() if "/presse/desinscription/" in w]
        assert message.extra_headers["List-Unsubscribe"] == f"<{link}>"
        assert message.extra_headers["List-Unsubscribe-Post"] == "List-Unsubscribe=One-Click"
        links.add(link)
    assert len(links) == 2  # one link per journalist
    pitches = Pitch.objects.order_by("contact__last_name")
    assert [(p.contact.last_name, p.subject, p.pitched_by) for p in pitches] == [
        ("Borel", "La Roue fête ses dix ans", editor),
        ("Faure", "La Roue fête ses dix ans", editor),
    ]
    mailing.refresh_from_db()
    assert mailing.sent_at and mailing.recipient_count == 2 and mailing.sent_by == editor


def test_a_mailing_goes_out_once(client, mailing, editor):
    client.force_login(editor)
    client.post(reverse(SEND, args=[mailing.pk]))
    client.post(reverse(SEND, args=[mailing.pk]))  # a double click
    assert len(mail.outbox) == 2
    with pytest.raises(mailings.AlreadySent):
        mailings.send(mailing, editor)


def test_the_send_costs_the_same_queries_for_2_or_41_journalists(
    book, mailing, editor, django_assert_max_num_queries
):
    with django_assert_max_num_queries(17):
        mailings.send(mailing, editor)
    more = PressMailing.objects.create(subject="Encore", message="…")
    for _ in range(38):
        PressContactFactory(beats=[book["culture"]], territories=[book["briancon"]])
    more.beats.set([book["culture"]])  # culture in every valley: Gap's journalist too
    with django_assert_max_num_queries(17):
        assert mailings.send(more, editor) == 41


def test_a_sent_mailing_never_reaches_an_objected_bounced_or_erased_address(book, editor):
    first = PressMailing.objects.create(subject="Un", message="…")
    actions.record_objection(book["in"][0], None)
    actions.erase(book["in"][1], None)
    # to the whole book: the other active contacts only
    assert mailings.send(first, editor) == 3
    sent_to = {m.to[0] for m in mail.outbox}
    assert sent_to == {"sport@example.org", "gap@example.org", "supprime@example.org"}
    assert not sent_to & {
        "borel@example.org",
        "faure@example.org",
        "objecte@example.org",
        "rebond@example.org",
        "parti@example.org",
    }


def test_the_objection_link_asks_then_records_with_one_click(book, mailing, editor):
    mailings.send(mailing, editor)
    message = next(m for m in mail.outbox if m.to == ["borel@example.org"])
    (link,) = [w for w in message.body.split() if "/presse/desinscription/" in w]
    path = "/" + link.split("://", 1)[1].split("/", 1)[1]
    client = Client(enforce_csrf_checks=True)  # as a mail provider posts: no CSRF token

    assert client.get(path).status_code == 200  # a link scanner changes nothing
    borel = PressContact.objects.get(email="borel@example.org")
    assert borel.status == ContactStatus.ACTIVE

    answer = client.post(path, {"List-Unsubscribe": "One-Click"})
    assert answer.status_code == 200
    borel.refresh_from_db()
    assert borel.status == ContactStatus.OBJECTED
    assert SuppressedAddress.is_suppressed("borel@example.org")
    assert client.get("/presse/desinscription/forged:token/").status_code == 404


def bounce(name):
    out = StringIO()
    call_command("press_bounces", str(BOUNCES / name), stdout=out)
    return out.getvalue()


def test_three_hard_bounces_mark_the_contact_bounced_and_a_delay_counts_nothing(django_settings):
    django_settings.PRESS_HARD_BOUNCES = 3
    lucie = PressContactFactory(email="lucie.borel@ledauphine.example")
    assert bounce("postfix-delayed.eml") == ""
    assert bounce("postfix-user-unknown.eml") == "hard bounce: lucie.borel@ledauphine.example\n"
    bounce("postfix-user-unknown.eml")
    lucie.refresh_from_db()
    assert lucie.status == ContactStatus.ACTIVE and lucie.hard_bounces == 2
    assert "(now bounced)" in bounce("postfix-user-unknown.eml")
    lucie.refresh_from_db()
    assert lucie.status == ContactStatus.BOUNCED


def test_the_reports_of_other_messages_are_ignored():
    assert mailings.failed_recipients(b"Subject: Re: your release\n\nThanks!") == []
    assert mailings.failed_recipients(b"\xff\xfe garbage") == []


def test_only_those_trusted_with_sending_send(client, communicator, mailing, django_user_model):
    client.force_login(communicator)
    assert client.post(reverse(SEND, args=[mailing.pk])).status_code in (302, 403)
    assert mail.outbox == []
    trusted = make_user(
        django_user_model,
        "trusted",
        group="Communicateurs",
        permissions=["press.view_pressmailing", "press.send_pressmailing"],
    )
    client.force_login(trusted)
    page = client.get(reverse(SEND, args=[mailing.pk]))
    assert page.status_code == 200 and "2 journalistes" in page.content.decode()
    client.post(reverse(SEND, args=[mailing.pk]))
    assert len(mail.outbox) == 2


@settings(
    max_examples=40, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
@given(token=st.text(alphabet=st.characters(blacklist_categories=["Cs"]), min_size=1, max_size=80))
@example(token="0/0")  # found by hypothesis on a fresh clone
def test_any_objection_token_is_refused_cleanly_and_records_nothing(book, token):
    client = Client(enforce_csrf_checks=True)
    url = f"/presse/desinscription/{quote(token, safe='')}/"
    assert client.get(url).status_code == 404
    # a token with a "/" (sent as %2F, decoded by the server) is no objection link at all: a
    # page of the site may then refuse the POST for its missing CSRF token
    assert client.post(url).status_code in ((403, 404) if "/" in token else (404,))
    assert (
        not PressContact.objects.filter(status=ContactStatus.OBJECTED)
        .exclude(pk=book["objected"].pk)
        .exists()
    )


def test_the_send_goes_to_the_task_worker_once(client, mailing, editor):
    """Thousands of messages take longer than a request may: the button queues the send."""
    client.force_login(editor)
    with override_settings(TASKS=QUEUE_NOBODY_DRAINS):
        client.post(reverse(SEND, args=[mailing.pk]))
        client.post(reverse(SEND, args=[mailing.pk]))  # a double click
        (queued,) = default_task_backend.results
        listing = client.get(reverse(f"{MAILINGS}:list")).content.decode()
    assert mail.outbox == []
    mailing.refresh_from_db()
    assert mailing.queued_at and not mailing.sent_at
    assert reverse(SEND, args=[mailing.pk]) not in listing  # no second "Send"

    send_mailing_task.call(*queued.args)  # what the worker does
    assert len(mail.outbox) == 2
    send_mailing_task.call(*queued.args)  # run twice: nothing more
    assert len(mail.outbox) == 2

"""The public event proposal form: a valid proposal becomes a draft in the editors' moderation
workflow and the proposer is acknowledged; spam (honeypot, rate limits), markup, oversized and
garbage input are refused with a message, never with a server error."""

from datetime import date, datetime, time, timedelta

from django.contrib.auth.models import Group
from django.core import mail
from django.test import Client, override_settings
from django.utils import timezone, translation

import pytest

from agenda.models import PARIS, EventPage, local_midnight
from home.roles import NETWORK_EDITORS, ensure_roles
from tests.conftest import translate

pytestmark = pytest.mark.django_db

URL = "/agenda/propose/"
EN_URL = "/en/agenda/propose/"
TITLE = "Fête des jardins partagés"
MARKUP_REFUSED = "Write plain text: HTML tags and other markup are not accepted."
TOO_MANY = "Too many proposals have been sent"


def in_days(days):
    return timezone.localdate() + timedelta(days=days)


def proposal(**fields):
    data = {
        "title": TITLE,
        "description": (
            "Une journée pour découvrir les jardins partagés de Gap. Troc de graines & goûter "
            "<3 pour tous.\n\nEntrée libre,\nvenez nombreux."
        ),
        "theme": "alimentation",
        "link": "https://jardins.example.org/fete",
        "start_date": in_days(10).isoformat(),
        "start_time": "14:00",
        "end_date": "",
        "end_time": "18:00",
        "venue": "Jardin du Forest d'Entrais",
        "address": "Rue du Forest",
        "commune": "05061",
        "name": "Collectif des jardins",
        "email": "jardins@example.org",
        "website": "",
    }
    data.update(fields)
    return data


def html(response):
    return response.content.decode()


def ics(client):
    return b"".join(client.get("/agenda/agenda.ics").streaming_content).decode()


@pytest.fixture
def agenda(agenda):
    ensure_roles()  # the moderation workflow, on the root the fixtures use
    return agenda


@pytest.fixture
def english(agenda, locales):
    return translate(agenda, locales["en"], title="What's on")


@pytest.fixture
def editor(django_user_model):
    user = django_user_model.objects.create_user("editrice", "editrice@udess05.example", "secret")
    user.groups.add(Group.objects.get(name=NETWORK_EDITORS))
    return user


class TestValidProposal:
    def test_creates_one_draft_event_submitted_to_moderation(self, client, agenda):
        response = client.post(URL, proposal())
        assert response.status_code == 303
        assert response["Location"] == "/agenda/propose/?sent=1"
        event = EventPage.objects.get()
        assert not event.live
        assert event.workflow_in_progress
        assert event.get_parent().pk == agenda.pk
        assert event.locale_id == agenda.locale_id
        assert (event.proposer_name, event.proposer_email) == (
            "Collectif des jardins",
            "jardins@example.org",
        )
        assert event.title == TITLE
        assert event.organisers.count() == 0
        assert event.start == datetime.combine(in_days(10), time(14), tzinfo=PARIS)
        assert event.end == datetime.combine(in_days(10), time(18), tzinfo=PARIS)
        assert not event.all_day
        assert (event.venue, event.address, event.commune.insee) == (
            "Jardin du Forest d'Entrais",
            "Rue du Forest",
            "05061",
        )
        assert [theme.slug for theme in event.themes.all()] == ["alimentation"]
        assert event.registration_url == "https://jardins.example.org/fete"

    def test_description_is_stored_as_escaped_paragraphs_and_summarised(self, client, agenda):
        client.post(URL, proposal())
        event = EventPage.objects.get()
        assert event.description == (
            "<p>Une journée pour découvrir les jardins partagés de Gap. Troc de graines &amp; "
            "goûter &lt;3 pour tous.</p><p>Entrée libre,<br/>venez nombreux.</p>"
        )
        assert event.summary == "Une journée pour découvrir les jardins partagés de Gap."

    def test_summary_of_a_long_first_sentence_is_cut_to_300_characters(self, client, agenda):
        client.post(URL, proposal(description="Une très longue phrase " * 40))
        summary = EventPage.objects.get().summary
        assert len(summary) <= 300
        assert summary.startswith("Une très longue phrase")
        assert summary.endswith("…")

    def test_event_without_times_is_all_day(self, client, agenda):
        response = client.post(
            URL, proposal(start_time="", end_time="", end_date=in_days(12).isoformat())
        )
        assert response.status_code == 303
        event = EventPage.objects.get()
        assert event.all_day
        assert (event.start, event.end) == (
            local_midnight(in_days(10)),
            local_midnight(in_days(12)),
        )

    def test_proposer_is_acknowledged_and_editors_are_notified(self, client, agenda, editor):
        client.post(URL, proposal())
        by_recipient = {tuple(message.to): message for message in mail.outbox}
        ack = by_recipient[("jardins@example.org",)]
        assert TITLE in ack.subject
        assert TITLE in ack.body
        assert "Collectif des jardins" in ack.body
        assert "http://localhost/agenda/" in ack.body
        assert "<" not in ack.body  # plain text
        notification = by_recipient[("editrice@udess05.example",)]
        assert TITLE in notification.subject + notification.body
        assert set(by_recipient) == {("jardins@example.org",), ("editrice@udess05.example",)}

    def test_acknowledgement_speaks_the_language_of_the_form(self, client, english):
        christmas = date(timezone.localdate().year + 1, 12, 25)
        fields = {"start_date": christmas.isoformat(), "start_time": "", "end_time": ""}
        client.post(URL, proposal(**fields))
        client.post(EN_URL, proposal(email="other@example.org", **fields))
        french, english_mail = mail.outbox
        assert f"25 décembre {christmas.year}" in french.body
        assert f"Dec. 25, {christmas.year}" in english_mail.body

    def test_proposal_is_not_public_before_an_editor_approves_it(self, client, agenda, editor):
        client.post(URL, proposal())
        event = EventPage.objects.get()
        assert TITLE not in html(client.get("/agenda/"))
        assert TITLE not in ics(client)
        assert client.get(f"/agenda/{event.slug}/").status_code == 404

        task_state = event.current_workflow_task_state
        task_state.task.specific.on_action(task_state, editor, "approve")
        assert EventPage.objects.get().live
        assert TITLE in html(client.get("/agenda/"))
        assert TITLE in ics(client)

    def test_proposer_hears_of_the_approval_with_the_event_link(self, client, agenda, editor):
        client.post(URL, proposal())
        event = EventPage.objects.get()
        mail.outbox.clear()
        task_state = event.current_workflow_task_state
        task_state.task.specific.on_action(task_state, editor, "approve")
        to_proposer = [m for m in mail.outbox if m.to == ["jardins@example.org"]]
        assert len(to_proposer) == 1
        assert f"http://localhost/agenda/{event.slug}/" in to_proposer[0].body

    def test_proposer_hears_of_a_rejection_and_nothing_is_published(self, client, agenda, editor):
        client.post(URL, proposal())
        event = EventPage.objects.get()
        mail.outbox.clear()
        task_state = event.current_workflow_task_state
        task_state.task.specific.on_action(task_state, editor, "reject")
        to_proposer = [m for m in mail.outbox if m.to == ["jardins@example.org"]]
        assert len(to_proposer) == 1
        assert TITLE in to_proposer[0].body
        assert f"/agenda/{event.slug}/" not in to_proposer[0].body  # no link to a draft
        assert not EventPage.objects.get().live

    def test_thank_you_state_after_the_redirect(self, client, english):
        with translation.override("en"):
            response = client.post(EN_URL, proposal(), follow=True)
        assert response.status_code == 200
        assert response.redirect_chain == [("/en/agenda/propose/?sent=1", 303)]
        assert "Thank you for your proposal" in html(response)
        assert 'name="title"' not in html(response)

    def test_italian_proposal_lands_in_the_italian_agenda(self, client, agenda, locales):
        italian = translate(agenda, locales["it"], title="Agenda")
        assert client.post("/it/agenda/propose/", proposal()).status_code == 303
        assert EventPage.objects.get().get_parent().pk == italian.pk


class TestSpam:
    def test_filled_honeypot_looks_like_success_but_creates_and_sends_nothing(
        self, client, agenda, editor
    ):
        response = client.post(URL, proposal(website="https://cheap-pills.example"))
        assert response.status_code == 303
        assert response["Location"] == "/agenda/propose/?sent=1"
        assert EventPage.objects.count() == 0
        assert mail.outbox == []

    def test_three_proposals_an_hour_per_ip_address(self, client, english):
        for n in range(3):
            response = client.post(
                EN_URL, proposal(email=f"p{n}@example.org"), REMOTE_ADDR="203.0.113.7"
            )
            assert response.status_code == 303
        with translation.override("en"):
            refused = client.post(
                EN_URL, proposal(email="p3@example.org"), REMOTE_ADDR="203.0.113.7"
            )
        assert refused.status_code == 429
        assert TOO_MANY in html(refused)
        assert f'value="{TITLE}"' in html(refused)  # the form is kept
        assert EventPage.objects.count() == 3
        assert len(mail.outbox) == 3
        other = client.post(EN_URL, proposal(email="p4@example.org"), REMOTE_ADDR="203.0.113.8")
        assert other.status_code == 303
        assert EventPage.objects.count() == 4

    @override_settings(TRUSTED_PROXY_COUNT=1)
    def test_behind_the_proxy_each_visitor_is_counted_under_their_own_address(
        self, client, english
    ):
        def via_proxy(visitor, n, remote="127.0.0.1"):
            return client.post(
                EN_URL,
                proposal(email=f"v{n}@example.org"),
                REMOTE_ADDR=remote,
                HTTP_X_FORWARDED_FOR=visitor,
            )

        for n in range(3):
            assert via_proxy("203.0.113.7", n).status_code == 303
        assert via_proxy("203.0.113.7", 3).status_code == 429
        # Another visitor behind the same proxy is not caught by the first one's limit…
        assert via_proxy("203.0.113.8", 4).status_code == 303
        # …and a visitor who reaches the server directly cannot pick an address to hide behind.
        for n in range(5, 8):
            assert via_proxy(f"198.51.100.{n}", n, remote="192.0.2.1").status_code == 303
        assert via_proxy("198.51.100.99", 8, remote="192.0.2.1").status_code == 429
        assert EventPage.objects.count() == 7

    def test_three_proposals_a_day_per_email_address(self, client, english):
        emails = ["jardins@example.org", "Jardins@Example.org", "jardins+fete@example.org"]
        for n, email in enumerate(emails):
            response = client.post(EN_URL, proposal(email=email), REMOTE_ADDR=f"198.51.100.{n}")
            assert response.status_code == 303
        with translation.override("en"):
            refused = client.post(EN_URL, proposal(), REMOTE_ADDR="198.51.100.9")
        assert refused.status_code == 429
        assert TOO_MANY in html(refused)
        assert EventPage.objects.count() == 3

    @override_settings(AGENDA_PROPOSALS_PER_IP_PER_HOUR=1)
    def test_limits_are_settings(self, client, agenda):
        assert client.post(URL, proposal(email="a@example.org")).status_code == 303
        assert client.post(URL, proposal(email="b@example.org")).status_code == 429
        assert EventPage.objects.count() == 1

    def test_refused_forms_do_not_count_towards_the_limit(self, client, agenda):
        for _ in range(5):
            assert client.post(URL, proposal(title="")).status_code == 200
        assert client.post(URL, proposal()).status_code == 303

    def test_csrf_token_is_required(self, agenda):
        strict = Client(enforce_csrf_checks=True)
        assert 'name="csrfmiddlewaretoken"' in html(strict.get(URL))
        assert strict.post(URL, proposal()).status_code == 403
        assert EventPage.objects.count() == 0


class TestNoMarkup:
    @pytest.mark.parametrize("field", ["title", "description", "venue", "address", "name"])
    @pytest.mark.parametrize(
        "value",
        [
            "<b>Gratuit</b>",
            "Fête <script>alert(1)</script>",
            "Voir </p> ici",
            "Caché <!-- commentaire -->",
            "< a href='https://spam.example'>clic",
        ],
    )
    def test_markup_is_refused_in_every_text_field(self, client, english, field, value):
        with translation.override("en"):
            response = client.post(EN_URL, proposal(**{field: value}))
        assert response.status_code == 200
        assert MARKUP_REFUSED in html(response)
        assert f'id="id_{field}_error"' in html(response)
        assert EventPage.objects.count() == 0
        assert mail.outbox == []

    def test_markup_in_the_link_is_refused(self, client, agenda):
        response = client.post(URL, proposal(link="https://example.org/<script>"))
        assert response.status_code == 200
        assert 'id="id_link_error"' in html(response)
        assert EventPage.objects.count() == 0

    @pytest.mark.parametrize("value", ["Fête\ndes jardins", "Fête\rBcc: x@example.org", "A\x00B"])
    def test_line_breaks_and_control_characters_are_refused_in_one_line_fields(
        self, client, agenda, value
    ):
        response = client.post(URL, proposal(title=value))
        assert response.status_code == 200
        assert 'id="id_title_error"' in html(response)
        assert EventPage.objects.count() == 0


class TestSizeLimits:
    def test_description_over_5000_characters_is_refused(self, client, english):
        with translation.override("en"):
            response = client.post(EN_URL, proposal(description="a" * 5001))
        assert response.status_code == 200
        assert "at most 5000 characters" in html(response)
        assert EventPage.objects.count() == 0

    def test_request_body_over_64_kb_is_refused_with_a_message(self, client, english):
        with translation.override("en"):
            response = client.post(EN_URL, proposal(description="a" * 70_000))
        assert response.status_code == 413
        assert "Your proposal is too long to be received" in html(response)
        assert EventPage.objects.count() == 0

    def test_a_body_too_big_for_django_is_a_client_error(self, client, agenda):
        # Over DATA_UPLOAD_MAX_MEMORY_SIZE, the CSRF middleware's reading of the body answers
        # 400 before the view runs (the test client skips that check: the view answers 413).
        response = client.post(URL, proposal(description="a" * 3_000_000))
        assert response.status_code in (400, 413)
        assert EventPage.objects.count() == 0

    def test_every_field_has_a_maximum_length(self, client, agenda):
        form = html(client.get(URL))
        for field in ["title", "description", "venue", "address", "name", "email", "link"]:
            tag = form.split(f'name="{field}"')[1].split(">")[0]
            assert "maxlength=" in tag, field


class TestDates:
    def test_past_date_is_refused(self, client, english):
        with translation.override("en"):
            response = client.post(EN_URL, proposal(start_date=in_days(-1).isoformat()))
        assert "This date has passed." in html(response)
        assert 'id="id_start_date_error"' in html(response)
        assert EventPage.objects.count() == 0

    def test_past_time_today_is_refused(self, client, agenda):
        response = client.post(
            URL, proposal(start_date=in_days(0).isoformat(), start_time="00:00", end_time="")
        )
        assert 'id="id_start_time_error"' in html(response)
        assert EventPage.objects.count() == 0

    def test_end_time_before_start_time_is_refused(self, client, english):
        with translation.override("en"):
            response = client.post(EN_URL, proposal(start_time="14:00", end_time="10:00"))
        assert "The event must end after it starts." in html(response)
        assert 'id="id_end_time_error"' in html(response)
        assert EventPage.objects.count() == 0

    def test_last_day_before_first_day_is_refused(self, client, agenda):
        response = client.post(
            URL,
            proposal(start_time="", end_time="", end_date=in_days(9).isoformat()),
        )
        assert 'id="id_end_date_error"' in html(response)
        assert EventPage.objects.count() == 0

    def test_end_time_without_start_time_is_refused(self, client, agenda):
        response = client.post(URL, proposal(start_time="", end_time="18:00"))
        assert 'id="id_start_time_error"' in html(response)
        assert EventPage.objects.count() == 0

    def test_dates_more_than_two_years_ahead_are_refused(self, client, agenda):
        response = client.post(URL, proposal(start_date=in_days(3 * 365).isoformat()))
        assert 'id="id_start_date_error"' in html(response)
        assert EventPage.objects.count() == 0


class TestGarbage:
    @pytest.mark.parametrize(
        "fields",
        [
            dict.fromkeys(proposal(), ""),
            {"start_date": "31/02/2026"},
            {"start_date": "2026-13-45"},
            {"start_date": "demain"},
            {"start_date": "9999-12-31"},
            {"start_date": "0001-01-01"},
            {"start_time": "25:99"},
            {"end_date": "x" * 500},
            {"commune": "99999"},
            {"theme": "pas-un-theme"},
            {"email": "pas-une-adresse"},
            {"email": "a@" + "b" * 300 + ".org"},
            {"link": "javascript:alert(1)"},
            {"link": "ftp://example.org/x"},
            {"title": "x" * 10_000},
            {"name": "\x00"},
            {"description": "\x07 sonnette"},
        ],
    )
    def test_bad_input_is_explained_never_a_server_error(self, client, agenda, fields):
        response = client.post(URL, proposal(**fields))
        assert response.status_code == 200
        assert 'class="field-error"' in html(response)
        assert EventPage.objects.count() == 0

    def test_missing_fields_are_explained(self, client, agenda):
        response = client.post(URL, {})
        assert response.status_code == 200
        assert 'class="form-errors"' in html(response)
        assert EventPage.objects.count() == 0

    def test_other_methods_are_not_allowed(self, client, agenda):
        assert client.put(URL).status_code == 405


class TestForm:
    @pytest.mark.parametrize(
        ("url", "language"),
        [(URL, "fr"), (EN_URL, "en"), ("/it/agenda/propose/", "it")],
    )
    def test_form_is_served_in_every_language(self, client, agenda, locales, url, language):
        translate(agenda, locales["en"], title="What's on")
        translate(agenda, locales["it"], title="Agenda")
        response = client.get(url)
        assert response.status_code == 200
        page = html(response)
        assert f'<html lang="{language}">' in page
        assert f'action="{url}"' in page
        assert 'name="csrfmiddlewaretoken"' in page
        assert "no-cache" in response["Cache-Control"]

    def test_form_is_accessible_markup(self, client, agenda):
        page = html(client.get(URL))
        assert page.count("<fieldset") == 4
        assert page.count("<legend>") == 4
        assert '<label for="id_title">' in page
        assert 'autocomplete="name"' in page.split('name="name"')[1].split(">")[0]
        assert 'autocomplete="email"' in page.split('name="email"')[1].split(">")[0]
        assert 'aria-describedby="id_email_helptext"' in page
        honeypot = page.split('name="website"')[1].split(">")[0]
        assert 'tabindex="-1"' in honeypot and 'autocomplete="off"' in honeypot
        assert '<div class="visually-hidden" aria-hidden="true">' in page

    def test_errors_are_listed_with_links_and_described_on_the_fields(self, client, agenda):
        page = html(client.post(URL, proposal(title="", email="nope")))
        assert 'role="alert"' in page
        assert '<a href="#id_title">' in page
        assert '<a href="#id_email">' in page
        title_input = page.split('name="title"')[1].split(">")[0]
        assert 'aria-invalid="true"' in title_input
        assert 'aria-describedby="id_title_error"' in title_input
        assert 'aria-describedby="id_email_helptext id_email_error"' in page

    def test_agenda_links_to_the_form(self, client, agenda):
        assert f'href="{URL}"' in html(client.get("/agenda/"))

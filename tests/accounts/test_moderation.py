"""Moderation: a communicator submits, the network's editors are e-mailed, one approves (the page
goes live, the author is e-mailed) or rejects with a comment (the page stays a draft, the author
is e-mailed the comment). Imported events follow their source's "publish directly"."""

import html
import re
from collections import Counter

from django.core import mail
from django.core.files.uploadedfile import SimpleUploadedFile
from django.urls import reverse
from django.utils import translation

from wagtail.models import Page, WorkflowState

import pytest

from agenda.importer import import_calendar
from agenda.models import EventPage
from news.models import NewsPage
from tests.accounts import content
from tests.accounts.conftest import form_data, from_module_scene, logged_in, messages_of, outcome
from tests.agenda.conftest import in_days
from tests.agenda.test_ical_import import ics, vevent

pytestmark = pytest.mark.django_db

# One scene for the module's tests, built once (tests/accounts/conftest.py `module_scene`)
# and read afresh by each test inside its own savepoint.
home_page = from_module_scene("home_page")
roles = from_module_scene("roles")
agenda = from_module_scene("agenda")
newsroom = from_module_scene("newsroom")
org_a = from_module_scene("org_a")
org_b = from_module_scene("org_b")
org_t = from_module_scene("org_t")
communicator_a = from_module_scene("communicator_a")
communicator_b = from_module_scene("communicator_b")
trusted_communicator = from_module_scene("trusted_communicator")
editor = from_module_scene("editor")
superuser = from_module_scene("superuser")


def recipients(messages):
    return sorted(address for message in messages for address in message.to)


@pytest.fixture
def submitted(agenda, org_a, communicator_a, communicator_b, editor):
    """A's draft event, submitted to moderation by A's communicator through the edit view."""
    event = content.draft_event(agenda, org_a, title="Atelier réparation de vélos")
    client = logged_in(communicator_a)
    url = reverse("wagtailadmin_pages:edit", args=[event.pk])
    mail.outbox.clear()
    response = client.post(url, form_data(client.get(url), {"action-submit": "action-submit"}))
    assert response.status_code == 302
    return Page.objects.get(pk=event.pk)


def act(user, page, action, comment=""):
    """`user` takes `action` (approve, reject) on the page's current task, with a comment,
    through Wagtail's workflow action view (what the dashboard's buttons post to)."""
    task_state = page.current_workflow_task_state
    url = reverse("wagtailadmin_pages:workflow_action", args=[page.pk, action, task_state.pk])
    return logged_in(user).post(url, {"comment": comment})


class TestSubmission:
    def test_submitting_starts_the_review_and_emails_the_editors(
        self, submitted, communicator_a, editor, superuser
    ):
        assert not submitted.live
        assert submitted.workflow_in_progress
        state = submitted.current_workflow_state
        assert state.requested_by == communicator_a
        assert state.workflow.name == "Relecture par le réseau"
        to_editor = [m for m in mail.outbox if editor.email in m.to]
        assert to_editor, "the editors are not notified"
        assert any("Atelier réparation de vélos" in m.body for m in to_editor)
        # nobody else: not the author, not another organisation's communicator (Wagtail tells
        # the site's administrators too)
        assert set(recipients(mail.outbox)) == {editor.email, superuser.email}

    @pytest.mark.parametrize("create", [True, False], ids=["new event", "existing draft"])
    def test_after_submitting_the_communicator_is_back_home_not_refused(
        self, agenda, org_a, communicator_a, editor, create
    ):
        client = logged_in(communicator_a)
        if create:
            url = reverse("wagtailadmin_pages:add", args=["agenda", "eventpage", agenda.pk])
            changes = {
                "title": "Atelier compost",
                "slug": "atelier-compost",
                "summary": "On composte.",
                "start": in_days(8).strftime("%Y-%m-%d %H:%M"),
                "organisers": [str(org_a.pk)],
            }
        else:
            url = reverse("wagtailadmin_pages:edit", args=[content.draft_event(agenda, org_a).pk])
            changes = {}
        response = client.post(
            url, form_data(client.get(url), {**changes, "action-submit": "action-submit"})
        )
        assert response["Location"] == reverse("wagtailadmin_home")
        home = client.get(response["Location"])
        messages = [str(m) for m in home.context["messages"]]
        assert len(messages) == 1 and "submitted for moderation" in messages[0]

    def test_action_publish_by_a_non_trusted_communicator_publishes_nothing(
        self, agenda, org_a, communicator_a, editor
    ):
        event = content.draft_event(agenda, org_a)
        client = logged_in(communicator_a)
        url = reverse("wagtailadmin_pages:edit", args=[event.pk])
        client.post(url, form_data(client.get(url), {"action-publish": "action-publish"}))
        event = Page.objects.get(pk=event.pk)
        assert not event.live
        assert not event.workflow_in_progress

    def test_a_trusted_organisations_communicator_publishes_without_review(
        self, agenda, org_t, trusted_communicator, editor
    ):
        event = content.draft_event(agenda, org_t)
        client = logged_in(trusted_communicator)
        url = reverse("wagtailadmin_pages:edit", args=[event.pk])
        mail.outbox.clear()
        client.post(url, form_data(client.get(url), {"action-publish": "action-publish"}))
        event = Page.objects.get(pk=event.pk)
        assert event.live
        assert not WorkflowState.objects.filter(object_id=str(event.pk)).exists()
        assert mail.outbox == []

    def test_news_go_through_the_same_review(self, newsroom, org_a, communicator_a, editor):
        item = content.draft_news(newsroom, org_a, title="Nous recrutons")
        client = logged_in(communicator_a)
        url = reverse("wagtailadmin_pages:edit", args=[item.pk])
        mail.outbox.clear()
        client.post(url, form_data(client.get(url), {"action-submit": "action-submit"}))
        item = NewsPage.objects.get(pk=item.pk)
        assert item.workflow_in_progress
        assert any(editor.email in m.to and "Nous recrutons" in m.body for m in mail.outbox)


class TestReview:
    def test_an_editor_approves_with_a_comment_the_page_goes_live_and_the_author_is_told(
        self, submitted, editor, communicator_a
    ):
        mail.outbox.clear()
        response = act(editor, submitted, "approve", "Parfait, merci !")
        assert response.status_code in {200, 302}
        page = Page.objects.get(pk=submitted.pk)
        assert page.live
        assert not page.workflow_in_progress
        state = WorkflowState.objects.get(object_id=str(page.pk))
        assert state.status == WorkflowState.STATUS_APPROVED
        (task_state,) = state.task_states.all()
        assert task_state.finished_by == editor
        assert task_state.comment == "Parfait, merci !"
        to_author = [m for m in mail.outbox if communicator_a.email in m.to]
        assert to_author
        assert any(
            'The page "Atelier réparation de vélos" has been approved' in m.body for m in to_author
        )

    def test_an_editor_rejects_with_a_comment_the_page_stays_a_draft_and_the_author_is_told(
        self, submitted, editor, communicator_a
    ):
        mail.outbox.clear()
        act(editor, submitted, "reject", "Il manque le lieu exact.")
        page = Page.objects.get(pk=submitted.pk)
        assert not page.live
        state = WorkflowState.objects.get(object_id=str(page.pk))
        assert state.status == WorkflowState.STATUS_NEEDS_CHANGES
        to_author = [m for m in mail.outbox if communicator_a.email in m.to]
        assert any(
            "has been rejected" in m.body and "Il manque le lieu exact." in m.body
            for m in to_author
        )

    @pytest.mark.parametrize("user", ["communicator_a", "communicator_b", "trusted_communicator"])
    def test_communicators_cannot_approve_even_their_own(self, request, submitted, user):
        response = act(request.getfixturevalue(user), submitted, "approve", "Moi-même")
        assert outcome(response) == "denied"
        page = Page.objects.get(pk=submitted.pk)
        assert not page.live and page.workflow_in_progress

    def test_the_editor_sees_it_waiting_on_the_dashboard(self, submitted, editor):
        dashboard = logged_in(editor).get(reverse("wagtailadmin_home")).content.decode()
        assert "Awaiting your review" in dashboard
        assert "Atelier réparation de vélos" in dashboard
        approve = reverse(
            "wagtailadmin_pages:workflow_action",
            args=[submitted.pk, "approve", submitted.current_workflow_task_state.pk],
        )
        assert approve in dashboard


class TestImportedEvents:
    CALENDAR = ics(
        vevent(
            "m1", "DTSTART:20270115T170000Z", "DTEND:20270115T190000Z", "SUMMARY:Bourse aux plantes"
        )
    )

    def test_a_source_not_publishing_directly_sends_its_events_to_the_editors(
        self, agenda, org_a, editor
    ):
        source = content.calendar_source(org_a, publish_directly=False)
        mail.outbox.clear()
        import_calendar(self.CALENDAR, source)
        event = EventPage.objects.get(source=source)
        assert not event.live
        assert event.workflow_in_progress
        assert any(editor.email in m.to and "Bourse aux plantes" in m.body for m in mail.outbox)

    def test_a_source_publishing_directly_publishes(self, agenda, org_t, editor):
        source = content.calendar_source(org_t, publish_directly=True)
        mail.outbox.clear()
        import_calendar(self.CALENDAR, source)
        event = EventPage.objects.get(source=source)
        assert event.live
        assert not WorkflowState.objects.filter(object_id=str(event.pk)).exists()
        assert mail.outbox == []


class TestProposals:
    """An anonymous visitor's proposal (made here as agenda/proposals.py makes it: a draft with
    the proposer's name and e-mail, submitted by nobody)."""

    def public(self, client, url):
        response = client.get(url)
        body = b"".join(response.streaming_content) if response.streaming else response.content
        return response.status_code, body.decode()

    def test_it_stays_off_the_public_site_until_an_editor_approves_it(
        self, client, agenda, org_a, editor
    ):
        proposal = content.proposal(agenda)
        content.live_event(agenda, org_a, title="Bal public")
        assert proposal.workflow_in_progress
        assert self.public(client, proposal.url)[0] == 404
        for url in [agenda.url, agenda.url + "agenda.ics"]:
            status, body = self.public(client, url)
            assert status == 200 and "Bal public" in body
            assert "Fête de la soupe" not in body

        act(editor, Page.objects.get(pk=proposal.pk), "approve")
        assert self.public(client, proposal.url)[0] == 200
        assert "Fête de la soupe" in self.public(client, agenda.url + "agenda.ics")[1]

    def test_the_editors_are_told_of_it(self, agenda, editor):
        mail.outbox.clear()
        content.proposal(agenda)
        assert any(editor.email in m.to and "Fête de la soupe" in m.body for m in mail.outbox)


class TestReimportedCalendars:
    """A communicator of a non-trusted organisation re-uploads its calendar: the preview said
    "1 updated, 1 unpublished", and confirming used to send them to the dashboard with "no
    permission", changing nothing (the import published and unpublished as them). What the import
    changes now goes through the same review as a new event."""

    V1 = ics(
        vevent("m1", "DTSTART:20270115T170000Z", "DTEND:20270115T190000Z", "SUMMARY:Bourse"),
        vevent("m2", "DTSTART:20270116T170000Z", "DTEND:20270116T190000Z", "SUMMARY:Troc"),
    )
    V2 = ics(
        vevent("m1", "DTSTART:20270115T170000Z", "DTEND:20270115T190000Z", "SUMMARY:Bourse 2"),
    )

    @staticmethod
    def upload(client, organisation, data, publish=False):
        fields = {"organisation": organisation.pk, "file": SimpleUploadedFile("roue.ics", data)}
        if publish:
            fields["publish"] = "on"
        preview = client.post(reverse("agenda_ical_upload"), fields)
        assert preview.status_code == 200, preview.content.decode()[:1000]
        token = re.search(r'name="token" value="([^"]+)"', preview.content.decode()).group(1)
        return preview, client.post(reverse("agenda_ical_upload"), {"token": token})

    @staticmethod
    def event(uid):
        return EventPage.objects.get(ical_uid=uid)

    def test_updates_and_removals_wait_for_the_editors_then_apply(
        self, agenda, org_a, communicator_a, editor
    ):
        client = logged_in(communicator_a)
        self.upload(client, org_a, self.V1)
        for uid in ("m1", "m2"):
            act(editor, self.event(uid), "approve")
        assert self.event("m1").live and self.event("m2").live
        mail.outbox.clear()

        preview, response = self.upload(client, org_a, self.V2)
        with translation.override("en"):
            summary = preview.context["report"].summary()
        assert "1 updated" in summary and "1 unpublished" in summary
        assert outcome(response) != "denied"
        assert response["Location"] == reverse("agenda_ical_upload")
        assert any("Import done" in m for m in messages_of(response))
        # the public still sees what the editors approved; the change waits for them
        bourse, troc = self.event("m1"), self.event("m2")
        assert bourse.live and bourse.title == "Bourse"
        assert bourse.get_latest_revision_as_object().title == "Bourse 2"
        assert bourse.workflow_in_progress and troc.workflow_in_progress and troc.live
        to_editor = [m for m in mail.outbox if editor.email in m.to]
        assert any("Bourse 2" in m.body for m in to_editor)
        assert any("Troc" in m.body for m in to_editor)
        # the edit form says where the event comes from and that it is gone from there
        edit = client.get(reverse("wagtailadmin_pages:edit", args=[troc.pk])).content.decode()
        assert "This event comes from the calendar" in edit
        assert "no longer in the calendar" in edit

        act(editor, self.event("m1"), "approve")
        act(editor, self.event("m2"), "approve")
        assert self.event("m1").live and self.event("m1").title == "Bourse 2"
        assert not self.event("m2").live  # approving the removal took it offline

    def test_an_editor_rejects_the_removal_and_the_event_stays(
        self, agenda, org_a, communicator_a, editor
    ):
        client = logged_in(communicator_a)
        self.upload(client, org_a, self.V1)
        for uid in ("m1", "m2"):
            act(editor, self.event(uid), "approve")
        self.upload(client, org_a, self.V2)
        act(editor, self.event("m2"), "reject", "Il a bien lieu.")
        assert self.event("m2").live
        # the calendar brings it back: nothing is left to take offline
        self.upload(client, org_a, self.V1)
        troc = self.event("m2")
        assert troc.live and not troc.source_withdrawn

    def test_a_trusted_organisation_reimports_without_review(
        self, agenda, org_t, trusted_communicator, editor
    ):
        client = logged_in(trusted_communicator)
        self.upload(client, org_t, self.V1, publish=True)
        mail.outbox.clear()
        preview, response = self.upload(client, org_t, self.V2, publish=True)
        assert outcome(response) != "denied"
        assert self.event("m1").live and self.event("m1").title == "Bourse 2"
        assert not self.event("m2").live
        assert not WorkflowState.objects.filter(status=WorkflowState.STATUS_IN_PROGRESS).exists()
        assert mail.outbox == []

    def test_an_event_the_calendar_dropped_can_be_put_back_by_hand(
        self, agenda, org_t, trusted_communicator
    ):
        client = logged_in(trusted_communicator)
        self.upload(client, org_t, self.V1, publish=True)
        self.upload(client, org_t, self.V2, publish=True)
        troc = self.event("m2")
        assert not troc.live and troc.source_withdrawn
        url = reverse("wagtailadmin_pages:edit", args=[troc.pk])
        response = client.post(
            url, form_data(client.get(url), {"action-publish": "action-publish"})
        )
        assert response.status_code == 302, response.context["form"].errors
        troc = self.event("m2")
        assert troc.live and not troc.source_withdrawn and troc.source is None
        # the next import of the same calendar leaves it as the communicator decided
        self.upload(client, org_t, self.V2, publish=True)
        assert self.event("m2").live
        # the calendar lists it again: it is the calendar's again, no second copy
        self.upload(client, org_t, self.V1, publish=True)
        assert EventPage.objects.filter(ical_uid="m2").get().source is not None

    def test_sync_now_of_a_source_the_editors_let_publish(
        self, agenda, org_a, communicator_a, editor, httpserver
    ):
        source = content.calendar_source(
            org_a, url=httpserver.url_for("/roue.ics"), publish_directly=True
        )
        httpserver.expect_request("/roue.ics").respond_with_data(self.V1)
        response = logged_in(communicator_a).post(reverse("agenda_sync_now", args=[source.pk]))
        assert outcome(response) != "denied"
        assert self.event("m1").live and self.event("m2").live

    def test_a_communicator_cannot_confirm_into_another_organisation(
        self, agenda, org_a, org_b, communicator_a, communicator_b
    ):
        client = logged_in(communicator_a)
        preview = client.post(
            reverse("agenda_ical_upload"),
            {"organisation": org_b.pk, "file": SimpleUploadedFile("x.ics", self.V1)},
        )
        assert "report" not in preview.context or preview.context["report"] is None
        assert not EventPage.objects.exists()


def per_person(messages):
    """{address: how many e-mails it got}."""
    return Counter(address for message in messages for address in message.to)


def submit(client, page):
    url = reverse("wagtailadmin_pages:edit", args=[page.pk])
    response = client.post(url, form_data(client.get(url), {"action-submit": "action-submit"}))
    assert response.status_code == 302
    return Page.objects.get(pk=page.pk)


class TestEmails:
    """One e-mail per person for each step of the review, and the reviewer's comment in the one
    the author gets, whether the page is approved or sent back for changes."""

    @pytest.fixture
    def event(self, agenda, org_a):
        return content.draft_event(agenda, org_a, title="Atelier réparation de vélos")

    def test_a_submission_emails_each_editor_once_the_administrator_who_edits_too(
        self, event, communicator_a, editor, superuser, roles
    ):
        _communicators, editors = roles
        superuser.groups.add(editors)
        mail.outbox.clear()
        submit(logged_in(communicator_a), event)
        assert per_person(mail.outbox) == {editor.email: 1, superuser.email: 1}
        assert all("Atelier réparation de vélos" in m.body for m in mail.outbox)

    def test_a_submission_emails_an_administrator_outside_the_editors_once(
        self, event, communicator_a, editor, superuser
    ):
        mail.outbox.clear()
        submit(logged_in(communicator_a), event)
        assert per_person(mail.outbox) == {editor.email: 1, superuser.email: 1}

    def test_nobody_is_emailed_their_own_submission(self, event, editor, superuser, roles):
        _communicators, editors = roles
        superuser.groups.add(editors)
        mail.outbox.clear()
        event.get_workflow().start(event, superuser)
        assert per_person(mail.outbox) == {editor.email: 1}

    def test_a_resubmission_after_changes_emails_each_editor_once(
        self, event, communicator_a, editor, superuser
    ):
        client = logged_in(communicator_a)
        page = submit(client, event)
        act(editor, page, "reject", "Il manque le lieu exact.")
        mail.outbox.clear()
        page = submit(client, page)
        assert page.current_workflow_state.status == WorkflowState.STATUS_IN_PROGRESS
        assert per_person(mail.outbox) == {editor.email: 1, superuser.email: 1}

    def test_the_approval_email_gives_the_editors_comment(self, submitted, editor, communicator_a):
        mail.outbox.clear()
        act(editor, submitted, "approve", "Parfait, merci ! Pensez à la photo.")
        assert per_person(mail.outbox) == {communicator_a.email: 1}
        (message,) = mail.outbox
        assert "has been approved" in message.body
        assert 'The following comment was left: "Parfait, merci ! Pensez à la photo."' in (
            message.body
        )

    def test_an_approval_without_comment_mentions_none(self, submitted, editor, communicator_a):
        mail.outbox.clear()
        act(editor, submitted, "approve")
        (message,) = mail.outbox
        assert "has been approved" in message.body and "comment" not in message.body

    def test_the_request_for_changes_email_gives_the_editors_comment(
        self, submitted, editor, communicator_a
    ):
        mail.outbox.clear()
        act(editor, submitted, "reject", "Il manque le lieu exact.")
        assert per_person(mail.outbox) == {communicator_a.email: 1}
        (message,) = mail.outbox
        assert 'The following comment was left: "Il manque le lieu exact."' in message.body
        edit = reverse("wagtailadmin_pages:edit", args=[submitted.pk])
        assert edit in message.body

    @pytest.mark.parametrize(
        "action, comment",
        [("approve", "Parfait, merci !"), ("reject", "Il manque le lieu exact.")],
    )
    def test_the_html_emails_give_the_comment_too(
        self, settings, submitted, editor, communicator_a, action, comment
    ):
        settings.WAGTAILADMIN_NOTIFICATION_USE_HTML = True
        mail.outbox.clear()
        act(editor, submitted, action, comment)
        (message,) = mail.outbox
        ((body, mimetype),) = message.alternatives
        assert mimetype == "text/html"
        assert f'The following comment was left: "{comment}"' in html.unescape(body)

"""The permission matrix of issue 8: who may create, edit, publish and delete the events, news,
organisation pages, calendar and feed sources, and reach the press book — through real HTTP
requests, each checked in the database.

Every cell GETs the admin view as the role, then POSTs the action (with the role's own form when
it was shown, otherwise with the form an administrator sees — a direct POST by someone who
knows the URL) and looks at the database: live flag, draft title, existence, fields."""

from collections.abc import Callable
from dataclasses import dataclass

from django.test import Client
from django.urls import reverse
from django.utils import translation

from wagtail.models import Page

import pytest

from agenda.models import CalendarSource, EventPage
from core.models import Commune
from news.models import FeedSource, NewsPage
from tests.accounts import content
from tests.accounts.conftest import form_data, from_module_scene, logged_in, outcome
from tests.agenda.conftest import in_days

pytestmark = pytest.mark.django_db

# One scene for every test of this module (the matrix alone has 192 cells): the site, pages,
# organisations, people and groups of conftest are built once (`module_scene`), and each test
# reads them afresh inside its own savepoint, rolled back after it. So every test sees all of
# them (A, B and T, the six people), not only those it names.
home_page = from_module_scene("home_page")
roles = from_module_scene("roles")
agenda = from_module_scene("agenda")
newsroom = from_module_scene("newsroom")
directory = from_module_scene("directory")
org_a = from_module_scene("org_a")
org_b = from_module_scene("org_b")
org_t = from_module_scene("org_t")
communicator_a = from_module_scene("communicator_a")
colleague_a = from_module_scene("colleague_a")
communicator_b = from_module_scene("communicator_b")
trusted_communicator = from_module_scene("trusted_communicator")
editor = from_module_scene("editor")
superuser = from_module_scene("superuser")

ALLOWED = "allowed"  # the view opens and the action takes effect
HELD = "held"  # the view opens but the action does not take effect (see below)
REFUSED = "refused"  # Wagtail's "permission denied"; a direct POST changes nothing
LOGIN = "login"  # sent to the login page; a direct POST changes nothing
A, H, R, L = ALLOWED, HELD, REFUSED, LOGIN
# HELD, case by case: a non-trusted communicator's "publish" saves a draft and publishes
# nothing; a communicator creating content for another organisation (an event or news item
# naming only A as organiser, a source of A) gets the form back with an error.

# Who acts, and on whose content. A and B are ordinary member organisations, T a trusted one.
# The proposer is an anonymous visitor who proposed an event through the public form: on
# events they act on their own proposal (a draft in the workflow), elsewhere on A's content.
ROLES = {
    "anonymous": (None, "A"),
    "proposer": (None, "proposal"),
    "communicator of A": ("communicator_a", "A"),
    "communicator of B": ("communicator_b", "A"),
    "trusted communicator, own": ("trusted_communicator", "T"),
    "trusted communicator, A's": ("trusted_communicator", "A"),
    "editor": ("editor", "A"),
    "superuser": ("superuser", "A"),
}

# fmt: off
# Events and news:                create edit publish delete-draft delete-live
CONTENT = {
    "anonymous":                  (L,    L,   L,      L,           L),
    "proposer":                   (L,    L,   L,      L,           L),
    "communicator of A":          (A,    A,   H,      A,           R),
    "communicator of B":          (H,    R,   R,      R,           R),
    "trusted communicator, own":  (A,    A,   A,      A,           A),
    "trusted communicator, A's":  (H,    R,   R,      R,           R),
    "editor":                     (A,    A,   A,      A,           A),
    "superuser":                  (A,    A,   A,      A,           A),
}
# Calendar and feed sources:      create edit publish delete
# (publish = the source's "publish directly")
SOURCES = {
    "anonymous":                  (L,    L,   L,      L),
    "proposer":                   (L,    L,   L,      L),
    "communicator of A":          (A,    A,   H,      A),
    "communicator of B":          (H,    R,   R,      R),
    "trusted communicator, own":  (A,    A,   A,      A),
    "trusted communicator, A's":  (H,    R,   R,      R),
    "editor":                     (A,    A,   A,      A),
    "superuser":                  (A,    A,   A,      A),
}
EXPECTED = {
    "event": CONTENT,
    "news": CONTENT,
    #                                 create edit publish delete
    "organisation page": {
        "anonymous":                  (L,    L,   L,      L),
        "proposer":                   (L,    L,   L,      L),
        "communicator of A":          (R,    A,   H,      R),
        "communicator of B":          (R,    R,   R,      R),
        "trusted communicator, own":  (R,    A,   A,      R),
        "trusted communicator, A's":  (R,    R,   R,      R),
        "editor":                     (A,    A,   A,      A),
        "superuser":                  (A,    A,   A,      A),
    },
    "calendar source": SOURCES,
    "feed source": SOURCES,
    # the pooled book is shared: reaching its listing and its add form is the right
    #                                 list  add
    "press book": {
        "anonymous":                  (L,    L),
        "proposer":                   (L,    L),
        "communicator of A":          (A,    A),
        "communicator of B":          (A,    A),
        "trusted communicator, own":  (A,    A),
        "trusted communicator, A's":  (A,    A),
        "editor":                     (A,    A),
        "superuser":                  (A,    A),
    },
}
# fmt: on
ACTIONS = {
    "event": ["create", "edit", "publish", "delete draft", "delete live"],
    "news": ["create", "edit", "publish", "delete draft", "delete live"],
    "organisation page": ["create", "edit", "publish", "delete"],
    "calendar source": ["create", "edit", "publish", "delete"],
    "feed source": ["create", "edit", "publish", "delete"],
    "press book": ["list", "add"],
}
NEW_TITLE = "Titre changé par le test"
NEW_URL = "https://nouvelle-adresse.example.org/flux"


@dataclass
class Scene:
    """What a cell needs: the fixtures, the organisation whose content is acted on."""

    request: pytest.FixtureRequest
    owner: str  # "A", "T" or "proposal"

    def fixture(self, name):
        return self.request.getfixturevalue(name)

    @property
    def org(self):
        return self.fixture("org_t" if self.owner == "T" else "org_a")


@dataclass
class Attempt:
    url: str
    changes: dict
    happened: Callable[[], bool]
    post: bool = True


def _page_changes(**extra):
    return {"title": NEW_TITLE, **extra}


def _draft_title_changed(page):
    return lambda: Page.objects.get(pk=page.pk).draft_title == NEW_TITLE


def _published(page):
    def happened():
        fresh = Page.objects.get(pk=page.pk)
        return fresh.live and fresh.title == NEW_TITLE

    return happened


def _gone(model, pk):
    return lambda: not model.objects.filter(pk=pk).exists()


def _day(days, hour):
    return in_days(days, hour=hour, minute=0).strftime("%Y-%m-%d %H:%M")


def page_attempt(scene, kind, action):
    """Events and news: create under the agenda / newsroom, edit a live one, publish a draft,
    delete a draft or a live one."""
    if kind == "event":
        parent = scene.fixture("agenda")
        live, draft = content.live_event, content.draft_event
        creation = {
            "slug": "titre-change",
            "summary": "Une journée portes ouvertes.",
            "start": _day(20, 10),
            "end": _day(20, 18),
            "commune": str(Commune.objects.get(insee="05061").pk),
            "organisers": [str(scene.org.pk)],
        }
    else:
        parent = scene.fixture("newsroom")
        live, draft = content.live_news, content.draft_news
        creation = {
            "slug": "titre-change",
            "summary": "Une nouvelle.",
            "organisations": [str(scene.org.pk)],
        }
    if action == "create":
        model = EventPage if kind == "event" else NewsPage
        app, name = model._meta.app_label, model._meta.model_name
        return Attempt(
            reverse("wagtailadmin_pages:add", args=[app, name, parent.pk]),
            {"title": NEW_TITLE, **creation},
            lambda: model.objects.filter(title=NEW_TITLE).exists(),
        )
    if scene.owner == "proposal" and kind == "event" and action != "delete live":
        page = content.proposal(parent)
    elif action in {"publish", "delete draft"}:
        page = draft(parent, scene.org)
    else:
        page = live(parent, scene.org)
    return existing_page_attempt(page, action)


def existing_page_attempt(page, action):
    """Edit `page` (a new draft title), publish it (with a new title) or delete it."""
    if action == "edit":
        return Attempt(
            reverse("wagtailadmin_pages:edit", args=[page.pk]),
            _page_changes(),
            _draft_title_changed(page),
        )
    if action == "publish":
        return Attempt(
            reverse("wagtailadmin_pages:edit", args=[page.pk]),
            _page_changes(**{"action-publish": "action-publish"}),
            _published(page),
        )
    return Attempt(reverse("wagtailadmin_pages:delete", args=[page.pk]), {}, _gone(Page, page.pk))


def organisation_attempt(scene, action):
    org = scene.org
    if action == "create":
        directory = scene.fixture("directory")
        return Attempt(
            reverse("wagtailadmin_pages:add", args=["directory", "organisationpage", directory.pk]),
            {
                "title": NEW_TITLE,
                "slug": "titre-change",
                "summary": "Une nouvelle structure.",
                "legal_form": "association",
                "commune": str(Commune.objects.get(insee="05061").pk),
            },
            lambda: Page.objects.filter(title=NEW_TITLE).exists(),
        )
    return existing_page_attempt(org, action)


def source_attempt(scene, kind, action):
    if kind == "calendar source":
        model, make, prefix = CalendarSource, content.calendar_source, "agenda_calendarsource"
        creation = {"name": "Agenda des ateliers", "url": NEW_URL}
        created = lambda: CalendarSource.objects.filter(url=NEW_URL).exists()  # noqa: E731
    else:
        model, make, prefix = FeedSource, content.feed_source, "news_feedsource"
        creation = {"url": NEW_URL}
        created = lambda: FeedSource.objects.filter(url=NEW_URL).exists()  # noqa: E731
    name = f"wagtailsnippets_{prefix}"
    if action == "create":
        return Attempt(
            reverse(f"{name}:add"), {"organisation": str(scene.org.pk), **creation}, created
        )
    source = make(scene.org)
    if action == "edit":
        return Attempt(
            reverse(f"{name}:edit", args=[source.pk]),
            {"url": NEW_URL},
            lambda: model.objects.get(pk=source.pk).url == NEW_URL,
        )
    if action == "publish":
        return Attempt(
            reverse(f"{name}:edit", args=[source.pk]),
            {"publish_directly": "on"},
            lambda: model.objects.get(pk=source.pk).publish_directly,
        )
    return Attempt(reverse(f"{name}:delete", args=[source.pk]), {}, _gone(model, source.pk))


def press_attempt(scene, action):
    name = "wagtailsnippets_press_presscontact:" + ("list" if action == "list" else "add")
    return Attempt(reverse(name), {}, lambda: True, post=False)


def attempt_for(scene, subject, action):
    if subject in {"event", "news"}:
        return page_attempt(scene, subject, action)
    if subject == "organisation page":
        return organisation_attempt(scene, action)
    if subject in {"calendar source", "feed source"}:
        return source_attempt(scene, subject, action)
    return press_attempt(scene, action)


def play(client, admin, attempt):
    """GET the view as the role, POST the action, and say what happened (one of the four)."""
    shown = client.get(attempt.url)
    got = outcome(shown)
    if not attempt.post:
        return {"ok": ALLOWED, "denied": REFUSED, "login": LOGIN}.get(got, got)
    form_source = shown if got == "ok" else admin.get(attempt.url)
    client.post(attempt.url, form_data(form_source, attempt.changes))
    happened = attempt.happened()
    if got == "ok":
        return ALLOWED if happened else HELD
    if got == "denied":
        return "refused, yet it happened" if happened else REFUSED
    if got == "login":
        return "sent to the login page, yet it happened" if happened else LOGIN
    return got


CELLS = [
    pytest.param(subject, role, index, id=f"{subject}-{action}-{role}")
    for subject, actions in ACTIONS.items()
    for index, action in enumerate(actions)
    for role in ROLES
]


@pytest.mark.parametrize(("subject", "role", "index"), CELLS)
def test_permission_matrix(request, roles, agenda, newsroom, superuser, subject, role, index):
    user_fixture, owner = ROLES[role]
    action = ACTIONS[subject][index]
    scene = Scene(request, owner)
    scene.fixture("org_b")  # B exists in every scene (its communicator acts on A's content)
    attempt = attempt_for(scene, subject, action)
    if user_fixture:
        client = logged_in(request.getfixturevalue(user_fixture))
    else:
        client = Client(headers={"accept-language": "en"})
    assert play(client, logged_in(superuser), attempt) == EXPECTED[subject][role][index]


# --- the rules behind the matrix, one by one ------------------------------------------------


class TestEventsAndNewsOfCommunicators:
    def test_an_event_must_name_one_of_the_communicators_organisations(
        self, agenda, org_a, org_b, communicator_b
    ):
        client = logged_in(communicator_b)
        url = reverse("wagtailadmin_pages:add", args=["agenda", "eventpage", agenda.pk])
        response = client.post(
            url,
            form_data(
                client.get(url),
                {
                    "title": NEW_TITLE,
                    "slug": "titre-change",
                    "summary": "Une fête.",
                    "start": _day(20, 10),
                    "commune": str(Commune.objects.get(insee="05061").pk),
                    "organisers": [str(org_a.pk)],
                },
            ),
        )
        assert response.status_code == 200
        assert response.context["form"].errors["organisers"] == [
            "Choose at least one of your organisations: Ludambule."
        ]
        assert not EventPage.objects.filter(title=NEW_TITLE).exists()

    def test_co_organisers_from_other_organisations_are_welcome_and_may_edit_it(
        self, agenda, org_a, org_b, communicator_a, communicator_b
    ):
        client = logged_in(communicator_a)
        url = reverse("wagtailadmin_pages:add", args=["agenda", "eventpage", agenda.pk])
        client.post(
            url,
            form_data(
                client.get(url),
                {
                    "title": NEW_TITLE,
                    "slug": "titre-change",
                    "summary": "Une fête à deux.",
                    "start": _day(20, 10),
                    "commune": str(Commune.objects.get(insee="05061").pk),
                    "organisers": [str(org_a.pk), str(org_b.pk)],
                },
            ),
        )
        event = EventPage.objects.get(title=NEW_TITLE)
        assert not event.live
        assert event.owner == communicator_a
        edit = reverse("wagtailadmin_pages:edit", args=[event.pk])
        other = logged_in(communicator_b)
        other.post(edit, form_data(other.get(edit), {"title": "Fête de B et de A"}))
        assert Page.objects.get(pk=event.pk).draft_title == "Fête de B et de A"

    @pytest.mark.parametrize("kind", ["event", "news"])
    def test_colleagues_edit_each_others_work(
        self, agenda, newsroom, org_a, communicator_a, colleague_a, kind
    ):
        if kind == "event":
            page = content.draft_event(agenda, org_a, owner=communicator_a)
        else:
            page = content.draft_news(newsroom, org_a, owner=communicator_a)
        client = logged_in(colleague_a)
        url = reverse("wagtailadmin_pages:edit", args=[page.pk])
        client.post(url, form_data(client.get(url), {"title": NEW_TITLE}))
        assert Page.objects.get(pk=page.pk).draft_title == NEW_TITLE

    @pytest.mark.parametrize(
        ("user", "org", "unpublished"),
        [
            ("communicator_a", "org_a", False),
            ("trusted_communicator", "org_t", True),
            ("editor", "org_a", True),
        ],
    )
    def test_only_a_trusted_organisation_unpublishes_without_an_editor(
        self, request, agenda, user, org, unpublished
    ):
        event = content.live_event(agenda, request.getfixturevalue(org))
        client = logged_in(request.getfixturevalue(user))
        url = reverse("wagtailadmin_pages:unpublish", args=[event.pk])
        client.get(url)
        client.post(url)
        assert Page.objects.get(pk=event.pk).live is not unpublished

    def test_communicators_cannot_move_copy_or_lock_even_their_own_pages(
        self, agenda, newsroom, org_t, trusted_communicator
    ):
        event = content.live_event(agenda, org_t)
        client = logged_in(trusted_communicator)
        for name in ["move", "copy", "lock"]:
            url = reverse(f"wagtailadmin_pages:{name}", args=[event.pk])
            assert outcome(client.get(url)) in {"denied", "HTTP 405 → "}, name
            assert outcome(client.post(url)) == "denied", name
        assert EventPage.objects.count() == 1
        assert not Page.objects.get(pk=event.pk).locked


class TestOrganisationPage:
    def test_a_communicator_cannot_mark_their_organisation_trusted(self, org_a, communicator_a):
        client = logged_in(communicator_a)
        url = reverse("wagtailadmin_pages:edit", args=[org_a.pk])
        shown = client.get(url)
        assert 'name="trusted"' not in shown.content.decode()
        client.post(url, form_data(shown, {"trusted": "on", "summary": "Nous sommes sûrs."}))
        revision = Page.objects.get(pk=org_a.pk).get_latest_revision()
        assert revision.content["summary"] == "Nous sommes sûrs."
        assert revision.content["trusted"] is False

    def test_an_editor_marks_it_trusted(self, org_a, editor):
        client = logged_in(editor)
        url = reverse("wagtailadmin_pages:edit", args=[org_a.pk])
        shown = client.get(url)
        client.post(url, form_data(shown, {"trusted": "on", "action-publish": "action-publish"}))
        org_a.refresh_from_db()
        assert org_a.trusted


class TestSources:
    @pytest.mark.parametrize(
        ("name", "make"),
        [
            ("wagtailsnippets_agenda_calendarsource", content.calendar_source),
            ("wagtailsnippets_news_feedsource", content.feed_source),
        ],
    )
    def test_the_listing_shows_only_the_users_organisations_sources(
        self, org_a, org_b, communicator_a, editor, name, make
    ):
        make(org_a)
        make(org_b)
        url = reverse(f"{name}:list")
        mine = logged_in(communicator_a).get(url).content.decode()
        assert "la-roue.example.org" in mine or "La Roue" in mine
        assert "Ludambule" not in mine and "ludambule.example.org" not in mine
        every = logged_in(editor).get(url).content.decode()
        assert "Ludambule" in every and "La Roue" in every

    @pytest.mark.parametrize(
        "name", ["wagtailsnippets_agenda_calendarsource", "wagtailsnippets_news_feedsource"]
    )
    def test_the_add_form_offers_only_the_users_organisations(
        self, org_a, org_b, org_t, communicator_a, name
    ):
        from tests.accounts.conftest import parse_form

        data, options = parse_form(logged_in(communicator_a).get(reverse(f"{name}:add")))
        assert options["organisation"] == ["", str(org_a.pk)]

    @pytest.mark.parametrize(
        "name", ["wagtailsnippets_agenda_calendarsource", "wagtailsnippets_news_feedsource"]
    )
    def test_the_sync_bookkeeping_is_not_editable(self, communicator_a, editor, name):
        from tests.accounts.conftest import parse_form

        for user in (communicator_a, editor):
            data, _options = parse_form(logged_in(user).get(reverse(f"{name}:add")))
            assert not {"etag", "last_modified", "last_result", "last_error"} & set(data)

    @pytest.mark.parametrize(
        ("name", "model"),
        [
            ("wagtailsnippets_agenda_calendarsource", CalendarSource),
            ("wagtailsnippets_news_feedsource", FeedSource),
        ],
    )
    def test_publish_directly_is_refused_to_a_non_trusted_organisation(
        self, org_a, communicator_a, name, model
    ):
        client = logged_in(communicator_a)
        url = reverse(f"{name}:add")
        response = client.post(
            url,
            form_data(
                client.get(url),
                {
                    "organisation": str(org_a.pk),
                    "name": "Agenda",
                    "url": NEW_URL,
                    "publish_directly": "on",
                },
            ),
        )
        # (a lazy message: read in English, whatever language the request left active)
        with translation.override("en"):
            assert response.context["form"].errors["publish_directly"] == [
                "Only a trusted organisation's sources publish directly; the network's editors "
                "can mark yours as trusted."
            ]
        assert not model.objects.exists()

    def test_sync_now_works_on_an_own_source_and_is_refused_on_anothers(
        self, agenda, org_a, org_b, communicator_a, httpserver
    ):
        calendar = (
            "BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:-//Test//Test//FR\r\n"
            "BEGIN:VEVENT\r\nUID:s1\r\nDTSTAMP:20261101T000000Z\r\n"
            "DTSTART:20270115T170000Z\r\nSUMMARY:Atelier vélo\r\nEND:VEVENT\r\n"
            "END:VCALENDAR\r\n"
        )
        httpserver.expect_request("/agenda.ics").respond_with_data(
            calendar, content_type="text/calendar"
        )
        own = content.calendar_source(org_a, url=httpserver.url_for("/agenda.ics"))
        other = content.calendar_source(org_b, url=httpserver.url_for("/agenda.ics"))
        client = logged_in(communicator_a)
        client.post(reverse("agenda_sync_now", args=[own.pk]))
        refused = client.post(reverse("agenda_sync_now", args=[other.pk]))
        assert outcome(refused) == "denied"
        own.refresh_from_db()
        other.refresh_from_db()
        assert own.last_fetch_at is not None
        assert other.last_fetch_at is None
        # imported as a draft waiting for the editors: A is not trusted
        (event,) = EventPage.objects.filter(source=own)
        assert not event.live and event.workflow_in_progress
        assert not EventPage.objects.filter(source=other).exists()


class TestCalendarUpload:
    def upload(self, client, org, publish):
        from django.core.files.uploadedfile import SimpleUploadedFile

        calendar = (
            b"BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:-//Test//Test//FR\r\n"
            b"BEGIN:VEVENT\r\nUID:u1\r\nDTSTAMP:20261101T000000Z\r\n"
            b"DTSTART:20270115T170000Z\r\nSUMMARY:Atelier couture\r\nEND:VEVENT\r\n"
            b"END:VCALENDAR\r\n"
        )
        data = {
            "organisation": str(org.pk),
            "file": SimpleUploadedFile("ateliers.ics", calendar, "text/calendar"),
        }
        if publish:
            data["publish"] = "on"
        return client.post(reverse("agenda_ical_upload"), data)

    def test_it_offers_only_the_users_organisations(self, agenda, org_a, org_b, communicator_a):
        from tests.accounts.conftest import parse_form

        _data, options = parse_form(logged_in(communicator_a).get(reverse("agenda_ical_upload")))
        assert options["organisation"] == ["", str(org_a.pk)]

    def test_a_non_trusted_organisation_cannot_publish_directly(
        self, agenda, org_a, communicator_a
    ):
        response = self.upload(logged_in(communicator_a), org_a, publish=True)
        assert response.context["form"].errors["publish"] == [
            "Only a trusted organisation's events are published directly; yours will wait "
            "for an editor's approval."
        ]
        assert response.context["report"] is None

    def test_a_trusted_organisation_can(self, agenda, org_t, trusted_communicator):
        response = self.upload(logged_in(trusted_communicator), org_t, publish=True)
        assert response.context["form"].errors == {}
        assert response.context["report"].created == ["Atelier couture"]

    def test_nobody_uploads_for_another_organisation(self, agenda, org_a, communicator_b):
        response = self.upload(logged_in(communicator_b), org_a, publish=False)
        assert "organisation" in response.context["form"].errors
        assert not CalendarSource.objects.exists()

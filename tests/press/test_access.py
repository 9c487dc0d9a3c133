"""The access matrix: every URL of the press book × anonymous, a journalist who used their personal
links (self-update, embargo access), a logged-in user without press
permission, a communicator and a network editor. Nobody without the permission ever gets a
page with a contact on it."""

import re

from django.contrib.auth.models import Group, Permission
from django.contrib.messages import get_messages
from django.core import mail
from django.urls import reverse
from django.utils import timezone, translation
from django.utils.html import escape
from django.utils.translation import gettext

from wagtail.models import GroupPagePermission, ReferenceIndex

import pytest

from core.models import Theme
from home import roles
from press import actions, self_update
from press.admin_urls import CHANGES, CONTACTS, EXPORTS, MAILINGS, OUTLETS, PITCHES, TOKENS
from press.models import ContactChange, Pitch, PressExport, PressMailing, PressToken
from tests.factories import DirectoryPageFactory, OrganisationPageFactory
from tests.press.conftest import SECRET_SURNAME, content, leaks, make_user
from tests.press.factories import PressContactFactory

pytestmark = pytest.mark.django_db

ANONYMOUS, NOBODY, COMMUNICATOR, EDITOR = "anonymous", "nobody", "communicator", "editor"
# a journalist who holds personal links (their self-update link, an embargo access) and used
# them in this browser: no account, so every admin URL is as closed as to anyone anonymous
JOURNALIST = "journalist"
PRESS_USERS = {COMMUNICATOR, EDITOR}
EDITORS = {EDITOR}
NOBODY_AT_ALL = set()

CONTACT_CHOOSER = "wagtailsnippetchoosers_press_presscontact"
OUTLET_CHOOSER = "wagtailsnippetchoosers_press_mediaoutlet"
EXPORT_CHOOSER = "wagtailsnippetchoosers_press_pressexport"
PITCH_CHOOSER = "wagtailsnippetchoosers_press_pitch"


def bulk(model, action, pk):
    return reverse("wagtail_bulk_action", args=["press", model, action]) + f"?id={pk}"


def section_urls(contact, export):
    """(label, method, url, roles allowed) for every URL of the section ("get, redirected": a
    GET that sends those allowed on to another page)."""
    c, o, e = contact.pk, contact.outlet.pk, export.pk
    p = Pitch.objects.create(contact=contact, subject="Le festival des possibles").pk
    ch = ContactChange.objects.create(contact=contact, changes={"role": "Pigiste"}).pk
    m = PressMailing.objects.create(subject="La Roue a dix ans", message="…").pk
    token = PressToken(name="Radio Alpine Meilleure", contact=contact)
    token.new_key()
    token.save()
    t = token.pk

    def url(namespace, name, *args):
        return reverse(f"{namespace}:{name}", args=args)

    return [
        # Contacts
        ("contacts", "get", url(CONTACTS, "list"), PRESS_USERS),
        ("contacts results", "get", url(CONTACTS, "list_results"), PRESS_USERS),
        ("to verify", "get", url(CONTACTS, "list") + "?freshness=due", PRESS_USERS),
        ("search", "get", url(CONTACTS, "list_results") + "?q=quasimodo", PRESS_USERS),
        ("export csv", "get", url(CONTACTS, "list") + "?export=csv", PRESS_USERS),
        ("export xlsx", "get", url(CONTACTS, "list") + "?export=xlsx", PRESS_USERS),
        ("export vcard", "get", url(CONTACTS, "list") + "?export=vcf", PRESS_USERS),
        ("add contact", "get", url(CONTACTS, "add"), PRESS_USERS),
        ("edit contact", "get", url(CONTACTS, "edit", c), EDITORS),
        ("delete contact", "get", url(CONTACTS, "delete", c), EDITORS),
        ("contact usage", "get", url(CONTACTS, "usage", c), EDITORS),
        ("inspect contact", "get", url(CONTACTS, "inspect", c), PRESS_USERS),
        ("contact history", "get", url(CONTACTS, "history", c), PRESS_USERS),
        ("contact history results", "get", url(CONTACTS, "history_results", c), PRESS_USERS),
        ("still correct", "post", url(CONTACTS, "verify", c), PRESS_USERS),
        ("send self-update link", "post", url(CONTACTS, "send_link", c), PRESS_USERS),
        ("propose a correction", "get", url(CONTACTS, "propose", c), PRESS_USERS),
        # Mailings: those who may send (the editors here)
        ("mailings", "get", url(MAILINGS, "list"), EDITORS),
        ("add a mailing", "get", url(MAILINGS, "add"), EDITORS),
        ("edit a mailing", "get", url(MAILINGS, "edit", m), EDITORS),
        ("send a mailing", "get", url(MAILINGS, "send", m), EDITORS),
        # Embargo accesses: the editors give and revoke them
        ("embargo accesses", "get", url(TOKENS, "list"), EDITORS),
        ("add an embargo access", "get", url(TOKENS, "add"), EDITORS),
        ("edit an embargo access", "get", url(TOKENS, "edit", t), EDITORS),
        ("delete an embargo access", "get", url(TOKENS, "delete", t), EDITORS),
        # Proposed corrections: the editors review them; nobody adds or deletes them as data
        ("corrections", "get", url(CHANGES, "list"), EDITORS),
        ("corrections results", "get", url(CHANGES, "list_results"), EDITORS),
        ("review a correction", "get", url(CHANGES, "review", ch), EDITORS),
        ("edit a correction", "get, redirected", url(CHANGES, "edit", ch), EDITORS),
        ("add a correction as data", "get", url(CHANGES, "add"), NOBODY_AT_ALL),
        ("delete a correction", "get", url(CHANGES, "delete", ch), NOBODY_AT_ALL),
        ("objection", "get", url(CONTACTS, "object", c), PRESS_USERS),
        ("erasure", "get", url(CONTACTS, "erase", c), EDITORS),
        ("privacy notice", "get", url(CONTACTS, "privacy"), PRESS_USERS),
        ("import upload", "get", url(CONTACTS, "import"), PRESS_USERS),
        ("import confirm", "post", url(CONTACTS, "import_confirm"), PRESS_USERS),
        # Outlets
        ("outlets", "get", url(OUTLETS, "list"), PRESS_USERS),
        ("outlets results", "get", url(OUTLETS, "list_results"), PRESS_USERS),
        ("add outlet", "get", url(OUTLETS, "add"), PRESS_USERS),
        ("edit outlet", "get", url(OUTLETS, "edit", o), EDITORS),
        ("delete outlet", "get", url(OUTLETS, "delete", o), EDITORS),
        ("outlet usage", "get", url(OUTLETS, "usage", o), EDITORS),
        ("inspect outlet", "get", url(OUTLETS, "inspect", o), PRESS_USERS),
        ("outlet history", "get", url(OUTLETS, "history", o), PRESS_USERS),
        # The export log: read only, editors only
        # The shared contact log: every press user logs and reads; a pitch logged by someone
        # else is changed by the editors only
        ("contact log", "get", url(PITCHES, "list"), PRESS_USERS),
        ("contact log results", "get", url(PITCHES, "list_results"), PRESS_USERS),
        (
            "contact log hides the lately pitched",
            "get",
            url(CONTACTS, "list") + "?not_pitched_within=7",
            PRESS_USERS,
        ),
        ("log a pitch", "get", url(PITCHES, "add") + f"?contact={c}", PRESS_USERS),
        ("edit a pitch", "get", url(PITCHES, "edit", p), EDITORS),
        ("delete a pitch", "get", url(PITCHES, "delete", p), EDITORS),
        ("choose pitch", "get", url(PITCH_CHOOSER, "choose"), PRESS_USERS),
        ("export log", "get", url(EXPORTS, "list"), EDITORS),
        ("export log results", "get", url(EXPORTS, "list_results"), EDITORS),
        ("add export log", "get", url(EXPORTS, "add"), NOBODY_AT_ALL),
        ("edit export log", "get", url(EXPORTS, "edit", e), NOBODY_AT_ALL),
        ("delete export log", "get", url(EXPORTS, "delete", e), NOBODY_AT_ALL),
        ("export log history", "get", url(EXPORTS, "history", e), NOBODY_AT_ALL),
        # Choosers (Wagtail's modals, reachable by URL)
        ("choose contact", "get", url(CONTACT_CHOOSER, "choose"), PRESS_USERS),
        ("choose contact results", "get", url(CONTACT_CHOOSER, "choose_results"), PRESS_USERS),
        ("chosen contact", "get", url(CONTACT_CHOOSER, "chosen", c), PRESS_USERS),
        (
            "chosen contacts",
            "get",
            url(CONTACT_CHOOSER, "chosen_multiple") + f"?id={c}",
            PRESS_USERS,
        ),
        ("choose outlet", "get", url(OUTLET_CHOOSER, "choose"), PRESS_USERS),
        ("chosen outlet", "get", url(OUTLET_CHOOSER, "chosen", o), PRESS_USERS),
        ("choose export", "get", url(EXPORT_CHOOSER, "choose"), EDITORS),
        ("chosen export", "get", url(EXPORT_CHOOSER, "chosen", e), EDITORS),
        # Bulk actions
        ("bulk verify", "get", bulk("presscontact", "verify", c), PRESS_USERS),
        ("bulk moved", "get", bulk("presscontact", "mark-moved", c), EDITORS),
        ("bulk bounced", "get", bulk("presscontact", "mark-bounced", c), EDITORS),
        ("bulk vcard", "get", bulk("presscontact", "export-vcard", c), PRESS_USERS),
        ("bulk delete contacts", "get", bulk("presscontact", "delete", c), EDITORS),
        ("bulk delete outlets", "get", bulk("mediaoutlet", "delete", o), EDITORS),
        ("bulk delete export log", "get", bulk("pressexport", "delete", e), NOBODY_AT_ALL),
    ]


@pytest.fixture
def users(nobody, communicator, editor):
    return {
        ANONYMOUS: None,
        JOURNALIST: None,
        NOBODY: nobody,
        COMMUNICATOR: communicator,
        EDITOR: editor,
    }


@pytest.fixture
def export(editor):
    return PressExport.objects.create(
        user=editor, username="editor", format="csv", contact_count=1, filters="q=quasimodo"
    )


def test_the_roles_hold_the_press_permissions_the_section_relies_on():
    communicators = Group.objects.get(name=roles.COMMUNICATORS)
    codenames = set(communicators.permissions.values_list("codename", flat=True))
    assert {"view_presscontact", "add_presscontact", "verify_presscontact"} <= codenames
    assert "export_presscontact" in codenames
    assert not {"change_presscontact", "delete_presscontact"} & codenames
    editors = Group.objects.get(name=roles.NETWORK_EDITORS)
    assert {"change_presscontact", "delete_presscontact", "view_pressexport"} <= set(
        editors.permissions.values_list("codename", flat=True)
    )


def journalist_opens_their_links(client):
    """A journalist of the book opens their self-update link and their embargo access."""
    journalist = PressContactFactory(first_name="Lucie", last_name="Borel")
    self_update.send_link(journalist)
    (link,) = re.findall(r"https?://[^/\s]+(/\S+:\S+/)", mail.outbox[-1].body)
    token = PressToken(name="Lucie Borel", contact=journalist)
    key = token.new_key()
    token.save()
    for url in (link, reverse("press_embargo", args=[key])):
        page = client.get(url)
        assert page.status_code == 200 and not leaks(page)


@pytest.mark.parametrize("role", [ANONYMOUS, JOURNALIST, NOBODY, COMMUNICATOR, EDITOR])
def test_access_matrix(client, users, role, secret_contact, export):
    if role == JOURNALIST:
        journalist_opens_their_links(client)
    elif users[role]:
        client.force_login(users[role])
    login_url = reverse("wagtailadmin_login")
    home_url = reverse("wagtailadmin_home")
    failures = []
    for label, method, url, allowed in section_urls(secret_contact, export):
        response = getattr(client, method.split(",")[0])(url)
        status, location = response.status_code, response.get("Location", "")
        if role in (ANONYMOUS, JOURNALIST):
            ok = status == 302 and location.startswith(login_url) and not leaks(response)
        elif role not in allowed:
            # Wagtail's "permission denied": back to the dashboard with a message.
            ok = status in (302, 403) and not leaks(response)
            ok = ok and (status == 403 or location == home_url)
        elif method in ("post", "get, redirected"):
            ok = status == 302 and location != home_url
        else:
            ok = status == 200
        if not ok:
            failures.append(f"{label} {url}: {status} {location}")
    assert not failures, f"{role}: " + "; ".join(failures)


def test_a_denied_user_is_told_so_and_sees_no_contact(client, nobody, secret_contact):
    client.force_login(nobody)
    response = client.get(reverse(f"{CONTACTS}:list"))
    assert response.status_code == 302
    assert response["Location"] == reverse("wagtailadmin_home")
    (message,) = get_messages(response.wsgi_request)
    # Wagtail's own message, in the site's default language (the admin URLs carry none).
    with translation.override("fr"):
        expected = gettext("Sorry, you do not have permission to access this area.")
    assert escape(expected) in str(message)
    assert not leaks(client.get(response["Location"]))


def test_the_section_shows_the_contact_to_those_who_may_see_it(
    client, communicator, secret_contact
):
    client.force_login(communicator)
    for url in (
        reverse(f"{CONTACTS}:list"),
        reverse(f"{CONTACTS}:inspect", args=[secret_contact.pk]),
    ):
        assert SECRET_SURNAME in content(client.get(url))


def test_the_press_menu_shows_only_to_press_users(client, nobody, communicator, editor):
    for user, shown in ((nobody, False), (communicator, True), (editor, True)):
        client.force_login(user)
        html = content(client.get(reverse("wagtailadmin_home")))
        assert ("press-book" in html) is shown, user.username
        assert (reverse(f"{EXPORTS}:list") in html) is (user == editor)


def test_still_correct_needs_a_post(client, communicator, secret_contact):
    secret_contact.last_verified_at = timezone.now() - timezone.timedelta(days=400)
    secret_contact.save()
    client.force_login(communicator)
    response = client.get(reverse(f"{CONTACTS}:verify", args=[secret_contact.pk]))
    assert response.status_code == 405
    secret_contact.refresh_from_db()
    assert secret_contact.last_verified_at < timezone.now() - timezone.timedelta(days=399)


@pytest.mark.indexed
def test_the_rest_of_the_admin_shows_no_contact_to_others(client, nobody, editor, secret_contact):
    """Wagtail's site history and admin search reach every model's log entries and pages."""
    actions.mark_verified([secret_contact], editor)  # a log entry labelled with the name
    client.force_login(nobody)
    for url in (
        reverse("wagtailadmin_reports:site_history"),
        reverse("wagtailadmin_reports:site_history_results"),
        reverse("wagtailadmin_pages:search") + "?q=" + SECRET_SURNAME,
        reverse("wagtailsnippets:index"),
    ):
        response = client.get(url)
        assert response.status_code in (200, 302), url
        assert not leaks(response), url
        assert "presscontact" not in content(response), url
    client.force_login(editor)  # the control: the history does hold the name
    assert leaks(client.get(reverse("wagtailadmin_reports:site_history")))


@pytest.mark.indexed
def test_usage_views_of_what_contacts_refer_to_do_not_list_them(
    client, django_user_model, home_page
):
    """Wagtail's "usage" of a page or a theme lists what refers to it to whoever may edit that
    page or theme: a contact must show there as "(Private press contact)", never by name."""
    theme = Theme.objects.get(slug="culture")
    organisation = OrganisationPageFactory(parent=DirectoryPageFactory(parent=home_page))
    PressContactFactory(last_name=SECRET_SURNAME, beats=[theme], added_for=organisation)
    assert ReferenceIndex.get_references_to(organisation).exists()
    webmaster = make_user(
        django_user_model,
        "webmaster",
        permissions=["wagtailadmin.access_admin", "core.change_theme"],
    )
    group = Group.objects.create(name="Webmasters")
    GroupPagePermission.objects.create(
        group=group, page=home_page, permission=Permission.objects.get(codename="change_page")
    )
    webmaster.groups.add(group)
    client.force_login(webmaster)
    for url in (
        reverse("wagtailadmin_pages:usage", args=[organisation.pk]),
        reverse("wagtailsnippets_core_theme:usage", args=[theme.pk]),
    ):
        response = client.get(url)
        assert response.status_code == 200, url
        assert not leaks(response), url

"""Editors invite communicators by e-mail: the invitation makes the account, ties it to its
organisations and sends a link to choose a password, which works once."""

import re

from django.contrib.auth import get_user_model
from django.core import mail
from django.test import Client
from django.urls import reverse
from django.utils import translation
from django.utils.translation import gettext

import pytest

from directory.models import Communicator
from home.roles import COMMUNICATORS
from tests.accounts.conftest import logged_in, outcome

pytestmark = pytest.mark.django_db

INVITE = "home_invite_communicator"


@pytest.fixture
def invite(django_capture_on_commit_callbacks):
    """POST the invitation form as `user`; the e-mail leaves once the transaction commits."""

    def _invite(user, email, organisations, **names):
        client = logged_in(user) if user else Client()
        with django_capture_on_commit_callbacks(execute=True):
            return client.post(
                reverse(INVITE),
                {"email": email, "organisations": [o.pk for o in organisations], **names},
            )

    return _invite


def link_in(message):
    (link,) = re.findall(r"https?://\S+", message.body)
    return link


class TestInvitation:
    def test_it_makes_a_communicator_of_the_chosen_organisations(
        self, invite, editor, org_a, org_b
    ):
        response = invite(
            editor, " Chloe@Example.org ", [org_a, org_b], first_name="Chloé", last_name="Bret"
        )
        assert response.status_code == 302
        user = get_user_model().objects.get(email="chloe@example.org")
        assert user.get_full_name() == "Chloé Bret"
        assert not user.has_usable_password()
        assert list(user.groups.values_list("name", flat=True)) == [COMMUNICATORS]
        assert sorted(
            Communicator.objects.filter(user=user).values_list("organisation__title", "invited_by")
        ) == [("La Roue", editor.pk), ("Ludambule", editor.pk)]
        (message,) = mail.outbox
        assert message.to == ["chloe@example.org"]
        assert "- La Roue\n- Ludambule" in message.body
        assert "/admin/password_reset/confirm/" in link_in(message)

    def test_the_link_sets_a_password_once_then_the_communicator_logs_in(
        self, invite, editor, org_a
    ):
        invite(editor, "chloe@example.org", [org_a])
        link = link_in(mail.outbox[0]).removeprefix("http://testserver")
        visitor = Client(headers={"accept-language": "en"})
        form_page = visitor.get(link, follow=True)
        assert form_page.status_code == 200
        set_password_url = form_page.redirect_chain[-1][0]
        done = visitor.post(
            set_password_url,
            {"new_password1": "Un vélo sur la Durance", "new_password2": "Un vélo sur la Durance"},
        )
        assert done.status_code == 302
        assert done["Location"] == reverse("wagtailadmin_password_reset_complete")

        login = Client(headers={"accept-language": "en"})
        response = login.post(
            reverse("wagtailadmin_login"),
            {"username": "chloe@example.org", "password": "Un vélo sur la Durance"},
        )
        assert response.status_code == 302
        dashboard = login.get(reverse("wagtailadmin_home"))
        assert dashboard.status_code == 200
        # a new account has no language of its own yet: the admin speaks the site's, French
        with translation.override("fr"):
            heading = gettext("My organisation: %(name)s") % {"name": "La Roue"}
        assert heading in dashboard.content.decode()

        # the link worked once
        again = Client().get(link, follow=True)
        assert b'name="new_password1"' not in again.content

    def test_inviting_twice_adds_nothing_twice(self, invite, editor, org_a, org_b):
        invite(editor, "chloe@example.org", [org_a])
        invite(editor, "CHLOE@example.org", [org_a])
        invite(editor, "chloe@example.org", [org_a, org_b])
        user = get_user_model().objects.get(email="chloe@example.org")
        assert get_user_model().objects.filter(email__iexact="chloe@example.org").count() == 1
        assert user.groups.count() == 1
        assert sorted(
            Communicator.objects.filter(user=user).values_list("organisation__title", flat=True)
        ) == ["La Roue", "Ludambule"]
        assert len(mail.outbox) == 3

    def test_inviting_someone_who_has_a_password_sends_the_login_link(
        self, invite, editor, communicator_a, org_b
    ):
        response = invite(editor, communicator_a.email, [org_b])
        messages = [str(m) for m in response.wsgi_request._messages]
        assert messages == [f"{communicator_a.email} now publishes for these organisations too."]
        assert link_in(mail.outbox[0]) == "http://testserver" + reverse("wagtailadmin_login")
        assert communicator_a.check_password("correct horse battery staple")

    @pytest.mark.parametrize(
        ("user", "expected"),
        [
            (None, "login"),
            ("communicator_a", "denied"),
            ("trusted_communicator", "denied"),
            ("editor", "ok"),
            ("superuser", "ok"),
        ],
    )
    def test_only_those_who_manage_communicators_may_invite(
        self, request, invite, org_a, user, expected
    ):
        actor = request.getfixturevalue(user) if user else None
        client = logged_in(actor) if actor else Client()
        assert outcome(client.get(reverse(INVITE))) == expected
        invite(actor, "intrus@example.org", [org_a])
        created = get_user_model().objects.filter(email="intrus@example.org").exists()
        assert created is (expected == "ok")
        assert bool(mail.outbox) is (expected == "ok")

    def test_the_menu_item_is_shown_to_editors_only(self, editor, communicator_a):
        url = reverse(INVITE)
        assert url in logged_in(editor).get(reverse("wagtailadmin_home")).content.decode()
        assert (
            url not in logged_in(communicator_a).get(reverse("wagtailadmin_home")).content.decode()
        )


class TestCommunicatorsOfAnOrganisation:
    def test_its_edit_page_lists_them_for_editors(self, invite, editor, org_a, communicator_a):
        invite(editor, "chloe@example.org", [org_a])
        page = logged_in(editor).get(reverse("wagtailadmin_pages:edit", args=[org_a.pk]))
        body = page.content.decode()
        assert "Alice &lt;alice@example.org&gt;" in body
        assert "chloe@example.org &lt;chloe@example.org&gt; — invitation not yet accepted" in body
        assert f"{reverse(INVITE)}?organisation={org_a.pk}" in body

    def test_not_for_communicators(self, org_a, communicator_a, colleague_a):
        page = logged_in(communicator_a).get(reverse("wagtailadmin_pages:edit", args=[org_a.pk]))
        assert page.status_code == 200
        body = page.content.decode()
        assert colleague_a.email not in body
        assert reverse(INVITE) not in body

    def test_a_communicator_cannot_make_themselves_a_communicator_of_another_organisation(
        self, communicator_a, org_b
    ):
        client = logged_in(communicator_a)
        for view in ["list", "add"]:
            url = reverse(f"wagtailsnippets_directory_communicator:{view}")
            assert outcome(client.get(url)) == "denied"
        client.post(
            reverse("wagtailsnippets_directory_communicator:add"),
            {"user": communicator_a.pk, "organisation": org_b.pk},
        )
        assert not Communicator.objects.filter(organisation=org_b).exists()

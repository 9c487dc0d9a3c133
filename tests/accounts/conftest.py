"""The people and content of the accounts tests: three organisations (A and B ordinary, T
trusted), a communicator of each, a network editor and a superuser, all with an e-mail (Wagtail
notifies by e-mail) and English as their admin language (messages are asserted in English)."""

import html
from html.parser import HTMLParser
from urllib.parse import urlsplit

from django.contrib.auth import get_user_model
from django.contrib.auth.models import Group
from django.test import Client
from django.urls import reverse
from django.utils import translation
from django.utils.translation import gettext

from wagtail.users.models import UserProfile

import pytest

from core.models import Commune
from directory.models import Communicator
from home.roles import COMMUNICATORS, NETWORK_EDITORS, ensure_roles
from tests.conftest import once_per_module
from tests.factories import (
    AgendaPageFactory,
    DirectoryPageFactory,
    NewsIndexPageFactory,
    OrganisationPageFactory,
)

PERMISSION_DENIED = "Sorry, you do not have permission to access this area."
PASSWORD = "correct horse battery staple"  # every user's


@pytest.fixture(autouse=True)
def _english():
    with translation.override("en"):
        yield


@pytest.fixture
def roles(home_page):
    """(communicators, editors); the workflow is assigned to the root, so it is rebuilt after
    `home_page` recreated the tree."""
    return ensure_roles()


@pytest.fixture
def newsroom(home_page):
    return NewsIndexPageFactory(parent=home_page)


# (`agenda` and `directory` come from tests/conftest.py)

# The organisations, by fixture name: (title, slug, INSEE code of the commune, trusted).
ORGANISATIONS = {
    "org_a": ("La Roue", "la-roue", "05023", False),
    "org_b": ("Ludambule", "ludambule", "05061", False),
    "org_t": ("Radio Zinzine", "radio-zinzine", "05046", True),
}

# The people, by fixture name: (username, groups, organisations by fixture name, superuser).
PEOPLE = {
    "communicator_a": ("alice", [COMMUNICATORS], ["org_a"], False),
    "colleague_a": ("aline", [COMMUNICATORS], ["org_a"], False),
    "communicator_b": ("bruno", [COMMUNICATORS], ["org_b"], False),
    "trusted_communicator": ("tess", [COMMUNICATORS], ["org_t"], False),
    "editor": ("edith", [NETWORK_EDITORS], [], False),
    "superuser": ("root", [], [], True),
}


def organisation(directory, name):
    """The organisation `name` of ORGANISATIONS, under `directory`."""
    title, slug, insee, trusted = ORGANISATIONS[name]
    return OrganisationPageFactory(
        parent=directory,
        title=title,
        slug=slug,
        commune=Commune.objects.get(insee=insee),
        trusted=trusted,
    )


@pytest.fixture
def org_a(directory):
    return organisation(directory, "org_a")


@pytest.fixture
def org_b(directory):
    return organisation(directory, "org_b")


@pytest.fixture
def org_t(directory):
    return organisation(directory, "org_t")


def make_user(username, *, groups=(), organisations=(), superuser=False):
    user = get_user_model().objects.create_user(
        username=username,
        email=f"{username}@example.org",
        password=PASSWORD,
        first_name=username.capitalize(),
        is_superuser=superuser,
        is_staff=superuser,
    )
    UserProfile.get_for_user(user)
    UserProfile.objects.filter(user=user).update(preferred_language="en")
    if groups:
        user.groups.set(Group.objects.filter(name__in=groups))
    for org in organisations:
        Communicator.objects.create(user=user, organisation=org)
    return get_user_model().objects.get(pk=user.pk)


def person(name, organisations):
    """The user `name` of PEOPLE; `organisations` maps fixture names to their pages."""
    username, groups, of, superuser = PEOPLE[name]
    return make_user(
        username,
        groups=groups,
        organisations=[organisations[org] for org in of],
        superuser=superuser,
    )


@pytest.fixture
def communicator_a(roles, org_a):
    return person("communicator_a", {"org_a": org_a})


@pytest.fixture
def colleague_a(roles, org_a):
    return person("colleague_a", {"org_a": org_a})


@pytest.fixture
def communicator_b(roles, org_b):
    return person("communicator_b", {"org_b": org_b})


@pytest.fixture
def trusted_communicator(roles, org_t):
    return person("trusted_communicator", {"org_t": org_t})


@pytest.fixture
def editor(roles):
    return person("editor", {})


@pytest.fixture
def superuser(roles):
    return person("superuser", {})


# --- one scene for a whole module ------------------------------------------------------------


def build_scene(home_page):
    """Everything the fixtures above make, at once, on `home_page`: {fixture name: object}."""
    scene = {
        "home_page": home_page,
        "roles": ensure_roles(),
        "agenda": AgendaPageFactory(parent=home_page),
        "newsroom": NewsIndexPageFactory(parent=home_page),
        "directory": DirectoryPageFactory(parent=home_page),
    }
    for name in ORGANISATIONS:
        scene[name] = organisation(scene["directory"], name)
    for name in PEOPLE:
        scene[name] = person(name, scene)
    return scene


def reference_to(thing):
    """How to read `thing` again: (model, pk), or a tuple of those."""
    if isinstance(thing, tuple):
        return tuple(reference_to(part) for part in thing)
    return (type(thing), thing.pk)


def read_again(reference):
    """The object (or the tuple of objects) `reference_to` gave `reference` for, read again."""
    if isinstance(reference[0], tuple):
        return tuple(read_again(part) for part in reference)
    model, pk = reference
    return model.objects.get(pk=pk)


# build_scene() once for the module that asks (tests/conftest.py `once_per_module`), in English
# as under the function-scoped fixtures. Gives how to read each object again: a test never sees
# the instances of another (a page's child count, a user's permission cache…).
module_scene = once_per_module(
    lambda home_page, locales: {
        name: reference_to(thing) for name, thing in build_scene(home_page).items()
    },
    language="en",
)


@pytest.fixture
def fresh_scene(module_scene, db):
    """The module's scene read afresh for this test, each object once (the same instance for
    every fixture and `request.getfixturevalue` of the test)."""
    read = {}

    def get(name):
        if name not in read:
            read[name] = read_again(module_scene[name])
        return read[name]

    return get


def from_module_scene(name):
    """A fixture `name` overriding the one above with the module scene's object (assign it to
    `name` in the test module: `org_a = from_module_scene("org_a")`)."""

    @pytest.fixture(name=name)
    def _fixture(fresh_scene):
        return fresh_scene(name)

    return _fixture


def built_once_on_module_scene(build):
    """A module-scoped fixture: `build(scene)` (the module scene's objects by name) run once for
    the module, in English, inside the scene's transaction (rolled back after the module's last
    test); gives how to read again each object of the dict it returns (`read_again`), for a
    function-scoped fixture that reads them afresh for each test."""

    @pytest.fixture(scope="module")
    def _built(module_scene, django_db_blocker):
        with django_db_blocker.unblock(), translation.override("en"):
            scene = {name: read_again(reference) for name, reference in module_scene.items()}
            return {key: reference_to(thing) for key, thing in build(scene).items()}

    return _built


# --- responses -----------------------------------------------------------------------------


def logged_in(user):
    """A client logged in as `user`, asking for the admin in English."""
    client = Client(headers={"accept-language": "en"})
    client.force_login(user)
    return client


@pytest.fixture
def client():
    """The admin answers in English (messages are asserted in English)."""
    return Client(headers={"accept-language": "en"})


def messages_of(response):
    return [html.unescape(str(m)).strip() for m in response.wsgi_request._messages]


def is_login_redirect(response):
    return response.status_code == 302 and urlsplit(response["Location"]).path == reverse(
        "wagtailadmin_login"
    )


def is_denied(response):
    """Wagtail's "permission denied": a redirect to the dashboard with its error message, or a
    bare 403 (snippet views, XHR)."""
    if response.status_code == 403:
        return True
    if response.status_code != 302 or response["Location"] != reverse("wagtailadmin_home"):
        return False
    # Wagtail adds it outside the user's language, in the request's (French on /admin/)
    with translation.override(response.wsgi_request.LANGUAGE_CODE):
        return gettext(PERMISSION_DENIED) in messages_of(response)


def outcome(response):
    """What a GET of an admin view told the user: "ok", "denied", "login" (or the status)."""
    if is_login_redirect(response):
        return "login"
    if is_denied(response):
        return "denied"
    if response.status_code == 200:
        return "ok"
    return f"HTTP {response.status_code} → {response.get('Location', '')}"


# --- forms as a browser submits them --------------------------------------------------------


class _FormParser(HTMLParser):
    def __init__(self):
        super().__init__(convert_charrefs=True)
        self.forms = []
        self._form = None
        self._select = None
        self._textarea = None
        self._option = None

    def handle_starttag(self, tag, attrs):
        attrs = dict(attrs)
        if tag == "form":
            self._form = {"attrs": attrs, "fields": [], "selects": {}}
            self.forms.append(self._form)
        if self._form is None:
            return
        name = attrs.get("name")
        if attrs.get("data-controller") == "w-block":
            # a StreamField, built by JavaScript: an empty one posts its count only
            if attrs.get("data-w-block-arguments-value") != "[[],null]":
                raise AssertionError(f"cannot post the non-empty StreamField {attrs['id']}")
            self._form["fields"].append((f"{attrs['id']}-count", "0"))
        elif tag == "input" and name and "disabled" not in attrs:
            kind = attrs.get("type", "text").lower()
            if kind in {"submit", "button", "image", "reset", "file"}:
                return
            if kind in {"checkbox", "radio"} and "checked" not in attrs:
                return
            self._form["fields"].append(
                (name, attrs.get("value", "on" if kind in {"checkbox", "radio"} else ""))
            )
        elif tag == "select" and name and "disabled" not in attrs:
            self._select = {"name": name, "multiple": "multiple" in attrs, "options": []}
        elif tag == "option" and self._select is not None:
            self._option = {
                "value": attrs.get("value"),
                "selected": "selected" in attrs,
                "text": "",
            }
            self._select["options"].append(self._option)
        elif tag == "textarea" and name and "disabled" not in attrs:
            self._textarea = [name, ""]

    def handle_data(self, data):
        if self._textarea is not None:
            self._textarea[1] += data
        elif self._option is not None:
            self._option["text"] += data

    def handle_endtag(self, tag):
        if tag == "form":
            self._form = None
        elif tag == "option":
            self._option = None
        elif tag == "textarea" and self._textarea is not None:
            value = self._textarea[1]
            if value.startswith("\n"):  # the HTML parser keeps the newline browsers drop
                value = value[1:]
            self._form["fields"].append((self._textarea[0], value))
            self._textarea = None
        elif tag == "select" and self._select is not None:
            select = self._select
            self._form["selects"][select["name"]] = [
                (o["value"] if o["value"] is not None else o["text"]) for o in select["options"]
            ]
            chosen = [o for o in select["options"] if o["selected"]]
            if not chosen and not select["multiple"] and select["options"]:
                chosen = select["options"][:1]
            for option in chosen:
                value = option["value"] if option["value"] is not None else option["text"]
                self._form["fields"].append((select["name"], value))
            self._select = None


def parse_form(response, action=None):
    """The form of `response` whose action is `action` (default: the request's own path, or
    the page edit form): (fields as a dict of lists, options of each <select>)."""
    parser = _FormParser()
    parser.feed(response.content.decode())
    wanted = action or response.wsgi_request.path
    # a form saying where it posts wins over one posting back (the editing-sessions form)
    candidates = [f for f in parser.forms if f["attrs"].get("action") == wanted] or [
        f for f in parser.forms if not f["attrs"].get("action") and action is None
    ]
    if not candidates:
        raise AssertionError(f"no form posting to {wanted} in the response")
    form = max(candidates, key=lambda f: len(f["fields"]))
    data = {}
    for name, value in form["fields"]:
        data.setdefault(name, []).append(value)
    return data, form["selects"]


def form_data(response, changes=None, action=None):
    """The data a browser would post from the form of `response`, with `changes` applied (a
    list for several values, None to drop a field)."""
    data, _options = parse_form(response, action)
    for name, value in (changes or {}).items():
        if value is None:
            data.pop(name, None)
        else:
            data[name] = value if isinstance(value, list) else [value]
    return data

"""The pickers of the admin (issue "Publishing that a volunteer communicator can do alone"):
every organisation picker lists each organisation once, its page in the default language,
in French order (Éourres among the E's); the commune chooser finds a commune by its name or
postcode, accents and case aside."""

import re

from django.urls import reverse

import pytest

from core.demo import ensure_locales
from core.models import Commune
from core.text import fold, french_sort_key, in_french_order
from directory.models import OrganisationPage
from home.roles import COMMUNICATORS
from tests.accounts.conftest import (
    built_once_on_module_scene,
    from_module_scene,
    logged_in,
    make_user,
    parse_form,
    read_again,
)
from tests.conftest import translate
from tests.factories import EventPageFactory, OrganisationPageFactory

pytestmark = pytest.mark.django_db

# every organisation of the scene, in French order
FRENCH_ORDER = ["Éourres en transition", "La Roue", "Ludambule", "Radio Zinzine"]


# The accounts' module scene (tests/accounts/conftest.py), built once for the module.
agenda = from_module_scene("agenda")
newsroom = from_module_scene("newsroom")
directory = from_module_scene("directory")
editor = from_module_scene("editor")


def build_pickers_scene(scene):
    """A, B and T of the scene and one of Éourres, each translated into English and Italian
    (twelve organisation pages), and a communicator of T and A."""
    locales = ensure_locales()
    pages = {name: scene[name] for name in ("org_a", "org_b", "org_t")}
    pages["eourres"] = OrganisationPageFactory(
        parent=scene["directory"],
        title="Éourres en transition",
        slug="eourres-en-transition",
        commune=Commune.objects.get(insee="05047"),
    )
    for page in pages.values():
        translate(page, locales["en"], title=f"{page.title} (en)")
        translate(page, locales["it"], title=f"{page.title} (it)")
    assert OrganisationPage.objects.count() == 12
    communicator = make_user(
        "ana", groups=[COMMUNICATORS], organisations=[pages["org_t"], pages["org_a"]]
    )
    return {**pages, "communicator": communicator}


_pickers_scene = built_once_on_module_scene(build_pickers_scene)


@pytest.fixture
def organisations(_pickers_scene, db):
    return {
        name: read_again(reference)
        for name, reference in _pickers_scene.items()
        if name != "communicator"
    }


@pytest.fixture
def communicator(_pickers_scene, db):
    return read_again(_pickers_scene["communicator"])


def options(response, name):
    """The labels a <select> `name`, or the checkboxes named `name`, offer, in order."""
    _data, selects = parse_form(response)
    html = response.content.decode()
    if name in selects:
        values = [value for value in selects[name] if value]
    else:
        values = re.findall(rf'<input[^>]*name="{name}"[^>]*value="(\d+)"', html)
    pages = OrganisationPage.objects.in_bulk([int(value) for value in values])
    return [pages[int(value)].title for value in values]


def add_page(client, app, model, parent):
    response = client.get(reverse("wagtailadmin_pages:add", args=[app, model, parent.pk]))
    assert response.status_code == 200
    return response


# --- French order -------------------------------------------------------------------------------


def test_french_sort_key_sorts_accents_and_case_after_the_letters():
    names = ["Zinzine", "Gap", "Éourres", "Embrun", "Abriès", "eygliers", "Œuvre", "Oz"]
    assert sorted(names, key=french_sort_key) == [
        "Abriès",
        "Embrun",
        "Éourres",
        "eygliers",
        "Gap",
        "Œuvre",
        "Oz",
        "Zinzine",
    ]
    assert fold("Éourres-Œuvre") == "eourres-oeuvre"


def test_in_french_order_orders_a_queryset_on_any_database(db):
    communes = in_french_order(
        Commune.objects.filter(name__startswith="É")
        | Commune.objects.filter(name__in=["Embrun", "Gap", "Abriès"]),
        "name",
    )
    names = list(communes.values_list("name", flat=True))
    assert names == sorted(names, key=french_sort_key)
    assert names.index("Éourres") < names.index("Gap")
    assert names.index("Embrun") < names.index("Éourres")


# --- organisation pickers -----------------------------------------------------------------------


@pytest.mark.parametrize(
    "app, model, field, parent",
    [
        ("agenda", "eventpage", "organisers", "agenda"),
        ("news", "newspage", "organisations", "newsroom"),
    ],
)
@pytest.mark.parametrize("who", ["editor", "communicator"])
def test_page_forms_offer_each_organisation_once_in_french_order(
    request, organisations, app, model, field, parent, who
):
    client = logged_in(request.getfixturevalue(who))
    response = add_page(client, app, model, request.getfixturevalue(parent))
    # a communicator may name any organisation (co-organising), each once: 4 of 12 pages
    assert options(response, field) == FRENCH_ORDER


def test_an_events_organisers_in_another_language_show_as_the_default_languages(
    agenda, organisations, editor, locales
):
    english_roue = organisations["org_a"].get_translation(locales["en"])
    event = EventPageFactory(parent=agenda, title="Atelier")
    event.organisers.set([english_roue])
    event.save_revision()
    response = logged_in(editor).get(reverse("wagtailadmin_pages:edit", args=[event.pk]))
    data, _selects = parse_form(response)
    assert data.get("organisers") == [str(organisations["org_a"].pk)]


@pytest.mark.parametrize(
    "namespace", ["wagtailsnippets_agenda_calendarsource", "wagtailsnippets_news_feedsource"]
)
def test_source_forms_offer_each_organisation_once(namespace, organisations, editor, communicator):
    url = reverse(f"{namespace}:add")
    # an editor: a list of every organisation (not the page chooser of every language)
    assert options(logged_in(editor).get(url), "organisation") == FRENCH_ORDER
    # a communicator: theirs, in French order
    assert options(logged_in(communicator).get(url), "organisation") == ["La Roue", "Radio Zinzine"]


def test_the_calendar_upload_form_offers_a_communicator_their_organisations_once(
    agenda, organisations, communicator
):
    response = logged_in(communicator).get(reverse("agenda_ical_upload"))
    assert options(response, "organisation") == ["La Roue", "Radio Zinzine"]


# --- the commune chooser ------------------------------------------------------------------------


def commune_results(client, query=None, page=None):
    params = {}
    if query is not None:
        params["q"] = query
    if page is not None:
        params["p"] = page
    response = client.get(reverse("wagtailsnippetchoosers_core_commune:choose_results"), params)
    assert response.status_code == 200
    html = response.content.decode()
    return re.findall(r"data-chooser-modal-choice[^>]*>\s*([^<]+?)\s*<", html)


def test_the_commune_chooser_finds_a_commune_by_name_or_postcode(editor):
    client = logged_in(editor)
    assert commune_results(client, "eourres") == ["Éourres (05300)"]
    assert commune_results(client, "ÉOURRES") == ["Éourres (05300)"]
    assert "Briançon (05100)" in commune_results(client, "05100")
    saints = commune_results(client, "saint etienne")
    assert saints and all(fold(name).startswith("saint-etienne") for name in saints)
    assert commune_results(client, "nowhere-at-all") == []


def test_the_commune_chooser_lists_communes_in_french_order(editor):
    client = logged_in(editor)
    names = [name.rsplit(" (", 1)[0] for name in commune_results(client, "e")]
    assert names == sorted(names, key=french_sort_key)
    every = Commune.objects.values_list("name", flat=True)
    first_page = [name.rsplit(" (", 1)[0] for name in commune_results(client)]
    assert len(first_page) >= 10
    assert first_page == sorted(every, key=french_sort_key)[: len(first_page)]


@pytest.mark.parametrize("who", ["editor", "communicator"])
def test_event_and_organisation_forms_use_the_searchable_commune_chooser(
    request, agenda, directory, organisations, who
):
    client = logged_in(request.getfixturevalue(who))
    chooser = reverse("wagtailsnippetchoosers_core_commune:choose")
    assert chooser in add_page(client, "agenda", "eventpage", agenda).content.decode()
    response = client.get(reverse("wagtailadmin_pages:edit", args=[organisations["org_a"].pk]))
    assert chooser in response.content.decode()
    # the chooser itself opens for them, with its search field
    modal = client.get(chooser)
    assert modal.status_code == 200
    assert 'name="q"' in modal.json()["html"]

"""What organisations offer to pool, by kind (rooms, equipment, skills), as the members' pooling
page promises: the directory filters by kind, the cards and the organisation pages say which
kinds, the open data lists them; the kinds are derived on saving, in every language."""

import csv
import importlib
import io

from django.apps import apps
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.utils import translation
from django.utils.translation import gettext

from wagtail_localize.models import TranslationSource

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from core.models import Commune, OfferKind
from directory.filters import DirectoryFilterForm
from directory.models import OrganisationPage
from tests.conftest import translate
from tests.directory.test_directory import LISTING_MAX_QUERIES, card_titles
from tests.factories import OrganisationPageFactory

pytestmark = pytest.mark.django_db

FLAGS = ["offers_pooling", "offers_room", "offers_equipment", "offers_skill"]


def offer(kind, title, description=""):
    return {"type": kind, "value": {"title": title, "description": description}}


def flags(page):
    page = OrganisationPage.objects.get(pk=page.pk)
    return {name: getattr(page, name) for name in FLAGS}


@pytest.fixture
def organisations(directory):
    """Organisations offering each kind, two kinds, none; one in the Briançonnais."""
    return {
        "locommun": OrganisationPageFactory(
            parent=directory,
            title="Locommun",
            slug="locommun",
            offers=[
                offer("room", "Salle de réunion à Gap", "20 places, le soir."),
                offer("room", "Bureau de passage"),
            ],
        ),
        "echanges": OrganisationPageFactory(
            parent=directory,
            title="Échanges Paysans",
            slug="echanges-paysans",
            offers=[offer("equipment", "Camion frigorifique", "Prêt avec convention.")],
        ),
        "creacoop": OrganisationPageFactory(
            parent=directory,
            title="Créacoop 05",
            slug="creacoop-05",
            offers=[offer("skill", "Compétences en comptabilité")],
        ),
        "ludambule": OrganisationPageFactory(
            parent=directory,
            title="Ludambule",
            slug="ludambule",
            commune=Commune.objects.get(insee="05023"),
            offers=[
                offer("skill", "Animation de jeux coopératifs"),
                offer("equipment", "Malles de jeux"),
            ],
        ),
        "roue": OrganisationPageFactory(parent=directory, title="La Roue", slug="la-roue"),
    }


class TestDerivedKinds:
    def test_each_kind_offered_is_flagged_on_saving(self, organisations):
        assert flags(organisations["locommun"]) == {
            "offers_pooling": True,
            "offers_room": True,
            "offers_equipment": False,
            "offers_skill": False,
        }
        assert flags(organisations["ludambule"]) == {
            "offers_pooling": True,
            "offers_room": False,
            "offers_equipment": True,
            "offers_skill": True,
        }
        assert not any(flags(organisations["roue"]).values())

    def test_an_edit_published_from_a_revision_updates_the_kinds(self, organisations):
        creacoop = OrganisationPage.objects.get(pk=organisations["creacoop"].pk)
        creacoop.offers = [offer("room", "Salle de formation"), offer("equipment", "Plastifieuse")]
        creacoop.save_revision().publish()
        assert flags(creacoop) == {
            "offers_pooling": True,
            "offers_room": True,
            "offers_equipment": True,
            "offers_skill": False,
        }
        creacoop = OrganisationPage.objects.get(pk=creacoop.pk)
        creacoop.offers = []
        creacoop.save_revision().publish()
        assert not any(flags(creacoop).values())

    def test_saving_only_the_offers_saves_their_kinds_too(self, organisations):
        roue = organisations["roue"]
        roue.offers = [offer("skill", "Animation d'ateliers sur la monnaie locale")]
        roue.save(update_fields=["offers"])
        assert flags(roue)["offers_skill"] is True
        assert flags(roue)["offers_pooling"] is True

    def test_a_translation_has_the_kinds_of_its_original(self, organisations, locales):
        english = translate(organisations["ludambule"], locales["en"])
        assert flags(english) == flags(organisations["ludambule"])

    def test_a_translation_updated_from_its_original_follows_its_new_kinds(
        self, organisations, locales
    ):
        creacoop = organisations["creacoop"]
        translate(creacoop.get_parent(), locales["it"], title="Annuario", slug="annuario")

        def synchronise():
            """What wagtail-localize's "Sync translated pages" does, published at once."""
            source, _created = TranslationSource.update_or_create_from_instance(creacoop)
            page, _created = source.create_or_update_translation(
                locales["it"], publish=False, fallback=True
            )
            page.get_latest_revision().publish()
            return page

        italian = synchronise()
        assert flags(italian)["offers_room"] is False

        creacoop.offers = [*creacoop.offers.raw_data, offer("room", "Salle de formation")]
        creacoop.save_revision().publish()
        synchronise()
        assert flags(italian) == flags(creacoop)
        assert flags(italian)["offers_room"] is True

    def test_the_migration_fills_the_kinds_of_existing_rows_in_every_language(
        self, organisations, locales
    ):
        italian = translate(organisations["ludambule"], locales["it"])
        OrganisationPage.objects.update(**dict.fromkeys(FLAGS, False))
        migration = importlib.import_module("directory.migrations.0004_offers_by_kind")
        migration.derive_offer_kinds(apps, None)
        assert flags(organisations["locommun"])["offers_room"] is True
        assert flags(italian) == {
            "offers_pooling": True,
            "offers_room": False,
            "offers_equipment": True,
            "offers_skill": True,
        }
        assert not any(flags(organisations["roue"]).values())


class TestFilterByKind:
    @pytest.mark.parametrize(
        ("query", "expected"),
        [
            ("offers=room", ["Locommun"]),
            ("offers=equipment", ["Échanges Paysans", "Ludambule"]),
            ("offers=skill", ["Créacoop 05", "Ludambule"]),
            # kinds ticked together: any of them
            ("offers=room&offers=skill", ["Créacoop 05", "Locommun", "Ludambule"]),
            (
                "offers=room&offers=equipment&offers=skill",
                ["Créacoop 05", "Locommun", "Ludambule", "Échanges Paysans"],
            ),
            # the former yes/no box: any kind
            ("offers=on", ["Créacoop 05", "Locommun", "Ludambule", "Échanges Paysans"]),
            # with another filter: both apply
            ("offers=skill&territory=brianconnais", ["Ludambule"]),
        ],
    )
    def test_the_directory_filters_by_kind(self, client, organisations, query, expected):
        response = client.get(f"/annuaire/?{query}")
        assert response.status_code == 200
        assert sorted(card_titles(response)) == sorted(expected)

    def test_an_unknown_kind_is_reported_and_ignored(self, client, organisations):
        response = client.get("/annuaire/?offers=piano")
        assert response.context["form"].has_error("offers")
        assert len(card_titles(response)) == len(organisations)

    def test_the_form_shows_the_kinds_ticked(self, client, organisations):
        html = client.get("/annuaire/?offers=room&offers=skill").content.decode()
        boxes = {
            kind: html.split(f'value="{kind}"')[1].split(">")[0]
            for kind in ("room", "equipment", "skill")
        }
        assert "checked" in boxes["room"] and "checked" in boxes["skill"]
        assert "checked" not in boxes["equipment"]

    def test_the_former_box_ticks_every_kind(self):
        form = DirectoryFilterForm({"offers": "on"})
        assert form.cleaned() == {"offers": ["room", "equipment", "skill"]}

    def test_pagination_and_open_data_keep_one_parameter_per_kind(self, client, organisations):
        response = client.get("/annuaire/?offers=room&offers=skill&territory=gapencais")
        assert response.context["query_string"] == "territory=gapencais&offers=room&offers=skill"
        html = response.content.decode()
        href = html.split('href="/annuaire/organisations.json')[1].split('"')[0]
        data = client.get("/annuaire/organisations.json" + href.replace("&amp;", "&")).json()
        assert sorted(o["name"] for o in data["organisations"]) == ["Créacoop 05", "Locommun"]

    def test_no_kind_ticked_is_no_filter(self):
        form = DirectoryFilterForm({"territory": "gapencais"})
        assert form.cleaned() == {"territory": "gapencais"}
        assert form.query_string() == "territory=gapencais"

    @settings(max_examples=60, deadline=None, database=None)
    @given(
        values=st.lists(
            st.one_of(st.sampled_from([*OfferKind.values, "on", "ON", "0", ""]), st.text()),
            max_size=4,
        )
    )
    def test_any_values_filter_by_known_kinds_or_are_reported(self, values):
        form = DirectoryFilterForm({"offers": values})
        kinds = form.cleaned().get("offers", [])
        if any(value.lower() in ("on", "true", "1") for value in values):
            assert kinds == ["room", "equipment", "skill"]  # the former box: any kind
        elif any(v not in OfferKind.values and v.lower() not in ("", "0", "false") for v in values):
            assert form.has_error("offers")
            assert kinds == []
        else:
            assert not form.errors
            assert set(kinds) == set(values) & set(OfferKind.values)

    def test_the_former_box_unticked_is_no_filter_not_an_error(self):
        for value in ("", "0", "false"):
            form = DirectoryFilterForm({"offers": value})
            assert not form.errors
            assert form.cleaned() == {}

    def test_filtering_by_kind_keeps_the_listing_query_budget(self, client, directory):
        def queries():
            client.get("/annuaire/?offers=room&offers=equipment")
            with CaptureQueriesContext(connection) as captured:
                response = client.get("/annuaire/?offers=room&offers=equipment")
            assert response.status_code == 200
            return len(captured.captured_queries)

        def add(count):
            for n in range(count):
                kinds = [["room"], ["equipment", "skill"], []][n % 3]
                OrganisationPageFactory(
                    parent=directory, offers=[offer(kind, f"Offre {n}") for kind in kinds]
                )

        add(10)
        small = queries()
        add(50)
        assert queries() == small
        assert small <= LISTING_MAX_QUERIES


class TestCardsAndPages:
    def test_the_card_says_which_kinds_are_offered_in_french(self, client, organisations):
        html = client.get("/annuaire/").content.decode()
        with translation.override("fr"):
            prefix = gettext("Offers to pool:")
        cards = {
            card.split("</a>")[0].split(">")[-1]: card
            for card in html.split('<h3 class="card__title">')[1:]
        }
        assert f"{prefix} compétences, matériel" not in cards["Ludambule"]  # OfferKind's order
        assert f"{prefix} matériel, compétences</p>" in cards["Ludambule"]
        assert f"{prefix} locaux</p>" in cards["Locommun"]
        assert "card__offer" not in cards["La Roue"]

    def test_the_card_speaks_the_visitors_language(self, client, organisations, locales):
        directory = organisations["ludambule"].get_parent()
        translate(directory, locales["it"], title="Annuario", slug="annuario")
        translate(organisations["ludambule"], locales["it"])
        html = client.get("/it/annuario/").content.decode()
        assert "attrezzature, competenze</p>" in html

    def test_the_page_groups_the_offers_under_a_heading_per_kind(self, client, organisations):
        html = client.get("/annuaire/ludambule/").content.decode()
        section = html.split('id="offers-title"')[1].split("</section>")[0]
        assert '<h3 id="offers-equipment">Matériel</h3>' in section
        assert '<h3 id="offers-skill">Compétences</h3>' in section
        assert "offers-room" not in section  # no heading for a kind not offered
        equipment, skills = section.split('<h3 id="offers-skill">')
        assert "Malles de jeux" in equipment and "Malles de jeux" not in skills
        assert "Animation de jeux coopératifs" in skills
        assert section.index("Matériel") < section.index("Compétences")

    def test_every_offer_of_a_kind_is_under_its_heading(self, client, organisations):
        html = client.get("/annuaire/locommun/").content.decode()
        section = html.split('<h3 id="offers-room">Locaux</h3>')[1].split("</section>")[0]
        assert "Salle de réunion à Gap" in section
        assert "20 places, le soir." in section
        assert "Bureau de passage" in section

    def test_a_page_without_offers_has_no_offers_section(self, client, organisations):
        assert 'id="offers-title"' not in client.get("/annuaire/la-roue/").content.decode()


class TestOpenData:
    def test_csv_has_a_column_per_kind_with_the_offers_titles(self, client, organisations):
        response = client.get("/annuaire/organisations.csv")
        rows = {
            row["name"]: row
            for row in csv.DictReader(io.StringIO(response.content.decode("utf-8-sig")))
        }
        assert rows["Locommun"]["offers_room"] == "Salle de réunion à Gap; Bureau de passage"
        assert rows["Locommun"]["offers_equipment"] == ""
        assert rows["Ludambule"]["offers_equipment"] == "Malles de jeux"
        assert rows["Ludambule"]["offers_skill"] == "Animation de jeux coopératifs"
        assert rows["La Roue"]["offers_skill"] == ""

    def test_json_lists_the_offers_by_kind_and_follows_the_filter(self, client, organisations):
        data = client.get("/annuaire/organisations.json?offers=equipment").json()
        records = {o["name"]: o for o in data["organisations"]}
        assert set(records) == {"Échanges Paysans", "Ludambule"}
        assert records["Échanges Paysans"]["offers_equipment"] == ["Camion frigorifique"]
        assert records["Ludambule"]["offers_skill"] == ["Animation de jeux coopératifs"]
        assert records["Ludambule"]["offers_room"] == []

    def test_open_data_query_count_does_not_grow_with_organisations(self, client, directory):
        def queries():
            with CaptureQueriesContext(connection) as captured:
                client.get("/annuaire/organisations.json")
            return len(captured.captured_queries)

        for n in range(5):
            OrganisationPageFactory(parent=directory, offers=[offer("room", f"Salle {n}")])
        queries()  # the site, the locales… come from the cache afterwards
        small = queries()
        for n in range(20):
            OrganisationPageFactory(parent=directory, offers=[offer("skill", f"Atelier {n}")])
        assert queries() == small

import csv
import io
import json

from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.utils import translation

import pytest

from core.models import Commune, Sector, Territory, Theme
from core.taxonomies import taxonomy_choices
from tests.conftest import translate
from tests.factories import OrganisationPageFactory

pytestmark = pytest.mark.django_db

LISTING_MAX_QUERIES = 15
ORGANISATION_PAGE_MAX_QUERIES = 15


def commune(insee):
    return Commune.objects.get(insee=insee)


def theme(slug):
    return Theme.objects.get(slug=slug)


@pytest.fixture
def organisations(directory):
    """A small directory spread over valleys, themes, sectors and legal forms."""
    return {
        "roue": OrganisationPageFactory(
            parent=directory,
            title="La Roue",
            slug="la-roue",
            summary="La monnaie locale citoyenne du Briançonnais.",
            commune=commune("05023"),
            themes=[theme("monnaie-locale"), theme("solidarite")],
            sectors=[Sector.objects.get(slug="finance-solidaire")],
        ),
        "mjc": OrganisationPageFactory(
            parent=directory,
            title="MJC du Briançonnais",
            slug="mjc",
            summary="Maison des jeunes et de la culture.",
            commune=commune("05023"),
            themes=[theme("culture"), theme("jeunesse")],
        ),
        "locommun": OrganisationPageFactory(
            parent=directory,
            title="Locommun",
            slug="locommun",
            summary="Des associations gapençaises qui partagent leurs locaux.",
            commune=commune("05061"),
            legal_form="collectif",
            themes=[theme("tiers-lieux")],
            offers=[{"type": "room", "value": {"title": "Salle de 30 places", "description": ""}}],
        ),
        "chaillol": OrganisationPageFactory(
            parent=directory,
            title="Espace Culturel de Chaillol",
            slug="chaillol",
            summary="Festival et création artistique en milieu rural.",
            commune=commune("05153"),
            legal_form="association",
            membership="partner",
            themes=[theme("culture")],
        ),
    }


def card_titles(response):
    html = response.content.decode()
    return [
        chunk.split("</a>")[0].split(">")[-1]
        for chunk in html.split('<h3 class="card__title">')[1:]
    ]


class TestTaxonomies:
    def test_commune_file_covers_every_commune_of_the_department_with_a_territory(self):
        assert Commune.objects.count() == 162
        assert Commune.objects.filter(territory__isnull=True).count() == 0
        assert Territory.objects.count() == 9
        assert all(c.insee.startswith("05") for c in Commune.objects.all())
        assert commune("05023").territory.slug == "brianconnais"
        assert commune("05061").territory.slug == "gapencais"

    def test_theme_labels_follow_the_active_language(self):
        food = theme("alimentation")
        with translation.override("en"):
            assert food.label == "Food"
        with translation.override("it"):
            assert food.label == "Alimentazione"
        assert food.label == "Alimentation"

    def test_reloading_the_taxonomies_is_idempotent_and_restores_the_files_values(self):
        from django.core.management import call_command

        before = (Commune.objects.count(), Theme.objects.count(), Sector.objects.count())
        Commune.objects.filter(insee="05023").update(name="Briançon-les-Bains", latitude=0)
        Theme.objects.filter(slug="alimentation").update(name_it="Cibo")
        taxonomy_choices(Theme)  # cached, then forgotten by the command
        call_command("load_taxonomies", stdout=io.StringIO())
        assert (Commune.objects.count(), Theme.objects.count(), Sector.objects.count()) == before
        briancon = Commune.objects.get(insee="05023")
        assert (briancon.name, briancon.territory.slug) == ("Briançon", "brianconnais")
        assert round(briancon.latitude) == 45
        with translation.override("it"):
            assert ("alimentation", "Alimentazione") in taxonomy_choices(Theme)


class TestOrganisationModel:
    def test_territory_and_coordinates_come_from_the_commune(self, organisations):
        roue = organisations["roue"]
        assert roue.territory.slug == "brianconnais"
        assert roue.coordinates == (roue.commune.latitude, roue.commune.longitude)
        roue.latitude, roue.longitude = 44.9, 6.64
        assert roue.coordinates == (44.9, 6.64)

    def test_offers_flag_follows_the_offers(self, organisations):
        assert organisations["locommun"].offers_pooling is True
        assert organisations["roue"].offers_pooling is False


class TestListing:
    def test_listing_shows_every_organisation_alphabetically(self, client, organisations):
        response = client.get("/annuaire/")
        assert response.status_code == 200
        assert card_titles(response) == [
            "Espace Culturel de Chaillol",
            "La Roue",
            "Locommun",
            "MJC du Briançonnais",
        ]

    @pytest.mark.parametrize(
        ("query", "expected"),
        [
            ("territory=brianconnais", ["La Roue", "MJC du Briançonnais"]),
            ("territory=brianconnais&theme=culture", ["MJC du Briançonnais"]),
            ("theme=culture", ["Espace Culturel de Chaillol", "MJC du Briançonnais"]),
            ("commune=05153", ["Espace Culturel de Chaillol"]),
            ("sector=finance-solidaire", ["La Roue"]),
            ("legal_form=collectif", ["Locommun"]),
            ("offers=on", ["Locommun"]),
            ("q=monnaie", ["La Roue"]),
            ("q=culture&territory=brianconnais", ["MJC du Briançonnais"]),
        ],
    )
    @pytest.mark.indexed
    def test_filters_combine_and_stay_in_the_url(self, client, organisations, query, expected):
        response = client.get(f"/annuaire/?{query}")
        assert card_titles(response) == expected
        html = response.content.decode()
        for pair in query.split("&"):
            name, value = pair.split("=")
            # the form shows the filter that is applied
            assert f'name="{name}"' in html
            assert value in html

    def test_unknown_filter_values_are_explained_not_a_server_error(self, client, organisations):
        response = client.get("/annuaire/?territory=atlantide&theme=culture&page=zz")
        assert response.status_code == 200
        html = response.content.decode()
        assert 'role="alert"' in html
        # the valid filter still applies
        assert card_titles(response) == ["Espace Culturel de Chaillol", "MJC du Briançonnais"]

    def test_pagination_keeps_the_filters(self, client, directory):
        for _ in range(30):
            OrganisationPageFactory(parent=directory, commune=commune("05046"))
        response = client.get("/annuaire/?territory=embrunais")
        html = response.content.decode()
        assert len(card_titles(response)) == 24
        assert 'href="?territory=embrunais&amp;page=2"' in html
        assert len(card_titles(client.get("/annuaire/?territory=embrunais&page=2"))) == 6

    def test_map_gets_every_filtered_organisation_not_only_this_page(self, client, directory):
        for _ in range(30):
            OrganisationPageFactory(parent=directory, commune=commune("05046"))
        OrganisationPageFactory(parent=directory, commune=commune("05023"))
        response = client.get("/annuaire/?territory=embrunais")
        points = response.context["map_points"]
        assert len(points) == 30
        assert {p["commune"] for p in points} == {"Embrun"}
        assert all(p["url"].startswith("/annuaire/") for p in points)

    def test_listing_query_count_is_the_same_for_20_and_60_organisations(self, client, directory):
        """Fewer organisations than a listing page (24), then two pages and a half, all on the
        map."""

        def queries_for_listing():
            client.get("/annuaire/?theme=culture")
            with CaptureQueriesContext(connection) as captured:
                response = client.get("/annuaire/?theme=culture")
            assert response.status_code == 200
            return len(captured.captured_queries)

        themes = [theme("culture"), theme("habitat"), theme("emploi")]
        communes = [commune("05061"), commune("05023"), commune("05046")]

        def add(count):
            for n in range(count):
                OrganisationPageFactory(
                    parent=directory, commune=communes[n % 3], themes=themes[: 1 + n % 3]
                )

        add(20)
        small = queries_for_listing()
        add(40)
        assert queries_for_listing() == small
        assert small <= LISTING_MAX_QUERIES

    def test_english_listing_shows_the_english_translations(self, client, organisations, locales):
        roue = organisations["roue"]
        directory = roue.get_parent()
        translate(directory, locales["en"], title="Directory", slug="directory")
        translate(roue, locales["en"], summary="The citizens' local currency of Briançon.")
        response = client.get("/en/directory/")
        assert card_titles(response) == ["La Roue"]
        assert "The citizens&#x27; local currency of Briançon." in response.content.decode()


class TestOrganisationPage:
    def test_page_shows_its_details_structured_data_and_opengraph(
        self, client, organisations, django_assert_max_num_queries
    ):
        client.get("/annuaire/locommun/")
        with django_assert_max_num_queries(ORGANISATION_PAGE_MAX_QUERIES):
            response = client.get("/annuaire/locommun/")
        html = response.content.decode()
        assert response.status_code == 200
        assert "Salle de 30 places" in html
        assert '<meta property="og:title" content="Locommun">' in html
        payload = html.split('<script type="application/ld+json">')[1].split("</script>")[0]
        data = json.loads(payload)
        assert data["@type"] == "Organization"
        assert data["name"] == "Locommun"
        assert data["address"]["addressLocality"] == "Gap"
        assert data["geo"]["latitude"] == commune("05061").latitude

    def test_structured_data_cannot_break_out_of_its_script(self, client, directory):
        OrganisationPageFactory(
            parent=directory, slug="evil", title="Evil", summary="</script><script>alert(1)"
        )
        html = client.get("/annuaire/evil/").content.decode()
        payload = html.split('<script type="application/ld+json">')[1].split("</script>")[0]
        assert "<script>" not in payload
        assert json.loads(payload)["description"] == "</script><script>alert(1)"


class TestOpenData:
    def test_csv_follows_the_filters_and_has_the_public_fields_only(self, client, organisations):
        response = client.get("/annuaire/organisations.csv?territory=brianconnais")
        assert response.status_code == 200
        assert response["Content-Type"].startswith("text/csv")
        rows = list(csv.DictReader(io.StringIO(response.content.decode("utf-8-sig"))))
        assert [r["name"] for r in rows] == ["La Roue", "MJC du Briançonnais"]
        assert "feed_url" not in rows[0] and "calendar_url" not in rows[0]
        assert rows[0]["territory"] == "Briançonnais"

    def test_csv_cells_cannot_run_as_spreadsheet_formulas(self, client, directory):
        OrganisationPageFactory(
            parent=directory, title='=HYPERLINK("http://x")', summary="+SUM(A1:A9)"
        )
        rows = list(
            csv.reader(io.StringIO(client.get("/annuaire/organisations.csv").content.decode()))
        )
        assert rows[1][0] == '\'=HYPERLINK("http://x")'
        assert rows[1][2] == "'+SUM(A1:A9)"

    def test_json_lists_the_filtered_organisations(self, client, organisations):
        response = client.get("/annuaire/organisations.json?theme=culture")
        data = response.json()
        assert data["count"] == 2
        assert [o["name"] for o in data["organisations"]] == [
            "Espace Culturel de Chaillol",
            "MJC du Briançonnais",
        ]
        assert data["organisations"][0]["url"].endswith("/annuaire/chaillol/")

    def test_gogocarto_gets_elements_as_its_import_reads_them(self, client, organisations):
        elements = client.get("/annuaire/gogocarto.json?territory=brianconnais").json()
        assert [e["name"] for e in elements] == ["La Roue", "MJC du Briançonnais"]
        roue = elements[0]
        assert roue["id"] == str(organisations["roue"].translation_key)  # the same in English
        latitude, longitude = organisations["roue"].coordinates
        assert roue["geo"] == {"latitude": latitude, "longitude": longitude}
        assert roue["address"]["addressLocality"] == "Briançon"
        assert roue["address"]["postalCode"] and roue["address"]["addressCountry"] == "FR"
        assert "Association" in roue["categories"]
        assert roue["source"].endswith("/annuaire/la-roue/")
        assert {"offers_room", "offers_equipment", "offers_skill"} <= set(roue)


class TestHomeSection:
    def test_home_page_shows_member_organisations_within_its_query_budget(
        self, client, organisations, django_assert_max_num_queries
    ):
        client.get("/")
        with django_assert_max_num_queries(15):
            response = client.get("/")
        titles = card_titles(response)
        assert "Locommun" in titles
        # partners are not presented as members
        assert "Espace Culturel de Chaillol" not in titles


class TestTranslation:
    def test_wagtail_localize_translates_the_text_and_keeps_the_facts_synchronised(
        self, organisations
    ):
        from wagtail_localize.fields import get_translatable_fields
        from wagtail_localize.models import StringSegment, TranslationSource

        from directory.models import OrganisationPage

        kinds = {
            field.field_name: type(field).__name__
            for field in get_translatable_fields(OrganisationPage)
        }
        assert kinds["summary"] == "TranslatableField"
        assert kinds["offers"] == "TranslatableField"
        assert kinds["commune"] == "SynchronizedField"
        assert kinds["website"] == "SynchronizedField"

        source, _created = TranslationSource.get_or_create_from_instance(organisations["locommun"])
        segments = set(
            StringSegment.objects.filter(source=source).values_list("string__data", flat=True)
        )
        assert "Des associations gapençaises qui partagent leurs locaux." in segments
        assert "Salle de 30 places" in segments
        assert not any("example.org" in text for text in segments)


def test_open_data_links_on_the_listing_work(client, organisations):
    html = client.get("/annuaire/?territory=brianconnais").content.decode()
    for name in ("organisations.csv", "organisations.json", "gogocarto.json"):
        href = html.split(f'href="/annuaire/{name}')[1].split('"')[0]
        response = client.get(f"/annuaire/{name}{href}".replace("&amp;", "&"))
        assert response.status_code == 200
        assert "MJC du Briançonnais" in response.content.decode()

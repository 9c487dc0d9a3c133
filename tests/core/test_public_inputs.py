"""No public input answers 5xx: every GET parameter of every public listing, feed, search and
open-data URL, in the three languages, driven with arbitrary text, dates and numbers.

A bad value is reported on the filter form (in the visitor's language) or ignored; an
impossible URL is a 404. The scene is built once for the module, not once per example."""

import json
from datetime import date

from django.utils import timezone

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from agenda.filters import RANGES, AgendaFilterForm
from agenda.models import Audience
from core.models import Commune, LegalForm, OfferKind, Sector, Theme
from directory.filters import DirectoryFilterForm
from news.filters import NewsFilterForm
from news.models import Kind
from tests.conftest import once_per_module, translate
from tests.factories import (
    AgendaPageFactory,
    DirectoryPageFactory,
    EventPageFactory,
    NewsIndexPageFactory,
    NewsPageFactory,
    OrganisationPageFactory,
)

# Searches go through the real index: a quote or a control character must not break it.
pytestmark = [pytest.mark.django_db, pytest.mark.indexed]

fuzz = settings(
    max_examples=100,
    deadline=None,
    database=None,  # nothing written into the working tree
    suppress_health_check=[HealthCheck.function_scoped_fixture],
)

# language -> (search, agenda, directory, newsroom)
URLS = {
    "fr": ("/recherche/", "/agenda/", "/annuaire/", "/actualites/"),
    "en": ("/en/search/", "/en/agenda/", "/en/directory/", "/en/news/"),
    "it": ("/it/ricerca/", "/it/agenda/", "/it/annuario/", "/it/notizie/"),
}
TRANSLATED_SLUGS = {"en": ("agenda", "directory", "news"), "it": ("agenda", "annuario", "notizie")}

# What breaks query parsers and databases: FTS5 and tsquery syntax, NUL and other control
# characters, SQL and URL metacharacters; mixed with any character at all.
NASTY = list("\"'\\*:^-+(){}[]%_&|!~<>;,.?#=/ \x00\x01\x08\x0b\x1b\x1f\x7f\x85\u2028\t\r\n")
WORDS = ["AND", "OR", "NOT", "NEAR", "la", "roue", "NULL", "é", "💥"]
ANY_TEXT = st.one_of(
    st.text(),
    st.text(alphabet=st.one_of(st.sampled_from(NASTY), st.characters(codec="utf-8"))),
    st.lists(st.one_of(st.sampled_from(WORDS + NASTY), st.text(max_size=3))).map("".join),
    st.lists(st.sampled_from(NASTY + WORDS), min_size=1, max_size=20).map(
        lambda parts: "".join(parts) * 200  # very long
    ),
)
NUMBERS = st.one_of(
    st.integers().map(str),
    st.integers(min_value=10**18, max_value=10**40).map(str),
    st.sampled_from(["1.5", "1e9", "-0", "nan", "inf", "0x10", "٣", "1_000"]),
    ANY_TEXT,
)
DATES = st.one_of(
    st.dates().map(date.isoformat),
    st.sampled_from(["0001-01-01", "9999-12-31", "0000-01-01", "2026-02-30", "10000-01-01"]),
    NUMBERS,
)
FLAGS = st.one_of(st.sampled_from(["on", "1", "true", "off", "0", "false", ""]), ANY_TEXT)


def choice(values):
    return st.one_of(st.sampled_from(list(values)), ANY_TEXT)


def query(spec):
    """Any subset of the parameters in `spec`, a value or a repeated value each."""
    return st.fixed_dictionaries(
        {},
        optional={
            name: st.one_of(values, st.lists(values, max_size=3)) for name, values in spec.items()
        },
    )


SEARCH_PARAMS = {"q": ANY_TEXT, "page": NUMBERS}
AGENDA_PARAMS = {
    "when": choice(key for key, _label in RANGES),
    "date_from": DATES,
    "date_to": DATES,
    "q": ANY_TEXT,
    "territory": choice(["brianconnais", "gapencais"]),
    "commune": choice(["05023", "05061"]),
    "theme": choice(["monnaie-locale", "culture"]),
    "organisation": choice(["la-roue"]),
    "audience": choice(Audience.values),
    "free": FLAGS,
    "online": FLAGS,
    "place": NUMBERS,  # a place's id
    "page": NUMBERS,
}
DIRECTORY_PARAMS = {
    "q": ANY_TEXT,
    "territory": choice(["brianconnais", "gapencais"]),
    "commune": choice(["05023", "05061"]),
    "sector": choice(["finance-solidaire"]),
    "theme": choice(["monnaie-locale", "culture"]),
    "legal_form": choice(LegalForm.values),
    "offers": st.one_of(FLAGS, choice(OfferKind.values)),
    "page": NUMBERS,
}
NEWS_PARAMS = {
    "kind": choice(Kind.values),
    "theme": choice(["monnaie-locale", "culture"]),
    "organisation": choice(["la-roue"]),
    "page": NUMBERS,
}
YEARS = st.integers(min_value=0, max_value=9999).map("{:04d}".format)
MONTHS = st.integers(min_value=0, max_value=99).map(str)
LANGUAGES = st.sampled_from(sorted(URLS))


def build_scene(home_page, locales):
    """Two organisations, an event and a news item, with their listings in three languages."""
    directory = DirectoryPageFactory(parent=home_page)
    roue = OrganisationPageFactory(
        parent=directory,
        title="La Roue",
        slug="la-roue",
        summary="La monnaie locale citoyenne du Briançonnais.",
        commune=Commune.objects.get(insee="05023"),
        themes=[Theme.objects.get(slug="monnaie-locale")],
        sectors=[Sector.objects.get(slug="finance-solidaire")],
    )
    OrganisationPageFactory(parent=directory, title="Ludambule", slug="ludambule")
    agenda = AgendaPageFactory(parent=home_page)
    EventPageFactory(
        parent=agenda,
        title="Réunion La Roue",
        themes=[Theme.objects.get(slug="monnaie-locale")],
        organisers=[roue],
    )
    index = NewsIndexPageFactory(parent=home_page)
    NewsPageFactory(
        parent=index,
        title="La Roue passe le cap des 100 commerces",
        themes=[Theme.objects.get(slug="monnaie-locale")],
        organisations=[roue],
    )
    for language, (agenda_slug, directory_slug, news_slug) in TRANSLATED_SLUGS.items():
        translate(agenda, locales[language], slug=agenda_slug)
        translate(directory, locales[language], slug=directory_slug)
        translate(index, locales[language], slug=news_slug)
        translate(roue, locales[language])


_scene = once_per_module(build_scene)


@pytest.fixture
def scene(_scene, db):
    """The module's scene, there for this test (in its own savepoint)."""


def get(client, url, params=None):
    """The response to GET `url`, its body read (streamed calendars fail while streaming)."""
    response = client.get(url, params or {})
    if response.streaming:
        b"".join(response.streaming_content)
    else:
        response.content  # noqa: B018
    return response


def assert_answers(client, url, params=None):
    response = get(client, url, params)
    assert response.status_code < 500, (url, params)
    return response


def test_the_fuzzed_parameters_are_every_parameter_of_the_forms():
    """A field added to a filter form is fuzzed too, or this fails."""
    assert set(AGENDA_PARAMS) == {*AgendaFilterForm.base_fields, "page"}
    assert set(DIRECTORY_PARAMS) == {*DirectoryFilterForm.base_fields, "page"}
    assert set(NEWS_PARAMS) == {*NewsFilterForm.base_fields, "page"}


class TestNoServerErrorOnAnyInput:
    @fuzz
    @given(language=LANGUAGES, params=query(SEARCH_PARAMS))
    def test_site_search(self, client, scene, language, params):
        assert_answers(client, URLS[language][0], params)

    @fuzz
    @given(
        language=LANGUAGES,
        route=st.one_of(
            st.sampled_from(["", "past/", "agenda.ics", "propose/", "events.csv", "events.json"]),
            st.builds("month/{}/{}/".format, YEARS, MONTHS),
        ),
        params=query({**AGENDA_PARAMS, "sent": FLAGS}),
    )
    def test_agenda_listing_month_past_calendar(self, client, scene, language, route, params):
        assert_answers(client, URLS[language][1] + route, params)

    @fuzz
    @given(
        language=LANGUAGES,
        route=st.sampled_from(["", "organisations.csv", "organisations.json", "gogocarto.json"]),
        params=query(DIRECTORY_PARAMS),
    )
    def test_directory_and_its_open_data(self, client, scene, language, route, params):
        assert_answers(client, URLS[language][2] + route, params)

    @fuzz
    @given(
        language=LANGUAGES,
        route=st.one_of(
            st.sampled_from(["", "rss.xml", "atom.xml"]),
            st.builds("archive/{}/{}/".format, YEARS, MONTHS),
        ),
        params=query(NEWS_PARAMS),
    )
    def test_newsroom_archive_and_feeds(self, client, scene, language, route, params):
        assert_answers(client, URLS[language][3] + route, params)

    @fuzz
    @given(
        route=st.sampled_from(["/sitemap.xml", "/robots.txt", "/"]),
        params=query({"p": NUMBERS, "q": ANY_TEXT}),
    )
    def test_site_wide_routes(self, client, scene, route, params):
        assert_answers(client, route, params)


KEYWORD_BOXES = [
    "/recherche/",
    "/en/search/",
    "/it/ricerca/",
    "/agenda/",
    "/agenda/past/",
    "/agenda/month/{today.year}/{today.month}/",
    "/agenda/agenda.ics",
    "/annuaire/",
    "/annuaire/organisations.csv",
    "/annuaire/organisations.json",
    "/en/directory/organisations.json",
]


def organisation_count(client, params):
    return json.loads(get(client, "/annuaire/organisations.json", params).content)["count"]


@pytest.mark.indexed
class TestKeywordsWithQuotes:
    """A `"` made SQLite's FTS5 MATCH expression unbalanced: a syntax error, a 500."""

    def test_a_quote_in_any_keyword_box_answers(self, client, scene):
        today = timezone.localdate()
        for url in KEYWORD_BOXES:
            for q in ['"', 'roue"', '"la roue', '""', '"""', 'la "roue" l\'ess', '"*" OR "']:
                response = get(client, url.format(today=today), {"q": q})
                assert response.status_code == 200, (url, q)

    def test_quoted_words_search_as_a_phrase(self, client, scene):
        assert organisation_count(client, {}) == 2
        assert organisation_count(client, {"q": '"la roue"'}) == 1
        assert organisation_count(client, {"q": 'roue"'}) == 1
        assert organisation_count(client, {"q": '"roue" "monnaie locale"'}) == 1
        assert organisation_count(client, {"q": '"roue zèbre"'}) == 0

    def test_only_quotes_find_nothing(self, client, scene):
        assert organisation_count(client, {"q": '" "'}) == 0

    def test_a_quote_in_the_site_search_still_finds(self, client, scene):
        response = get(client, "/recherche/", {"q": '"la roue'})
        assert response.context["results"].paginator.count >= 1
        assert "La Roue" in response.content.decode()


class TestControlCharacters:
    """PostgreSQL refuses a NUL in a string; SQLite's FTS5 reads it as the end of the query."""

    def test_a_nul_in_any_keyword_box_answers(self, client, scene):
        today = timezone.localdate()
        for url in KEYWORD_BOXES:
            for q in ["roue\x00", "\x00", "\x00\x01\x1f\x7f\x9f"]:
                response = get(client, url.format(today=today), {"q": q})
                assert response.status_code == 200, (url, q)

    @pytest.mark.indexed
    def test_the_site_search_drops_control_characters(self, client, scene):
        response = get(client, "/recherche/", {"q": "\x00\x1bRoue\x7f"})
        assert response.context["search_query"] == "Roue"
        assert "La Roue" in response.content.decode()

    @pytest.mark.indexed
    def test_the_directory_search_drops_control_characters(self, client, scene):
        assert organisation_count(client, {"q": "\x1broue\x01"}) == 1

    def test_a_nul_in_a_filter_form_is_reported_and_ignored(self, client, scene):
        response = get(client, "/annuaire/", {"q": "roue\x00"})
        assert response.context["form"].has_error("q", "null_characters_not_allowed")
        assert len(response.context["organisations"]) == 2


class TestDateExtremes:
    """date_from=0001-01-01 or date_to=9999-12-31 overflowed the datetime arithmetic."""

    EXTREMES = [
        {"date_from": "0001-01-01"},
        {"date_to": "9999-12-31"},
        {"date_from": "0001-01-01", "date_to": "9999-12-31"},
        {"date_from": "9999-12-31"},
        {"date_to": "0001-01-01"},
        {"date_from": "1999-12-31", "date_to": "2101-01-01", "when": "today"},
    ]

    def test_a_date_out_of_range_is_reported_and_ignored(self, client, scene):
        for url in ["/agenda/", "/agenda/past/", "/en/agenda/", "/it/agenda/past/"]:
            for params in self.EXTREMES:
                response = get(client, url, params)
                assert response.status_code == 200, (url, params)
                form = response.context["form"]
                assert set(form.errors) == {"date_from", "date_to"} & set(params), (url, params)
                assert set(form.cleaned()) == {"when"} & set(params), (url, params)

    def test_the_calendar_feed_ignores_dates_out_of_range(self, client, scene):
        for params in self.EXTREMES:
            response = get(client, "/agenda/agenda.ics", params)
            assert response.status_code == 200, params
            assert response["Content-Type"].startswith("text/calendar")

    def test_the_listing_still_shows_the_upcoming_events(self, client, scene):
        response = get(client, "/agenda/", {"date_to": "9999-12-31"})
        assert "Réunion La Roue" in response.content.decode()

    def test_the_message_says_which_dates_are_allowed_in_the_visitors_language(self, client, scene):
        response = get(client, "/en/agenda/", {"date_from": "0001-01-01"})
        assert response.context["form"].errors["date_from"] == [
            "Enter a date between Jan. 1, 2000 and Dec. 31, 2100."
        ]

    def test_the_bounds_themselves_are_accepted(self, client, scene):
        response = get(client, "/agenda/", {"date_from": "2000-01-01", "date_to": "2100-12-31"})
        form = response.context["form"]
        assert not form.errors
        assert form.cleaned() == {"date_from": date(2000, 1, 1), "date_to": date(2100, 12, 31)}
        assert 'min="2000-01-01" max="2100-12-31"' in response.content.decode()


class TestArchiveMonths:
    """The archive route built a datetime from any four and two digits: a ValueError."""

    def test_a_month_that_does_not_exist_is_not_found(self, client, scene):
        for url in [
            "/actualites/archive/2026/13/",
            "/actualites/archive/0000/1/",
            "/actualites/archive/2026/0/",
            "/en/news/archive/2026/99/",
            "/it/notizie/archive/0000/00/",
        ]:
            assert get(client, url).status_code == 404, url

    def test_an_existing_month_is_found(self, client, scene):
        today = timezone.localdate()
        response = get(client, f"/actualites/archive/{today.year}/{today.month}/")
        assert response.status_code == 200
        assert "La Roue passe le cap des 100 commerces" in response.content.decode()

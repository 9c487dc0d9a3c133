"""Dates read as each language writes them: Italian and French names in lower case inside a
sentence, the month view's column heads capitalised."""

from datetime import date

from django.template import Context, Template
from django.utils import translation

import pytest

from tests.agenda.conftest import paris
from tests.factories import EventPageFactory

THURSDAY = date(2026, 12, 3)


@pytest.mark.parametrize(
    ("language", "expected"),
    [
        ("it", "giovedì 3 dicembre 2026 · gio"),
        ("fr", "jeudi 3 décembre 2026 · jeu"),
        ("en", "Thursday 3 December 2026 · Thu"),
    ],
)
def test_day_and_month_names_inside_a_sentence(language, expected):
    template = Template('{{ day|date:"l j F Y" }} · {{ day|date:"D" }}')
    with translation.override(language):
        assert template.render(Context({"day": THURSDAY})) == expected


@pytest.mark.django_db
def test_the_month_view_heads_its_columns_in_the_page_language(
    client, locales, agenda, translations_of
):
    from tests.conftest import translate

    translate(agenda, locales["it"], title="Agenda", slug="agenda")
    EventPageFactory(parent=agenda, start=paris(2026, 12, 3, 18, 30))
    french = client.get("/agenda/month/2026/12/").content.decode()
    assert '<th scope="col">Lundi</th>' in french and "décembre 2026" in french
    italian = client.get("/it/agenda/month/2026/12/").content.decode()
    assert '<th scope="col">Lunedì</th>' in italian and "dicembre 2026" in italian
    assert "Monday" not in italian + french

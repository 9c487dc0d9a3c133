"""Every language's agenda complete at once: an event published in French is in the English and
Italian agendas at the same moment, as a wagtail-localize synchronised translation showing the
French words (marked lang="fr") until someone translates them; the original's updates reach
what nobody translated, never a translation; unpublishing or deleting it does the same in
every language (core/translations.py, agenda/signals.py)."""

import logging
from datetime import timedelta

from wagtail.models import Page
from wagtail_localize.models import Translation

import pytest

from agenda.models import AgendaPage, EventPage, OccurrenceChange
from core.translations import written_by_hand
from tests.agenda.conftest import copies_of, in_days, listed_dates, occurrences
from tests.conftest import translate, translate_in_editor
from tests.factories import EventPageFactory

LANGUAGES = ("fr", "en", "it")


@pytest.fixture
def agendas(agenda, locales):
    """The French agenda and its English and Italian translations, by language code."""
    english = translate(agenda, locales["en"], title="What's on", slug="whats-on")
    italian = translate(agenda, locales["it"], title="Agenda", slug="agenda")
    return {
        code: AgendaPage.objects.get(pk=page.pk)
        for code, page in {"fr": agenda, "en": english, "it": italian}.items()
    }


def publish(page, **fields):
    """Publish a new revision of `page` (in any language) with `fields` changed."""
    draft = page.get_latest_revision_as_object()
    for name, value in fields.items():
        setattr(draft, name, value)
    draft.save_revision().publish()
    return EventPage.objects.get(pk=page.pk)


def several_kinds_of_events(agenda, roue):
    """A single date, several days, a weekly series with a skipped, an added, a moved and a
    cancelled date, a cancelled event and a postponed one."""
    EventPageFactory(parent=agenda, title="Atelier vélo", start=in_days(2), organisers=[roue])
    EventPageFactory(
        parent=agenda,
        title="Festival des possibles",
        start=in_days(5, 0, 0),
        end=in_days(7, 0, 0),
        all_day=True,
    )
    series = EventPageFactory(
        parent=agenda,
        title="Permanence de la monnaie locale",
        start=in_days(1, 10),
        end=in_days(1, 12),
        rrule="FREQ=WEEKLY;COUNT=6",
        exdates=in_days(15).date().isoformat(),
        rdates=in_days(4).date().isoformat(),
        publish=False,
    )
    series.occurrence_changes.add(
        OccurrenceChange(original_start=in_days(8, 10), new_start=in_days(9, 14)),
        OccurrenceChange(original_start=in_days(22, 10), cancelled=True),
    )
    series.save_revision().publish()
    EventPageFactory(parent=agenda, title="Assemblée", start=in_days(3), status="cancelled")
    EventPageFactory(parent=agenda, title="Bal folk", start=in_days(12), status="postponed")
    return series


class TestEveryLanguageAtOnce:
    def test_the_english_and_italian_agendas_list_exactly_the_french_dates(
        self, client, agendas, roue
    ):
        several_kinds_of_events(agendas["fr"], roue)
        french = listed_dates(client, agendas["fr"])
        assert len(french) == 10  # 1 + 1 + (6 - 1 skipped + 1 added) + 1 + 1, cancelled ones too
        for code in ("en", "it"):
            assert listed_dates(client, agendas[code]) == french
            assert occurrences(agendas[code]) == occurrences(agendas["fr"])

    def test_an_updated_series_changes_its_dates_in_every_language(self, client, agendas, roue):
        series = several_kinds_of_events(agendas["fr"], roue)
        series = EventPage.objects.get(pk=series.pk)
        draft = series.get_latest_revision_as_object()
        draft.rrule, draft.exdates = "FREQ=WEEKLY;COUNT=3", ""
        draft.occurrence_changes = [
            OccurrenceChange(original_start=in_days(15, 10), new_start=in_days(16, 18))
        ]
        draft.save_revision().publish()
        french = listed_dates(client, agendas["fr"])
        assert len(french) == 8
        for code in ("en", "it"):
            assert listed_dates(client, agendas[code]) == french
            assert occurrences(agendas[code]) == occurrences(agendas["fr"])

    def test_the_copies_are_wagtail_localize_translations_showing_the_french_words(
        self, client, agendas, roue, locales
    ):
        event = EventPageFactory(parent=agendas["fr"], title="Atelier vélo", organisers=[roue])
        copies = copies_of(event)
        assert set(copies) == set(LANGUAGES)
        for code in ("en", "it"):
            copy = copies[code]
            assert copy.live and not copy.has_unpublished_changes
            assert copy.get_parent().pk == agendas[code].pk
            assert (copy.title, copy.summary) == (event.title, event.summary)
            assert list(copy.organisers.all()) == [roue]
            # synchronised: the event's edit view is wagtail-localize's translation editor
            assert Translation.objects.get(
                source__object_id=event.translation_key, target_locale=locales[code]
            ).enabled
        html = client.get(agendas["en"].url).content.decode()
        assert f'<a href="{copies["en"].url}" lang="fr">Atelier vélo</a>' in html
        assert f'<a href="{event.url}">Atelier vélo</a>' in client.get("/agenda/").content.decode()

    def test_a_translated_title_loses_the_french_mark(self, client, agendas, locales):
        event = EventPageFactory(parent=agendas["fr"], title="Atelier vélo")
        italian = translate_in_editor(event, locales["it"], title="Laboratorio bici")
        html = client.get(agendas["it"].url).content.decode()
        assert f'<a href="{italian.url}">Laboratorio bici</a>' in html

    def test_the_listings_read_the_french_titles_in_one_query(
        self, client, agendas, django_assert_max_num_queries
    ):
        for n in range(6):
            EventPageFactory(parent=agendas["fr"], title=f"Atelier {n}", start=in_days(n + 1))
        client.get(agendas["en"].url)
        with django_assert_max_num_queries(15):
            html = client.get(agendas["en"].url).content.decode()
        assert html.count('lang="fr">Atelier') == 6

    def test_no_agenda_in_a_language_no_copy_and_a_warning(self, agenda, locales, caplog):
        translate(agenda, locales["en"], title="What's on", slug="whats-on")
        with caplog.at_level(logging.WARNING, logger="core.translations"):
            event = EventPageFactory(parent=agenda, title="Atelier vélo")
        assert set(copies_of(event)) == {"fr", "en"}
        assert "No it translation of “Agenda”" in caplog.text


class TestTheOriginalUpdated:
    def test_a_translated_title_survives_an_update_of_the_original(self, agendas, locales):
        event = EventPageFactory(parent=agendas["fr"], title="Atelier vélo", start=in_days(3))
        translate_in_editor(event, locales["it"], title="Laboratorio bici")
        english = copies_of(event)["en"]
        publish(english, title="Bike workshop")  # by hand, in Wagtail's own editor
        event = publish(
            event,
            title="Atelier vélo et trottinettes",
            summary="Venez avec vos outils.",
            start=in_days(4),
            end=in_days(4) + timedelta(hours=2),
        )
        copies = copies_of(event)
        assert copies["it"].title == "Laboratorio bici"
        assert copies["en"].title == "Bike workshop"
        for code in ("en", "it"):
            # what nobody translated follows the original, and so do the dates
            assert copies[code].summary == "Venez avec vos outils."
            assert copies[code].start == event.start
            assert copies[code].live and not copies[code].has_unpublished_changes

    def test_translations_written_by_hand_are_not_copied_first_and_keep_their_words(
        self, agendas, locales
    ):
        """The demo seed writes every language itself: publishing the French page meanwhile
        makes no copy, and what it wrote is kept as a translation when the French changes."""
        with written_by_hand():
            event = EventPageFactory(parent=agendas["fr"], title="Atelier vélo", start=in_days(3))
            assert set(copies_of(event)) == {"fr"}
            translate(event, locales["en"], title="Bike workshop")
        assert not Translation.objects.filter(source__object_id=event.translation_key).exists()
        later = in_days(4)
        event = publish(
            event, title="Atelier vélo du samedi", start=later, end=later + timedelta(hours=2)
        )
        copies = copies_of(event)
        assert copies["en"].title == "Bike workshop" and copies["en"].start == event.start
        assert copies["it"].title == "Atelier vélo du samedi" and copies["it"].live

    def test_a_translated_summary_survives_and_the_untranslated_title_follows(
        self, agendas, locales
    ):
        event = EventPageFactory(parent=agendas["fr"], title="Atelier vélo")
        translate_in_editor(event, locales["it"], summary="Un laboratorio aperto a tutti.")
        event = publish(event, title="Atelier vélo du samedi")
        italian = copies_of(event)["it"]
        assert italian.title == "Atelier vélo du samedi"
        assert italian.summary == "Un laboratorio aperto a tutti."

    def test_a_translation_being_edited_gets_the_update_in_its_draft(self, agendas, locales):
        event = EventPageFactory(parent=agendas["fr"], title="Atelier vélo", start=in_days(3))
        english = copies_of(event)["en"]
        draft = english.get_latest_revision_as_object()
        draft.title = "Bike workshop"
        draft.save_revision()  # a volunteer's draft, not published yet
        event = publish(event, summary="Nouveau résumé.", start=in_days(5), end=in_days(5, 20))
        english = EventPage.objects.get(pk=english.pk)
        assert english.title == "Atelier vélo" and english.start == in_days(3)  # live: unchanged
        draft = english.get_latest_revision_as_object()
        assert draft.title == "Bike workshop"
        assert (draft.summary, draft.start) == ("Nouveau résumé.", in_days(5))


class TestTheOriginalWithdrawn:
    def test_unpublishing_the_original_unpublishes_its_translations(self, client, agendas):
        event = EventPageFactory(parent=agendas["fr"], title="Atelier vélo")
        EventPage.objects.get(pk=event.pk).unpublish()
        for code, copy in copies_of(event).items():
            assert not copy.live, code
            assert listed_dates(client, agendas[code]) == []

    def test_deleting_the_original_deletes_its_translations(self, agendas):
        event = EventPageFactory(parent=agendas["fr"], title="Atelier vélo")
        key = event.translation_key
        EventPage.objects.get(pk=event.pk).delete()
        assert not Page.objects.filter(translation_key=key).exists()

    def test_a_translation_unpublished_alone_leaves_the_original_online(self, agendas):
        event = EventPageFactory(parent=agendas["fr"], title="Atelier vélo")
        copies_of(event)["it"].unpublish()
        copies = copies_of(event)
        assert copies["fr"].live and copies["en"].live and not copies["it"].live

"""Every language's newsroom complete at once: a news item published in French is in the English
and Italian newsrooms at the same moment, its French words marked lang="fr" with a notice until
someone translates them; a translation survives the original's updates; unpublishing the
original takes every language offline (core/translations.py, news/signals.py)."""

from wagtail_localize.models import StringSegment

import pytest

from core.demo import stream_blocks
from news.models import NewsIndexPage, NewsPage
from tests.conftest import card_titles, translate, translate_in_editor
from tests.factories import NewsIndexPageFactory, NewsPageFactory

pytestmark = pytest.mark.django_db

NOTICE = "Not yet translated: shown in French"
NOTICE_IT = "Non ancora tradotto: mostrato in francese"


@pytest.fixture
def newsrooms(home_page, locales):
    index = NewsIndexPageFactory(parent=home_page)
    english = translate(index, locales["en"], title="News", slug="news")
    italian = translate(index, locales["it"], title="Notizie", slug="notizie")
    return {
        code: NewsIndexPage.objects.get(pk=page.pk)
        for code, page in {"fr": index, "en": english, "it": italian}.items()
    }


def copies_of(item):
    return {
        page.locale.language_code: page
        for page in NewsPage.objects.filter(translation_key=item.translation_key)
    }


def body(*paragraphs):
    return stream_blocks([("paragraph", text) for text in paragraphs])


def publish(page, **fields):
    draft = page.get_latest_revision_as_object()
    for name, value in fields.items():
        setattr(draft, name, value)
    draft.save_revision().publish()
    return NewsPage.objects.get(pk=page.pk)


def test_a_new_french_news_item_is_in_every_newsroom_at_once(client, newsrooms):
    item = NewsPageFactory(parent=newsrooms["fr"], title="La Roue passe le cap des 100 commerces")
    copies = copies_of(item)
    assert set(copies) == {"fr", "en", "it"}
    for code in ("en", "it"):
        assert copies[code].live and copies[code].get_parent().pk == newsrooms[code].pk
        assert card_titles(client.get(newsrooms[code].url)) == [item.title]
        feed = client.get(newsrooms[code].url + "rss.xml").content.decode()
        assert item.title in feed


def test_the_french_words_of_a_copy_are_marked_and_announced(client, newsrooms):
    item = NewsPageFactory(
        parent=newsrooms["fr"],
        title="La Roue passe le cap des 100 commerces",
        summary="La monnaie locale grandit.",
        body=body("Cent commerces acceptent désormais la Roue."),
    )
    english = copies_of(item)["en"]
    html = client.get(english.url).content.decode()
    assert '<h1 id="news-title" lang="fr">La Roue passe le cap des 100 commerces</h1>' in html
    assert '<p class="lead" lang="fr">La monnaie locale grandit.</p>' in html
    assert '<div lang="fr">' in html and "Cent commerces" in html
    assert NOTICE in html
    assert f'<a href="{english.url}" lang="fr">' in client.get(newsrooms["en"].url).content.decode()
    # in French, nothing to mark
    french = client.get(item.url).content.decode()
    assert 'lang="fr">La Roue' not in french and NOTICE not in french


def test_a_translated_title_is_not_marked_but_the_french_summary_still_is(
    client, newsrooms, locales
):
    item = NewsPageFactory(parent=newsrooms["fr"], title="La Roue passe le cap des 100 commerces")
    italian = translate_in_editor(item, locales["it"], title="La Roue supera i 100 negozi")
    html = client.get(italian.url).content.decode()
    assert '<h1 id="news-title">La Roue supera i 100 negozi</h1>' in html
    assert '<p class="lead" lang="fr">' in html and NOTICE_IT in html


def test_a_fully_translated_copy_has_no_notice(client, newsrooms):
    item = NewsPageFactory(parent=newsrooms["fr"], title="Forum", summary="Le forum.")
    english = publish(copies_of(item)["en"], title="Forum 2027", summary="The forum.")
    html = client.get(english.url).content.decode()
    assert NOTICE not in html
    assert '<h1 id="news-title">Forum 2027</h1>' in html
    assert '<p class="lead">The forum.</p>' in html


def test_a_translated_title_survives_an_update_and_the_untranslated_body_follows(
    newsrooms, locales
):
    item = NewsPageFactory(
        parent=newsrooms["fr"], title="Assemblée générale", body=body("Rendez-vous à Gap.")
    )
    translate_in_editor(item, locales["it"], title="Assemblea generale")
    item = publish(item, title="Assemblée générale 2027", body=body("Rendez-vous à Embrun."))
    italian = copies_of(item)["it"]
    assert italian.title == "Assemblea generale"
    assert "Embrun" in str(italian.body) and "Gap" not in str(italian.body)
    assert italian.live and not italian.has_unpublished_changes


def test_a_translated_paragraph_survives_while_a_new_french_one_arrives(newsrooms, locales):
    item = NewsPageFactory(parent=newsrooms["fr"], title="Forum", body=body("Premier.", "Second."))
    source_path = StringSegment.objects.filter(
        source__object_id=item.translation_key, string__data="Premier."
    ).values_list("context__path", flat=True)[0]
    translate_in_editor(item, locales["en"], **{source_path: "First."})
    # edited in Wagtail's editor: the blocks keep their ids
    blocks = [dict(block) for block in item.body.raw_data]
    blocks[1]["value"] = "<p>Second, revu.</p>"
    item = publish(item, body=blocks)
    english = str(copies_of(item)["en"].body)
    assert "First." in english and "Second, revu." in english and "Premier." not in english


def test_unpublishing_the_original_unpublishes_its_translations(client, newsrooms):
    item = NewsPageFactory(parent=newsrooms["fr"], title="Forum")
    NewsPage.objects.get(pk=item.pk).unpublish()
    for code, copy in copies_of(item).items():
        assert not copy.live, code
        assert card_titles(client.get(newsrooms[code].url)) == []


def test_deleting_the_original_deletes_its_translations(newsrooms):
    item = NewsPageFactory(parent=newsrooms["fr"], title="Forum")
    key = item.translation_key
    NewsPage.objects.get(pk=item.pk).delete()
    assert not NewsPage.objects.filter(translation_key=key).exists()

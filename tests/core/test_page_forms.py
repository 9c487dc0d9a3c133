"""A new page never fails on a slug already taken under its parent: events and news repeat
their titles, and an autosaved draft must not block the next page of the same title."""

from django.urls import reverse

from wagtail.test.utils.form_data import nested_form_data, streamfield

import pytest

from news.models import NewsPage
from tests.factories import NewsIndexPageFactory, NewsPageFactory

pytestmark = pytest.mark.django_db


def add_news(client, newsroom, title, slug):
    data = nested_form_data(
        {
            "title": title,
            "slug": slug,
            "date": "2026-12-03",
            "kind": "news",
            "summary": "Un atelier ouvert à toutes et tous.",
            "body": streamfield([]),
            "attachments": streamfield([]),
            "action-publish": "publish",
        }
    )
    url = reverse("wagtailadmin_pages:add", args=("news", "newspage", newsroom.pk))
    return client.post(url, data)


def test_a_new_page_takes_the_first_free_slug_and_an_existing_one_is_told(admin_client, home_page):
    newsroom = NewsIndexPageFactory(parent=home_page)
    NewsPageFactory(parent=newsroom, title="Atelier vélo", slug="atelier-velo", live=False)
    for expected in ("atelier-velo-2", "atelier-velo-3"):
        response = add_news(admin_client, newsroom, "Atelier vélo", "atelier-velo")
        assert response.status_code == 302, response.context["form"].errors
        assert NewsPage.objects.filter(slug=expected, live=True).exists()

    third = NewsPage.objects.get(slug="atelier-velo-3")
    edit = reverse("wagtailadmin_pages:edit", args=(third.pk,))
    data = nested_form_data(
        {
            "title": "Atelier vélo",
            "slug": "atelier-velo",  # renaming onto a sibling: Wagtail's message, no change
            "date": "2026-12-03",
            "kind": "news",
            "summary": "Un atelier ouvert à toutes et tous.",
            "body": streamfield([]),
            "attachments": streamfield([]),
        }
    )
    response = admin_client.post(edit, data)
    assert response.status_code == 200
    assert "slug" in response.context["form"].errors
    third.refresh_from_db()
    assert third.slug == "atelier-velo-3"

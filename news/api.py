"""The newsroom in the public read API (/api/v1/news/, composed in config/api.py): news and
press releases, newest first, with the newsroom's filters and `updated_since`."""

from datetime import date, datetime
from typing import Literal

from wagtail.models import Locale

from ninja import Field, Query, Router, Schema

from core.api import IsoDateTime, LanguageQuery, listing, valid_form
from core.cache import section_page
from core.models import unrestricted
from news.filters import NewsFilterForm
from news.kinds import Kind
from news.models import NewsIndexPage, NewsPage

router = Router(tags=["news"])


class NewsQuery(LanguageQuery):
    kind: Literal["", *Kind.values] = ""
    theme: str = Field("", description="A theme's slug")
    organisation: str = Field("", description="An organisation's slug")
    updated_since: IsoDateTime | None = Field(
        None, description="Only items published or changed at or after this instant"
    )


class NewsOut(Schema):
    id: int
    url: str
    title: str
    date: date
    kind: Literal[*Kind.values]
    summary: str
    themes: list[str]
    language: str
    updated_at: datetime | None

    @staticmethod
    def resolve_url(obj, context):
        return obj.get_full_url(context["request"])

    @staticmethod
    def resolve_themes(obj):
        return [theme.label for theme in obj.themes.all()]

    @staticmethod
    def resolve_language(obj):
        return Locale.get_active().language_code

    @staticmethod
    def resolve_updated_at(obj):
        return obj.last_published_at


@listing(
    router,
    "/news/",
    NewsOut,
    summary="News and press releases, newest first",
    ordering=("-date", "-id"),
)
def news(request, filters: Query[NewsQuery]):
    form = valid_form(NewsFilterForm, filters)
    index = section_page(NewsIndexPage, Locale.get_active().id)
    if index is None:
        return NewsPage.objects.none()
    found = form.filter(
        NewsPage.objects.child_of(index)
        .live()
        .filter(unrestricted())
        .prefetch_related("themes")
        .defer_streamfields()
    )
    if filters.updated_since:
        found = found.filter(last_published_at__gte=filters.updated_since)
    return found

"""What the newsroom adds to other pages: the home page's latest news and an organisation's
news (through the directory's hook, see news/wagtail_hooks.py)."""

from django.utils.translation import gettext as _

from core.cache import section_page
from news.models import MemberNewsItem, NewsIndexPage

HOME_NEWS = 3
HOME_MEMBER_NEWS = 3
ORGANISATION_NEWS = 4


def home_section(index, request):
    """The latest news of the newsroom (`index`: the news index page, plain or specific)."""
    return {
        "key": "news",
        "title": _("Latest news"),
        "items": list(NewsIndexPage.news(index)[:HOME_NEWS]),
        "template": "news/includes/news_cards.html",
        "more_url": index.url,
        "more_label": _("All the news"),
    }


def organisation_section(organisation, request):
    index = section_page(NewsIndexPage, organisation.locale_id)
    if index is None:
        return None
    items = list(
        NewsIndexPage.news(index)
        .filter(organisations__translation_key=organisation.translation_key)
        .distinct()[:ORGANISATION_NEWS]
    )
    return {
        "key": "news",
        "title": _("Latest news"),
        "items": items,
        "template": "news/includes/news_cards.html",
    }


def members_home_section(index, request):
    """ "From our members": the latest approved entries of the members' own feeds."""
    return {
        "key": "members",
        "title": _("From our members"),
        "items": list(MemberNewsItem.objects.shown()[:HOME_MEMBER_NEWS]),
        "template": "news/includes/member_items.html",
    }


def members_organisation_section(organisation, request):
    return {
        "key": "member-news",
        "title": _("On its website"),
        "items": list(MemberNewsItem.objects.shown(organisation)[:ORGANISATION_NEWS]),
        "template": "news/includes/member_items.html",
    }

"""What a news page shows, in a bounded number of queries, and the name of the hook through
which other apps add their feeds to the press room (see PressRoomPage in news/models.py)."""

from django.utils.translation import gettext as _

from directory.models import OrganisationPage
from news.kinds import Kind


def news_page_context(page, request):
    organisations = list(
        OrganisationPage.objects.live()
        .filter(
            locale_id=page.locale_id,
            translation_key__in=page.organisations.values("translation_key"),
        )
        .order_by("title")
        .only("id", "title", "url_path", "press_email", "press_phone")
    )
    return {
        "organisation_list": organisations,
        "theme_list": list(page.themes.all()),
        "index_url": page.url.rsplit("/", 2)[0] + "/" if page.url else None,
        "structured_data": structured_data(page, organisations),
    }


def structured_data(page, organisations):
    data = {
        "@context": "https://schema.org",
        "@type": "NewsArticle",
        "headline": page.title,
        "description": page.summary,
        "datePublished": page.date.isoformat(),
        "url": page.full_url,
        "publisher": [{"@type": "Organization", "name": o.title} for o in organisations],
    }
    if page.last_published_at:
        data["dateModified"] = page.last_published_at.isoformat()
    if page.kind == Kind.PRESS:
        data["genre"] = _("Press release")
    return data


# A hook: a function (press room page, absolute URL maker) returning {name: address} of feeds.
PRESS_ROOM_FEEDS_HOOK = "press_room_feeds"

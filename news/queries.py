"""What the newsroom's pages show, in a bounded number of queries."""

from django.utils.translation import gettext as _


def news_page_context(page, request):
    from directory.models import OrganisationPage

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
    if page.kind == "press":
        data["genre"] = _("Press release")
    return data


# A hook: a function (press room page, absolute URL maker) returning {name: address} of feeds.
PRESS_ROOM_FEEDS_HOOK = "press_room_feeds"


def press_room_context(page, request):
    """Press releases, press contacts, press kits and the feeds' addresses, for journalists."""
    from wagtail import hooks
    from wagtail.models import Page

    from directory.models import DirectoryPage, OrganisationPage
    from news.models import Kind, NewsIndexPage, NewsPage

    home_path = page.path[: -page.steplen]
    siblings = {
        type(p): p
        for p in Page.objects.filter(path__startswith=home_path, depth=page.depth)
        .live()
        .type(NewsIndexPage, DirectoryPage)
        .specific()
    }
    index, directory = siblings.get(NewsIndexPage), siblings.get(DirectoryPage)
    releases = list(
        NewsPage.objects.child_of(index).live().filter(kind=Kind.PRESS).order_by("-date")[:10]
        if index
        else []
    )
    contacts = (
        list(
            OrganisationPage.objects.child_of(directory)
            .live()
            .exclude(press_email="", press_phone="")
            .order_by("title")
            .only("id", "title", "url_path", "press_email", "press_phone")
        )
        if directory
        else []
    )

    def absolute(url):
        return request.build_absolute_uri(url)

    feeds = {}
    if index:
        feeds["news_rss"] = absolute(index.url + "rss.xml")
        feeds["news_atom"] = absolute(index.url + "atom.xml")
        feeds["press_rss"] = absolute(index.url + "rss.xml?kind=press")
    # Other apps add their feeds (the agenda its calendar) without this app importing them.
    for provider in hooks.get_hooks(PRESS_ROOM_FEEDS_HOOK):
        feeds.update(provider(page, absolute))
    return {
        "releases": releases,
        "press_kits": [
            (release, block.value) for release in releases for block in release.attachments
        ],
        "press_contacts": contacts,
        "feeds": feeds,
    }

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

from django.core.paginator import EmptyPage, PageNotAnInteger, Paginator
from django.shortcuts import redirect, render
from django.templatetags.static import static
from django.utils.translation import gettext as _
from django.views.decorators.cache import cache_control
from django.views.decorators.http import require_GET

from wagtail.contrib.sitemaps.sitemap_generator import Sitemap
from wagtail.models import Locale, Page

from core.forms import clean_keywords, keywords_query

SEARCH_RESULTS_PER_PAGE = 10
SEARCH_QUERY_MAX_LENGTH = 200


@require_GET
def search(request):
    """Site-wide full-text search over the live public pages of the active language."""
    query = clean_keywords(request.GET.get("q", "")[:SEARCH_QUERY_MAX_LENGTH])
    results = None
    if query:
        pages = (
            Page.objects.live()
            .public()
            .filter(locale=Locale.get_active())
            .exclude(depth__lte=1)
            .specific()
            .search(keywords_query(query))
        )
        paginator = Paginator(pages, SEARCH_RESULTS_PER_PAGE)
        try:
            results = paginator.page(request.GET.get("page", 1))
        except PageNotAnInteger:
            results = paginator.page(1)
        except EmptyPage:
            results = paginator.page(paginator.num_pages)
    return render(
        request,
        "home/search.html",
        {"search_query": query, "results": results, "page_title": _("Search")},
    )


@require_GET
@cache_control(max_age=3600, public=True)
def robots_txt(request):
    return render(request, "home/robots.txt", content_type="text/plain; charset=utf-8")


class AllLanguagesSitemap(Sitemap):
    """Wagtail's sitemap lists the default site's tree only; ours lists every language's.
    No page type changes Page.get_sitemap_urls(), so pages stay generic: one query for all
    rather than one per page type."""

    def items(self):
        root = self.get_wagtail_site().root_page
        paths = list(root.get_translations(inclusive=True).values_list("path", flat=True))
        pages = Page.objects.none()
        for path in paths:
            pages |= Page.objects.filter(path__startswith=path)
        return (
            pages.live()
            .public()
            .order_by("path")
            .only(
                "id",
                "path",
                "depth",
                "url_path",
                "locale_id",
                "last_published_at",
                "latest_revision_created_at",
            )
        )


@require_GET
def favicon(request):
    return redirect(static("img/favicon.ico"), permanent=True)

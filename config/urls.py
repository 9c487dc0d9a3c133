from django.conf import settings
from django.conf.urls.i18n import i18n_patterns
from django.contrib.sitemaps.views import sitemap
from django.urls import include, path, re_path
from django.utils.text import format_lazy
from django.utils.translation import gettext_lazy as _

from wagtail import urls as wagtail_urls
from wagtail.admin import urls as wagtailadmin_urls
from wagtail.admin.views.account import PasswordResetView
from wagtail.documents import urls as wagtaildocs_urls

from config.api import api
from core.views import PAGE_FILE_PATTERN, serve_page_file, throttled_password_reset
from home import open_data
from home import views as home_views
from press import urls as press_urls

urlpatterns = [
    # Before Wagtail's own route of the same path and name: the same form, throttled.
    path(
        "admin/password_reset/",
        throttled_password_reset(PasswordResetView.as_view()),
        name="wagtailadmin_password_reset",
    ),
    path("admin/", include(wagtailadmin_urls)),
    path("documents/", include(wagtaildocs_urls)),
    path(
        "sitemap.xml",
        sitemap,
        {"sitemaps": {"pages": home_views.AllLanguagesSitemap}},
        name="sitemap",
    ),
    path("api/v1/", api.urls),
    path("robots.txt", home_views.robots_txt, name="robots_txt"),
    path("favicon.ico", home_views.favicon),
]

if settings.DEBUG:
    from django.conf.urls.static import static as static_urls

    urlpatterns += static_urls(settings.MEDIA_URL, document_root=settings.MEDIA_ROOT)

urlpatterns += i18n_patterns(
    path(_("search/"), home_views.search, name="search"),
    path(_("open-data/"), open_data.open_data_page, name="open_data"),
    path(
        format_lazy("{}catalogue.jsonld", _("open-data/")),
        open_data.open_data_catalogue,
        name="open_data_catalogue",
    ),
    # before the page files: the private press feed's address ends in rss.xml too
    path("", include(press_urls)),
    re_path(PAGE_FILE_PATTERN, serve_page_file, name="page_file"),
    path("", include(wagtail_urls)),
    prefix_default_language=False,
)

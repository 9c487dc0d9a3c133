"""Cached state made stale when what it derives from changes: the filter forms' taxonomy
choices, and the anonymous page cache (core/pagecache.py)."""

from django.conf import settings
from django.db.models.signals import post_delete, post_save

from wagtail.contrib.frontend_cache.utils import purge_pages_from_cache
from wagtail.images import get_image_model
from wagtail.models import Locale, Page, PageViewRestriction, Site
from wagtail.signals import page_published, page_unpublished, post_page_move

from core.cache import forget_pages
from core.models import Commune, Sector, Territory, Theme
from core.pagecache import forget_content
from core.taxonomies import forget_taxonomy_choices

# What public pages show changes when a page is published, unpublished, moved or deleted
# (not when a draft is saved), and when one of the models connected below changes; the apps
# above core connect their own (news: member news items, home: the site settings). Derived
# rows (occurrences, renditions) and private ones (sources, the press book) are left out: a
# receiver on them would make every bulk delete load its rows, and a rendition made while a
# page renders would empty the cache.


def _forget(sender, **kwargs):
    forget_taxonomy_choices(sender)
    forget_content()


for _model in (Territory, Commune, Theme, Sector):
    post_save.connect(_forget, sender=_model, dispatch_uid=f"forget-choices-{_model.__name__}")
    post_delete.connect(_forget, sender=_model, dispatch_uid=f"forget-choices-{_model.__name__}")


def _page_changed(sender, instance, **kwargs):
    """Kept pages are stale; a CDN in front (WAGTAILFRONTENDCACHE) forgets the page, its
    listing and the home page. Wagtail's frontend_cache app is not installed: it would queue a
    purge task on every publish even with no CDN, and would purge the page alone."""
    forget_content()
    if settings.WAGTAILFRONTENDCACHE:
        site = instance.get_site()
        pages = [instance, instance.get_parent(), site.root_page if site else None]
        purge_pages_from_cache([page.specific for page in pages if page and page.depth > 1])


page_published.connect(_page_changed, dispatch_uid="page-cache-published")
page_unpublished.connect(_page_changed, dispatch_uid="page-cache-unpublished")
post_page_move.connect(forget_content, dispatch_uid="page-cache-moved")
post_delete.connect(forget_content, sender=Page, dispatch_uid="page-cache-page-deleted")
for _model in (Site, get_image_model()):
    uid = f"page-cache-{_model._meta.label_lower}"
    post_save.connect(forget_content, sender=_model, dispatch_uid=f"{uid}-saved")
    post_delete.connect(forget_content, sender=_model, dispatch_uid=f"{uid}-deleted")

# What core.routing keeps under the pages' version besides pages (moved by home.signals).
for _model in (Site, Locale, PageViewRestriction):
    uid = f"routing-{_model._meta.label_lower}"
    post_save.connect(forget_pages, sender=_model, dispatch_uid=f"{uid}-saved")
    post_delete.connect(forget_pages, sender=_model, dispatch_uid=f"{uid}-deleted")

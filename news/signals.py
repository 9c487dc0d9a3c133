"""The newsroom's signal handlers, connected when NewsConfig.ready() imports this module.

A member's news item shown, hidden or changed (a feed sync, an editor's approval) changes the
home page and the newsroom: kept pages are stale (core/pagecache.py).

A news item published in the default language is in every language's newsroom at once, its
translations follow it (the French words until someone translates them, never over a
translation), and go offline or away with it (core/translations.py)."""

from django.db.models.signals import post_delete, post_save

from wagtail.signals import page_published, page_unpublished

from core.pagecache import forget_content
from core.translations import delete_translations, follow_original, unpublish_translations
from news.models import MemberNewsItem, NewsPage


def _on_published(sender, instance, **kwargs):
    if isinstance(instance, NewsPage):
        follow_original(instance)


def _on_unpublished(sender, instance, **kwargs):
    if isinstance(instance, NewsPage):
        unpublish_translations(instance)


def _on_deleted(sender, instance, **kwargs):
    delete_translations(instance)


post_save.connect(forget_content, sender=MemberNewsItem, dispatch_uid="page-cache-news-item-saved")
post_delete.connect(
    forget_content, sender=MemberNewsItem, dispatch_uid="page-cache-news-item-deleted"
)
page_published.connect(_on_published, dispatch_uid="news-page-published")
page_unpublished.connect(_on_unpublished, dispatch_uid="news-page-unpublished")
post_delete.connect(_on_deleted, sender=NewsPage, dispatch_uid="news-page-deleted")

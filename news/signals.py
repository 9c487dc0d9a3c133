"""A member's news item shown, hidden or changed (a feed sync, an editor's approval) changes
the home page and the newsroom: kept pages are stale (core/pagecache.py)."""

from django.db.models.signals import post_delete, post_save

from core.pagecache import forget_content
from news.models import MemberNewsItem

post_save.connect(forget_content, sender=MemberNewsItem, dispatch_uid="page-cache-news-item-saved")
post_delete.connect(
    forget_content, sender=MemberNewsItem, dispatch_uid="page-cache-news-item-deleted"
)

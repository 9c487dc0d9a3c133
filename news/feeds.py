"""RSS 2.0 and Atom feeds of the newsroom (Django's syndication framework), filtered like the
listing, per language, with ETag / Last-Modified and 304 on conditional requests (Django's
`condition` decorator)."""

import hashlib
import mimetypes
from datetime import datetime, time

from django.contrib.syndication.views import Feed
from django.db.models import Count, Max
from django.http import HttpResponse
from django.utils import timezone
from django.utils.feedgenerator import Atom1Feed, Rss201rev2Feed
from django.utils.translation import gettext as _
from django.views.decorators.http import condition

from news.filters import NewsFilterForm
from news.kinds import Kind

ITEMS = 30


class NewsFeed(Feed):
    def __init__(self, index, request, form, feed_type):
        super().__init__()
        self.index, self.request, self.form = index, request, form
        self.feed_type = Atom1Feed if feed_type == "atom" else Rss201rev2Feed

    def title(self):
        title = self.index.title
        if self.form.cleaned().get("kind") == Kind.PRESS:
            title = _("%(title)s — press releases") % {"title": title}
        return title

    def link(self):
        return self.index.full_url

    def feed_url(self):
        return self.request.build_absolute_uri()

    def description(self):
        return self.index.intro

    def items(self):
        return list(self.form.filter(self.index.news()).prefetch_related("organisations")[:ITEMS])

    def item_title(self, item):
        return item.title

    def item_description(self, item):
        return item.summary

    def item_link(self, item):
        return item.get_full_url(self.request)

    def item_guid(self, item):
        return f"urn:uuid:{item.translation_key}"

    item_guid_is_permalink = False

    def item_pubdate(self, item):
        return datetime.combine(item.date, time(9, 0), tzinfo=timezone.get_default_timezone())

    def item_updateddate(self, item):
        return item.last_published_at

    def item_categories(self, item):
        return [theme.tag.label for theme in item.card_themes]

    def item_author_name(self, item):
        return ", ".join(o.title for o in item.organisations.all()) or None

    def item_enclosure_url(self, item):
        return self.request.build_absolute_uri(item.image.file.url) if item.image_id else None

    def item_enclosure_length(self, item):
        return (item.image.get_file_size() or 0) if item.image_id else None

    def item_enclosure_mime_type(self, item):
        if not item.image_id:
            return None
        return mimetypes.guess_type(item.image.file.name)[0] or "image/jpeg"


def feed_response(index, request, feed_type):
    """The feed of the newsroom `index`, filtered like its listing; 304 Not Modified when the
    client's copy is current. What the validators need comes from one aggregate query."""
    form = NewsFilterForm(request.GET or None)
    state = form.filter(index.news().prefetch_related(None)).aggregate(
        latest=Max("last_published_at"), count=Count("pk")
    )
    return feed_view(request, index, form, feed_type, state)


# `condition` calls the validators with the view's own arguments. Decorating the page's route
# would give them only the request, so the route calls this view with the page, the filter form
# and the state of the selection, computed once for both validators.
def feed_etag(request, index, form, feed_type, state):
    seed = f"{feed_type}|{index.pk}|{form.query_string()}|{state['latest']}|{state['count']}"
    return hashlib.sha256(seed.encode()).hexdigest()[:32]


def feed_last_modified(request, index, form, feed_type, state):
    return state["latest"]


@condition(etag_func=feed_etag, last_modified_func=feed_last_modified)
def feed_view(request, index, form, feed_type, state):
    feed = NewsFeed(index, request, form, feed_type).get_feed(None, request)
    response = HttpResponse(content_type=feed.content_type)
    feed.write(response, "utf-8")
    response["Cache-Control"] = "public, max-age=900"
    return response

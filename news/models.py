from datetime import date

from django.db import models
from django.http import Http404
from django.utils import timezone
from django.utils.translation import gettext_lazy as _
from django.views.decorators.clickjacking import xframe_options_exempt

from modelcluster.contrib.taggit import ClusterTaggableManager
from modelcluster.fields import ParentalKey, ParentalManyToManyField
from taggit.models import TaggedItemBase
from wagtail import hooks
from wagtail.admin.panels import FieldPanel, FieldRowPanel, MultiFieldPanel
from wagtail.contrib.routable_page.models import RoutablePageMixin, path, re_path
from wagtail.documents.blocks import DocumentChooserBlock
from wagtail.fields import StreamField
from wagtail.models import Page
from wagtail.search import index

from core.blocks import BodyBlock
from core.cache import section_page, shared_fragment
from core.embed import embed_context
from core.models import optional_link, unrestricted
from core.pagination import CappedPaginator
from directory.models import DirectoryPage, OrganisationPage
from directory.permissions import OrganisationScopedPageMixin, ScopedOrganisationsForm
from directory.sources import RemoteSource
from news.feeds import feed_response
from news.filters import NewsFilterForm
from news.kinds import Kind
from news.queries import PRESS_ROOM_FEEDS_HOOK, news_page_context


class NewsTheme(TaggedItemBase):
    tag = models.ForeignKey("core.Theme", on_delete=models.CASCADE, related_name="news")
    content_object = ParentalKey(
        "news.NewsPage", on_delete=models.CASCADE, related_name="themed_items"
    )


def card_themes():
    """The themes of news items as a plain list, `item.card_themes` (of NewsTheme, each with
    its tag), for cards and feeds: through the taggable manager, each card built two querysets
    even with the themes prefetched."""
    return models.Prefetch(
        "themed_items",
        NewsTheme.objects.select_related("tag").order_by("tag__name"),
        to_attr="card_themes",
    )


class NewsPageForm(ScopedOrganisationsForm):
    organisation_field = "organisations"


class NewsPage(OrganisationScopedPageMixin, Page):
    """A news item or a press release of the network or of a member organisation."""

    date = models.DateField(_("date"), default=timezone.localdate)
    kind = models.CharField(_("kind"), max_length=10, choices=Kind.choices, default=Kind.NEWS)
    summary = models.CharField(_("summary"), max_length=300)
    body = StreamField(BodyBlock(), verbose_name=_("body"), blank=True)
    image = optional_link("wagtailimages.Image", _("image"))
    image_alt = models.CharField(_("image text alternative"), max_length=200, blank=True)
    themes = ClusterTaggableManager(through=NewsTheme, verbose_name=_("themes"), blank=True)
    organisations = ParentalManyToManyField(
        "directory.OrganisationPage", verbose_name=_("organisations"), blank=True, related_name="+"
    )
    attachments = StreamField(
        [("document", DocumentChooserBlock(label=_("Document")))],
        verbose_name=_("press kit and attachments"),
        blank=True,
    )

    content_panels = Page.content_panels + [
        FieldRowPanel([FieldPanel("date"), FieldPanel("kind")]),
        FieldPanel("summary"),
        FieldPanel("body"),
        FieldRowPanel([FieldPanel("image"), FieldPanel("image_alt")], heading=_("Image")),
        MultiFieldPanel([FieldPanel("organisations"), FieldPanel("themes")], heading=_("About")),
        FieldPanel("attachments"),
    ]
    base_form_class = NewsPageForm
    search_fields = Page.search_fields + [
        index.SearchField("summary", boost=2),
        index.SearchField("body"),
        index.FilterField("locale"),
        index.FilterField("kind"),
    ]

    parent_page_types = ["news.NewsIndexPage"]
    subpage_types = []

    class Meta:
        verbose_name = _("news item")
        verbose_name_plural = _("news")

    def scope_keys(self):
        return set(self.organisations.values_list("translation_key", flat=True))

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        context.update(news_page_context(self, request))
        return context


class NewsIndexPage(OrganisationScopedPageMixin, RoutablePageMixin, Page):
    """The newsroom: news and press releases filtered by kind, theme and organisation, a month
    archive, and the same selections as RSS and Atom feeds."""

    intro = models.TextField(_("introduction"), blank=True)
    content_panels = Page.content_panels + [FieldPanel("intro")]
    search_fields = Page.search_fields + [index.SearchField("intro")]

    parent_page_types = ["home.HomePage"]
    subpage_types = ["news.NewsPage"]
    max_count_per_parent = 1
    communicators_may_add = True

    PER_PAGE = 12
    LISTED_AT_MOST = 50 * PER_PAGE  # older news: by the monthly archive or filters
    MEMBER_ITEMS = 6

    class Meta:
        verbose_name = _("newsroom")

    def news(self):
        return (
            NewsPage.objects.child_of(self)
            .live()
            .filter(unrestricted())
            .select_related("image")
            .prefetch_related(card_themes())
            .defer_streamfields()
            .order_by("-date", "-pk")
        )

    def listing_context(self, request, news=None):
        form = NewsFilterForm(request.GET or None)
        news = form.filter(news if news is not None else self.news())
        paginator = CappedPaginator(news, self.PER_PAGE, self.LISTED_AT_MOST)
        page_obj = paginator.get_page(request.GET.get("page"))
        return {
            "form": form,
            "page_obj": page_obj,
            "items": list(page_obj.object_list),
            "member_items": list(MemberNewsItem.objects.shown()[: self.MEMBER_ITEMS]),
            "query_string": form.query_string(),
            "feed_query": form.query_string(exclude=("page",)),
            "months": self.months(),
        }

    def months(self):
        """The archive's last 24 months with news, kept for every worker until the content
        changes."""

        def compute():
            dates = NewsPage.objects.child_of(self).live().dates("date", "month", order="DESC")
            return list(dates[:24])

        return shared_fragment("news-months", self.pk, compute)

    @path("")
    def listing(self, request):
        return self.render(request, context_overrides=self.listing_context(request))

    @path("embed/", name="embed")
    @xframe_options_exempt
    def embed(self, request):
        """The news (one organisation's, a theme's, the press releases…) on a member's site
        (any site may frame this route: core.middleware)."""
        form = NewsFilterForm(request.GET or None)
        limit, context = embed_context(
            self, request, form, _("All the news"), _("No news for these filters.")
        )
        context["entries"] = list(form.filter(self.news())[:limit])
        return self.render(request, context_overrides=context, template="core/embed_base.html")

    @re_path(r"^archive/(?P<year>\d{4})/(?P<month>\d{1,2})/$", name="archive")
    def archive(self, request, year, month):
        try:
            first = date(int(year), int(month), 1)
        except ValueError:  # month 13, year 0000
            raise Http404 from None
        news = self.news().filter(date__year=first.year, date__month=first.month)
        context = self.listing_context(request, news)
        context["archive_month"] = first
        return self.render(request, context_overrides=context)

    @path("rss.xml/", name="rss")
    def rss(self, request):
        return feed_response(self, request, "rss")

    @path("atom.xml/", name="atom")
    def atom(self, request):
        return feed_response(self, request, "atom")


class PressRoomPage(Page):
    """For journalists: the latest press releases, how to subscribe to the agenda and the news,
    each organisation's public press contact, and the press kits."""

    intro = models.TextField(_("introduction"), blank=True)
    content_panels = Page.content_panels + [FieldPanel("intro")]

    parent_page_types = ["home.HomePage"]
    subpage_types = []
    max_count_per_parent = 1

    class Meta:
        verbose_name = _("press room")

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        context.update(self.press_room_context(request))
        return context

    def press_room_context(self, request):
        """Press releases, press contacts, press kits and the feeds' addresses, for journalists."""
        index = section_page(NewsIndexPage, self.locale_id)
        directory = section_page(DirectoryPage, self.locale_id)
        releases = list(
            NewsPage.objects.child_of(index)
            .live()
            .filter(kind=Kind.PRESS)
            .prefetch_related(card_themes())
            .order_by("-date")[:10]
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
            feeds.update(provider(self, absolute))
        return {
            "releases": releases,
            "press_kits": [
                (release, block.value) for release in releases for block in release.attachments
            ],
            "press_contacts": contacts,
            "feeds": feeds,
        }


class FeedSource(RemoteSource):
    """A member's own news feed (RSS or Atom), fetched on a schedule."""

    url = models.URLField(_("feed address (RSS or Atom)"), max_length=500)
    item_count = models.PositiveIntegerField(_("items"), default=0)

    accept = "application/rss+xml, application/atom+xml, application/xml;q=0.9, */*;q=0.5"
    count_field = "item_count"

    class Meta:
        ordering = ["organisation__title"]
        verbose_name = _("member feed")
        verbose_name_plural = _("member feeds")
        constraints = [
            models.UniqueConstraint(fields=["organisation", "url"], name="unique_feed_source")
        ]

    def __str__(self):
        return f"{self.organisation.title} — {self.url}"


class MemberNewsItemQuerySet(models.QuerySet):
    def shown(self, organisation=None):
        """The approved entries of the members' feeds, newest first; those of `organisation`
        (in any of its languages) if given."""
        items = self.filter(approved=True).select_related("source__organisation")
        if organisation is not None:
            items = items.filter(source__organisation__translation_key=organisation.translation_key)
        return items.order_by("-published")


class MemberNewsItem(models.Model):
    """An entry of a member's feed, shown in "From our members" and linking out."""

    source = models.ForeignKey(FeedSource, on_delete=models.CASCADE, related_name="items")
    entry_id = models.CharField(max_length=500)
    title = models.CharField(_("title"), max_length=255)
    link = models.URLField(_("link"), max_length=500)
    published = models.DateTimeField(_("published"), db_index=True)
    summary = models.TextField(_("summary"), blank=True)
    image_url = models.URLField(_("image"), max_length=500, blank=True)
    approved = models.BooleanField(_("shown on the site"), default=False)

    objects = MemberNewsItemQuerySet.as_manager()

    class Meta:
        ordering = ["-published"]
        verbose_name = _("member news item")
        verbose_name_plural = _("member news items")
        constraints = [
            models.UniqueConstraint(fields=["source", "entry_id"], name="unique_feed_entry")
        ]

    def __str__(self):
        return self.title

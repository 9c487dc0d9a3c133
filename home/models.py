from django.core.cache import cache
from django.db import models
from django.utils.translation import gettext_lazy as _

from wagtail.admin.panels import FieldPanel, MultiFieldPanel
from wagtail.contrib.settings.models import BaseSiteSetting, register_setting
from wagtail.fields import StreamField
from wagtail.models import Page
from wagtail.search import index

from core.blocks import BodyBlock
from core.cache import SECONDS, pages_cache_key
from core.models import optional_link
from home.sections import home_sections


class HomePage(Page):
    """The front page of one language: a welcome, then what is on, the news and who we are."""

    hero_title = models.CharField(_("hero title"), max_length=120)
    hero_intro = models.TextField(_("hero introduction"), blank=True)
    hero_image = optional_link("wagtailimages.Image", _("hero image"))
    body = StreamField(BodyBlock(), verbose_name=_("introduction"), blank=True)

    content_panels = Page.content_panels + [
        MultiFieldPanel(
            [FieldPanel("hero_title"), FieldPanel("hero_intro"), FieldPanel("hero_image")],
            heading=_("Welcome"),
        ),
        FieldPanel("body"),
    ]
    search_fields = Page.search_fields + [
        index.SearchField("hero_title"),
        index.SearchField("hero_intro"),
        index.SearchField("body"),
    ]

    parent_page_types = ["wagtailcore.Page"]
    subpage_types = [
        "home.StandardPage",
        "directory.DirectoryPage",
        "agenda.AgendaPage",
        "news.NewsIndexPage",
        "news.PressRoomPage",
    ]

    class Meta:
        verbose_name = _("home page")

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        context["home_sections"] = home_sections(self, request)
        return context


class StandardPage(Page):
    """A plain content page: the network, its forums, how to join, legal notices."""

    intro = models.TextField(_("introduction"), blank=True)
    body = StreamField(BodyBlock(), verbose_name=_("body"), blank=True)

    content_panels = Page.content_panels + [FieldPanel("intro"), FieldPanel("body")]
    search_fields = Page.search_fields + [
        index.SearchField("intro"),
        index.SearchField("body"),
    ]

    parent_page_types = ["home.HomePage", "home.StandardPage"]
    subpage_types = ["home.StandardPage"]

    class Meta:
        verbose_name = _("standard page")

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        context["breadcrumbs"] = (
            self.get_ancestors().filter(depth__gt=1).only("id", "title", "url_path")
        )
        context["subpages"] = (
            self.get_children().live().public().specific().defer_streamfields().order_by("path")
        )
        return context


@register_setting(icon="site")
class SiteSettings(BaseSiteSetting):
    """Who runs the site and how to reach them: shown in the header and footer."""

    select_related = ["logo", "accessibility_page", "legal_page"]

    network_name = models.CharField(_("network name"), max_length=120, default="UDESS 05")
    logo = optional_link("wagtailimages.Image", _("logo"))
    contact_email = models.EmailField(_("contact e-mail"), blank=True)
    phone = models.CharField(_("phone"), max_length=40, blank=True)
    address = models.TextField(_("postal address"), blank=True)
    mastodon = models.URLField(_("Mastodon"), blank=True)
    facebook = models.URLField(_("Facebook"), blank=True)
    instagram = models.URLField(_("Instagram"), blank=True)
    linkedin = models.URLField(_("LinkedIn"), blank=True)
    peertube = models.URLField(_("PeerTube"), blank=True)
    accessibility_page = optional_link("wagtailcore.Page", _("accessibility statement"))
    legal_page = optional_link("wagtailcore.Page", _("legal notice"))

    panels = [
        MultiFieldPanel([FieldPanel("network_name"), FieldPanel("logo")], heading=_("Identity")),
        MultiFieldPanel(
            [FieldPanel("contact_email"), FieldPanel("phone"), FieldPanel("address")],
            heading=_("Contact"),
        ),
        MultiFieldPanel(
            [
                FieldPanel("mastodon"),
                FieldPanel("facebook"),
                FieldPanel("instagram"),
                FieldPanel("linkedin"),
                FieldPanel("peertube"),
            ],
            heading=_("Social networks"),
        ),
        MultiFieldPanel(
            [FieldPanel("accessibility_page"), FieldPanel("legal_page")],
            heading=_("Footer pages"),
        ),
    ]

    class Meta:
        verbose_name = _("site settings")

    @classmethod
    def for_site(cls, site):
        """From the shared cache: every page's header and footer read it (forgotten when the
        settings are saved, see home.signals)."""
        key = pages_cache_key("site-settings", site.pk if site else None)
        found = cache.get(key)
        if found is None:
            found = super().for_site(site)
            cache.set(key, found, SECONDS)
        return found

    def social_links(self):
        """(name, url) of the networks the site is on, in a stable order."""
        names = ["mastodon", "facebook", "instagram", "linkedin", "peertube"]
        return [
            (self._meta.get_field(n).verbose_name, getattr(self, n))
            for n in names
            if getattr(self, n)
        ]

from django.conf import settings
from django.core.paginator import Paginator
from django.db import models
from django.utils.translation import gettext_lazy as _
from django.views.decorators.clickjacking import xframe_options_exempt

from modelcluster.contrib.taggit import ClusterTaggableManager
from modelcluster.fields import ParentalKey, ParentalManyToManyField
from taggit.models import TaggedItemBase
from wagtail import blocks
from wagtail.admin.panels import FieldPanel, FieldRowPanel, MultiFieldPanel, Panel
from wagtail.contrib.routable_page.models import RoutablePageMixin, path
from wagtail.fields import RichTextField, StreamField
from wagtail.models import Page, PageManager
from wagtail.query import PageQuerySet
from wagtail.search import index
from wagtail_localize.fields import SynchronizedField, TranslatableField

from core.blocks import RICH_TEXT_FEATURES
from core.embed import embed_context
from core.models import Commune, LegalForm, OfferKind, offer_flag, optional_link, unrestricted
from directory.filters import DirectoryFilterForm
from directory.hooks import organisation_sections
from directory.open_data import csv_response, gogocarto_response, json_response
from directory.permissions import OrganisationScopedPageMixin


class OrganisationTheme(TaggedItemBase):
    tag = models.ForeignKey("core.Theme", on_delete=models.CASCADE, related_name="organisations")
    content_object = ParentalKey(
        "directory.OrganisationPage", on_delete=models.CASCADE, related_name="themed_items"
    )


class OfferBlock(blocks.StructBlock):
    title = blocks.CharBlock(label=_("What"), max_length=120)
    description = blocks.TextBlock(label=_("Details and conditions"), required=False)


class SocialLinkBlock(blocks.StructBlock):
    network = blocks.CharBlock(label=_("Network"), max_length=40)
    url = blocks.URLBlock(label=_("Address"))


class Membership(models.TextChoices):
    MEMBER = "member", _("Member of the network")
    PARTNER = "partner", _("Partner")


class Communicators(Panel):
    """The organisation's communicators, on its edit page, for the editors who manage them."""

    class BoundPanel(Panel.BoundPanel):
        template_name = "directory/panels/communicators.html"

        def is_shown(self):
            return bool(self.instance.pk) and self.request.user.has_perm(
                "directory.manage_communicators"
            )

        def get_context_data(self, parent_context=None):
            context = super().get_context_data(parent_context)
            context["communicators"] = Communicator.objects.filter(
                organisation__translation_key=self.instance.translation_key
            ).select_related("user")
            context["organisation"] = self.instance
            return context


class OrganisationQuerySet(PageQuerySet):
    def in_default_language(self):
        """The organisations in the site's default language (French): the one copy of each
        organisation that memberships, sources and forms refer to."""
        return self.filter(locale__language_code=settings.LANGUAGE_CODE)


class OrganisationPage(OrganisationScopedPageMixin, Page):
    """An ESS organisation of the Hautes-Alpes: where its events, news, press contact and
    feeds come together."""

    summary = models.CharField(_("summary"), max_length=300, help_text=_("One sentence."))
    description = RichTextField(_("description"), features=RICH_TEXT_FEATURES, blank=True)
    logo = optional_link("wagtailimages.Image", _("logo"))
    logo_alt = models.CharField(
        _("logo text alternative"),
        max_length=160,
        blank=True,
        help_text=_("What the logo says, for people who cannot see it (usually the name)."),
    )
    legal_form = models.CharField(_("legal form"), max_length=20, choices=LegalForm.choices)
    membership = models.CharField(
        _("membership"), max_length=10, choices=Membership.choices, default=Membership.MEMBER
    )
    sectors = ParentalManyToManyField("core.Sector", verbose_name=_("sectors"), blank=True)
    themes = ClusterTaggableManager(through=OrganisationTheme, verbose_name=_("themes"), blank=True)

    objects = PageManager.from_queryset(OrganisationQuerySet)()
    commune = models.ForeignKey(
        "core.Commune", verbose_name=_("commune"), on_delete=models.PROTECT, related_name="+"
    )
    territory = models.ForeignKey(
        "core.Territory",
        verbose_name=_("territory"),
        on_delete=models.PROTECT,
        related_name="+",
        editable=False,
        help_text=_("The commune's territory."),
    )
    address = models.CharField(_("address"), max_length=255, blank=True)
    latitude = models.FloatField(
        _("latitude"), null=True, blank=True, help_text=_("Empty: the commune's centre.")
    )
    longitude = models.FloatField(_("longitude"), null=True, blank=True)
    website = models.URLField(_("website"), blank=True)
    email = models.EmailField(_("public e-mail"), blank=True)
    phone = models.CharField(_("public phone"), max_length=40, blank=True)
    press_email = models.EmailField(_("press contact e-mail"), blank=True)
    press_phone = models.CharField(_("press contact phone"), max_length=40, blank=True)
    social_links = StreamField(
        [("link", SocialLinkBlock())], verbose_name=_("social networks"), blank=True
    )
    offers = StreamField(
        [(kind.value, OfferBlock(label=kind.label)) for kind in OfferKind],
        verbose_name=_("what it offers to pool"),
        blank=True,
    )
    # Derived from `offers` on saving, for the directory's filters and cards (indexed, and
    # portable: SQLite has no JSON containment lookup); `offer_flag(kind)` names them.
    offers_pooling = models.BooleanField(default=False, editable=False)
    offers_room = models.BooleanField(default=False, editable=False, db_index=True)
    offers_equipment = models.BooleanField(default=False, editable=False, db_index=True)
    offers_skill = models.BooleanField(default=False, editable=False, db_index=True)
    feed_url = models.URLField(_("news feed (RSS/Atom)"), blank=True)
    calendar_url = models.URLField(_("calendar (iCal)"), blank=True)
    trusted = models.BooleanField(
        _("trusted"),
        default=False,
        help_text=_(
            "Its communicators publish their events and news without waiting for an editor's "
            "approval."
        ),
    )

    content_panels = Page.content_panels + [
        FieldPanel("summary"),
        FieldPanel("description"),
        FieldRowPanel([FieldPanel("logo"), FieldPanel("logo_alt")], heading=_("Logo")),
        MultiFieldPanel(
            [
                FieldRowPanel([FieldPanel("legal_form"), FieldPanel("membership")]),
                FieldPanel("sectors"),
                FieldPanel("themes"),
            ],
            heading=_("What it is"),
        ),
        MultiFieldPanel(
            [
                FieldPanel("commune"),
                FieldPanel("address"),
                FieldRowPanel([FieldPanel("latitude"), FieldPanel("longitude")]),
            ],
            heading=_("Where"),
        ),
        MultiFieldPanel(
            [
                FieldPanel("website"),
                FieldRowPanel([FieldPanel("email"), FieldPanel("phone")]),
                FieldRowPanel([FieldPanel("press_email"), FieldPanel("press_phone")]),
                FieldPanel("social_links"),
            ],
            heading=_("Contact"),
        ),
        FieldPanel("offers"),
        MultiFieldPanel([FieldPanel("feed_url"), FieldPanel("calendar_url")], heading=_("Feeds")),
        MultiFieldPanel(
            [FieldPanel("trusted", permission="directory.manage_communicators"), Communicators()],
            heading=_("Communicators"),
            permission="directory.manage_communicators",
        ),
    ]

    search_fields = Page.search_fields + [
        index.SearchField("summary", boost=2),
        index.SearchField("description"),
        index.SearchField("offers"),
        index.RelatedFields("commune", [index.SearchField("name")]),
        index.RelatedFields("themes", [index.SearchField("name")]),
        index.FilterField("locale"),
    ]

    # Text is translated; where and what an organisation is stays the same in every language.
    override_translatable_fields = [
        SynchronizedField("commune"),
        SynchronizedField("latitude"),
        SynchronizedField("longitude"),
        SynchronizedField("website"),
        SynchronizedField("email"),
        SynchronizedField("phone"),
        SynchronizedField("press_email"),
        SynchronizedField("press_phone"),
        SynchronizedField("feed_url"),
        SynchronizedField("calendar_url"),
        SynchronizedField("trusted"),
        TranslatableField("offers"),
    ]

    parent_page_types = ["directory.DirectoryPage"]
    subpage_types = []
    communicators_may_delete = False

    class Meta:
        verbose_name = _("organisation")
        verbose_name_plural = _("organisations")
        permissions = [("manage_communicators", _("Can invite and manage communicators"))]

    def scope_keys(self):
        return {self.translation_key}

    def save(self, *args, **kwargs):
        self.territory_id = self.commune.territory_id if self.commune_id else None
        offered = {block.block_type for block in self.offers or []}
        for kind in OfferKind:
            setattr(self, offer_flag(kind), kind.value in offered)
        self.offers_pooling = bool(offered)
        update_fields = kwargs.get("update_fields")
        if update_fields is not None and "offers" in update_fields:
            derived = ["offers_pooling", *(offer_flag(kind) for kind in OfferKind)]
            kwargs["update_fields"] = {*update_fields, *derived}
        super().save(*args, **kwargs)

    def offered_kinds(self):
        """The kinds of what the organisation offers to pool, in OfferKind's order (from the
        derived flags: no need to load the offers)."""
        return [kind for kind in OfferKind if getattr(self, offer_flag(kind))]

    def offers_by_kind(self):
        """[(kind, [offer values])] of the kinds offered, in OfferKind's order."""
        groups = {kind: [] for kind in OfferKind}
        for block in self.offers:
            groups[OfferKind(block.block_type)].append(block.value)
        return [(kind, offers) for kind, offers in groups.items() if offers]

    @property
    def coordinates(self):
        """(latitude, longitude): the organisation's own, else its commune's centre."""
        if self.latitude is not None and self.longitude is not None:
            return self.latitude, self.longitude
        return self.commune.latitude, self.commune.longitude

    def map_point(self, request=None):
        """The marker of the map; with `request`, its URL costs no cache read per marker."""
        latitude, longitude = self.coordinates
        return {
            "name": self.title,
            "url": self.get_url(request),
            "commune": self.commune.name,
            "lat": round(latitude, 5),
            "lng": round(longitude, 5),
        }

    def structured_data(self):
        """schema.org Organization (NGO for associations) for search engines."""
        latitude, longitude = self.coordinates
        same_as = [self.website] if self.website else []
        same_as += [link.value["url"] for link in self.social_links]
        data = {
            "@context": "https://schema.org",
            "@type": "NGO" if self.legal_form == LegalForm.ASSOCIATION else "Organization",
            "name": self.title,
            "url": self.full_url,
            "description": self.summary,
            "address": {
                "@type": "PostalAddress",
                "streetAddress": self.address,
                "postalCode": self.commune.postcode,
                "addressLocality": self.commune.name,
                "addressRegion": "Hautes-Alpes",
                "addressCountry": "FR",
            },
            "geo": {"@type": "GeoCoordinates", "latitude": latitude, "longitude": longitude},
            "areaServed": self.territory.name,
            "knowsAbout": [theme.label for theme in getattr(self, "theme_list", self.themes.all())],
        }
        if self.email:
            data["email"] = self.email
        if self.phone:
            data["telephone"] = self.phone
        if same_as:
            data["sameAs"] = same_as
        return data

    def get_context(self, request, *args, **kwargs):
        # One query for the commune and its territory, one for the themes, reused below.
        self.commune = Commune.objects.select_related("territory").get(pk=self.commune_id)
        if self.territory_id == self.commune.territory_id:
            self.territory = self.commune.territory
        self.theme_list = list(self.themes.all())
        context = super().get_context(request, *args, **kwargs)
        context["sections"] = organisation_sections(self, request)
        context["map_points"] = [self.map_point(request)]
        context["directory_url"] = self.url.rsplit("/", 2)[0] + "/" if self.url else None
        return context


# What a map marker needs (OrganisationPage.map_point)
MAP_FIELDS = (
    "id",
    "title",
    "url_path",
    "latitude",
    "longitude",
    "commune__name",
    "commune__latitude",
    "commune__longitude",
)


class DirectoryPage(RoutablePageMixin, Page):
    """The directory: organisations filtered, searched, mapped, and as open data."""

    intro = models.TextField(_("introduction"), blank=True)
    content_panels = Page.content_panels + [FieldPanel("intro")]
    search_fields = Page.search_fields + [index.SearchField("intro")]

    parent_page_types = ["home.HomePage"]
    subpage_types = ["directory.OrganisationPage"]
    max_count_per_parent = 1

    PER_PAGE = 24

    class Meta:
        verbose_name = _("directory")

    @path("")
    def listing(self, request):
        form = DirectoryFilterForm(request.GET or None)
        # One light query gives the count, the map and the page's ids; a second one the
        # page's organisations with what their cards show.
        matching = list(
            form.filter(self.organisations(light=True)).order_by("title", "id").distinct()
        )
        page_obj = Paginator(matching, self.PER_PAGE).get_page(request.GET.get("page"))
        shown = {o.id: o for o in self.organisations().filter(id__in=[o.id for o in page_obj])}
        return self.render(
            request,
            context_overrides={
                "form": form,
                "page_obj": page_obj,
                "organisations": [shown[o.id] for o in page_obj if o.id in shown],
                "map_points": [o.map_point(request) for o in matching],
                "query_string": form.query_string(),
            },
        )

    @path("embed/", name="embed")
    @xframe_options_exempt
    def embed(self, request):
        """The directory on a member's site (any site may frame this route: core.middleware)."""
        form = DirectoryFilterForm(request.GET or None)
        limit, context = embed_context(
            self,
            request,
            form,
            _("The whole directory"),
            _("No organisation matches these filters. Remove a filter to see more."),
            ("list", "compact", "map"),
        )
        if context["layout"] == "map":
            # every organisation that matches is on the map, and in the list beside it
            light = self.organisations(light=True).select_related("territory")
            matching = form.filter(
                light.only(
                    *MAP_FIELDS, "territory__name", "territory__name_en", "territory__name_it"
                )
            )
            context["entries"] = list(matching.order_by("title", "id").distinct())
            context["map_points"] = [o.map_point(request) for o in context["entries"]]
            return self.render(request, context_overrides=context, template="directory/embed.html")
        organisations = form.filter(self.organisations()).order_by("title", "id").distinct()
        context["entries"] = list(organisations[:limit])
        return self.render(request, context_overrides=context, template="core/embed_base.html")

    @path("organisations.csv/", name="csv")
    def open_data_csv(self, request):
        return csv_response(self.open_data(request), request)

    @path("organisations.json/", name="json")
    def open_data_json(self, request):
        return json_response(self.open_data(request), request)

    @path("gogocarto.json/", name="gogocarto")
    def open_data_gogocarto(self, request):
        return gogocarto_response(self.open_data(request), request)

    def open_data(self, request):
        return self.filtered_open_data(DirectoryFilterForm(request.GET or None))

    def filtered_open_data(self, form):
        """The organisations that `form` (a DirectoryFilterForm) selects, with every field of
        the open data and the API."""
        return (
            form.filter(self.organisations())
            .defer(None)  # the offers by kind are open data too
            .defer("social_links")
            .prefetch_related("sectors")
            .order_by("title", "id")
            .distinct()
        )

    def organisations(self, light=False):
        """The live, public organisations of this directory, with what a card shows; `light`:
        only what a map marker needs."""
        organisations = OrganisationPage.objects.child_of(self).live()
        # The directory is public when this runs: only a restriction on the organisation
        # itself could hide it, and this costs no extra query (unlike .public()).
        organisations = organisations.filter(unrestricted())
        if light:
            return organisations.select_related("commune").only(*MAP_FIELDS)
        return (
            organisations.select_related("commune", "territory", "logo")
            .prefetch_related("themes")
            .defer_streamfields()
        )


class Communicator(models.Model):
    """A user who publishes for an organisation (one user may serve several)."""

    user = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        verbose_name=_("user"),
        on_delete=models.CASCADE,
        related_name="communicator_of",
    )
    organisation = models.ForeignKey(
        OrganisationPage,
        verbose_name=_("organisation"),
        on_delete=models.CASCADE,
        related_name="communicators",
    )
    invited_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        verbose_name=_("invited by"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    created_at = models.DateTimeField(_("since"), auto_now_add=True)

    class Meta:
        verbose_name = _("communicator")
        verbose_name_plural = _("communicators")
        ordering = ["organisation__title", "user__last_name", "user__email"]
        constraints = [
            models.UniqueConstraint(fields=["user", "organisation"], name="unique_communicator")
        ]

    def __str__(self):
        return f"{self.user.get_full_name() or self.user.get_username()} — {self.organisation}"

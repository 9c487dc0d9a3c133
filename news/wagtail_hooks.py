from django.contrib.contenttypes.models import ContentType
from django.utils.translation import gettext_lazy as _

from wagtail import hooks
from wagtail.admin.panels import FieldPanel
from wagtail.models import Revision
from wagtail.snippets.models import register_snippet
from wagtail.snippets.views.snippets import SnippetViewSet

from directory.sections import HOOK_NAME
from directory.sources import StateColumn, state_columns
from directory.viewsets import OrganisationScopedViewSet
from news.kinds import Kind
from news.models import FeedSource, MemberNewsItem, NewsPage
from news.sections import members_organisation_section, organisation_section


@hooks.register(HOOK_NAME)
def organisation_news(organisation, request):
    return organisation_section(organisation, request)


@hooks.register(HOOK_NAME)
def organisation_member_news(organisation, request):
    return members_organisation_section(organisation, request)


@hooks.register("press_embargoed_releases")  # press.embargo.EMBARGOED_RELEASES_HOOK
def embargoed_press_releases():
    """Press releases approved to go live later (Wagtail's scheduled publishing: the embargo)
    and not public yet, as they will read, for the journalists' private feeds."""
    revisions = Revision.page_revisions.filter(
        content_type=ContentType.objects.get_for_model(NewsPage),
        approved_go_live_at__isnull=False,
    ).order_by("approved_go_live_at", "pk")
    live = set(
        NewsPage.objects.filter(
            pk__in=[int(r.object_id) for r in revisions], live=True
        ).values_list("pk", flat=True)
    )
    releases = []
    for revision in revisions:
        page = revision.as_object()
        if page.kind != Kind.PRESS or page.pk in live:
            continue
        releases.append(
            {
                "key": f"{page.pk}-{revision.pk}",
                "title": page.title,
                "summary": page.summary,
                "body": page.body.render_as_block(),
                "date": page.date,
                "embargo": revision.approved_go_live_at,
                "url": page.get_full_url(),
                "language": page.locale.language_code,
                "themes": {theme.slug for theme in page.themes.all()},
            }
        )
    return releases


class FeedSourceViewSet(OrganisationScopedViewSet):
    model = FeedSource
    icon = "rss"
    menu_label = _("Member feeds")
    add_to_admin_menu = True
    menu_order = 320
    list_display = [
        "organisation",
        "url",
        *state_columns(),
        "last_fetch_at",
        "last_result",
        "last_error",
        "health",
        "item_count",
    ]
    list_filter = ["publish_directly", "active"]
    search_fields = ["url"]
    form_fields = ["organisation", "url", "publish_directly", "active"]


class MemberNewsItemViewSet(SnippetViewSet):
    """Editors approve the entries of the feeds that are not shown directly."""

    model = MemberNewsItem
    icon = "doc-full"
    menu_label = _("Member news")
    add_to_admin_menu = True
    menu_order = 330
    list_display = [
        "title",
        "source",
        "published",
        StateColumn(
            "approved", label=_("shown on the site"), yes=_("Shown"), no=_("Awaiting approval")
        ),
    ]
    list_filter = ["approved"]
    search_fields = ["title"]
    panels = [FieldPanel("approved")]


register_snippet(FeedSourceViewSet)
register_snippet(MemberNewsItemViewSet)

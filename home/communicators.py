"""Communicators in the admin: editors invite them by e-mail; each one gets a home page in
the admin ("my organisation") with what their organisations publish and what waits."""

from django import forms
from django.conf import settings
from django.contrib import messages
from django.contrib.auth import get_user_model
from django.contrib.auth.models import Group
from django.contrib.auth.tokens import default_token_generator
from django.core.exceptions import PermissionDenied
from django.core.mail import send_mail
from django.db import transaction
from django.db.models import Q
from django.shortcuts import redirect
from django.template.loader import render_to_string
from django.template.response import TemplateResponse
from django.urls import reverse
from django.utils import timezone, translation
from django.utils.encoding import force_bytes
from django.utils.functional import cached_property
from django.utils.http import urlsafe_base64_encode
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy

from wagtail.admin.ui.components import Component
from wagtail.admin.views.home import UserObjectsInWorkflowModerationPanel
from wagtail.admin.views.pages.history import PageHistoryView
from wagtail.admin.views.pages.search import SearchView
from wagtail.admin.viewsets.pages import PageViewSet
from wagtail.models import Page, WorkflowState

from agenda.models import AgendaPage, CalendarSource, EventPage
from directory.models import Communicator, OrganisationPage
from directory.permissions import (
    is_communicator,
    organisation_keys,
    organisations_of,
    organisations_once,
)
from home.roles import COMMUNICATORS
from news.models import FeedSource, NewsIndexPage, NewsPage

MANAGE_PERMISSION = "directory.manage_communicators"
PANEL_ITEMS = 8


class InviteForm(forms.Form):
    email = forms.EmailField(label=gettext_lazy("E-mail"))
    first_name = forms.CharField(label=gettext_lazy("First name"), max_length=150, required=False)
    last_name = forms.CharField(label=gettext_lazy("Last name"), max_length=150, required=False)
    organisations = forms.ModelMultipleChoiceField(
        OrganisationPage.objects.in_default_language().order_by("title"),
        label=gettext_lazy("Publishes for"),
        widget=forms.CheckboxSelectMultiple,
    )

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["organisations"].queryset = organisations_once(OrganisationPage.objects)

    def clean_email(self):
        return self.cleaned_data["email"].strip().lower()


def invite(request):
    """Create (or find) the user, make them a communicator of the chosen organisations and
    e-mail them a link to choose their password."""
    if not request.user.has_perm(MANAGE_PERMISSION):
        raise PermissionDenied
    initial = {"organisations": request.GET.getlist("organisation")}
    form = InviteForm(request.POST or None, initial=initial)
    if request.method == "POST" and form.is_valid():
        user, created = invite_communicator(request.user, **form.cleaned_data)
        messages.success(
            request,
            _("Invitation sent to %(email)s.") % {"email": user.email}
            if created or not user.has_usable_password()
            else _("%(email)s now publishes for these organisations too.") % {"email": user.email},
        )
        return redirect("home_invite_communicator")
    return TemplateResponse(request, "home/admin/invite.html", {"form": form})


@transaction.atomic
def invite_communicator(inviter, email, organisations, first_name="", last_name=""):
    """Returns (user, created). Idempotent: inviting twice adds nothing twice."""
    User = get_user_model()
    user = User.objects.filter(email__iexact=email).first()
    created = user is None
    if created:
        user = User(username=email[:150], email=email, first_name=first_name, last_name=last_name)
        user.set_unusable_password()
        user.save()
    user.groups.add(Group.objects.get(name=COMMUNICATORS))
    for organisation in organisations:
        Communicator.objects.get_or_create(
            user=user, organisation=organisation, defaults={"invited_by": inviter}
        )
    transaction.on_commit(lambda: send_invitation(user, organisations))
    return user, created


def send_invitation(user, organisations):
    base = settings.WAGTAILADMIN_BASE_URL.rstrip("/")
    if user.has_usable_password():
        link = base + reverse("wagtailadmin_login")
    else:
        link = base + reverse(
            "wagtailadmin_password_reset_confirm",
            args=[
                urlsafe_base64_encode(force_bytes(user.pk)),
                default_token_generator.make_token(user),
            ],
        )
    with translation.override(settings.LANGUAGE_CODE):
        context = {
            "user": user,
            "organisations": organisations,
            "link": link,
            "set_password": not user.has_usable_password(),
        }
        send_mail(
            _("You can now publish on the ESS hub of the Hautes-Alpes"),
            render_to_string("home/admin/invitation_email.txt", context),
            None,
            [user.email],
        )


def own_pages(user):
    """A Q of the pages of the user's organisations: their events, news and organisation page."""
    keys = organisation_keys(user)
    return (
        Q(pk__in=EventPage.objects.filter(organisers__translation_key__in=keys).values("pk"))
        | Q(pk__in=NewsPage.objects.filter(organisations__translation_key__in=keys).values("pk"))
        | Q(pk__in=OrganisationPage.objects.filter(translation_key__in=keys).values("pk"))
    )


def choosable_pages(pages, user):
    """What the page chooser lists to a communicator: published pages without unpublished
    changes (the chooser shows a page's draft title), and their organisations' own pages."""
    # by ids only: the chooser's search filters on indexed fields alone, the id among them
    published = Page.objects.filter(live=True, has_unpublished_changes=False).values("pk")
    return pages.filter(Q(pk__in=published) | own_pages(user))


class OwnPagesPolicy:
    """Wagtail's page permission policy, but whose "explorable" pages are the communicator's
    own (Wagtail's are the pages under a page permission, and communicators hold none)."""

    def __init__(self, policy):
        self.policy = policy

    def __getattr__(self, name):
        return getattr(self.policy, name)

    def explorable_instances(self, user, **kwargs):
        return Page.objects.filter(own_pages(user))


class CommunicatorSearchView(SearchView):
    """The dashboard's search, for a communicator: Wagtail's page search over their
    organisations' pages (Wagtail's own refuses them: it asks for a page permission)."""

    any_permission_required = None
    index_url_name = "home_page_search"
    index_results_url_name = "home_page_search_results"

    def dispatch(self, request, *args, **kwargs):
        if not is_communicator(request.user):
            query = request.GET.urlencode()
            return redirect(reverse("wagtailadmin_pages:search") + (f"?{query}" if query else ""))
        return super().dispatch(request, *args, **kwargs)

    @cached_property
    def permission_policy(self):
        return OwnPagesPolicy(super().permission_policy)


class ScopedPageHistoryView(PageHistoryView):
    """Wagtail's page history, minus its first check: a page permission on some page, which
    communicators have none of. Its own check stays: the user may edit or publish the page."""

    any_permission_required = None


class ScopedPageViewSet(PageViewSet):
    """The views of every page type (Wagtail's default page viewset), with that history."""

    history_view_class = ScopedPageHistoryView


def prefetch_scope_keys(pages):
    """Set `prefetched_scope_keys` on events and news (one query per type), for a listing that
    tests the permissions of each (ScopedPagePermissionTester would query page by page)."""
    # Wagtail tests a base Page's permissions on its `specific_deferred` instance
    pages = [page.specific_deferred for page in pages]
    for model, field in [(EventPage, "organisers"), (NewsPage, "organisations")]:
        of_type = {page.pk: page for page in pages if isinstance(page, model)}
        if not of_type:
            continue
        through = getattr(model, field).through
        keys = {pk: set() for pk in of_type}
        for pk, key in through.objects.filter(
            **{f"{model._meta.model_name}_id__in": list(of_type)}
        ).values_list(f"{model._meta.model_name}_id", "organisationpage__translation_key"):
            keys[pk].add(key)
        for pk, page in of_type.items():
            page.prefetched_scope_keys = keys[pk]


class PagesInModerationPanel(UserObjectsInWorkflowModerationPanel):
    """Wagtail's "your pages in a workflow", its permission tests prefetched."""

    def get_context_data(self, parent_context):
        context = super().get_context_data(parent_context)
        prefetch_scope_keys([state.content_object for state in context["workflow_states"]])
        return context


def _workflow_states(pages):
    """{page id: its active workflow state} of `pages` (one query); a state that needs changes
    comes with the task state that asked for them and who did."""
    ids = [str(page.pk) for page in pages]
    states = (
        WorkflowState.objects.active()
        .filter(base_content_type__app_label="wagtailcore", object_id__in=ids)
        .select_related("current_task_state__finished_by")
    )
    return {int(state.object_id): state for state in states}


def changes_requested(page, state):
    """What the dashboard says of a page the reviewers sent back."""
    task_state = state.current_task_state
    return {
        "page": page,
        "comment": task_state.comment if task_state else "",
        "by": task_state and task_state.finished_by,
        "at": task_state and task_state.finished_at,
        "history_url": reverse("wagtailadmin_pages:workflow_history", args=[page.pk]),
    }


def organisation_summary(organisation, agenda, newsroom):
    key = organisation.translation_key
    now = timezone.now()
    events = list(
        EventPage.objects.filter(organisers__translation_key=key, locale=organisation.locale_id)
        .filter(Q(end__gte=now) | Q(end__isnull=True, start__gte=now))
        .order_by("start")[:PANEL_ITEMS]
    )
    news = list(
        NewsPage.objects.filter(
            organisations__translation_key=key, locale=organisation.locale_id
        ).order_by("-date")[:PANEL_ITEMS]
    )
    states = _workflow_states(events + news)
    needs_changes = {
        pk for pk, state in states.items() if state.status == WorkflowState.STATUS_NEEDS_CHANGES
    }
    subscribe = ""
    if agenda is not None:
        subscribe = f"{agenda.full_url}agenda.ics?organisation={organisation.slug}"
    return {
        "organisation": organisation,
        "edit_url": reverse("wagtailadmin_pages:edit", args=[organisation.pk]),
        "add_event_url": agenda
        and reverse("wagtailadmin_pages:add", args=["agenda", "eventpage", agenda.pk]),
        "add_news_url": newsroom
        and reverse("wagtailadmin_pages:add", args=["news", "newspage", newsroom.pk]),
        "events": events,
        "news": news,
        "pending": set(states) - needs_changes,
        "needs_changes": needs_changes,
        "waiting": [page for page in events + news if page.pk in states.keys() - needs_changes],
        "changes_requested": [
            changes_requested(page, states[page.pk])
            for page in events + news
            if page.pk in needs_changes
        ],
        "calendar_sources": CalendarSource.objects.filter(organisation__translation_key=key),
        "feed_sources": FeedSource.objects.filter(organisation__translation_key=key),
        "agenda_url": agenda and f"{agenda.full_url}?organisation={organisation.slug}",
        "subscribe_url": subscribe,
    }


class MyOrganisationsPanel(Component):
    """The dashboard's first panel for a communicator."""

    name = "my_organisations"
    template_name = "home/admin/my_organisations_panel.html"
    order = 50

    def __init__(self, user):
        self.user = user

    def get_context_data(self, parent_context=None):
        context = super().get_context_data(parent_context)
        organisations = list(organisations_of(self.user, OrganisationPage.objects))
        locale = organisations[0].locale_id if organisations else None
        agenda = AgendaPage.objects.filter(locale=locale).first()
        newsroom = NewsIndexPage.objects.filter(locale=locale).first()
        context["summaries"] = [organisation_summary(o, agenda, newsroom) for o in organisations]
        context["request"] = parent_context.get("request") if parent_context else None
        return context

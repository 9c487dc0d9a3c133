"""Admin views of calendar imports: upload a .ics file with a preview before confirming, and
"sync now" for a subscribed source.

Who may import into which organisation, and whether the events are published directly, is
decided here (the upload form, the source's settings); the import itself then saves, publishes
or submits to the review workflow on the organisation's behalf (agenda/importer.py)."""

import logging

from django.conf import settings
from django.contrib import messages
from django.core.exceptions import PermissionDenied
from django.http import Http404
from django.shortcuts import get_object_or_404, redirect
from django.template.response import TemplateResponse
from django.templatetags.static import static
from django.urls import reverse_lazy
from django.utils import timezone
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy
from django.views.decorators.http import require_POST

from wagtail.models import Locale
from wagtail.permissions import policy_registry

from agenda.forms import EmbedForm, UploadForm
from agenda.importer import CalendarImportError, import_calendar
from agenda.models import AgendaPage, CalendarSource
from agenda.sync import sync_source
from core.uploads import UploadPreviewView
from directory.models import OrganisationPage
from directory.permissions import is_communicator, organisation_keys, trusted_keys

logger = logging.getLogger(__name__)


def _may_import_for(user, organisation, publish):
    """Whether `user` may import into `organisation` (and publish without review)."""
    if not is_communicator(user):
        return True  # an editor (the form already offers them every organisation)
    key = organisation.translation_key
    return key in organisation_keys(user) and (not publish or key in trusted_keys(user))


class CalendarUploadView(UploadPreviewView):
    """Step 1: upload and preview (a dry run); step 2: confirm the same file, posted back here."""

    model = CalendarSource
    permission_required = "add"
    form_class = UploadForm
    template_name = "agenda/admin/upload.html"
    page_title = gettext_lazy("Import a calendar file")
    header_icon = "calendar-alt"
    breadcrumbs_items = []
    upload_url = reverse_lazy("agenda_ical_upload")
    stash_prefix = "ical-upload"
    rejected = (CalendarImportError,)
    preview_columns = (
        gettext_lazy("Event"),
        gettext_lazy("When"),
        gettext_lazy("Where"),
        gettext_lazy("What will change"),
    )

    def get_form_kwargs(self):
        return {**super().get_form_kwargs(), "user": self.request.user}

    def get_context_data(self, **kwargs):
        return {"report": None, **super().get_context_data(**kwargs)}

    def dry_run(self, data, form):
        options = form.cleaned_data
        self.source = CalendarSource.for_upload(options["organisation"], options["file"].name)
        return import_calendar(
            data, self.source, publish=options["publish"], dry_run=True, user=self.request.user
        )

    def preview_rows(self, report):
        return report.changes  # what changes or is skipped (the unchanged are counted after)

    def pending(self, form):
        options = form.cleaned_data
        return {
            "organisation": options["organisation"].pk,
            "name": self.source.name,
            "publish": options["publish"],
        }

    def prepare_import(self, options):
        organisation = get_object_or_404(OrganisationPage, pk=options["organisation"])
        if not _may_import_for(self.request.user, organisation, options["publish"]):
            raise PermissionDenied
        return {**options, "organisation": organisation}

    def run_import(self, data, options):
        source = CalendarSource.for_upload(options["organisation"], options["name"])
        report = import_calendar(data, source, publish=options["publish"], user=self.request.user)
        now = timezone.now()
        CalendarSource.objects.filter(pk=source.pk).update(
            last_fetch_at=now, last_success_at=now, last_result=report.summary(), last_error=""
        )
        return report

    def failed(self, error):
        """An import that raised something else than a rejection: a bug, logged; the
        transaction has changed nothing."""
        logger.exception("calendar upload: the import failed", exc_info=error)
        return _("The import failed because of an error on the site; nothing was changed.")


upload = CalendarUploadView.as_view()


@require_POST
def sync_now(request, pk):
    source = get_object_or_404(CalendarSource, pk=pk)
    policy = policy_registry.get_by_type(CalendarSource)
    if not policy.user_has_permission_for_instance(request.user, "change", source):
        raise PermissionDenied
    report, error = sync_source(source, user=request.user)
    if error:
        messages.error(request, error)
    else:
        messages.success(request, source.last_result)
    return redirect("wagtailsnippets_agenda_calendarsource:list")


def embed_code(request):
    """The code that shows the agenda on a member's site: the member picks filters, a layout
    and a language, sees the preview, and copies an iframe or the <hub-agenda> element."""
    languages = [(code, name) for code, name in settings.LANGUAGES]
    agenda = AgendaPage.objects.live().filter(locale__language_code=settings.LANGUAGE_CODE).first()
    if agenda is None:
        raise Http404
    data = request.GET if "layout" in request.GET else None
    initial = {"layout": "list", "language": settings.LANGUAGE_CODE, "limit": 10}
    initial.update({k: v for k, v in request.GET.items() if k in EmbedForm.FILTERS})
    if "organisation" in initial:  # one organisation's slug, or several joined by commas
        initial["organisation"] = initial["organisation"].split(",")
    form = EmbedForm(
        data, initial=initial, filter_form=agenda.filter_form(request), languages=languages
    )
    context = {"form": form, "page_title": _("Show the agenda on your site")}
    if form.is_bound and form.is_valid():
        language = form.cleaned_data["language"]
        translated = agenda.get_translation_or_none(Locale.objects.get(language_code=language))
        path = (translated or agenda).get_url(request) + "embed/?" + form.query_string()
        embed_url = request.build_absolute_uri(path)
        context.update(
            embed_url=embed_url,
            script_url=request.build_absolute_uri(static("js/hub-embed.js")),
            title=form.cleaned_data["title"] or (translated or agenda).title,
        )
    return TemplateResponse(request, "agenda/admin/embed_code.html", context)

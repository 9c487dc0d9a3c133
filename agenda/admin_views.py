"""Admin views of calendar imports: upload a .ics file with a preview before confirming, and
"sync now" for a subscribed source.

Who may import into which organisation, and whether the events are published directly, is
decided here (the upload form, the source's settings); the import itself then saves, publishes
or submits to the review workflow on the organisation's behalf (agenda/importer.py)."""

import logging

from django.contrib import messages
from django.core.exceptions import PermissionDenied
from django.shortcuts import get_object_or_404, redirect
from django.urls import reverse_lazy
from django.utils import timezone
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy
from django.views.decorators.http import require_POST

from wagtail.permissions import policy_registry

from agenda.forms import UploadForm
from agenda.importer import CalendarImportError, import_calendar
from agenda.models import CalendarSource
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

"""Admin views of calendar imports: upload a .ics file with a preview before confirming, and
"sync now" for a subscribed source.

Who may import into which organisation, and whether the events are published directly, is
decided here (the upload form, the source's settings); the import itself then saves, publishes
or submits to the review workflow on the organisation's behalf (agenda/importer.py)."""

import logging
import secrets

from django.contrib import messages
from django.core.cache import cache
from django.core.exceptions import PermissionDenied
from django.shortcuts import get_object_or_404, redirect
from django.template.response import TemplateResponse
from django.utils import timezone
from django.utils.translation import gettext as _
from django.views.decorators.http import require_POST

from wagtail.permissions import policy_registry

from agenda.forms import UploadForm
from agenda.importer import CalendarImportError, import_calendar
from agenda.models import CalendarSource
from agenda.sync import sync_source
from directory.models import OrganisationPage
from directory.permissions import is_communicator, organisation_keys, trusted_keys

logger = logging.getLogger(__name__)

PENDING_SECONDS = 3600


def _can_import(user):
    return policy_registry.get_by_type(CalendarSource).user_has_permission(user, "add")


def _may_import_for(user, organisation, publish):
    """Whether `user` may import into `organisation` (and publish without review)."""
    if not is_communicator(user):
        return True  # an editor (the form already offers them every organisation)
    key = organisation.translation_key
    return key in organisation_keys(user) and (not publish or key in trusted_keys(user))


def _failed(error):
    """The message of an import that raised something else than a rejection: a bug, logged;
    the transaction has changed nothing."""
    logger.exception("calendar upload: the import failed", exc_info=error)
    return _("The import failed because of an error on the site; nothing was changed.")


def upload(request):
    """Step 1: upload and preview (a dry run); step 2: confirm the same file."""
    if not _can_import(request.user):
        raise PermissionDenied
    if request.method == "POST" and "token" in request.POST:
        return _confirm(request)
    form = UploadForm(request.POST or None, request.FILES or None, user=request.user)
    context = {"form": form, "report": None}
    if request.method == "POST" and form.is_valid():
        data = form.cleaned_data["file"].read()
        organisation = form.cleaned_data["organisation"]
        publish = form.cleaned_data["publish"]
        source = CalendarSource.for_upload(organisation, form.cleaned_data["file"].name)
        try:
            report = import_calendar(data, source, publish=publish, dry_run=True, user=request.user)
        except CalendarImportError as error:
            form.add_error("file", str(error))
        except Exception as error:  # noqa: BLE001 (reported to the member, logged)
            form.add_error("file", _failed(error))
        else:
            token = secrets.token_urlsafe(16)
            cache.set(
                f"ical-upload:{token}",
                {
                    "data": data,
                    "organisation": organisation.pk,
                    "name": source.name,
                    "publish": publish,
                    "user": request.user.pk,
                },
                PENDING_SECONDS,
            )
            context.update({"report": report, "token": token, "source": source})
    return TemplateResponse(request, "agenda/admin/upload.html", context)


def _confirm(request):
    key = f"ical-upload:{request.POST['token']}"
    pending = cache.get(key)
    if pending is None or pending["user"] != request.user.pk:
        messages.error(request, _("This preview has expired; please upload the file again."))
        return redirect("agenda_ical_upload")
    organisation = get_object_or_404(OrganisationPage, pk=pending["organisation"])
    if not _may_import_for(request.user, organisation, pending["publish"]):
        raise PermissionDenied
    source = CalendarSource.for_upload(organisation, pending["name"])
    try:
        report = import_calendar(
            pending["data"], source, publish=pending["publish"], user=request.user
        )
    except CalendarImportError as error:
        messages.error(request, str(error))
        return redirect("agenda_ical_upload")
    except Exception as error:  # noqa: BLE001 (reported to the member, logged)
        messages.error(request, _failed(error))
        return redirect("agenda_ical_upload")
    cache.delete(key)
    now = timezone.now()
    summary = report.summary()
    CalendarSource.objects.filter(pk=source.pk).update(
        last_fetch_at=now, last_success_at=now, last_result=summary, last_error=""
    )
    messages.success(request, _("Import done: %(summary)s") % {"summary": summary})
    return redirect("agenda_ical_upload")


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

"""Upload → preview → confirm, written once for every import of a file (the agenda's calendars,
the press book's contacts). An app subclasses UploadPreviewView with what is its own: the form,
the dry run and the import, the template (it extends core/admin/upload.html) and the URLs.

1. The upload: the form is checked, the file read and given to the app's dry run, in a
   transaction that is always rolled back (a preview writes nothing, whatever the dry run does).
   The page shows the report and, when it may be confirmed, a token.
2. Between the steps the file waits in the cache, not in the page nor the session: under a
   random token, for the member who uploaded it only, for an hour.
3. The confirmation: the token brings the file and the form's options back, the app may check
   them again (`prepare_import`), the token is spent (the first confirmation that claims it wins,
   so a file is imported once at most), then the import runs in one transaction.

A rejected file (the app's `rejected` errors) is said to the member: under the file field at the
upload, as an error message after a confirmation; any other error propagates, unless the app's
`failed` turns it into a message.

Who may import at all is Wagtail's PermissionCheckedMixin: the subclass names its `model` and
`permission_required`, checked on both steps (a view without them refuses everybody)."""

import secrets

from django.core.cache import cache
from django.core.exceptions import PermissionDenied
from django.db import transaction
from django.shortcuts import redirect
from django.utils.translation import gettext as _
from django.views.generic.edit import BaseFormView

from wagtail.admin import messages
from wagtail.admin.views.generic import WagtailAdminTemplateMixin
from wagtail.admin.views.generic.permissions import PermissionCheckedMixin

PENDING_SECONDS = 3600
TOKEN = "token"


class UploadPreviewView(PermissionCheckedMixin, WagtailAdminTemplateMixin, BaseFormView):
    permission_required = "add"
    file_field = "file"
    upload_url = None  # the upload page: the cancel button, where a failed confirmation ends
    confirm_url = None  # where the confirmation posts; None: back to the upload page
    success_url = None  # where an import ends; None: the upload page
    stash_prefix = None  # the cache keys of the files waiting for their confirmation
    rejected = ()  # the errors of a file that cannot be imported (their text is the member's)
    preview_columns = ()  # the headings of the preview's table

    # What the app gives -------------------------------------------------------------------

    def dry_run(self, data, form):
        """The report of what importing `data` would do (a rejection raises `rejected`)."""
        raise NotImplementedError

    def preview_rows(self, report):
        """The rows of the preview's table (the template shows each with its `row` block)."""
        return report.rows

    def may_confirm(self, report):
        return True

    def pending(self, form):
        """The form's options the import needs, kept with the file until the confirmation."""
        return {}

    def prepare_import(self, options):
        """`options` as the import takes them, checked again at the confirmation (raise
        PermissionDenied or Http404 here: the preview is not spent)."""
        return options

    def run_import(self, data, options):
        """Import `data` and return its report (a rejection raises `rejected`)."""
        raise NotImplementedError

    def failed(self, error):
        """The message of an error that is not a rejection; by default none: it propagates."""
        raise error

    # The steps ------------------------------------------------------------------------------

    def dispatch(self, request, *args, **kwargs):
        if self.permission_policy is None or self.permission_required is None:
            raise PermissionDenied  # a view that does not say who may import refuses everybody
        return super().dispatch(request, *args, **kwargs)

    def post(self, request, *args, **kwargs):
        if self.confirm_url is None and TOKEN in request.POST:
            return self.confirm()
        return super().post(request, *args, **kwargs)

    def get_context_data(self, **kwargs):
        return {
            **super().get_context_data(**kwargs),
            "preview_columns": self.preview_columns,
            "upload_url": self.upload_url,
            "confirm_url": self.confirm_url or self.upload_url,
        }

    def get_success_url(self):
        return str(self.success_url or self.upload_url)

    def form_valid(self, form):
        data = form.cleaned_data[self.file_field].read()
        report, problem = self.attempt(self.preview, data, form)
        if problem is not None:
            form.add_error(self.file_field, problem)
            return self.form_invalid(form)
        context = {"form": form, "report": report, "preview_rows": self.preview_rows(report)}
        if self.may_confirm(report):
            context[TOKEN] = self.stash(data, form)
        return self.render_to_response(self.get_context_data(**context))

    def preview(self, data, form):
        with transaction.atomic():
            report = self.dry_run(data, form)
            transaction.set_rollback(True)
        return report

    def stash(self, data, form):
        token = secrets.token_urlsafe(16)
        pending = {"data": data, "user": self.request.user.pk, **self.pending(form)}
        cache.set(f"{self.stash_prefix}:{token}", pending, PENDING_SECONDS)
        return token

    def confirm(self):
        key = f"{self.stash_prefix}:{self.request.POST.get(TOKEN, '')}"
        pending = cache.get(key)
        if pending is None or pending["user"] != self.request.user.pk:
            return self.expired()
        options = self.prepare_import(
            {name: value for name, value in pending.items() if name not in ("data", "user")}
        )
        if not cache.delete(key):  # another confirmation of the same preview came first
            return self.expired()
        report, problem = self.attempt(self.import_in_transaction, pending["data"], options)
        if problem is not None:
            messages.error(self.request, problem)
            return redirect(self.upload_url)
        messages.success(
            self.request, _("Import done: %(summary)s") % {"summary": report.summary()}
        )
        return redirect(self.get_success_url())

    def import_in_transaction(self, data, options):
        with transaction.atomic():
            return self.run_import(data, options)

    def expired(self):
        messages.error(self.request, _("This preview has expired; please upload the file again."))
        return redirect(self.upload_url)

    def attempt(self, step, *args):
        """(what `step` returns, None), or (None, the message) when it fails."""
        try:
            return step(*args), None
        except self.rejected as error:
            return None, str(error)
        except Exception as error:  # noqa: BLE001 (`failed` says it or raises it again)
            return None, self.failed(error)

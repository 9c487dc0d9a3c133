"""The press book's admin views: Wagtail's snippet views with what the book adds (exports under
the export permission, "still correct", objection, erasure, the privacy notice, CSV import)."""

from django.conf import settings
from django.contrib.admin.utils import quote
from django.contrib.syndication.views import Feed
from django.core.exceptions import PermissionDenied
from django.http import Http404
from django.shortcuts import get_object_or_404, redirect, render
from django.urls import reverse, reverse_lazy
from django.utils import formats, timezone
from django.utils.decorators import method_decorator
from django.utils.functional import cached_property
from django.utils.html import format_html
from django.utils.text import capfirst
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy
from django.views import View
from django.views.decorators.cache import never_cache
from django.views.decorators.csrf import csrf_exempt
from django.views.generic import FormView, TemplateView

from wagtail.admin import messages
from wagtail.admin.utils import get_valid_next_url_from_request
from wagtail.admin.views.generic import DeleteView, WagtailAdminTemplateMixin
from wagtail.admin.views.generic.permissions import PermissionCheckedMixin
from wagtail.admin.widgets import Button, ListingButton
from wagtail.permissions import policy_registry
from wagtail.snippets.views import snippets as snippet_views

from core.net import client_ip
from core.ratelimit import RateLimit
from core.uploads import UploadPreviewView
from core.views import too_many_attempts
from directory.models import OrganisationPage
from press import actions, changes, embargo, importer, mailings, self_update
from press.admin_urls import CHANGES, CONTACTS, MAILINGS, PITCHES, contact_url
from press.exports import record_export, spreadsheet_value, vcard_response
from press.filters import duration
from press.forms import ContactChangeForm, ImportForm, LinkRequestForm, SelfUpdateForm
from press.models import (
    ChangeStatus,
    ContactChange,
    ExportFormat,
    PressContact,
    PressMailing,
    erasure_warning,
    retention,
    verify_after,
)
from press.tasks import send_mailing_task

ANY_PRESS_PERMISSION = ["add", "change", "delete", "view"]


def post_button_attrs(url):
    """Attributes that make a link POST to `url` (Wagtail's w-action controller adds the CSRF
    token and the page to come back to)."""
    return {
        "data-controller": "w-action",
        "data-action": "w-action#post:prevent",
        "data-w-action-url-value": url,
    }


class ContactIndexView(snippet_views.IndexView):
    """The listing, its filters and its exports. CSV and XLSX come from Wagtail's spreadsheet
    export, vCard is a third format of the same view, so that all three export exactly what
    the filters and the search show (objected contacts excepted)."""

    FORMATS = (*snippet_views.IndexView.FORMATS, ExportFormat.VCARD)

    def get_edit_url(self, instance):
        # a member changes the contacts they added; the others open on their details
        if self.user_has_permission_for_instance("change", instance):
            return super().get_edit_url(instance)
        return None

    def dispatch(self, request, *args, **kwargs):
        if self.is_export and not self.user_has_permission("export"):
            raise PermissionDenied
        return super().dispatch(request, *args, **kwargs)

    def get_base_queryset(self):
        queryset = super().get_base_queryset().for_listing()
        # Objected contacts are never exported (filtered here, so that Wagtail evaluates the
        # export's queryset once).
        return queryset.contactable() if self.is_export else queryset

    @cached_property
    def show_export_buttons(self):
        return bool(self.list_export) and self.user_has_permission("export")

    @cached_property
    def header_more_buttons(self):
        buttons = super().header_more_buttons.copy()
        if self.show_export_buttons:
            buttons.append(
                Button(
                    _("Download vCard"),
                    url=self.get_export_url(ExportFormat.VCARD),
                    icon_name="download",
                    priority=110,
                )
            )
        if self.user_has_permission("add"):
            buttons.append(
                Button(
                    _("Import a CSV file"),
                    url=contact_url("import"),
                    icon_name="upload",
                    priority=120,
                )
            )
        buttons.append(
            Button(_("Privacy notice"), url=contact_url("privacy"), icon_name="help", priority=130)
        )
        return buttons

    def get_list_more_buttons(self, instance):
        buttons = super().get_list_more_buttons(instance)
        buttons.append(
            Button(
                _("History"),
                url=contact_url("history", quote(instance.pk)),
                icon_name="history",
                priority=40,
            )
        )
        if instance.is_due() and self.user_has_permission("verify"):
            url = contact_url("verify", quote(instance.pk))
            buttons.append(
                ListingButton(
                    _("Still correct"),
                    url,
                    icon_name="check",
                    attrs={
                        **post_button_attrs(url),
                        "aria-label": _("“%(name)s” is still correct") % {"name": instance},
                    },
                    priority=5,
                )
            )
        return buttons

    def preprocess_field_value(self, field, value, export_format):
        return spreadsheet_value(super().preprocess_field_value(field, value, export_format))

    def stream_csv(self, queryset):
        # The BOM makes Excel read the file as UTF-8 (accents intact); others ignore it.
        yield "\ufeff".encode()
        yield from super().stream_csv(queryset)

    def export_filters(self):
        params = self.request.GET.copy()
        params.pop("export", None)
        return params.urlencode()

    def as_spreadsheet(self, queryset, spreadsheet_format):
        count = len(queryset)  # already evaluated by the listing's context
        record_export(self.request.user, spreadsheet_format, count, self.export_filters())
        if spreadsheet_format == ExportFormat.VCARD:
            return vcard_response(queryset, self.get_filename())
        return super().as_spreadsheet(queryset, spreadsheet_format)


class OwnRecordMixin:
    """Wagtail's generic edit, delete and usage views check the model-level permission only: a
    member who may change what they added (a contact: press.permissions.ContactPolicy; a
    pitch: its author) is refused the others here."""

    instance_action = "change"

    def dispatch(self, request, *args, **kwargs):
        if not self.user_has_permission_for_instance(self.instance_action, self.object):
            raise PermissionDenied
        return super().dispatch(request, *args, **kwargs)


class ContactUsageView(OwnRecordMixin, snippet_views.UsageView):
    pass


class PitchCreateView(snippet_views.CreateView):
    """A pitch, logged by its author (for one of the contacts: `?contact=<id>` from its page)."""

    def get_initial(self):
        initial = super().get_initial()
        contact = self.request.GET.get("contact", "")
        if contact.isdigit():
            initial["contact"] = contact
        return initial

    def save_instance(self):
        self.form.instance.pitched_by = self.request.user
        return super().save_instance()


class PitchEditView(OwnRecordMixin, snippet_views.EditView):
    pass


class PitchDeleteView(OwnRecordMixin, snippet_views.DeleteView):
    instance_action = "delete"


class ContactEditView(OwnRecordMixin, snippet_views.EditView):
    def save_instance(self):
        previous = self.form.initial.get("status")
        instance = super().save_instance()
        if "status" in self.form.changed_data:
            actions.log_status_change(instance, previous, self.request.user)
        return instance


LAST_PITCHES = 5


class ContactInspectView(snippet_views.InspectView):
    template_name = "press/admin/contact_inspect.html"

    def get_edit_url(self):
        if self.user_has_permission_for_instance("change", self.object):
            return super().get_edit_url()
        return None

    def get_field_display_value(self, field_name, field):
        value = super().get_field_display_value(field_name, field)
        return "-" if value in (None, "") else value

    def get_languages_display_value(self):
        return self.object.language_names()

    def get_context_data(self, **kwargs):
        """The last pitches of the contact (the shared contact log), newest first."""
        pitches = self.object.pitches.select_related("pitched_by", "organisation")
        return {
            **super().get_context_data(**kwargs),
            "pitches": list(pitches[:LAST_PITCHES]),
            "log_pitch_url": f"{reverse(f'{PITCHES}:add')}?contact={self.object.pk}",
            "pending_changes": list(
                self.object.proposed_changes.filter(status=ChangeStatus.PENDING).select_related(
                    "proposed_by"
                )
            ),
            "may_review": policy_registry.get_by_type(ContactChange).user_has_permission(
                self.request.user, "change"
            ),
        }

    @cached_property
    def propose_url(self):
        """Where a member who may not change the contact proposes a correction."""
        if self.get_edit_url() or self.object.is_objected or not self.user_has_permission("verify"):
            return None
        return contact_url("propose", quote(self.object.pk))

    @cached_property
    def header_more_buttons(self):
        buttons = super().header_more_buttons
        pk = quote(self.object.pk)
        buttons.append(
            Button(_("History"), url=contact_url("history", pk), icon_name="history", priority=30)
        )
        if not self.object.is_objected and self.user_has_permission("verify"):
            url = contact_url("verify", pk)
            buttons.append(
                Button(
                    _("Still correct"),
                    url=url,
                    icon_name="check",
                    attrs=post_button_attrs(url),
                    priority=5,
                )
            )
        if self.propose_url:
            buttons.append(
                Button(
                    _("Propose a correction"), url=self.propose_url, icon_name="edit", priority=10
                )
            )
        if self_update.may_receive(self.object) and self.user_has_permission("verify"):
            url = contact_url("send_link", pk)
            buttons.append(
                Button(
                    _("Send them a link to update their details"),
                    url=url,
                    icon_name="mail",
                    attrs=post_button_attrs(url),
                    priority=35,
                )
            )
        # Whoever receives an objection records it at once (GDPR art. 21): every member who
        # keeps the book up to date, not only the editors.
        if not self.object.is_objected and self.user_has_permission("verify"):
            buttons.append(
                Button(
                    _("Record an objection"),
                    url=contact_url("object", pk),
                    icon_name="warning",
                    priority=40,
                )
            )
        if self.user_has_permission("delete"):
            buttons.append(
                Button(
                    _("Erase on request"),
                    url=contact_url("erase", pk),
                    icon_name="bin",
                    priority=50,
                )
            )
        return buttons


class VerifyView(PermissionCheckedMixin, View):
    """One click: "still correct" (POST only, it writes)."""

    model = PressContact
    permission_required = "verify"
    http_method_names = ["post"]

    def post(self, request, pk):
        contact = get_object_or_404(PressContact, pk=pk)
        if actions.mark_verified([contact], request.user):
            messages.success(request, _("“%(name)s” marked as verified.") % {"name": contact})
        else:
            messages.warning(request, _("Objected contacts are not verified."))
        return redirect(get_valid_next_url_from_request(request) or contact_url("list"))


class SendLinkView(VerifyView):
    """One click too: a member sends the contact their self-update link, within the yearly
    rule."""

    def post(self, request, pk):
        contact = get_object_or_404(PressContact, pk=pk)
        not_before = self_update.next_link_from(contact)
        if not self_update.may_receive(contact):
            messages.warning(request, _("Only active contacts receive a link."))
        elif not_before:
            messages.warning(
                request,
                _(
                    "A link was sent on %(sent)s: the next one can be sent from %(next)s. They "
                    "can ask for one themselves from the press room at any time."
                )
                % {
                    "sent": formats.date_format(contact.self_update_sent_at),
                    "next": formats.date_format(not_before),
                },
            )
        else:
            self_update.send_link(contact, user=request.user, origin="member")
            messages.success(
                request,
                _("A link to update their details was sent to %(name)s.") % {"name": contact},
            )
        return redirect(get_valid_next_url_from_request(request) or contact_url("inspect", pk))


class ContactConfirmView(DeleteView):
    """A confirmation page for what an editor does to one contact, on Wagtail's delete view."""

    template_name = "press/admin/confirm_action.html"
    url_name = None
    confirm_label = None

    def get_delete_url(self):
        return contact_url(self.url_name, quote(self.object.pk))

    def get_usage_url(self):
        return None

    def get_success_url(self):
        return get_valid_next_url_from_request(self.request) or contact_url("list")

    def get_context_data(self, **kwargs):
        return {**super().get_context_data(**kwargs), "confirm_label": self.confirm_label}


class ObjectionView(ContactConfirmView):
    permission_required = "verify"  # communicators too (see the inspect view's buttons)
    url_name = "object"
    page_title = gettext_lazy("Record an objection")
    confirm_label = gettext_lazy("Yes, record the objection")

    @property
    def confirmation_message(self):
        return _(
            "%(name)s objects to being contacted. The contact stays in the book marked “do not "
            "contact”, is never exported again, and its addresses can never be added or "
            "imported again."
        ) % {"name": self.object}

    def get_success_url(self):
        return contact_url("inspect", quote(self.object.pk))

    def get_success_message(self):
        return _("Objection recorded: “%(name)s” will not be contacted.") % {"name": self.object}

    def delete_action(self):
        actions.record_objection(self.object, self.request.user)


class ErasureView(ContactConfirmView):
    url_name = "erase"
    page_title = gettext_lazy("Erase on request")
    confirm_label = gettext_lazy("Yes, erase")

    @property
    def confirmation_message(self):
        return _(
            "Erase %(name)s from the press book: every personal detail is deleted for good. "
            "Only a one-way hash of the e-mail addresses is kept, so that they cannot be added "
            "again; the history keeps that an erasure took place, without the name."
        ) % {"name": self.object}

    def get_success_message(self):
        return _("The contact was erased; only a hash of its addresses is kept.")

    def delete_action(self):
        actions.erase(self.object, self.request.user)


class SectionPageMixin(PermissionCheckedMixin, WagtailAdminTemplateMixin):
    """A page of the section, under the contacts in the breadcrumbs."""

    model = PressContact

    def get_breadcrumbs_items(self):
        return [
            *self.breadcrumbs_items,
            {"url": contact_url("list"), "label": capfirst(PressContact._meta.verbose_name_plural)},
            {"url": "", "label": self.get_page_title()},
        ]


class PrivacyNoticeView(SectionPageMixin, TemplateView):
    any_permission_required = ANY_PRESS_PERMISSION
    template_name = "press/admin/privacy.html"
    page_title = gettext_lazy("Privacy notice")
    header_icon = "help"

    def get_context_data(self, **kwargs):
        return {
            **super().get_context_data(**kwargs),
            "verify_after": duration(verify_after()),
            "retention": duration(retention()),
            "warning": duration(erasure_warning()),
        }


class ProposeChangeView(SectionPageMixin, FormView):
    """A member proposes a correction to a contact they may not change; the editors decide.
    Whoever keeps the book up to date may (the verify permission, as for objections)."""

    permission_required = "verify"
    template_name = "press/admin/propose_change.html"
    form_class = ContactChangeForm

    def dispatch(self, request, pk):
        self.contact = get_object_or_404(PressContact.objects.contactable(), pk=pk)
        return super().dispatch(request, pk)

    def get_page_title(self):
        return _("Propose a correction to %(name)s") % {"name": self.contact}

    def get_form_kwargs(self):
        return {
            **super().get_form_kwargs(),
            "instance": self.contact,
            "for_user": self.request.user,
        }

    def form_valid(self, form):
        changes.propose(form, self.request.user)
        messages.success(
            self.request,
            _("Your correction to %(name)s was sent to the editors.") % {"name": self.contact},
        )
        return redirect(contact_url("inspect", self.contact.pk))


class ContactChangeIndexView(snippet_views.IndexView):
    def get_edit_url(self, instance):
        return reverse(f"{CHANGES}:review", args=[instance.pk])


class ContactChangeEditView(snippet_views.EditView):
    """A correction is reviewed, never edited as data (the permission checked first)."""

    def get(self, request, *args, **kwargs):
        return redirect(reverse(f"{CHANGES}:review", args=[self.kwargs["pk"]]))

    post = get


class ReviewChangeView(SectionPageMixin, TemplateView):
    """An editor reads a proposed correction beside the contact as it is, and approves (it is
    applied) or rejects it."""

    model = ContactChange
    permission_required = "change"
    template_name = "press/admin/review_change.html"

    def dispatch(self, request, pk):
        self.change = get_object_or_404(ContactChange.objects.select_related("contact"), pk=pk)
        return super().dispatch(request, pk)

    def get_page_title(self):
        return _("Correction to %(name)s") % {"name": self.change.contact}

    def get_context_data(self, **kwargs):
        return {
            **super().get_context_data(**kwargs),
            "change": self.change,
            "rows": changes.rows(self.change),
            "pending": self.change.status == ChangeStatus.PENDING,
        }

    def post(self, request, pk):
        if self.change.status != ChangeStatus.PENDING:
            return redirect(reverse(f"{CHANGES}:list"))
        approve = "approve" in request.POST
        form = changes.decide(self.change, request.user, approve)
        if approve and form.errors:
            problems = [str(error) for errors in form.errors.values() for error in errors]
            messages.error(
                request,
                _("This correction cannot be applied: %(problems)s")
                % {"problems": " ".join(problems)},
            )
            return redirect(request.path)
        if approve:
            messages.success(
                request, _("Correction applied to %(name)s.") % {"name": self.change.contact}
            )
        else:
            messages.success(request, _("Correction rejected."))
        return redirect(reverse(f"{CHANGES}:list"))


class MailingIndexView(snippet_views.IndexView):
    def get_list_more_buttons(self, instance):
        buttons = super().get_list_more_buttons(instance)
        if not instance.queued_at and not instance.sent_at and self.user_has_permission("send"):
            buttons.append(
                ListingButton(
                    _("Send"),
                    url=reverse(f"{MAILINGS}:send", args=[instance.pk]),
                    icon_name="mail",
                    priority=5,
                )
            )
        return buttons


class PressTokenCreateView(snippet_views.CreateView):
    """A new access: its address is shown once, in the message (only a hash of the key is
    kept)."""

    def save_instance(self):
        self.form.instance.created_by = self.request.user
        self.key = self.form.instance.new_key()
        return super().save_instance()

    def get_success_message(self, instance):
        url = self.request.build_absolute_uri(reverse("press_embargo", args=[self.key]))
        return _(
            "Access made for %(name)s. Give them this address now: it is shown only once. %(url)s"
        ) % {"name": instance.name, "url": url}


class SendMailingView(SectionPageMixin, TemplateView):
    """Send a press mailing: the page says to how many journalists, the button sends (once)."""

    model = PressMailing
    permission_required = "send"
    template_name = "press/admin/send_mailing.html"

    def dispatch(self, request, pk):
        self.mailing = get_object_or_404(PressMailing, pk=pk)
        return super().dispatch(request, pk)

    def get_page_title(self):
        return _("Send “%(subject)s”") % {"subject": self.mailing}

    def get_context_data(self, **kwargs):
        recipients = mailings.deliverable(list(self.mailing.recipients().only("pk", "email")))
        return {
            **super().get_context_data(**kwargs),
            "mailing": self.mailing,
            "count": len(recipients),
        }

    def post(self, request, pk):
        # asked once: a double click or a second member finds it on its way
        asked = PressMailing.objects.filter(pk=pk, queued_at=None, sent_at=None).update(
            queued_at=timezone.now()
        )
        if not asked:
            messages.warning(request, _("This mailing was already sent or is being sent."))
        else:
            send_mailing_task.enqueue(self.mailing.pk, request.user.pk)
            messages.success(
                request,
                _(
                    "The mailing is on its way: it goes out in the background, one message to "
                    "each journalist, and the list shows when it is sent. Each send is in the "
                    "contact log."
                ),
            )
        return redirect(reverse(f"{MAILINGS}:list"))


class ImportView(SectionPageMixin, UploadPreviewView):
    """Step 1: upload, then a preview of what each line would do (nothing written); step 2
    (ImportConfirmView): the same file imported in one transaction."""

    permission_required = "add"
    form_class = ImportForm
    template_name = "press/admin/import.html"
    page_title = gettext_lazy("Import press contacts")
    header_icon = "upload"
    upload_url = reverse_lazy(f"{CONTACTS}:import")
    confirm_url = reverse_lazy(f"{CONTACTS}:import_confirm")
    success_url = reverse_lazy(f"{CONTACTS}:list")
    stash_prefix = "press-import"
    rejected = (importer.ImportFileError,)
    preview_columns = (
        gettext_lazy("Line"),
        gettext_lazy("E-mail"),
        gettext_lazy("Name"),
        gettext_lazy("Outlet"),
        gettext_lazy("Result"),
    )

    def dry_run(self, data, form):
        return importer.analyse(data)

    def may_confirm(self, report):
        return report.is_valid and report.has_changes

    def pending(self, form):
        options = form.cleaned_data
        default_source = _("CSV import: %(file)s") % {"file": options["file"].name}
        return {
            "source": (options["source"] or default_source)[:255],
            "lawful_basis": options["lawful_basis"],
            "added_for": options["added_for"].pk if options["added_for"] else None,
        }

    def run_import(self, data, options):
        report = importer.run_import(
            data,
            self.request.user,
            source=options["source"],
            lawful_basis=options["lawful_basis"],
            added_for=OrganisationPage.objects.filter(pk=options["added_for"]).first(),
        )
        if not report.is_valid:
            raise importer.ImportFileError(_("The file has errors; nothing was imported."))
        return report


class ImportConfirmView(ImportView):
    http_method_names = ["post"]

    def post(self, request, *args, **kwargs):
        return self.confirm()


# The journalists' own record (public, no account: press.self_update) ---------------------------


def private(response):
    """A page reached by a personal link: never kept, indexed or named to another site."""
    # same-origin: the token never goes to another site, and the form still posts (with
    # no-referrer at all, browsers send "Origin: null" and the CSRF check refuses it)
    response["Referrer-Policy"] = "same-origin"
    response["X-Robots-Tag"] = "noindex, nofollow"
    return response


class PersonalLinkView(View):
    """A page a contact reaches by a personal link (`token`): an unknown link gets
    `invalid_status`, a contact who objected is told so; `answer` renders a `state`."""

    invalid_status = 404

    def contact_for(self, token):
        raise NotImplementedError

    def dispatch(self, request, token):
        self.contact = self.contact_for(token)
        if self.contact is None:
            return self.answer("invalid", status=self.invalid_status)
        if self.contact.is_objected:
            return self.answer("objected")
        return super().dispatch(request, token)

    def answer(self, state, form=None, status=200):
        context = {"state": state, "form": form, "contact": getattr(self, "contact", None)}
        return private(render(self.request, self.template_name, context, status=status))


@method_decorator(never_cache, name="dispatch")
class SelfUpdateView(PersonalLinkView):
    template_name = "press/self_update.html"
    invalid_status = 410  # it worked once: expired, used or replaced

    def contact_for(self, token):
        return self_update.contact_for_token(token)

    def get(self, request, token):
        return self.answer("form", SelfUpdateForm(instance=self.contact))

    def post(self, request, token):
        if "object" in request.POST:
            self_update.object_to_contact(self.contact)
            return self.answer("objected")
        form = SelfUpdateForm(request.POST, instance=self.contact)
        if not form.is_valid():
            return self.answer("form", form, status=400)
        self_update.confirm(form)
        return self.answer("confirmed")


@method_decorator(never_cache, name="dispatch")
class LinkRequestView(View):
    """From the press room: a journalist asks for their link with an address of the book."""

    template_name = "press/self_update_request.html"

    def get(self, request):
        return self.answer(LinkRequestForm())

    def post(self, request):
        per_ip = RateLimit("press-link-ip", settings.PRESS_LINK_REQUESTS_PER_IP_PER_HOUR, 3600)
        ip = client_ip(request)
        if per_ip.exceeded(ip):
            return too_many_attempts(request)
        per_ip.hit(ip)
        form = LinkRequestForm(request.POST)
        if not form.is_valid():
            return self.answer(form, status=400)
        self_update.request_link(form.cleaned_data["email"])
        return self.answer(None, sent_to=form.cleaned_data["email"])

    def answer(self, form, status=200, sent_to=None):
        context = {"form": form, "sent_to": sent_to}
        return private(render(self.request, self.template_name, context, status=status))


@method_decorator([never_cache, csrf_exempt], name="dispatch")
class ObjectionLinkView(PersonalLinkView):
    """The link at the bottom of every mailing: one click to object. No CSRF token: mail
    providers post to it for one-click unsubscribing (RFC 8058); the signed token is the
    proof. A GET only asks (link scanners open links)."""

    template_name = "press/objection.html"

    def contact_for(self, token):
        return mailings.contact_for_objection(token)

    def get(self, request, token):
        return self.answer("ask")

    def post(self, request, token):
        actions.record_objection(self.contact, None, origin="mailing link")
        return self.answer("objected")


# Embargoed press releases, for journalists with a personal access (press.embargo) -------------


def embargo_token(key):
    token = embargo.token_for(key)
    if token is None:
        raise Http404
    return token


@never_cache
def embargo_page(request, key):
    token = embargo_token(key)
    context = {"token": token, "releases": embargo.releases_for(token)}
    return private(render(request, "press/embargo.html", context))


class EmbargoFeed(Feed):
    """The same releases as RSS, for the journalist's feed reader."""

    def get_object(self, request, key):
        self.request = request
        return embargo_token(key)

    def title(self, token):
        return _("Embargoed press releases — %(name)s") % {"name": token.name}

    def link(self, token):
        return reverse("press_embargo", args=[self.request.resolver_match.kwargs["key"]])

    def description(self, token):
        return _(
            "Press releases of the ESS of the Hautes-Alpes before their embargo. Do not publish "
            "before the date given."
        )

    def items(self, token):
        return embargo.releases_for(token)

    def item_title(self, release):
        return release["title"]

    def item_description(self, release):
        embargo_until = formats.date_format(
            timezone.localtime(release["embargo"]), "DATETIME_FORMAT"
        )
        return format_html(
            "<p><strong>{}</strong></p><p>{}</p>{}",
            _("Embargo until %(date)s") % {"date": embargo_until},
            release["summary"],
            release["body"],
        )

    def item_link(self, release):
        return f"{self.link(None)}#release-{release['key']}"

    def item_guid(self, release):
        return release["key"]

    item_guid_is_permalink = False

    def item_pubdate(self, release):
        return release["embargo"]


@never_cache
def embargo_feed(request, key):
    return private(EmbargoFeed()(request, key=key))

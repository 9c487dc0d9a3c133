"""What a member's calendar and a member's news feed have in common: an address fetched on a
schedule, an organisation, and a health the members can read.

`RemoteSource` holds the fields; `synchronise()` is the one flow: fetch safely and
conditionally, hand the content to the app's importer, record the outcome on the source in
plain words, and tell people about the source's health. A source that fails
SOURCE_FAILURES_BEFORE_ALERT times in a row (a setting, 3 by default) is failing; its
organisation's communicators and the network's editors get one e-mail when it starts failing
(not one per try) and one when it works again, in their own admin language."""

import logging

from django.conf import settings
from django.contrib import admin
from django.contrib.auth import get_user_model
from django.core.mail import send_mail
from django.db import models
from django.db.models import Q
from django.template.loader import render_to_string
from django.urls import reverse
from django.utils import timezone, translation
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy

from wagtail.admin.ui.tables import Column

from core.fetch import FetchError, fetch
from directory.models import Communicator
from directory.permissions import OrganisationSourceForm

logger = logging.getLogger(__name__)


class RejectedContent(Exception):
    """What the source gave is not something its importer can read; nothing was changed."""


def failures_before_alert():
    return getattr(settings, "SOURCE_FAILURES_BEFORE_ALERT", 3)


class RemoteSource(models.Model):
    """A member's source of content. Subclasses name what they count (`count_field`), what
    they accept from the server, and how they are called in e-mails (`display_name`)."""

    organisation = models.ForeignKey(
        "directory.OrganisationPage",
        verbose_name=gettext_lazy("organisation"),
        on_delete=models.CASCADE,
        related_name="+",
    )
    active = models.BooleanField(gettext_lazy("synchronised"), default=True)
    last_fetch_at = models.DateTimeField(
        gettext_lazy("last synchronisation"), null=True, blank=True
    )
    last_success_at = models.DateTimeField(gettext_lazy("last success"), null=True, blank=True)
    etag = models.CharField(max_length=255, blank=True)
    last_modified = models.CharField(max_length=64, blank=True)
    last_result = models.TextField(gettext_lazy("last result"), blank=True)
    last_error = models.TextField(gettext_lazy("last error"), blank=True)
    failures = models.PositiveIntegerField(
        gettext_lazy("failed synchronisations in a row"), default=0, editable=False
    )
    publish_directly = models.BooleanField(
        gettext_lazy("publish directly"),
        default=False,
        help_text=gettext_lazy("Otherwise what it brings waits for an editor's approval."),
    )

    base_form_class = OrganisationSourceForm
    accept = "*/*"
    count_field = ""  # the field that counts what the source brought

    class Meta:
        abstract = True

    @property
    def display_name(self):
        return self.url

    @property
    def is_failing(self):
        return self.failures >= failures_before_alert()

    @admin.display(description=gettext_lazy("state"))
    def health(self):
        if self.is_failing:
            return _("Failing (%(count)s attempts in a row)") % {"count": self.failures}
        if not self.url:
            return _("Uploaded file") if self.last_success_at else _("Never imported")
        return _("OK") if self.last_success_at else _("Never synchronised")


class StateColumn(Column):
    """A yes/no field of a source in the admin's listings, as an icon and words (Wagtail's
    BooleanColumn writes "True" and "False")."""

    cell_template_name = "wagtailadmin/tables/state_cell.html"

    def __init__(self, name, *, yes, no, **kwargs):
        kwargs.setdefault("sort_key", name)
        super().__init__(name, **kwargs)
        self.yes, self.no = yes, no

    def get_cell_context_data(self, instance, parent_context):
        context = super().get_cell_context_data(instance, parent_context)
        context["text"] = self.yes if context["value"] else self.no
        return context


def state_columns():
    """The listing columns of what a source's owners chose: publishing directly, synchronising."""
    return [
        StateColumn(
            "publish_directly",
            label=gettext_lazy("publish directly"),
            yes=gettext_lazy("Directly"),
            no=gettext_lazy("After review"),
        ),
        StateColumn(
            "active",
            label=gettext_lazy("synchronisation"),
            yes=gettext_lazy("Synchronised"),
            no=gettext_lazy("Paused"),
        ),
    ]


def synchronise(source, load, *, address=None, dry_run=False):
    """Fetch `source` (at `address`, its url by default) and give the content to
    `load(content)`, which imports it and returns (report, summary in words) or raises
    RejectedContent. Returns (report or None, error message or "").

    A dry run (a preview) and a source not saved yet (an address given once) record nothing:
    a rejected address leaves no row behind."""
    now = timezone.now()
    changes = {"last_fetch_at": now}
    report, error = None, ""
    try:
        result = fetch(
            address or source.url,
            etag=source.etag or None,
            last_modified=source.last_modified or None,
            accept=source.accept,
        )
        if result.not_modified:
            changes["last_result"] = _("Unchanged since the last synchronisation.")
        else:
            report, changes["last_result"] = load(result.content)
            changes["etag"] = result.etag or ""
            changes["last_modified"] = result.last_modified or ""
            changes[source.count_field] = getattr(source, source.count_field)
        changes.update(last_error="", last_success_at=now, failures=0)
    except (FetchError, RejectedContent) as problem:
        error = str(problem)
    except Exception:  # a bug must not stop the other sources, nor leave this one silent
        logger.exception("%s %s: the import failed", type(source).__name__, source.pk)
        error = _("The import failed because of an error on the site; nothing was changed.")
    if error:
        changes.update(
            last_error=error,
            last_result=_("Failed: nothing was changed."),
            failures=source.failures + 1,
        )
    if dry_run or source.pk is None:
        for name in ("last_fetch_at", "last_result", "last_error"):
            setattr(source, name, changes.get(name, getattr(source, name)))
        return report, error
    previous = source.failures
    # A bookkeeping UPDATE, not save(): an unchanged source (a 304) costs one statement.
    type(source).objects.filter(pk=source.pk).update(**changes)
    for name, value in changes.items():
        setattr(source, name, value)
    tell_about_health(source, previous)
    return report, error


def tell_about_health(source, previous_failures):
    """One e-mail when the source starts failing, one when it works again."""
    threshold = failures_before_alert()
    if source.failures == threshold and previous_failures < threshold:
        send_health_mail(source, "failing")
    elif source.failures == 0 and previous_failures >= threshold:
        send_health_mail(source, "recovered")


def health_recipients(source):
    """The source's organisation's communicators and the network's editors (those who may
    change any organisation), active, with an e-mail address."""
    User = get_user_model()
    communicators = Communicator.objects.filter(
        organisation__translation_key=source.organisation.translation_key
    ).values("user")
    editors = User.objects.with_perm(
        "directory.change_organisationpage",
        include_superusers=False,
        backend="django.contrib.auth.backends.ModelBackend",
    ).values("pk")
    return list(
        User.objects.filter(Q(pk__in=communicators) | Q(pk__in=editors), is_active=True)
        .exclude(email="")
        .select_related("wagtail_userprofile")
        .order_by("pk")
    )


def _language_of(user):
    profile = getattr(user, "wagtail_userprofile", None)
    return (profile and profile.preferred_language) or settings.LANGUAGE_CODE


def send_health_mail(source, state):
    """The e-mail of `state` ("failing" or "recovered"), from the source's app's templates
    `<app>/emails/source_<state>_subject.txt` and `<app>/emails/source_<state>.txt`."""
    meta = source._meta
    base_url = getattr(settings, "WAGTAILADMIN_BASE_URL", "").rstrip("/")
    context = {
        "source": source,
        "organisation": source.organisation,
        "threshold": failures_before_alert(),
        "sources_url": base_url
        + reverse(f"wagtailsnippets_{meta.app_label}_{meta.model_name}:list"),
    }
    template = f"{meta.app_label}/emails/source_{state}"
    for user in health_recipients(source):
        context["user"] = user
        with translation.override(_language_of(user)):
            subject = " ".join(render_to_string(f"{template}_subject.txt", context).split())
            body = render_to_string(f"{template}.txt", context)
        send_mail(subject, body, None, [user.email])

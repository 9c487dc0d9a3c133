"""Synchronising calendar sources: fetch (safely, conditionally), import, and record the
outcome on the source in plain words. Runs as a django-tasks task.

Sync health: a source that fails SOURCE_FAILURES_BEFORE_ALERT times in a row (a setting, 3 by
default) is failing; its organisation's communicators and the network's editors get one e-mail
when it starts failing (not one per try) and one when it works again."""

import logging

from django.conf import settings
from django.contrib.auth import get_user_model
from django.core.mail import send_mail
from django.db.models import Q
from django.template.loader import render_to_string
from django.urls import reverse
from django.utils import timezone, translation
from django.utils.translation import gettext as _

from django_tasks import task

from agenda.ical.importer import CalendarImportError, import_calendar
from agenda.models import CalendarSource
from core.fetch import FetchError, check_url, fetch
from directory.models import Communicator

logger = logging.getLogger(__name__)

ACCEPT = "text/calendar, */*;q=0.5"
WEBCAL_SCHEMES = ("webcal://", "webcals://")


def failures_before_alert():
    return getattr(settings, "SOURCE_FAILURES_BEFORE_ALERT", 3)


# webcal:// ----------------------------------------------------------------------------------


def is_webcal(url):
    return url.strip().lower().startswith(WEBCAL_SCHEMES)


def calendar_address(url, *, probe=True):
    """The http(s) address of a calendar address as calendar apps give it: webcal:// is
    https://, or http:// when the calendar answers only there (tried when `probe`). Private
    addresses are refused (FetchError), as by every fetch."""
    url = url.strip()
    if not is_webcal(url):
        return url
    rest = url.split("://", 1)[1]
    secure = f"https://{rest}"
    check_url(secure)
    if not probe:
        return secure
    try:
        fetch(secure, accept=ACCEPT)
    except FetchError:
        plain = f"http://{rest}"
        try:
            fetch(plain, accept=ACCEPT)
        except FetchError:
            return secure  # neither answers now: the synchronisation will say why
        return plain
    return secure


# Synchronising ------------------------------------------------------------------------------


def sync_source(source, *, publish=None, dry_run=False, user=None):
    """Fetch and import one source; returns (report or None, error message or "").

    `source` may be unsaved (a new address given to the import_ical command): it is saved
    with a successful import only."""
    now = timezone.now()
    changes = {"last_fetch_at": now}
    report, error = None, ""
    try:
        result = fetch(
            calendar_address(source.url, probe=False),
            etag=source.etag or None,
            last_modified=source.last_modified or None,
            accept=ACCEPT,
        )
        if result.not_modified:
            changes["last_result"] = _("Unchanged since the last synchronisation.")
        else:
            report = import_calendar(
                result.content, source, publish=publish, dry_run=dry_run, user=user
            )
            changes["last_result"] = report.summary()
            changes["etag"] = result.etag or ""
            changes["last_modified"] = result.last_modified or ""
            changes["event_count"] = source.event_count
        changes.update(last_error="", last_success_at=now, failures=0)
    except (FetchError, CalendarImportError) as problem:
        error = str(problem)
    except Exception:  # a bug must not leave the source saying nothing: say it failed
        logger.exception("calendar source %s: the import failed", source.pk)
        error = _("The import failed because of an error on the site; nothing was changed.")
    if error:
        changes.update(
            last_error=error,
            last_result=_("Failed: nothing was changed."),
            failures=source.failures + 1,
        )
    if dry_run or source.pk is None:
        # a preview, or a new address that was rejected: nothing is recorded anywhere
        for name in ("last_fetch_at", "last_result", "last_error"):
            setattr(source, name, changes.get(name, getattr(source, name)))
        return report, error
    previous = source.failures
    # A bookkeeping UPDATE, not save(): an unchanged calendar (a 304) costs one statement.
    CalendarSource.objects.filter(pk=source.pk).update(**changes)
    for name, value in changes.items():
        setattr(source, name, value)
    tell_about_health(source, previous)
    return report, error


def tell_about_health(source, previous_failures):
    """One e-mail when the source starts failing, one when it works again."""
    threshold = failures_before_alert()
    if source.failures == threshold and previous_failures < threshold:
        _send_health_mail(source, "failing")
    elif source.failures == 0 and previous_failures >= threshold:
        _send_health_mail(source, "recovered")


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


def _send_health_mail(source, state):
    base_url = getattr(settings, "WAGTAILADMIN_BASE_URL", "").rstrip("/")
    context = {
        "source": source,
        "organisation": source.organisation,
        "threshold": failures_before_alert(),
        "sources_url": base_url + reverse("wagtailsnippets_agenda_calendarsource:list"),
    }
    for user in health_recipients(source):
        with translation.override(_language_of(user)):
            if state == "failing":
                subject = _("The calendar “%(name)s” of %(organisation)s cannot be synchronised")
            else:
                subject = _("The calendar “%(name)s” of %(organisation)s is synchronised again")
            subject %= {"name": source.name, "organisation": source.organisation.title}
            body = render_to_string(f"agenda/emails/source_{state}.txt", {**context, "user": user})
        send_mail(subject, body, None, [user.email])


@task()
def sync_source_task(source_id):
    source = CalendarSource.objects.select_related("organisation").get(pk=source_id)
    sync_source(source)


def sync_all_sources():
    """Queue a synchronisation of every active source with an address."""
    ids = list(
        CalendarSource.objects.filter(active=True).exclude(url="").values_list("pk", flat=True)
    )
    for source_id in ids:
        sync_source_task.enqueue(source_id)
    return len(ids)

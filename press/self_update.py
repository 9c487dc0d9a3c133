"""Journalists keep their own record, with no account: a signed link opens a page where they
confirm or correct their details (beats, territories, languages, how they like to be contacted)
or object.

A link is sent at most once every PRESS_SELF_UPDATE_INTERVAL_DAYS to a contact due for
verification (`manage.py press_self_update_links`, monthly, or a member's button), and at any
time to whoever asks for it from the press room with an address of the book (at most once per
PRESS_SELF_UPDATE_REQUEST_MINUTES per contact). It expires after PRESS_SELF_UPDATE_LINK_DAYS and
works once: it carries a random value stored on the contact, emptied when the link is used and
replaced when a new one is sent. Opening it changes nothing (mail scanners open links); only
the form's submission does. Every change is logged with its origin; a confirmation counts as a
verification."""

import secrets
from datetime import timedelta

from django.conf import settings
from django.core import signing
from django.core.mail import get_connection, send_mail
from django.db import transaction
from django.db.models import Q
from django.template.loader import render_to_string
from django.urls import reverse
from django.utils import timezone, translation
from django.utils.crypto import constant_time_compare
from django.utils.translation import gettext as _

from wagtail.log_actions import log

from press import actions
from press.models import ContactStatus, PressContact

SALT = "press.self-update"
LINK_DAYS = 30
INTERVAL_DAYS = 365
REQUEST_MINUTES = 60
ORIGIN = "self-update link"


def link_lifetime():
    return timedelta(days=getattr(settings, "PRESS_SELF_UPDATE_LINK_DAYS", LINK_DAYS))


def interval():
    return timedelta(days=getattr(settings, "PRESS_SELF_UPDATE_INTERVAL_DAYS", INTERVAL_DAYS))


def request_pause():
    return timedelta(
        minutes=getattr(settings, "PRESS_SELF_UPDATE_REQUEST_MINUTES", REQUEST_MINUTES)
    )


def may_receive(contact):
    """Only a contact we may write to at an address that works gets a link."""
    return contact.status == ContactStatus.ACTIVE


def next_link_from(contact):
    """When the yearly rule allows the next link to `contact` (None: now)."""
    if contact.self_update_sent_at is None:
        return None
    moment = contact.self_update_sent_at + interval()
    return moment if moment > timezone.now() else None


def due_for_link(now=None):
    """Active contacts due for verification who were sent no link in the last interval."""
    now = now or timezone.now()
    return (
        PressContact.objects.to_verify(now)
        .filter(status=ContactStatus.ACTIVE)
        .filter(Q(self_update_sent_at__isnull=True) | Q(self_update_sent_at__lt=now - interval()))
    )


def contact_for_token(token):
    """The contact a link opens, or None when the link is forged, expired, already used or
    replaced by a newer one, or the contact is gone."""
    try:
        value = signing.loads(token, salt=SALT, max_age=link_lifetime())
        pk, nonce = int(value["c"]), str(value["n"])
    except (signing.BadSignature, KeyError, TypeError, ValueError):
        return None
    contact = PressContact.objects.filter(pk=pk).first()
    if contact is None or not contact.self_update_nonce:
        return None
    return contact if constant_time_compare(contact.self_update_nonce, nonce) else None


def language_for(contact):
    """The first of the contact's languages that the site speaks, else French."""
    spoken = {code for code, _name in settings.LANGUAGES}
    return next(
        (code for code in contact.languages or [] if code in spoken), settings.LANGUAGE_CODE
    )


@transaction.atomic
def send_link(contact, user=None, origin="yearly", to=None, connection=None, now=None):
    """E-mail `contact` (at `to`, one of their addresses; their main one by default) a new link,
    which replaces any earlier one. `origin`: "yearly", "member" or "request"."""
    now = now or timezone.now()
    contact.self_update_nonce = secrets.token_urlsafe(16)
    contact.self_update_sent_at = now
    contact.save(update_fields=["self_update_nonce", "self_update_sent_at", "updated_at"])
    token = signing.dumps({"c": contact.pk, "n": contact.self_update_nonce}, salt=SALT)
    with translation.override(language_for(contact)):
        link = settings.WAGTAILADMIN_BASE_URL.rstrip("/") + reverse(
            "press_self_update", args=[token]
        )
        subject = _("Your details in the press book of the ESS of the Hautes-Alpes")
        body = render_to_string(
            "press/emails/self_update_link.txt",
            {
                "contact": contact,
                "link": link,
                "expires_on": (now + link_lifetime()).date(),
                "request_url": settings.WAGTAILADMIN_BASE_URL.rstrip("/")
                + reverse("press_self_update_request"),
            },
        )
    log(contact, "press.self_update.sent", user=user, data={"origin": origin})
    return send_mail(subject, body, None, [to or contact.email], connection=connection)


def send_due_links(now=None, limit=None):
    """The yearly links to every contact due (at most `limit`); returns how many were sent."""
    sent = 0
    connection = get_connection()
    for contact in due_for_link(now).order_by("last_verified_at", "pk")[:limit].iterator():
        sent += send_link(contact, connection=connection, now=now)
    return sent


def request_link(address, now=None):
    """Someone asked for a link from the press room with `address`: send one if the address is
    an active contact's and none was sent lately. Says nothing either way (the caller answers
    the same whatever happened, so that nobody learns who is in the book)."""
    now = now or timezone.now()
    contact = PressContact.objects.with_address(address).first()
    if contact is None or not may_receive(contact):
        return 0
    if contact.self_update_sent_at and contact.self_update_sent_at > now - request_pause():
        return 0
    return send_link(contact, origin="request", to=address.strip().lower(), now=now)


@transaction.atomic
def confirm(form, now=None):
    """The journalist submitted the form: their corrections saved, the contact verified that
    day, the link spent."""
    contact = form.save(commit=False)
    contact.last_verified_at, contact.last_verified_by = now or timezone.now(), None
    contact.self_update_nonce = ""
    contact.save()
    form.save_m2m()
    log(contact, "press.self_update", data={"origin": ORIGIN, "changed": form.changed_data})
    return contact


@transaction.atomic
def object_to_contact(contact):
    """The journalist objected from their page: recorded as any objection, the link spent."""
    contact.self_update_nonce = ""
    contact.save(update_fields=["self_update_nonce"])
    actions.record_objection(contact, None, origin=ORIGIN)

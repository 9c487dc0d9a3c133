"""Press releases sent to a segment of the book (press.PressMailing), the link every recipient
gets to object, and the bounces that come back.

A mailing is sent once, through Django's mail, one message per recipient (each carries its own
objection link, also as List-Unsubscribe with one-click unsubscribing, RFC 8058), over one
connection. Who gets it is decided at sending time: active contacts of the segment whose
addresses are not suppressed. Each send is written to the contact log (press.Pitch).

Bounces: the mail server's delivery status notifications (RFC 3464, as Postfix, Exim or a
provider's forwarding write them) are read by `manage.py press_bounces`; a permanent failure
(status 5.x.x) counts as a hard bounce, and PRESS_HARD_BOUNCES of them mark the contact
bounced (never mailed again until someone corrects the address)."""

import email
from email import policy

from django.conf import settings
from django.core import signing
from django.core.mail import EmailMessage, get_connection
from django.db import transaction
from django.template.loader import render_to_string
from django.urls import reverse
from django.utils import timezone, translation

from wagtail.log_actions import log

from press import actions
from press.models import (
    ContactStatus,
    Pitch,
    PressContact,
    PressMailing,
    SuppressedAddress,
    email_hash,
)
from press.self_update import language_for

OBJECTION_SALT = "press.objection"
HARD_BOUNCES = 3


class AlreadySent(Exception):
    pass


def objection_token(contact):
    """A link to object that works as long as the contact exists (an objection is a right:
    it does not expire)."""
    return signing.dumps({"c": contact.pk}, salt=OBJECTION_SALT)


def contact_for_objection(token):
    try:
        pk = int(signing.loads(token, salt=OBJECTION_SALT)["c"])
    except (signing.BadSignature, KeyError, TypeError, ValueError):
        return None
    return PressContact.objects.filter(pk=pk).first()


def absolute(path):
    return settings.WAGTAILADMIN_BASE_URL.rstrip("/") + path


def deliverable(contacts):
    """`contacts` without those whose address is suppressed (one query for all)."""
    hashes = {email_hash(contact.email): contact for contact in contacts}
    suppressed = set(
        SuppressedAddress.objects.filter(email_sha256__in=list(hashes)).values_list(
            "email_sha256", flat=True
        )
    )
    return [contact for digest, contact in hashes.items() if digest not in suppressed]


def message_for(mailing, contact, release_url):
    with translation.override(language_for(contact)):
        objection_url = absolute(reverse("press_objection", args=[objection_token(contact)]))
        body = render_to_string(
            "press/emails/mailing.txt",
            {"mailing": mailing, "release_url": release_url, "objection_url": objection_url},
        )
    return EmailMessage(
        mailing.subject,
        body,
        to=[contact.email],
        headers={
            "List-Unsubscribe": f"<{objection_url}>",
            "List-Unsubscribe-Post": "List-Unsubscribe=One-Click",
        },
    )


def send(mailing, user, now=None):
    """Send `mailing` to its segment; returns the number of messages sent. A mailing goes out
    once: a second call (a double click, two editors at once) raises AlreadySent."""
    now = now or timezone.now()
    with transaction.atomic():
        mailing = PressMailing.objects.select_for_update().get(pk=mailing.pk)
        if mailing.sent_at:
            raise AlreadySent
        contacts = deliverable(
            list(mailing.recipients().only("pk", "email", "first_name", "last_name", "languages"))
        )
        release_url = mailing.page.full_url if mailing.page_id and mailing.page.live else ""
        messages = [message_for(mailing, contact, release_url) for contact in contacts]
        sent = get_connection().send_messages(messages) or 0 if messages else 0
        Pitch.objects.bulk_create(
            Pitch(
                contact=contact,
                subject=mailing.subject[:200],
                pitched_on=timezone.localdate(now),
                organisation_id=mailing.organisation_id,
                pitched_by=user,
            )
            for contact in contacts
        )
        mailing.sent_at, mailing.sent_by, mailing.recipient_count = now, user, len(contacts)
        mailing.save(update_fields=["sent_at", "sent_by", "recipient_count"])
        log(mailing, "press.mailing.send", user=user, data={"recipients": len(contacts)})
    return sent


# Bounces ---------------------------------------------------------------------------------------


def failed_recipients(raw):
    """[(address, hard)] of a delivery status notification (`raw`: its bytes); [] when the
    message is none (an auto-reply, spam)."""
    message = email.message_from_bytes(raw, policy=policy.compat32)
    failures = []
    for part in message.walk():
        if part.get_content_type() != "message/delivery-status":
            continue
        # the first block is about the message, each next one about a recipient
        blocks = part.get_payload() if part.is_multipart() else []
        for block in blocks[1:]:
            if (block.get("Action") or "").strip().lower() != "failed":
                continue
            recipient = block.get("Final-Recipient") or block.get("Original-Recipient") or ""
            address = recipient.split(";", 1)[-1].strip().strip("<>").lower()
            status = (block.get("Status") or "").strip()
            if "@" in address:
                failures.append((address, status.startswith("5")))
    return failures


@transaction.atomic
def record_bounce(address, hard):
    """A message to `address` bounced: count hard bounces; at PRESS_HARD_BOUNCES the contact is
    marked bounced. Returns the contacts marked bounced now."""
    if not hard:
        return []
    marked = []
    limit = getattr(settings, "PRESS_HARD_BOUNCES", HARD_BOUNCES)
    for contact in PressContact.objects.select_for_update().with_address(address):
        contact.hard_bounces += 1
        contact.save(update_fields=["hard_bounces", "updated_at"])
        if contact.hard_bounces >= limit and contact.status == ContactStatus.ACTIVE:
            actions.set_status([contact], ContactStatus.BOUNCED, None)
            marked.append(contact)
    return marked

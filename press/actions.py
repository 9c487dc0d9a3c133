"""What people do to contacts besides editing them: confirm, flag, object, erase. Each writes a
Wagtail log entry, so the contact's history says who did what and when."""

from django.contrib.contenttypes.models import ContentType
from django.db import transaction
from django.utils import timezone

from wagtail.log_actions import log
from wagtail.models import ModelLogEntry

from press.models import ContactStatus, PressContact, SuppressedAddress, SuppressionReason


def neutral_label(pk):
    """What a log entry calls a contact whose personal data is gone."""
    return f"#{pk}"


@transaction.atomic
def mark_verified(contacts, user, now=None):
    """Confirm that `contacts` are still correct; objected ones are left alone (nobody checks
    a person who asked not to be contacted). Returns how many were confirmed."""
    now = now or timezone.now()
    confirmed = [c for c in contacts if not c.is_objected]
    for contact in confirmed:
        contact.last_verified_at, contact.last_verified_by = now, user
        contact.save(update_fields=["last_verified_at", "last_verified_by", "updated_at"])
        log(contact, "press.verify", user=user)
    return len(confirmed)


@transaction.atomic
def set_status(contacts, status, user):
    """Flag `contacts` as moved on or bounced (or active again). An objection goes through
    `record_objection`, never through here, so that its address is always suppressed."""
    if status == ContactStatus.OBJECTED:
        raise ValueError("use record_objection() for objections")
    changed = 0
    for contact in contacts:
        if contact.is_objected or contact.status == status:
            continue
        previous, contact.status = contact.status, status
        contact.save(update_fields=["status", "updated_at"])
        log_status_change(contact, previous, user)
        changed += 1
    return changed


def log_status_change(contact, previous, user):
    log(contact, "press.status", user=user, data={"from": previous, "to": contact.status})


@transaction.atomic
def record_objection(contact, user, origin=None):
    """The person objected: keep them visible as "do not contact", and suppress every address
    they used so that neither the form nor an import can bring them back. `origin`: how it
    came, when not through a member (the journalist's own page)."""
    previous = contact.status
    contact.status = ContactStatus.OBJECTED
    contact.save(update_fields=["status", "updated_at"])
    for address in contact.addresses:
        SuppressedAddress.suppress(address, SuppressionReason.OBJECTED)
    data = {"from": previous, **({"origin": origin} if origin else {})}
    log(contact, "press.object", user=user, data=data)


@transaction.atomic
def erase(contact, user, reason=SuppressionReason.ERASED, action="press.erase"):
    """Erasure (on request, or by the retention rule: `reason` EXPIRED, action "press.expire"):
    the row goes, only a one-way hash of each address stays, and the history keeps that an
    erasure happened, by whom, without a name or an address."""
    pk = contact.pk
    for address in contact.addresses:
        SuppressedAddress.suppress(address, reason)
    log(contact, action, user=user, title=neutral_label(pk), deleted=True)
    contact.delete()  # the post_delete handler scrubs the older log entries


def erase_expired(now=None):
    """The retention rule: contacts still unverified PRESS_ERASURE_WARNING_DAYS after they were
    flagged for deletion (and named in the editors' reminders) are erased, each in its own
    transaction; a hash of each address stays so that an old file cannot bring them back.
    Returns how many were erased."""
    erased = 0
    for contact in PressContact.objects.expired(now).iterator():
        erase(contact, None, SuppressionReason.EXPIRED, "press.expire")
        erased += 1
    return erased


def scrub_log_entries(sender, instance, **kwargs):
    """post_delete of a contact: its log entries lose the name they were labelled with (the log
    outlives the contact, personal data must not)."""
    ModelLogEntry.objects.filter(
        content_type=ContentType.objects.get_for_model(PressContact),
        object_id=str(instance.pk),
    ).update(label=neutral_label(instance.pk), data={})

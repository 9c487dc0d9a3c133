"""The monthly reminder: every network editor gets, by e-mail, what needs checking in the press
book (contacts unverified for PRESS_VERIFY_AFTER_DAYS) and what the retention rule flags for
deletion (unverified for PRESS_RETENTION_DAYS). Nothing is sent when nothing is due."""

from django.conf import settings
from django.core.mail import send_mail
from django.template.loader import render_to_string
from django.utils import translation
from django.utils.translation import ngettext

from wagtail.permissions import policy_registry
from wagtail.users.models import UserProfile

from press.admin_urls import contact_url
from press.filters import DUE, FLAGGED, duration
from press.models import PressContact, erasure_warning, retention, verify_after

LISTED = 50  # contacts named in the e-mail per list; the links lead to the rest


def recipients():
    """The active users who keep the book clean (may change contacts): the network editors,
    and superusers. Decided by permission, so press needs to know no group by name."""
    policy = policy_registry.get_by_type(PressContact)
    return policy.users_with_permission("change").exclude(email="").order_by("pk")


def due(now=None):
    """(contacts to verify, contacts flagged for deletion), apart from each other."""
    flagged = PressContact.objects.flagged_for_deletion(now).select_related("outlet")
    to_verify = (
        PressContact.objects.to_verify(now)
        .exclude(pk__in=flagged.values("pk"))
        .select_related("outlet")
    )
    order = ["last_verified_at", "last_name", "pk"]
    return to_verify.order_by(*order), flagged.order_by(*order)


def admin_link(freshness):
    return (
        f"{settings.WAGTAILADMIN_BASE_URL.rstrip('/')}{contact_url('list')}?freshness={freshness}"
    )


def message_for(user, due_lists):
    """(subject, body) for `user`, in their admin language (French unless they chose)."""
    profile = UserProfile.get_for_user(user)
    with translation.override(profile.preferred_language or settings.LANGUAGE_CODE):
        total = due_lists["to_verify_count"] + due_lists["flagged_count"]
        subject = ngettext(
            "Press book: %(count)d contact to check",
            "Press book: %(count)d contacts to check",
            total,
        ) % {"count": total}
        body = render_to_string(
            "press/emails/reminder.txt",
            {
                "user": user,
                **due_lists,
                "to_verify_url": admin_link(DUE),
                "flagged_url": admin_link(FLAGGED),
                "verify_after": duration(verify_after()),
                "retention": duration(retention()),
                "warning": duration(erasure_warning()),
            },
        )
    return subject, body


def send_reminders(now=None):
    """E-mail each editor the contacts due; returns the number of e-mails sent."""
    to_verify, flagged = due(now)
    due_lists = {
        "to_verify": list(to_verify[:LISTED]),
        "to_verify_count": to_verify.count(),
        "flagged": list(flagged[:LISTED]),
        "flagged_count": flagged.count(),
    }
    if not due_lists["to_verify_count"] and not due_lists["flagged_count"]:
        return 0
    return sum(
        send_mail(*message_for(user, due_lists), None, [user.email]) for user in recipients()
    )

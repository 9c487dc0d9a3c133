"""Corrections proposed by members to contacts they may not change (press.ContactChange): kept
apart until an editor approves them, then applied through the contact's own form, so that every
rule of the book (one contact per address, suppressed addresses refused) holds then too."""

from django.db import models, transaction
from django.forms.models import model_to_dict
from django.utils import timezone

from wagtail.log_actions import log

from press import actions
from press.forms import PROPOSABLE, ContactChangeForm
from press.models import ChangeStatus, ContactChange


def as_data(value):
    """A cleaned form value as JSON: objects by key, several sorted."""
    if isinstance(value, models.Model):
        return value.pk
    if isinstance(value, (models.QuerySet, list, tuple)):
        return sorted(as_data(item) for item in value)
    return value


def form_data(contact):
    """The contact as its form would post it."""
    return {name: as_data(value) for name, value in model_to_dict(contact, PROPOSABLE).items()}


def propose(form, user):
    """Keep what a bound, valid ContactChangeForm changes, for the editors."""
    return ContactChange.objects.create(
        contact=form.instance,
        changes={name: as_data(form.cleaned_data[name]) for name in form.proposed_fields()},
        comment=form.cleaned_data.get("comment", ""),
        proposed_by=user,
    )


def rows(change):
    """(label, now, proposed) for each field the change touches, as people read them."""
    contact = change.contact
    current = ContactChangeForm(instance=contact)
    # its own copy: validating a model form writes the values into its instance
    copy = type(contact).objects.get(pk=contact.pk)
    proposed = ContactChangeForm(data={**form_data(copy), **change.changes}, instance=copy)
    proposed.is_valid()

    def shown(form, name):
        value = form.cleaned_data.get(name) if form.is_bound else getattr(contact, name, None)
        if name in ("beats", "territories"):
            value = value if form.is_bound else getattr(contact, name).all()
            return ", ".join(str(item) for item in value or [])
        if name == "languages":
            labels = dict(form.fields[name].choices)
            return ", ".join(str(labels.get(code, code)) for code in value or [])
        if name == "status":
            return dict(form.fields[name].choices).get(value, value)
        return "" if value is None else str(value)

    return [
        (current.fields[name].label, shown(current, name), shown(proposed, name))
        for name in change.changes
        if name in current.fields
    ]


@transaction.atomic
def decide(change, user, approve):
    """Apply (`approve`) or reject `change`. Returns the bound form: when it is not valid (the
    contact changed since, an address was taken), nothing is applied and the change waits."""
    contact = change.contact
    previous_status = contact.status  # before validation writes the new values into it
    form = ContactChangeForm(
        data={**form_data(contact), **change.changes}, instance=contact, for_user=user
    )
    if approve:
        if not form.is_valid():
            return form
        form.save()
        if contact.status != previous_status:
            actions.log_status_change(contact, previous_status, user)
    change.status = ChangeStatus.APPROVED if approve else ChangeStatus.REJECTED
    change.decided_by, change.decided_at = user, timezone.now()
    change.save(update_fields=["status", "decided_by", "decided_at"])
    log(
        contact,
        "press.change.approve" if approve else "press.change.reject",
        user=user,
        data={"fields": sorted(change.changes), "proposed_by": change.by_name},
    )
    return form

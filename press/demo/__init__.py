"""Demo content of the press book: the invented outlets of outlets.yaml and the invented
journalists of contacts.yaml (never real people), e-mails under example.org. Idempotent: outlets
are upserted by name, contacts by e-mail. The freshness of each contact is set relative to
today, so that the "to verify" and "flagged for deletion" views always have something to show."""

from datetime import timedelta

from django.db import transaction
from django.utils import timezone
from django.utils.text import slugify

from core.demo import load_demo_data
from core.models import Territory, Theme
from directory.models import OrganisationPage
from press.models import (
    ChangeStatus,
    ContactChange,
    ContactStatus,
    MediaOutlet,
    Pitch,
    PressContact,
    PressMailing,
    SuppressedAddress,
    SuppressionReason,
)


def email_for(first, last, domain):
    local = f"{slugify(first)[:1]}.{slugify(last)}"
    return f"{local}@{domain or 'independant'}.example.org"


def _outlets(outlet_data, territories):
    """The outlets of outlets.yaml by key, created or brought up to date."""
    outlets = {}
    for key, data in outlet_data.items():
        outlet, _created = MediaOutlet.objects.update_or_create(
            name=data["name"],
            defaults={"kind": data["kind"], "website": f"https://{data['domain']}.example.org/"},
        )
        outlet.territories.set([territories[s] for s in data["territories"] if s in territories])
        outlets[key] = outlet
    return outlets


@transaction.atomic
def build():
    """The demo outlets and contacts; returns the contacts."""
    outlet_data = load_demo_data(__name__, "outlets", translated=False)
    entries = load_demo_data(__name__, "contacts", translated=False)
    sources = load_demo_data(__name__, "sources", translated=False)
    territories = {t.slug: t for t in Territory.objects.all()}
    themes = {t.slug: t for t in Theme.objects.all()}
    organisations = {
        page.slug: page
        for page in OrganisationPage.objects.in_default_language().filter(
            slug__in={e["added_for"] for e in entries if e["added_for"]}
        )
    }
    outlets = _outlets(outlet_data, territories)
    now = timezone.now()
    contacts = []
    for n, entry in enumerate(entries):
        key = entry["outlet"]
        outlet = outlets.get(key)
        source = sources[n % len(sources)]
        age = entry["verified_days_ago"]
        contact, _created = PressContact.objects.update_or_create(
            email=email_for(
                entry["first_name"], entry["last_name"], outlet_data[key]["domain"] if key else None
            ),
            defaults={
                "first_name": entry["first_name"],
                "last_name": entry["last_name"],
                "outlet": outlet,
                "role": entry["role"],
                "phone": f"04 92 {40 + n:02d} {10 + n % 80:02d} {n * 7 % 100:02d}",
                "languages": entry["languages"],
                "status": entry["status"],
                "source": source["source"],
                "lawful_basis": source["lawful_basis"],
                "added_for": organisations.get(entry["added_for"]),
                "last_verified_at": None if age is None else now - timedelta(days=age),
            },
        )
        contact.beats.set([themes[s] for s in entry["beats"] if s in themes])
        contact.territories.set(
            [territories[s] for s in entry["territories"] if s in territories]
            or (list(outlet.territories.all()) if outlet else [])
        )
        created_at = now - timedelta(days=(age or 30) + 60)
        PressContact.objects.filter(pk=contact.pk).update(created_at=created_at)
        if entry["status"] == ContactStatus.OBJECTED:
            SuppressedAddress.suppress(contact.email, SuppressionReason.OBJECTED)
        contacts.append(contact)
    return contacts


@transaction.atomic
def build_pitches():
    """The shared contact log of pitches.yaml (after the demo accounts, who logged them);
    idempotent: a pitch is found again by its contact and subject."""
    from django.contrib.auth import get_user_model

    entries = load_demo_data(__name__, "pitches", translated=False)
    contacts = {
        c.last_name: c
        for c in PressContact.objects.filter(last_name__in={e["contact"] for e in entries})
    }
    users = {
        u.username: u
        for u in get_user_model().objects.filter(username__in={e["by"] for e in entries})
    }
    organisations = {
        page.slug: page
        for page in OrganisationPage.objects.in_default_language().filter(
            slug__in={e["organisation"] for e in entries}
        )
    }
    today = timezone.localdate()
    for entry in entries:
        if entry["contact"] not in contacts:
            continue
        Pitch.objects.update_or_create(
            contact=contacts[entry["contact"]],
            subject=entry["subject"],
            defaults={
                "pitched_on": today - timedelta(days=entry["days_ago"]),
                "result": entry["result"],
                "organisation": organisations.get(entry["organisation"]),
                "pitched_by": users.get(entry["by"]),
            },
        )


def build_activity():
    """A proposed correction waiting for an editor and a press release ready to send
    (activity.yaml); idempotent: found again by their contact and author, or subject."""
    from django.contrib.auth import get_user_model

    data = load_demo_data(__name__, "activity", translated=False)
    users = {u.username: u for u in get_user_model().objects.all()}
    for entry in data["corrections"]:
        contact = PressContact.objects.filter(last_name=entry["contact"]).first()
        if contact is None:
            continue
        ContactChange.objects.update_or_create(
            contact=contact,
            proposed_by=users.get(entry["by"]),
            status=ChangeStatus.PENDING,
            defaults={"changes": entry["changes"], "comment": entry["comment"]},
        )
    themes = {t.slug: t for t in Theme.objects.all()}
    territories = {t.slug: t for t in Territory.objects.all()}
    for entry in data["mailings"]:
        mailing, _created = PressMailing.objects.update_or_create(
            subject=entry["subject"],
            defaults={
                "message": entry["message"],
                "organisation": OrganisationPage.objects.in_default_language()
                .filter(slug=entry["organisation"])
                .first(),
                "created_by": users.get(entry["by"]),
            },
        )
        mailing.beats.set([themes[s] for s in entry["beats"]])
        mailing.territories.set([territories[s] for s in entry["territories"]])

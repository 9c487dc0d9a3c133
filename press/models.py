"""The pooled press contact book: outlets, contacts, suppressed addresses and the export log.

None of these is a page, none is indexed for search: the book is only ever reached through the
Wagtail admin, by users holding the press permissions (see press/wagtail_hooks.py)."""

import hashlib
import secrets
from datetime import timedelta

from django.conf import settings
from django.db import models
from django.db.models import Q
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

VERIFY_AFTER_DAYS = 365
RETENTION_DAYS = 3 * 365
ERASURE_WARNING_DAYS = 30


def normalise_email(address):
    """The form every address is stored and compared in: trimmed and lower-cased (the local part
    is case-sensitive in theory, never in practice, and two spellings must not make two
    contacts)."""
    return (address or "").strip().lower()


def email_hash(address):
    """The one-way hash kept for an address that must never come back (objection, erasure)."""
    return hashlib.sha256(normalise_email(address).encode()).hexdigest()


def verify_after():
    return timedelta(days=getattr(settings, "PRESS_VERIFY_AFTER_DAYS", VERIFY_AFTER_DAYS))


def retention():
    return timedelta(days=getattr(settings, "PRESS_RETENTION_DAYS", RETENTION_DAYS))


def by_user(verbose_name, blank=False):
    """Who did something to a record (kept when the account goes: then empty)."""
    return models.ForeignKey(
        settings.AUTH_USER_MODEL,
        verbose_name=verbose_name,
        null=True,
        blank=blank,
        editable=False,
        on_delete=models.SET_NULL,
        related_name="+",
    )


def member_organisation(verbose_name, help_text):
    """An optional link to the member organisation a record was made for."""
    return models.ForeignKey(
        "directory.OrganisationPage",
        verbose_name=verbose_name,
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
        help_text=help_text,
    )


def erasure_warning():
    """How long a contact stays flagged for deletion (the editors warned) before it is erased."""
    return timedelta(days=getattr(settings, "PRESS_ERASURE_WARNING_DAYS", ERASURE_WARNING_DAYS))


class OutletKind(models.TextChoices):
    PRESS = "press", _("Print press")
    RADIO = "radio", _("Radio")
    TV = "tv", _("Television")
    WEB = "web", _("Web media")
    AGENCY = "agency", _("News agency")


class MediaOutlet(models.Model):
    name = models.CharField(_("name"), max_length=200)
    kind = models.CharField(
        _("kind"), max_length=10, choices=OutletKind.choices, default=OutletKind.PRESS
    )
    website = models.URLField(_("website"), blank=True)
    email = models.EmailField(_("newsroom e-mail"), blank=True)
    phone = models.CharField(_("newsroom phone"), max_length=40, blank=True)
    territories = models.ManyToManyField(
        "core.Territory",
        verbose_name=_("territories covered"),
        blank=True,
        related_name="media_outlets",
    )
    created_at = models.DateTimeField(_("created at"), auto_now_add=True)
    updated_at = models.DateTimeField(_("updated at"), auto_now=True)

    class Meta:
        ordering = ["name"]
        verbose_name = _("media outlet")
        verbose_name_plural = _("media outlets")
        constraints = [
            models.UniqueConstraint(models.functions.Lower("name"), name="press_outlet_unique_name")
        ]

    def __str__(self):
        return self.name


class ContactStatus(models.TextChoices):
    ACTIVE = "active", _("Active")
    MOVED = "moved", _("Moved on")
    BOUNCED = "bounced", _("Bounced")
    OBJECTED = "objected", _("Objected: do not contact")


class LawfulBasis(models.TextChoices):
    LEGITIMATE_INTEREST = "legitimate_interest", _("Legitimate interest")
    CONSENT = "consent", _("Consent")
    PUBLIC_PROFESSIONAL = "public_professional", _("Professional details made public by the person")


class Language(models.TextChoices):
    FR = "fr", _("French")
    EN = "en", _("English")
    IT = "it", _("Italian")


class PressContactQuerySet(models.QuerySet):
    def for_listing(self):
        """What a listing row or an export line shows, in a fixed number of queries (related
        lists in plain attributes: read 20,000 times in an export, a manager costs)."""
        return self.select_related("outlet").prefetch_related(
            models.Prefetch("territories", to_attr="territory_list"),
            models.Prefetch("beats", to_attr="beat_list"),
        )

    def contactable(self):
        """Everyone who may be written to or exported: objected contacts never are."""
        return self.exclude(status=ContactStatus.OBJECTED)

    def to_verify(self, now=None):
        """Contacts nobody has confirmed for PRESS_VERIFY_AFTER_DAYS (never verified counts as
        due; a contact typed in or imported is verified that day). Objected contacts are not
        to be checked."""
        cutoff = (now or timezone.now()) - verify_after()
        return self.contactable().filter(
            Q(last_verified_at__lt=cutoff) | Q(last_verified_at__isnull=True)
        )

    def flagged_for_deletion(self, now=None):
        """Contacts unverified for PRESS_RETENTION_DAYS (counted from their creation when never
        verified): the retention rule says they should be erased or checked."""
        return self._unverified_since((now or timezone.now()) - retention())

    def expired(self, now=None):
        """Contacts flagged for deletion for PRESS_ERASURE_WARNING_DAYS and still unverified:
        the retention rule erases them (press.actions.erase_expired)."""
        return self._unverified_since((now or timezone.now()) - retention() - erasure_warning())

    def _unverified_since(self, cutoff):
        return self.filter(
            Q(last_verified_at__lt=cutoff) | Q(last_verified_at__isnull=True, created_at__lt=cutoff)
        )

    def with_address(self, address):
        """The contacts using `address` as their main or second e-mail."""
        address = normalise_email(address)
        return self.filter(Q(email=address) | Q(secondary_email=address))


class PressContact(models.Model):
    first_name = models.CharField(_("first name"), max_length=120, blank=True)
    last_name = models.CharField(_("last name"), max_length=120)
    outlet = models.ForeignKey(
        MediaOutlet,
        verbose_name=_("outlet"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="contacts",
    )
    role = models.CharField(_("role"), max_length=160, blank=True)
    beats = models.ManyToManyField(
        "core.Theme", verbose_name=_("beats"), blank=True, related_name="press_contacts"
    )
    territories = models.ManyToManyField(
        "core.Territory",
        verbose_name=_("territories covered"),
        blank=True,
        related_name="press_contacts",
    )
    email = models.EmailField(_("e-mail"), unique=True)
    secondary_email = models.EmailField(_("second e-mail"), blank=True)
    phone = models.CharField(_("phone"), max_length=40, blank=True)
    mobile = models.CharField(_("mobile phone"), max_length=40, blank=True)
    languages = models.JSONField(_("languages"), default=list, blank=True)
    notes = models.TextField(_("notes"), blank=True)
    contact_preferences = models.TextField(
        _("how they prefer to be contacted"),
        blank=True,
        help_text=_("In their own words: by e-mail only, not on Mondays, a phone call first…"),
    )
    status = models.CharField(
        _("status"), max_length=10, choices=ContactStatus.choices, default=ContactStatus.ACTIVE
    )
    added_by = by_user(_("added by"), blank=True)
    added_for = member_organisation(
        _("added for"),
        _("The member organisation this contact was first added for."),
    )
    source = models.CharField(
        _("source"),
        max_length=255,
        help_text=_("Where the details come from: a business card at a fair, file X, a website…"),
    )
    lawful_basis = models.CharField(
        _("lawful basis"),
        max_length=24,
        choices=LawfulBasis.choices,
        default=LawfulBasis.LEGITIMATE_INTEREST,
    )
    created_at = models.DateTimeField(_("created at"), auto_now_add=True)
    updated_at = models.DateTimeField(_("updated at"), auto_now=True)
    last_verified_at = models.DateTimeField(
        _("last verified at"), null=True, blank=True, editable=False
    )
    last_verified_by = by_user(_("last verified by"), blank=True)

    # The journalist's own record (press.self_update): the last link sent, and what it carries,
    # emptied once used so that a link works once.
    self_update_sent_at = models.DateTimeField(
        _("self-update link sent at"), null=True, blank=True, editable=False
    )
    self_update_nonce = models.CharField(max_length=32, blank=True, editable=False)
    # Hard bounces of mailings (press.mailings.record_bounce): at PRESS_HARD_BOUNCES the contact
    # is marked bounced.
    hard_bounces = models.PositiveSmallIntegerField(default=0, editable=False)

    objects = PressContactQuerySet.as_manager()

    class Meta:
        ordering = ["last_name", "first_name", "pk"]
        verbose_name = _("press contact")
        verbose_name_plural = _("press contacts")
        permissions = [
            ("verify_presscontact", "Can mark press contacts as verified"),
            ("export_presscontact", "Can export press contacts"),
        ]
        indexes = [
            models.Index(fields=["last_name", "first_name", "id"], name="press_contact_name"),
            models.Index(fields=["status"], name="press_contact_status"),
            models.Index(fields=["last_verified_at"], name="press_contact_verified"),
            models.Index(fields=["created_at"], name="press_contact_created"),
        ]
        constraints = [
            models.UniqueConstraint(
                fields=["secondary_email"],
                condition=~Q(secondary_email=""),
                name="press_contact_unique_secondary_email",
            )
        ]

    def __str__(self):
        return " ".join(part for part in (self.first_name, self.last_name) if part)

    def save(self, *args, **kwargs):
        self.email = normalise_email(self.email)
        self.secondary_email = normalise_email(self.secondary_email)
        super().save(*args, **kwargs)

    @property
    def addresses(self):
        return [a for a in (self.email, self.secondary_email) if a]

    @property
    def is_objected(self):
        return self.status == ContactStatus.OBJECTED

    def is_due(self, now=None):
        return not self.is_objected and (
            self.last_verified_at is None
            or self.last_verified_at < (now or timezone.now()) - verify_after()
        )

    # What listings, exports and the inspect view show; they read prefetched relations.

    def outlet_name(self):
        return self.outlet.name if self.outlet_id else ""

    outlet_name.short_description = _("outlet")
    outlet_name.admin_order_field = "outlet__name"

    def outlet_kind(self):
        return OutletKind(self.outlet.kind).label if self.outlet_id else ""

    outlet_kind.short_description = _("outlet kind")

    def status_label(self):
        return ContactStatus(self.status).label

    status_label.short_description = _("status")

    def shown_beats(self):
        """The beats, from the list for_listing prefetched when there is one."""
        beats = getattr(self, "beat_list", None)
        return beats if beats is not None else list(self.beats.all())

    def shown_territories(self):
        territories = getattr(self, "territory_list", None)
        return territories if territories is not None else list(self.territories.all())

    def beat_names(self):
        return ", ".join(sorted(str(theme) for theme in self.shown_beats()))

    beat_names.short_description = _("beats")

    def territory_names(self):
        return ", ".join(str(territory) for territory in self.shown_territories())

    territory_names.short_description = _("territories")

    def language_names(self):
        labels = dict(Language.choices)
        return ", ".join(str(labels.get(code, code)) for code in self.languages or [])

    language_names.short_description = _("languages")

    def email_display(self):
        """The address, unless the person objected: then nobody should copy it into a mail."""
        return _("do not contact") if self.is_objected else self.email

    email_display.short_description = _("e-mail")
    email_display.admin_order_field = "email"


class SuppressionReason(models.TextChoices):
    OBJECTED = "objected", _("Objection")
    ERASED = "erased", _("Erasure")
    # Erased by the retention rule: a file cannot bring the address back, a member who types
    # it in (and so vouches for it) can.
    EXPIRED = "expired", _("Unverified for too long")


# When an address is suppressed again, the stronger reason is kept.
STRENGTH = [SuppressionReason.EXPIRED, SuppressionReason.OBJECTED, SuppressionReason.ERASED]


class SuppressedAddress(models.Model):
    """An address that must never be added again, kept as a one-way hash only."""

    email_sha256 = models.CharField(_("SHA-256 of the e-mail"), max_length=64, unique=True)
    reason = models.CharField(_("reason"), max_length=10, choices=SuppressionReason.choices)
    created_at = models.DateTimeField(_("created at"), auto_now_add=True)

    class Meta:
        verbose_name = _("suppressed address")
        verbose_name_plural = _("suppressed addresses")

    def __str__(self):
        return f"{self.email_sha256[:12]}… ({self.get_reason_display()})"

    @classmethod
    def is_suppressed(cls, address):
        """Whether `address` objected or was erased on request (not by the retention rule)."""
        return (
            bool(address)
            and cls.objects.filter(email_sha256=email_hash(address))
            .exclude(reason=SuppressionReason.EXPIRED)
            .exists()
        )

    @classmethod
    def suppress(cls, address, reason):
        """Record `address` (the stronger reason wins: erasure over objection over expiry)."""
        entry, created = cls.objects.get_or_create(
            email_sha256=email_hash(address), defaults={"reason": reason}
        )
        if not created and STRENGTH.index(reason) > STRENGTH.index(entry.reason):
            entry.reason = reason
            entry.save(update_fields=["reason"])
        return entry


class ExportFormat(models.TextChoices):
    CSV = "csv", "CSV"
    XLSX = "xlsx", "XLSX"
    VCARD = "vcf", "vCard"


class PressExport(models.Model):
    """Who took which contacts out of the book, and when (accountability under the GDPR)."""

    user = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        verbose_name=_("user"),
        null=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    username = models.CharField(_("username"), max_length=150, blank=True)
    created_at = models.DateTimeField(_("exported at"), default=timezone.now, db_index=True)
    format = models.CharField(_("format"), max_length=4, choices=ExportFormat.choices)
    contact_count = models.PositiveIntegerField(_("contacts"))
    filters = models.TextField(_("filters"), blank=True)

    class Meta:
        ordering = ["-created_at", "-pk"]
        verbose_name = _("press export")
        verbose_name_plural = _("press exports")

    def __str__(self):
        return f"{self.username} · {self.get_format_display()} · {self.contact_count}"


class PitchResult(models.TextChoices):
    WAITING = "waiting", _("Waiting for an answer")
    PUBLISHED = "published", _("Published")
    DECLINED = "declined", _("Declined")
    NO_ANSWER = "no_answer", _("No answer")


class Pitch(models.Model):
    """The shared contact log: who pitched which contact, about what, when, with what result.
    Every member sees it, so that ten associations do not send the same journalist the same
    thing in the same week. A contact's erasure takes its pitches with it."""

    contact = models.ForeignKey(
        PressContact, verbose_name=_("contact"), on_delete=models.CASCADE, related_name="pitches"
    )
    subject = models.CharField(_("about"), max_length=200)
    pitched_on = models.DateField(_("date"), default=timezone.localdate)
    result = models.CharField(
        _("result"), max_length=20, choices=PitchResult.choices, default=PitchResult.WAITING
    )
    organisation = member_organisation(
        _("for"),
        _("The member organisation the pitch was made for."),
    )
    pitched_by = by_user(_("by"))
    created_at = models.DateTimeField(auto_now_add=True)

    class Meta:
        ordering = ["-pitched_on", "-pk"]
        verbose_name = _("pitch")
        verbose_name_plural = _("contact log")
        indexes = [
            models.Index(fields=["contact", "-pitched_on"], name="press_pitch_contact_date"),
            models.Index(fields=["-pitched_on", "-id"], name="press_pitch_date"),
        ]

    def __str__(self):
        return f"{self.pitched_on:%d/%m/%Y} · {self.contact} · {self.subject}"

    @property
    def by_name(self):
        user = self.pitched_by
        return (user.get_full_name() or user.get_username()) if user else "—"


class ChangeStatus(models.TextChoices):
    PENDING = "pending", _("Waiting for an editor")
    APPROVED = "approved", _("Approved")
    REJECTED = "rejected", _("Rejected")


class ContactChange(models.Model):
    """A correction a member proposes to a contact they may not change (one another member
    added): an editor approves it (it is applied then, as if typed in the contact's form) or
    rejects it. `changes` holds the new values of the changed fields only, as the form reads
    them (related objects by key)."""

    contact = models.ForeignKey(
        PressContact,
        verbose_name=_("contact"),
        on_delete=models.CASCADE,
        related_name="proposed_changes",
    )
    changes = models.JSONField(_("changes"))
    comment = models.TextField(
        _("why"), blank=True, help_text=_("Where the new details come from, for the editors.")
    )
    proposed_by = by_user(_("proposed by"))
    proposed_at = models.DateTimeField(_("proposed at"), auto_now_add=True)
    status = models.CharField(
        _("status"), max_length=10, choices=ChangeStatus.choices, default=ChangeStatus.PENDING
    )
    decided_by = by_user(_("decided by"))
    decided_at = models.DateTimeField(_("decided at"), null=True, editable=False)

    class Meta:
        ordering = ["-proposed_at", "-pk"]
        verbose_name = _("proposed correction")
        verbose_name_plural = _("proposed corrections")
        indexes = [models.Index(fields=["status", "-proposed_at"], name="press_change_status")]

    def __str__(self):
        return f"{self.contact} · {self.proposed_at:%d/%m/%Y}"

    @property
    def by_name(self):
        user = self.proposed_by
        return (user.get_full_name() or user.get_username()) if user else "—"

    by_name.fget.short_description = _("proposed by")


class PressMailing(models.Model):
    """A press release sent by e-mail to a segment of the book (press.mailings): every active
    contact that matches each chosen criterion (any of its values), never an objected, bounced,
    moved, erased or suppressed address. Each recipient gets their own message with a link to
    object; each send is written to the contact log."""

    subject = models.CharField(_("subject"), max_length=200)
    message = models.TextField(
        _("message"),
        help_text=_(
            "Plain text. The link to the press release and, for each journalist, a link to stop "
            "receiving mail are added below it."
        ),
    )
    page = models.ForeignKey(
        "wagtailcore.Page",
        verbose_name=_("press release"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
        help_text=_("The published press release the message links to."),
    )
    organisation = member_organisation(
        _("for"),
        _("The member organisation it is sent for (written in the contact log)."),
    )
    beats = models.ManyToManyField(
        "core.Theme", verbose_name=_("beats"), blank=True, related_name="+"
    )
    territories = models.ManyToManyField(
        "core.Territory", verbose_name=_("territories covered"), blank=True, related_name="+"
    )
    outlet_kinds = models.JSONField(_("outlet kinds"), default=list, blank=True)
    languages = models.JSONField(_("languages"), default=list, blank=True)
    created_by = by_user(_("written by"))
    created_at = models.DateTimeField(_("created at"), auto_now_add=True)
    # set when a member asks to send it: the task worker sends it then (press.tasks)
    queued_at = models.DateTimeField(_("send asked at"), null=True, editable=False)
    sent_at = models.DateTimeField(_("sent at"), null=True, editable=False)
    sent_by = by_user(_("sent by"))
    recipient_count = models.PositiveIntegerField(_("recipients"), default=0, editable=False)

    class Meta:
        ordering = ["-created_at", "-pk"]
        verbose_name = _("press mailing")
        verbose_name_plural = _("press mailings")
        permissions = [("send_pressmailing", "Can send press mailings")]

    def __str__(self):
        return self.subject

    def recipients(self):
        """The contacts this mailing goes to (suppressed addresses are left out when sending)."""
        contacts = PressContact.objects.filter(status=ContactStatus.ACTIVE)
        if self.pk and self.beats.exists():
            contacts = contacts.filter(beats__in=self.beats.all())
        if self.pk and self.territories.exists():
            contacts = contacts.filter(territories__in=self.territories.all())
        if self.outlet_kinds:
            contacts = contacts.filter(outlet__kind__in=self.outlet_kinds)
        if self.languages:
            spoken = Q()
            for code in self.languages:
                spoken |= Q(languages__icontains=f'"{code}"')
            contacts = contacts.filter(spoken)
        return PressContact.objects.filter(pk__in=contacts.values("pk"))


class PressToken(models.Model):
    """A journalist's personal access to the embargoed press releases (press.embargo): a private
    page and RSS feed at an address only they know. Only a hash of the key is kept (the address
    is shown once, when the token is made); a revoked token opens nothing any more."""

    name = models.CharField(
        _("for"), max_length=200, help_text=_("The journalist or newsroom it was given to.")
    )
    contact = models.ForeignKey(
        PressContact,
        verbose_name=_("contact"),
        null=True,
        blank=True,
        on_delete=models.CASCADE,
        related_name="tokens",
    )
    beats = models.ManyToManyField(
        "core.Theme",
        verbose_name=_("beats"),
        blank=True,
        related_name="+",
        help_text=_("Only the releases about these subjects; none ticked: every release."),
    )
    key_sha256 = models.CharField(max_length=64, unique=True, editable=False)
    key_start = models.CharField(_("key"), max_length=8, editable=False)
    revoked = models.BooleanField(_("revoked"), default=False)
    revoked_at = models.DateTimeField(_("revoked at"), null=True, editable=False)
    created_by = by_user(_("made by"))
    created_at = models.DateTimeField(_("created at"), auto_now_add=True)
    last_used_at = models.DateTimeField(_("last used at"), null=True, editable=False)

    class Meta:
        ordering = ["name", "pk"]
        verbose_name = _("press access")
        verbose_name_plural = _("press accesses")

    def __str__(self):
        return f"{self.name} ({self.key_start}…)"

    def save(self, *args, **kwargs):
        if self.revoked and self.revoked_at is None:
            self.revoked_at = timezone.now()
        super().save(*args, **kwargs)

    @staticmethod
    def hash(key):
        return hashlib.sha256(key.encode()).hexdigest()

    def new_key(self):
        """A new key (the old one, if any, stops working): returned once, only its hash kept."""
        key = secrets.token_urlsafe(24)
        self.key_sha256, self.key_start = self.hash(key), key[:6]
        return key

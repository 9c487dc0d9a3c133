"""iCalendar in: a member's calendar (an uploaded file or a subscribed URL) becomes events of
the agenda, kept in sync.

The rules:
- an event is identified by its organisation and its UID (the organisation's default-language
  page; translations never take the identity), not by the file or URL it came through: the
  same calendar uploaded under another name, or subscribed to, updates the same events, which
  then belong to the source that brought them last. A RECURRENCE-ID is a moved or cancelled
  date of its series (an OccurrenceChange), never a separate event;
- a re-import updates only what changed (the hash of what we import), so an unchanged calendar
  writes nothing: no page, no revision;
- a field changed on the site is kept until the calendar changes that same field (each page
  keeps a short hash of every value the calendar gave); the fields the calendar never gives
  (themes, audience, price, image…) are never touched;
- what the import changes goes through the same moderation as a new event: a source that does
  not publish directly saves a revision and starts (or continues) the review workflow; one
  that does publishes it. The import checks nobody's page permissions: who may import into
  which organisation, and whether it publishes directly, is decided where the import is asked
  for (the upload form, the source's form, "sync now");
- an event gone from its source is unpublished (never deleted): at once when the source
  publishes directly, after an editor's approval otherwise (the approval takes it offline);
  a UID the parser skipped (a bad date…) is left as it was, and so are the events that ended
  before the window the parser reads. Someone who publishes again by hand an event its calendar
  dropped makes it the site's own (EventPageForm): no source drops it again, until the calendar
  lists it again;
- the place: the LOCATION (then GEO) is matched against the department's communes; unknown
  gives no commune and the LOCATION text stays the venue. The price is never guessed: an
  imported event's "free" is unknown;
- the whole import runs in one transaction: a rejected input changes nothing, not even the
  source row of a new upload; an event that does not validate is skipped and reported;
- only plain text comes in (HTML tags stripped, text bounded), links only in http(s);
  private and confidential events, and SECONDLY / MINUTELY rules, are refused
  (agenda/ical/parser.py).
"""

import hashlib
import json
import math
import re
import unicodedata
from dataclasses import dataclass, field
from datetime import UTC, date, datetime

from django.core.exceptions import FieldDoesNotExist, ValidationError
from django.db import DatabaseError, transaction
from django.utils.translation import gettext as _

from wagtail.actions.unpublish_page import UnpublishPageAction
from wagtail.models import Locale, WorkflowState

from agenda.ical.parser import CalendarImportError, parse_calendar
from agenda.models import (
    AgendaPage,
    CalendarSource,
    EventPage,
    OccurrenceChange,
    source_field_label,
)
from core.models import Commune

__all__ = [
    "CalendarImportError",
    "ImportItem",
    "ImportReport",
    "import_calendar",
    "parse_calendar",
    "take_down_withdrawn",
]

# Part of every page's import hash: bump it when the same calendar should give other values
# (a new rule for the commune, the price…), so that the next import applies them once.
IMPORT_RULES = "2"
COMMUNE_RADIUS_KM = 5


# The report ---------------------------------------------------------------------------------


@dataclass(eq=False)
class ImportItem:
    """One event of the report: what it is (title, dates, place) and what happens to it."""

    title: str
    uid: str = ""
    action: str = ""
    start: datetime | None = None
    end: datetime | None = None
    all_day: bool = False
    repeats: bool = False
    venue: str = ""
    commune: str = ""
    changed: list = field(default_factory=list)  # names of the fields that change
    note: str = ""  # why it is skipped, or how it changes (after review…)

    def __str__(self):
        return self.title

    def __eq__(self, other):
        """An item reads as its title: `report.created == ["Atelier"]`."""
        if isinstance(other, str):
            return self.title == other
        if isinstance(other, ImportItem):
            return vars(self) == vars(other)
        return NotImplemented

    __hash__ = None

    @property
    def fields(self):
        """The labels of the fields that change, in the active language."""
        return [str(source_field_label(name)) for name in self.changed]

    @classmethod
    def of_event(cls, imported, commune=None, **extra):
        values = imported.fields
        return cls(
            title=values.get("title", ""),
            uid=imported.uid,
            start=values.get("start"),
            end=values.get("end"),
            all_day=bool(values.get("all_day")),
            repeats=bool(values.get("rrule") or values.get("rdates")),
            venue=values.get("venue", ""),
            commune=commune.name if commune else "",
            **extra,
        )

    @classmethod
    def of_page(cls, page, **extra):
        return cls(
            title=page.title,
            uid=page.ical_uid,
            start=page.start,
            end=page.end,
            all_day=page.all_day,
            repeats=bool(page.rrule or page.rdates),
            venue=page.venue,
            commune=page.commune.name if page.commune_id else "",
            **extra,
        )


ACTIONS = ("created", "updated", "unpublished", "skipped", "unchanged")


@dataclass
class ImportReport:
    created: list = field(default_factory=list)
    updated: list = field(default_factory=list)
    unchanged: list = field(default_factory=list)
    unpublished: list = field(default_factory=list)
    skipped: list = field(default_factory=list)

    def add(self, action, item):
        item.action = action
        getattr(self, action).append(item)
        return item

    @property
    def changes(self):
        """Every event that changes or is skipped, in the order of ACTIONS (not the unchanged)."""
        return [item for action in ACTIONS[:-1] for item in getattr(self, action)]

    def summary(self):
        return _(
            "%(created)s created, %(updated)s updated, %(unchanged)s unchanged, "
            "%(unpublished)s unpublished, %(skipped)s skipped"
        ) % {
            "created": len(self.created),
            "updated": len(self.updated),
            "unchanged": len(self.unchanged),
            "unpublished": len(self.unpublished),
            "skipped": len(self.skipped),
        }


def _refused_item(entry):
    """An ImportItem of what the parser refused: (title, reason), (uid, title, reason), or an
    object with those attributes."""
    if isinstance(entry, ImportItem):
        return entry
    if isinstance(entry, tuple | list):
        uid, title, reason = entry if len(entry) == 3 else ("", *entry)
    else:
        uid, title, reason = (getattr(entry, name, "") for name in ("uid", "title", "reason"))
    return ImportItem(title=str(title), uid=str(uid or ""), note=str(reason))


# Places -------------------------------------------------------------------------------------

_SEPARATORS = r"[\s\-'’‘`´.]+"
_ARTICLES = {"l", "le", "la", "les"}
# A short form is the name cut before one of these ("Saint-Bonnet" for
# Saint-Bonnet-en-Champsaur), when no other commune has it and it is not an ordinary phrase.
_SHORT_FORM_CUTS = {"en", "sur", "les"}
_NOT_SHORT_FORMS = {"salle", "la salle", "chapelle", "la chapelle"}
# Names that are also ordinary words: only a capitalised mention counts.
_ORDINARY_WORDS = {"serres", "sorbiers", "neffes"}
# What may not follow a short form: it would be another, longer name ("Saint-Martin-d'Hères").
_CONTINUED = r"(?!\w|[\-'’]+\w|\s+(?:en|sur|les|le|la|de|des|du)\s+(?-i:[A-Z])|\s+[dl]['’])"


def _fold(text):
    """`text` without accents (case kept)."""
    decomposed = unicodedata.normalize("NFKD", text)
    return "".join(char for char in decomposed if not unicodedata.combining(char))


def _words(text):
    return [word for word in re.split(_SEPARATORS, _fold(text).lower()) if word]


def _pattern(words):
    abbreviated = {"saint": "(?:saint|st)", "sainte": "(?:sainte|ste)"}
    return _SEPARATORS.join(abbreviated.get(word, re.escape(word)) for word in words)


def _distance_km(lat1, lon1, lat2, lon2):
    phi1, phi2 = math.radians(lat1), math.radians(lat2)
    dphi, dlambda = phi2 - phi1, math.radians(lon2 - lon1)
    a = math.sin(dphi / 2) ** 2 + math.cos(phi1) * math.cos(phi2) * math.sin(dlambda / 2) ** 2
    return 6371 * 2 * math.asin(math.sqrt(a))


class CommuneMatcher:
    """The commune of an event from its LOCATION text and GEO: names matched without accents
    or case, on word boundaries, the longest first ("Saint-Bonnet-en-Champsaur" before a
    shorter name inside it), "St" for "Saint"; a postcode (05…) narrows the choice; several
    communes named: the nearest to GEO, else the last named (addresses end with the town).
    No name: the nearest commune within COMMUNE_RADIUS_KM of GEO. Nothing: None."""

    def __init__(self, communes):
        self.communes = list(communes)
        names, short_forms = {}, {}
        for commune in self.communes:
            words = _words(commune.name)
            names[" ".join(words)] = commune
            forms = [words]
            if words[0] in _ARTICLES and len(words) > 2:
                forms.append(words[1:])
            for form in list(forms):
                cut = next(
                    (i for i, word in enumerate(form[1:], start=1) if word in _SHORT_FORM_CUTS),
                    None,
                )
                if cut:
                    forms.append(form[:cut])
                if form[-2:] == ["le", "lac"]:
                    forms.append(form[:-2])
            for form in forms[1:]:
                key = " ".join(form)
                if key in short_forms and short_forms[key] != commune:
                    short_forms[key] = None  # two communes: not a name of either
                else:
                    short_forms.setdefault(key, commune)
        self.by_key = dict(names)
        alternatives = [(key, _pattern(key.split()) + r"(?!\w)") for key in names]
        for key, commune in short_forms.items():
            if commune is not None and key not in names and key not in _NOT_SHORT_FORMS:
                self.by_key[key] = commune
                alternatives.append((key, _pattern(key.split()) + _CONTINUED))
        alternatives.sort(key=lambda pair: (-len(pair[0]), pair[0]))
        self.keys = [key for key, _pattern_ in alternatives]
        body = "|".join(f"(?P<n{i}>{pattern})" for i, (_key, pattern) in enumerate(alternatives))
        self.regex = re.compile(rf"(?<![\w\-'’])(?:{body})", re.IGNORECASE)

    def named(self, text):
        """[(position, commune)] of the communes `text` names, in order."""
        folded = _fold(text or "")
        found = []
        for match in self.regex.finditer(folded):
            key = self.keys[int(match.lastgroup[1:])]
            if key in _ORDINARY_WORDS and not match.group()[0].isupper():
                continue
            found.append((match.start(), self.by_key[key]))
        return found

    def nearest(self, latitude, longitude, among=None):
        candidates = self.communes if among is None else among
        distance, commune = min(
            ((_distance_km(latitude, longitude, c.latitude, c.longitude), c) for c in candidates),
            key=lambda pair: pair[0],
            default=(None, None),
        )
        return commune, distance

    def match(self, text, latitude=None, longitude=None):
        geo = latitude is not None and longitude is not None
        named = [commune for _position, commune in self.named(text)]
        codes = set(re.findall(r"(?<!\d)(05\d{3})(?!\d)", text or ""))
        if codes:
            with_code = [commune for commune in named if commune.postcode in codes]
            if with_code:
                named = with_code
            elif not named:
                by_code = [c for c in self.communes if c.postcode in codes]
                if len(by_code) == 1:
                    return by_code[0]
                named = by_code if geo else []
        distinct = list(dict.fromkeys(named))
        if len(distinct) == 1:
            return distinct[0]
        if distinct:
            return self.nearest(latitude, longitude, distinct)[0] if geo else named[-1]
        if geo:
            commune, distance = self.nearest(latitude, longitude)
            if commune is not None and distance <= COMMUNE_RADIUS_KM:
                return commune
        return None


# What the calendar gave, field by field ------------------------------------------------------


def _plain(value):
    """`value` as JSON data that compares equal when the value is the same."""
    if isinstance(value, datetime):
        return value.astimezone(UTC).isoformat()
    if isinstance(value, date):
        return value.isoformat()
    if isinstance(value, list | tuple):
        return [_plain(item) for item in value]
    if isinstance(value, dict):
        return {key: _plain(item) for key, item in value.items()}
    if hasattr(value, "pk"):
        return value.pk
    return value


def _fingerprint(value):
    data = json.dumps(_plain(value), sort_keys=True, default=str).encode()
    return hashlib.blake2b(data, digest_size=8).hexdigest()


CHANGE_KEYS = ("original_start", "cancelled", "new_start", "new_end")
_CONTROL_CHARACTERS = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f]")


def _changes_of(changes):
    """Moved or cancelled dates as plain dicts, one per original date (the last one given)."""
    by_start = {}
    for change in changes:
        by_start[_plain(change["original_start"])] = {key: change.get(key) for key in CHANGE_KEYS}
    return [by_start[key] for key in sorted(by_start)]


def _current(page, name):
    if name == "occurrence_changes":
        return _changes_of(
            {key: getattr(change, key) for key in CHANGE_KEYS}
            for change in page.occurrence_changes.all()
        )
    if name == "commune":
        return page.commune_id
    return getattr(page, name)


def _set(page, name, value):
    if name == "occurrence_changes":
        page.occurrence_changes = [OccurrenceChange(**change) for change in value]
    else:
        setattr(page, name, value)


def _error_text(error):
    """A ValidationError as "field: message; …" (the field's label), else its text."""
    if isinstance(error, DatabaseError):
        return _("it could not be saved (%(error)s)") % {"error": str(error).strip()[:200]}
    if not isinstance(error, ValidationError):
        return str(error)
    if not hasattr(error, "error_dict"):
        return "; ".join(error.messages)
    parts = []
    for name, messages in error.message_dict.items():
        try:
            label = str(EventPage._meta.get_field(name).verbose_name)
        except FieldDoesNotExist:  # NON_FIELD_ERRORS
            label = ""
        parts.extend(f"{label}: {message}" if label else message for message in messages)
    return "; ".join(parts)


# Importing ----------------------------------------------------------------------------------


def home_organisation(organisation):
    """The organisation's page in the default language: imports and identity live there."""
    default = Locale.get_default()
    if organisation.locale_id == default.pk:
        return organisation
    return organisation.get_translation_or_none(default) or organisation


def agenda_for(organisation):
    agenda = AgendaPage.objects.filter(locale_id=organisation.locale_id).first()
    if agenda is None:
        raise CalendarImportError(_("There is no agenda page to import events into."))
    return agenda


def import_calendar(data, source, *, publish=None, dry_run=False, user=None, now=None):
    """Bring the events of `source`'s organisation in line with the calendar `data`. Returns
    an ImportReport; raises CalendarImportError (and changes nothing) when the input is
    rejected. `source` may be unsaved (a new upload): it is saved with the import, and not at
    all if the import is rejected or a dry run."""
    parsed = parse_calendar(data, now=now)
    events, refused = parsed
    # Not in the file as the agenda reads it, yet not gone: events that could not be read
    # (the agenda keeps its copy) and those that ended before the window (not read at all).
    kept = set(getattr(parsed, "unreadable", ())) | set(getattr(parsed, "left_out", ()))
    publish = source.publish_directly if publish is None else publish
    with transaction.atomic():
        importer = _Importer(source, publish=publish, dry_run=dry_run, user=user)
        for entry in refused:
            importer.report.add("skipped", _refused_item(entry))
        importer.run(events, kept)
        if dry_run:
            transaction.set_rollback(True)
    return importer.report


class _Importer:
    # What the comparison needs, nothing more: an unchanged calendar loads no page.
    COMPARED = (
        "id",
        "title",
        "live",
        "ical_uid",
        "import_hash",
        "source_id",
        "source_withdrawn",
        "first_published_at",
        "latest_revision_id",
    )

    def __init__(self, source, *, publish, dry_run, user):
        self.source, self.publish, self.dry_run, self.user = source, publish, dry_run, user
        self.organisation = home_organisation(source.organisation)
        self.agenda = agenda_for(self.organisation)
        self.report = ImportReport()
        self._matcher = None

    @property
    def matcher(self):
        if self._matcher is None:
            self._matcher = CommuneMatcher(Commune.objects.all())
        return self._matcher

    def run(self, events, kept):
        if self.source.pk is None and not self.dry_run:
            self.source.save()
        existing = {
            page.ical_uid: page
            for page in EventPage.objects.filter(import_organisation=self.organisation).only(
                *self.COMPARED
            )
        }
        moved = []
        for imported in events:
            page = existing.pop(imported.uid, None)
            key = hashlib.sha256(f"{IMPORT_RULES}|{imported.digest}".encode()).hexdigest()
            if page is None:
                self.create(imported, key)
            elif page.import_hash == key and not page.source_withdrawn:
                if self.source.pk and page.source_id != self.source.pk:
                    moved.append(page.pk)
                if self.publish and not page.live and page.first_published_at is None:
                    self.publish_waiting(imported, page)
                else:
                    self.report.add("unchanged", ImportItem.of_event(imported))
            else:
                self.update(imported, key, page)
        if moved:
            EventPage.objects.filter(pk__in=moved).update(source=self.source)
        for page in existing.values():
            # Another channel's events, and the ones kept by the parser, are not ours to drop.
            if self.source.pk and page.source_id == self.source.pk and page.ical_uid not in kept:
                self.withdraw(page)
        if not self.dry_run:
            count = EventPage.objects.filter(
                source=self.source, import_organisation__isnull=False, source_withdrawn=False
            ).count()
            CalendarSource.objects.filter(pk=self.source.pk).update(event_count=count)
            self.source.event_count = count

    # the three ways an event changes

    def values_of(self, imported):
        # control characters have no place in the agenda (and PostgreSQL refuses a NUL)
        values = {
            name: _CONTROL_CHARACTERS.sub("", value) if isinstance(value, str) else value
            for name, value in imported.fields.items()
        }
        values["commune"] = self.matcher.match(
            values.get("venue", ""), values.get("latitude"), values.get("longitude")
        )
        values["occurrence_changes"] = _changes_of(imported.changes)
        return values

    def create(self, imported, key):
        values = self.values_of(imported)
        page = EventPage(
            slug=self.agenda.free_slug(values["title"]),
            locale_id=self.agenda.locale_id,
            source=self.source if self.source.pk else None,
            import_organisation=self.organisation,
            ical_uid=imported.uid,
            import_hash=key,
            import_fields={name: _fingerprint(value) for name, value in values.items()},
            owner=self.user,
            live=False,
            free=None,  # the calendar does not say
        )
        for name, value in values.items():
            _set(page, name, value)
        page.organisers.set([self.organisation])
        item = ImportItem.of_event(imported, values["commune"])
        try:
            with transaction.atomic():
                self.agenda.add_child(instance=page)
                revision = page.save_revision(user=self.user, log_action=True)
                page.import_revision_id = revision.pk
                EventPage.objects.filter(pk=page.pk).update(import_revision_id=revision.pk)
                self.go_public(page, revision)
        except (ValidationError, ValueError, DatabaseError) as error:
            # treebeard counted the child in memory; the savepoint took it back in the database
            self.agenda.numchild = (
                AgendaPage.objects.filter(pk=self.agenda.pk).values_list("numchild", flat=True)
            ).get()
            item.note = _error_text(error)
            self.report.add("skipped", item)
            return
        if not self.publish:
            item.note = _("waits for an editor's review")
        self.report.add("created", item)

    def update(self, imported, key, compared):
        page = EventPage.objects.get(pk=compared.pk)
        base = page.get_latest_revision_as_object() if page.latest_revision_id else page
        values = self.values_of(imported)
        hashes = {name: _fingerprint(value) for name, value in values.items()}
        previous = page.import_fields or {}
        edited = bool(page.import_revision_id) and page.latest_revision_id != (
            page.import_revision_id
        )
        item = ImportItem.of_event(imported, values["commune"])
        if edited and not previous:
            # imported before the import kept track of each field: nothing says what the
            # calendar changed, so the edit wins
            item.note = _("changed on the site since the last import; kept as edited")
            self.report.add("skipped", item)
            return
        from_calendar = [name for name in values if hashes[name] != previous.get(name)]
        changed = [
            name for name in from_calendar if _fingerprint(_current(base, name)) != hashes[name]
        ]
        bookkeeping = {
            "import_hash": key,
            "import_fields": hashes,
            "source_withdrawn": False,
            "source_id": self.source.pk or page.source_id,
        }
        if not changed and not page.source_withdrawn:
            EventPage.objects.filter(pk=page.pk).update(**bookkeeping)
            self.report.add("unchanged", item)
            return
        for name in changed:
            _set(base, name, values[name])
        for name, value in bookkeeping.items():
            setattr(base, name, value)
        try:
            with transaction.atomic():
                revision = base.save_revision(user=self.user, log_action=True)
                base.import_revision_id = revision.pk
                EventPage.objects.filter(pk=page.pk).update(
                    import_revision_id=revision.pk, **bookkeeping
                )
                self.go_public(base, revision)
        except (ValidationError, ValueError, DatabaseError) as error:
            item.note = _error_text(error)
            self.report.add("skipped", item)
            return
        item.changed = changed
        notes = []
        if page.source_withdrawn:
            notes.append(_("back in the calendar"))
        if len(changed) < len(values) and edited:
            notes.append(_("the changes made on the site to other fields are kept"))
        if not self.publish:
            notes.append(_("after an editor's review"))
        item.note = "; ".join(notes)
        self.report.add("updated", item)

    def publish_waiting(self, imported, compared):
        """An event that waits for review, imported again by a source that publishes."""
        if not self.dry_run:
            page = EventPage.objects.get(pk=compared.pk)
            page.get_latest_revision().publish(user=self.user, skip_permission_checks=True)
        self.report.add("updated", ImportItem.of_event(imported, note=_("published")))

    def withdraw(self, compared):
        if compared.source_withdrawn and not (compared.live and self.publish):
            return  # already done, or already waiting for the editors
        page = EventPage.objects.select_related("commune").get(pk=compared.pk)
        item = ImportItem.of_page(page)
        EventPage.objects.filter(pk=page.pk).update(source_withdrawn=True)
        page.source_withdrawn = True
        if not page.live:
            # a draft nobody published: its review, if any, has no object any more
            state = page.current_workflow_state
            if state is not None:
                if not self.dry_run:
                    state.cancel(user=self.user)
                item.note = _("its review is cancelled")
                self.report.add("unpublished", item)
            return
        if self.dry_run:
            pass
        elif self.publish:
            take_offline(page, self.user)
        else:
            self.submit(page)
        if not self.publish:
            item.note = _("after an editor's review")
        self.report.add("unpublished", item)

    # publishing, or the editors' review

    def go_public(self, page, revision):
        if self.dry_run:
            return  # a preview: no workflow started (nobody is e-mailed), nothing published
        if self.publish:
            revision.publish(user=self.user, skip_permission_checks=True)
        else:
            self.submit(page)

    def submit(self, page):
        """Start the review of `page`'s latest revision, or let the review under way (whose
        approval publishes the latest revision) go on."""
        state = page.current_workflow_state
        if state is None:
            workflow = page.get_workflow()
            if workflow is not None:
                workflow.start(page, self.user)
        elif state.status == WorkflowState.STATUS_NEEDS_CHANGES:
            state.resume(user=self.user)


def take_offline(page, user=None):
    """Unpublish an imported event and its translations (its source dropped it)."""
    pages = EventPage.objects.filter(translation_key=page.translation_key, live=True)
    for each in [page, *pages.exclude(pk=page.pk)]:
        if each.live:
            UnpublishPageAction(each, user=user).execute(skip_permission_checks=True)


def take_down_withdrawn(sender, instance, **kwargs):
    """page_published: the editors approved the withdrawal of an event its calendar dropped
    (the flag is the page's, kept by EventPage.with_content_json): take it offline."""
    if isinstance(instance, EventPage) and instance.source_withdrawn and instance.live:
        take_offline(EventPage.objects.get(pk=instance.pk))

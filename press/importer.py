"""CSV import of press contacts: read what spreadsheets and mail clients export, say row by row
what would happen, and write only when asked (one transaction).

One contact per address: a known address completes the existing contact (empty fields filled,
beats, territories and languages added, nothing overwritten); a suppressed address (objection,
erasure) is refused. Importing the same file twice changes nothing the second time."""

import csv
import functools
import io
import re
import unicodedata
from dataclasses import dataclass, field

from django.conf import settings
from django.core.exceptions import ValidationError
from django.core.validators import validate_email
from django.db import transaction
from django.db.models import Q
from django.utils import timezone, translation
from django.utils.translation import gettext as _

from wagtail.log_actions import log

from core.models import Territory, Theme
from press.exports import EXPORT_HEADINGS
from press.models import (
    Language,
    LawfulBasis,
    MediaOutlet,
    OutletKind,
    PressContact,
    SuppressedAddress,
    email_hash,
    normalise_email,
)

MAX_ROWS = 10_000
EMAIL_MAX_LENGTH = PressContact._meta.get_field("email").max_length
LIST_SEPARATORS = re.compile(r"[,;|/\n]+")

OUTCOMES = CREATE, MERGE, UNCHANGED, REFUSED, SKIPPED, ERROR = (
    "create",
    "merge",
    "unchanged",
    "refused",
    "skipped",
    "error",
)


class ImportFileError(Exception):
    """The file as a whole cannot be read; the message says why, for the person who sent it."""


def simplify(text):
    """Lower case, no accents, letters and digits only: "Téléphone (bureau)" → "telephonebureau"."""
    text = unicodedata.normalize("NFKD", str(text)).encode("ascii", "ignore").decode()
    return re.sub(r"[^a-z0-9]", "", text.lower())


# Header names seen in French and English spreadsheets, Outlook, Thunderbird and Google
# Contacts exports, and our own exports' headings, simplified.
HEADERS = {
    "email": [
        "email", "mail", "courriel", "adressemail", "adresseemail", "adressecourriel",
        "adresseelectronique", "emailaddress", "adressedemessagerie", "email1",
        "email1value", "primaryemail", "premiereadresseelectronique", "adresseemail1",
    ],
    "secondary_email": [
        "secondemail", "email2", "email2address", "email2value", "autreemail",
        "autreadresseemail", "secondaryemail", "otheremail", "adressedemessagerie2",
        "secondeadresseelectronique", "adresseemail2", "secondemail",
    ],
    "last_name": ["nom", "lastname", "nomdefamille", "surname", "familyname", "nomdenaissance"],
    "first_name": ["prenom", "firstname", "givenname", "prenoms"],
    "full_name": [
        "name", "fullname", "nomcomplet", "displayname", "nomaafficher", "contact",
        "nometprenom", "prenometnom", "journaliste",
    ],
    "outlet": [
        "media", "medias", "outlet", "journal", "redaction", "societe", "company",
        "organisation", "organization", "entreprise", "titre", "support",
    ],
    "outlet_kind": ["typedemedia", "outletkind", "kind", "typemedia", "mediatype"],
    "role": ["fonction", "role", "poste", "jobtitle", "job", "position"],
    "phone": [
        "telephone", "tel", "phone", "businessphone", "telephonebureau",
        "telephoneprofessionnel", "telephonetravail", "workphone", "phone1value",
    ],
    "mobile": [
        "mobile", "portable", "mobilephone", "telephonemobile", "telephoneportable",
        "cellphone", "mobilephone", "phone2value",
    ],
    "territories": ["territoire", "territoires", "territory", "territories", "vallee", "zone"],
    "beats": ["thematiques", "thematique", "themes", "theme", "beats", "beat", "rubrique",
              "rubriques", "sujets"],
    "languages": ["langues", "langue", "languages", "language"],
    "notes": ["notes", "note", "remarques", "remarque", "commentaire", "commentaires", "comments"],
    "source": ["source", "origine", "provenance"],
    "lawful_basis": ["baselegale", "lawfulbasis", "fondementjuridique"],
}  # fmt: skip
# Our own exports' columns, by the importer's field names.
EXPORTED_FIELDS = {
    "outlet_name": "outlet",
    "beat_names": "beats",
    "territory_names": "territories",
    "language_names": "languages",
}

CHAR_LIMITS = {
    name: PressContact._meta.get_field(name).max_length
    for name in ("first_name", "last_name", "role", "phone", "mobile", "source")
}
OUTLET_KIND_WORDS = {
    "presse": OutletKind.PRESS, "press": OutletKind.PRESS, "print": OutletKind.PRESS,
    "journal": OutletKind.PRESS, "quotidien": OutletKind.PRESS, "hebdo": OutletKind.PRESS,
    "radio": OutletKind.RADIO, "tv": OutletKind.TV, "tele": OutletKind.TV,
    "television": OutletKind.TV, "web": OutletKind.WEB, "internet": OutletKind.WEB,
    "site": OutletKind.WEB, "agence": OutletKind.AGENCY, "agency": OutletKind.AGENCY,
}  # fmt: skip
LANGUAGE_WORDS = {
    "fr": Language.FR, "francais": Language.FR, "french": Language.FR,
    "en": Language.EN, "anglais": Language.EN, "english": Language.EN,
    "it": Language.IT, "italien": Language.IT, "italian": Language.IT, "italiano": Language.IT,
}  # fmt: skip
MERGEABLE = ["first_name", "last_name", "role", "phone", "mobile", "notes"]
FORMULA_DEFUSED = re.compile(r"^'(?=[=+\-@\t\r])")


def in_every_language(labels):
    """{simplified label in each site language: value} for (value, lazy label) pairs."""
    found = {}
    for code, _name in settings.LANGUAGES:
        with translation.override(code):
            found.update({simplify(label): value for value, label in labels})
    return found


@functools.cache
def header_fields():
    """Simplified header → field: the aliases above, and our export's headings in every
    language, so that an exported file imports back."""
    fields = {alias: name for name, aliases in HEADERS.items() for alias in aliases}
    readable = [
        (EXPORTED_FIELDS.get(column, column), heading)
        for column, heading in EXPORT_HEADINGS.items()
        if EXPORTED_FIELDS.get(column, column) in HEADERS
    ]
    return {**in_every_language(readable), **fields}


@functools.cache
def outlet_kinds():
    return {**in_every_language(OutletKind.choices), **OUTLET_KIND_WORDS}


@functools.cache
def languages():
    return {**in_every_language(Language.choices), **LANGUAGE_WORDS}


@dataclass
class Row:
    number: int
    email: str = ""
    name: str = ""
    outcome: str = ""
    messages: list = field(default_factory=list)
    values: dict = field(default_factory=dict)
    outlet_name: str = ""
    outlet_kind: str = ""
    beats: list = field(default_factory=list)
    territories: list = field(default_factory=list)
    languages: list = field(default_factory=list)
    contact: PressContact | None = None
    changes: list = field(default_factory=list)


@dataclass
class ImportReport:
    columns: dict
    rows: list
    vocabulary: "Vocabulary | None" = None

    def count(self, outcome):
        return sum(1 for row in self.rows if row.outcome == outcome)

    @property
    def errors(self):
        return [row for row in self.rows if row.outcome == ERROR]

    @property
    def is_valid(self):
        return bool(self.rows) and not self.errors

    @property
    def has_changes(self):
        return any(row.outcome in (CREATE, MERGE) for row in self.rows)

    @property
    def new_outlets(self):
        """The outlets the import would create, by name."""
        known = self.vocabulary.outlets if self.vocabulary else {}
        names = {}
        for row in self.rows:
            wanted = row.outcome == CREATE or (row.outcome == MERGE and not row.contact.outlet_id)
            if wanted and row.outlet_name and simplify(row.outlet_name) not in known:
                names.setdefault(simplify(row.outlet_name), row.outlet_name)
        return sorted(names.values())

    def summary(self):
        counts = {outcome: self.count(outcome) for outcome in OUTCOMES}
        return (
            _(
                "%(create)d to create, %(merge)d to complete, %(unchanged)d already up to date, "
                "%(refused)d refused, %(skipped)d skipped, %(error)d with errors"
            )
            % counts
        )


# Reading the file ------------------------------------------------------------------------------


def decode(data):
    """The file's text: UTF-8 (with or without BOM), UTF-16 with BOM (Excel's "Unicode text"),
    otherwise Windows-1252 (Excel and Outlook on Windows)."""
    if not data.strip():
        raise ImportFileError(_("The file is empty."))
    if data.startswith(b"PK\x03\x04"):
        raise ImportFileError(
            _("This is a spreadsheet workbook, not a CSV file: save it as CSV first.")
        )
    if data.startswith((b"\xff\xfe", b"\xfe\xff")):
        return data.decode("utf-16")
    if b"\x00" in data[:4096]:
        raise ImportFileError(_("This is not a CSV file (it holds binary data)."))
    try:
        return data.decode("utf-8-sig")
    except UnicodeDecodeError:
        return data.decode("cp1252", errors="replace")


def delimiter(header_line):
    counts = {d: header_line.count(d) for d in (";", ",", "\t")}
    best = max(counts, key=counts.get)
    return best if counts[best] else ","


def read_table(data):
    """(columns, rows): columns maps our field names to column positions; rows are
    (line number, cells) of the non-empty lines after the header."""
    text = decode(data)
    lines = text.splitlines()
    first = next((line for line in lines if line.strip()), "")
    reader = csv.reader(io.StringIO(text), delimiter=delimiter(first))
    try:
        table = [(reader.line_num, cells) for cells in reader]
    except csv.Error as error:
        message = _("The file is not valid CSV: %(error)s") % {"error": error}
        raise ImportFileError(message) from None
    table = [(number, cells) for number, cells in table if any(c.strip() for c in cells)]
    if not table:
        raise ImportFileError(_("The file is empty."))
    (_number, header), rows = table[0], table[1:]
    columns = {}
    for position, heading in enumerate(header):
        name = header_fields().get(simplify(heading))
        if name and name not in columns:
            columns[name] = position
    if "email" not in columns:
        raise ImportFileError(
            _(
                "No e-mail column found. The first line must name the columns, one of them "
                "“E-mail”, “Email” or “Courriel”. Columns found: %(found)s."
            )
            % {"found": ", ".join(h for h in header if h.strip())[:300] or "—"}
        )
    if not rows:
        raise ImportFileError(_("The file has a header line but no contact."))
    if len(rows) > MAX_ROWS:
        raise ImportFileError(
            _("The file has %(count)d lines; %(limit)d at most, please split it.")
            % {"count": len(rows), "limit": MAX_ROWS}
        )
    return columns, rows


# Understanding one row -------------------------------------------------------------------------


class Vocabulary:
    """Territories, themes and outlets, looked up by slug or any of their names, simplified."""

    def __init__(self):
        self.territories = self._index(Territory.objects.all())
        self.themes = self._index(Theme.objects.all())
        self.outlets = {simplify(o.name): o for o in MediaOutlet.objects.all()}

    @staticmethod
    def _index(objects):
        index = {}
        for obj in objects:
            for key in (obj.slug, obj.name, obj.name_en, obj.name_it):
                if key:
                    index.setdefault(simplify(key), obj)
        return index


def split_list(value):
    return [item.strip() for item in LIST_SEPARATORS.split(value or "") if item.strip()]


def parse_address(value):
    """The addresses of a cell, in order ("Name <a@b.fr>" and "a@b.fr; c@d.fr" both happen)."""
    match = re.search(r"<([^>]+)>", value or "")
    if match:
        value = match.group(1)
    return [normalise_email(part) for part in re.split(r"[\s,;|]+", value or "") if part]


def split_full_name(full_name):
    """ "Prénom Nom" or "Nom, Prénom" → (first, last); one word is a last name."""
    if "," in full_name:
        last, first = (part.strip() for part in full_name.split(",", 1))
        return first, last
    parts = full_name.split(None, 1)
    return ("", parts[0]) if len(parts) == 1 else (parts[0], parts[1])


def read_row(number, cells, columns, vocabulary):
    def cell(name):
        position = columns.get(name)
        if position is None or position >= len(cells):
            return ""
        # What our own exports defused against formula injection reads back as it was.
        return FORMULA_DEFUSED.sub("", cells[position].strip())

    row = Row(number=number)
    addresses = parse_address(cell("email")) + parse_address(cell("secondary_email"))
    addresses = list(dict.fromkeys(addresses))  # unique, in order
    row.email = addresses[0] if addresses else ""
    first, last = cell("first_name"), cell("last_name")
    if not (first or last) and cell("full_name"):
        first, last = split_full_name(cell("full_name"))
    row.name = " ".join(p for p in (first, last) if p)
    row.values = {
        "first_name": first,
        "last_name": last,
        "role": cell("role"),
        "phone": cell("phone"),
        "mobile": cell("mobile"),
        "notes": cell("notes"),
        "source": cell("source"),
        "secondary_email": addresses[1] if len(addresses) > 1 else "",
    }
    if not row.email:
        return error(row, _("no e-mail address"))
    for address in (row.email, row.values["secondary_email"]):
        if address:
            try:
                validate_email(address)
                if len(address) > EMAIL_MAX_LENGTH:
                    raise ValidationError("too long")
            except ValidationError:
                message = _("“%(address)s” is not a valid e-mail address")
                return error(row, message % {"address": address})
    for name, limit in CHAR_LIMITS.items():
        if len(row.values[name]) > limit:
            label = PressContact._meta.get_field(name).verbose_name
            message = _("%(field)s is longer than %(limit)d characters")
            return error(row, message % {"field": label, "limit": limit})
    basis = simplify(cell("lawful_basis"))
    if basis:
        bases = {simplify(v): v for v in LawfulBasis.values}
        bases.update(in_every_language(LawfulBasis.choices))
        if basis in bases:
            row.values["lawful_basis"] = bases[basis]
        else:
            row.messages.append(_("unknown lawful basis ignored"))
    row.outlet_name = " ".join(cell("outlet").split())[:200]
    row.outlet_kind = outlet_kinds().get(simplify(cell("outlet_kind")), OutletKind.PRESS)
    row.territories = lookup(row, cell("territories"), vocabulary.territories, _("territory"))
    row.beats = lookup(row, cell("beats"), vocabulary.themes, _("beat"))
    for word in split_list(cell("languages")):
        code = languages().get(simplify(word))
        if code and code not in row.languages:
            row.languages.append(code)
    return row


def lookup(row, value, index, kind):
    found = []
    for item in split_list(value):
        obj = index.get(simplify(item))
        if obj is None:
            row.messages.append(
                _("unknown %(kind)s “%(value)s” ignored") % {"kind": kind, "value": item}
            )
        elif obj not in found:
            found.append(obj)
    return found


def error(row, message):
    row.outcome = ERROR
    row.messages.insert(0, message)
    return row


# Deciding what each row does -------------------------------------------------------------------


def analyse(data):
    """The report of what importing `data` would do; writes nothing."""
    columns, table = read_table(data)
    vocabulary = Vocabulary()
    rows = [read_row(number, cells, columns, vocabulary) for number, cells in table]
    addresses = {a for row in rows for a in (row.email, row.values.get("secondary_email")) if a}
    existing = {}
    for contact in (
        PressContact.objects.filter(Q(email__in=addresses) | Q(secondary_email__in=addresses))
        .select_related("outlet")
        .prefetch_related("beats", "territories")
    ):
        for address in contact.addresses:
            existing[address] = contact
    suppressed = set(
        SuppressedAddress.objects.filter(
            email_sha256__in=[email_hash(a) for a in addresses]
        ).values_list("email_sha256", flat=True)
    )
    claimed = {}  # address → the line that takes it
    for row in rows:
        if row.outcome != ERROR:
            decide(row, existing, suppressed, claimed)
    return ImportReport(columns=columns, rows=rows, vocabulary=vocabulary)


def decide(row, existing, suppressed, claimed):
    """Set the row's outcome: refused, skipped, create, merge (complete) or unchanged."""
    addresses = [a for a in (row.email, row.values["secondary_email"]) if a]
    if any(email_hash(a) in suppressed for a in addresses):
        row.outcome = REFUSED
        row.messages.insert(0, _("this person objected or was erased: never imported again"))
        return
    taken = next((claimed[a] for a in addresses if a in claimed), None)
    if taken is not None:
        fold_into(taken, row)
        row.outcome = SKIPPED
        message = _("same contact as line %(line)d: what it adds is imported there")
        row.messages.insert(0, message % {"line": taken.number})
        return
    contact = next((existing[a] for a in addresses if a in existing), None)
    # The row's address the contact does not have yet may become its second one, when no
    # other contact uses it.
    other = [a for a in addresses if contact is None or a not in contact.addresses]
    if contact is None:
        other = other[1:]
    row.values["secondary_email"] = ""
    for address in other:
        if address in existing:
            message = _("address %(address)s belongs to %(name)s, ignored")
            row.messages.append(message % {"address": address, "name": existing[address]})
        else:
            row.values["secondary_email"] = address
    claimed.update(dict.fromkeys([*addresses, *(contact.addresses if contact else [])], row))
    if contact is None:
        if not row.values["last_name"]:
            error(row, _("no name for a new contact"))
        else:
            row.outcome = CREATE
        return
    row.contact = contact
    if contact.is_objected:
        row.outcome = REFUSED
        row.messages.insert(0, _("this person objected: do not contact"))
        return
    compare_with_contact(row)


def compare_with_contact(row):
    """MERGE (with what the row adds to its known contact) or UNCHANGED, said first."""
    contact = row.contact
    row.changes = merge_changes(row, contact)
    if row.changes:
        row.outcome = MERGE
        message = _("completes %(name)s: %(fields)s")
        fields = ", ".join(str(label) for label in row.changes)
        row.messages.insert(0, message % {"name": contact, "fields": fields})
    else:
        row.outcome = UNCHANGED
        row.messages.insert(0, _("already in the book as %(name)s") % {"name": contact})


def fold_into(first, row):
    """A second line of the file with the same address: what it adds (empty fields, more beats,
    territories, languages, an outlet) completes the line that took the address first, so that
    nothing of it is lost; that line's outcome follows."""
    if first.outcome in (ERROR, REFUSED):
        return
    for name in MERGEABLE:
        if row.values.get(name) and not first.values.get(name):
            first.values[name] = row.values[name]
    if row.outlet_name and not first.outlet_name:
        first.outlet_name, first.outlet_kind = row.outlet_name, row.outlet_kind
    for name in ("beats", "territories", "languages"):
        setattr(first, name, list(dict.fromkeys([*getattr(first, name), *getattr(row, name)])))
    if first.contact is not None:
        first.messages.pop(0)  # what it said it does, said again below
        compare_with_contact(first)


def merge_changes(row, contact):
    """The labels of what the row adds to `contact`: only empty fields are filled."""
    meta = PressContact._meta
    changes = [
        meta.get_field(name).verbose_name
        for name in [*MERGEABLE, "secondary_email"]
        if row.values.get(name) and not getattr(contact, name)
    ]
    if row.outlet_name and not contact.outlet_id:
        changes.append(meta.get_field("outlet").verbose_name)
    if set(row.beats) - set(contact.beats.all()):
        changes.append(meta.get_field("beats").verbose_name)
    if set(row.territories) - set(contact.territories.all()):
        changes.append(meta.get_field("territories").verbose_name)
    if set(row.languages) - set(contact.languages or []):
        changes.append(meta.get_field("languages").verbose_name)
    return changes


# Writing ---------------------------------------------------------------------------------------


@transaction.atomic
def run_import(data, user, *, source, lawful_basis, added_for=None):
    """Analyse `data` again (the book may have changed since the preview) and write it in one
    transaction. Returns the report; writes nothing when the file has errors."""
    report = analyse(data)
    if not report.is_valid:
        return report
    outlets = report.vocabulary.outlets
    for row in report.rows:
        if row.outcome == CREATE:
            create_contact(row, user, outlets, source, lawful_basis, added_for)
        elif row.outcome == MERGE:
            complete_contact(row, user, outlets)
    return report


def outlet_for(row, outlets):
    if not row.outlet_name:
        return None
    key = simplify(row.outlet_name)
    if key not in outlets:
        outlets[key] = MediaOutlet.objects.create(name=row.outlet_name, kind=row.outlet_kind)
    return outlets[key]


def create_contact(row, user, outlets, source, lawful_basis, added_for):
    values = dict(row.values)
    contact = PressContact.objects.create(
        email=row.email,
        outlet=outlet_for(row, outlets),
        languages=row.languages,
        added_by=user,
        added_for=added_for,
        # The member who imports a file vouches for it today, as one who types a contact in
        # (press.forms): the import date, with the file's source, counts as a verification.
        last_verified_at=timezone.now(),
        last_verified_by=user,
        **{
            **values,
            "source": values["source"] or source,
            "lawful_basis": values.get("lawful_basis", lawful_basis),
        },
    )
    contact.beats.set(row.beats)
    contact.territories.set(row.territories)
    log(contact, "press.import", user=user)


def complete_contact(row, user, outlets):
    contact = row.contact
    for name in [*MERGEABLE, "secondary_email"]:
        if row.values.get(name) and not getattr(contact, name):
            setattr(contact, name, row.values[name])
    if row.outlet_name and not contact.outlet_id:
        contact.outlet = outlet_for(row, outlets)
    known = contact.languages or []
    contact.languages = [*known, *(code for code in row.languages if code not in known)]
    contact.save()
    contact.beats.add(*row.beats)
    contact.territories.add(*row.territories)
    log(
        contact,
        "press.import.merge",
        user=user,
        data={"fields": [str(label) for label in row.changes]},
    )

"""Contacts out of the book: vCard 3.0 for mail clients, the export log, and the cell values of
the CSV / XLSX exports (made by Wagtail's spreadsheet export, see press/views.py)."""

from django.http import StreamingHttpResponse
from django.utils.translation import gettext_lazy as _

from core.spreadsheets import safe_cell
from press.models import PressExport

VCARD_LINE_OCTETS = 75  # RFC 2425 §5.8.1: fold longer lines

# The columns of the CSV and XLSX exports (attributes of PressContact) and their headings;
# the importer reads these headings back, in every language.
EXPORT_HEADINGS = {
    "last_name": _("Last name"),
    "first_name": _("First name"),
    "email": _("E-mail"),
    "secondary_email": _("Second e-mail"),
    "phone": _("Phone"),
    "mobile": _("Mobile"),
    "outlet_name": _("Outlet"),
    "outlet_kind": _("Outlet kind"),
    "role": _("Role"),
    "beat_names": _("Beats"),
    "territory_names": _("Territories"),
    "language_names": _("Languages"),
    "status_label": _("Status"),
    "last_verified_at": _("Last verified"),
}


def spreadsheet_value(value):
    """Text defused against formula injection (dates and numbers cannot be formulas)."""
    return safe_cell(value) if isinstance(value, str) else value


def record_export(user, export_format, count, filters=""):
    return PressExport.objects.create(
        user=user,
        username=user.get_username(),
        format=export_format,
        contact_count=count,
        filters=filters,
    )


def _escape(value):
    """A vCard text value (RFC 2426 §5): backslash, comma, semicolon and newlines escaped, and
    defused like a spreadsheet cell, since mail clients export vCards to spreadsheets too."""
    text = str(safe_cell(value))
    for char, escaped in (("\\", "\\\\"), (",", "\\,"), (";", "\\;")):
        text = text.replace(char, escaped)
    return text.replace("\r\n", "\\n").replace("\n", "\\n").replace("\r", "\\n")


def _fold(line):
    """The line cut into chunks of at most 75 octets, never inside a UTF-8 character; the
    continuation lines start with a space."""
    chunks, current, size = [], "", 0
    for char in line:
        width = len(char.encode())
        limit = VCARD_LINE_OCTETS if not chunks else VCARD_LINE_OCTETS - 1
        if size + width > limit:
            chunks.append(current)
            current, size = "", 0
        current += char
        size += width
    chunks.append(current)
    return "\r\n ".join(chunks) + "\r\n"


def vcard(contact):
    lines = [
        "BEGIN:VCARD",
        "VERSION:3.0",
        f"N:{_escape(contact.last_name)};{_escape(contact.first_name)};;;",
        f"FN:{_escape(str(contact) or contact.email)}",
    ]
    if contact.outlet_id:
        lines.append(f"ORG:{_escape(contact.outlet.name)}")
    if contact.role:
        lines.append(f"TITLE:{_escape(contact.role)}")
    lines.append(f"EMAIL;TYPE=INTERNET,PREF:{_escape(contact.email)}")
    if contact.secondary_email:
        lines.append(f"EMAIL;TYPE=INTERNET:{_escape(contact.secondary_email)}")
    if contact.phone:
        lines.append(f"TEL;TYPE=WORK,VOICE:{_escape(contact.phone)}")
    if contact.mobile:
        lines.append(f"TEL;TYPE=CELL:{_escape(contact.mobile)}")
    beats = [str(theme) for theme in contact.shown_beats()]
    if beats:
        lines.append("CATEGORIES:" + ",".join(_escape(beat) for beat in sorted(beats)))
    lines.append("END:VCARD")
    return "".join(_fold(line) for line in lines)


def vcard_response(contacts, filename):
    """The contacts as one .vcf file, streamed card by card."""
    response = StreamingHttpResponse(
        (vcard(contact).encode() for contact in contacts),
        content_type="text/vcard; charset=utf-8",
    )
    response["Content-Disposition"] = f'attachment; filename="{filename}.vcf"'
    return response

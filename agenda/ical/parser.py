"""iCalendar in, the reading half: a calendar file (bytes) becomes plain ImportedEvent values,
or CalendarImportError with a message for the member. Nothing here writes to the database;
agenda/importer.py brings the agenda in line with what this reads.

How a file is read:
- bytes first: a UTF-8 or UTF-16 byte-order mark is honoured, content lines are unfolded on
  the bytes (a fold may split a UTF-8 character), CRLF, LF and CR line ends are all accepted;
- the file's structure (BEGIN / END) is checked as a whole: a file that is not iCalendar, or
  that stops before its END:VCALENDAR (cut off), is refused and nothing changes;
- only VEVENTs are read (VTODO, VJOURNAL, VFREEBUSY, alarms… are ignored), and in each only the
  properties the agenda uses: an event whose DTSTART, DTEND, RRULE… cannot be read is skipped
  and reported by its UID, the others are imported;
- only the window the agenda shows is imported: events that ended more than PAST_HORIZON ago,
  and series whose last date did, are left out and counted; the file is refused only when the
  window itself holds more than MAX_EVENTS events;
- times: TZID names an IANA zone, a Windows zone (Outlook's "Romance Standard Time") or a
  VTIMEZONE of the file; floating times are read in the calendar's X-WR-TIMEZONE, else in
  Europe/Paris; an event without end lasts an hour (a day when all-day); DURATION works as DTEND;
- text: plain text in, with real characters; HTML descriptions (Google) keep their line breaks
  and their links, written "text (https://…)"; private and confidential events, and SECONDLY /
  MINUTELY rules, are refused.

The summary rule: the description's first line becomes the event's summary when it fits
(MAX_SUMMARY characters), else its first sentences up to that length; the description keeps
only what follows. The page shows the summary then the description, and our own feed writes
DESCRIPTION as summary, blank line, description (agenda/ical/export.py): the member's text
appears once, in the order they wrote it, and reads back the same. A first sentence longer than
the summary is shortened with "…" there, and the description then keeps the whole text.

Icalendar's value parsers read every value, but not its component parser: that is several
times slower than the whole of this reading, and it would put a file's VTIMEZONEs in icalendar's
process-wide cache, where one member's definition of a zone would change how the next calendar
is read.
"""

import functools
import hashlib
import json
import re
import zoneinfo
from dataclasses import dataclass, field
from datetime import UTC, date, datetime, time, timedelta

from django.utils import timezone
from django.utils.formats import date_format
from django.utils.html import escape
from django.utils.translation import gettext as _

from dateutil.rrule import rrulestr
from icalendar import Timezone
from icalendar.parser.content_line import Contentline
from icalendar.prop import vDDDLists, vDDDTypes, vDuration, vGeo, vRecur
from icalendar.timezone import tzp
from icalendar.timezone.windows_to_olson import WINDOWS_TO_OLSON

from agenda.choices import Status
from agenda.dates import PARIS, local_midnight, normalised_rrule
from agenda.ical.export import calendar_text
from core.sanitize import http_url
from directory.sources import RejectedContent

MAX_TITLE = 255
MAX_SUMMARY = 300
MAX_DESCRIPTION = 5000
MAX_VENUE = 160
MAX_EVENTS = 5000
PAST_HORIZON = timedelta(days=30)
REFUSED_FREQUENCIES = {"SECONDLY", "MINUTELY"}
# A series with a longer COUNT is taken as still running rather than expanded to find its end.
MAX_COUNT_EXPANDED = 2000

# The properties of a VEVENT the agenda reads; the others are not even split.
READ = frozenset(
    {
        "CLASS",
        "DESCRIPTION",
        "DTEND",
        "DTSTART",
        "DURATION",
        "EXDATE",
        "GEO",
        "LAST-MODIFIED",
        "LOCATION",
        "RDATE",
        "RECURRENCE-ID",
        "RRULE",
        "SEQUENCE",
        "STATUS",
        "SUMMARY",
        "UID",
        "URL",
        "X-APPLE-STRUCTURED-LOCATION",
    }
)


class CalendarImportError(RejectedContent):
    """The input is not a calendar we can import; nothing was changed."""


@dataclass
class ImportedEvent:
    uid: str
    fields: dict
    changes: list = field(default_factory=list)
    # What the producer says of its version of the event (not part of the digest).
    sequence: int | None = None
    last_modified: datetime | None = None

    @property
    def digest(self):
        payload = json.dumps([self.fields, self.changes], sort_keys=True, default=str)
        return hashlib.sha256(payload.encode()).hexdigest()


@dataclass
class ParsedCalendar:
    """What a calendar file holds for the agenda. Unpacks as (events, refused)."""

    events: list  # ImportedEvent, one per event or series in the window
    refused: list  # (UID, title, reason) of each event not imported, for the report
    unreadable: set  # UIDs of events that could not be read: the agenda keeps its copy
    left_out: set  # UIDs of events that ended before the window: not read, not counted
    name: str = ""  # X-WR-CALNAME

    def __iter__(self):
        return iter((self.events, self.refused))


# Parsing ------------------------------------------------------------------------------------


def parse_calendar(data, now=None):
    """A ParsedCalendar of an iCalendar file (bytes), or CalendarImportError with a plain
    message when the file as a whole cannot be read (or its window is too big)."""
    now = now or timezone.now()
    cutoff = now - PAST_HORIZON
    calendar = _Structure(_content_lines(data))
    reader = _Reader(calendar)
    parsed = ParsedCalendar([], [], set(), set(), name=calendar.name)

    overrides = {}
    for block in calendar.overrides:
        uid = block.uid
        try:
            overrides.setdefault(uid, []).append(reader.change(block))
        except _Unreadable as problem:
            _refuse_unreadable(parsed, uid, block, problem)
    masters, unreadable = [], 0
    for block in calendar.masters:
        uid = block.uid
        if uid and uid in parsed.unreadable:  # one of its moved dates could not be read
            unreadable += 1
            continue
        try:
            timing = reader.timing(block)
        except _Unreadable as problem:
            unreadable += 1
            _refuse_unreadable(parsed, uid, block, problem)
            continue
        except _Refused as reason:
            parsed.refused.append((uid, _title(block), str(reason)))
            continue
        if not uid:
            parsed.refused.append(("", _title(block), _("no UID")))
            continue
        changes = overrides.get(uid, [])
        if timing.ends_before(cutoff) and not any(c.ends_after(cutoff) for c in changes):
            parsed.left_out.add(uid)
            continue
        masters.append((block, timing, changes))
    if calendar.masters and unreadable == len(calendar.masters):
        # Not one event could be read: a broken file, not a calendar that lost its events.
        raise CalendarImportError(
            _("The calendar file could not be read: %(error)s") % {"error": parsed.refused[0][2]}
        )
    for uid in overrides.keys() - {block.uid for block in calendar.masters}:
        if any(change.ends_after(cutoff) for change in overrides[uid]):
            parsed.refused.append(
                (uid, "", _("a moved or cancelled date of a series that is not in the file"))
            )

    if len(masters) > MAX_EVENTS:
        raise CalendarImportError(
            _(
                "This calendar has %(count)s events from %(since)s on: more than %(max)s, the "
                "most the agenda imports at a time (older events are left out on their own). "
                "Export a shorter period, or split the calendar in two (one per activity, for "
                "example), then import each file."
            )
            % {
                "count": len(masters),
                "since": date_format(timezone.localtime(cutoff, PARIS).date()),
                "max": MAX_EVENTS,
            }
        )
    for block, timing, changes in masters:
        klass = block.text("CLASS").upper() or "PUBLIC"
        if klass in {"PRIVATE", "CONFIDENTIAL"}:
            # Neither its title nor its UID: the report may be read by others, and a UID in
            # it would keep a copy published before the member made the event private.
            parsed.refused.append(("", "", _("private event")))
            continue
        if timing.frequency in REFUSED_FREQUENCIES:
            parsed.refused.append((block.uid, _title(block), _("repeats every second or minute")))
            continue
        parsed.events.append(_event(block, timing, changes, reader))
    return parsed


def _refuse_unreadable(parsed, uid, block, problem):
    """Report by its UID an event that cannot be read (by its title when it has no UID)."""
    if uid in parsed.unreadable:
        return
    if uid:
        parsed.unreadable.add(uid)
    parsed.refused.append((uid, _title(block), problem.reason()))


def _title(block):
    """The title of an event that is not imported, for the report."""
    return _one_line(block.text("SUMMARY"), 80)


class _Refused(Exception):
    pass


class _Unreadable(Exception):
    """A property of a VEVENT that we need, or one of its lines, cannot be read: the event is
    skipped. `name` is None for a line that is not a content line at all."""

    def __init__(self, name, value):
        super().__init__(name, value)
        self.name, self.value = name, value

    def reason(self):
        if self.name is None:
            return _("the line “%(line)s” could not be read") % {"line": self.value[:60]}
        return _("%(property)s could not be read (“%(value)s”)") % {
            "property": self.name,
            "value": self.value[:60],
        }


# Bytes and structure --------------------------------------------------------------------------

_FOLD = re.compile(rb"\r\n[ \t]|\n[ \t]|\r[ \t]")
_TEXT_FOLD = re.compile(r"\r\n[ \t]|\n[ \t]|\r[ \t]")
_LINE_END = re.compile(r"\r\n|\n|\r")


def _content_lines(data):
    """The unfolded content lines of the file, decoded."""
    if isinstance(data, str):
        data = data.encode("utf-8", "surrogatepass")
    if data.startswith((b"\xff\xfe", b"\xfe\xff")) or data[:4] in (b"B\x00E\x00", b"\x00B\x00E"):
        encoding = "utf-16" if data[:2] in (b"\xff\xfe", b"\xfe\xff") else None
        encoding = encoding or ("utf-16-le" if data[0] == ord("B") else "utf-16-be")
        text = _TEXT_FOLD.sub("", data.decode(encoding, "surrogatepass"))
        # a fold between the two halves of a surrogate pair leaves two lone halves: join them
        text = text.encode("utf-16-le", "surrogatepass").decode("utf-16-le", "replace")
    else:
        text = _FOLD.sub(b"", data.removeprefix(b"\xef\xbb\xbf")).decode("utf-8", "replace")
    return _LINE_END.split(text.lstrip("\ufeff"))


_NAME = re.compile(r"[A-Za-z0-9-]+(?=[;:])")
_LINE = re.compile(r"([A-Za-z0-9-]+)(?:;([^\":]*))?:")
_SIMPLE_PARAMETERS = re.compile(
    r"[ \t]*[A-Za-z0-9-]+[ \t]*=[^\";:,^\\]*(?:;[ \t]*[A-Za-z0-9-]+[ \t]*=[^\";:,^\\]*)*"
)


def _unescape(value):
    """TEXT unescaped as icalendar's unescape_backslash does (\\\\ \\, \\; \\: \\n \\N), without a
    Python call per escape: several times faster on descriptions full of commas."""
    parts = value.split("\\\\")
    for index, part in enumerate(parts):
        if "\\" in part:
            part = part.replace("\\n", "\n").replace("\\N", "\n").replace("\\,", ",")
            parts[index] = part.replace("\\;", ";").replace("\\:", ":")
    return "\\".join(parts)


def _split(line):
    """(NAME, {PARAMETER: value}, value) of a content line, the value unescaped as icalendar
    does. The usual line is split here; one with quoted or unusual parameters by icalendar."""
    match = _LINE.match(line)
    if match is not None and (not match[2] or _SIMPLE_PARAMETERS.fullmatch(match[2])):
        parameters = {}
        if match[2]:
            for part in match[2].split(";"):
                key, _sep, value = part.partition("=")
                parameters[key.strip().upper()] = value.strip()
        value = line[match.end() :]
        return match[1].upper(), parameters, _unescape(value) if "\\" in value else value
    name, parameters, value = Contentline(line).parts()
    return name.upper(), {key.upper(): value for key, value in parameters.items()}, value


class _Block:
    """The properties of one VEVENT that the agenda reads: NAME → [(parameters, value)]."""

    __slots__ = ("problems", "properties", "uid")

    def __init__(self):
        self.properties = {}
        self.problems = []
        self.uid = ""

    def add(self, line):
        match = _NAME.match(line)
        if match is None:
            self.problems.append(line)
            return
        if match[0].upper() in READ:
            try:
                name, parameters, value = _split(line)
            except ValueError:
                self.problems.append(line)
                return
            self.properties.setdefault(name, []).append((parameters, value))

    def first(self, name):
        values = self.properties.get(name)
        return values[0] if values else None

    def text(self, name):
        values = self.properties.get(name)
        return values[0][1].strip() if values else ""


class _Structure:
    """The file's components, its structure checked: the calendar's own properties, its
    VTIMEZONEs (as text, by TZID) and its VEVENTs (masters and RECURRENCE-ID overrides)."""

    def __init__(self, lines):
        self.properties = {}
        self.timezones = {}
        self.masters = []
        self.overrides = []
        self._master_at = {}
        self._read(lines)
        self.name = calendar_text(self.properties.get("X-WR-CALNAME", ""))[:120]

    def _read(self, lines):
        stack = []
        block = zone = None
        started = False
        for line in lines:
            if not line or line.isspace():
                continue
            head = line[:6].upper()
            if head == "BEGIN:":
                name = line[6:].strip().upper()
                if not stack and name != "VCALENDAR":
                    if not started:
                        raise CalendarImportError(_not_icalendar())
                    continue  # after the calendar: trailing junk
                started = True
                stack.append(name)
                if len(stack) == 2:
                    if name == "VEVENT":
                        block = _Block()
                    elif name == "VTIMEZONE":
                        zone = [line]
                elif zone is not None:
                    zone.append(line)
            elif head[:4] == "END:":
                name = line[4:].strip().upper()
                if not stack:
                    continue
                if stack[-1] != name:
                    raise CalendarImportError(
                        _("The calendar file could not be read: %(error)s")
                        % {"error": f"BEGIN:{stack[-1]} … END:{name}"}
                    )
                stack.pop()
                if zone is not None:
                    zone.append(line)
                if len(stack) == 1:
                    if block is not None:
                        self._add_event(block)
                    elif zone is not None:
                        self._add_timezone(zone)
                    block = zone = None
            elif not started:
                raise CalendarImportError(_not_icalendar())
            elif len(stack) == 2 and block is not None:
                block.add(line)
            elif zone is not None:
                zone.append(line)
            elif len(stack) == 1:
                match = _NAME.match(line)
                if match and match[0].upper() in {"X-WR-TIMEZONE", "X-WR-CALNAME"}:
                    try:
                        name, _parameters, value = _split(line)
                    except ValueError:
                        continue
                    self.properties[name] = value.strip()
        if not started:
            raise CalendarImportError(_not_icalendar())
        if stack:
            raise CalendarImportError(
                _(
                    "The calendar file is incomplete: it stops before its end (END:VCALENDAR), "
                    "probably cut off during the download or the export. Export the calendar "
                    "again and import the new file; nothing was changed."
                )
            )

    def _add_event(self, block):
        uid = block.text("UID")[:255]
        block.uid = uid
        if block.first("RECURRENCE-ID") is not None and uid:
            self.overrides.append(block)
        elif uid in self._master_at:  # the same UID twice: the last one counts, as before
            self.masters[self._master_at[uid]] = block
        else:
            if uid:
                self._master_at[uid] = len(self.masters)
            self.masters.append(block)

    def _add_timezone(self, lines):
        for line in lines:
            if line[:4].upper() == "TZID":
                try:
                    name, _parameters, value = _split(line)
                except ValueError:
                    return
                if name == "TZID":
                    self.timezones[value.strip()] = lines
                return


def _not_icalendar():
    return _("This is not an iCalendar file (it should start with BEGIN:VCALENDAR).")


# Times ----------------------------------------------------------------------------------------


@functools.lru_cache(maxsize=256)
def _known_zone(tzid):
    """The IANA zone a TZID names: an IANA name, a Windows name (Outlook), or a "globally
    unique" one such as /mozilla.org/20050126_1/Europe/Paris; None otherwise."""
    cleaned = tzid.strip().strip('"').strip("/")
    candidates = [cleaned]
    if cleaned in WINDOWS_TO_OLSON:
        candidates.append(WINDOWS_TO_OLSON[cleaned])
    if tzid.strip().startswith("/"):
        parts = cleaned.split("/")
        candidates.extend("/".join(parts[start:]) for start in range(1, len(parts)))
    for candidate in candidates:
        try:
            return zoneinfo.ZoneInfo(candidate)
        except (zoneinfo.ZoneInfoNotFoundError, ValueError, OSError):
            continue
    return None


@dataclass
class _Timing:
    start: datetime  # instant of the first date
    end: datetime  # instant (the last day's midnight when all-day, as EventPage stores it)
    finishes: datetime  # exclusive end instant of the first date
    all_day: bool
    rule: str  # normalised RRULE text, or ""
    frequency: str
    exdates: list
    rdates: list  # instants (or dates when all-day)
    sequence: int | None
    last_modified: datetime | None

    def ends_before(self, cutoff):
        """Whether every date of the event or series ended before `cutoff`."""
        if self.finishes >= cutoff:
            return False
        duration = self.finishes - self.start
        for extra in self.rdates:
            if _instant(extra) + duration >= cutoff:
                return False
        if not self.rule:
            return True
        last = self._last_start()
        return last is not None and last + duration < cutoff

    def _last_start(self):
        """The start of the series' last date by its RRULE, or None when it has no end (or one
        too far to look for)."""
        parts = dict(
            part.partition("=")[::2] for part in self.rule.removeprefix("RRULE:").split(";")
        )
        count, until = parts.get("COUNT"), parts.get("UNTIL")
        if count is None and until is None:
            return None
        try:
            if count is None:
                moment = vDDDTypes.from_ical(until)
                return local_midnight(moment) if not isinstance(moment, datetime) else moment
            if int(count) > MAX_COUNT_EXPANDED:
                return None
        except (ValueError, TypeError):
            return None
        if self.all_day:
            dtstart = datetime.combine(timezone.localtime(self.start, PARIS).date(), time.min)
        else:
            dtstart = timezone.localtime(self.start, PARIS)
        try:
            dates = list(rrulestr(self.rule.removeprefix("RRULE:"), dtstart=dtstart))
        except (ValueError, TypeError):
            return None
        if not dates:
            return self.start
        last = dates[-1]
        return local_midnight(last.date()) if self.all_day else last


@dataclass
class _Change:
    original_start: datetime
    cancelled: bool
    new_start: datetime | None
    new_end: datetime | None

    def ends_after(self, cutoff):
        moment = self.new_end or self.new_start or self.original_start
        return moment >= cutoff

    def as_dict(self):
        moved = not self.cancelled and self.new_start is not None
        moved = moved and self.new_start != self.original_start
        return {
            "original_start": self.original_start,
            "cancelled": self.cancelled,
            "new_start": self.new_start if moved else None,
            "new_end": self.new_end if moved else None,
        }


def _after(start, duration):
    """`start` + a DURATION, as RFC 5545 §3.3.6 counts it: days and weeks on the calendar (a
    day is 23 or 25 hours when the clocks change), hours, minutes and seconds exactly."""
    nominal = start + timedelta(days=duration.days)  # wall-clock arithmetic, on aware values
    exact = timedelta(seconds=duration.seconds)
    if not exact or not isinstance(start, datetime):
        return nominal
    return (nominal.astimezone(UTC) + exact).astimezone(start.tzinfo)


def _instant(value):
    return value if isinstance(value, datetime) else local_midnight(value)


class _Reader:
    """Reads the values of a file's VEVENTs, with its time zones."""

    def __init__(self, calendar):
        self.definitions = calendar.timezones
        named = calendar.properties.get("X-WR-TIMEZONE", "")
        self.floating = (_known_zone(named) if named else None) or PARIS
        self.zones = {}

    def zone(self, tzid):
        tzid = str(tzid).strip().strip('"')
        if tzid not in self.zones:
            self.zones[tzid] = _known_zone(tzid) or self._defined(tzid) or self.floating
        return self.zones[tzid]

    def _defined(self, tzid):
        lines = self.definitions.get(tzid)
        if lines is None:
            return None
        try:
            return tzp.create_timezone(Timezone.from_ical("\r\n".join(lines) + "\r\n"))
        except Exception:  # a VTIMEZONE we cannot use: its times are read as floating
            return None

    def _local(self, moment, parameters):
        if isinstance(moment, datetime) and moment.tzinfo is None:
            tzid = parameters.get("TZID")
            return moment.replace(tzinfo=self.zone(tzid) if tzid else self.floating)
        return moment

    def moment(self, block, name):
        """DATE (a date) or DATE-TIME (an aware datetime) of a property; None when absent."""
        prop = block.first(name)
        if prop is None:
            return None
        parameters, value = prop
        try:
            moment = vDDDTypes.from_ical(value.strip())
        except (ValueError, TypeError) as error:
            raise _Unreadable(name, value) from error
        if not isinstance(moment, date):
            raise _Unreadable(name, value)
        return self._local(moment, parameters)

    def moments(self, block, name):
        """Every DATE or DATE-TIME of a list property (EXDATE, RDATE; a PERIOD gives its
        start), in all its lines."""
        result = []
        for parameters, value in block.properties.get(name, ()):
            if not value.strip():
                continue
            try:
                values = vDDDLists.from_ical(value.strip())
            except (ValueError, TypeError) as error:
                raise _Unreadable(name, value) from error
            for moment in values:
                if isinstance(moment, tuple):
                    moment = moment[0]
                if not isinstance(moment, date):
                    raise _Unreadable(name, value)
                result.append(self._local(moment, parameters))
        return result

    def duration(self, block):
        prop = block.first("DURATION")
        if prop is None:
            return None
        try:
            return vDuration.from_ical(prop[1].strip())
        except (ValueError, TypeError) as error:
            raise _Unreadable("DURATION", prop[1]) from error

    def end(self, block, start):
        """DTEND, or DTSTART + DURATION; None when the event gives neither (or a negative
        DURATION)."""
        end = self.moment(block, "DTEND")
        if end is None:
            duration = self.duration(block)
            if duration is not None and duration >= timedelta(0):
                end = _after(start, duration)
        return end

    def timing(self, block):
        if block.problems:
            raise _Unreadable(None, block.problems[0])
        start = self.moment(block, "DTSTART")
        if start is None:
            raise _Refused(_("no start date"))
        all_day = not isinstance(start, datetime)
        end = self.end(block, start)
        start_instant = _instant(start)
        if all_day:
            if isinstance(end, datetime):
                end = timezone.localtime(end, PARIS).date()
            last_day = (end - timedelta(days=1)) if end is not None and end > start else start
            end_instant = local_midnight(last_day)
            finishes = local_midnight(last_day + timedelta(days=1))
        else:
            end_instant = _instant(end) if end is not None else start_instant + timedelta(hours=1)
            if end_instant <= start_instant:
                end_instant = start_instant + timedelta(hours=1)
            finishes = end_instant
        rule, frequency = self.rule(block, start_instant, all_day)
        rdates = [
            moment if not all_day else timezone.localtime(_instant(moment), PARIS).date()
            for moment in self.moments(block, "RDATE")
        ]
        return _Timing(
            start=start_instant,
            end=end_instant,
            finishes=finishes,
            all_day=all_day,
            rule=rule,
            frequency=frequency,
            exdates=self.moments(block, "EXDATE"),
            rdates=rdates,
            sequence=self.sequence(block),
            last_modified=self.last_modified(block),
        )

    def rule(self, block, start, all_day):
        prop = block.first("RRULE")
        if prop is None:
            return "", ""
        try:
            recur = vRecur.from_ical(prop[1].strip().removeprefix("RRULE:"))
            frequency = str(recur["FREQ"][0]).upper()
            text = normalised_rrule(recur.to_ical().decode(), start, all_day)
            if frequency not in REFUSED_FREQUENCIES:
                vRecur.from_ical(text)
        except (ValueError, TypeError, KeyError, IndexError) as error:
            raise _Unreadable("RRULE", prop[1]) from error
        return text, frequency

    def sequence(self, block):
        text = block.text("SEQUENCE")
        return int(text) if text.isdigit() else None

    def last_modified(self, block):
        try:
            moment = self.moment(block, "LAST-MODIFIED")
        except _Unreadable:
            return None
        return moment if isinstance(moment, datetime) else None

    def change(self, block):
        """The moved or cancelled date that a RECURRENCE-ID VEVENT says."""
        if block.problems:
            raise _Unreadable(None, block.problems[0])
        original = _instant(self.moment(block, "RECURRENCE-ID"))
        cancelled = block.text("STATUS").upper() == "CANCELLED"
        start = self.moment(block, "DTSTART")
        new_start = new_end = None
        if start is not None:
            new_start = _instant(start)
            end = self.end(block, start)
            new_end = _instant(end) if end is not None else None
        return _Change(original, cancelled, new_start, new_end)


# Events ---------------------------------------------------------------------------------------


def _one_line(value, limit):
    return " ".join(calendar_text(value).split())[:limit]


def _place(value):
    """LOCATION on one line: its lines (Apple writes the place's name, then its address)
    joined with commas."""
    lines = (" ".join(line.split()) for line in calendar_text(value).split("\n"))
    return ", ".join(line.strip(" ,") for line in lines if line.strip(" ,"))[:MAX_VENUE]


_URL = re.compile(r"https?://[^\s<>\"()\[\]{}]+", re.IGNORECASE)
_URL_TAIL = ".,;:!?'’»"
_ANGLE_LINK = re.compile(r"[ \t]*<((?:https?|mailto):[^<>\s]+)>", re.IGNORECASE)
_SENTENCE_END = re.compile(r"[.!?…](?:[\s»”)]+)")
_BULLETS = ("• ", "- ", "* ")


def _summary_and_description(text, title):
    """(summary, rest of the description): see the summary rule in the module's docstring."""
    if not text:
        return title[:MAX_SUMMARY], ""
    first, _sep, rest = text.partition("\n")
    first, rest = first.strip(), rest.strip()
    if len(first) <= MAX_SUMMARY:
        return first, rest
    cut = 0
    for match in _SENTENCE_END.finditer(first, 0, MAX_SUMMARY + 1):
        cut = match.end()
    if cut:
        return first[:cut].strip(), f"{first[cut:].strip()}\n{rest}".strip()
    shortened = first[: MAX_SUMMARY - 1].rsplit(" ", 1)[0].rstrip(" ,;:") + "…"
    return shortened, text


def _linked(line):
    """A line of plain text as rich-text HTML, its http(s) addresses as links."""
    pieces, last = [], 0
    for match in _URL.finditer(line):
        url = match[0].rstrip(_URL_TAIL)
        pieces.append(escape(line[last : match.start()]))
        pieces.append(f'<a href="{escape(url)}">{escape(url)}</a>')
        last = match.start() + len(url)
    pieces.append(escape(line[last:]))
    return "".join(pieces)


def _rich_text(text):
    """Plain text as the rich text of EventPage.description: a paragraph per block of lines,
    <br/> between its lines, a list when every line is a bullet, addresses as links."""
    html = []
    for paragraph in re.split(r"\n\s*\n", text):
        lines = [line.strip() for line in paragraph.split("\n") if line.strip()]
        if not lines:
            continue
        if all(line.startswith(_BULLETS) for line in lines):
            items = "".join(f"<li>{_linked(line[2:].strip())}</li>" for line in lines)
            html.append(f"<ul>{items}</ul>")
        else:
            html.append(f"<p>{'<br/>'.join(_linked(line) for line in lines)}</p>")
    return "".join(html)


def _description_text(block):
    text = _ANGLE_LINK.sub(r" (\1)", calendar_text(block.text("DESCRIPTION")))
    return text[:MAX_DESCRIPTION]


def _coordinates(block):
    geo = block.first("GEO")
    value = geo[1] if geo is not None else ""
    if not value:
        apple = block.first("X-APPLE-STRUCTURED-LOCATION")
        if apple is not None and apple[1].lower().startswith("geo:"):
            value = apple[1][4:].replace(",", ";", 1)
    try:
        latitude, longitude = vGeo.from_ical(value.strip())
    except (ValueError, TypeError):
        return None, None
    if not (-90 <= latitude <= 90 and -180 <= longitude <= 180):
        return None, None
    return float(latitude), float(longitude)


def _event(block, timing, changes, reader):
    title = _one_line(block.text("SUMMARY"), MAX_TITLE) or _("Untitled event")
    summary, description = _summary_and_description(_description_text(block), title)
    status = {"CANCELLED": Status.CANCELLED}.get(block.text("STATUS").upper(), Status.SCHEDULED)
    latitude, longitude = _coordinates(block)
    exdates = {
        timezone.localtime(moment, PARIS).date() if isinstance(moment, datetime) else moment
        for moment in timing.exdates
    }
    rdates = set()
    for moment in timing.rdates:
        if isinstance(moment, datetime) and not timing.all_day:
            rdates.add(timezone.localtime(moment, PARIS).strftime("%Y-%m-%d %H:%M"))
        else:
            rdates.add(moment.isoformat())
    fields = {
        "title": title,
        "summary": summary[:MAX_SUMMARY],
        "description": _rich_text(description),
        "start": timing.start,
        "end": timing.end,
        "all_day": timing.all_day,
        "rrule": timing.rule[:255],
        "exdates": "\n".join(sorted(day.isoformat() for day in exdates)),
        "rdates": "\n".join(sorted(rdates)),
        "status": status,
        "venue": _place(block.text("LOCATION")),
        "latitude": latitude,
        "longitude": longitude,
        "registration_url": http_url(block.text("URL")),
    }
    return ImportedEvent(
        uid=block.uid,
        fields=fields,
        changes=sorted((change.as_dict() for change in changes), key=lambda c: c["original_start"]),
        sequence=timing.sequence,
        last_modified=timing.last_modified,
    )


__all__ = [
    "MAX_EVENTS",
    "PAST_HORIZON",
    "CalendarImportError",
    "ImportedEvent",
    "ParsedCalendar",
    "parse_calendar",
]

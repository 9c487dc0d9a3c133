// Parse an .ics file with ical.js (the parser of Thunderbird and Nextcloud) and print what it
// found as JSON, for tests/agenda/test_ical_js.py to compare with the Python side.
//
//   node tests/agenda/parse_ical.mjs FILE.ics
//
// Prints {"vevents": N, "masters": M, "summaries": [...], "uids": [...], "tzids": [...],
// "events": [...]}: masters are the VEVENTs without RECURRENCE-ID; summaries and uids are those
// of every VEVENT in document order; events details each VEVENT and, for a master, its dates as
// ical.js expands them (RRULE, EXDATE and RECURRENCE-ID overrides applied). Times are local
// wall-clock ISO strings as written ("2026-11-24T18:30:00", or "2026-11-24" for a DATE), and
// start_utc / end_utc the instants ical.js computes with the feed's own VTIMEZONE (registered
// first, as a client without its own zone data would). Exits 1 on a parse error.

import { readFileSync } from "node:fs";

import ICAL from "./vendor/ical.es5.min.cjs";

const EXPANSION_LIMIT = 500;

function local(time) {
  return time ? time.toString() : null;
}

function utc(time) {
  if (!time || time.isDate) return null; // a DATE is no instant
  return new Date(time.toUnixTime() * 1000).toISOString().replace(".000Z", "Z");
}

function expand(event) {
  const dates = [];
  const iterator = event.iterator();
  for (let next = iterator.next(); next; next = iterator.next()) {
    const details = event.getOccurrenceDetails(next);
    const status = details.item.component.getFirstPropertyValue("status");
    dates.push({
      start: local(details.startDate),
      end: local(details.endDate),
      cancelled: String(status || "").toUpperCase() === "CANCELLED",
    });
    if (!event.isRecurring() || dates.length >= EXPANSION_LIMIT) break;
  }
  return dates;
}

function main(path) {
  const text = readFileSync(path, "utf8");
  const calendar = new ICAL.Component(ICAL.parse(text));
  const timezones = calendar.getAllSubcomponents("vtimezone");
  for (const vtimezone of timezones) {
    ICAL.TimezoneService.register(new ICAL.Timezone(vtimezone));
  }
  const vevents = calendar.getAllSubcomponents("vevent");
  const masters = vevents.filter((vevent) => !vevent.hasProperty("recurrence-id"));
  const exceptions = vevents.filter((vevent) => vevent.hasProperty("recurrence-id"));
  const events = vevents.map((vevent) => {
    const event = new ICAL.Event(vevent);
    const isMaster = !vevent.hasProperty("recurrence-id");
    if (isMaster) {
      for (const exception of exceptions) {
        if (exception.getFirstPropertyValue("uid") === event.uid) {
          event.relateException(exception);
        }
      }
    }
    const rrule = vevent.getFirstPropertyValue("rrule");
    return {
      uid: event.uid,
      summary: event.summary,
      description: event.description,
      location: event.location,
      status: vevent.getFirstPropertyValue("status"),
      sequence: event.sequence,
      start: local(event.startDate),
      end: local(event.endDate),
      start_utc: utc(event.startDate),
      end_utc: utc(event.endDate),
      all_day: event.startDate.isDate,
      tzid: event.startDate.isDate ? null : event.startDate.zone.tzid,
      recurrence_id: isMaster ? null : local(event.recurrenceId),
      rrule: rrule ? rrule.toString() : null,
      exdates: vevent
        .getAllProperties("exdate")
        .flatMap((property) => property.getValues())
        .map(local),
      categories: vevent
        .getAllProperties("categories")
        .flatMap((property) => property.getValues()),
      dates: isMaster ? expand(event) : null,
    };
  });
  const result = {
    vevents: vevents.length,
    masters: masters.length,
    summaries: vevents.map((vevent) => vevent.getFirstPropertyValue("summary")),
    uids: vevents.map((vevent) => vevent.getFirstPropertyValue("uid")),
    tzids: timezones.map((vtimezone) => vtimezone.getFirstPropertyValue("tzid")),
    calname: calendar.getFirstPropertyValue("x-wr-calname"),
    events,
  };
  process.stdout.write(JSON.stringify(result) + "\n");
}

if (process.argv.length !== 3) {
  process.stderr.write("usage: node parse_ical.mjs FILE.ics\n");
  process.exit(2);
}
try {
  main(process.argv[2]);
} catch (error) {
  process.stderr.write(`ical.js could not parse ${process.argv[2]}: ${error.stack || error}\n`);
  process.exit(1);
}

// The admin's recurrence editor (agenda/widgets.py): shows the parts of the repeat that apply,
// writes the repeat in plain words as the form changes (the phrases of
// agenda/recurrence_text.py, the same wording as the event page), and keeps the lists of
// skipped and extra dates. The server builds the RRULE from the fields: without this script the
// editor still works, every part shown.
(function () {
  "use strict";

  const DAYS = ["MO", "TU", "WE", "TH", "FR", "SA", "SU"];
  const pad = (n) => String(n).padStart(2, "0");

  function json(id) {
    const node = document.getElementById(id);
    return node ? JSON.parse(node.textContent) : null;
  }

  function fill(template, values) {
    return template.replace(/%\((\w+)\)s/g, (match, key) => String(values[key]));
  }

  // The few characters of Django's date formats the summary uses.
  function format(value, pattern, p) {
    let out = "";
    for (let i = 0; i < pattern.length; i += 1) {
      const c = pattern[i];
      if (c === "\\") { i += 1; out += pattern[i] || ""; }
      else if (c === "j") out += value.getDate();
      else if (c === "d") out += pad(value.getDate());
      else if (c === "F") out += p.months[value.getMonth()];
      else if (c === "Y") out += value.getFullYear();
      else if (c === "H") out += pad(value.getHours());
      else if (c === "G") out += value.getHours();
      else if (c === "i") out += pad(value.getMinutes());
      else if (c === "l") out += p.day_names[(value.getDay() + 6) % 7];
      else out += c;
    }
    return out;
  }

  function parseDay(text) {
    const m = /^(\d{4})-(\d{2})-(\d{2})(?:[ T](\d{1,2}):(\d{2}))?/.exec((text || "").trim());
    return m ? new Date(+m[1], +m[2] - 1, +m[3], +(m[4] || 0), +(m[5] || 0)) : null;
  }

  function join(items, p) {
    if (items.length < 2) return items.join("");
    return fill(p.and, { list: items.slice(0, -1).join(", "), last: items[items.length - 1] });
  }

  function plural(p, key, n, values) {
    return fill(p.plurals[key][n === 1 ? 0 : 1], Object.assign({ n: n }, values));
  }

  // day_and_month() of core/calendar_names.py: "1er avril", "1º aprile", "8 April"; with the
  // year when it is not the start's.
  function dayAndMonth(day, year, p) {
    const number = day.getDate() === 1 ? p.first_with_month : String(day.getDate());
    const text = `${number} ${p.months[day.getMonth()]}`;
    return year ? `${text} ${day.getFullYear()}` : text;
  }

  function dayText(day, start, p) {
    return dayAndMonth(day, day.getFullYear() !== start.getFullYear(), p);
  }

  // A list's dates, sorted, each after the first with its article ("le 8 avril et le 1er mai"):
  // the phrase around the list gives the first one's.
  function dayList(days, start, p) {
    const shown = days.slice().sort((a, b) => a - b).map((d) => dayText(d, start, p));
    return join(shown.map((text, i) => (i ? fill(p.list_date, { date: text }) : text)), p);
  }

  // elided() of core/calendar_names.py: the articles elided before a day read with a vowel
  // ("il 8 aprile" → "l'8 aprile", "al 11" → "all'11"), by p.elisions ({} but in Italian).
  // Python's \b before the article: no letter, digit or underscore just before it (kept, not
  // a lookbehind, which older Safari cannot read).
  function elided(text, p) {
    const articles = Object.keys(p.elisions || {});
    if (!articles.length) return text;
    const pattern = new RegExp(
      `(^|[^\\p{L}\\p{N}_])(${articles.join("|")}) (8|11)(?![\\d,.º])`, "giu",
    );
    return text.replace(pattern, (match, before, article, number) => {
      let shown = p.elisions[article.toLowerCase()];
      if (article[0] !== article[0].toLowerCase()) shown = shown[0].toUpperCase() + shown.slice(1);
      return before + shown + number;
    });
  }

  function rulePhrase(r, start, p) {
    const n = r.interval;
    const weekday = DAYS[(start.getDay() + 6) % 7];
    if (r.freq === "CUSTOM") return p.unknown;
    if (r.freq === "DAILY") return n === 1 ? p.daily : plural(p, "day", n, {});
    if (r.freq === "WEEKLY") {
      const days = r.weekdays.length ? r.weekdays : [weekday];
      if (n === 1) return fill(p.weekly, { days: join(days.map((d) => p.every_weekday[d]), p) });
      return plural(p, "week", n, { days: join(days.map((d) => p.weekday[d]), p) });
    }
    if (r.freq === "MONTHLY" && r.weekday) {
      const ordinals = r.weekday === "SU" ? p.ordinal_sunday : p.ordinal;
      const values = { nth: ordinals[String(r.nth)], weekday: p.weekday[r.weekday] };
      return n === 1 ? fill(p.monthly_nth, values) : plural(p, "month_nth", n, values);
    }
    if (r.freq === "MONTHLY") {
      const number = r.monthday || start.getDate();
      const day = number === 1 ? p.first_alone : String(number);
      return n === 1 ? fill(p.monthly_day, { day: day }) : plural(p, "month_day", n, { day: day });
    }
    const shown = dayAndMonth(start, false, p);
    return n === 1 ? fill(p.yearly, { date: shown }) : plural(p, "year", n, { date: shown });
  }

  // The same sentence as describe() in agenda/recurrence_text.py.
  function describe(r, start, allDay, skipped, extra, p) {
    let text = "";
    if (r && r.unknown) text = p.unknown;
    else if (r) {
      text = rulePhrase(r, start, p);
      if (!allDay && r.time !== false) text += " " + fill(p.at, { time: format(start, p.time_format, p) });
      if (r.until) text += " " + fill(p.until, { date: dayText(r.until, start, p) });
      if (r.count) text += ", " + plural(p, "count", r.count, {});
    }
    if (r && r.unknown) return text;
    const pieces = text ? [text] : [];
    if (skipped.length) pieces.push(fill(p.except, { dates: dayList(skipped, start, p) }));
    if (extra.length) pieces.push(fill(p.also, { dates: dayList(extra, start, p) }));
    return elided(pieces.join(", "), p);
  }

  function value(root, name) {
    const field = root.querySelector(`[name="${name}"]:checked`) || root.querySelector(`select[name="${name}"], input[name="${name}"]:not([type=radio]):not([type=checkbox])`);
    return field ? field.value : "";
  }

  function positive(text) {
    return /^\d+$/.test(text) && +text >= 1 ? +text : null;
  }

  function datesOf(name) {
    const list = document.querySelector(`[data-date-list="${name}"]`);
    if (!list) return [];
    return Array.from(list.querySelectorAll("[data-date-list-items] input[type=hidden]"))
      .map((input) => parseDay(input.value))
      .filter(Boolean);
  }

  function recurrenceOf(root, name, custom) {
    const freq = value(root, `${name}_0`);
    if (freq === "CUSTOM") {
      if (!custom || !("count" in custom)) return { unknown: true };
      return {
        freq: "CUSTOM", interval: 1, weekdays: [],
        count: custom.count, until: custom.until ? parseDay(custom.until) : null,
        time: custom.time,
      };
    }
    if (!freq) return null;
    const ends = value(root, `${name}_7`);
    const monthly = value(root, `${name}_3`);
    return {
      freq: freq,
      interval: positive(value(root, `${name}_1`)) || 1,
      weekdays: Array.from(root.querySelectorAll(`[name="${name}_2"]:checked`)).map((b) => b.value),
      weekday: freq === "MONTHLY" && monthly === "weekday" ? value(root, `${name}_5`) : null,
      nth: +value(root, `${name}_4`) || 1,
      monthday: positive(value(root, `${name}_6`)),
      until: ends === "until" ? parseDay(value(root, `${name}_8`)) : null,
      count: ends === "count" ? positive(value(root, `${name}_9`)) : null,
    };
  }

  function showParts(root, name) {
    const freq = value(root, `${name}_0`);
    root.querySelectorAll("[data-show-for]").forEach((node) => {
      node.hidden = !node.dataset.showFor.split(" ").includes(freq);
    });
    root.querySelectorAll("[data-show-for-monthly]").forEach((node) => {
      node.hidden = node.dataset.showForMonthly !== value(root, `${name}_3`);
    });
    root.querySelectorAll("[data-show-for-ends]").forEach((node) => {
      node.hidden = node.dataset.showForEnds !== value(root, `${name}_7`);
    });
    const custom = root.querySelector("[data-recurrence-custom]");
    if (custom) custom.hidden = freq !== "CUSTOM";
  }

  function setUpEditor(root) {
    const p = json(root.dataset.phrases);
    const custom = json(root.dataset.customParts);
    const select = root.querySelector("select");
    const name = select.name.replace(/_0$/, "");
    const output = root.querySelector("[data-recurrence-summary]");
    const form = root.closest("form") || document;
    function update() {
      showParts(root, name);
      const startField = form.querySelector("[name=start]");
      const start = parseDay(startField ? startField.value : "") || new Date();
      const allDay = form.querySelector("[name=all_day]");
      output.textContent = describe(
        recurrenceOf(root, name, custom), start, allDay ? allDay.checked : false,
        datesOf("exdates"), datesOf("rdates"), p,
      );
    }
    form.addEventListener("input", update);
    form.addEventListener("change", update);
    form.addEventListener("recurrence:dates", update);
    update();
  }

  function setUpDateList(list) {
    const input = list.querySelector("[data-date-list-input]");
    const items = list.querySelector("[data-date-list-items]");
    const template = list.querySelector("[data-date-list-template]");
    const p = json((document.querySelector("[data-recurrence]") || {}).dataset?.phrases || "");
    function changed() {
      list.dispatchEvent(new CustomEvent("recurrence:dates", { bubbles: true }));
    }
    function add() {
      const day = parseDay(input.value);
      if (!day) return;
      const taken = Array.from(items.querySelectorAll("input[type=hidden]")).map((i) => i.value);
      if (!taken.includes(input.value)) {
        const item = template.content.firstElementChild.cloneNode(true);
        const shown = p ? format(day, "l j F Y", p) : input.value;
        item.querySelector("input").value = input.value;
        item.querySelector("[data-date-list-value]").textContent = shown;
        item.querySelector(".w-sr-only").textContent = " " + shown;
        items.appendChild(item);
      }
      input.value = "";
      changed();
      input.focus();
    }
    list.querySelector("[data-date-list-add]").addEventListener("click", add);
    input.addEventListener("keydown", (event) => {
      if (event.key === "Enter") { event.preventDefault(); add(); }
    });
    items.addEventListener("click", (event) => {
      const button = event.target.closest("[data-date-list-remove]");
      if (!button) return;
      const item = button.closest("li");
      const next = item.nextElementSibling || item.previousElementSibling;
      item.remove();
      (next ? next.querySelector("button") : input).focus();
      changed();
    });
  }

  function init() {
    document.querySelectorAll("[data-recurrence]:not([data-ready])").forEach((root) => {
      root.dataset.ready = "";
      setUpEditor(root);
    });
    document.querySelectorAll("[data-date-list]:not([data-ready])").forEach((list) => {
      list.dataset.ready = "";
      setUpDateList(list);
    });
  }

  // For tests/agenda/test_recurrence_editor.py, which runs the summary under node.
  if (typeof module === "object" && module.exports) module.exports = { describe, parseDay };

  if (document.readyState === "loading") document.addEventListener("DOMContentLoaded", init);
  else init();
})();

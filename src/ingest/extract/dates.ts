import dateLexicon from "../lexicon/dates.json" with { type: "json" };
import { alternation } from "./patterns.ts";

const MONTHS = dateLexicon.months as Record<string, number>;
const TIME_ZONES = dateLexicon.timeZones as Record<string, string>;
const WEEKDAYS = new Set(dateLexicon.weekdays);

export interface FoundDate {
  year?: number;
  month: number;
  day: number;
  hour?: number;
  minute?: number;
  /** WIB, WITA or WIT as written; absent means the default zone. */
  zone?: string;
  /** Where the date was written, relative to the searched text. */
  start: number;
  end: number;
  /** A weekday was written next to it ("Senin (1/12/2025)", "Sabtu, 29 November 2025"). */
  withWeekday: boolean;
}

// Bounded repetitions and no nested quantifiers: each pattern runs in linear time.
const MONTH_NAME_FIRST = /\b(\p{L}{3,9})\.?\s{1,3}(\d{1,2}),?\s{1,3}(\d{4})\b/gu;
/** What every MONTH_NAME_FIRST match holds: the day's last digit, then the year ("5, 2025"). */
const DAY_THEN_YEAR = /\d,?\s{1,3}\d{4}/u;
const DAY_FIRST = /\b(\d{1,2})\s{1,3}(\p{L}{3,9})\.?,?\s{1,3}(\d{4})\b/gu;
const NUMERIC = /\b(\d{1,2})([/.-])(\d{1,2})\2(\d{4}|\d{2})\b/g;
const ISO = /\b(\d{4})-(\d{2})-(\d{2})\b/g;
const DAY_MONTH_ONLY = /\((\d{1,2})\/(\d{1,2})\)/g;
const TIME = new RegExp(
  `^[\\s,|–—-]{0,6}(?:(?:${alternation(dateLexicon.timeWords)})\\.?\\s{1,3})?(\\d{1,2})[:.](\\d{2})(?:[:.]\\d{2})?(?:\\s{0,3}(${alternation(Object.keys(dateLexicon.timeZones))})\\b)?`,
  "iu",
);
const WEEKDAY_BEFORE = /(\p{L}{4,7}'?\p{L}{0,2})[\s,(]{1,4}$/u;

function isValidDate(year: number | undefined, month: number, day: number): boolean {
  if (month < 1 || month > 12 || day < 1 || day > 31) return false;
  if (year === undefined) return true;
  if (year < 1945 || year > 2100) return false;
  const date = new Date(Date.UTC(year, month - 1, day));
  return date.getUTCMonth() === month - 1 && date.getUTCDate() === day;
}

function withTimeAndWeekday(text: string, found: FoundDate): FoundDate {
  const after = TIME.exec(text.slice(found.end, found.end + 40));
  if (after) {
    const hour = Number(after[1]);
    const minute = Number(after[2]);
    if (hour < 24 && minute < 60) {
      found.hour = hour;
      found.minute = minute;
      found.end += after[0].length;
      if (after[3]) found.zone = after[3].toUpperCase();
    }
  }
  const before = WEEKDAY_BEFORE.exec(text.slice(Math.max(0, found.start - 14), found.start));
  if (before?.[1] && WEEKDAYS.has(before[1].toLowerCase())) {
    found.withWeekday = true;
    found.start -= before[0].length;
  }
  return found;
}

/** Every date written in a text, in the forms Indonesian outlets use, in order of appearance. */
export function findDates(text: string): FoundDate[] {
  const found: FoundDate[] = [];
  // exec on the shared patterns rather than matchAll, which copies its pattern on every call; each
  // loop runs until exec fails, which sets lastIndex back to 0 for the next text.
  for (let m = ISO.exec(text); m; m = ISO.exec(text)) {
    addDate(found, text, Number(m[1]), Number(m[2]), Number(m[3]), m.index, m.index + m[0].length);
  }
  // The month-first pattern tries its letters at every word; most texts hold no day and year
  // written the way it needs, and a scan for those skips it.
  if (DAY_THEN_YEAR.test(text)) {
    for (let m = MONTH_NAME_FIRST.exec(text); m; m = MONTH_NAME_FIRST.exec(text)) {
      addDate(
        found,
        text,
        Number(m[3]),
        MONTHS[(m[1] ?? "").toLowerCase()],
        Number(m[2]),
        m.index,
        m.index + m[0].length,
      );
    }
  }
  for (let m = DAY_FIRST.exec(text); m; m = DAY_FIRST.exec(text)) {
    addDate(
      found,
      text,
      Number(m[3]),
      MONTHS[(m[2] ?? "").toLowerCase()],
      Number(m[1]),
      m.index,
      m.index + m[0].length,
    );
  }
  for (let m = NUMERIC.exec(text); m; m = NUMERIC.exec(text)) {
    const rawYear = m[4] ?? "";
    const year = rawYear.length === 2 ? 2000 + Number(rawYear) : Number(rawYear);
    addDate(found, text, year, Number(m[3]), Number(m[1]), m.index, m.index + m[0].length);
  }
  for (let m = DAY_MONTH_ONLY.exec(text); m; m = DAY_MONTH_ONLY.exec(text)) {
    addDate(found, text, undefined, Number(m[2]), Number(m[1]), m.index, m.index + m[0].length);
  }
  return found.sort((a, b) => a.start - b.start);
}

/**
 * A valid date at [start, end) of `text` joins `found` unless it overlaps one found before. A
 * function of its own, not a closure made per call: findDates reads every short line of a header.
 */
function addDate(
  found: FoundDate[],
  text: string,
  year: number | undefined,
  month: number | undefined,
  day: number,
  start: number,
  end: number,
): void {
  if (month === undefined || !isValidDate(year, month, day)) return;
  if (found.some((f) => start < f.end && end > f.start)) return;
  found.push(withTimeAndWeekday(text, { year, month, day, start, end, withWeekday: false }));
}

/** The UTC offset of a time zone as written; WIB when none is written. */
export function zoneOffset(zone: string | undefined): string {
  return TIME_ZONES[zone ?? dateLexicon.defaultTimeZone] ?? "+07:00";
}

const pad = (value: number) => String(value).padStart(2, "0");

/** The local calendar date, YYYY-MM-DD. */
export function isoDate(date: FoundDate & { year: number }): string {
  return `${date.year}-${pad(date.month)}-${pad(date.day)}`;
}

/** An ISO 8601 timestamp with the article's zone offset; midnight when no time was written. */
export function isoDateTime(date: FoundDate & { year: number }): string {
  return `${isoDate(date)}T${pad(date.hour ?? 0)}:${pad(date.minute ?? 0)}:00${zoneOffset(date.zone)}`;
}

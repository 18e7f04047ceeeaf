// Wall-clock ⇄ instant conversion for any IANA zone, built only on Intl so no tz library is
// needed. Deadlines live in WIB (Asia/Jakarta, UTC+7, no DST), but nothing here assumes a
// fixed offset: a server in UTC, or a future zone with DST, gets the same answers.

export const WIB = "Asia/Jakarta";

/** A wall-clock reading in some zone. Months are 1-based. */
export interface WallTime {
  readonly year: number;
  readonly month: number;
  readonly day: number;
  readonly hour: number;
  readonly minute: number;
  readonly second?: number;
}

export interface CalendarDate {
  readonly year: number;
  readonly month: number;
  readonly day: number;
}

const DAY_MS = 86_400_000;

// Building a DateTimeFormat costs far more than using one; the planner asks per deadline.
const formatters = new Map<string, Intl.DateTimeFormat>();

function formatterFor(timeZone: string): Intl.DateTimeFormat {
  let f = formatters.get(timeZone);
  if (!f) {
    // en-US with h23 gives plain numbers (no era, no "24" for midnight); throws RangeError
    // for an unknown zone, which is a configuration bug and should be loud.
    f = new Intl.DateTimeFormat("en-US", {
      timeZone,
      hourCycle: "h23",
      year: "numeric",
      month: "numeric",
      day: "numeric",
      hour: "numeric",
      minute: "numeric",
      second: "numeric",
    });
    formatters.set(timeZone, f);
  }
  return f;
}

/** The wall-clock reading of `instant` (epoch ms) in `timeZone`. */
export function wallTimeAt(instant: number, timeZone: string): Required<WallTime> {
  const out = { year: 0, month: 0, day: 0, hour: 0, minute: 0, second: 0 };
  for (const part of formatterFor(timeZone).formatToParts(instant)) {
    if (part.type in out) out[part.type as keyof typeof out] = Number(part.value);
  }
  return out;
}

/** Offset of `timeZone` from UTC at `instant`, in ms (WIB: +25 200 000). */
export function offsetAt(instant: number, timeZone: string): number {
  const w = wallTimeAt(instant, timeZone);
  const asUtc = Date.UTC(w.year, w.month - 1, w.day, w.hour, w.minute, w.second);
  // Intl has second resolution; drop the instant's sub-second part so it cancels out.
  return asUtc - (instant - (((instant % 1000) + 1000) % 1000));
}

/**
 * The instant at which clocks in `timeZone` show `wall`. Ambiguous readings (a DST fall-back
 * hour) resolve to the earlier instant; readings that do not exist (a spring-forward gap) are
 * pushed forward by the gap, like Temporal's "compatible" disambiguation. Both cases can only
 * happen in zones with DST, never in WIB.
 */
export function instantOf(wall: WallTime, timeZone: string): number {
  const local = Date.UTC(wall.year, wall.month - 1, wall.day, wall.hour, wall.minute, wall.second ?? 0);
  // Zone transitions are months apart, so the offsets a day either side are the only two
  // candidates for the offset in force at `local`.
  const before = offsetAt(local - DAY_MS, timeZone);
  const after = offsetAt(local + DAY_MS, timeZone);
  const candidates = [local - before, local - after].filter((t) => t + offsetAt(t, timeZone) === local);
  if (candidates.length > 0) return Math.min(...candidates);
  return local - before;
}

/** The calendar date `instant` falls on in `timeZone`. */
export function calendarDateOf(instant: number, timeZone: string): CalendarDate {
  const { year, month, day } = wallTimeAt(instant, timeZone);
  return { year, month, day };
}

/** Calendar arithmetic (no time zone involved): 2026-03-01 minus 1 day is 2026-02-28. */
export function addDays(date: CalendarDate, days: number): CalendarDate {
  const d = new Date(Date.UTC(date.year, date.month - 1, date.day + days));
  return { year: d.getUTCFullYear(), month: d.getUTCMonth() + 1, day: d.getUTCDate() };
}

/**
 * First instant of `date` in `timeZone`. Usually local midnight; in a zone whose DST change
 * skips midnight it is the first wall time that exists that day.
 */
export function startOfDay(date: CalendarDate, timeZone: string): number {
  return instantOf({ ...date, hour: 0, minute: 0 }, timeZone);
}

export function isLeapYear(y: number): boolean {
  return (y % 4 === 0 && y % 100 !== 0) || y % 400 === 0;
}

export function daysInMonth(year: number, month: number): number {
  if (month === 2) return isLeapYear(year) ? 29 : 28;
  return [4, 6, 9, 11].includes(month) ? 30 : 31;
}

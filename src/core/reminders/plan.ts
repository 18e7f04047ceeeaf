// Deadline reminders ("H-7", "H-3", "H-1", "H-0"): what to send now, decided from state alone.
//
// The planner is level-triggered: given the current time and the log of what was already
// sent, it says what is owed right now. Nothing depends on a tick having fired at an exact
// moment, so a missed cron tick (bot down, server restarted) needs no catch-up logic: the
// next run, or one run at start-up, sends whatever became due in the meantime — and only
// the most recent reminder, never a backlog of stale ones.

import { addDays, calendarDateOf, daysInMonth, instantOf, startOfDay, WIB } from "./wib-time.js";
import { getOrCreate } from "../util/map.js";

export type Instant = Date | number;
export type Id = string | number;

export const MAX_REMINDER_DAY = 60;
export const DEFAULT_REMINDER_DAYS: readonly number[] = [7, 3, 1, 0];

const toMs = (t: Instant): number => (typeof t === "number" ? t : t.getTime());

// ---------------------------------------------------------------------------------------
// Reminder days

export type ReminderDaysResult =
  | { readonly ok: true; readonly days: readonly number[] }
  | { readonly ok: false; readonly reason: "empty" | "not-integer" | "out-of-range"; readonly token?: string };

/**
 * Reads an admin's list such as "7,3,1,0", "7 3 1 0" or "H-7, H-3" into unique days sorted
 * descending. Days above MAX_REMINDER_DAY are refused: a two-month-early reminder is almost
 * certainly a typo (70 for 7), and silently clamping it would hide that.
 */
export function parseReminderDays(text: string): ReminderDaysResult {
  const tokens = text
    .normalize("NFKC")
    .split(/[\s,;]+/)
    .filter((t) => t !== "");
  if (tokens.length === 0) return { ok: false, reason: "empty" };
  const days = new Set<number>();
  for (const token of tokens) {
    const m = /^(?:h-)?(-?\d+)$/i.exec(token);
    if (!m) return { ok: false, reason: "not-integer", token };
    const day = Number(m[1]);
    if (day < 0 || day > MAX_REMINDER_DAY) return { ok: false, reason: "out-of-range", token };
    days.add(day);
  }
  return { ok: true, days: [...days].sort((a, b) => b - a) };
}

// ---------------------------------------------------------------------------------------
// Deadline input

export type DeadlineParseResult =
  | { readonly ok: true; readonly at: Date }
  | { readonly ok: false; readonly reason: "format" | "invalid-date" | "invalid-time" };

// The date separator is back-referenced so "31-07/2026" is not taken for a date.
const DMY = /^(\d{1,2})([-/.])(\d{1,2})\2(\d{4})(?:\s+|\s*[,T]\s*)(\d{1,2})[:.](\d{2})$/i;
const YMD = /^(\d{4})([-/])(\d{1,2})\2(\d{1,2})(?:\s+|\s*[,T]\s*)(\d{1,2})[:.](\d{2})$/i;

/**
 * Reads "31-07-2026 23:59", "31/07/2026 23:59" or "2026-07-31 23:59" as wall-clock time in
 * `timeZone`. The time is required: "31-07-2026" alone could mean the start or the end of
 * that day, and guessing wrong moves every reminder.
 */
export function parseDeadlineInput(text: string, timeZone: string = WIB): DeadlineParseResult {
  // NFKC folds the full-width digits and colons some phone keyboards produce.
  const s = text.normalize("NFKC").trim();
  let year: number, month: number, day: number, hour: number, minute: number;
  const dmy = DMY.exec(s);
  const ymd = dmy ? null : YMD.exec(s);
  if (dmy) {
    [day, month, year, hour, minute] = [dmy[1], dmy[3], dmy[4], dmy[5], dmy[6]].map(Number) as [number, number, number, number, number];
  } else if (ymd) {
    [year, month, day, hour, minute] = [ymd[1], ymd[3], ymd[4], ymd[5], ymd[6]].map(Number) as [number, number, number, number, number];
  } else {
    return { ok: false, reason: "format" };
  }
  if (year < 2000 || year > 2100 || month < 1 || month > 12 || day < 1 || day > daysInMonth(year, month)) {
    return { ok: false, reason: "invalid-date" };
  }
  if (hour > 23 || minute > 59) return { ok: false, reason: "invalid-time" };
  return { ok: true, at: new Date(instantOf({ year, month, day, hour, minute }, timeZone)) };
}

// ---------------------------------------------------------------------------------------
// Which reminder is due

/**
 * When "H-`day`" becomes due: the start of the calendar day `day` days before the deadline's
 * calendar day, in `timeZone`.
 *
 * Calendar days, not 24-hour periods, because that is how people read "H-3": for a deadline
 * on 31 July 23:59 WIB, H-3 is 28 July — from 00:00 WIB, not from 28 July 23:59. Counting
 * 24-hour periods would send "H-3" on a day that is, for the reader, H-2 for most deadlines
 * set at end of day, and would make the send time depend on the deadline's hour.
 */
export function reminderDueAt(deadline: Instant, day: number, timeZone: string = WIB): number {
  const deadlineDate = calendarDateOf(toMs(deadline), timeZone);
  return startOfDay(addDays(deadlineDate, -day), timeZone);
}

/**
 * The reminder day due at `now`: the smallest day in `days` whose start has passed, while
 * the deadline itself has not. null before the first reminder and from the deadline on.
 */
export function dueReminderDay(deadline: Instant, now: Instant, days: readonly number[], timeZone: string = WIB): number | null {
  const deadlineMs = toMs(deadline);
  const nowMs = toMs(now);
  if (nowMs >= deadlineMs) return null;
  const deadlineDate = calendarDateOf(deadlineMs, timeZone);
  let due: number | null = null;
  for (const day of days) {
    if (due !== null && day >= due) continue;
    if (nowMs >= startOfDay(addDays(deadlineDate, -day), timeZone)) due = day;
  }
  return due;
}

// ---------------------------------------------------------------------------------------
// Planning

export interface ReminderDeadline<D extends Id = Id> {
  readonly id: D;
  readonly at: Instant;
  /** Overrides the plan's `days` for this deadline. */
  readonly days?: readonly number[];
}

export interface PlannedReminder<D extends Id = Id, R extends Id = Id> {
  readonly deadlineId: D;
  readonly recipientId: R;
  readonly day: number;
}

export interface PlanInput<D extends Id = Id, R extends Id = Id> {
  readonly now: Instant;
  readonly deadlines: readonly ReminderDeadline<D>[];
  /** Who is concerned by each deadline; the caller decides (role, OPD, opt-outs…). */
  readonly recipients: ReadonlyMap<D, Iterable<R>> | ((deadline: ReminderDeadline<D>) => Iterable<R>);
  /** Every reminder already sent (or handed to the outbound queue). */
  readonly sentLog: Iterable<PlannedReminder<D, R>>;
  readonly days?: readonly number[];
  readonly timeZone?: string;
}

/**
 * The reminders to send now: per deadline and concerned recipient, the most recent due day,
 * unless that recipient already got that day or a more recent (smaller) one. So nobody gets
 * the same reminder twice, and nobody who missed H-7 gets a stale H-7 once H-3 is due.
 *
 * Pure and deterministic: output follows the order of `deadlines`, then of recipients.
 * Cost is O(sentLog + deadlines × (days + recipients)).
 *
 * The log is keyed by deadline id. If a deadline is moved later, H-1 already sent for the old
 * date would suppress the new date's H-7…H-1; callers that allow rescheduling should clear the
 * deadline's log entries (or give the rescheduled deadline a new id).
 */
export function planReminders<D extends Id, R extends Id>(input: PlanInput<D, R>): PlannedReminder<D, R>[] {
  const { now, deadlines, recipients, sentLog, days = DEFAULT_REMINDER_DAYS, timeZone = WIB } = input;

  // Only the smallest day sent matters: it blocks itself and every larger day.
  const smallestSent = new Map<D, Map<R, number>>();
  for (const { deadlineId, recipientId, day } of sentLog) {
    const byRecipient = getOrCreate(smallestSent, deadlineId, () => new Map<R, number>());
    const prev = byRecipient.get(recipientId);
    if (prev === undefined || day < prev) byRecipient.set(recipientId, day);
  }

  const recipientsOf = typeof recipients === "function" ? recipients : (d: ReminderDeadline<D>) => recipients.get(d.id) ?? [];

  const plan: PlannedReminder<D, R>[] = [];
  for (const deadline of deadlines) {
    const day = dueReminderDay(deadline.at, now, deadline.days ?? days, timeZone);
    if (day === null) continue;
    const sent = smallestSent.get(deadline.id);
    // A Set so a recipient listed twice (e.g. in two roles) still gets one message.
    for (const recipientId of new Set(recipientsOf(deadline))) {
      const smallest = sent?.get(recipientId);
      if (smallest === undefined || smallest > day) plan.push({ deadlineId: deadline.id, recipientId, day });
    }
  }
  return plan;
}

/** "H-3" style label; "H-0" rather than "H" so labels line up in lists and logs. */
export function reminderLabel(day: number): string {
  return `H-${day}`;
}

import type { CategoryName } from "../period/schema.js";
import { addDays, calendarDateOf, startOfDay } from "../reminders/wib-time.js";
import { roundHalfUp } from "../score/round.js";
import { primaryView } from "../score/first-screen.js";
import type { IndexBreakdown, View } from "../score/types.js";

// The pimpinan's weekly digest: what it says, decided without I/O. The scheduler gathers the
// facts (scores, counts, the next deadline) and renders these lines through the locale files.

const DAY = 86_400_000;

export interface IsoWeek {
  /** "2026-W19": names the week in claims and score snapshots. */
  readonly key: string;
  /** Monday 00:00 of the week in the time zone, as an instant. */
  readonly start: number;
}

/** The ISO week (Monday to Sunday, in `timeZone`) that holds `instant`. */
export function isoWeekOf(instant: number, timeZone: string): IsoWeek {
  const date = calendarDateOf(instant, timeZone);
  const utc = Date.UTC(date.year, date.month - 1, date.day);
  const weekday = (new Date(utc).getUTCDay() + 6) % 7; // Monday 0
  // The ISO year is the year of the week's Thursday; week 1 holds the year's first Thursday.
  const thursday = new Date(utc + (3 - weekday) * DAY);
  const year = thursday.getUTCFullYear();
  const week = 1 + Math.floor((thursday.getTime() - Date.UTC(year, 0, 1)) / DAY / 7);
  return { key: `${year}-W${String(week).padStart(2, "0")}`, start: startOfDay(addDays(date, -weekday), timeZone) };
}

/** The week before the one holding `instant`. */
export function previousIsoWeek(instant: number, timeZone: string): IsoWeek {
  return isoWeekOf(isoWeekOf(instant, timeZone).start - 1, timeZone);
}

/** The indexes a digest records for its week, so next week's can say what changed. */
export interface DigestSnapshot {
  readonly klaim: number;
  readonly terverifikasi: number;
}

export interface DigestFacts {
  readonly klaim: IndexBreakdown;
  readonly terverifikasi: IndexBreakdown;
  /** What last week's digest recorded; null when there was none (digest off, or the first week). */
  readonly lastWeek: DigestSnapshot | null;
  readonly submittedThisWeek: number;
  readonly verifiedThisWeek: number;
  /** The next deadline, or null when none is ahead. */
  readonly nextDeadline: { readonly name: string; readonly dueAt: Date } | null;
  readonly opdsWithout: number;
}

export type DigestChange = { readonly kind: "up" | "down"; readonly points: number } | { readonly kind: "same" } | { readonly kind: "unknown" };

export interface DigestPlan {
  readonly view: View;
  readonly iid: number;
  readonly category: CategoryName;
  readonly change: DigestChange;
  readonly submitted: number;
  readonly verified: number;
  readonly nextDeadline: DigestFacts["nextDeadline"];
  /** 0 means every OPD has an innovation: worth saying too. */
  readonly opdsWithout: number;
}

/** Changes are compared on the rounded index, the value the reader saw last week. */
export function digestChange(now: number, lastWeek: number | null): DigestChange {
  if (lastWeek === null) return { kind: "unknown" };
  const delta = roundHalfUp(roundHalfUp(now, 2) - roundHalfUp(lastWeek, 2), 2);
  if (delta === 0) return { kind: "same" };
  return { kind: delta > 0 ? "up" : "down", points: Math.abs(delta) };
}

/** The view of /skor's first screen; the change is measured in that same view. */
export function planDigest(f: DigestFacts): DigestPlan {
  const view = primaryView(f.terverifikasi) === "terverifikasi" ? "terverifikasi" : "klaim";
  const r = f[view];
  return {
    view,
    iid: r.iid,
    category: r.category,
    change: digestChange(r.iid, f.lastWeek ? f.lastWeek[view] : null),
    submitted: f.submittedThisWeek,
    verified: f.verifiedThisWeek,
    nextDeadline: f.nextDeadline,
    opdsWithout: f.opdsWithout,
  };
}

export function snapshotOf(f: Pick<DigestFacts, "klaim" | "terverifikasi">): DigestSnapshot {
  return { klaim: f.klaim.iid, terverifikasi: f.terverifikasi.iid };
}

import { calendarDateOf } from "../../../core/reminders/wib-time.js";
import type { Translate } from "../../i18n.js";

export type TimeLeft = { readonly unit: "days" | "hours" | "minutes"; readonly n: number } | { readonly unit: "passed" };

const HOUR = 3_600_000;
const DAY = 24 * HOUR;

/**
 * "3 hari lagi": whole calendar days in `timeZone` when a day or more is left, as people
 * count "H-3"; hours, then minutes, on the last day, where "0 hari lagi" would say nothing.
 */
export function timeLeft(due: Date, now: Date, timeZone: string): TimeLeft {
  const ms = due.getTime() - now.getTime();
  if (ms <= 0) return { unit: "passed" };
  if (ms < DAY) {
    const hours = Math.floor(ms / HOUR);
    return hours >= 1 ? { unit: "hours", n: hours } : { unit: "minutes", n: Math.max(1, Math.ceil(ms / 60_000)) };
  }
  const a = calendarDateOf(now.getTime(), timeZone);
  const b = calendarDateOf(due.getTime(), timeZone);
  const days = Math.round((Date.UTC(b.year, b.month - 1, b.day) - Date.UTC(a.year, a.month - 1, a.day)) / DAY);
  return { unit: "days", n: Math.max(1, days) };
}

export function timeLeftText(t: Translate, left: TimeLeft): string {
  return left.unit === "passed" ? t("tgt-left-passed") : t(`tgt-left-${left.unit}`, { n: left.n });
}

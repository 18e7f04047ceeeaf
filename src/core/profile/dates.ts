// Dates as OPD staff type them in chat, stored as ISO "YYYY-MM-DD" strings. ISO strings are
// used (not Date objects) so that no time zone can shift a day: Kota Serang is UTC+7, a
// server may be UTC, and "17 Agustus" must stay the 17th everywhere.

import type { PenerapanWindow } from "../period/index.js";

export type IsoDate = string;

export type DateParseResult = { readonly ok: true; readonly date: IsoDate } | { readonly ok: false; readonly reason: "format" | "invalid-date" };

export const MIN_YEAR = 2000;
export const MAX_YEAR = 2100;

export const MONTH_NAMES = ["Januari", "Februari", "Maret", "April", "Mei", "Juni", "Juli", "Agustus", "September", "Oktober", "November", "Desember"] as const;

// Spellings seen in Indonesian office writing: old forms (Pebruari, Nopember), the two
// common abbreviations of Agustus (Agu, Agt), and the English abbreviations that differ.
const MONTH_WORDS: readonly (readonly string[])[] = [
  ["januari", "jan"],
  ["februari", "feb", "pebruari", "peb"],
  ["maret", "mar"],
  ["april", "apr"],
  ["mei", "may"],
  ["juni", "jun"],
  ["juli", "jul"],
  ["agustus", "agu", "agt", "ags", "agus", "aug"],
  ["september", "sep", "sept"],
  ["oktober", "okt", "oct"],
  ["november", "nov", "nop", "nopember"],
  ["desember", "des", "dec"],
];

const MONTH_BY_WORD: ReadonlyMap<string, number> = new Map(MONTH_WORDS.flatMap((words, i) => words.map((w) => [w, i + 1] as const)));

// The separator is captured and back-referenced so "17-08/2024" is not read as a date.
const DMY = /^(\d{1,2}) ?([-/.]) ?(\d{1,2}) ?\2 ?(\d{4})$/;
const YMD = /^(\d{4}) ?([-/.]) ?(\d{1,2}) ?\2 ?(\d{1,2})$/;
const NAMED = /^(\d{1,2})[ ,./-]*(\p{L}+)\.?[ ,./-]*(\d{4})$/u;
const ISO = /^(\d{4})-(\d{2})-(\d{2})$/;

function isLeap(y: number): boolean {
  return (y % 4 === 0 && y % 100 !== 0) || y % 400 === 0;
}

export function daysInMonth(year: number, month: number): number {
  if (month === 2) return isLeap(year) ? 29 : 28;
  return [4, 6, 9, 11].includes(month) ? 30 : 31;
}

const pad = (n: number, width: number): string => String(n).padStart(width, "0");

function build(y: number, m: number, d: number): DateParseResult {
  if (y < MIN_YEAR || y > MAX_YEAR) return { ok: false, reason: "invalid-date" };
  if (m < 1 || m > 12) return { ok: false, reason: "invalid-date" };
  if (d < 1 || d > daysInMonth(y, m)) return { ok: false, reason: "invalid-date" };
  return { ok: true, date: `${pad(y, 4)}-${pad(m, 2)}-${pad(d, 2)}` };
}

/**
 * Reads 17-08-2024, 17/08/2024, 17.08.2024, 2024-08-17 and "17 Agustus 2024" (any case,
 * month abbreviations allowed). A year outside 2000..2100 is "invalid-date", not "format":
 * the user typed a date, just not one this bot can hold. Two-digit years are refused as
 * "format" because "24" could mean 1924 or 2024.
 */
export function parseIndonesianDate(text: string): DateParseResult {
  // NFKC folds full-width digits that some phone keyboards produce.
  const s = text.normalize("NFKC").trim().toLowerCase().replace(/\s+/g, " ");
  let m = DMY.exec(s);
  if (m) return build(Number(m[4]), Number(m[3]), Number(m[1]));
  m = YMD.exec(s);
  if (m) return build(Number(m[1]), Number(m[3]), Number(m[4]));
  m = NAMED.exec(s);
  if (m) {
    const month = MONTH_BY_WORD.get(m[2] ?? "");
    if (month === undefined) return { ok: false, reason: "format" };
    return build(Number(m[3]), month, Number(m[1]));
  }
  return { ok: false, reason: "format" };
}

/** True for a real calendar date in "YYYY-MM-DD" form within the supported years. */
export function isIsoDate(value: unknown): value is IsoDate {
  if (typeof value !== "string") return false;
  const m = ISO.exec(value);
  return m !== null && build(Number(m[1]), Number(m[2]), Number(m[3])).ok;
}

/** "2024-08-17" → "17 Agustus 2024". Throws RangeError on anything but a valid ISO date. */
export function formatIndonesianDate(iso: IsoDate): string {
  const m = ISO.exec(iso);
  if (!m || !isIsoDate(iso)) throw new RangeError(`not an ISO date: ${iso}`);
  return `${Number(m[3])} ${MONTH_NAMES[Number(m[2]) - 1]} ${m[1]}`;
}

export type DateIssue =
  | { readonly code: "penerapan-before-ujicoba"; readonly severity: "error" }
  | {
      readonly code: "outside-window";
      readonly severity: "warning";
      readonly from: IsoDate;
      readonly to: IsoDate;
    };

/**
 * Rules between the two profile dates. Either date may still be missing while the profile is
 * being filled; only rules whose inputs are present are checked. The same day for uji coba and
 * penerapan is allowed. Outside the period's window is a warning, not a block: the window is
 * partly [S] data and Bappeda decides whether such an innovation is still entered.
 */
export function checkDates(ujiCoba: IsoDate | undefined, penerapan: IsoDate | undefined, window: Pick<PenerapanWindow, "from" | "to">): DateIssue[] {
  const issues: DateIssue[] = [];
  if (penerapan === undefined) return issues;
  // ISO strings of equal width compare chronologically as plain strings.
  if (ujiCoba !== undefined && penerapan < ujiCoba) {
    issues.push({ code: "penerapan-before-ujicoba", severity: "error" });
  }
  if (penerapan < window.from || penerapan > window.to) {
    issues.push({ code: "outside-window", severity: "warning", from: window.from, to: window.to });
  }
  return issues;
}

import type { Deadline } from "../db/repo/deadlines.js";
import type { OpdWork, PendingInnovation } from "../bot/work-status.js";
import { getSidIndicator, type Period } from "../core/period/index.js";
import { formatDateTime } from "../bot/ui/datetime.js";
import { timeLeft, timeLeftText } from "../bot/features/deadlines/time-left.js";
import type { Translate } from "../bot/i18n.js";

/** Leaves room under Telegram's 4096 characters for the closing lines. */
const BODY_BUDGET = 3500;

export interface ReminderTextInput {
  deadline: Deadline;
  now: Date;
  timeZone: string;
  locale: string;
  opdName: string;
  work: OpdWork;
  period: Period;
}

function itemLine(t: Translate, period: Period, item: PendingInnovation): string {
  const parts = [t(item.status === "draf" ? "rem-item-draft" : "rem-item-returned", { name: item.nama })];
  if (item.status === "dikembalikan" && item.returnNote) parts.push(t("rem-item-return-note", { note: item.returnNote }));
  if (item.missingEvidence.length > 0) {
    const names = item.missingEvidence.map((code) => `${code} ${getSidIndicator(period, code)?.name ?? ""}`.trim());
    parts.push(t("rem-item-missing-evidence", { indicators: names.join("; ") }));
  }
  if (item.otherProblems > 0) parts.push(t("rem-item-other-problems", { n: item.otherProblems }));
  return parts.join("\n   ");
}

/** A personal reminder: the deadline, and what this person's OPD still lacks for it. */
export function reminderText(t: Translate, input: ReminderTextInput): string {
  const { deadline, now, timeZone, locale, opdName, work, period } = input;
  const lines = [
    t("rem-title", { name: deadline.name }),
    t("rem-due", { date: formatDateTime(deadline.dueAt, timeZone, locale), left: timeLeftText(t, timeLeft(deadline.dueAt, now, timeZone)) }),
  ];
  if (deadline.note) lines.push(t("rem-note", { note: deadline.note }));
  lines.push("");
  if (work.pending.length === 0) {
    lines.push(work.innovations === 0 ? t("rem-no-innovation", { opd: opdName, year: period.year }) : t("rem-all-done", { opd: opdName }));
    return lines.join("\n");
  }
  lines.push(t("rem-pending-title", { opd: opdName, n: work.pending.length }));
  let length = lines.join("\n").length;
  let shown = 0;
  for (const item of work.pending) {
    const line = `• ${itemLine(t, period, item)}`;
    if (shown > 0 && length + line.length > BODY_BUDGET) break;
    lines.push(line.length > BODY_BUDGET ? `${line.slice(0, BODY_BUDGET - 1)}…` : line);
    length += line.length + 1;
    shown++;
  }
  if (shown < work.pending.length) lines.push(t("rem-more", { n: work.pending.length - shown }));
  lines.push("", t("rem-footer"));
  return lines.join("\n");
}

import { parseDeadlineInput } from "../../../core/reminders/plan.js";
import { charLength, normalizeLine, normalizeParagraphs } from "../../../core/profile/text.js";

export const NAME_MAX = 100;
export const NOTE_MAX = 1000;

/** A cleaned value, or the locale key (and variables) of the hint explaining what is wrong. */
export type Checked<T> = { ok: true; value: T } | { ok: false; hint: string; vars?: Record<string, string | number> };

export function checkDeadlineName(raw: string): Checked<string> {
  const value = normalizeLine(raw);
  if (value === "") return { ok: false, hint: "answer-empty" };
  if (charLength(value) > NAME_MAX) return { ok: false, hint: "answer-too-long", vars: { max: NAME_MAX } };
  if (!/\p{L}/u.test(value)) return { ok: false, hint: "tgt-name-no-letters" };
  return { ok: true, value };
}

/** "-" (or "tanpa"/"none") clears the note. */
export function checkDeadlineNote(raw: string): Checked<string | null> {
  const value = normalizeParagraphs(raw);
  if (value === "") return { ok: false, hint: "answer-empty" };
  if (/^(-|tanpa|tidak ada|none)$/i.test(value)) return { ok: true, value: null };
  if (charLength(value) > NOTE_MAX) return { ok: false, hint: "answer-too-long", vars: { max: NOTE_MAX } };
  return { ok: true, value };
}

/** Date and time in `timeZone`, strictly in the future. */
export function checkDeadlineDue(raw: string, timeZone: string, now: Date): Checked<Date> {
  const parsed = parseDeadlineInput(raw, timeZone);
  if (!parsed.ok) return { ok: false, hint: `tgt-due-${parsed.reason}` };
  if (parsed.at.getTime() <= now.getTime()) return { ok: false, hint: "tgt-due-past" };
  return { ok: true, value: parsed.at };
}

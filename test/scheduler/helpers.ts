import type { Harness } from "../helpers/harness.js";
import { seedPerson } from "../helpers/seed-people.js";
import { createInnovation, setClaimedLevel, setStatus } from "../../src/db/repo/innovations.js";
import { getActivePeriod } from "../../src/db/repo/periods.js";
import { createDeadline, type Deadline, type DeadlineAudience } from "../../src/db/repo/deadlines.js";
import { instantOf } from "../../src/core/reminders/wib-time.js";
import type { Person } from "../../src/db/schema.js";

export type Work = "draft" | "submitted" | "none";

/**
 * An operator of `opdName`; "draft" gives the OPD an unfinished draft that claims wajib
 * indicator 16 without evidence, "submitted" an innovation already with Bappeda.
 */
export function seedOperator(h: Harness, telegramId: number, opdName: string, work: Work, nama = `Inovasi ${telegramId}`): Person {
  const person = seedPerson(h, telegramId, "operator", opdName);
  if (work === "none") return person;
  const innovation = createInnovation(h.db, { opdId: person.opdId!, periodYear: getActivePeriod(h.db).year, createdBy: person.id, nama }, h.now());
  if (work === "draft") setClaimedLevel(h.db, innovation.id, "16", 2, h.now());
  else setStatus(h.db, innovation.id, "diajukan", h.now(), { submittedAt: h.now() });
  return person;
}

/** Wall-clock time in WIB. */
export const wib = (year: number, month: number, day: number, hour = 0, minute = 0) => new Date(instantOf({ year, month, day, hour, minute }, "Asia/Jakarta"));

export function seedDeadline(h: Harness, dueAt: Date, audience: DeadlineAudience = "unfinished", name = "Batas inovasi"): Deadline {
  const admin = seedPerson(h, 9100, "admin");
  return createDeadline(h.db, { name, dueAt, audience, note: null, createdBy: admin.id }, h.now());
}

/** Reminder texts the fake Bot API received for a chat, oldest first. */
export function remindersTo(h: Harness, chatId: number): string[] {
  return h.fake
    .callsOf("sendMessage")
    .filter((c) => c.payload.chat_id === chatId && String(c.payload.text).startsWith("⏰"))
    .map((c) => String(c.payload.text));
}

export function reminderLog(h: Harness): { deadline_id: number; person_id: number; day: number }[] {
  return h.database.sqlite.prepare("select deadline_id, person_id, day from reminder_log order by person_id, day").all() as never;
}

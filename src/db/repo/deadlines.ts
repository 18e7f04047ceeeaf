import { and, asc, eq, gt, inArray, isNull, ne, sql, type SQL } from "../orm.js";
import type { Db } from "../client.js";
import { appState, deadlines, opds, people, reminderLog } from "../schema.js";
import type { PlannedReminder } from "../../core/reminders/plan.js";

export type Deadline = typeof deadlines.$inferSelect;
export type DeadlineAudience = Deadline["audience"];
export type DeadlinePatch = Partial<Pick<Deadline, "name" | "dueAt" | "audience" | "note">>;
export type ReminderKey = PlannedReminder<number, number>;

export function createDeadline(
  db: Db,
  values: { name: string; dueAt: Date; audience: DeadlineAudience; note: string | null; createdBy: number },
  now: Date,
): Deadline {
  return db
    .insert(deadlines)
    .values({ ...values, createdAt: now, updatedAt: now })
    .returning()
    .get();
}

/** A deadline that has not been deleted. */
export function findDeadline(db: Db, id: number): Deadline | undefined {
  return db
    .select()
    .from(deadlines)
    .where(and(eq(deadlines.id, id), isNull(deadlines.deletedAt)))
    .get();
}

/** Deadlines still ahead of `now`, soonest first. */
export function listUpcomingDeadlines(db: Db, now: Date): Deadline[] {
  return db
    .select()
    .from(deadlines)
    .where(and(isNull(deadlines.deletedAt), gt(deadlines.dueAt, now)))
    .orderBy(asc(deadlines.dueAt), asc(deadlines.id))
    .all();
}

/**
 * Moving a deadline forgets the reminders sent for the old date: the log is keyed by deadline,
 * so an H-1 sent for the old date would otherwise silence every reminder of the new one.
 */
export function updateDeadline(db: Db, id: number, patch: DeadlinePatch, now: Date) {
  db.update(deadlines)
    .set({ ...patch, updatedAt: now })
    .where(eq(deadlines.id, id))
    .run();
  if (patch.dueAt !== undefined) db.delete(reminderLog).where(eq(reminderLog.deadlineId, id)).run();
}

/** Soft delete: the audit log keeps pointing at a row that still exists. */
export function deleteDeadline(db: Db, id: number, now: Date) {
  db.update(deadlines).set({ deletedAt: now, updatedAt: now }).where(eq(deadlines.id, id)).run();
}

// ---------------------------------------------------------------------------------------------
// Reminder log

export function reminderLogFor(db: Db, deadlineIds: readonly number[]): ReminderKey[] {
  if (deadlineIds.length === 0) return [];
  return db
    .select({ deadlineId: reminderLog.deadlineId, recipientId: reminderLog.personId, day: reminderLog.day })
    .from(reminderLog)
    .where(inArray(reminderLog.deadlineId, [...deadlineIds]))
    .all();
}

/**
 * Takes the right to send one reminder. The primary key (deadline, person, day) makes this
 * the single decision point: of two ticks (or two processes) racing for the same reminder,
 * exactly one insert succeeds. Returns false when someone already holds it.
 *
 * The claim is taken right before the send, possibly long after planning (a long fan-out, a
 * 429 storm), so it re-checks in the same statement what planning saw: the person has not had
 * this day or a more recent one (no stale H-3 after H-1), the deadline still exists with the
 * date the text was written for (not deleted or moved meanwhile), and the person still has
 * access.
 */
export function claimReminder(db: Db, r: ReminderKey, dueAt: Date, now: Date): boolean {
  const result = db.run(sql`
    insert into ${reminderLog} (deadline_id, person_id, day, sent_at, state)
    select ${r.deadlineId}, ${r.recipientId}, ${r.day}, ${now.getTime()}, 'sending'
    where not exists (select 1 from ${reminderLog} where deadline_id = ${r.deadlineId} and person_id = ${r.recipientId} and day <= ${r.day})
      and exists (select 1 from ${deadlines} where id = ${r.deadlineId} and deleted_at is null and due_at = ${dueAt.getTime()})
      and exists (select 1 from ${people} where id = ${r.recipientId} and status = 'active')
    on conflict do nothing`);
  return result.changes === 1;
}

const reminderOf = (r: ReminderKey) => and(eq(reminderLog.deadlineId, r.deadlineId), eq(reminderLog.personId, r.recipientId), eq(reminderLog.day, r.day));

/** Gives a claim back after a send that did not reach the person, so a later tick may retry. */
export function releaseReminder(db: Db, r: ReminderKey) {
  db.delete(reminderLog).where(reminderOf(r)).run();
}

/** Telegram accepted the reminder: its claim is settled. */
export function markReminderSent(db: Db, r: ReminderKey) {
  db.update(reminderLog).set({ state: "sent" }).where(reminderOf(r)).run();
}

/**
 * At start, before any tick: claims still "sending" were cut by the previous process's death
 * during their HTTP request, so whether they arrived is unknowable. They become "unknown" and
 * keep their claim (no second send); the caller logs them, so none vanishes silently.
 */
export function markInterruptedReminders(db: Db): { deadlineId: number; personId: number; day: number }[] {
  return db
    .update(reminderLog)
    .set({ state: "unknown" })
    .where(eq(reminderLog.state, "sending"))
    .returning({ deadlineId: reminderLog.deadlineId, personId: reminderLog.personId, day: reminderLog.day })
    .all();
}

// ---------------------------------------------------------------------------------------------
// Scheduler state and recipients' language

const LAST_TICK = "reminders.last_tick";

export function lastReminderTick(db: Db): Date | null {
  const row = db.select({ value: appState.value }).from(appState).where(eq(appState.key, LAST_TICK)).get();
  const ms = row ? Number(row.value) : NaN;
  return Number.isFinite(ms) ? new Date(ms) : null;
}

export function recordReminderTick(db: Db, at: Date) {
  db.insert(appState)
    .values({ key: LAST_TICK, value: String(at.getTime()), updatedAt: at })
    .onConflictDoUpdate({ target: appState.key, set: { value: String(at.getTime()), updatedAt: at } })
    .run();
}

// ---------------------------------------------------------------------------------------------
// Recipients

export interface Recipient {
  id: number;
  telegramId: number;
  opdId: number | null;
  opdName: string | null;
  /** Set when Telegram said the person blocked the bot; such people are not sent to. */
  unreachable: boolean;
}

function recipients(db: Db, where: SQL | undefined): Recipient[] {
  return db
    .select({ id: people.id, telegramId: people.telegramId, opdId: people.opdId, opdName: opds.name, unreachableAt: people.unreachableAt })
    .from(people)
    .leftJoin(opds, eq(people.opdId, opds.id))
    .where(and(eq(people.status, "active"), where))
    .orderBy(asc(people.id))
    .all()
    .map(({ unreachableAt, ...r }) => ({ ...r, unreachable: unreachableAt !== null }));
}

/** Operators a reminder may go to: active, of an active OPD, and not known to have blocked the bot. */
export function reminderRecipients(db: Db): (Recipient & { opdId: number; opdName: string })[] {
  return recipients(db, and(eq(people.role, "operator"), eq(opds.active, true), isNull(people.unreachableAt))) as (Recipient & {
    opdId: number;
    opdName: string;
  })[];
}

export type BroadcastAudience = { kind: "all" } | { kind: "operator" } | { kind: "pimpinan" } | { kind: "opd"; opdId: number };

/** Everyone an announcement is meant for (unreachable people included, so they can be counted), except its author. */
export function broadcastRecipients(db: Db, audience: BroadcastAudience, authorId: number): Recipient[] {
  const notAuthor = ne(people.id, authorId);
  switch (audience.kind) {
    case "all":
      return recipients(db, notAuthor);
    case "operator":
    case "pimpinan":
      return recipients(db, and(notAuthor, eq(people.role, audience.kind)));
    case "opd":
      return recipients(db, and(notAuthor, eq(people.role, "operator"), eq(people.opdId, audience.opdId)));
  }
}

/** Who the weekly digest goes to: pimpinan and admins, active and not known to have blocked the bot. */
export function digestRecipients(db: Db): Recipient[] {
  return recipients(db, and(inArray(people.role, ["pimpinan", "admin"]), isNull(people.unreachableAt)));
}

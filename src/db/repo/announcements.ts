import { and, eq, inArray, isNull, sql } from "../orm.js";
import type { Db } from "../client.js";
import { announcementDeliveries, announcements, type DeliveryState } from "../schema.js";
import type { BroadcastAudience, Recipient } from "./deadlines.js";

// Announcements are durable: the announcement and one row per recipient are written in one
// transaction before anything is sent, and each row's state follows its message (see the
// state machine on announcementDeliveries in schema.ts). A restart finishes what is pending.

export type Announcement = typeof announcements.$inferSelect;
export type DeliveryTally = Record<DeliveryState, number> & { total: number };

/**
 * Stores an announcement and its audience. People known to have blocked the bot are stored as
 * "blocked" at once: they are counted, never sent to. Call inside the caller's transaction.
 */
export function createAnnouncement(
  db: Db,
  values: { authorId: number; text: string; audience: BroadcastAudience; adminChatId: number; recipients: readonly Recipient[] },
  now: Date,
): Announcement {
  const { recipients, audience, ...rest } = values;
  const announcement = db
    .insert(announcements)
    .values({ ...rest, audience: audience.kind, opdId: audience.kind === "opd" ? audience.opdId : null, createdAt: now })
    .returning()
    .get();
  // SQLite caps bound parameters; 500 rows of 4 values stay far below every build's limit.
  for (let i = 0; i < recipients.length; i += 500) {
    const rows = recipients.slice(i, i + 500).map((r) => ({
      announcementId: announcement.id,
      personId: r.id,
      chatId: r.telegramId,
      state: r.unreachable ? ("blocked" as const) : ("pending" as const),
    }));
    if (rows.length > 0) db.insert(announcementDeliveries).values(rows).onConflictDoNothing().run();
  }
  return announcement;
}

export function findAnnouncement(db: Db, id: number): Announcement | undefined {
  return db.select().from(announcements).where(eq(announcements.id, id)).get();
}

export function unfinishedAnnouncements(db: Db): Announcement[] {
  return db.select().from(announcements).where(isNull(announcements.finishedAt)).orderBy(announcements.id).all();
}

export function setProgressMessage(db: Db, id: number, messageId: number) {
  db.update(announcements).set({ progressMessageId: messageId }).where(eq(announcements.id, id)).run();
}

/** Records that the admin was sent the final tally. */
export function markAnnouncementFinished(db: Db, id: number, now: Date) {
  db.update(announcements)
    .set({ finishedAt: now })
    .where(and(eq(announcements.id, id), isNull(announcements.finishedAt)))
    .run();
}

export function pendingDeliveries(db: Db, announcementId: number): { chatId: number }[] {
  return db
    .select({ chatId: announcementDeliveries.chatId })
    .from(announcementDeliveries)
    .where(and(eq(announcementDeliveries.announcementId, announcementId), eq(announcementDeliveries.state, "pending")))
    .orderBy(announcementDeliveries.personId)
    .all();
}

const deliveryOf = (announcementId: number, chatId: number) =>
  and(eq(announcementDeliveries.announcementId, announcementId), eq(announcementDeliveries.chatId, chatId));

/** pending → sending, right before the HTTP request; false if the delivery is no longer pending. */
export function claimDelivery(db: Db, announcementId: number, chatId: number, now: Date): boolean {
  const result = db
    .update(announcementDeliveries)
    .set({ state: "sending", attemptedAt: now })
    .where(and(deliveryOf(announcementId, chatId), eq(announcementDeliveries.state, "pending")))
    .run();
  return result.changes === 1;
}

/** sending → pending, after Telegram's 429 said this attempt delivered nothing. */
export function unclaimDelivery(db: Db, announcementId: number, chatId: number) {
  db.update(announcementDeliveries)
    .set({ state: "pending" })
    .where(and(deliveryOf(announcementId, chatId), eq(announcementDeliveries.state, "sending")))
    .run();
}

/** sending (or pending, for a job settled as blocked without an attempt) → its outcome. */
export function settleDelivery(db: Db, announcementId: number, chatId: number, state: "sent" | "failed" | "blocked") {
  db.update(announcementDeliveries)
    .set({ state })
    .where(and(deliveryOf(announcementId, chatId), inArray(announcementDeliveries.state, ["pending", "sending"])))
    .run();
}

/**
 * At start, before anything is sent: deliveries still "sending" were cut by the previous
 * process's death during their HTTP request. Whether they arrived is unknowable; they become
 * "unknown" and are not sent again. Returns how many.
 */
export function markInterruptedDeliveries(db: Db): number {
  return db.update(announcementDeliveries).set({ state: "unknown" }).where(eq(announcementDeliveries.state, "sending")).run().changes;
}

export function deliveryTally(db: Db, announcementId: number): DeliveryTally {
  const tally: DeliveryTally = { total: 0, pending: 0, sending: 0, sent: 0, failed: 0, blocked: 0, unknown: 0 };
  const rows = db
    .select({ state: announcementDeliveries.state, n: sql<number>`count(*)` })
    .from(announcementDeliveries)
    .where(eq(announcementDeliveries.announcementId, announcementId))
    .groupBy(announcementDeliveries.state)
    .all();
  for (const { state, n } of rows) {
    tally[state] = n;
    tally.total += n;
  }
  return tally;
}

import { eq, lt } from "../orm.js";
import type { Db } from "../client.js";
import { processedUpdates } from "../schema.js";

/** Telegram redelivers within hours at most; a week of ids is plenty and keeps the table small. */
const KEEP_MS = 7 * 86_400_000;
const PRUNE_EVERY = 1000;
let sincePrune = 0;

export function isProcessed(db: Db, updateId: number): boolean {
  return db.select({ id: processedUpdates.updateId }).from(processedUpdates).where(eq(processedUpdates.updateId, updateId)).get() !== undefined;
}

export function markProcessed(db: Db, updateId: number, now: Date) {
  db.insert(processedUpdates).values({ updateId, at: now }).onConflictDoNothing().run();
  if (++sincePrune >= PRUNE_EVERY) {
    sincePrune = 0;
    db.delete(processedUpdates)
      .where(lt(processedUpdates.at, new Date(now.getTime() - KEEP_MS)))
      .run();
  }
}

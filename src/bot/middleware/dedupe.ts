import type { NextFunction } from "grammy";
import type { BotContext } from "../context.js";
import { isProcessed, markProcessed } from "../../db/repo/processed-updates.js";

/**
 * A redelivered update (webhook retry, or getUpdates after a crash before the offset was
 * confirmed) has no second effect. The id is recorded once handling ends, failed or not:
 * an update whose handling was cut by a crash is handled again, which the flows tolerate
 * because every step re-reads its state from the database.
 */
export async function dedupeUpdates(ctx: BotContext, next: NextFunction) {
  const { db, clock } = ctx.deps;
  const id = ctx.update.update_id;
  if (isProcessed(db, id)) {
    ctx.log.info("duplicate update ignored");
    return;
  }
  try {
    await next();
  } finally {
    markProcessed(db, id, clock());
  }
}

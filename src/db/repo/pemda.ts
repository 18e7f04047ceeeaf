import { eq } from "../orm.js";
import type { Db } from "../client.js";
import { pemda } from "../schema.js";

const PEMDA_ID = 1;

export function getPemdaName(db: Db, fallback: string): string {
  return db.select({ name: pemda.name }).from(pemda).where(eq(pemda.id, PEMDA_ID)).get()?.name ?? fallback;
}

/** First start: the profile takes its name from PEMDA_NAME; later edits by admins win. */
export function ensurePemda(db: Db, name: string, now: Date) {
  db.insert(pemda).values({ id: PEMDA_ID, name, updatedAt: now }).onConflictDoNothing().run();
}

export function renamePemda(db: Db, name: string, now: Date) {
  db.update(pemda).set({ name, updatedAt: now }).where(eq(pemda.id, PEMDA_ID)).run();
}

import { eq } from "../orm.js";
import type { Db } from "../client.js";
import { appState } from "../schema.js";

// Small facts kept across restarts, one row per key (no migration for a flag or a pending batch).

export function readState(db: Db, key: string): string | null {
  return db.select({ value: appState.value }).from(appState).where(eq(appState.key, key)).get()?.value ?? null;
}

export function writeState(db: Db, key: string, value: string, now: Date) {
  db.insert(appState)
    .values({ key, value, updatedAt: now })
    .onConflictDoUpdate({ target: appState.key, set: { value, updatedAt: now } })
    .run();
}

export function deleteState(db: Db, key: string) {
  db.delete(appState).where(eq(appState.key, key)).run();
}

import type { StorageAdapter } from "grammy";
import { eq } from "../db/orm.js";
import type { Db } from "../db/client.js";
import { sessions } from "../db/schema.js";
import type { Clock } from "./deps.js";

/** grammY session storage in the bot's own SQLite database, so conversation state survives restarts. */
export function sqliteSessionStorage<T>(db: Db, clock: Clock): StorageAdapter<T> {
  return {
    read(key) {
      const row = db.select({ value: sessions.value }).from(sessions).where(eq(sessions.key, key)).get();
      return row ? (JSON.parse(row.value) as T) : undefined;
    },
    write(key, value) {
      const json = JSON.stringify(value);
      db.insert(sessions)
        .values({ key, value: json, updatedAt: clock() })
        .onConflictDoUpdate({ target: sessions.key, set: { value: json, updatedAt: clock() } })
        .run();
    },
    delete(key) {
      db.delete(sessions).where(eq(sessions.key, key)).run();
    },
  };
}

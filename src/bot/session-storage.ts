import type { StorageAdapter } from "grammy";
import { sqliteOf, type Db } from "../db/client.js";
import type { Clock } from "./deps.js";

/** Sessions remembered as last read or written, per key; bounded like a small LRU. */
const MAX_REMEMBERED = 10_000;

/**
 * grammY session storage in the bot's own SQLite database, so conversation state survives
 * restarts. grammY writes the session back after every update that read it; most updates do
 * not change it, so a write whose JSON equals what is stored is skipped (updates of one person
 * run one at a time, so the remembered JSON is what the row holds).
 */
export function sqliteSessionStorage<T>(db: Db, clock: Clock): StorageAdapter<T> {
  const sqlite = sqliteOf(db);
  const select = sqlite.prepare<[string]>("select value from sessions where key = ?").pluck();
  const upsert = sqlite.prepare<[string, string, number]>(
    "insert into sessions (key, value, updated_at) values (?, ?, ?) on conflict (key) do update set value = excluded.value, updated_at = excluded.updated_at",
  );
  const remove = sqlite.prepare<[string]>("delete from sessions where key = ?");
  const stored = new Map<string, string>();
  const remember = (key: string, json: string) => {
    stored.delete(key);
    if (stored.size >= MAX_REMEMBERED) stored.delete(stored.keys().next().value!);
    stored.set(key, json);
  };
  return {
    read(key) {
      const json = select.get(key) as string | undefined;
      if (json === undefined) {
        stored.delete(key);
        return undefined;
      }
      remember(key, json);
      return JSON.parse(json) as T;
    },
    write(key, value) {
      const json = JSON.stringify(value);
      if (stored.get(key) === json) return;
      upsert.run(key, json, clock().getTime());
      remember(key, json);
    },
    delete(key) {
      remove.run(key);
      stored.delete(key);
    },
  };
}

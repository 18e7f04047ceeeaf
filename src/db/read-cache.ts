import type Database from "better-sqlite3";
import { sqliteOf, type Db } from "./client.js";

// A small cache of records read on every update (the active period's 11 KB of rules, the
// person behind an update), so a wizard step does not re-read and re-parse them. Writers in
// this process call invalidateReads (see repo/periods.ts, repo/people.ts); a commit by another
// connection (the CLI, a second process) shows in SQLite's data_version and empties the cache.
// Nothing is cached inside a transaction: what it reads may still be rolled back.

interface Cache {
  readonly entries: Map<string, unknown>;
  readonly version: Database.Statement;
  seen: unknown;
}

/** Cached reads that depend on innovations, SPD levels or the active period start with this. */
export const SCORE_CACHE_KEY = "score:";

/** Guests are looked up too; a flood of strangers must not grow the cache without bound. */
const MAX_ENTRIES = 5000;

const caches = new WeakMap<Database.Database, Cache>();

function cacheOf(client: Database.Database): Cache {
  let cache = caches.get(client);
  if (!cache) {
    cache = { entries: new Map(), version: client.prepare("pragma data_version").pluck(), seen: undefined };
    caches.set(client, cache);
  }
  return cache;
}

/** `load()`'s result, read once until a writer of `key`'s records invalidates it. */
export function cachedRead<T>(db: Db, key: string, load: () => T): T {
  const client = sqliteOf(db);
  if (!client.open || client.inTransaction) return load();
  const cache = cacheOf(client);
  const version = cache.version.get();
  if (version !== cache.seen) {
    cache.entries.clear();
    cache.seen = version;
  }
  if (cache.entries.has(key)) return cache.entries.get(key) as T;
  const value = load();
  if (cache.entries.size >= MAX_ENTRIES) cache.entries.clear();
  cache.entries.set(key, value);
  return value;
}

/** Forgets every cached read whose key starts with `prefix`; writers call it. */
export function invalidateReads(db: Db, prefix: string): void {
  const cache = caches.get(sqliteOf(db));
  if (!cache) return;
  for (const key of cache.entries.keys()) if (key.startsWith(prefix)) cache.entries.delete(key);
}

/**
 * Replaces a cached value by `patch(old)` (a write changed one record of it and the writer
 * knows how), so the next reader need not re-read everything. Inside a transaction, or when the
 * entry is not cached, the entry is dropped instead.
 */
export function patchCachedRead<T>(db: Db, key: string, patch: (old: T) => T): void {
  const client = sqliteOf(db);
  const cache = caches.get(client);
  if (!cache?.entries.has(key)) return;
  if (client.inTransaction) {
    cache.entries.delete(key);
    return;
  }
  cache.entries.set(key, patch(cache.entries.get(key) as T));
}

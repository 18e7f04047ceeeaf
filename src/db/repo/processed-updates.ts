import type Database from "better-sqlite3";
import { lt } from "../orm.js";
import { sqliteOf, type Db } from "../client.js";
import { processedUpdates } from "../schema.js";

/** Telegram redelivers within hours at most; a week of ids is plenty and keeps the table small. */
const KEEP_MS = 7 * 86_400_000;
const PRUNE_EVERY = 1000;
let sincePrune = 0;

interface Statements {
  readonly seen: Database.Statement<[number]>;
  readonly mark: Database.Statement<[number, number]>;
}

// Both run on every update: prepared once per connection, each one primary-key lookup or
// insert, instead of building the statement through drizzle every time.
const statements = new WeakMap<Database.Database, Statements>();

function statementsOf(sqlite: Database.Database): Statements {
  let s = statements.get(sqlite);
  if (!s) {
    s = {
      seen: sqlite.prepare("select 1 from processed_updates where update_id = ?").pluck(),
      mark: sqlite.prepare("insert into processed_updates (update_id, at) values (?, ?) on conflict do nothing"),
    };
    statements.set(sqlite, s);
  }
  return s;
}

export function isProcessed(db: Db, updateId: number): boolean {
  return statementsOf(sqliteOf(db)).seen.get(updateId) !== undefined;
}

/** `at` is stored as the schema's timestamp column stores it (milliseconds). */
export function markProcessed(db: Db, updateId: number, now: Date) {
  statementsOf(sqliteOf(db)).mark.run(updateId, now.getTime());
  if (++sincePrune >= PRUNE_EVERY) {
    sincePrune = 0;
    db.delete(processedUpdates)
      .where(lt(processedUpdates.at, new Date(now.getTime() - KEEP_MS)))
      .run();
  }
}

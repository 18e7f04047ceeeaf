import { mkdirSync } from "node:fs";
import { dirname } from "node:path";
import { fileURLToPath } from "node:url";
import Database from "better-sqlite3";
import { drizzle, migrate, type BetterSQLite3Database } from "./orm.js";
import * as schema from "./schema.js";

export type Db = BetterSQLite3Database<typeof schema>;

export interface DatabaseHandle {
  db: Db;
  sqlite: Database.Database;
  close(): void;
}

/** The connection behind a drizzle database or one of its transactions (for prepared statements). */
export function sqliteOf(db: Db): Database.Database {
  const d = db as unknown as { $client?: Database.Database; session?: { client?: Database.Database } };
  const client = d.$client ?? d.session?.client;
  if (!client) throw new Error("no better-sqlite3 connection behind this database");
  return client;
}

const MIGRATIONS = fileURLToPath(new URL("../../migrations", import.meta.url));

/** Opens (creating the folder if needed), tunes and migrates the database. */
export function openDatabase(path: string): DatabaseHandle {
  if (path !== ":memory:") mkdirSync(dirname(path), { recursive: true });
  const sqlite = new Database(path);
  sqlite.pragma("journal_mode = WAL");
  sqlite.pragma("foreign_keys = ON");
  sqlite.pragma("busy_timeout = 5000");
  // NORMAL is durable across application crashes in WAL mode; only an OS crash may lose the last commit.
  sqlite.pragma("synchronous = NORMAL");
  const db = drizzle(sqlite, { schema });
  migrate(db, { migrationsFolder: MIGRATIONS });
  let closed = false;
  return {
    db,
    sqlite,
    close() {
      if (closed) return;
      closed = true;
      sqlite.close();
    },
  };
}

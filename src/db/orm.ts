import { createRequire } from "node:module";
import type * as Orm from "drizzle-orm";
import type * as Driver from "drizzle-orm/better-sqlite3";
import type * as Migrator from "drizzle-orm/better-sqlite3/migrator";
import type * as Core from "drizzle-orm/sqlite-core";

// The one door to drizzle-orm, taken through its CommonJS build. On Node 24 the ESM loader
// re-reads drizzle-orm's 179 KB package.json exports map for each of its modules: loading
// `drizzle-orm/better-sqlite3` as ESM costs ~1.3 s and ~150 MB of heap (the CLI's peak RSS
// went from 147 to 287 MB), as CommonJS 0.1 s and 10 MB. One build for the whole project also
// means one copy of drizzle's classes. drizzle-kit loads the schema as CommonJS, where
// `require` exists and import.meta does not.
const load = typeof require === "function" ? require : createRequire(import.meta.url);

export const { and, asc, count, desc, eq, gt, gte, inArray, isNotNull, isNull, lt, lte, ne, or, sql } = load("drizzle-orm") as typeof Orm;
export type { SQL } from "drizzle-orm";
export const { index, integer, primaryKey, real, sqliteTable, text, uniqueIndex } = load("drizzle-orm/sqlite-core") as typeof Core;
export const { drizzle } = load("drizzle-orm/better-sqlite3") as typeof Driver;
export type { BetterSQLite3Database } from "drizzle-orm/better-sqlite3";
export type { AnySQLiteColumn } from "drizzle-orm/sqlite-core";
export const { migrate } = load("drizzle-orm/better-sqlite3/migrator") as typeof Migrator;

import { readdirSync } from "node:fs";
import { basename } from "node:path";
import type { Harness } from "./harness.js";
import { registerPerson, revokePerson } from "../../src/db/repo/people.js";
import { findOpdByName } from "../../src/db/repo/opds.js";
import type { Person, Role } from "../../src/db/schema.js";

/** Registers a person directly in the database, as if they had accepted an invitation. */
export function seedPerson(h: Harness, telegramId: number, role: Role, opdName?: string): Person {
  const opdId = opdName ? findOpdByName(h.db, opdName)!.id : null;
  return registerPerson(h.db, { telegramId, role, opdId, fullName: `Orang ${telegramId}`, jabatan: "Staf", phone: null }, h.now());
}

export function seedRevoked(h: Harness, telegramId: number): Person {
  const p = seedPerson(h, telegramId, "operator", "Dinas Kesehatan");
  revokePerson(h.db, p.id, h.now());
  return p;
}

/**
 * Every row of every table that holds records, and every file the bot keeps (backups, evidence,
 * exports) below the harness folder. Left out: sessions (conversation state), processed update
 * ids, app state and migrations, which any handled update may touch.
 */
export function snapshot(h: Harness): string {
  const skip = new Set(["sessions", "processed_updates", "app_state", "__drizzle_migrations"]);
  const tables = (h.database.sqlite.prepare("select name from sqlite_master where type = 'table' order by name").all() as { name: string }[])
    .map((t) => t.name)
    .filter((t) => !skip.has(t) && !t.startsWith("sqlite_"));
  const rows = tables.map((t) => [t, h.database.sqlite.prepare(`select * from "${t}" order by rowid`).all()]);
  const files = readdirSync(h.dir, { recursive: true, encoding: "utf8" })
    .filter((f) => !basename(f).startsWith("inovasi.db"))
    .sort();
  return JSON.stringify({ rows, files });
}

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

/** Every row of every table that holds records (sessions excluded: they hold conversation state). */
export function snapshot(h: Harness): string {
  const tables = ["people", "opds", "invitations", "audit_log", "pemda", "code_attempts"];
  return JSON.stringify(tables.map((t) => h.database.sqlite.prepare(`select * from ${t} order by rowid`).all()));
}

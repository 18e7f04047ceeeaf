import { and, asc, eq } from "../orm.js";
import type { Db } from "../client.js";
import { opds, people, type Person, type Role } from "../schema.js";
import { cachedRead, invalidateReads } from "../read-cache.js";

/** Cached lookups of people start with this; every writer of `people` invalidates them. */
const CACHE_KEY = "person:";

/** Call after any write to `people` (this file and outbound/reachability.ts do). */
export function peopleChanged(db: Db): void {
  invalidateReads(db, CACHE_KEY);
}

/** Runs on every update: cached (frozen, shared) until a write to `people`. */
export function findActivePerson(db: Db, telegramId: number): Person | null {
  return cachedRead(db, `${CACHE_KEY}${telegramId}`, () => {
    const row = db
      .select()
      .from(people)
      .where(and(eq(people.telegramId, telegramId), eq(people.status, "active")))
      .get();
    return row ? Object.freeze(row) : null;
  });
}

export function findPerson(db: Db, id: number): Person | undefined {
  return db.select().from(people).where(eq(people.id, id)).get();
}

/** ADMIN_IDS people become (or return to being) admins without an invitation. */
export function ensureConfiguredAdmin(db: Db, telegramId: number, fullName: string, now: Date): Person {
  peopleChanged(db);
  return db
    .insert(people)
    .values({ telegramId, role: "admin", fullName, status: "active", createdAt: now, updatedAt: now })
    .onConflictDoUpdate({ target: people.telegramId, set: { role: "admin", opdId: null, status: "active", updatedAt: now } })
    .returning()
    .get();
}

export interface Registration {
  telegramId: number;
  role: Role;
  opdId: number | null;
  fullName: string;
  jabatan: string;
  phone: string | null;
}

/** A revoked person who is invited again gets their old row back, with the new role. */
export function registerPerson(db: Db, r: Registration, now: Date): Person {
  const values = { role: r.role, opdId: r.opdId, fullName: r.fullName, jabatan: r.jabatan, phone: r.phone, status: "active" as const, updatedAt: now };
  peopleChanged(db);
  return db
    .insert(people)
    .values({ telegramId: r.telegramId, ...values, createdAt: now })
    .onConflictDoUpdate({ target: people.telegramId, set: values })
    .returning()
    .get();
}

export type PersonWithOpd = Person & { opdName: string | null };

/** Active people grouped for reading: admins, pimpinan, then operators by OPD name. */
export function listActivePeople(db: Db): PersonWithOpd[] {
  const rows = db
    .select({ person: people, opdName: opds.name })
    .from(people)
    .leftJoin(opds, eq(people.opdId, opds.id))
    .where(eq(people.status, "active"))
    .orderBy(asc(opds.name), asc(people.fullName))
    .all();
  const rank: Record<Role, number> = { admin: 0, pimpinan: 1, operator: 2 };
  return rows.map((r) => ({ ...r.person, opdName: r.opdName })).sort((a, b) => rank[a.role] - rank[b.role]);
}

export function activeOperatorsOf(db: Db, opdId: number): Person[] {
  return db
    .select()
    .from(people)
    .where(and(eq(people.opdId, opdId), eq(people.role, "operator"), eq(people.status, "active")))
    .orderBy(asc(people.id))
    .all();
}

export function revokePerson(db: Db, id: number, now: Date) {
  peopleChanged(db);
  db.update(people).set({ status: "revoked", updatedAt: now }).where(eq(people.id, id)).run();
}

export function movePerson(db: Db, id: number, opdId: number, now: Date) {
  peopleChanged(db);
  db.update(people).set({ opdId, updatedAt: now }).where(eq(people.id, id)).run();
}

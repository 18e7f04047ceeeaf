import { and, asc, count, eq } from "../orm.js";
import type { Db } from "../client.js";
import { opds, opdUnits, people, type Opd, type OpdUnit } from "../schema.js";
import { cleanOpdName, opdNameKey } from "../../core/opd/names.js";
import type { OpdCsvPlan } from "../../core/opd/csv.js";
import { KOTA_SERANG_OPDS } from "../../data/opd-kota-serang.js";

export function listOpds(db: Db, options: { activeOnly?: boolean } = {}): Opd[] {
  const query = db.select().from(opds);
  return (options.activeOnly ? query.where(eq(opds.active, true)) : query).orderBy(asc(opds.name)).all();
}

export function findOpd(db: Db, id: number): Opd | undefined {
  return db.select().from(opds).where(eq(opds.id, id)).get();
}

export function findOpdByName(db: Db, name: string): Opd | undefined {
  return db
    .select()
    .from(opds)
    .where(eq(opds.nameKey, opdNameKey(name)))
    .get();
}

export function findOpdByCode(db: Db, code: string): Opd | undefined {
  return db.select().from(opds).where(eq(opds.code, code)).get();
}

export function countOperators(db: Db, opdId: number): number {
  return (
    db
      .select({ n: count() })
      .from(people)
      .where(and(eq(people.opdId, opdId), eq(people.status, "active")))
      .get()?.n ?? 0
  );
}

export function insertOpd(db: Db, values: { name: string; code: string | null; kind?: Opd["kind"] }, now: Date): Opd {
  const name = cleanOpdName(values.name);
  return db
    .insert(opds)
    .values({ name, nameKey: opdNameKey(name), code: values.code, kind: values.kind ?? "lainnya", active: true, createdAt: now, updatedAt: now })
    .returning()
    .get();
}

export function renameOpd(db: Db, id: number, name: string, now: Date) {
  const clean = cleanOpdName(name);
  db.update(opds)
    .set({ name: clean, nameKey: opdNameKey(clean), updatedAt: now })
    .where(eq(opds.id, id))
    .run();
}

export function setOpdActive(db: Db, id: number, active: boolean, now: Date) {
  db.update(opds).set({ active, updatedAt: now }).where(eq(opds.id, id)).run();
}

export function applyOpdPlan(db: Db, plan: OpdCsvPlan, now: Date) {
  for (const row of plan.add) insertOpd(db, row, now);
  for (const row of plan.keep) {
    db.update(opds).set({ name: row.name, code: row.code, active: true, updatedAt: now }).where(eq(opds.id, row.id)).run();
  }
  for (const id of plan.deactivate) setOpdActive(db, id, false, now);
}

/** Loads the shipped list only into an empty registry, so admins' edits are never overwritten. */
export function seedOpdsIfEmpty(db: Db, now: Date): number {
  const existing = db.select({ n: count() }).from(opds).get()?.n ?? 0;
  if (existing > 0) return 0;
  db.transaction((tx) => {
    for (const opd of KOTA_SERANG_OPDS) insertOpd(tx, opd, now);
  });
  return KOTA_SERANG_OPDS.length;
}

export function listOpdUnits(db: Db, opdId: number, options: { activeOnly?: boolean } = {}): OpdUnit[] {
  const where = options.activeOnly ? and(eq(opdUnits.opdId, opdId), eq(opdUnits.active, true)) : eq(opdUnits.opdId, opdId);
  return db.select().from(opdUnits).where(where).orderBy(asc(opdUnits.name)).all();
}

/** Adds the units an OPD does not list yet (same name, any case, is the same unit); returns how many were new. */
export function addOpdUnits(db: Db, units: readonly { opdId: number; name: string; kind: OpdUnit["kind"] }[], now: Date): number {
  let added = 0;
  for (const u of units) {
    const nameKey = opdNameKey(u.name);
    const found = db
      .select()
      .from(opdUnits)
      .where(and(eq(opdUnits.opdId, u.opdId), eq(opdUnits.nameKey, nameKey)))
      .get();
    if (found) {
      if (!found.active || found.kind !== u.kind) db.update(opdUnits).set({ active: true, kind: u.kind }).where(eq(opdUnits.id, found.id)).run();
      continue;
    }
    db.insert(opdUnits)
      .values({ opdId: u.opdId, name: cleanOpdName(u.name), nameKey, kind: u.kind, active: true, createdAt: now })
      .run();
    added += 1;
  }
  return added;
}

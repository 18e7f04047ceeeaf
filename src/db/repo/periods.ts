import { asc, count, eq } from "../orm.js";
import type { Db } from "../client.js";
import { periods } from "../schema.js";
import { cachedRead, invalidateReads, SCORE_CACHE_KEY } from "../read-cache.js";
import { refreshPeriodScoreColumns } from "./score-columns.js";
import { parsePeriod, SHIPPED_PERIODS, upgradePeriod, type Period } from "../../core/period/index.js";
import { applyChange } from "../../core/period/edit.js";

/** The year the bot starts on: the newest shipped period. */
const DEFAULT_ACTIVE_YEAR = Math.max(...SHIPPED_PERIODS.map((p) => p.year));

/**
 * A fresh database gets every shipped period with the newest active. An existing one gets the
 * shipped years it lacks (2024 and 2025 came later), and the shipped years it has are brought
 * up to the rules in the code: admins cannot edit shipped years, so the code is their record.
 * The one exception is the PKPN cluster list, which no public source gives: when the code ships
 * none, the list an admin filled in /periode is kept.
 */
export function seedShippedPeriods(db: Db, now: Date) {
  const empty = (db.select({ n: count() }).from(periods).get()?.n ?? 0) === 0;
  const before = new Map(listPeriods(db).map((p) => [p.year, p.data]));
  const written = SHIPPED_PERIODS.map((shipped) => withAdminPkpn(shipped, before.get(shipped.year)));
  db.transaction((tx) => {
    for (const period of written) {
      tx.insert(periods)
        .values({ year: period.year, data: period, active: empty && period.year === DEFAULT_ACTIVE_YEAR, createdAt: now, updatedAt: now })
        .onConflictDoUpdate({ target: periods.year, set: { data: period } })
        .run();
    }
  });
  invalidateReads(db, CACHE_KEY);
  // Shipped rules that changed (weights, indicators) change the stored kematangan of that year.
  for (const period of written) {
    const old = before.get(period.year);
    if (old !== undefined && JSON.stringify(old) !== JSON.stringify(period)) refreshPeriodScoreColumns(db, period.year);
  }
}

function withAdminPkpn(shipped: Period, stored: Period | undefined): Period {
  if ((shipped.pkpn?.length ?? 0) > 0 || !stored?.pkpn?.length) return shipped;
  return applyChange(shipped, { field: "pkpn", value: stored.pkpn });
}

/** Fields of a shipped year an admin may still change: only what no public source gives. */
export function isAdminListOfShippedYear(field: string): boolean {
  return field === "pkpn";
}

export function listPeriods(db: Db): { year: number; active: boolean; data: Period }[] {
  return db
    .select({ year: periods.year, active: periods.active, data: periods.data })
    .from(periods)
    .orderBy(asc(periods.year))
    .all()
    .map((r) => ({ ...r, data: upgradePeriod(r.data) }));
}

/** Cached reads of periods start with this; every writer below invalidates them. */
const CACHE_KEY = "period:";

/** Frozen, because one cached object is shared by every reader: a change must go through savePeriod. */
function deepFreeze<T>(value: T): T {
  if (value && typeof value === "object" && !Object.isFrozen(value)) {
    Object.freeze(value);
    for (const v of Object.values(value)) deepFreeze(v);
  }
  return value;
}

export function getPeriod(db: Db, year: number): Period | undefined {
  return cachedRead(db, `${CACHE_KEY}${year}`, () => {
    const data = db.select({ data: periods.data }).from(periods).where(eq(periods.year, year)).get()?.data;
    return data && deepFreeze(upgradePeriod(data));
  });
}

/** The period that drives forms and scores. Seeding guarantees there is one. */
export function getActivePeriod(db: Db): Period {
  const data = cachedRead(db, `${CACHE_KEY}active`, () => {
    const stored = db.select({ data: periods.data }).from(periods).where(eq(periods.active, true)).get()?.data;
    return stored && deepFreeze(upgradePeriod(stored));
  });
  if (!data) throw new Error("no active period: the database was not seeded");
  return data;
}

export function activatePeriod(db: Db, year: number, now: Date) {
  invalidateReads(db, CACHE_KEY);
  invalidateReads(db, SCORE_CACHE_KEY);
  db.transaction((tx) => {
    tx.update(periods).set({ active: false, updatedAt: now }).where(eq(periods.active, true)).run();
    tx.update(periods).set({ active: true, updatedAt: now }).where(eq(periods.year, year)).run();
  });
}

/** Inserts or replaces a period's rules; invalid rules are refused, never stored. */
export function savePeriod(db: Db, data: Period, now: Date): { ok: true } | { ok: false; issues: string[] } {
  const parsed = parsePeriod(data);
  if (!parsed.success) return { ok: false, issues: parsed.error.issues.map((i) => `${i.path.join(".")}: ${i.message}`) };
  invalidateReads(db, CACHE_KEY);
  db.insert(periods)
    .values({ year: parsed.data.year, data: parsed.data, active: false, createdAt: now, updatedAt: now })
    .onConflictDoUpdate({ target: periods.year, set: { data: parsed.data, updatedAt: now } })
    .run();
  // New weights or indicators change every stored kematangan of the period.
  refreshPeriodScoreColumns(db, parsed.data.year);
  return { ok: true };
}

/** Shipped years keep the rules of the brief; admins change rules on copies. */
export function isShippedYear(year: number): boolean {
  return SHIPPED_PERIODS.some((p) => p.year === year);
}

/** A new year's rules; refused when the year exists or the rules are invalid. */
export function insertPeriod(db: Db, data: Period, now: Date): { ok: true } | { ok: false; exists: true } | { ok: false; exists: false; issues: string[] } {
  if (getPeriod(db, data.year)) return { ok: false, exists: true };
  const saved = savePeriod(db, data, now);
  return saved.ok ? saved : { ok: false, exists: false, issues: saved.issues };
}

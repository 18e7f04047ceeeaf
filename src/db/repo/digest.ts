import { and, count, eq, gte, lte, ne, sql } from "../orm.js";
import type { Db } from "../client.js";
import { appState, innovations } from "../schema.js";
import type { DigestSnapshot } from "../../core/digest/plan.js";

// The weekly digest keeps its state in app_state, so it needs no table of its own:
//   digest.sent.<week>.<person>  the claim on one person's digest of one week:
//                                "sending" → "sent" (or "unknown" after a crash mid-send)
//   digest.score.<week>          the indexes that week's digest reported (JSON)
//   digest.last_tick             the last completed run, for the catch-up at start

const LAST_TICK = "digest.last_tick";
const SENT_PREFIX = "digest.sent.";
const sentKey = (week: string, personId: number) => `${SENT_PREFIX}${week}.${personId}`;
const scoreKey = (week: string) => `digest.score.${week}`;

/**
 * Takes the right to send one person this week's digest: an insert on app_state's primary
 * key, so of two runs (a cron tick and a catch-up, or two processes) exactly one wins.
 */
export function claimDigest(db: Db, week: string, personId: number, now: Date): boolean {
  return (
    db
      .insert(appState)
      .values({ key: sentKey(week, personId), value: "sending", updatedAt: now })
      .onConflictDoNothing()
      .run().changes === 1
  );
}

export function markDigestSent(db: Db, week: string, personId: number, now: Date) {
  db.update(appState)
    .set({ value: "sent", updatedAt: now })
    .where(eq(appState.key, sentKey(week, personId)))
    .run();
}

/** A send that did not reach the person gives its claim back, so a later run may retry. */
export function releaseDigest(db: Db, week: string, personId: number) {
  db.delete(appState)
    .where(eq(appState.key, sentKey(week, personId)))
    .run();
}

/** At start: a claim still "sending" was cut by a crash during its send; it stays claimed, as "unknown". */
export function markInterruptedDigests(db: Db, now: Date): string[] {
  return db
    .update(appState)
    .set({ value: "unknown", updatedAt: now })
    .where(and(sql`${appState.key} like ${`${SENT_PREFIX}%`}`, eq(appState.value, "sending")))
    .returning({ key: appState.key })
    .all()
    .map((r) => r.key);
}

/** Records the week's indexes once: the first digest of the week is what next week compares with. */
export function recordDigestScores(db: Db, week: string, snapshot: DigestSnapshot, now: Date) {
  db.insert(appState)
    .values({ key: scoreKey(week), value: JSON.stringify(snapshot), updatedAt: now })
    .onConflictDoNothing()
    .run();
}

export function digestScores(db: Db, week: string): DigestSnapshot | null {
  const row = db
    .select({ value: appState.value })
    .from(appState)
    .where(eq(appState.key, scoreKey(week)))
    .get();
  if (!row) return null;
  const v = JSON.parse(row.value) as Partial<DigestSnapshot>;
  return typeof v.klaim === "number" && typeof v.terverifikasi === "number" ? { klaim: v.klaim, terverifikasi: v.terverifikasi } : null;
}

export function lastDigestTick(db: Db): Date | null {
  const row = db.select({ value: appState.value }).from(appState).where(eq(appState.key, LAST_TICK)).get();
  const ms = row ? Number(row.value) : NaN;
  return Number.isFinite(ms) ? new Date(ms) : null;
}

export function recordDigestTick(db: Db, at: Date) {
  db.insert(appState)
    .values({ key: LAST_TICK, value: String(at.getTime()), updatedAt: at })
    .onConflictDoUpdate({ target: appState.key, set: { value: String(at.getTime()), updatedAt: at } })
    .run();
}

/** Innovations of the period submitted and verified from `since` up to and including `until`. */
export function weekActivity(db: Db, periodYear: number, since: Date, until: Date): { submitted: number; verified: number } {
  const inPeriod = and(eq(innovations.periodYear, periodYear), ne(innovations.status, "ditarik"));
  const between = (col: typeof innovations.submittedAt) => and(inPeriod, gte(col, since), lte(col, until));
  const n = (where: ReturnType<typeof between>) => db.select({ n: count() }).from(innovations).where(where).get()?.n ?? 0;
  return { submitted: n(between(innovations.submittedAt)), verified: n(between(innovations.verifiedAt)) };
}

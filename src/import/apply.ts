import { and, eq, sql } from "../db/orm.js";
import type { Db } from "../db/client.js";
import { innovations, spdLevels, type Innovation } from "../db/schema.js";
import { getActivePeriod } from "../db/repo/periods.js";
import { listOpds } from "../db/repo/opds.js";
import { getSpdLevels, setSpdLevel } from "../db/repo/spd.js";
import { innovationNameKey } from "../db/repo/innovations.js";
import { storedScoreOf } from "../core/score/index.js";
import { invalidateReads, SCORE_CACHE_KEY } from "../db/read-cache.js";
import { audit } from "../db/repo/audit.js";
import {
  parseInnovationTable,
  parseSpdTable,
  planInnovationImport,
  planSpdImport,
  type CellError,
  type FileProblem,
  type InnovationPatch,
  type ParsedInnovation,
} from "../core/transfer/index.js";
import type { ReadFile } from "./stream-reader.js";
import { nationalBase, nationalRecord } from "../core/score/national.js";

export type ImportOutcome =
  | { readonly ok: true; readonly added: number; readonly updated: number; readonly unchanged: number; readonly spdChanged: number }
  | { readonly ok: false; readonly errors: CellError[]; readonly fileProblem?: FileProblem; readonly missing?: string[]; readonly sheet?: string };

export interface ImportActor {
  /** people.id of the admin: new innovations are created by them and the audit names them. */
  readonly personId: number;
  /** "bot" or "cli", kept in the audit entry. */
  readonly via: string;
}

const SUBMITTED = new Set(["diajukan", "dikembalikan", "terverifikasi"]);

/** Submission and verification times follow a status set by the file, when the row has none yet. */
function statusStamps(current: Pick<Innovation, "submittedAt" | "verifiedAt"> | null, status: string, actor: ImportActor, now: Date) {
  return {
    ...(SUBMITTED.has(status) && !current?.submittedAt ? { submittedAt: now } : {}),
    ...(status === "terverifikasi" && !current?.verifiedAt ? { verifiedAt: now, verifiedBy: actor.personId } : {}),
  };
}

function newRow(row: ParsedInnovation, periodYear: number, actor: ImportActor, now: Date) {
  const status = row.status ?? "draf";
  const p = row.profile;
  return {
    opdId: row.opdId,
    periodYear,
    createdBy: actor.personId,
    status,
    nama: row.nama,
    namaKey: innovationNameKey(row.nama),
    tahapan: p.tahapan,
    inisiator: p.inisiator,
    namaInisiator: p.namaInisiator,
    jenis: p.jenis,
    bentuk: p.bentuk,
    tematik: p.tematik,
    urusanUtama: p.urusanUtama,
    // Empty stays "not asked yet", so the bot still offers the optional question later.
    urusanLain: p.urusanLain.length > 0 ? [...p.urusanLain] : null,
    waktuUjiCoba: p.waktuUjiCoba,
    waktuPenerapan: p.waktuPenerapan,
    rancangBangun: p.rancangBangun === null ? null : [p.rancangBangun],
    tujuan: p.tujuan,
    manfaat: p.manfaat,
    hasil: p.hasil,
    claimedLevels: { ...row.claimed },
    verifiedLevels: { ...row.verified },
    nationalResult: row.national ?? null,
    nationalLevels:
      row.national === "diterima" && row.nationalLevels ? nationalRecord(nationalBase(status, row.claimed, row.verified), row.nationalLevels) : null,
    unitPelaksana: row.unitPelaksana ?? null,
    pkpn: row.pkpn ?? null,
    claimedBases: { ...(row.bases ?? {}) },
    ...statusStamps(null, status, actor, now),
    createdAt: now,
    updatedAt: now,
  };
}

/**
 * Checks every row of the file against the active period, then applies all of it in one
 * transaction, or nothing. Rows equal to what is stored are not written at all, so importing
 * a file just exported leaves every table (audit log included) as it was.
 */
export function importFile(db: Db, file: ReadFile, actor: ImportActor, now: Date): ImportOutcome {
  const period = getActivePeriod(db);
  const opdList = listOpds(db).map((o) => ({ id: o.id, name: o.name, code: o.code }));
  const parsed = parseInnovationTable(file.innovations, period, opdList);
  const spdParsed = file.spd ? parseSpdTable(file.spd, period) : null;
  if (!parsed.ok && parsed.fileProblem) return parsed;
  if (spdParsed && !spdParsed.ok && spdParsed.fileProblem) return { ...spdParsed, sheet: "SPD" };
  const errors = [...(parsed.ok ? [] : parsed.errors), ...(spdParsed && !spdParsed.ok ? spdParsed.errors : [])];
  if (!parsed.ok || (spdParsed && !spdParsed.ok)) return { ok: false, errors };

  const stored = db.select().from(innovations).where(eq(innovations.periodYear, period.year)).all();
  const byId = new Map(stored.map((s) => [s.id, s]));
  const plan = planInnovationImport(period, stored, parsed.rows);
  const spdPlan = spdParsed?.ok ? planSpdImport(getSpdLevels(db, period.year), spdParsed.rows) : { set: [], clear: [] };
  const spdChanged = spdPlan.set.length + spdPlan.clear.length;
  const summary = { ok: true as const, added: plan.add.length, updated: plan.update.length, unchanged: plan.unchanged, spdChanged };
  if (plan.add.length + plan.update.length + spdChanged === 0) return summary;

  db.transaction((tx) => {
    // Score columns go in the same statement as the row (computed by the core, as every
    // writer's refreshScoreColumns does): one statement per row keeps the write lock short.
    // Prepared statements (one per set of columns, i.e. per kind of status stamps) for the added
    // rows: building and preparing a statement per row held the write lock, and so the bot's
    // own writes, for seconds at 5,000 rows.
    const inserts = new Map<string, { run(values: Record<string, unknown>): unknown }>();
    for (const row of plan.add) {
      const values = newRow(row, period.year, actor, now);
      const full: Record<string, unknown> = { ...values, ...storedScoreOf(period, { claimed: values.claimedLevels, verified: values.verifiedLevels }) };
      const keys = Object.keys(full);
      let insert = inserts.get(keys.join());
      if (!insert) {
        insert = tx
          .insert(innovations)
          .values(Object.fromEntries(keys.map((k) => [k, sql.placeholder(k)])) as never)
          .prepare();
        inserts.set(keys.join(), insert);
      }
      insert.run(full);
    }
    for (const u of plan.update) {
      const patch: InnovationPatch & Record<string, unknown> = { ...u.patch };
      if (patch.nama !== undefined) patch.namaKey = innovationNameKey(patch.nama);
      const stored = byId.get(u.id) ?? null;
      const stamps = patch.status ? statusStamps(stored, patch.status, actor, now) : {};
      const levels = { claimed: patch.claimedLevels ?? stored?.claimedLevels ?? {}, verified: patch.verifiedLevels ?? stored?.verifiedLevels ?? {} };
      tx.update(innovations)
        .set({ ...patch, ...stamps, ...storedScoreOf(period, levels), updatedAt: now })
        .where(eq(innovations.id, u.id))
        .run();
    }
    if (plan.add.length + plan.update.length > 0) invalidateReads(tx, SCORE_CACHE_KEY);
    for (const s of spdPlan.set) setSpdLevel(tx, { periodYear: period.year, code: s.code, level: s.level, updatedBy: actor.personId }, now);
    for (const code of spdPlan.clear) {
      tx.delete(spdLevels)
        .where(and(eq(spdLevels.periodYear, period.year), eq(spdLevels.code, code)))
        .run();
    }
    if (spdPlan.clear.length > 0) invalidateReads(tx, SCORE_CACHE_KEY);
    audit(tx, {
      actorId: actor.personId,
      action: "transfer.import",
      target: `period:${period.year}`,
      detail: { via: actor.via, added: summary.added, updated: summary.updated, spd: spdChanged },
      at: now,
    });
  });
  return summary;
}

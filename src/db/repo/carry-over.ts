import { refreshScoreColumns } from "./score-columns.js";
import { and, eq, lt, ne } from "../orm.js";
import type { Db } from "../client.js";
import { evidence, innovations, type Innovation } from "../schema.js";
import { asksYearDocuments, checkCarryOver, type CarryCheck, type Period } from "../../core/period/index.js";
import { audit } from "./audit.js";
import { findOption } from "../../core/profile/options.js";

// Carry-over of innovations from earlier periods into the active one. The earlier record is
// only read: the copy is a new draft with its own evidence rows, linked by carriedFromId.

/**
 * Innovations of earlier periods that could be carried into `year`: the newest record of each
 * (OPD, name), not withdrawn and not drafts (a draft never took part), and only where the OPD
 * has no innovation of that name in `year` yet. `opdId` null lists every OPD (admins).
 */
export function carryCandidates(db: Db, year: number, opdId: number | null): Innovation[] {
  const filters = [lt(innovations.periodYear, year), ne(innovations.status, "ditarik"), ne(innovations.status, "draf")];
  if (opdId !== null) filters.push(eq(innovations.opdId, opdId));
  const earlier = db
    .select()
    .from(innovations)
    .where(and(...filters))
    .all();
  const present = new Set(
    db
      .select({ opdId: innovations.opdId, namaKey: innovations.namaKey })
      .from(innovations)
      .where(eq(innovations.periodYear, year))
      .all()
      .map((r) => `${r.opdId}:${r.namaKey}`),
  );
  const newest = new Map<string, Innovation>();
  for (const inv of earlier) {
    const key = `${inv.opdId}:${inv.namaKey}`;
    if (present.has(key)) continue;
    const seen = newest.get(key);
    if (!seen || seen.periodYear < inv.periodYear) newest.set(key, inv);
  }
  return [...newest.values()].sort((a, b) => a.opdId - b.opdId || a.nama.localeCompare(b.nama, "id"));
}

export type CarryResult =
  | { readonly ok: true; readonly innovation: Innovation; readonly copied: number; readonly needsUpdate: readonly string[] }
  | Extract<CarryCheck, { ok: false }>
  | { readonly ok: false; readonly problem: "exists" };

/**
 * Copies `source` into `period` as a draft: the profile, the claimed levels (for review) and
 * the SID evidence rows, marked "perlu diperbarui" for indicators that ask for documents of
 * given years. Verified levels and the national verdict belong to the earlier year and are not
 * copied. Run inside a transaction with the audit entry.
 */
export function carryOver(db: Db, source: Innovation, period: Period, actorId: number, now: Date): CarryResult {
  const check = checkCarryOver(period, source);
  if (!check.ok) return check;
  const clash = db
    .select({ id: innovations.id })
    .from(innovations)
    .where(and(eq(innovations.periodYear, period.year), eq(innovations.opdId, source.opdId), eq(innovations.namaKey, source.namaKey)))
    .get();
  if (clash) return { ok: false, problem: "exists" };
  const codes = new Set(period.sid.map((i) => i.code));
  const claimedLevels = Object.fromEntries(Object.entries(source.claimedLevels).filter(([code]) => codes.has(code)));
  const copy = db
    .insert(innovations)
    .values({
      opdId: source.opdId,
      periodYear: period.year,
      createdBy: actorId,
      status: "draf",
      nama: source.nama,
      namaKey: source.namaKey,
      tahapan: source.tahapan,
      inisiator: source.inisiator,
      namaInisiator: source.namaInisiator,
      jenis: source.jenis,
      bentuk: source.bentuk,
      // Tematik lists differ by year (2025+: Asta Cita); a choice the new year lacks is asked again.
      tematik: period.tematik.some((t) => t.id === source.tematik) ? source.tematik : null,
      // Clusters are a period's own list: an answer the new year lacks is asked again.
      pkpn: (period.pkpn?.length ?? 0) > 0 && findOption("pkpn", period, source.pkpn ?? "") ? source.pkpn : null,
      urusanUtama: source.urusanUtama,
      urusanLain: source.urusanLain,
      waktuUjiCoba: source.waktuUjiCoba,
      waktuPenerapan: source.waktuPenerapan,
      pengembanganTerbaru: source.pengembanganTerbaru,
      rancangBangun: source.rancangBangun,
      tujuan: source.tujuan,
      manfaat: source.manfaat,
      hasil: source.hasil,
      unitPelaksana: source.unitPelaksana,
      claimedLevels,
      claimedBases: Object.fromEntries(Object.entries(source.claimedBases).filter(([code]) => codes.has(code))),
      participation: check.participation,
      carriedFromId: source.id,
      createdAt: now,
      updatedAt: now,
    })
    .returning()
    .get();
  refreshScoreColumns(db, copy.id);
  const yearDocs = new Set(period.sid.filter(asksYearDocuments).map((i) => i.code));
  const rows = db.select().from(evidence).where(eq(evidence.innovationId, source.id)).orderBy(evidence.id).all();
  const needsUpdate = new Set<string>();
  for (const { id: _id, ...row } of rows) {
    if (!codes.has(row.indicatorCode)) continue;
    const stale = yearDocs.has(row.indicatorCode);
    if (stale) needsUpdate.add(row.indicatorCode);
    // The file on disk is shared with the earlier row; deleting evidence keeps a shared file.
    db.insert(evidence)
      .values({ ...row, innovationId: copy.id, periodYear: period.year, needsUpdate: stale, createdBy: actorId, createdAt: now })
      .run();
  }
  audit(db, {
    actorId,
    action: "innovation.carry-over",
    target: `innovation:${copy.id}`,
    detail: { from: source.id, fromYear: source.periodYear, toYear: period.year, participation: check.participation },
    at: now,
  });
  const copied = rows.filter((r) => codes.has(r.indicatorCode)).length;
  return { ok: true, innovation: copy, copied, needsUpdate: [...needsUpdate].sort((a, b) => Number.parseInt(a, 10) - Number.parseInt(b, 10)) };
}

/** True when another evidence row still points at this file (a carried-over copy or its source). */
export function isEvidenceFileShared(db: Db, localPath: string, exceptId: number): boolean {
  return (
    db
      .select({ id: evidence.id })
      .from(evidence)
      .where(and(eq(evidence.localPath, localPath), ne(evidence.id, exceptId)))
      .get() !== undefined
  );
}

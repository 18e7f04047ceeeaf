import { and, asc, desc, eq, inArray, ne } from "../orm.js";
import type { Db } from "../client.js";
import { evidence, innovations, type Evidence, type Innovation, type InnovationStatus, type LevelRecord, type VerifiedLevelRecord } from "../schema.js";
import type { FieldKey, ProfileValues } from "../../core/profile/fields.js";
import type { InnovationInput } from "../../core/score/types.js";
import { normalizeLine } from "../../core/profile/text.js";
import { nationalBase, nationalRecord } from "../../core/score/national.js";
import { cachedRead, patchCachedRead, SCORE_CACHE_KEY } from "../read-cache.js";
import { refreshScoreColumns } from "./score-columns.js";

export function innovationNameKey(nama: string): string {
  return normalizeLine(nama).toLocaleLowerCase("id");
}

/** The columns an operator fills through the profile questions. */
export type ProfilePatch = Partial<Pick<Innovation, FieldKey>>;

export function findInnovation(db: Db, id: number): Innovation | undefined {
  return db.select().from(innovations).where(eq(innovations.id, id)).get();
}

export function findInnovationByName(db: Db, opdId: number, periodYear: number, nama: string): Innovation | undefined {
  return db
    .select()
    .from(innovations)
    .where(and(eq(innovations.opdId, opdId), eq(innovations.periodYear, periodYear), eq(innovations.namaKey, innovationNameKey(nama))))
    .get();
}

/** A draft exists from its first accepted answer, the name. */
export function createInnovation(db: Db, values: { opdId: number; periodYear: number; createdBy: number; nama: string }, now: Date): Innovation {
  const nama = normalizeLine(values.nama);
  const row = db
    .insert(innovations)
    .values({ ...values, nama, namaKey: innovationNameKey(nama), status: "draf", createdAt: now, updatedAt: now })
    .returning()
    .get();
  refreshScoreColumns(db, row.id);
  return row;
}

export function updateProfile(db: Db, id: number, patch: ProfilePatch, now: Date) {
  const withKey = patch.nama !== undefined ? { ...patch, namaKey: innovationNameKey(patch.nama) } : patch;
  db.update(innovations)
    .set({ ...withKey, updatedAt: now })
    .where(eq(innovations.id, id))
    .run();
  refreshScoreColumns(db, id);
}

export function setClaimedLevel(db: Db, id: number, code: string, level: 0 | 1 | 2 | 3, now: Date) {
  const current = findInnovation(db, id);
  if (!current) return;
  const claimedLevels: LevelRecord = { ...current.claimedLevels, [code]: level };
  db.update(innovations).set({ claimedLevels, updatedAt: now }).where(eq(innovations.id, id)).run();
  refreshScoreColumns(db, id);
}

/** The basis chosen for an indicator that offers several (2026's 33). */
export function setClaimedBasis(db: Db, id: number, code: string, basisId: string, now: Date) {
  const current = findInnovation(db, id);
  if (!current) return;
  db.update(innovations)
    .set({ claimedBases: { ...current.claimedBases, [code]: basisId }, updatedAt: now })
    .where(eq(innovations.id, id))
    .run();
}

export function setVerifiedLevel(db: Db, id: number, code: string, level: 0 | 1 | 2 | 3 | null, now: Date) {
  const current = findInnovation(db, id);
  if (!current) return;
  const verifiedLevels: VerifiedLevelRecord = { ...current.verifiedLevels, [code]: level };
  db.update(innovations).set({ verifiedLevels, updatedAt: now }).where(eq(innovations.id, id)).run();
  refreshScoreColumns(db, id);
}

export function setStatus(
  db: Db,
  id: number,
  status: InnovationStatus,
  now: Date,
  extra: Partial<Pick<Innovation, "returnNote" | "submittedAt" | "verifiedAt" | "verifiedBy">> = {},
) {
  db.update(innovations)
    .set({ status, ...extra, updatedAt: now })
    .where(eq(innovations.id, id))
    .run();
  refreshScoreColumns(db, id);
}

export function listOpdInnovations(db: Db, opdId: number, periodYear: number): Innovation[] {
  return db
    .select()
    .from(innovations)
    .where(and(eq(innovations.opdId, opdId), eq(innovations.periodYear, periodYear)))
    .orderBy(desc(innovations.updatedAt))
    .all();
}

/** What /lanjut continues: the OPD's most recently touched draft or returned innovation. */
export function newestUnfinished(db: Db, opdId: number, periodYear: number): Innovation | undefined {
  return db
    .select()
    .from(innovations)
    .where(and(eq(innovations.opdId, opdId), eq(innovations.periodYear, periodYear), inArray(innovations.status, ["draf", "dikembalikan"])))
    .orderBy(desc(innovations.updatedAt), desc(innovations.id))
    .limit(1)
    .get();
}

export function listByStatus(db: Db, periodYear: number, status: InnovationStatus): Innovation[] {
  return db
    .select()
    .from(innovations)
    .where(and(eq(innovations.periodYear, periodYear), eq(innovations.status, status)))
    .orderBy(innovations.submittedAt)
    .all();
}

/**
 * Only what the score engine needs, for every innovation of the period except withdrawn ones.
 * Cached (frozen, shared by /skor, /kategori, the chart, the digest and the export) until an
 * innovation is written: every writer calls refreshScoreColumns, which invalidates it.
 */
export function scoreInputs(db: Db, periodYear: number): readonly InnovationInput[] {
  return cachedRead(db, `${SCORE_CACHE_KEY}inputs:${periodYear}`, () => Object.freeze(readScoreInputs(db, periodYear).map((i) => Object.freeze(i))));
}

/**
 * After one innovation was written: its entry in the cached score inputs is replaced (or
 * removed when withdrawn), in id order, instead of re-reading every innovation of the period.
 */
export function patchScoreInput(db: Db, id: number, periodYear: number): void {
  const [fresh] = readScoreInputs(db, periodYear, id);
  const key = String(id);
  patchCachedRead<readonly InnovationInput[]>(db, `${SCORE_CACHE_KEY}inputs:${periodYear}`, (old) => {
    const next = old.filter((i) => i.id !== key);
    if (fresh) {
      const at = next.findIndex((i) => Number(i.id) > id);
      next.splice(at === -1 ? next.length : at, 0, Object.freeze(fresh));
    }
    return Object.freeze(next);
  });
}

function readScoreInputs(db: Db, periodYear: number, id?: number): InnovationInput[] {
  return db
    .select({
      id: innovations.id,
      nama: innovations.nama,
      opdId: innovations.opdId,
      status: innovations.status,
      urusanUtama: innovations.urusanUtama,
      urusanLain: innovations.urusanLain,
      claimed: innovations.claimedLevels,
      verified: innovations.verifiedLevels,
      tahapan: innovations.tahapan,
      waktuPenerapan: innovations.waktuPenerapan,
      pengembanganTerbaru: innovations.pengembanganTerbaru,
      nationalResult: innovations.nationalResult,
      nationalLevels: innovations.nationalLevels,
    })
    .from(innovations)
    .where(and(eq(innovations.periodYear, periodYear), ne(innovations.status, "ditarik"), id === undefined ? undefined : eq(innovations.id, id)))
    .orderBy(asc(innovations.id))
    .all()
    .map((r) => ({
      id: String(r.id),
      name: r.nama,
      opdId: String(r.opdId),
      status: r.status,
      urusanUtama: r.urusanUtama ?? "",
      urusanLain: r.urusanLain ?? [],
      claimed: r.claimed,
      verified: r.verified,
      tahapan: r.tahapan,
      waktuPenerapan: r.waktuPenerapan,
      pengembanganTerbaru: r.pengembanganTerbaru,
      national: r.nationalResult ? { result: r.nationalResult, levels: r.nationalLevels } : null,
    }));
}

/** The stored row as the profile rules see it. */
export function profileOf(i: Innovation): ProfileValues {
  const orUndefined = <T>(v: T | null) => (v === null ? undefined : v);
  return {
    nama: i.nama,
    tahapan: orUndefined(i.tahapan),
    inisiator: orUndefined(i.inisiator),
    namaInisiator: orUndefined(i.namaInisiator),
    jenis: orUndefined(i.jenis),
    bentuk: orUndefined(i.bentuk),
    tematik: orUndefined(i.tematik),
    pkpn: orUndefined(i.pkpn),
    urusanUtama: orUndefined(i.urusanUtama),
    urusanLain: orUndefined(i.urusanLain),
    waktuUjiCoba: orUndefined(i.waktuUjiCoba),
    waktuPenerapan: orUndefined(i.waktuPenerapan),
    pengembanganTerbaru: orUndefined(i.pengembanganTerbaru),
    rancangBangun: orUndefined(i.rancangBangun),
    tujuan: orUndefined(i.tujuan),
    manfaat: orUndefined(i.manfaat),
    hasil: orUndefined(i.hasil),
  };
}

export type NewEvidence = Omit<typeof evidence.$inferInsert, "id">;

export function addEvidence(db: Db, values: NewEvidence): Evidence {
  return db.insert(evidence).values(values).returning().get();
}

export function setEvidenceLocalPath(db: Db, id: number, localPath: string) {
  db.update(evidence).set({ localPath }).where(eq(evidence.id, id)).run();
}

export function findEvidence(db: Db, id: number): Evidence | undefined {
  return db.select().from(evidence).where(eq(evidence.id, id)).get();
}

export function setEvidencePortalCopy(db: Db, id: number, path: string, bytes: number) {
  db.update(evidence).set({ portalCopyPath: path, portalCopyBytes: bytes }).where(eq(evidence.id, id)).run();
}

export function setEvidenceDocDetails(db: Db, id: number, d: { nomor: string | null; tanggal: string | null; judul: string | null }) {
  db.update(evidence).set({ docNomor: d.nomor, docTanggal: d.tanggal, docJudul: d.judul }).where(eq(evidence.id, id)).run();
}

export function listInnovationEvidence(db: Db, innovationId: number): Evidence[] {
  return db.select().from(evidence).where(eq(evidence.innovationId, innovationId)).orderBy(evidence.id).all();
}

export function listSpdEvidence(db: Db, periodYear: number): Evidence[] {
  return db
    .select()
    .from(evidence)
    .where(and(eq(evidence.periodYear, periodYear), eq(evidence.scope, "spd")))
    .orderBy(evidence.id)
    .all();
}

export function deleteEvidence(db: Db, id: number) {
  db.delete(evidence).where(eq(evidence.id, id)).run();
}

/**
 * Approval keeps every level Bappeda set and takes the OPD's claim where it set none, so the
 * "terverifikasi" view never reads a silent 0 for an indicator nobody disputed.
 */
export function approveInnovation(db: Db, id: number, verifiedBy: number, now: Date) {
  const current = findInnovation(db, id);
  if (!current) return;
  const verifiedLevels: VerifiedLevelRecord = { ...current.verifiedLevels };
  for (const [code, level] of Object.entries(current.claimedLevels)) {
    if (verifiedLevels[code] === undefined || verifiedLevels[code] === null) verifiedLevels[code] = level;
  }
  db.update(innovations).set({ status: "terverifikasi", verifiedLevels, verifiedAt: now, verifiedBy, updatedAt: now }).where(eq(innovations.id, id)).run();
  refreshScoreColumns(db, id);
}

/**
 * Records (or clears, with null) the ministry's verdict on one innovation. Accepted levels are
 * stored whole: the ones the ministry changed over Bappeda's verification (or the claim).
 */
export function setNationalResult(
  db: Db,
  id: number,
  result: "diterima" | "ditolak" | null,
  changed: Readonly<Record<string, 0 | 1 | 2 | 3>> | null,
  now: Date,
) {
  const current = findInnovation(db, id);
  if (!current) return;
  const base = nationalBase(current.status, current.claimedLevels, current.verifiedLevels);
  const nationalLevels = result === "diterima" && changed ? nationalRecord(base, changed) : null;
  db.update(innovations).set({ nationalResult: result, nationalLevels, updatedAt: now }).where(eq(innovations.id, id)).run();
  refreshScoreColumns(db, id);
}

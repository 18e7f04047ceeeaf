import type { EvidenceKind, Period } from "../period/schema.js";
import { eligibility, type IneligibleReason } from "./eligibility.js";
import { isCounted, kematangan, levelOf } from "./engine.js";
import type { InnovationStatus, LevelMap, VerifiedLevelMap } from "./types.js";

// /rekap: per OPD, innovations by status, average kematangan and missing evidence.

export interface RecapInnovation {
  readonly id: number;
  readonly opdId: number;
  readonly status: InnovationStatus;
  readonly claimed: LevelMap;
  /** Absent where only claims matter (the chart); then the verified average is null. */
  readonly verified?: VerifiedLevelMap;
  /** Dates the period's eligibility rule reads; absent means not filled. */
  readonly waktuPenerapan?: string | null;
  readonly pengembanganTerbaru?: string | null;
}

/** Why the period's rules leave this innovation out, or null when it takes part. */
function ineligibleReason(period: Period, inv: RecapInnovation): IneligibleReason | null {
  const e = eligibility(period, inv);
  return e.ok ? null : e.reason;
}

/** Evidence kinds filed per innovation and SID indicator: key `${innovationId}:${code}`. */
export type EvidenceIndex = ReadonlyMap<string, ReadonlySet<EvidenceKind>>;

export const evidenceKey = (innovationId: number, code: string): string => `${innovationId}:${code}`;

export interface RecapRow {
  readonly opdId: number;
  readonly name: string;
  readonly byStatus: Readonly<Record<InnovationStatus, number>>;
  /** Innovations that are not withdrawn. */
  readonly active: number;
  /** Mean claimed kematangan over the OPD's innovations that are not withdrawn; null if none. */
  readonly avgKematangan: number | null;
  /** Innovations counted in the klaim view (submitted, not draft or withdrawn), and their claimed kematangan. */
  readonly nKlaim: number;
  readonly sumKlaim: number;
  /** Mean verified kematangan over the OPD's verified innovations; null if none. */
  readonly avgVerified: number | null;
  /** Indicators claimed above 0 without evidence of a kind the catalog accepts. */
  readonly missingEvidence: number;
  /** Innovations (not withdrawn) the period's eligibility rules leave out: they count nowhere. */
  readonly ineligible: number;
}

const emptyCounts = (): Record<InnovationStatus, number> => ({
  draf: 0,
  diajukan: 0,
  dikembalikan: 0,
  terverifikasi: 0,
  ditarik: 0,
});

/** Indicators of one innovation claimed above 0 without evidence of a kind the catalog accepts. */
export function missingEvidence(period: Period, inv: RecapInnovation, evidence: EvidenceIndex): number {
  let missing = 0;
  for (const ind of period.sid) {
    if (levelOf(inv.claimed, ind.code) === 0) continue;
    const kinds = evidence.get(evidenceKey(inv.id, ind.code));
    if (!kinds || !ind.evidence.some((k) => kinds.has(k))) missing += 1;
  }
  return missing;
}

export interface RecapInnovationRow {
  readonly id: number;
  readonly nama: string;
  readonly status: InnovationStatus;
  readonly kematangan: number;
  readonly missingEvidence: number;
  readonly ineligible: IneligibleReason | null;
}

/**
 * The innovations behind one OPD's recap row (withdrawn ones left out, as in the row's
 * average): the ones with the most missing evidence first, so the work to do leads.
 */
export function recapInnovationRows(
  period: Period,
  innovations: readonly (RecapInnovation & { readonly nama: string })[],
  evidence: EvidenceIndex,
): RecapInnovationRow[] {
  return innovations
    .filter((inv) => inv.status !== "ditarik")
    .map((inv) => ({
      id: inv.id,
      nama: inv.nama,
      status: inv.status,
      kematangan: kematangan(period, inv.claimed),
      missingEvidence: missingEvidence(period, inv, evidence),
      ineligible: ineligibleReason(period, inv),
    }))
    .sort((a, b) => b.missingEvidence - a.missingEvidence || a.nama.localeCompare(b.nama, "id"));
}

/**
 * One row per OPD given (in the order given), innovations of other OPDs ignored. Missing
 * evidence follows the submission rule: a level above 0 needs evidence of an accepted kind.
 */
export function recapByOpd(
  period: Period,
  opdList: readonly { id: number; name: string }[],
  innovations: readonly RecapInnovation[],
  evidence: EvidenceIndex,
): RecapRow[] {
  const acc = new Map(
    opdList.map((o) => [o.id, { counts: emptyCounts(), sum: 0, active: 0, missing: 0, nKlaim: 0, sumKlaim: 0, sumVerified: 0, ineligible: 0 }]),
  );
  for (const inv of innovations) {
    const a = acc.get(inv.opdId);
    if (!a) continue;
    a.counts[inv.status] += 1;
    if (inv.status === "ditarik") continue;
    a.active += 1;
    const k = kematangan(period, inv.claimed);
    a.sum += k;
    const left = ineligibleReason(period, inv) !== null;
    if (left) a.ineligible += 1;
    if (isCounted("klaim", inv.status) && !left) {
      a.nKlaim += 1;
      a.sumKlaim += k;
    }
    if (inv.status === "terverifikasi") a.sumVerified += kematangan(period, inv.verified ?? {});
    a.missing += missingEvidence(period, inv, evidence);
  }
  return opdList.map((o) => {
    const a = acc.get(o.id)!;
    return {
      opdId: o.id,
      name: o.name,
      byStatus: a.counts,
      active: a.active,
      avgKematangan: a.active > 0 ? a.sum / a.active : null,
      nKlaim: a.nKlaim,
      sumKlaim: a.sumKlaim,
      avgVerified: a.counts.terverifikasi > 0 ? a.sumVerified / a.counts.terverifikasi : null,
      missingEvidence: a.missing,
      ineligible: a.ineligible,
    };
  });
}

export const RECAP_SORTS = ["sumbangan", "bukti", "nama"] as const;
export type RecapSort = (typeof RECAP_SORTS)[number];

/**
 * sumbangan: largest contribution to the claimed index first (Σ claimed kematangan of
 * submitted innovations: every OPD shares the divisor, so this is the order of their points),
 * then the average, so OPDs with only drafts still rank among themselves; bukti: most missing
 * evidence first; nama: alphabetical. Ties fall back to the name, so pages are stable.
 */
export function sortRecap(rows: readonly RecapRow[], by: RecapSort): RecapRow[] {
  const byName = (a: RecapRow, b: RecapRow) => a.name.localeCompare(b.name, "id");
  const cmp: Record<RecapSort, (a: RecapRow, b: RecapRow) => number> = {
    sumbangan: (a, b) => b.sumKlaim - a.sumKlaim || (b.avgKematangan ?? -1) - (a.avgKematangan ?? -1) || byName(a, b),
    bukti: (a, b) => b.missingEvidence - a.missingEvidence || b.active - a.active || byName(a, b),
    nama: byName,
  };
  return [...rows].sort(cmp[by]);
}

/** Index points an OPD's submitted innovations bring: Σ kematangan / MAX(k, n of the Pemda) × 100 / 250. */
export function recapPoints(period: Period, rows: readonly RecapRow[]): (row: RecapRow) => number {
  const divisor = Math.max(
    period.k,
    rows.reduce((n, r) => n + r.nKlaim, 0),
  );
  return (row) => ((row.sumKlaim / divisor) * 100) / 250;
}

/** /rekap's split: OPDs with innovations (not withdrawn) in the chosen order, then the rest by name. */
export function splitRecap(rows: readonly RecapRow[], by: RecapSort): { withInnovations: RecapRow[]; without: RecapRow[] } {
  return {
    withInnovations: sortRecap(
      rows.filter((r) => r.active > 0),
      by,
    ),
    without: sortRecap(
      rows.filter((r) => r.active === 0),
      "nama",
    ),
  };
}

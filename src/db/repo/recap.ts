import { and, eq } from "../orm.js";
import type { Db } from "../client.js";
import { evidence, innovations } from "../schema.js";
import type { EvidenceKind } from "../../core/period/types.js";
import { evidenceKey, type EvidenceIndex, type RecapInnovation } from "../../core/score/recap.js";

// Reads for /rekap: every innovation of the period with only the columns the recap needs
// (withdrawn ones too, since they are counted by status), and the SID evidence kinds filed.

export function recapInnovations(db: Db, periodYear: number, opdId?: number): (RecapInnovation & { nama: string })[] {
  const where = opdId === undefined ? eq(innovations.periodYear, periodYear) : and(eq(innovations.opdId, opdId), eq(innovations.periodYear, periodYear));
  return db
    .select({
      id: innovations.id,
      opdId: innovations.opdId,
      nama: innovations.nama,
      status: innovations.status,
      claimed: innovations.claimedLevels,
      verified: innovations.verifiedLevels,
      waktuPenerapan: innovations.waktuPenerapan,
      pengembanganTerbaru: innovations.pengembanganTerbaru,
    })
    .from(innovations)
    .where(where)
    .all();
}

export function sidEvidenceIndex(db: Db, periodYear: number): EvidenceIndex {
  const rows = db
    .selectDistinct({ innovationId: evidence.innovationId, code: evidence.indicatorCode, kind: evidence.kind })
    .from(evidence)
    .where(and(eq(evidence.periodYear, periodYear), eq(evidence.scope, "sid")))
    .all();
  const out = new Map<string, Set<EvidenceKind>>();
  for (const r of rows) {
    if (r.innovationId === null) continue;
    const key = evidenceKey(r.innovationId, r.code);
    const kinds = out.get(key) ?? new Set<EvidenceKind>();
    kinds.add(r.kind);
    out.set(key, kinds);
  }
  return out;
}

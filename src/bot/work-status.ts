import type { Db } from "../db/client.js";
import type { Innovation } from "../db/schema.js";
import type { Period } from "../core/period/index.js";
import { listInnovationEvidence, listOpdInnovations, profileOf } from "../db/repo/innovations.js";
import { submissionProblems, type IndicatorAnswer } from "../core/profile/readiness.js";

/** One innovation the OPD still has to act on. */
export interface PendingInnovation {
  readonly id: number;
  readonly nama: string;
  /** "draf": not submitted yet; "dikembalikan": Bappeda returned it for revision. */
  readonly status: "draf" | "dikembalikan";
  readonly returnNote: string | null;
  /** Wajib SID indicators (codes) that have a level but no acceptable evidence yet. */
  readonly missingEvidence: readonly string[];
  /** Everything else that still blocks submission (missing fields, levels…), counted. */
  readonly otherProblems: number;
}

export interface OpdWork {
  /** Innovations of the period, withdrawn ones excluded. */
  readonly innovations: number;
  readonly pending: readonly PendingInnovation[];
}

function review(period: Period, innovation: Innovation, db: Db) {
  const evidence = listInnovationEvidence(db, innovation.id);
  const indicators: Record<string, IndicatorAnswer> = {};
  for (const [code, level] of Object.entries(innovation.claimedLevels)) {
    indicators[code] = { level, evidence: evidence.filter((e) => e.scope === "sid" && e.indicatorCode === code) };
  }
  return submissionProblems(period, { profile: profileOf(innovation), indicators });
}

/**
 * What an OPD still lacks in a period: unfinished drafts, innovations returned for revision,
 * and, for both, wajib indicators without evidence. Submitted and verified innovations are
 * Bappeda's turn, so they are not the OPD's work.
 */
export function opdWork(db: Db, opdId: number, period: Period): OpdWork {
  const all = listOpdInnovations(db, opdId, period.year).filter((i) => i.status !== "ditarik");
  const pending: PendingInnovation[] = [];
  for (const innovation of all) {
    if (innovation.status !== "draf" && innovation.status !== "dikembalikan") continue;
    const errors = review(period, innovation, db).filter((p) => p.severity === "error");
    const missingEvidence = errors.flatMap((p) => (p.code === "wajib-no-evidence" ? [p.indicator] : []));
    pending.push({
      id: innovation.id,
      nama: innovation.nama,
      status: innovation.status,
      returnNote: innovation.returnNote,
      missingEvidence,
      otherProblems: errors.length - missingEvidence.length,
    });
  }
  return { innovations: all.length, pending };
}

export function hasUnfinishedWork(work: OpdWork): boolean {
  return work.pending.length > 0;
}

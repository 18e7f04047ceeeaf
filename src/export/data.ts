import { and, asc, eq } from "../db/orm.js";
import type { Db } from "../db/client.js";
import { evidence, innovations, type Evidence, type Innovation, type Opd } from "../db/schema.js";
import { getActivePeriod } from "../db/repo/periods.js";
import { getSpdLevels } from "../db/repo/spd.js";
import { listOpds } from "../db/repo/opds.js";
import { getPemdaName } from "../db/repo/pemda.js";
import { scoreInputs } from "../db/repo/innovations.js";
import type { IndexInput } from "../core/score/types.js";
import type { Level, Period } from "../core/period/types.js";

/** Everything the workbook shows, read once (three queries, whatever the number of innovations). */
export interface ExportData {
  readonly pemda: string;
  readonly period: Period;
  readonly opds: readonly Opd[];
  readonly innovations: readonly Innovation[];
  /** SID evidence of the period, by innovation id. */
  readonly evidence: ReadonlyMap<number, readonly Evidence[]>;
  readonly spdLevels: Readonly<Record<string, Level>>;
  /** What the score engine reads (withdrawn innovations left out, as /skor does). */
  readonly scoreInput: IndexInput;
}

export function loadExportData(db: Db, pemdaFallback: string): ExportData {
  const period = getActivePeriod(db);
  const rows = db.select().from(innovations).where(eq(innovations.periodYear, period.year)).orderBy(asc(innovations.id)).all();
  const files = db
    .select()
    .from(evidence)
    .where(and(eq(evidence.periodYear, period.year), eq(evidence.scope, "sid")))
    .orderBy(asc(evidence.id))
    .all();
  const byInnovation = new Map<number, Evidence[]>();
  for (const f of files) {
    if (f.innovationId === null) continue;
    const list = byInnovation.get(f.innovationId) ?? [];
    list.push(f);
    byInnovation.set(f.innovationId, list);
  }
  const spdLevels = getSpdLevels(db, period.year);
  return {
    pemda: getPemdaName(db, pemdaFallback),
    period,
    opds: listOpds(db),
    innovations: rows,
    evidence: byInnovation,
    spdLevels,
    scoreInput: { spdLevels, innovations: scoreInputs(db, period.year) },
  };
}

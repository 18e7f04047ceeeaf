import type { Db } from "../db/client.js";
import { getActivePeriod } from "../db/repo/periods.js";
import { getSpdLevels } from "../db/repo/spd.js";
import { scoreInputs } from "../db/repo/innovations.js";
import { listOpds } from "../db/repo/opds.js";
import { recapInnovations } from "../db/repo/recap.js";
import { getPemdaName } from "../db/repo/pemda.js";
import { maxKematangan, type Period } from "../core/period/index.js";
import { computeIndex, recapByOpd, type IndexBreakdown } from "../core/score/index.js";
import type { ChartOpd } from "./svg.js";

export interface ChartData {
  readonly pemda: string;
  readonly period: Period;
  readonly klaim: IndexBreakdown;
  readonly terverifikasi: IndexBreakdown;
  /** OPDs with at least one innovation that is not withdrawn, highest average first. */
  readonly opds: readonly ChartOpd[];
  readonly maxKematangan: number;
}

/** `onlyOpdId` limits the OPD bars to one OPD (an operator sees only their own, as in /rekap). */
export function loadChartData(db: Db, pemdaFallback: string, onlyOpdId?: number): ChartData {
  const period = getActivePeriod(db);
  const spdLevels = getSpdLevels(db, period.year);
  const input = { spdLevels, innovations: scoreInputs(db, period.year) };
  const opdList = listOpds(db).filter((o) => onlyOpdId === undefined || o.id === onlyOpdId);
  const rows = recapByOpd(period, opdList, recapInnovations(db, period.year, onlyOpdId), new Map());
  const opds = rows
    .filter((r) => r.avgKematangan !== null)
    .map((r) => ({ name: r.name, value: r.avgKematangan! }))
    .sort((a, b) => b.value - a.value || a.name.localeCompare(b.name, "id"));
  return {
    pemda: getPemdaName(db, pemdaFallback),
    period,
    klaim: computeIndex(period, input, "klaim"),
    terverifikasi: computeIndex(period, input, "terverifikasi"),
    opds,
    maxKematangan: maxKematangan(period),
  };
}

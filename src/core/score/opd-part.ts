import type { Period } from "../period/schema.js";
import { aggregate, counts, finalize, kematangan, viewLevels } from "./engine.js";
import type { IndexInput, View } from "./types.js";

/** One OPD's share of the Pemda's index in one view: what an operator is shown by /skor. */
export interface OpdPart {
  readonly view: View;
  /** The OPD's innovations counted in this view. */
  readonly n: number;
  readonly sumKematangan: number;
  /** Mean kematangan of the OPD's counted innovations; null when it has none. */
  readonly avgKematangan: number | null;
  /**
   * Index points the OPD's innovations bring through the average term:
   * Σ kematangan(own) / MAX(k, n of the Pemda) × 100 / 250. The jumlah-inovasi term and SPD
   * are shared by the whole Pemda and are not split among OPDs.
   */
  readonly points: number;
  /** MAX(k, n) of the whole Pemda in this view. */
  readonly divisor: number;
}

export function opdPart(period: Period, input: IndexInput, view: View, opdId: string): OpdPart {
  const whole = finalize(period, aggregate(period, input, view), view);
  let n = 0;
  let sum = 0;
  for (const inv of input.innovations) {
    if (inv.opdId !== opdId || !counts(period, view, inv)) continue;
    n += 1;
    sum += kematangan(period, viewLevels(view, inv));
  }
  return {
    view,
    n,
    sumKematangan: sum,
    avgKematangan: n > 0 ? sum / n : null,
    points: ((sum / whole.divisor) * 100) / 250,
    divisor: whole.divisor,
  };
}

import type { BotContext } from "../../context.js";
import { formatId } from "../../../core/format/number.js";
import { counts, otherYandasReading, stageWarning, type IndexBreakdown, type View } from "../../../core/score/index.js";
import type { ScoreData } from "./load.js";

/**
 * One line each where the period's rules bear on the result: the other reading of the yandas
 * gate when it would change the index, innovations left out as ineligible, and innovations
 * whose stage the ministry scores down. Empty when none applies.
 */
export function ruleNotes(ctx: BotContext, data: ScoreData, r: IndexBreakdown): string[] {
  const { period, input } = data;
  const view: View = r.view;
  const out: string[] = [];
  const other = otherYandasReading(period, input, view);
  if (other) {
    const key = other.yandasReading === "utama" ? "skor-yandas-if-utama" : "skor-yandas-if-beririsan";
    out.push(ctx.t(key, { iid: formatId(other.iid), category: other.category }));
  }
  if (r.excluded > 0) out.push(ctx.t("skor-excluded", { count: r.excluded }));
  const early = input.innovations.filter((i) => counts(period, view, i) && stageWarning(i.tahapan)).length;
  if (early > 0) out.push(ctx.t("skor-stage-warning", { count: early }));
  return out;
}

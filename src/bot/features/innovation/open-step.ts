import type { BotContext } from "../../context.js";
import type { Innovation } from "../../../db/schema.js";
import { nextFieldToAsk, type FieldKey, type SubmissionProblem } from "../../../core/profile/index.js";
import { profileOf } from "../../../db/repo/innovations.js";
import { FIELDS, periodOf } from "./common.js";
import { problemsOf } from "./summary.js";

export type OpenStep = { readonly step: "field"; readonly key: FieldKey } | { readonly step: "level" | "evidence"; readonly code: string };

/** The field a profile problem is fixed at. */
function fieldOf(p: SubmissionProblem): FieldKey | null {
  switch (p.code) {
    case "missing-field":
    case "invalid-value":
      return p.field;
    case "rancang-bangun-short":
      return "rancangBangun";
    case "penerapan-before-ujicoba":
    case "outside-window":
      return "waktuPenerapan";
    default:
      return null;
  }
}

/**
 * The first thing still open: a profile field not yet asked, then a profile answer that blocks
 * submission, then indicators in catalog order: one without a level, or a wajib one whose level
 * is 0 or whose evidence is missing. Null when nothing is open.
 */
export function firstOpen(ctx: BotContext, inn: Innovation): OpenStep | null {
  const period = periodOf(ctx, inn);
  const key = nextFieldToAsk(profileOf(inn), FIELDS, period);
  if (key) return { step: "field", key };
  const errors = problemsOf(ctx, inn, period).filter((p) => p.severity === "error");
  const field = errors.map(fieldOf).find((f) => f !== null);
  if (field) return { step: "field", key: field };
  for (const ind of period.sid) {
    if (inn.claimedLevels[ind.code] === undefined) return { step: "level", code: ind.code };
    const blocking = errors.find((p) => (p.code === "wajib-no-level" || p.code === "wajib-no-evidence") && p.indicator === ind.code);
    if (blocking) return { step: blocking.code === "wajib-no-level" ? "level" : "evidence", code: ind.code };
  }
  return null;
}

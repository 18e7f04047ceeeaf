import type { BotContext } from "../../context.js";
import type { Evidence, Innovation } from "../../../db/schema.js";
import type { Level, Period } from "../../../core/period/index.js";
import {
  findOption,
  formatIndonesianDate,
  isApplicable,
  rancangBangunProgress,
  submissionProblems,
  DEFAULT_RANCANG_BANGUN_MIN_WORDS,
  type FieldKey,
  type InnovationForReview,
  type SubmissionProblem,
} from "../../../core/profile/index.js";
import { listInnovationEvidence, profileOf } from "../../../db/repo/innovations.js";
import { FIELDS, kematanganText, statusText } from "./common.js";
import { ineligibleLine, ineligibleText } from "../../../core/format/ineligible.js";
import { stageWarning } from "../../../core/score/index.js";

export function fieldLabel(ctx: BotContext, key: FieldKey): string {
  return ctx.t(`inn-field-${key}`);
}

/** A stored profile value as a person reads it; "—" when not filled. */
export function fieldValueText(ctx: BotContext, inn: Innovation, period: Period, key: FieldKey): string {
  const field = FIELDS.find((f) => f.key === key)!;
  const v = profileOf(inn)[key];
  if (v === undefined || v === "") return "—";
  if (key === "rancangBangun") {
    const p = rancangBangunProgress(v as readonly string[], field.minWords ?? DEFAULT_RANCANG_BANGUN_MIN_WORDS);
    return ctx.t("inn-words-count", { words: p.words });
  }
  if (field.kind === "date") return formatIndonesianDate(v as string);
  if (field.options) {
    const source = field.options;
    const label = (id: string) => findOption(source, period, id)?.label ?? id;
    if (Array.isArray(v)) return v.length === 0 ? ctx.t("inn-none") : v.map(label).join("; ");
    return label(v as string);
  }
  return String(v);
}

export function reviewInput(inn: Innovation, evidence: readonly Evidence[]): InnovationForReview {
  const indicators: Record<string, { level: Level; evidence: { kind: Evidence["kind"] }[] }> = {};
  for (const [code, level] of Object.entries(inn.claimedLevels)) {
    indicators[code] = { level, evidence: evidence.filter((e) => e.indicatorCode === code).map((e) => ({ kind: e.kind })) };
  }
  return { profile: profileOf(inn), indicators };
}

export function problemsOf(ctx: BotContext, inn: Innovation, period: Period): SubmissionProblem[] {
  return submissionProblems(period, reviewInput(inn, listInnovationEvidence(ctx.deps.db, inn.id)));
}

export function problemText(ctx: BotContext, p: SubmissionProblem, period: Period): string {
  const indicatorName = (code: string) => `${code} ${period.sid.find((i) => i.code === code)?.name ?? ""}`.trim();
  switch (p.code) {
    case "missing-field":
    case "invalid-value":
      return ctx.t(`inn-problem-${p.code}`, { field: fieldLabel(ctx, p.field) });
    case "rancang-bangun-short":
      return ctx.t("inn-problem-rancang-bangun-short", { words: p.words, minimum: p.minimum, missing: p.missing });
    case "penerapan-before-ujicoba":
      return ctx.t("inn-problem-penerapan-before-ujicoba");
    case "outside-window":
      return ctx.t("inn-problem-outside-window", { from: formatIndonesianDate(p.from), to: formatIndonesianDate(p.to) });
    case "ineligible":
      return ineligibleText(ctx, p.reason, period);
    case "wajib-no-level":
    case "wajib-no-evidence":
    case "no-evidence":
      return ctx.t(`inn-problem-${p.code}`, { indicator: indicatorName(p.indicator) });
  }
}

/** Profile, indicators (claim, and Bappeda's level beside it), evidence counts and status. */
export function summaryText(ctx: BotContext, inn: Innovation, period: Period): string {
  const evidence = listInnovationEvidence(ctx.deps.db, inn.id);
  const profile = profileOf(inn);
  const lines = [
    ctx.t("inn-summary-title", { name: inn.nama, year: String(inn.periodYear) }),
    ctx.t("inn-summary-status", { status: statusText(ctx, inn.status) }),
    kematanganText(ctx, inn, period),
  ];
  if (inn.status === "dikembalikan" && inn.returnNote) lines.push(ctx.t("inn-summary-note", { note: inn.returnNote }));
  const ineligible = ineligibleLine(ctx, inn, period);
  if (ineligible) lines.push(`⚠ ${ineligible}`);
  if (stageWarning(inn.tahapan)) lines.push(ctx.t("syarat-stage-warning"));
  if (inn.participation > 1) lines.push(ctx.t("inn-summary-participation", { times: inn.participation, max: period.eligibility.maxParticipation }));
  lines.push("", ctx.t("inn-summary-profile"));
  for (const field of FIELDS) {
    if (!isApplicable(field, profile, period)) continue;
    lines.push(`${fieldLabel(ctx, field.key)}: ${fieldValueText(ctx, inn, period, field.key)}`);
  }
  if (inn.unitPelaksana) lines.push(ctx.t("inn-unit-line", { unit: inn.unitPelaksana }));
  lines.push("", ctx.t("inn-summary-indicators"));
  for (const ind of period.sid) {
    const claimed = inn.claimedLevels[ind.code];
    const verified = inn.verifiedLevels[ind.code];
    const own = evidence.filter((e) => e.indicatorCode === ind.code);
    const line = ctx.t("inn-summary-indicator", {
      code: ind.code,
      name: ind.name,
      claimed: claimed === undefined ? "—" : String(claimed),
      verified: verified === undefined || verified === null ? "—" : String(verified),
      evidence: own.length,
    });
    // Carried-over evidence of a T-0/T-1/T-2 indicator stays "perlu diperbarui" until newer evidence joins it.
    lines.push(own.length > 0 && own.every((e) => e.needsUpdate) ? `${line} ${ctx.t("inn-evidence-needs-update")}` : line);
  }
  return lines.join("\n");
}

/** Count of what still blocks submission, for list lines. */
export function missingCount(ctx: BotContext, inn: Innovation, period: Period): number {
  return problemsOf(ctx, inn, period).filter((p) => p.severity === "error").length;
}

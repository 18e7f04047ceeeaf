import type { EvidenceKind, Level, Period } from "../period/index.js";
import { checkDates, isIsoDate } from "./dates.js";
import type { DateIssue } from "./dates.js";
import type { FieldKey, ProfileField, ProfileValues } from "./fields.js";
import { DEFAULT_RANCANG_BANGUN_MIN_WORDS, hasValue, isApplicable, profileFields } from "./fields.js";
import { findOption } from "./options.js";
import { rancangBangunProgress } from "./words.js";
import { eligibility, type IneligibleReason } from "../score/eligibility.js";

// What stops an innovation from being submitted to Bappeda. Problems are codes with
// parameters, never text: the bot renders them from its locale files.

export interface IndicatorAnswer {
  readonly level: Level;
  /** Only the kind matters here; files and links carry more in storage. */
  readonly evidence: readonly { readonly kind: EvidenceKind }[];
}

export interface InnovationForReview {
  readonly profile: ProfileValues;
  /** SID indicator code → answer; codes not in the period's catalog are ignored. */
  readonly indicators: Readonly<Record<string, IndicatorAnswer | undefined>>;
}

export type SubmissionProblem =
  | { readonly code: "missing-field"; readonly severity: "error"; readonly field: FieldKey }
  /** A stored value the period does not offer, e.g. a 2023 tematik on a 2026 innovation. */
  | { readonly code: "invalid-value"; readonly severity: "error"; readonly field: FieldKey }
  | {
      readonly code: "rancang-bangun-short";
      readonly severity: "error";
      readonly words: number;
      readonly minimum: number;
      readonly missing: number;
    }
  | DateIssue
  /** The period's eligibility rules leave the innovation out: it counts in no view. */
  | { readonly code: "ineligible"; readonly severity: "warning"; readonly reason: IneligibleReason; readonly from: string; readonly to: string }
  | { readonly code: "wajib-no-level"; readonly severity: "error"; readonly indicator: string }
  | {
      readonly code: "wajib-no-evidence";
      readonly severity: "error";
      readonly indicator: string;
      readonly level: Level;
    }
  /** A non-wajib indicator with a level but no evidence: allowed, but it will score 0. */
  | {
      readonly code: "no-evidence";
      readonly severity: "warning";
      readonly indicator: string;
      readonly level: Level;
    };

export interface ReadinessOptions {
  readonly rancangBangunMinWords?: number;
}

function isValidValue(field: ProfileField, profile: ProfileValues, period: Period): boolean {
  const v = profile[field.key];
  if (field.kind === "date") return isIsoDate(v);
  if (field.options === undefined) return true;
  const source = field.options;
  if (field.kind === "multichoice") {
    // The main urusan repeated among the others would count twice for nothing.
    const ids = Array.isArray(v) ? (v as readonly string[]) : [];
    return ids.every((id) => id !== profile.urusanUtama && findOption(source, period, id));
  }
  return typeof v === "string" && findOption(source, period, v) !== undefined;
}

function profileProblems(period: Period, profile: ProfileValues, minWords: number): SubmissionProblem[] {
  const out: SubmissionProblem[] = [];
  for (const field of profileFields(minWords)) {
    if (!isApplicable(field, profile, period)) continue;
    if (field.kind === "words") {
      const p = rancangBangunProgress(profile.rancangBangun ?? [], minWords);
      if (p.words === 0) out.push({ code: "missing-field", severity: "error", field: field.key });
      else if (!p.done) {
        out.push({
          code: "rancang-bangun-short",
          severity: "error",
          words: p.words,
          minimum: minWords,
          missing: p.missing,
        });
      }
    } else if (!hasValue(field, profile)) {
      if (field.required) out.push({ code: "missing-field", severity: "error", field: field.key });
    } else if (!isValidValue(field, profile, period)) {
      out.push({ code: "invalid-value", severity: "error", field: field.key });
    }
  }
  // Date rules only make sense between dates that are themselves valid.
  const uji = isIsoDate(profile.waktuUjiCoba) ? profile.waktuUjiCoba : undefined;
  const pen = isIsoDate(profile.waktuPenerapan) ? profile.waktuPenerapan : undefined;
  // Outside the window is the eligibility rule's business: a warning where the period only warns,
  // "tidak memenuhi syarat" where it leaves the innovation out.
  out.push(...checkDates(uji, pen, period.penerapanWindow).filter((i) => i.code !== "outside-window"));
  const dev = isIsoDate(profile.pengembanganTerbaru) ? profile.pengembanganTerbaru : undefined;
  const e = eligibility(period, { waktuPenerapan: pen, pengembanganTerbaru: dev });
  const { from, to } = period.penerapanWindow;
  // A missing pengembangan date is already a missing field; saying it twice helps nobody.
  if (!e.ok && !(e.reason === "no-pengembangan" && dev === undefined && pen !== undefined && isApplicableDev(period, profile))) {
    out.push({ code: "ineligible", severity: "warning", reason: e.reason, from, to });
  } else if (e.ok && e.warning) out.push({ code: "outside-window", severity: "warning", from, to });
  return out;
}

/**
 * A wajib indicator needs a level above 0 and at least one piece of evidence of a kind the
 * catalog accepts for it (a PDF filed under the video indicator does not count).
 */
function indicatorProblems(period: Period, innovation: InnovationForReview): SubmissionProblem[] {
  const out: SubmissionProblem[] = [];
  for (const ind of period.sid) {
    const answer = innovation.indicators[ind.code];
    const level = answer?.level ?? 0;
    const proven = (answer?.evidence ?? []).some((e) => ind.evidence.includes(e.kind));
    if (ind.wajib && level === 0) {
      out.push({ code: "wajib-no-level", severity: "error", indicator: ind.code });
    } else if (level > 0 && !proven) {
      out.push(
        ind.wajib
          ? { code: "wajib-no-evidence", severity: "error", indicator: ind.code, level }
          : { code: "no-evidence", severity: "warning", indicator: ind.code, level },
      );
    }
  }
  return out;
}

/**
 * Every problem, profile first (in asking order, then the date rules), then SID indicators in
 * catalog order. Errors block submission; warnings are shown but do not.
 */
export function submissionProblems(period: Period, innovation: InnovationForReview, options: ReadinessOptions = {}): SubmissionProblem[] {
  const minWords = options.rancangBangunMinWords ?? DEFAULT_RANCANG_BANGUN_MIN_WORDS;
  return [...profileProblems(period, innovation.profile, minWords), ...indicatorProblems(period, innovation)];
}

export function canSubmit(problems: readonly SubmissionProblem[]): boolean {
  return problems.every((p) => p.severity !== "error");
}

function isApplicableDev(period: Period, profile: ProfileValues): boolean {
  const field = profileFields().find((f) => f.key === "pengembanganTerbaru");
  return field !== undefined && isApplicable(field, profile, period);
}

// Period types are inferred from the zod schema (schema.ts) so the validator and the types
// can never drift apart; this module is the import point for code that only needs types.
export type {
  Band,
  BeforeWindowRule,
  Basis,
  CategoryName,
  EligibilityRule,
  EvidenceKind,
  JumlahRule,
  PenerapanWindow,
  Period,
  PeriodNote,
  PortalRules,
  SidIndicator,
  SpdIndicator,
  Tematik,
  YandasReading,
} from "./schema.js";
export { BEFORE_WINDOW_RULES, CATEGORY_NAMES, EVIDENCE_KINDS, YANDAS_READINGS } from "./schema.js";
export type { Urusan } from "./urusan.js";

/** A chosen parameter: 1..3, or 0 when not filled or not proven. */
export type Level = 0 | 1 | 2 | 3;
export const LEVELS: readonly Level[] = [0, 1, 2, 3];

/** Fields of a period an admin may change on a copy (see core/period/edit.ts). */
export type PeriodField = "k" | "bands" | "window" | "jumlahRule" | "eligibility" | "pkpn";

/** /periode: typing the year of a copy, or the new value of one field of a copied period. */
export type PeriodFlow = { kind: "period"; step: "copy-year"; sourceYear: number } | { kind: "period"; step: "edit"; year: number; field: PeriodField };

/**
 * /spd: walking the SPD indicators of one period. `code` is the open indicator; the level and
 * evidence live in the database, so a restart resumes at the same question.
 */
export type SpdFlow = { kind: "spd"; step: "level" | "evidence"; periodYear: number; code: string };

/** /hasil_resmi: year, then score (or "no score published"), then category (a button). */
export type OfficialResultFlow =
  | { kind: "official-result"; step: "year" }
  | { kind: "official-result"; step: "score"; year: number }
  | { kind: "official-result"; step: "category"; year: number; scoreHundredths: number | null };

/** /hasil_nasional: after "diterima", the ministry's changed levels may be typed (optional). */
export type NationalFlow = { kind: "national-levels"; innovationId: number };

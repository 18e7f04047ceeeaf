import type { FieldKey } from "../../../core/profile/fields.js";

/**
 * Where an operator is in an innovation. The innovation row is the record of every answer;
 * this only says which question is open, so a restart resumes at the same question and
 * /batal (which drops it) loses nothing. `edit` means "back to the summary afterwards"
 * instead of walking on to the next missing answer.
 */
export type InnovationFlow =
  /** /inovasi_baru: no row exists until the name is accepted. */
  | { kind: "innovation"; step: "name" }
  /** `replace`: the next rancang bangun message starts a new text instead of adding to the stored one. */
  | { kind: "innovation"; step: "field"; innovationId: number; field: FieldKey; edit?: boolean; replace?: boolean }
  /**
   * `evidenceFor`: the indicator answered just before, still open for more files until this
   * level is chosen (the level question follows a file at once, without a "Lanjut" tap).
   */
  | { kind: "innovation"; step: "level"; innovationId: number; code: string; edit?: boolean; evidenceFor?: string }
  | { kind: "innovation"; step: "evidence"; innovationId: number; code: string; edit?: boolean };

/** An admin typing the note that goes with returning an innovation. */
export type VerificationFlow = { kind: "verification"; step: "note"; innovationId: number };

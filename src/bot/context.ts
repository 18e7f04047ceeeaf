import type { Context, SessionFlavor } from "grammy";
import type { I18nFlavor } from "@grammyjs/i18n";
import type { Logger } from "../logger.js";
import type { Person } from "../db/schema.js";
import type { BotDeps } from "./deps.js";
import type { ParsedCommand } from "./commands/parse.js";
import type { InnovationFlow, VerificationFlow } from "./features/innovation/flow-types.js";
import type { NationalFlow, OfficialResultFlow, PeriodFlow, SpdFlow } from "./features/score/flow-types.js";
import type { BroadcastFlow, DeadlineFlow } from "./features/deadlines/flow-types.js";
import type { ImportFlow } from "./features/transfer/flow-types.js";

export type RegistrationStep = "name" | "jabatan" | "phone" | "confirm";

/** A multi-step exchange in progress; kept in the database session so a restart resumes it. */
export type Flow =
  | { kind: "register"; invitationId: number; step: RegistrationStep; fullName?: string; jabatan?: string; phone?: string | null }
  | { kind: "opd-add" }
  | { kind: "opd-rename"; opdId: number }
  | { kind: "opd-csv"; mode: "extend" | "replace" }
  /** Units under an OPD: lines of names for this OPD, or a CSV for many (issue 16). */
  | { kind: "opd-units"; opdId: number }
  /** Nomor, tanggal and judul of one piece of evidence, sent again as one line (issue 16). */
  | { kind: "doc-details"; evidenceId: number }
  /** The unit that runs an innovation, typed (issue 16). */
  | { kind: "unit-pelaksana"; innovationId: number }
  /** An optional profile file (anggaran, profil bisnis, foto) being sent (issue 16). */
  | { kind: "profile-attachment"; innovationId: number; slot: "anggaran" | "profil-bisnis" | "foto-inovasi" }
  | { kind: "pemda-rename" }
  /** /undang for an operator: typing part of an OPD's name narrows the picker. */
  | { kind: "invite-opd" }
  | InnovationFlow
  | VerificationFlow
  | PeriodFlow
  | SpdFlow
  | OfficialResultFlow
  | NationalFlow
  | DeadlineFlow
  | BroadcastFlow
  | ImportFlow;

/** Per-person conversation state; everything a flow needs to resume after a restart lives here. */
export interface SessionData {
  /** Set by @grammyjs/i18n when the person picks a language with /bahasa. */
  __language_code?: string;
  flow?: Flow;
  /** Which command menu this person's chat shows (see refreshMenu). */
  menu?: string;
  /** When setting this person's menu last failed (ms), so it is not retried before every reply. */
  menuFailedAt?: number;
}

export interface ContextExtras {
  deps: BotDeps;
  log: Logger;
  /** The registered, active person behind this update, or null for guests and revoked people. */
  person: Person | null;
  /** The command this message carries, parsed once for the guard, the flows and the handlers. */
  command: ParsedCommand | null;
}

export type BotContext = Context & SessionFlavor<SessionData> & I18nFlavor & ContextExtras;

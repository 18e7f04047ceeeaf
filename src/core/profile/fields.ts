import type { Period } from "../period/index.js";
import type { IsoDate } from "./dates.js";
import type { ChoiceOption, OptionSource } from "./options.js";
import { findOption } from "./options.js";
import { charLength, normalizeLine, normalizeParagraphs } from "./text.js";
import { rancangBangunProgress } from "./words.js";
import { needsPengembangan } from "../score/eligibility.js";

export * from "./options.js";
export { filterByName, filterUrusan, paginate, searchKey } from "./search.js";
export type { Page } from "./search.js";

// The profile of an innovation (domain brief §2) as the bot asks it: one field at a time, in
// this order. The list is data so the conversation, the readiness check and the export all
// walk the same fields.

export type FieldKey =
  | "nama"
  | "tahapan"
  | "inisiator"
  | "namaInisiator"
  | "jenis"
  | "bentuk"
  | "tematik"
  | "pkpn"
  | "urusanUtama"
  | "urusanLain"
  | "waktuUjiCoba"
  | "waktuPenerapan"
  | "pengembanganTerbaru"
  | "rancangBangun"
  | "tujuan"
  | "manfaat"
  | "hasil";

/** "words" is long text sent over several messages until a word minimum is reached. */
export type FieldKind = "text" | "longtext" | "choice" | "multichoice" | "date" | "words";

export interface ProfileField {
  readonly key: FieldKey;
  readonly kind: FieldKind;
  readonly required: boolean;
  /** Per message, in code points. */
  readonly minChars?: number;
  readonly maxChars?: number;
  /** Total over all messages (kind "words" only). */
  readonly minWords?: number;
  readonly options?: OptionSource;
  /**
   * The field only applies when another field has a value not in `notIn`, or (beforeWindow)
   * when that date lies before the period's penerapan window and the period then asks for a
   * "pengembangan terbaru" date (see core/score/eligibility.ts), or (periodList) when the
   * period has a non-empty list of that name (PKPN clusters).
   */
  readonly onlyWhen?:
    | { readonly field: FieldKey; readonly notIn: readonly string[] }
    | { readonly field: FieldKey; readonly beforeWindow: true }
    | { readonly periodList: "pkpn" };
}

export const NAME_MAX_CHARS = 200;
/** Telegram caps a message at 4096 UTF-16 units; 4000 code points stays safely under it. */
export const LONG_TEXT_MAX_CHARS = 4000;
/** One part of the rancang bangun: a whole Telegram message (it splits longer pastes into parts of this size). */
export const MESSAGE_MAX_CHARS = 4096;
export const DEFAULT_RANCANG_BANGUN_MIN_WORDS = 300;

/** Stored answers. Choices hold option ids; dates hold ISO strings; rancang bangun its parts. */
export interface ProfileValues {
  readonly nama?: string | undefined;
  readonly tahapan?: string | undefined;
  readonly inisiator?: string | undefined;
  readonly namaInisiator?: string | undefined;
  readonly jenis?: string | undefined;
  readonly bentuk?: string | undefined;
  readonly tematik?: string | undefined;
  /** A PKPN cluster id of the period, or "non" (Non PKPN). */
  readonly pkpn?: string | undefined;
  readonly urusanUtama?: string | undefined;
  /** undefined = not asked yet; [] = asked and skipped. */
  readonly urusanLain?: readonly string[] | undefined;
  readonly waktuUjiCoba?: IsoDate | undefined;
  readonly waktuPenerapan?: IsoDate | undefined;
  readonly pengembanganTerbaru?: IsoDate | undefined;
  readonly rancangBangun?: readonly string[] | undefined;
  readonly tujuan?: string | undefined;
  readonly manfaat?: string | undefined;
  readonly hasil?: string | undefined;
}

/**
 * Fields in asking order. namaInisiator is skipped when the inisiator is "OPD": the initiator
 * is then the registering OPD, whose name the bot already knows (OPD pengusul). For the other
 * initiators (a head of region, a DPRD member, an ASN, a citizen) the person's name is asked.
 * Both dates are required whatever the tahapan, as on the national portal.
 */
export function profileFields(rancangBangunMinWords: number = DEFAULT_RANCANG_BANGUN_MIN_WORDS): readonly ProfileField[] {
  const name = { kind: "text", required: true, maxChars: NAME_MAX_CHARS } as const;
  const long = { kind: "longtext", required: true, minChars: 20, maxChars: LONG_TEXT_MAX_CHARS } as const;
  return [
    { key: "nama", ...name, minChars: 3 },
    { key: "tahapan", kind: "choice", required: true, options: "tahapan" },
    { key: "inisiator", kind: "choice", required: true, options: "inisiator" },
    { key: "namaInisiator", ...name, minChars: 2, onlyWhen: { field: "inisiator", notIn: ["opd"] } },
    { key: "jenis", kind: "choice", required: true, options: "jenis" },
    { key: "bentuk", kind: "choice", required: true, options: "bentuk" },
    { key: "tematik", kind: "choice", required: true, options: "tematik" },
    { key: "pkpn", kind: "choice", required: true, options: "pkpn", onlyWhen: { periodList: "pkpn" } },
    { key: "urusanUtama", kind: "choice", required: true, options: "urusan" },
    { key: "urusanLain", kind: "multichoice", required: false, options: "urusan" },
    { key: "waktuUjiCoba", kind: "date", required: true },
    { key: "waktuPenerapan", kind: "date", required: true },
    { key: "pengembanganTerbaru", kind: "date", required: true, onlyWhen: { field: "waktuPenerapan", beforeWindow: true } },
    {
      key: "rancangBangun",
      kind: "words",
      required: true,
      minChars: 1,
      maxChars: MESSAGE_MAX_CHARS,
      minWords: rancangBangunMinWords,
    },
    { key: "tujuan", ...long },
    { key: "manfaat", ...long },
    { key: "hasil", ...long },
  ];
}

export const PROFILE_FIELDS: readonly ProfileField[] = profileFields();

export function getField(key: FieldKey, fields: readonly ProfileField[] = PROFILE_FIELDS): ProfileField {
  const f = fields.find((x) => x.key === key);
  if (!f) throw new Error(`unknown profile field ${key}`);
  return f;
}

export type TextResult =
  | { readonly ok: true; readonly value: string }
  | { readonly ok: false; readonly code: "not-text" | "empty" }
  | { readonly ok: false; readonly code: "too-long"; readonly max: number }
  | { readonly ok: false; readonly code: "too-short"; readonly min: number };

/**
 * Validates one message for a text field. "not-text" is for a non-string (a photo or sticker
 * where text was expected). Single-line fields lose their line breaks; long ones keep
 * paragraphs. Limits are checked on the cleaned value, so padding cannot pass a minimum.
 */
export function validateText(field: ProfileField, text: unknown): TextResult {
  if (field.kind !== "text" && field.kind !== "longtext" && field.kind !== "words") {
    throw new TypeError(`field ${field.key} is not a text field`);
  }
  if (typeof text !== "string") return { ok: false, code: "not-text" };
  const value = field.kind === "text" ? normalizeLine(text) : normalizeParagraphs(text);
  if (value === "") return { ok: false, code: "empty" };
  const len = charLength(value);
  if (field.maxChars !== undefined && len > field.maxChars) {
    return { ok: false, code: "too-long", max: field.maxChars };
  }
  if (field.minChars !== undefined && len < field.minChars) {
    return { ok: false, code: "too-short", min: field.minChars };
  }
  return { ok: true, value };
}

export type ChoiceResult = { readonly ok: true; readonly option: ChoiceOption } | { readonly ok: false; readonly code: "unknown-option" };

/** For a pressed button: a stale or forged callback may carry an id that is not offered. */
export function validateChoice(field: ProfileField, period: Period, id: string): ChoiceResult {
  if (field.options === undefined) throw new TypeError(`field ${field.key} has no options`);
  const option = findOption(field.options, period, id);
  return option ? { ok: true, option } : { ok: false, code: "unknown-option" };
}

/**
 * Whether a field is asked for this profile. A field that depends on the period's window is
 * not applicable without the period.
 */
export function isApplicable(field: ProfileField, profile: ProfileValues, period?: Period): boolean {
  const when = field.onlyWhen;
  if (!when) return true;
  if ("periodList" in when) return (period?.[when.periodList]?.length ?? 0) > 0;
  const v = profile[when.field];
  if ("beforeWindow" in when) return period !== undefined && typeof v === "string" && needsPengembangan(period, v);
  return typeof v === "string" && !when.notIn.includes(v);
}

/** Rancang bangun only counts as filled once it reaches its word minimum. */
export function hasValue(field: ProfileField, profile: ProfileValues): boolean {
  const v = profile[field.key];
  if (field.kind === "words") {
    const parts = Array.isArray(v) ? (v as readonly string[]) : [];
    return rancangBangunProgress(parts, field.minWords ?? DEFAULT_RANCANG_BANGUN_MIN_WORDS).done;
  }
  if (field.kind === "multichoice") return Array.isArray(v);
  return typeof v === "string" && v.trim() !== "";
}

/** The first required, applicable field without a value, or null when the profile is complete. */
export function firstMissingField(profile: ProfileValues, fields: readonly ProfileField[] = PROFILE_FIELDS, period?: Period): FieldKey | null {
  const f = fields.find((x) => x.required && isApplicable(x, profile, period) && !hasValue(x, profile));
  return f ? f.key : null;
}

/**
 * What the conversation asks next: like firstMissingField, but an optional field not yet asked
 * (undefined) is asked in its place in the order; once skipped it is stored as [] or "".
 */
export function nextFieldToAsk(profile: ProfileValues, fields: readonly ProfileField[] = PROFILE_FIELDS, period?: Period): FieldKey | null {
  const f = fields.find((x) => isApplicable(x, profile, period) && (x.required ? !hasValue(x, profile) : profile[x.key] === undefined));
  return f ? f.key : null;
}

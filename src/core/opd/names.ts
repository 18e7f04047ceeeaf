import { normalizeLine } from "../profile/text.js";

/** Display form: trimmed, inner whitespace collapsed, control characters dropped. */
export function cleanOpdName(name: string): string {
  return normalizeLine(name);
}

/** Identity of a name: two OPDs may not differ only in case or spacing. */
export function opdNameKey(name: string): string {
  return cleanOpdName(name).toLocaleLowerCase("id");
}

export const OPD_NAME_MIN = 3;
export const OPD_NAME_MAX = 120;
export const OPD_CODE_PATTERN = /^[A-Z0-9][A-Z0-9-]{0,19}$/;

export type OpdNameProblem = "name-empty" | "name-too-short" | "name-too-long";
export type OpdCodeProblem = "code-invalid";

export function checkOpdName(raw: string): OpdNameProblem | null {
  const name = cleanOpdName(raw);
  if (name.length === 0) return "name-empty";
  if (name.length < OPD_NAME_MIN) return "name-too-short";
  if (name.length > OPD_NAME_MAX) return "name-too-long";
  return null;
}

export function normalizeOpdCode(raw: string): string {
  return raw.trim().toUpperCase();
}

export function checkOpdCode(raw: string): OpdCodeProblem | null {
  return OPD_CODE_PATTERN.test(normalizeOpdCode(raw)) ? null : "code-invalid";
}

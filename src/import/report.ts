import type { CellError } from "../core/transfer/types.js";
import { IMPORT_MAX_ROWS } from "../core/transfer/validate.js";
import type { ImportOutcome } from "./apply.js";
import { ZIP_LIMITS, type ReadProblem } from "./capped-zip.js";

import type { Translate } from "../bot/i18n.js";

/** Long cell values are cut in the report: the row and column are what a person needs. */
const shown = (value: string) => (value.length > 60 ? `${value.slice(0, 57)}…` : value).replace(/\s+/g, " ");

export function errorLine(t: Translate, e: CellError): string {
  const problem = t(`transfer-problem-${e.problem}`, { n: String(e.detail ?? "") });
  const args = { line: String(e.line), column: e.column, problem, value: shown(e.value) };
  return e.sheet ? t("transfer-import-error-line-sheet", { ...args, sheet: e.sheet }) : t("transfer-import-error-line", args);
}

/** The text a person reads after an import, in their language; may exceed 4096 chars (split it). */
export function importReport(t: Translate, outcome: ImportOutcome): string {
  if (outcome.ok) {
    const counts = { added: outcome.added, updated: outcome.updated, unchanged: outcome.unchanged, spd: outcome.spdChanged };
    return outcome.added + outcome.updated + outcome.spdChanged === 0 ? t("transfer-import-nothing", counts) : t("transfer-import-done", counts);
  }
  switch (outcome.fileProblem) {
    case "empty":
      return t("transfer-import-empty");
    case "too-many-rows":
      return t("transfer-import-too-many-rows", { max: IMPORT_MAX_ROWS });
    case "missing-columns":
      return t("transfer-import-missing-columns", { sheet: outcome.sheet ? ` (${outcome.sheet})` : "", columns: (outcome.missing ?? []).join(", ") });
    case "unreadable":
    case "no-sheet":
      return t("transfer-import-unreadable");
    case undefined:
      break;
  }
  const rows = new Set(outcome.errors.map((e) => `${e.sheet ?? ""}:${e.line}`)).size;
  return [t("transfer-import-rejected", { count: outcome.errors.length, rows }), ...outcome.errors.map((e) => errorLine(t, e))].join("\n");
}

/** Why a file could not be read at all, in the reader's language. */
export function readProblemReport(t: Translate, problem: ReadProblem): string {
  switch (problem) {
    case "unpacked-too-large":
      return t("transfer-import-unpacked-too-large", { max: ZIP_LIMITS.maxTotalBytes / 1024 / 1024 });
    case "encoding":
      return t("transfer-import-encoding");
    case "unreadable":
      return t("transfer-import-unreadable");
  }
}

import { InlineKeyboard } from "grammy";
import type { BotContext } from "../context.js";
import type { EvidenceKind, Level } from "../../core/period/index.js";
import { buttonLabel } from "../ui/paged-keyboard.js";
import { escapeRegExp } from "../../core/util/regexp.js";

/** What an indicator step needs; SID and SPD indicators of a period both fit. */
export interface StepIndicator {
  readonly code: string;
  readonly name: string;
  readonly help?: string | undefined;
  readonly levels: readonly [string, string, string] | readonly string[];
  readonly evidence: readonly EvidenceKind[];
  readonly wajib?: boolean | undefined;
  /** What document counts as evidence, e.g. "SK Kepala Daerah yang menetapkan inovasi, PDF". */
  readonly evidenceHint?: string | undefined;
}

export interface QuestionOptions {
  /** "Indikator 3 dari 20". */
  readonly position?: { readonly index: number; readonly total: number };
  /** The level already stored, shown so an edit starts from what is there. */
  readonly current?: Level | undefined;
  /** What the levels describe: one innovation (SID, the default) or the Pemda itself (SPD). */
  readonly subject?: "innovation" | "pemda";
  /** The year T-0 stands for; texts that speak of T-0/T-1/T-2 then say which years they are. */
  readonly t0Year?: number;
}

/** Characters of a level button, its number included. */
export const LEVEL_BUTTON_CHARS = 30;

const CODE = "\\d{1,2}[a-z]?";

/** Every kind as the person reads it: "PDF, foto (JPG/PNG) atau tautan". */
export function evidenceKindsText(ctx: BotContext, kinds: readonly EvidenceKind[]): string {
  const names = kinds.map((k) => ctx.t(`ind-kind-${k}`));
  if (names.length <= 1) return names.join("");
  return `${names.slice(0, -1).join(", ")} ${ctx.t("ind-or")} ${names.at(-1)}`;
}

/** The question: name, short explanation, the three level texts, and what counts as evidence. */
export function indicatorQuestion(ctx: BotContext, ind: StepIndicator, options: QuestionOptions = {}): string {
  const lines: string[] = [];
  if (options.position) lines.push(ctx.t("ind-position", { index: options.position.index, total: options.position.total }));
  lines.push(ctx.t("ind-title", { code: ind.code, name: ind.name }) + (ind.wajib ? ` ${ctx.t("ind-wajib-mark")}` : ""));
  if (ind.help) lines.push(ind.help);
  lines.push("");
  lines.push(...ind.levels.map((text, i) => ctx.t("ind-level-line", { level: i + 1, text })));
  const t0 = options.t0Year;
  if (t0 !== undefined && /\bT-[012]\b/.test([ind.help ?? "", ...ind.levels].join(" "))) {
    lines.push(ctx.t("ind-t-years", { t0: String(t0), t1: String(t0 - 1), t2: String(t0 - 2) }));
  }
  lines.push(ctx.t("ind-level-line-zero"));
  if (options.current !== undefined) lines.push("", ctx.t("ind-current", { level: options.current }));
  lines.push("", ctx.t(options.subject === "pemda" ? "ind-ask-level-pemda" : "ind-ask-level"));
  return lines.join("\n");
}

/** Three level buttons plus "Belum ada" (0); callback data is `${prefix}${code}:${level}`. */
export function levelKeyboard(ctx: BotContext, ind: StepIndicator, prefix: string): InlineKeyboard {
  const keyboard = new InlineKeyboard();
  // Short enough for a phone screen; the full level texts are in the question above.
  ind.levels.forEach((text, i) => {
    keyboard.text(buttonLabel(`${i + 1} · ${text}`, LEVEL_BUTTON_CHARS), `${prefix}${ind.code}:${i + 1}`).row();
  });
  keyboard.text(ctx.t("ind-level-zero-button"), `${prefix}${ind.code}:0`);
  return keyboard;
}

/** Reads data made by levelKeyboard with the same prefix; anything else (forged, foreign) gives null. */
export function parseLevelCallback(data: string, prefix: string): { code: string; level: Level } | null {
  const m = new RegExp(`^${escapeRegExp(prefix)}(${CODE}):([0-3])$`).exec(data);
  return m ? { code: m[1]!, level: Number(m[2]) as Level } : null;
}

/** The regular expression a Composer can route on: matches every level button of this prefix. */
export function levelCallbackPattern(prefix: string | RegExp): RegExp {
  const p = typeof prefix === "string" ? escapeRegExp(prefix) : prefix.source;
  return new RegExp(`^${p}(${CODE}):([0-3])$`);
}

// Reusable indicator steps, for the SID walk of an innovation (/inovasi_baru, prefix "inn:")
// and for the Pemda's SPD indicators (/spd, prefix "spd:"). Usage:
//
//   const prefix = "spd:l:";                                   // the caller owns its callback prefix
//   await ctx.reply(indicatorQuestion(ctx, ind, { position: { index: 1, total: 15 } }),
//                   { reply_markup: levelKeyboard(ctx, ind, prefix) });
//   composer.callbackQuery(levelCallbackPattern(prefix), (ctx) => {
//     const pick = parseLevelCallback(ctx.callbackQuery.data, prefix);  // { code, level 0..3 } | null
//     ...                                                    // check pick.code is the open question
//   });
//   // then, while the flow waits for evidence, on every message:
//   const out = await takeEvidence(ctx, { scope: "spd", periodYear, indicator: ind });
//   if (!out.ok) await ctx.reply(`${out.hint}\n\n${evidencePrompt(ctx, ind)}`);   // nothing stored
//
// `ind` is any {code, name, help?, levels: [p1, p2, p3], evidence kinds, wajib?}: a period's
// SidIndicator or SpdIndicator fits as is. Texts are the "ind-…" keys in locales/*/innovation.ftl.
export { evidenceKindsText, indicatorQuestion, levelCallbackPattern, levelKeyboard, parseLevelCallback } from "./question.js";
export type { QuestionOptions, StepIndicator } from "./question.js";
export { evidencePrompt, takeEvidence } from "./evidence.js";
export type { EvidenceOutcome, EvidenceTarget } from "./evidence.js";

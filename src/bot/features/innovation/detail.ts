import { InlineKeyboard } from "grammy";
import type { BotContext } from "../../context.js";
import type { Innovation } from "../../../db/schema.js";
import { replyLong } from "../../ui/long-text.js";
import { megabytes, portalRules } from "../../../core/period/index.js";
import { evidenceNames } from "../../../core/profile/evidence-names.js";
import { listInnovationEvidence } from "../../../db/repo/innovations.js";
import { oversizeLines } from "../../indicator-steps/portal-size.js";
import { isEditable, periodOf } from "./common.js";
import { firstOpen } from "./open-step.js";
import { problemsOf, problemText, summaryText } from "./summary.js";

/** Nothing left to answer and nothing blocking submission. */
export function isComplete(ctx: BotContext, inn: Innovation): boolean {
  return firstOpen(ctx, inn) === null;
}

/** The summary with what the operator may do next; split over several messages when long. */
export async function showDetail(ctx: BotContext, inn: Innovation, lead?: string) {
  const keyboard = new InlineKeyboard();
  if (isEditable(inn.status)) {
    if (!isComplete(ctx, inn)) keyboard.text(ctx.t("inn-continue-button"), `inn:k:${inn.id}`).row();
    keyboard.text(ctx.t("inn-edit-profile-button"), `inn:ep:${inn.id}`).text(ctx.t("inn-edit-indicators-button"), `inn:ei:${inn.id}`).row();
    keyboard.text(ctx.t("inn-submit-button"), `inn:s:${inn.id}`).row();
    keyboard.text(ctx.t("doc-button"), `doc:l:${inn.id}`).text(ctx.t("inn-unit-button"), `inn:u:${inn.id}`).row();
    keyboard.text(ctx.t("inn-att-button"), `inn:at:${inn.id}`).row();
  }
  if (inn.status !== "ditarik") keyboard.text(ctx.t(inn.status === "draf" ? "inn-delete-draft-button" : "inn-withdraw-button"), `inn:w:${inn.id}`).row();
  keyboard.text(ctx.t("inn-list-button"), "inn:ls");
  const period = periodOf(ctx, inn);
  const lines = [summaryText(ctx, inn, period)];
  // What still blocks submission, where the operator looks first, not only after "Ajukan".
  const missing = isEditable(inn.status) ? problemsOf(ctx, inn, period).filter((p) => p.severity === "error") : [];
  if (missing.length > 0) lines.push("", ctx.t("inn-summary-missing", { count: missing.length }), ...missing.map((p) => `• ${problemText(ctx, p, period)}`));
  // Files Bappeda would have to shrink before the portal takes them.
  const rules = portalRules(period);
  const files = listInnovationEvidence(ctx.deps.db, inn.id);
  const oversize = oversizeLines(ctx, files, evidenceNames(files), rules);
  if (oversize.length > 0) lines.push("", ctx.t("ev-oversize-title", { max: megabytes(rules.maxFileBytes) }), ...oversize);
  const text = lines.join("\n");
  await replyLong(ctx, lead ? `${lead}\n\n${text}` : text, { reply_markup: keyboard });
}

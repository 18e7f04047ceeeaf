import { Composer } from "grammy";
import type { BotContext } from "../../context.js";
import { getField, validateText } from "../../../core/profile/index.js";
import { getActivePeriod } from "../../../db/repo/periods.js";
import { createInnovation, findInnovationByName, newestUnfinished } from "../../../db/repo/innovations.js";
import { messageText } from "../../flows.js";
import { askAgain, askNext, resume } from "./ask.js";
import { FIELDS, isEditable, ownInnovation, refuseButton, statusText } from "./common.js";
import { textHint } from "./hints.js";
import { onCommand } from "../../commands/register.js";

export const startComposer = new Composer<BotContext>();

/**
 * The name creates the draft. A name the OPD already used this period resumes that draft
 * instead (the same name re-sent after a crash must not fail or make a second row).
 */
export async function startName(ctx: BotContext) {
  const result = validateText(getField("nama", FIELDS), messageText(ctx));
  if (!result.ok) return askAgain(ctx, textHint(ctx, result));
  const { db, clock } = ctx.deps;
  const opdId = ctx.person!.opdId!;
  const year = getActivePeriod(db).year;
  const existing = findInnovationByName(db, opdId, year, result.value);
  if (existing) {
    if (!isEditable(existing.status)) return askAgain(ctx, ctx.t("inn-name-taken", { status: statusText(ctx, existing.status) }));
    return askNext(ctx, existing.id, ctx.t("inn-resume-existing", { name: existing.nama }));
  }
  const inn = createInnovation(db, { opdId, periodYear: year, createdBy: ctx.person!.id, nama: result.value }, clock());
  ctx.log.info({ innovation_id: inn.id }, "innovation draft created");
  await askNext(ctx, inn.id, ctx.t("inn-created", { name: inn.nama }));
}

onCommand(startComposer, "inovasi_baru", async (ctx) => {
  if (ctx.person?.opdId == null) return void (await ctx.reply(ctx.t("inn-no-opd")));
  const period = getActivePeriod(ctx.deps.db);
  ctx.session.flow = { kind: "innovation", step: "name" };
  await ctx.reply(`${ctx.t("inn-new-intro", { year: String(period.year) })}\n\n${ctx.t("inn-ask-nama")}`);
});

onCommand(startComposer, "lanjut", async (ctx) => {
  if (ctx.person?.opdId == null) return void (await ctx.reply(ctx.t("inn-no-opd")));
  // The question left open comes first: its innovation may not be the one touched last.
  const flow = ctx.session.flow;
  const open = flow?.kind === "innovation" && flow.step !== "name" ? ownInnovation(ctx, flow.innovationId) : null;
  const inn = open && isEditable(open.status) ? open : newestUnfinished(ctx.deps.db, ctx.person.opdId, getActivePeriod(ctx.deps.db).year);
  if (!inn) return void (await ctx.reply(ctx.t("inn-lanjut-none")));
  await resume(ctx, inn, ctx.t("inn-lanjut", { name: inn.nama }));
});

startComposer.callbackQuery(/^inn:k:(\d+)$/, async (ctx) => {
  const inn = ownInnovation(ctx, ctx.match[1]);
  if (!inn) return refuseButton(ctx, "inn-not-yours");
  if (!isEditable(inn.status)) return refuseButton(ctx, "inn-locked", { status: statusText(ctx, inn.status) });
  await ctx.answerCallbackQuery();
  await askNext(ctx, inn.id);
});

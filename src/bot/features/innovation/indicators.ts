import { Composer } from "grammy";
import type { BotContext } from "../../context.js";
import type { InnovationFlow } from "./flow-types.js";
import { inFlow } from "../../flows.js";
import { findInnovation, setClaimedLevel } from "../../../db/repo/innovations.js";
import { levelCallbackPattern, parseLevelCallback, takeEvidence } from "../../indicator-steps/index.js";
import { afterAnswer, askAgain, askEvidence, walkOn } from "./ask.js";
import { isEditable, kematanganText, ownInnovation, periodOf, refuseButton, statusText } from "./common.js";

export const indicatorsComposer = new Composer<BotContext>();

/** The operator's level for one SID indicator, written at once; evidence is asked for levels above 0. */
indicatorsComposer.callbackQuery(levelCallbackPattern(/inn:l:\d+:/), async (ctx) => {
  const rawId = /^inn:l:(\d+):/.exec(ctx.callbackQuery.data)![1];
  const inn = ownInnovation(ctx, rawId);
  if (!inn) return refuseButton(ctx, "inn-not-yours");
  if (!isEditable(inn.status)) return refuseButton(ctx, "inn-locked", { status: statusText(ctx, inn.status) });
  const pick = parseLevelCallback(ctx.callbackQuery.data, `inn:l:${inn.id}:`);
  const flow = ctx.session.flow;
  if (!pick || flow?.kind !== "innovation" || flow.step !== "level" || flow.innovationId !== inn.id || flow.code !== pick.code) {
    await refuseButton(ctx, "inn-stale-button");
    return askAgain(ctx, ctx.t("inn-stale-button"));
  }
  await ctx.answerCallbackQuery();
  const { db, clock } = ctx.deps;
  setClaimedLevel(db, inn.id, pick.code, pick.level, clock());
  const updated = findInnovation(db, inn.id)!;
  const saved = ctx.t("inn-level-saved", { code: pick.code, level: pick.level });
  // The next indicator question shows the running score itself.
  if (pick.level === 0) return flow.edit ? afterAnswer(ctx, inn.id, true, saved) : walkOn(ctx, inn.id, pick.code, saved);
  const lead = `${saved}\n${kematanganText(ctx, updated, periodOf(ctx, updated))}`;
  await askEvidence(ctx, updated, pick.code, { lead, edit: flow.edit });
});

/** "Lanjut" or "Lewati" under the evidence question: on to the next indicator. */
indicatorsComposer.callbackQuery(/^inn:n:(\d+):(\d{1,2}[a-z]?)$/, async (ctx) => {
  const inn = ownInnovation(ctx, ctx.match[1]);
  if (!inn) return refuseButton(ctx, "inn-not-yours");
  if (!isEditable(inn.status)) return refuseButton(ctx, "inn-locked", { status: statusText(ctx, inn.status) });
  const flow = ctx.session.flow;
  if (flow?.kind !== "innovation" || flow.step !== "evidence" || flow.innovationId !== inn.id || flow.code !== ctx.match[2]) {
    await refuseButton(ctx, "inn-stale-button");
    return askAgain(ctx, ctx.t("inn-stale-button"));
  }
  await ctx.answerCallbackQuery();
  await (flow.edit ? afterAnswer(ctx, inn.id, true) : walkOn(ctx, inn.id, flow.code));
});

indicatorsComposer.filter(inFlow("innovation"), async (ctx, next) => {
  const flow = ctx.session.flow as InnovationFlow;
  if (flow.step !== "level" && flow.step !== "evidence") return next();
  // Another operator of the OPD may have submitted or withdrawn it since the question was asked.
  const inn = ownInnovation(ctx, flow.innovationId);
  if (!inn || !isEditable(inn.status)) {
    ctx.session.flow = undefined;
    return void (await ctx.reply(inn ? ctx.t("inn-locked", { status: statusText(ctx, inn.status) }) : ctx.t("inn-not-found")));
  }
  if (flow.step === "level") return askAgain(ctx, ctx.t("inn-hint-use-level-buttons"));
  const indicator = periodOf(ctx, inn).sid.find((i) => i.code === flow.code)!;
  const outcome = await takeEvidence(ctx, { scope: "sid", periodYear: inn.periodYear, innovationId: inn.id, indicator });
  if (!outcome.ok) return askAgain(ctx, outcome.hint);
  const name = outcome.evidence.url ?? outcome.evidence.fileName ?? ctx.t(`ind-kind-${outcome.evidence.kind}`);
  await askEvidence(ctx, inn, flow.code, { lead: ctx.t("inn-evidence-saved", { name }), edit: flow.edit });
});

import { Composer, InlineKeyboard } from "grammy";
import type { BotContext } from "../../context.js";
import { flowOf, inFlow, messageText } from "../../flows.js";
import { checkOpdName, cleanOpdName } from "../../../core/opd/names.js";
import { findInnovation } from "../../../db/repo/innovations.js";
import { listOpdUnits } from "../../../db/repo/opds.js";
import { innovations, type Innovation } from "../../../db/schema.js";
import { eq } from "../../../db/orm.js";
import { buttonLabel } from "../../ui/paged-keyboard.js";
import { isEditable, ownInnovation, refuseButton, statusText } from "./common.js";
import { showDetail } from "./detail.js";

// "Unit pelaksana": the puskesmas, school or kelurahan that runs an innovation registered by its
// OPD. Picked from the units an admin listed under the OPD, or typed. Offered from the
// innovation's page, not on the walk, so the clean path stays as short as it was.

export const unitComposer = new Composer<BotContext>();

/** Units shown as buttons; an OPD with more has the rest typed. */
const MAX_UNIT_BUTTONS = 24;

function setUnit(ctx: BotContext, inn: Innovation, unit: string) {
  ctx.deps.db.update(innovations).set({ unitPelaksana: unit, updatedAt: ctx.deps.clock() }).where(eq(innovations.id, inn.id)).run();
}

async function editable(ctx: BotContext, rawId: string | undefined): Promise<Innovation | null> {
  const inn = ownInnovation(ctx, rawId);
  if (!inn) {
    await refuseButton(ctx, "inn-not-yours");
    return null;
  }
  if (!isEditable(inn.status)) {
    await refuseButton(ctx, "inn-locked", { status: statusText(ctx, inn.status) });
    return null;
  }
  return inn;
}

unitComposer.callbackQuery(/^inn:u:(\d{1,12})$/, async (ctx) => {
  const inn = await editable(ctx, ctx.match[1]);
  if (!inn) return;
  await ctx.answerCallbackQuery();
  const units = listOpdUnits(ctx.deps.db, inn.opdId, { activeOnly: true }).slice(0, MAX_UNIT_BUTTONS);
  const keyboard = new InlineKeyboard();
  for (const u of units) keyboard.text(buttonLabel(u.name), `inn:uu:${inn.id}:${u.id}`).row();
  ctx.session.flow = { kind: "unit-pelaksana", innovationId: inn.id };
  const now = inn.unitPelaksana ?? ctx.t("inn-unit-none");
  await ctx.reply(ctx.t(units.length > 0 ? "inn-unit-ask-pick" : "inn-unit-ask", { now }), { reply_markup: keyboard });
});

unitComposer.callbackQuery(/^inn:uu:(\d{1,12}):(\d{1,12})$/, async (ctx) => {
  const inn = await editable(ctx, ctx.match[1]);
  if (!inn) return;
  const unit = listOpdUnits(ctx.deps.db, inn.opdId, { activeOnly: true }).find((u) => u.id === Number(ctx.match[2]));
  if (!unit) return refuseButton(ctx, "inn-stale-button");
  await ctx.answerCallbackQuery();
  setUnit(ctx, inn, unit.name);
  ctx.session.flow = undefined;
  await showDetail(ctx, findInnovation(ctx.deps.db, inn.id)!, ctx.t("inn-unit-saved", { unit: unit.name }));
});

unitComposer.filter(inFlow("unit-pelaksana"), async (ctx) => {
  const flow = flowOf(ctx, "unit-pelaksana")!;
  const inn = ownInnovation(ctx, flow.innovationId);
  if (!inn || !isEditable(inn.status)) {
    ctx.session.flow = undefined;
    return void (await ctx.reply(ctx.t("inn-not-found")));
  }
  const text = messageText(ctx);
  const problem = text === null ? "name-empty" : checkOpdName(text);
  if (problem) return void (await ctx.reply(ctx.t("inn-unit-bad")));
  const unit = cleanOpdName(text!);
  setUnit(ctx, inn, unit);
  ctx.session.flow = undefined;
  await showDetail(ctx, findInnovation(ctx.deps.db, inn.id)!, ctx.t("inn-unit-saved", { unit }));
});

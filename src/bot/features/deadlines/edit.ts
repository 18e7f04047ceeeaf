import { Composer, InlineKeyboard } from "grammy";
import type { BotContext } from "../../context.js";
import { flowOf, inFlow, messageText } from "../../flows.js";
import { idFrom } from "../../ui/paged-keyboard.js";
import { audit } from "../../../db/repo/audit.js";
import { deleteDeadline, findDeadline, updateDeadline, type Deadline, type DeadlinePatch } from "../../../db/repo/deadlines.js";
import type { DeadlineEditFlow } from "./flow-types.js";
import { checkDeadlineDue, checkDeadlineName, checkDeadlineNote, type Checked } from "./input.js";
import { hintOf } from "./create.js";
import { deadlineBlock, showDeadlinePage, showDetail } from "./view.js";

export const editDeadlineFeature = new Composer<BotContext>();

/** The deadline a button names; a stale or forged id gets an alert and null. */
async function fromButton(ctx: BotContext, idText: string | undefined): Promise<Deadline | null> {
  const id = idFrom(idText);
  const deadline = id === null ? undefined : findDeadline(ctx.deps.db, id);
  if (!deadline) {
    await ctx.answerCallbackQuery({ text: ctx.t("tgt-not-found"), show_alert: true });
    return null;
  }
  await ctx.answerCallbackQuery();
  return deadline;
}

/** Applies an admin's change and its audit entry in one transaction. */
function change(ctx: BotContext, deadline: Deadline, action: string, patch: DeadlinePatch) {
  const { db, clock } = ctx.deps;
  const now = clock();
  const detail = Object.fromEntries(Object.entries(patch).map(([k, v]) => [k, v instanceof Date ? v.toISOString() : v]));
  db.transaction((tx) => {
    updateDeadline(tx, deadline.id, patch, now);
    audit(tx, { actorId: ctx.person!.id, action, target: `deadline:${deadline.id}`, detail, at: now });
  });
}

editDeadlineFeature.callbackQuery(/^tgt:p:(\d{1,4})$/, async (ctx) => {
  await ctx.answerCallbackQuery();
  await showDeadlinePage(ctx, Number(ctx.match[1]));
});

editDeadlineFeature.callbackQuery(/^tgt:v:(\d+)$/, async (ctx) => {
  const deadline = await fromButton(ctx, ctx.match[1]);
  if (deadline) await showDetail(ctx, deadline, true);
});

const TEXT_EDITS = { en: ["edit-name", "tgt-ask-name"], ed: ["edit-due", "tgt-ask-due"], eo: ["edit-note", "tgt-ask-note-edit"] } as const;

editDeadlineFeature.callbackQuery(/^tgt:(en|ed|eo):(\d+)$/, async (ctx) => {
  const deadline = await fromButton(ctx, ctx.match[2]);
  if (!deadline) return;
  const [step, question] = TEXT_EDITS[ctx.match[1] as keyof typeof TEXT_EDITS];
  ctx.session.flow = { kind: "deadline", step, deadlineId: deadline.id };
  await ctx.reply(`${ctx.t("tgt-editing", { name: deadline.name })}\n\n${ctx.t(question)}`);
});

editDeadlineFeature.callbackQuery(/^tgt:ea:(\d+)$/, async (ctx) => {
  const deadline = await fromButton(ctx, ctx.match[1]);
  if (!deadline) return;
  change(ctx, deadline, "deadline.audience", { audience: deadline.audience === "all" ? "unfinished" : "all" });
  await showDetail(ctx, findDeadline(ctx.deps.db, deadline.id)!, true);
});

editDeadlineFeature.callbackQuery(/^tgt:rm:(\d+)$/, async (ctx) => {
  const deadline = await fromButton(ctx, ctx.match[1]);
  if (!deadline) return;
  const keyboard = new InlineKeyboard().text(ctx.t("tgt-delete-yes"), `tgt:rmy:${deadline.id}`).text(ctx.t("tgt-delete-no"), `tgt:v:${deadline.id}`);
  await ctx.editMessageText(`${deadlineBlock(ctx, deadline, true)}\n\n${ctx.t("tgt-delete-confirm")}`, { reply_markup: keyboard });
});

editDeadlineFeature.callbackQuery(/^tgt:rmy:(\d+)$/, async (ctx) => {
  const deadline = await fromButton(ctx, ctx.match[1]);
  if (!deadline) return;
  const { db, clock } = ctx.deps;
  const now = clock();
  db.transaction((tx) => {
    deleteDeadline(tx, deadline.id, now);
    audit(tx, { actorId: ctx.person!.id, action: "deadline.delete", target: `deadline:${deadline.id}`, detail: { name: deadline.name }, at: now });
  });
  await ctx.editMessageText(ctx.t("tgt-deleted", { name: deadline.name }));
});

function editFlow(ctx: BotContext): DeadlineEditFlow | undefined {
  const flow = flowOf(ctx, "deadline");
  return flow && "deadlineId" in flow ? (flow as DeadlineEditFlow) : undefined;
}

editDeadlineFeature.filter(
  (ctx) => inFlow("deadline")(ctx) && editFlow(ctx) !== undefined,
  async (ctx) => {
    const flow = editFlow(ctx)!;
    const deadline = findDeadline(ctx.deps.db, flow.deadlineId);
    if (!deadline) {
      ctx.session.flow = undefined;
      return void (await ctx.reply(ctx.t("tgt-not-found")));
    }
    const question = flow.step === "edit-name" ? "tgt-ask-name" : flow.step === "edit-due" ? "tgt-ask-due" : "tgt-ask-note-edit";
    const text = messageText(ctx);
    const again = (hint: string) => ctx.reply(`${hint}\n\n${ctx.t(question)}`);
    if (text === null) return void (await again(ctx.t("answer-text-expected")));

    let checked: Checked<unknown>;
    let action: string;
    let patch: DeadlinePatch;
    if (flow.step === "edit-name") {
      const c = checkDeadlineName(text);
      [checked, action, patch] = [c, "deadline.rename", c.ok ? { name: c.value } : {}];
    } else if (flow.step === "edit-due") {
      const c = checkDeadlineDue(text, ctx.deps.config.TIMEZONE, ctx.deps.clock());
      [checked, action, patch] = [c, "deadline.reschedule", c.ok ? { dueAt: c.value } : {}];
    } else {
      const c = checkDeadlineNote(text);
      [checked, action, patch] = [c, "deadline.note", c.ok ? { note: c.value } : {}];
    }
    if (!checked.ok) return void (await again(hintOf(ctx, checked)));
    change(ctx, deadline, action, patch);
    ctx.session.flow = undefined;
    await ctx.reply(ctx.t("tgt-updated"));
    await showDetail(ctx, findDeadline(ctx.deps.db, deadline.id)!, false);
  },
);

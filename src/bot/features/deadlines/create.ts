import { Composer, InlineKeyboard } from "grammy";
import type { BotContext } from "../../context.js";
import { flowOf, inFlow, messageText } from "../../flows.js";
import { audit } from "../../../db/repo/audit.js";
import { createDeadline } from "../../../db/repo/deadlines.js";
import { reminderLabel } from "../../../core/reminders/plan.js";
import type { DeadlineCreateFlow } from "./flow-types.js";
import { checkDeadlineDue, checkDeadlineName, checkDeadlineNote, type Checked } from "./input.js";
import { deadlineBlock } from "./view.js";
import { onCommand } from "../../commands/register.js";

export const createDeadlineFeature = new Composer<BotContext>();

type Step = DeadlineCreateFlow["step"];

const CREATE_STEPS: readonly Step[] = ["name", "due", "audience", "note"];

function createFlow(ctx: BotContext): DeadlineCreateFlow | undefined {
  const flow = flowOf(ctx, "deadline");
  return flow && (CREATE_STEPS as readonly string[]).includes(flow.step) ? (flow as DeadlineCreateFlow) : undefined;
}

async function ask(ctx: BotContext, step: Step, prefix?: string) {
  const lead = prefix ? `${prefix}\n\n` : "";
  switch (step) {
    case "name":
      return void (await ctx.reply(lead + ctx.t("tgt-ask-name")));
    case "due":
      return void (await ctx.reply(lead + ctx.t("tgt-ask-due")));
    case "audience": {
      const keyboard = new InlineKeyboard().text(ctx.t("tgt-audience-all"), "tgt:au:all").row().text(ctx.t("tgt-audience-unfinished"), "tgt:au:unfinished");
      return void (await ctx.reply(lead + ctx.t("tgt-ask-audience"), { reply_markup: keyboard }));
    }
    case "note":
      return void (await ctx.reply(lead + ctx.t("tgt-ask-note"), { reply_markup: new InlineKeyboard().text(ctx.t("tgt-no-note-button"), "tgt:nn") }));
  }
}

/** The hint for a rejected answer, followed by the same question. */
export function hintOf(ctx: BotContext, checked: Extract<Checked<unknown>, { ok: false }>): string {
  return ctx.t(checked.hint, checked.vars ?? {});
}

async function start(ctx: BotContext) {
  ctx.session.flow = { kind: "deadline", step: "name" };
  await ask(ctx, "name");
}

onCommand(createDeadlineFeature, "tenggat_baru", start);
createDeadlineFeature.callbackQuery("tgt:new", async (ctx) => {
  await ctx.answerCallbackQuery();
  await start(ctx);
});

async function save(ctx: BotContext, flow: DeadlineCreateFlow, note: string | null) {
  const { db, clock, config } = ctx.deps;
  const now = clock();
  if (flow.dueAt! <= now.getTime()) {
    // The time passed while the admin was answering the later questions.
    ctx.session.flow = { kind: "deadline", step: "due", name: flow.name! };
    return ask(ctx, "due", ctx.t("tgt-due-past"));
  }
  const values = { name: flow.name!, dueAt: new Date(flow.dueAt!), audience: flow.audience!, note, createdBy: ctx.person!.id };
  const deadline = db.transaction((tx) => {
    const created = createDeadline(tx, values, now);
    audit(tx, {
      actorId: ctx.person!.id,
      action: "deadline.create",
      target: `deadline:${created.id}`,
      detail: { name: created.name, dueAt: created.dueAt.toISOString(), audience: created.audience },
      at: now,
    });
    return created;
  });
  ctx.session.flow = undefined;
  const days = config.REMINDER_DAYS.map(reminderLabel).join(", ");
  await ctx.reply(`${ctx.t("tgt-created")}\n\n${deadlineBlock(ctx, deadline, true)}\n\n${ctx.t("tgt-created-reminders", { days })}`);
}

createDeadlineFeature.callbackQuery(/^tgt:au:(all|unfinished)$/, async (ctx) => {
  const flow = createFlow(ctx);
  if (flow?.step !== "audience") return void (await ctx.answerCallbackQuery({ text: ctx.t("tgt-stale-button"), show_alert: true }));
  await ctx.answerCallbackQuery();
  ctx.session.flow = { ...flow, step: "note", audience: ctx.match[1] as "all" | "unfinished" };
  await ask(ctx, "note");
});

createDeadlineFeature.callbackQuery("tgt:nn", async (ctx) => {
  const flow = createFlow(ctx);
  if (flow?.step !== "note") return void (await ctx.answerCallbackQuery({ text: ctx.t("tgt-stale-button"), show_alert: true }));
  await ctx.answerCallbackQuery();
  await save(ctx, flow, null);
});

createDeadlineFeature.filter(
  (ctx) => inFlow("deadline")(ctx) && createFlow(ctx) !== undefined,
  async (ctx) => {
    const flow = createFlow(ctx)!;
    const text = messageText(ctx);
    if (flow.step === "audience") return ask(ctx, "audience", ctx.t("tgt-press-button"));
    if (text === null) return ask(ctx, flow.step, ctx.t("answer-text-expected"));
    switch (flow.step) {
      case "name": {
        const checked = checkDeadlineName(text);
        if (!checked.ok) return ask(ctx, "name", hintOf(ctx, checked));
        ctx.session.flow = { ...flow, step: "due", name: checked.value };
        return ask(ctx, "due");
      }
      case "due": {
        const checked = checkDeadlineDue(text, ctx.deps.config.TIMEZONE, ctx.deps.clock());
        if (!checked.ok) return ask(ctx, "due", hintOf(ctx, checked));
        ctx.session.flow = { ...flow, step: "audience", dueAt: checked.value.getTime() };
        return ask(ctx, "audience");
      }
      case "note": {
        const checked = checkDeadlineNote(text);
        if (!checked.ok) return ask(ctx, "note", hintOf(ctx, checked));
        return save(ctx, flow, checked.value);
      }
    }
  },
);

import { Composer, InlineKeyboard } from "grammy";
import type { BotContext } from "../../context.js";
import { flowOf, inFlow, messageText } from "../../flows.js";
import { idFrom, pagedKeyboard } from "../../ui/paged-keyboard.js";
import { audit } from "../../../db/repo/audit.js";
import { findOpd, listOpds } from "../../../db/repo/opds.js";
import { broadcastRecipients, type BroadcastAudience } from "../../../db/repo/deadlines.js";
import { createAnnouncement } from "../../../db/repo/announcements.js";
import { charLength, normalizeParagraphs } from "../../../core/profile/text.js";
import { outboxFor } from "../../../outbound/telegram.js";
import type { BroadcastFlow } from "./flow-types.js";
import { announcement, runAnnouncement } from "./broadcast-send.js";
import { onCommand } from "../../commands/register.js";

export const broadcastFeature = new Composer<BotContext>();

/** Leaves room for the header under Telegram's 4096 characters. */
export const BROADCAST_MAX = 3500;

const stale = (ctx: BotContext) => ctx.answerCallbackQuery({ text: ctx.t("bc-stale-button"), show_alert: true });

function audienceOf(flow: BroadcastFlow): BroadcastAudience | null {
  if (flow.audience === "opd") return flow.opdId === undefined ? null : { kind: "opd", opdId: flow.opdId };
  return flow.audience ? { kind: flow.audience } : null;
}

function audienceName(ctx: BotContext, audience: BroadcastAudience): string {
  if (audience.kind === "opd") return ctx.t("bc-audience-opd-named", { opd: findOpd(ctx.deps.db, audience.opdId)?.name ?? "?" });
  return ctx.t(`bc-audience-${audience.kind}`);
}

async function askText(ctx: BotContext, prefix?: string) {
  await ctx.reply(`${prefix ? `${prefix}\n\n` : ""}${ctx.t("bc-ask-text", { max: BROADCAST_MAX })}`);
}

async function askAudience(ctx: BotContext, prefix?: string) {
  const keyboard = new InlineKeyboard()
    .text(ctx.t("bc-audience-all"), "bc:a:all")
    .row()
    .text(ctx.t("bc-audience-operator"), "bc:a:operator")
    .row()
    .text(ctx.t("bc-audience-pimpinan"), "bc:a:pimpinan")
    .row()
    .text(ctx.t("bc-audience-opd"), "bc:a:opd");
  await ctx.reply(`${prefix ? `${prefix}\n\n` : ""}${ctx.t("bc-ask-audience")}`, { reply_markup: keyboard });
}

function opdPicker(ctx: BotContext, page: number) {
  return pagedKeyboard({
    items: listOpds(ctx.deps.db, { activeOnly: true }),
    page,
    button: (opd) => ({ label: opd.name, data: `bc:o:${opd.id}` }),
    pageData: (p) => `bc:p:${p}`,
  }).keyboard;
}

async function preview(ctx: BotContext, flow: BroadcastFlow & { text: string }, audience: BroadcastAudience) {
  const recipients = broadcastRecipients(ctx.deps.db, audience, ctx.person!.id);
  const reachable = recipients.filter((r) => !r.unreachable).length;
  if (reachable === 0) {
    ctx.session.flow = { kind: "broadcast", step: "audience", text: flow.text };
    return askAudience(ctx, ctx.t("bc-no-recipients", { audience: audienceName(ctx, audience) }));
  }
  ctx.session.flow = { ...flow, step: "confirm" };
  const keyboard = new InlineKeyboard().text(ctx.t("bc-send-button"), "bc:ok").text(ctx.t("bc-cancel-button"), "bc:no");
  const summary = ctx.t("bc-preview", { audience: audienceName(ctx, audience), n: reachable, unreachable: recipients.length - reachable });
  await ctx.reply(`${summary}\n\n${announcement((k) => ctx.t(k), flow.text)}`, { reply_markup: keyboard });
}

onCommand(broadcastFeature, "umumkan", async (ctx) => {
  ctx.session.flow = { kind: "broadcast", step: "text" };
  await askText(ctx);
});

broadcastFeature.callbackQuery(/^bc:a:(all|operator|pimpinan|opd)$/, async (ctx) => {
  const flow = flowOf(ctx, "broadcast");
  if (flow?.step !== "audience" || flow.text === undefined) return stale(ctx);
  await ctx.answerCallbackQuery();
  const choice = ctx.match[1] as NonNullable<BroadcastFlow["audience"]>;
  if (choice === "opd") {
    ctx.session.flow = { ...flow, step: "opd", audience: "opd" };
    return void (await ctx.reply(ctx.t("bc-ask-opd"), { reply_markup: opdPicker(ctx, 1) }));
  }
  await preview(ctx, { ...flow, text: flow.text, audience: choice }, { kind: choice });
});

broadcastFeature.callbackQuery(/^bc:p:(\d{1,4})$/, async (ctx) => {
  if (flowOf(ctx, "broadcast")?.step !== "opd") return stale(ctx);
  await ctx.answerCallbackQuery();
  await ctx.editMessageReplyMarkup({ reply_markup: opdPicker(ctx, Number(ctx.match[1])) });
});

broadcastFeature.callbackQuery(/^bc:o:(\d+)$/, async (ctx) => {
  const flow = flowOf(ctx, "broadcast");
  if (flow?.step !== "opd" || flow.text === undefined) return stale(ctx);
  const opd = findOpd(ctx.deps.db, idFrom(ctx.match[1]) ?? -1);
  if (!opd?.active) return void (await ctx.answerCallbackQuery({ text: ctx.t("bc-opd-not-found"), show_alert: true }));
  await ctx.answerCallbackQuery();
  await preview(ctx, { ...flow, text: flow.text, audience: "opd", opdId: opd.id }, { kind: "opd", opdId: opd.id });
});

broadcastFeature.callbackQuery("bc:no", async (ctx) => {
  if (flowOf(ctx, "broadcast")?.step !== "confirm") return stale(ctx);
  await ctx.answerCallbackQuery();
  ctx.session.flow = undefined;
  await ctx.editMessageReplyMarkup();
  await ctx.reply(ctx.t("bc-cancelled"));
});

broadcastFeature.callbackQuery("bc:ok", async (ctx) => {
  const flow = flowOf(ctx, "broadcast");
  const audience = flow ? audienceOf(flow) : null;
  if (flow?.step !== "confirm" || flow.text === undefined || !audience) return stale(ctx);
  await ctx.answerCallbackQuery();
  // Cleared first: a second press of "Kirim" finds no flow and sends nothing.
  ctx.session.flow = undefined;
  await ctx.editMessageReplyMarkup();

  const { db, clock } = ctx.deps;
  const now = clock();
  const author = ctx.person!;
  const recipients = broadcastRecipients(db, audience, author.id);
  // The announcement and every recipient are stored before the first send, so a restart
  // in mid-fan-out finishes it (see broadcast-send.ts for the delivery guarantee).
  const stored = db.transaction((tx) => {
    audit(tx, {
      actorId: author.id,
      action: "broadcast.send",
      target: audience.kind === "opd" ? `opd:${audience.opdId}` : audience.kind,
      detail: { recipients: recipients.length, chars: charLength(flow.text!), text: flow.text!.slice(0, 200) },
      at: now,
    });
    return createAnnouncement(tx, { authorId: author.id, text: flow.text!, audience, adminChatId: ctx.chat!.id, recipients }, now);
  });
  const outbox = outboxFor(ctx.deps);
  // The fan-out may take minutes (25 messages/s): it runs after this update is answered.
  outbox.background(runAnnouncement({ ...ctx.deps, api: ctx.api }, outbox, stored.id));
});

broadcastFeature.filter(inFlow("broadcast"), async (ctx) => {
  const flow = flowOf(ctx, "broadcast")!;
  const text = messageText(ctx);
  if (flow.step === "audience") return askAudience(ctx, ctx.t("bc-press-button"));
  if (flow.step === "opd") return void (await ctx.reply(`${ctx.t("bc-press-button")}\n\n${ctx.t("bc-ask-opd")}`, { reply_markup: opdPicker(ctx, 1) }));
  if (flow.step === "confirm") return void (await ctx.reply(ctx.t("bc-press-confirm")));
  if (text === null) return askText(ctx, ctx.t("answer-text-expected"));
  const cleaned = normalizeParagraphs(text);
  if (cleaned === "") return askText(ctx, ctx.t("answer-empty"));
  if (charLength(cleaned) > BROADCAST_MAX) return askText(ctx, ctx.t("answer-too-long", { max: BROADCAST_MAX }));
  ctx.session.flow = { kind: "broadcast", step: "audience", text: cleaned };
  await askAudience(ctx);
});

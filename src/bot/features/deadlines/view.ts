import { InlineKeyboard } from "grammy";
import type { BotContext } from "../../context.js";
import type { Deadline } from "../../../db/repo/deadlines.js";
import { listUpcomingDeadlines } from "../../../db/repo/deadlines.js";
import { formatDateTime } from "../../ui/datetime.js";
import { sessionLocale } from "../../i18n.js";
import { pagedKeyboard } from "../../ui/paged-keyboard.js";
import { replyLong } from "../../ui/long-text.js";
import { timeLeft, timeLeftText } from "./time-left.js";

const translate = (ctx: BotContext) => (key: string, vars?: Record<string, string | number>) => ctx.t(key, vars);

export function dueText(ctx: BotContext, dueAt: Date): string {
  const { config, clock } = ctx.deps;
  const locale = sessionLocale(ctx.session);
  return ctx.t("tgt-due-line", {
    date: formatDateTime(dueAt, config.TIMEZONE, locale),
    left: timeLeftText(translate(ctx), timeLeft(dueAt, clock(), config.TIMEZONE)),
  });
}

export function audienceText(ctx: BotContext, audience: Deadline["audience"]): string {
  return ctx.t(audience === "all" ? "tgt-audience-all" : "tgt-audience-unfinished");
}

/** The deadline as everyone reads it; admins see the audience too. */
export function deadlineBlock(ctx: BotContext, d: Pick<Deadline, "name" | "dueAt" | "audience" | "note">, forAdmin: boolean): string {
  const lines = [`📅 ${d.name}`, dueText(ctx, d.dueAt)];
  if (forAdmin) lines.push(ctx.t("tgt-audience-line", { audience: audienceText(ctx, d.audience) }));
  if (d.note) lines.push(ctx.t("tgt-note-line", { note: d.note }));
  return lines.join("\n");
}

function adminKeyboard(ctx: BotContext, items: Deadline[], page: number) {
  const { keyboard } = pagedKeyboard({
    items,
    page,
    button: (d) => ({ label: `✏️ ${d.name}`, data: `tgt:v:${d.id}` }),
    pageData: (p) => `tgt:p:${p}`,
  });
  return keyboard.text(ctx.t("tgt-new-button"), "tgt:new");
}

/** /tenggat: upcoming deadlines with the time left; admins get a button per deadline. */
export async function showDeadlines(ctx: BotContext) {
  const items = listUpcomingDeadlines(ctx.deps.db, ctx.deps.clock());
  const isAdmin = ctx.person?.role === "admin";
  const text =
    items.length === 0
      ? ctx.t(isAdmin ? "tgt-none-admin" : "tgt-none")
      : [ctx.t("tgt-list-title", { n: items.length }), ...items.map((d) => deadlineBlock(ctx, d, isAdmin))].join("\n\n");
  await replyLong(ctx, text, isAdmin ? { reply_markup: adminKeyboard(ctx, items, 1) } : undefined);
}

export async function showDeadlinePage(ctx: BotContext, page: number) {
  const items = listUpcomingDeadlines(ctx.deps.db, ctx.deps.clock());
  await ctx.editMessageReplyMarkup({ reply_markup: adminKeyboard(ctx, items, page) });
}

export function detailKeyboard(ctx: BotContext, d: Deadline) {
  return new InlineKeyboard()
    .text(ctx.t("tgt-edit-name-button"), `tgt:en:${d.id}`)
    .text(ctx.t("tgt-edit-due-button"), `tgt:ed:${d.id}`)
    .row()
    .text(ctx.t("tgt-edit-audience-button"), `tgt:ea:${d.id}`)
    .text(ctx.t("tgt-edit-note-button"), `tgt:eo:${d.id}`)
    .row()
    .text(ctx.t("tgt-delete-button"), `tgt:rm:${d.id}`);
}

/** The admin's view of one deadline, as a new message (after a text answer) or in place (after a button). */
export async function showDetail(ctx: BotContext, d: Deadline, edit: boolean) {
  const text = deadlineBlock(ctx, d, true);
  const reply_markup = detailKeyboard(ctx, d);
  if (edit) await ctx.editMessageText(text, { reply_markup });
  else await ctx.reply(text, { reply_markup });
}

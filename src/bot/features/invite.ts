import { Composer, InlineKeyboard } from "grammy";
import type { BotContext } from "../context.js";
import { idFrom, pagedKeyboard } from "../ui/paged-keyboard.js";
import { formatDateTime } from "../ui/datetime.js";
import { ROLES, type Role } from "../../db/schema.js";
import { describeInvitation } from "../ui/labels.js";
import { createInvitation, findInvitation, pendingInvitations, revokeInvitation } from "../../db/repo/invitations.js";
import { findOpd, listOpds } from "../../db/repo/opds.js";
import { audit } from "../../db/repo/audit.js";
import { invitationState } from "../../core/people/invitation-rules.js";
import { onCommand } from "../commands/register.js";

export const inviteFeature = new Composer<BotContext>();

function roleKeyboard(ctx: BotContext) {
  return new InlineKeyboard()
    .text(ctx.t("role-operator"), "inv:r:operator")
    .row()
    .text(ctx.t("role-pimpinan"), "inv:r:pimpinan")
    .row()
    .text(ctx.t("role-admin"), "inv:r:admin")
    .row()
    .text(ctx.t("inv-list-button"), "inv:l");
}

function opdPicker(ctx: BotContext, page: number) {
  return pagedKeyboard({
    items: listOpds(ctx.deps.db, { activeOnly: true }),
    page,
    button: (opd) => ({ label: opd.name, data: `inv:o:${opd.id}` }),
    pageData: (p) => `inv:p:${p}`,
  }).keyboard;
}

async function issue(ctx: BotContext, role: Role, opdId: number | null) {
  const { db, clock, config } = ctx.deps;
  const now = clock();
  const invitation = db.transaction((tx) => {
    const created = createInvitation(tx, { role, opdId, createdBy: ctx.person!.id, ttlDays: config.INVITE_TTL_DAYS }, now);
    audit(tx, { actorId: ctx.person!.id, action: "invitation.create", target: `invitation:${created.id}`, detail: { role, opdId }, at: now });
    return created;
  });
  const link = `https://t.me/${ctx.me.username}?start=${invitation.code}`;
  await ctx.editMessageText(
    ctx.t("inv-created", {
      invitation: describeInvitation(ctx, invitation),
      code: invitation.code,
      link,
      expires: formatDateTime(invitation.expiresAt, config.TIMEZONE, await ctx.i18n.getLocale()),
    }),
    { reply_markup: new InlineKeyboard().text(ctx.t("inv-revoke-button"), `inv:x:${invitation.id}`), link_preview_options: { is_disabled: true } },
  );
}

onCommand(inviteFeature, "undang", async (ctx) => {
  await ctx.reply(ctx.t("inv-choose-role"), { reply_markup: roleKeyboard(ctx) });
});

inviteFeature.callbackQuery(/^inv:r:(\w+)$/, async (ctx, next) => {
  const role = ctx.match[1] as Role;
  if (!ROLES.includes(role)) return next();
  await ctx.answerCallbackQuery();
  if (role === "operator") {
    await ctx.editMessageText(ctx.t("inv-choose-opd"), { reply_markup: opdPicker(ctx, 1) });
    return;
  }
  await issue(ctx, role, null);
});

inviteFeature.callbackQuery(/^inv:p:(\d{1,4})$/, async (ctx) => {
  await ctx.answerCallbackQuery();
  await ctx.editMessageText(ctx.t("inv-choose-opd"), { reply_markup: opdPicker(ctx, Number(ctx.match[1])) });
});

inviteFeature.callbackQuery(/^inv:o:(\d+)$/, async (ctx) => {
  const opd = findOpd(ctx.deps.db, idFrom(ctx.match[1]) ?? -1);
  if (!opd || !opd.active) {
    await ctx.answerCallbackQuery({ text: ctx.t("opd-not-found"), show_alert: true });
    return;
  }
  await ctx.answerCallbackQuery();
  await issue(ctx, "operator", opd.id);
});

inviteFeature.callbackQuery("inv:l", async (ctx) => {
  await ctx.answerCallbackQuery();
  const { db, clock, config } = ctx.deps;
  const pending = pendingInvitations(db, clock());
  if (pending.length === 0) {
    await ctx.reply(ctx.t("inv-list-empty"));
    return;
  }
  const locale = await ctx.i18n.getLocale();
  const lines = pending.slice(0, 30).map((inv) => ctx.t("inv-list-line", { code: inv.code, invitation: describeInvitation(ctx, inv), expires: formatDateTime(inv.expiresAt, config.TIMEZONE, locale) }));
  const keyboard = new InlineKeyboard();
  for (const inv of pending.slice(0, 30)) keyboard.text(ctx.t("inv-revoke-code", { code: inv.code }), `inv:x:${inv.id}`).row();
  await ctx.reply(`${ctx.t("inv-list-title", { count: pending.length })}\n${lines.join("\n")}`, { reply_markup: keyboard });
});

inviteFeature.callbackQuery(/^inv:x:(\d+)$/, async (ctx) => {
  const { db, clock } = ctx.deps;
  const now = clock();
  const invitation = findInvitation(db, idFrom(ctx.match[1]) ?? -1);
  if (!invitation || invitationState(invitation, now) !== "valid") {
    await ctx.answerCallbackQuery({ text: ctx.t("inv-not-pending"), show_alert: true });
    return;
  }
  db.transaction((tx) => {
    revokeInvitation(tx, invitation.id, now);
    audit(tx, { actorId: ctx.person!.id, action: "invitation.revoke", target: `invitation:${invitation.id}`, at: now });
  });
  await ctx.answerCallbackQuery();
  await ctx.editMessageText(ctx.t("inv-revoked", { code: invitation.code, invitation: describeInvitation(ctx, invitation) }));
});

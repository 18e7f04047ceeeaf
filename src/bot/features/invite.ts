import { Composer, InlineKeyboard } from "grammy";
import type { BotContext } from "../context.js";
import { buttonLabel, idFrom, pagedKeyboard } from "../ui/paged-keyboard.js";
import { inFlow, messageText } from "../flows.js";
import { filterByName } from "../../core/profile/search.js";
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

async function issue(ctx: BotContext, role: Role, opdId: number | null, send: "edit" | "reply" = "edit") {
  const { db, clock, config } = ctx.deps;
  const now = clock();
  const invitation = db.transaction((tx) => {
    const created = createInvitation(tx, { role, opdId, createdBy: ctx.person!.id, ttlDays: config.INVITE_TTL_DAYS }, now);
    audit(tx, { actorId: ctx.person!.id, action: "invitation.create", target: `invitation:${created.id}`, detail: { role, opdId }, at: now });
    return created;
  });
  const link = `https://t.me/${ctx.me.username}?start=${invitation.code}`;
  if (ctx.session.flow?.kind === "invite-opd") ctx.session.flow = undefined;
  await (send === "edit" ? ctx.editMessageText.bind(ctx) : ctx.reply.bind(ctx))(
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
    ctx.session.flow = { kind: "invite-opd" };
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
  if (!opd?.active) {
    await ctx.answerCallbackQuery({ text: ctx.t("opd-not-found"), show_alert: true });
    return;
  }
  await ctx.answerCallbackQuery();
  await issue(ctx, "operator", opd.id);
});

/** Matches from typing part of an OPD's name are shown at once, up to this many. */
const OPD_MATCHES_SHOWN = 12;

// Kota Serang has some 40 OPD over several pages: typing part of a name is quicker. A single
// match is taken at once; the invitation it makes can be revoked with the button under it.
inviteFeature.filter(inFlow("invite-opd"), async (ctx) => {
  const text = messageText(ctx);
  if (text === null || text.trim() === "") return void (await ctx.reply(ctx.t("inv-opd-type-hint")));
  const found = filterByName(listOpds(ctx.deps.db, { activeOnly: true }), text.slice(0, 100), (o) => o.name);
  if (found.length === 0) return void (await ctx.reply(ctx.t("inv-opd-none", { query: buttonLabel(text.trim(), 60) })));
  if (found.length === 1) return issue(ctx, "operator", found[0]!.id, "reply");
  const keyboard = new InlineKeyboard();
  for (const opd of found.slice(0, OPD_MATCHES_SHOWN)) keyboard.text(buttonLabel(opd.name), `inv:o:${opd.id}`).row();
  await ctx.reply(ctx.t("inv-opd-found", { count: found.length }), { reply_markup: keyboard });
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
  const lines = pending
    .slice(0, 30)
    .map((inv) =>
      ctx.t("inv-list-line", { code: inv.code, invitation: describeInvitation(ctx, inv), expires: formatDateTime(inv.expiresAt, config.TIMEZONE, locale) }),
    );
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

import { Composer, InlineKeyboard } from "grammy";
import type { BotContext } from "../context.js";
import { idFrom, pagedKeyboard } from "../ui/paged-keyboard.js";
import { setChatMenu } from "../menus.js";
import { notifyPeople } from "../notify.js";
import { findPerson, listActivePeople, movePerson, revokePerson, type PersonWithOpd } from "../../db/repo/people.js";
import { findOpd, listOpds } from "../../db/repo/opds.js";
import { audit } from "../../db/repo/audit.js";
import type { Person } from "../../db/schema.js";
import type { Audience } from "../access.js";
import { onCommand } from "../commands/register.js";

export const peopleFeature = new Composer<BotContext>();

function personLine(ctx: BotContext, p: PersonWithOpd) {
  const role = ctx.t(`role-${p.role}`);
  const who = p.jabatan ? ctx.t("usr-line-jabatan", { name: p.fullName, jabatan: p.jabatan }) : p.fullName;
  return ctx.t("usr-line", { who, role: p.opdName ? ctx.t("usr-line-opd", { role, opd: p.opdName }) : role });
}

async function showList(ctx: BotContext, page: number, edit: boolean) {
  const everyone = listActivePeople(ctx.deps.db);
  const { keyboard, page: shown } = pagedKeyboard({
    items: everyone,
    page,
    button: (p) => ({ label: `${p.fullName} · ${ctx.t(`role-${p.role}`)}`, data: `usr:v:${p.id}` }),
    pageData: (n) => `usr:p:${n}`,
  });
  const text = [ctx.t("usr-list-title", { count: everyone.length, page: shown.page, pages: shown.pages }), ...shown.items.map((p) => personLine(ctx, p))].join(
    "\n",
  );
  if (edit) await ctx.editMessageText(text, { reply_markup: keyboard });
  else await ctx.reply(text, { reply_markup: keyboard });
}

/** The person a button names, if still active; forged or stale ids get an alert and null. */
async function personFromButton(ctx: BotContext, rawId: string | undefined): Promise<Person | null> {
  const person = findPerson(ctx.deps.db, idFrom(rawId) ?? -1);
  if (person?.status !== "active") {
    await ctx.answerCallbackQuery({ text: ctx.t("usr-not-found"), show_alert: true });
    return null;
  }
  await ctx.answerCallbackQuery();
  return person;
}

/** ADMIN_IDS people are made admins again on their next message: revoking them here would not hold. */
function isConfiguredAdmin(ctx: BotContext, person: Person): boolean {
  return ctx.deps.config.ADMIN_IDS.includes(person.telegramId);
}

async function showDetail(ctx: BotContext, person: Person) {
  const opd = person.opdId ? findOpd(ctx.deps.db, person.opdId)?.name : undefined;
  const keyboard = new InlineKeyboard();
  if (person.id !== ctx.person!.id && !isConfiguredAdmin(ctx, person)) keyboard.text(ctx.t("usr-revoke-button"), `usr:rv:${person.id}`);
  if (person.role === "operator") keyboard.text(ctx.t("usr-move-button"), `usr:mv:${person.id}`);
  keyboard.row().text(ctx.t("back-button"), "usr:p:1");
  await ctx.editMessageText(
    ctx.t("usr-detail", {
      name: person.fullName,
      jabatan: person.jabatan ?? "-",
      role: ctx.t(`role-${person.role}`),
      opd: opd ?? "-",
      phone: person.phone ?? "-",
    }),
    { reply_markup: keyboard },
  );
}

/** Tells the person what changed (and, on revocation, resets their menu), in their language. */
async function tellPerson(ctx: BotContext, person: Person, key: string, vars: Record<string, string> = {}, menu?: Audience) {
  await notifyPeople(ctx, [person], (t) => t(key, vars), menu ? (p, t) => setChatMenu(ctx.api, p.telegramId, menu, (k) => t(k)) : undefined);
}

onCommand(peopleFeature, "pengguna", (ctx) => showList(ctx, 1, false));

peopleFeature.callbackQuery(/^usr:p:(\d{1,4})$/, async (ctx) => {
  await ctx.answerCallbackQuery();
  await showList(ctx, Number(ctx.match[1]), true);
});

peopleFeature.callbackQuery(/^usr:v:(\d+)$/, async (ctx) => {
  const person = await personFromButton(ctx, ctx.match[1]);
  if (person) await showDetail(ctx, person);
});

peopleFeature.callbackQuery(/^usr:rv:(\d+)$/, async (ctx) => {
  const person = await personFromButton(ctx, ctx.match[1]);
  if (!person) return;
  const keyboard = new InlineKeyboard().text(ctx.t("usr-revoke-yes"), `usr:ry:${person.id}`).text(ctx.t("back-button"), `usr:v:${person.id}`);
  await ctx.editMessageText(ctx.t("usr-revoke-confirm", { name: person.fullName }), { reply_markup: keyboard });
});

peopleFeature.callbackQuery(/^usr:ry:(\d+)$/, async (ctx) => {
  const person = await personFromButton(ctx, ctx.match[1]);
  if (!person) return;
  if (person.id === ctx.person!.id) return void (await ctx.reply(ctx.t("usr-revoke-self")));
  if (isConfiguredAdmin(ctx, person)) return void (await ctx.reply(ctx.t("usr-revoke-configured", { name: person.fullName })));
  const { db, clock } = ctx.deps;
  const now = clock();
  db.transaction((tx) => {
    revokePerson(tx, person.id, now);
    audit(tx, { actorId: ctx.person!.id, action: "person.revoke", target: `person:${person.id}`, detail: { role: person.role, opdId: person.opdId }, at: now });
  });
  await ctx.editMessageText(ctx.t("usr-revoked", { name: person.fullName }));
  await tellPerson(ctx, person, "usr-revoked-notice", {}, "guest");
});

function opdPicker(ctx: BotContext, person: Person, page: number) {
  return pagedKeyboard({
    items: listOpds(ctx.deps.db, { activeOnly: true }).filter((o) => o.id !== person.opdId),
    page,
    button: (opd) => ({ label: opd.name, data: `usr:mo:${person.id}:${opd.id}` }),
    pageData: (n) => `usr:mp:${person.id}:${n}`,
  }).keyboard;
}

peopleFeature.callbackQuery(/^usr:mv:(\d+)$/, async (ctx) => {
  const person = await personFromButton(ctx, ctx.match[1]);
  if (person?.role !== "operator") return;
  await ctx.editMessageText(ctx.t("usr-move-choose", { name: person.fullName }), { reply_markup: opdPicker(ctx, person, 1) });
});

peopleFeature.callbackQuery(/^usr:mp:(\d+):(\d{1,4})$/, async (ctx) => {
  const person = await personFromButton(ctx, ctx.match[1]);
  if (person?.role !== "operator") return;
  await ctx.editMessageText(ctx.t("usr-move-choose", { name: person.fullName }), { reply_markup: opdPicker(ctx, person, Number(ctx.match[2])) });
});

peopleFeature.callbackQuery(/^usr:mo:(\d+):(\d+)$/, async (ctx) => {
  const { db, clock } = ctx.deps;
  const person = findPerson(db, idFrom(ctx.match[1]) ?? -1);
  const opd = findOpd(db, idFrom(ctx.match[2]) ?? -1);
  if (person?.status !== "active" || person.role !== "operator" || !opd || !opd.active) {
    await ctx.answerCallbackQuery({ text: ctx.t("usr-not-found"), show_alert: true });
    return;
  }
  await ctx.answerCallbackQuery();
  const now = clock();
  db.transaction((tx) => {
    movePerson(tx, person.id, opd.id, now);
    audit(tx, { actorId: ctx.person!.id, action: "person.move", target: `person:${person.id}`, detail: { from: person.opdId, to: opd.id }, at: now });
  });
  await ctx.editMessageText(ctx.t("usr-moved", { name: person.fullName, opd: opd.name }));
  await tellPerson(ctx, person, "usr-moved-notice", { opd: opd.name });
});

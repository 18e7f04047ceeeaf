import { Composer, InlineKeyboard, Keyboard } from "grammy";
import type { BotContext, Flow } from "../context.js";
import { flowOf, inFlow, messageText } from "../flows.js";
import { commandLines } from "./help.js";
import { refreshMenu } from "../menus.js";
import { charLength, normalizeLine } from "../../core/profile/text.js";
import { normalizeInviteCode } from "../../core/people/invite-code.js";
import { codeLockoutMinutes, invitationState } from "../../core/people/invitation-rules.js";
import { findInvitation, findInvitationByCode, markInvitationUsed, recentWrongCodes, recordWrongCode } from "../../db/repo/invitations.js";
import { registerPerson } from "../../db/repo/people.js";
import { describeInvitation } from "../ui/labels.js";
import { audit } from "../../db/repo/audit.js";
import { findOpd } from "../../db/repo/opds.js";
import type { Db } from "../../db/client.js";
import type { Invitation } from "../../db/schema.js";
import { onCommand } from "../commands/register.js";
import { notifyRegistration } from "../admin-notices.js";

type RegisterFlow = Extract<Flow, { kind: "register" }>;

export const registrationFeature = new Composer<BotContext>();

async function beginRegistration(ctx: BotContext, rawCode: string) {
  const { db, clock } = ctx.deps;
  const now = clock();
  if (ctx.person) {
    await ctx.reply(ctx.t("reg-already", { role: ctx.t(`role-${ctx.person.role}`) }));
    return;
  }
  const telegramId = ctx.from!.id;
  const wait = codeLockoutMinutes(recentWrongCodes(db, telegramId, now), now);
  if (wait > 0) {
    await ctx.reply(ctx.t("reg-locked", { minutes: wait }));
    return;
  }
  const invitation = findInvitationByCode(db, normalizeInviteCode(rawCode));
  const state = invitationState(invitation, now, opdActive(db, invitation));
  if (state !== "valid") {
    // The admin's mistake (a deactivated OPD) is not a guess.
    if (state !== "opd-inactive") recordWrongCode(db, telegramId, now);
    ctx.log.info({ state }, "invitation code refused");
    await ctx.reply(ctx.t(`reg-code-${state}`));
    return;
  }
  ctx.session.flow = { kind: "register", invitationId: invitation!.id, step: "name" };
  await ctx.reply(`${ctx.t("reg-intro", { invitation: describeInvitation(ctx, invitation!) })}\n\n${ctx.t("reg-ask-name")}`);
}

function opdActive(db: Db, invitation: Invitation | undefined): boolean {
  return invitation?.opdId ? (findOpd(db, invitation.opdId)?.active ?? false) : true;
}

onCommand(registrationFeature, "start", async (ctx, next) => {
  if (!ctx.match.trim()) return next();
  await beginRegistration(ctx, ctx.match);
});

onCommand(registrationFeature, "daftar", async (ctx) => {
  if (!ctx.match.trim()) {
    await ctx.reply(ctx.t("reg-daftar-usage"));
    return;
  }
  await beginRegistration(ctx, ctx.match);
});

const NAME_LIMITS = { min: 3, max: 100 };
const JABATAN_LIMITS = { min: 2, max: 100 };

/** A clean one-line answer within limits, or the locale key of the hint to show. */
function lineAnswer(text: string | null, limits: { min: number; max: number }): { value: string } | { hint: string } {
  if (text === null) return { hint: "answer-text-expected" };
  const value = normalizeLine(text);
  if (value.length === 0) return { hint: "answer-empty" };
  if (charLength(value) > limits.max) return { hint: "answer-too-long" };
  if (charLength(value) < limits.min || !/\p{L}/u.test(value)) return { hint: "answer-too-short" };
  return { value };
}

async function askPhone(ctx: BotContext) {
  const keyboard = new Keyboard().requestContact(ctx.t("reg-phone-share")).row().text(ctx.t("reg-phone-skip")).resized().oneTime();
  await ctx.reply(ctx.t("reg-ask-phone"), { reply_markup: keyboard });
}

async function askConfirmation(ctx: BotContext, flow: RegisterFlow) {
  const invitation = findInvitation(ctx.deps.db, flow.invitationId);
  if (!invitation) {
    ctx.session.flow = undefined;
    await ctx.reply(ctx.t("reg-code-unknown"));
    return;
  }
  await ctx.reply(ctx.t("reg-phone-done"), { reply_markup: { remove_keyboard: true } });
  const keyboard = new InlineKeyboard().text(ctx.t("reg-confirm-yes"), "reg:yes").text(ctx.t("reg-confirm-no"), "reg:no");
  await ctx.reply(
    ctx.t("reg-confirm", {
      name: flow.fullName ?? "",
      jabatan: flow.jabatan ?? "",
      phone: flow.phone ?? ctx.t("reg-phone-none"),
      invitation: describeInvitation(ctx, invitation),
    }),
    { reply_markup: keyboard },
  );
}

registrationFeature.filter(inFlow("register"), async (ctx) => {
  const flow = flowOf(ctx, "register")!;
  const limitsFor = { name: NAME_LIMITS, jabatan: JABATAN_LIMITS } as const;
  if (flow.step === "name" || flow.step === "jabatan") {
    const answer = lineAnswer(messageText(ctx), limitsFor[flow.step]);
    if ("hint" in answer) {
      const limits = limitsFor[flow.step];
      await ctx.reply(`${ctx.t(answer.hint, { min: limits.min, max: limits.max })}\n\n${ctx.t(`reg-ask-${flow.step}`)}`);
      return;
    }
    if (flow.step === "name") {
      ctx.session.flow = { ...flow, fullName: answer.value, step: "jabatan" };
      await ctx.reply(ctx.t("reg-ask-jabatan"));
    } else {
      ctx.session.flow = { ...flow, jabatan: answer.value, step: "phone" };
      await askPhone(ctx);
    }
    return;
  }
  if (flow.step === "phone") {
    const contact = ctx.message?.contact;
    const text = messageText(ctx);
    if (contact) {
      if (contact.user_id !== ctx.from!.id) {
        await ctx.reply(ctx.t("reg-phone-not-own"));
        return;
      }
      const next = { ...flow, phone: contact.phone_number.slice(0, 32), step: "confirm" as const };
      ctx.session.flow = next;
      await askConfirmation(ctx, next);
    } else if (text !== null && normalizeLine(text) === ctx.t("reg-phone-skip")) {
      const next = { ...flow, phone: null, step: "confirm" as const };
      ctx.session.flow = next;
      await askConfirmation(ctx, next);
    } else {
      await ctx.reply(ctx.t("reg-phone-hint"));
      await askPhone(ctx);
    }
    return;
  }
  await ctx.reply(ctx.t("reg-press-button"));
});

registrationFeature.callbackQuery("reg:no", async (ctx) => {
  await ctx.answerCallbackQuery();
  if (!flowOf(ctx, "register")) return void (await ctx.editMessageText(ctx.t("unknown-button")));
  ctx.session.flow = undefined;
  await ctx.editMessageText(ctx.t("reg-cancelled"));
});

registrationFeature.callbackQuery("reg:yes", async (ctx) => {
  const flow = flowOf(ctx, "register");
  if (flow?.step !== "confirm" || !flow.fullName || !flow.jabatan) {
    await ctx.answerCallbackQuery({ text: ctx.t("unknown-button"), show_alert: true });
    return;
  }
  await ctx.answerCallbackQuery();
  const { db, clock } = ctx.deps;
  const now = clock();
  // Re-checked inside the transaction: the code may have been revoked or used since it was typed.
  const outcome = db.transaction((tx) => {
    const invitation = findInvitation(tx, flow.invitationId);
    const state = invitationState(invitation, now, opdActive(tx, invitation));
    if (state !== "valid") return { state } as const;
    const person = registerPerson(
      tx,
      {
        telegramId: ctx.from.id,
        role: invitation!.role,
        opdId: invitation!.opdId,
        fullName: flow.fullName!,
        jabatan: flow.jabatan!,
        phone: flow.phone ?? null,
      },
      now,
    );
    markInvitationUsed(tx, invitation!.id, person.id, now);
    audit(tx, {
      actorId: person.id,
      action: "person.register",
      target: `person:${person.id}`,
      detail: { invitationId: invitation!.id, role: person.role, opdId: person.opdId },
      at: now,
    });
    return { state, person } as const;
  });
  ctx.session.flow = undefined;
  if (!("person" in outcome) || !outcome.person) {
    await ctx.editMessageText(ctx.t(`reg-code-${outcome.state}`));
    return;
  }
  ctx.person = outcome.person;
  ctx.log.info({ person_id: outcome.person.id, role: outcome.person.role }, "person registered");
  await ctx.editMessageText(ctx.t("reg-done", { role: ctx.t(`role-${outcome.person.role}`) }));
  await ctx.reply(`${ctx.t("help-title", { role: ctx.t(`role-${outcome.person.role}`) })}\n${commandLines(ctx)}`);
  await refreshMenu(ctx);
  notifyRegistration(ctx.deps, outcome.person);
});

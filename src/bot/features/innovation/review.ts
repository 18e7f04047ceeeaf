import { Composer, InlineKeyboard } from "grammy";
import type { BotContext } from "../../context.js";
import type { Innovation } from "../../../db/schema.js";
import { canSubmit, getField, isApplicable, type FieldKey } from "../../../core/profile/index.js";
import { getActivePeriod } from "../../../db/repo/periods.js";
import { listOpdInnovations, profileOf, setStatus } from "../../../db/repo/innovations.js";
import { audit } from "../../../db/repo/audit.js";
import { buttonLabel, pagedKeyboard } from "../../ui/paged-keyboard.js";
import { replyLong } from "../../ui/long-text.js";
import { askField, askLevel } from "./ask.js";
import { FIELDS, isEditable, kematanganText, ownInnovation, periodOf, refuseButton, statusText } from "./common.js";
import { showDetail } from "./detail.js";
import { ineligibleLine } from "../../../core/format/ineligible.js";
import { fieldLabel, missingCount, problemsOf, problemText } from "./summary.js";
import { onCommand } from "../../commands/register.js";
import { queueSubmissionNotice } from "../../admin-notices.js";

export const reviewComposer = new Composer<BotContext>();

/** The OPD's innovations a page at a time: an OPD may register dozens, a keyboard holds few. */
async function showList(ctx: BotContext, page = 1, edit = false) {
  if (ctx.person?.opdId == null) return void (await ctx.reply(ctx.t("inn-no-opd")));
  const period = getActivePeriod(ctx.deps.db);
  const list = listOpdInnovations(ctx.deps.db, ctx.person.opdId, period.year);
  if (list.length === 0) return void (await ctx.reply(ctx.t("inn-list-empty", { year: String(period.year) })));
  const { keyboard, page: shown } = pagedKeyboard({
    items: list,
    page,
    button: (inn) => ({ label: inn.nama, data: `inn:o:${inn.id}` }),
    pageData: (p) => `inn:lp:${p}`,
  });
  const lines = [ctx.t("inn-list-title", { year: String(period.year), count: list.length })];
  for (const inn of shown.items) {
    const missing = missingCount(ctx, inn, period);
    lines.push(
      ctx.t(isEditable(inn.status) ? "inn-list-line" : "inn-list-line-locked", {
        name: inn.nama,
        status: statusText(ctx, inn.status),
        kematangan: kematanganText(ctx, inn, period),
        // Submitted, verified or withdrawn innovations are past "ready": their status says it all.
        missing: missing === 0 ? ctx.t("inn-list-ready") : ctx.t("inn-list-missing", { count: missing }),
      }),
    );
    // An innovation the period's rules leave out counts nowhere: say so, with the reason.
    const ineligible = ineligibleLine(ctx, inn, period);
    if (ineligible) lines.push(`  ⚠ ${ineligible}`);
  }
  // A page holds at most PAGE_SIZE lines of at most ~300 characters: always one message.
  if (edit) await ctx.editMessageText(lines.join("\n"), { reply_markup: keyboard });
  else await ctx.reply(lines.join("\n"), { reply_markup: keyboard });
}

/** The innovation a review button names, with the operator's OPD checked; null after the refusal. */
async function fromButton(ctx: BotContext & { match: RegExpMatchArray | string }, needEditable: boolean): Promise<Innovation | null> {
  const inn = ownInnovation(ctx, typeof ctx.match === "string" ? undefined : ctx.match[1]);
  if (!inn) {
    await refuseButton(ctx, "inn-not-yours");
    return null;
  }
  if (needEditable && !isEditable(inn.status)) {
    await refuseButton(ctx, "inn-locked", { status: statusText(ctx, inn.status) });
    return null;
  }
  await ctx.answerCallbackQuery();
  return inn;
}

onCommand(reviewComposer, "inovasi", (ctx) => showList(ctx));
reviewComposer.callbackQuery("inn:ls", async (ctx) => {
  await ctx.answerCallbackQuery();
  await showList(ctx);
});
reviewComposer.callbackQuery(/^inn:lp:(\d{1,4})$/, async (ctx) => {
  await ctx.answerCallbackQuery();
  await showList(ctx, Number(ctx.match[1]), true);
});

reviewComposer.callbackQuery(/^inn:o:(\d+)$/, async (ctx) => {
  const inn = await fromButton(ctx, false);
  if (inn) await showDetail(ctx, inn);
});

reviewComposer.callbackQuery(/^inn:ep:(\d+)$/, async (ctx) => {
  const inn = await fromButton(ctx, true);
  if (!inn) return;
  const keyboard = new InlineKeyboard();
  const profile = profileOf(inn);
  const period = periodOf(ctx, inn);
  for (const f of FIELDS) if (isApplicable(f, profile, period)) keyboard.text(fieldLabel(ctx, f.key), `inn:f:${inn.id}:${f.key}`).row();
  await ctx.reply(ctx.t("inn-edit-profile-choose"), { reply_markup: keyboard });
});

reviewComposer.callbackQuery(/^inn:f:(\d+):(\w+)$/, async (ctx) => {
  const inn = await fromButton(ctx, true);
  if (!inn) return;
  const key = ctx.match[2] as FieldKey;
  if (!FIELDS.some((f) => f.key === key)) return;
  // A new rancang bangun replaces the old one only once its first part arrives: /batal keeps the old.
  const replace = getField(key, FIELDS).kind === "words";
  await askField(ctx, inn, key, { edit: true, replace, lead: replace ? ctx.t("inn-words-replace") : undefined });
});

reviewComposer.callbackQuery(/^inn:ei:(\d+)$/, async (ctx) => {
  const inn = await fromButton(ctx, true);
  if (!inn) return;
  const keyboard = new InlineKeyboard();
  for (const ind of periodOf(ctx, inn).sid) {
    const level = inn.claimedLevels[ind.code];
    keyboard.text(buttonLabel(`${ind.code} ${ind.name} · ${level ?? "—"}`), `inn:i:${inn.id}:${ind.code}`).row();
  }
  await ctx.reply(ctx.t("inn-edit-indicator-choose"), { reply_markup: keyboard });
});

reviewComposer.callbackQuery(/^inn:i:(\d+):(\d{1,2}[a-z]?)$/, async (ctx) => {
  const inn = await fromButton(ctx, true);
  if (!inn || !periodOf(ctx, inn).sid.some((i) => i.code === ctx.match[2])) return;
  await askLevel(ctx, inn, ctx.match[2] ?? "", { edit: true });
});

/** Checks everything the period requires; lists exactly what is missing instead of submitting. */
reviewComposer.callbackQuery(/^inn:s:(\d+)$/, async (ctx) => {
  const inn = await fromButton(ctx, true);
  if (!inn) return;
  const period = periodOf(ctx, inn);
  const problems = problemsOf(ctx, inn, period);
  if (!canSubmit(problems)) {
    const errors = problems.filter((p) => p.severity === "error").map((p) => `• ${problemText(ctx, p, period)}`);
    const keyboard = new InlineKeyboard().text(ctx.t("inn-continue-button"), `inn:k:${inn.id}`).text(ctx.t("inn-open-button"), `inn:o:${inn.id}`);
    return void (await replyLong(ctx, `${ctx.t("inn-submit-blocked", { count: errors.length })}\n${errors.join("\n")}`, { reply_markup: keyboard }));
  }
  const { db, clock } = ctx.deps;
  const now = clock();
  db.transaction((tx) => {
    setStatus(tx, inn.id, "diajukan", now, { submittedAt: now });
    audit(tx, { actorId: ctx.person!.id, action: "innovation.submit", target: `innovation:${inn.id}`, detail: { from: inn.status }, at: now });
  });
  if (ctx.session.flow?.kind === "innovation") ctx.session.flow = undefined;
  queueSubmissionNotice(ctx.deps, inn.id, inn.status === "dikembalikan");
  const warnings = problems.filter((p) => p.severity === "warning").map((p) => `• ${problemText(ctx, p, period)}`);
  const text = [ctx.t("inn-submitted", { name: inn.nama }), ...(warnings.length ? ["", ctx.t("inn-submitted-warnings"), ...warnings] : [])].join("\n");
  await replyLong(ctx, text);
});

reviewComposer.callbackQuery(/^inn:w:(\d+)$/, async (ctx) => {
  const inn = await fromButton(ctx, false);
  if (!inn) return;
  const draft = inn.status === "draf";
  const keyboard = new InlineKeyboard()
    .text(ctx.t(draft ? "inn-delete-draft-yes" : "inn-withdraw-yes"), `inn:wy:${inn.id}`)
    .text(ctx.t("inn-open-button"), `inn:o:${inn.id}`);
  await ctx.reply(ctx.t(draft ? "inn-delete-draft-confirm" : "inn-withdraw-confirm", { name: inn.nama }), { reply_markup: keyboard });
});

reviewComposer.callbackQuery(/^inn:wy:(\d+)$/, async (ctx) => {
  const inn = await fromButton(ctx, false);
  if (!inn) return;
  if (inn.status === "ditarik") return void (await ctx.reply(ctx.t("inn-withdrawn", { name: inn.nama })));
  const { db, clock } = ctx.deps;
  const now = clock();
  db.transaction((tx) => {
    setStatus(tx, inn.id, "ditarik", now);
    audit(tx, { actorId: ctx.person!.id, action: "innovation.withdraw", target: `innovation:${inn.id}`, detail: { from: inn.status }, at: now });
  });
  const flow = ctx.session.flow;
  if (flow?.kind === "innovation" && flow.step !== "name" && flow.innovationId === inn.id) ctx.session.flow = undefined;
  await ctx.reply(ctx.t(inn.status === "draf" ? "inn-draft-deleted" : "inn-withdrawn", { name: inn.nama }));
});

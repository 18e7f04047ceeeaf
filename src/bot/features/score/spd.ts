import { Composer, InlineKeyboard } from "grammy";
import type { BotContext } from "../../context.js";
import { inFlow } from "../../flows.js";
import { pagedKeyboard } from "../../ui/paged-keyboard.js";
import { replyLong } from "../../ui/long-text.js";
import { evidencePrompt, indicatorQuestion, levelCallbackPattern, levelKeyboard, parseLevelCallback, takeEvidence } from "../../indicator-steps/index.js";
import { getActivePeriod } from "../../../db/repo/periods.js";
import { getSpdLevels, setSpdLevel } from "../../../db/repo/spd.js";
import { listSpdEvidence } from "../../../db/repo/innovations.js";
import { audit } from "../../../db/repo/audit.js";
import { formatId } from "../../../core/format/number.js";
import { getSpdIndicator, maxSpd, type Period, type SpdIndicator } from "../../../core/period/index.js";
import { spdScore } from "../../../core/score/index.js";
import { formatMax } from "./render.js";
import { onCommand } from "../../commands/register.js";

// /spd (admin): the Pemda-level indicators of the active period, walked one by one with the
// same indicator steps as an innovation's SID indicators (src/bot/indicator-steps).

export const spdComposer = new Composer<BotContext>();

const LEVEL_PREFIX = "spd:l:";

function evidenceCounts(ctx: BotContext, year: number): Map<string, number> {
  const counts = new Map<string, number>();
  for (const e of listSpdEvidence(ctx.deps.db, year)) counts.set(e.indicatorCode, (counts.get(e.indicatorCode) ?? 0) + 1);
  return counts;
}

async function showOverview(ctx: BotContext, page: number, edit: boolean, lead?: string) {
  const period = getActivePeriod(ctx.deps.db);
  const levels = getSpdLevels(ctx.deps.db, period.year);
  const counts = evidenceCounts(ctx, period.year);
  const { keyboard } = pagedKeyboard({
    items: period.spd,
    page,
    button: (ind) => ({ label: `${ind.code}. ${ind.name} · ${levels[ind.code] ?? "–"}`, data: `spd:i:${ind.code}` }),
    pageData: (p) => `spd:p:${p}`,
  });
  const firstOpen = period.spd.find((i) => levels[i.code] === undefined);
  keyboard.text(ctx.t(firstOpen ? "spd-continue-button" : "spd-start-button"), `spd:i:${(firstOpen ?? period.spd[0]!).code}`);
  const lines = period.spd.map((ind) =>
    ctx.t("spd-line", {
      code: ind.code,
      name: ind.name,
      level: levels[ind.code] === undefined ? "–" : String(levels[ind.code]),
      evidence: counts.get(ind.code) ?? 0,
    }),
  );
  const filled = period.spd.filter((i) => levels[i.code] !== undefined).length;
  const text = [
    ...(lead ? [lead] : []),
    ctx.t("spd-title", {
      year: String(period.year),
      score: formatId(spdScore(period, levels)),
      max: formatMax(maxSpd(period)),
      filled,
      total: period.spd.length,
    }),
    lines.join("\n"),
  ].join("\n\n");
  if (edit) await ctx.editMessageText(text, { reply_markup: keyboard });
  else await replyLong(ctx, text, { reply_markup: keyboard });
}

async function askLevel(ctx: BotContext, period: Period, ind: SpdIndicator, lead?: string) {
  ctx.session.flow = { kind: "spd", step: "level", periodYear: period.year, code: ind.code };
  const index = period.spd.findIndex((i) => i.code === ind.code);
  const current = getSpdLevels(ctx.deps.db, period.year)[ind.code];
  const question = indicatorQuestion(ctx, ind, { position: { index: index + 1, total: period.spd.length }, current, subject: "pemda" });
  // Reviewing must not force a re-pick (or "Belum ada", which would erase the stored level).
  const keyboard = levelKeyboard(ctx, ind, LEVEL_PREFIX).row().text(ctx.t("spd-keep-button"), `spd:k:${ind.code}`);
  await replyLong(ctx, lead ? `${lead}\n\n${question}` : question, { reply_markup: keyboard });
}

async function askEvidence(ctx: BotContext, period: Period, ind: SpdIndicator, lead?: string) {
  ctx.session.flow = { kind: "spd", step: "evidence", periodYear: period.year, code: ind.code };
  const received = evidenceCounts(ctx, period.year).get(ind.code) ?? 0;
  const keyboard = new InlineKeyboard().text(ctx.t(received > 0 ? "spd-next-button" : "spd-skip-button"), `spd:n:${ind.code}`);
  const text = received > 0 ? ctx.t("spd-evidence-more", { count: received }) : evidencePrompt(ctx, ind);
  await ctx.reply(lead ? `${lead}\n\n${text}` : text, { reply_markup: keyboard });
}

/** The indicator after `code` in catalog order, or the overview once the last is done. */
async function askNext(ctx: BotContext, period: Period, code: string, lead?: string) {
  const next = period.spd[period.spd.findIndex((i) => i.code === code) + 1];
  if (next) return askLevel(ctx, period, next, lead);
  ctx.session.flow = undefined;
  await showOverview(ctx, 1, false, [lead, ctx.t("spd-done")].filter(Boolean).join("\n"));
}

/**
 * The open SPD question, if it still belongs to the active period; a flow left over from a
 * period that is no longer active is dropped with a word, never written to the wrong year.
 */
async function openQuestion(ctx: BotContext): Promise<{ period: Period; ind: SpdIndicator; step: "level" | "evidence" } | null> {
  const flow = ctx.session.flow;
  if (flow?.kind !== "spd") return null;
  const period = getActivePeriod(ctx.deps.db);
  const ind = getSpdIndicator(period, flow.code);
  if (flow.periodYear !== period.year || !ind) {
    ctx.session.flow = undefined;
    await ctx.reply(ctx.t("spd-period-changed", { year: String(period.year) }));
    return null;
  }
  return { period, ind, step: flow.step };
}

async function staleButton(ctx: BotContext) {
  await ctx.answerCallbackQuery({ text: ctx.t("spd-stale-button"), show_alert: true });
}

onCommand(spdComposer, "spd", (ctx) => showOverview(ctx, 1, false));

spdComposer.callbackQuery(/^spd:p:(\d{1,3})$/, async (ctx) => {
  await ctx.answerCallbackQuery();
  await showOverview(ctx, Number(ctx.match[1]), true);
});

spdComposer.callbackQuery(/^spd:i:(\d{1,2}[a-z]?)$/, async (ctx) => {
  const period = getActivePeriod(ctx.deps.db);
  const ind = getSpdIndicator(period, ctx.match[1]!);
  if (!ind) return staleButton(ctx);
  await ctx.answerCallbackQuery();
  await askLevel(ctx, period, ind);
});

spdComposer.callbackQuery(levelCallbackPattern(LEVEL_PREFIX), async (ctx) => {
  const pick = parseLevelCallback(ctx.callbackQuery.data, LEVEL_PREFIX);
  const flow = ctx.session.flow;
  if (!pick || flow?.kind !== "spd" || flow.step !== "level" || flow.code !== pick.code) return staleButton(ctx);
  await ctx.answerCallbackQuery();
  const open = await openQuestion(ctx);
  if (!open) return;
  const { db, clock } = ctx.deps;
  const now = clock();
  const before = getSpdLevels(db, open.period.year)[pick.code] ?? null;
  db.transaction((tx) => {
    setSpdLevel(tx, { periodYear: open.period.year, code: pick.code, level: pick.level, updatedBy: ctx.person!.id }, now);
    audit(tx, {
      actorId: ctx.person!.id,
      action: "spd.level",
      target: `spd:${open.period.year}:${pick.code}`,
      detail: { from: before, to: pick.level },
      at: now,
    });
  });
  const saved = ctx.t("spd-level-saved", {
    code: pick.code,
    level: pick.level,
    score: formatId(spdScore(open.period, getSpdLevels(db, open.period.year))),
    max: formatMax(maxSpd(open.period)),
  });
  if (pick.level === 0) return askNext(ctx, open.period, pick.code, saved);
  await askEvidence(ctx, open.period, open.ind, saved);
});

/** "Lanjut" or "Lewati" under the evidence question. */
spdComposer.callbackQuery(/^spd:n:(\d{1,2}[a-z]?)$/, async (ctx) => {
  const flow = ctx.session.flow;
  if (flow?.kind !== "spd" || flow.step !== "evidence" || flow.code !== ctx.match[1]) return staleButton(ctx);
  await ctx.answerCallbackQuery();
  const open = await openQuestion(ctx);
  if (open) await askNext(ctx, open.period, open.ind.code);
});

/** "Lewati": keep the stored level (or none) and go to the next indicator; nothing is written. */
spdComposer.callbackQuery(/^spd:k:(\d{1,2}[a-z]?)$/, async (ctx) => {
  const flow = ctx.session.flow;
  if (flow?.kind !== "spd" || flow.step !== "level" || flow.code !== ctx.match[1]) return staleButton(ctx);
  await ctx.answerCallbackQuery();
  const open = await openQuestion(ctx);
  if (open) await askNext(ctx, open.period, open.ind.code);
});

spdComposer.callbackQuery(/^spd:/, staleButton);

spdComposer.filter(inFlow("spd"), async (ctx) => {
  const open = await openQuestion(ctx);
  if (!open) return;
  if (open.step === "level") return askLevel(ctx, open.period, open.ind, ctx.t("spd-use-level-buttons"));
  const outcome = await takeEvidence(ctx, { scope: "spd", periodYear: open.period.year, indicator: open.ind });
  if (!outcome.ok) return askEvidence(ctx, open.period, open.ind, outcome.hint);
  // The row is written by takeEvidence (it must download after storing); the audit follows it.
  audit(ctx.deps.db, {
    actorId: ctx.person!.id,
    action: "spd.evidence",
    target: `spd:${open.period.year}:${open.ind.code}`,
    detail: { evidenceId: outcome.evidence.id, kind: outcome.evidence.kind },
    at: ctx.deps.clock(),
  });
  const name = outcome.evidence.url ?? outcome.evidence.fileName ?? ctx.t(`ind-kind-${outcome.evidence.kind}`);
  await askEvidence(ctx, open.period, open.ind, ctx.t("spd-evidence-saved", { name }));
});

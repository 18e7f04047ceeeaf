import { Composer, type InlineKeyboard } from "grammy";
import type { BotContext } from "../../context.js";
import { replyLong } from "../../ui/long-text.js";
import { idFrom, pagedKeyboard } from "../../ui/paged-keyboard.js";
import { getActivePeriod } from "../../../db/repo/periods.js";
import { findOpd, listOpds } from "../../../db/repo/opds.js";
import { recapInnovations, sidEvidenceIndex } from "../../../db/repo/recap.js";
import { ineligibleText } from "../../../core/format/ineligible.js";
import { formatId } from "../../../core/format/number.js";
import { RECAP_SORTS, recapByOpd, recapInnovationRows, recapPoints, splitRecap, type RecapRow, type RecapSort } from "../../../core/score/recap.js";
import { grafikButton, grafikKeyboard } from "../transfer/index.js";
import { onCommand } from "../../commands/register.js";

export const rekapComposer = new Composer<BotContext>();

const PER_PAGE = 8;
const SORT_PATTERN = RECAP_SORTS.join("|");

const avg = (x: number | null) => (x === null ? "–" : formatId(x));

/** `points` is the OPD's share of the claimed index, known only when every OPD is listed. */
function rowText(ctx: BotContext, r: RecapRow, points?: number): string {
  const line = ctx.t("rekap-line", {
    name: r.name,
    draf: r.byStatus.draf,
    diajukan: r.byStatus.diajukan,
    dikembalikan: r.byStatus.dikembalikan,
    terverifikasi: r.byStatus.terverifikasi,
    ditarik: r.byStatus.ditarik,
    avg: avg(r.avgKematangan),
    verified: avg(r.avgVerified),
    missing: r.missingEvidence,
  });
  const withIneligible = r.ineligible > 0 ? `${line}\n${ctx.t("rekap-ineligible", { count: r.ineligible })}` : line;
  return points === undefined ? withIneligible : `${withIneligible}\n${ctx.t("rekap-points", { points: formatId(points) })}`;
}

/** Every OPD that is active or has innovations this period, as recap rows. */
function allRows(ctx: BotContext, year: number): RecapRow[] {
  const { db } = ctx.deps;
  const period = getActivePeriod(db);
  const innovations = recapInnovations(db, year);
  const withInnovations = new Set(innovations.map((i) => i.opdId));
  const opdList = listOpds(db).filter((o) => o.active || withInnovations.has(o.id));
  return recapByOpd(period, opdList, innovations, sidEvidenceIndex(db, year));
}

async function showAll(ctx: BotContext, sort: RecapSort, page: number, edit: boolean) {
  const period = getActivePeriod(ctx.deps.db);
  const year = period.year;
  const all = allRows(ctx, year);
  const pointsOf = recapPoints(period, all);
  // 45 OPDs of which 44 have nothing would be 6 pages of zeros: those become one line and a button.
  const { withInnovations: rows, without } = splitRecap(all, sort);
  // The OPDs of the page are listed in the text and, as buttons, open their innovations.
  const { keyboard: kb, page: shown } = pagedKeyboard({
    items: rows,
    page,
    perPage: PER_PAGE,
    button: (r) => ({ label: `${r.name} · ${formatId(pointsOf(r))}`, data: `rekap:o:${r.opdId}` }),
    pageData: (p) => `rekap:${sort}:${p}`,
  });
  for (const s of RECAP_SORTS) kb.text(`${s === sort ? "• " : ""}${ctx.t(`rekap-sort-${s}`)}`, `rekap:${s}:1`);
  if (without.length > 0) kb.row().text(ctx.t("rekap-empty-button", { count: without.length }), "rekap:none");
  kb.row().add(grafikButton(ctx));
  const totals = rows.reduce((n, r) => n + r.active, 0);
  const text = [
    ctx.t("rekap-title", { year: String(year), sort: ctx.t(`rekap-sort-${sort}`), page: shown.page, pages: shown.pages, opds: rows.length, total: totals }),
    ...shown.items.map((r) => rowText(ctx, r, pointsOf(r))),
    ...(without.length > 0 ? [ctx.t("rekap-empty-line", { count: without.length })] : []),
    ctx.t(rows.length > 0 ? "rekap-open-hint" : "rekap-no-innovations"),
  ].join("\n\n");
  if (edit) await ctx.editMessageText(text, { reply_markup: kb });
  else await replyLong(ctx, text, { reply_markup: kb });
}

/** The OPDs without innovations, by name: a new message, so the recap above stays. */
async function showEmpty(ctx: BotContext) {
  const year = getActivePeriod(ctx.deps.db).year;
  const { without } = splitRecap(allRows(ctx, year), "nama");
  const text = [ctx.t("rekap-empty-title", { count: without.length, year: String(year) }), without.map((r) => `• ${r.name}`).join("\n")].join("\n\n");
  await replyLong(ctx, text);
}

/** One OPD's row and the innovations behind it, most missing evidence first. */
async function showOpd(ctx: BotContext, opdId: number, title: string, keyboard?: InlineKeyboard) {
  const { db } = ctx.deps;
  const opd = findOpd(db, opdId);
  if (!opd) return void (await ctx.reply(ctx.t("skor-no-opd")));
  const period = getActivePeriod(db);
  const innovations = recapInnovations(db, period.year, opd.id);
  const evidence = sidEvidenceIndex(db, period.year);
  const [row] = recapByOpd(period, [opd], innovations, evidence);
  const lines = recapInnovationRows(period, innovations, evidence).map((i) => {
    const line = ctx.t("rekap-innovation-line", {
      nama: i.nama,
      status: ctx.t(`inn-status-${i.status}`),
      kematangan: formatId(i.kematangan, 0),
      missing: i.missingEvidence,
    });
    return i.ineligible ? `${line}\n  ⚠ ${ineligibleText(ctx, i.ineligible, period)}` : line;
  });
  const text = [title, rowText(ctx, row!), lines.length > 0 ? lines.join("\n") : ctx.t("rekap-no-innovations")].join("\n\n");
  await replyLong(ctx, text, keyboard ? { reply_markup: keyboard } : undefined);
}

/** An operator's recap is their own OPD only, whatever the button says. */
async function showOwn(ctx: BotContext) {
  const opdId = ctx.person!.opdId;
  if (opdId === null) return void (await ctx.reply(ctx.t("skor-no-opd")));
  const year = getActivePeriod(ctx.deps.db).year;
  await showOpd(ctx, opdId, ctx.t("rekap-own-title", { year: String(year) }), grafikKeyboard(ctx));
}

onCommand(rekapComposer, "rekap", async (ctx) => {
  if (ctx.person!.role === "operator") return showOwn(ctx);
  await showAll(ctx, "sumbangan", 1, false);
});

rekapComposer.callbackQuery(new RegExp(`^rekap:(${SORT_PATTERN}):(\\d{1,4})$`), async (ctx) => {
  await ctx.answerCallbackQuery();
  if (ctx.person!.role === "operator") return showOwn(ctx);
  await showAll(ctx, ctx.match[1] as RecapSort, Number(ctx.match[2]), true);
});

rekapComposer.callbackQuery("rekap:none", async (ctx) => {
  await ctx.answerCallbackQuery();
  if (ctx.person!.role === "operator") return showOwn(ctx);
  await showEmpty(ctx);
});

rekapComposer.callbackQuery(/^rekap:o:(\d{1,12})$/, async (ctx) => {
  const opdId = idFrom(ctx.match[1]);
  const person = ctx.person!;
  // Operators may open their own OPD only; a forged id for another OPD changes nothing.
  if (opdId === null || (person.role === "operator" && person.opdId !== opdId) || !findOpd(ctx.deps.db, opdId)) {
    await ctx.answerCallbackQuery({ text: ctx.t("unknown-button"), show_alert: true });
    return;
  }
  await ctx.answerCallbackQuery();
  const year = getActivePeriod(ctx.deps.db).year;
  await showOpd(ctx, opdId, ctx.t("rekap-opd-title", { year: String(year) }));
});

rekapComposer.callbackQuery(/^rekap:/, async (ctx) => {
  await ctx.answerCallbackQuery({ text: ctx.t("unknown-button"), show_alert: true });
});

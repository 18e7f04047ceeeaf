import { Composer, InlineKeyboard } from "grammy";
import type { BotContext } from "../../context.js";
import { replyLong } from "../../ui/long-text.js";
import { editMessage } from "./edit-or-reply.js";
import { getActivePeriod } from "../../../db/repo/periods.js";
import { findOpd, listOpds } from "../../../db/repo/opds.js";
import { recapInnovations, sidEvidenceIndex } from "../../../db/repo/recap.js";
import { formatId } from "../../../core/format/number.js";
import { paginate } from "../../../core/profile/search.js";
import { RECAP_SORTS, recapByOpd, sortRecap, type RecapRow, type RecapSort } from "../../../core/score/recap.js";
import { grafikButton, grafikKeyboard } from "../transfer/index.js";

export const rekapComposer = new Composer<BotContext>();

const PER_PAGE = 8;

function rowText(ctx: BotContext, r: RecapRow): string {
  return ctx.t("rekap-line", {
    name: r.name,
    draf: r.byStatus.draf,
    diajukan: r.byStatus.diajukan,
    dikembalikan: r.byStatus.dikembalikan,
    terverifikasi: r.byStatus.terverifikasi,
    ditarik: r.byStatus.ditarik,
    avg: r.avgKematangan === null ? "–" : formatId(r.avgKematangan),
    missing: r.missingEvidence,
  });
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
  const year = getActivePeriod(ctx.deps.db).year;
  const rows = sortRecap(allRows(ctx, year), sort);
  const shown = paginate(rows, page, PER_PAGE);
  const kb = new InlineKeyboard();
  for (const s of RECAP_SORTS) kb.text(`${s === sort ? "• " : ""}${ctx.t(`rekap-sort-${s}`)}`, `rekap:${s}:1`);
  kb.row();
  if (shown.pages > 1) {
    const prev = shown.page > 1 ? shown.page - 1 : shown.pages;
    const next = shown.page < shown.pages ? shown.page + 1 : 1;
    kb.text("‹", `rekap:${sort}:${prev}`).text(`${shown.page}/${shown.pages}`, `rekap:${sort}:${shown.page}`).text("›", `rekap:${sort}:${next}`);
  }
  kb.row().add(grafikButton(ctx));
  const totals = rows.reduce((n, r) => n + r.active, 0);
  const text = [
    ctx.t("rekap-title", { year: String(year), sort: ctx.t(`rekap-sort-${sort}`), page: shown.page, pages: shown.pages, opds: rows.length, total: totals }),
    ...shown.items.map((r) => rowText(ctx, r)),
  ].join("\n\n");
  if (edit) await editMessage(ctx, text, kb);
  else await replyLong(ctx, text, { reply_markup: kb });
}

/** An operator's recap is their own OPD only, whatever the button says. */
async function showOwn(ctx: BotContext) {
  const { db } = ctx.deps;
  const opdId = ctx.person!.opdId;
  const opd = opdId === null ? undefined : findOpd(db, opdId);
  if (!opd) return void (await ctx.reply(ctx.t("skor-no-opd")));
  const period = getActivePeriod(db);
  const [row] = recapByOpd(period, [opd], recapInnovations(db, period.year, opd.id), sidEvidenceIndex(db, period.year));
  await ctx.reply(`${ctx.t("rekap-own-title", { year: String(period.year) })}\n\n${rowText(ctx, row!)}`, { reply_markup: grafikKeyboard(ctx) });
}

rekapComposer.command("rekap", async (ctx) => {
  if (ctx.person!.role === "operator") return showOwn(ctx);
  await showAll(ctx, "kematangan", 1, false);
});

rekapComposer.callbackQuery(/^rekap:(kematangan|bukti|nama):(\d{1,4})$/, async (ctx) => {
  await ctx.answerCallbackQuery();
  if (ctx.person!.role === "operator") return showOwn(ctx);
  await showAll(ctx, ctx.match[1] as RecapSort, Number(ctx.match[2]), true);
});

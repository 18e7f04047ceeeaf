import { Composer, InlineKeyboard, InputFile } from "grammy";
import type { BotContext } from "../../context.js";
import { loadChartData } from "../../../chart/data.js";
import { buildChartSvg } from "../../../chart/svg.js";
import { renderPng } from "../../../chart/render.js";
import { announceAction } from "../../ui/chat-action.js";

export const grafikComposer = new Composer<BotContext>();

export const GRAFIK_DATA = "graf:i";

/** The "Grafik" button for /skor and /rekap: `keyboard.row().add(grafikButton(ctx))`. */
export function grafikButton(ctx: BotContext): { text: string; callback_data: string } {
  return { text: ctx.t("transfer-graf-button"), callback_data: GRAFIK_DATA };
}

/** The same button as a one-row keyboard, for messages that have no keyboard yet. */
export function grafikKeyboard(ctx: BotContext): InlineKeyboard {
  return new InlineKeyboard().add(grafikButton(ctx));
}

/** The picture as PNG bytes. Operators see only their OPD's bar and no Pemda total, as in /skor. */
export function grafikPng(ctx: BotContext): { png: Buffer; pemda: string; year: number } {
  const { db, config } = ctx.deps;
  const person = ctx.person!;
  const operator = person.role === "operator";
  const data = loadChartData(db, config.PEMDA_NAME, operator ? (person.opdId ?? -1) : undefined);
  const year = String(data.period.year);
  const svg = buildChartSvg({
    title: ctx.t("transfer-graf-title", { pemda: data.pemda, year }),
    bandsTitle: ctx.t("transfer-graf-bands"),
    opdTitle: ctx.t("transfer-graf-opd-title", { max: data.maxKematangan }),
    emptyText: ctx.t("transfer-graf-no-opd"),
    moreText: (n) => ctx.t("transfer-graf-more", { n }),
    bands: data.period.bands,
    markers: operator
      ? []
      : [
          { label: ctx.t("transfer-graf-klaim"), value: data.klaim.iid },
          { label: ctx.t("transfer-graf-terverifikasi"), value: data.terverifikasi.iid },
        ],
    opds: data.opds,
    maxKematangan: data.maxKematangan,
  });
  return { png: renderPng(svg), pemda: data.pemda, year: data.period.year };
}

grafikComposer.callbackQuery(GRAFIK_DATA, async (ctx) => {
  await ctx.answerCallbackQuery({ text: ctx.t("transfer-graf-preparing") });
  announceAction(ctx, "upload_photo");
  const { png, pemda, year } = grafikPng(ctx);
  await ctx.replyWithPhoto(new InputFile(png, "grafik.png"), { caption: ctx.t("transfer-graf-caption", { pemda, year: String(year) }) });
});

/** Unknown graf: data (an old or forged button) changes nothing and says so. */
grafikComposer.callbackQuery(/^graf:/, async (ctx) => {
  await ctx.answerCallbackQuery({ text: ctx.t("unknown-button"), show_alert: true });
});

import { Composer, InlineKeyboard, InputFile } from "grammy";
import type { BotContext } from "../../context.js";
import { loadExportData } from "../../../export/data.js";
import { buildWorkbook } from "../../../export/workbook.js";
import { buildEvidenceZip } from "../../../export/evidence-zip.js";
import { audit } from "../../../db/repo/audit.js";
import { formatId } from "../../../core/format/number.js";
import { calendarDateOf } from "../../../core/reminders/wib-time.js";
import { onCommand } from "../../commands/register.js";
import { announceAction } from "../../ui/chat-action.js";

export const exportComposer = new Composer<BotContext>();

/** Telegram refuses bot uploads above 50 MB. */
export const TELEGRAM_UPLOAD_MAX = 50 * 1024 * 1024;

/** The date in file names is the Pemda's day (TIMEZONE), not UTC's: at 03.00 WIB it is already tomorrow. */
function stamp(d: Date, timeZone: string): string {
  const { year, month, day } = calendarDateOf(d.getTime(), timeZone);
  return `${year}${String(month).padStart(2, "0")}${String(day).padStart(2, "0")}`;
}

onCommand(exportComposer, "ekspor", async (ctx) => {
  const { db, clock, config } = ctx.deps;
  announceAction(ctx, "upload_document");
  await ctx.reply(ctx.t("transfer-export-preparing"));
  const now = clock();
  const data = loadExportData(db, config.PEMDA_NAME);
  const xlsx = await buildWorkbook(data, (key, args) => ctx.t(key, args), now);
  audit(db, {
    actorId: ctx.person!.id,
    action: "transfer.export",
    target: `period:${data.period.year}`,
    detail: { innovations: data.innovations.length },
    at: now,
  });
  await ctx.replyWithDocument(new InputFile(xlsx, `inovasi-${data.period.year}-${stamp(now, config.TIMEZONE)}.xlsx`), {
    caption: ctx.t("transfer-export-caption", { pemda: data.pemda, year: String(data.period.year), count: data.innovations.length }),
  });
  await ctx.reply(ctx.t("transfer-export-zip-offer"), {
    reply_markup: new InlineKeyboard().text(ctx.t("transfer-export-zip-button"), "exp:zip"),
  });
});

exportComposer.callbackQuery("exp:zip", async (ctx) => {
  await ctx.answerCallbackQuery();
  const { db, clock, config } = ctx.deps;
  announceAction(ctx, "upload_document");
  await ctx.reply(ctx.t("transfer-zip-preparing"));
  const now = clock();
  const data = loadExportData(db, config.PEMDA_NAME);
  const year = String(data.period.year);
  const zip = buildEvidenceZip(data, config.EVIDENCE_DIR);
  const missing = zip.missing > 0 ? `\n${ctx.t("transfer-zip-missing", { missing: zip.missing })}` : "";
  if (zip.files === 0) return void (await ctx.reply(`${ctx.t("transfer-zip-none", { year })}${missing}`));
  if (zip.bytes.length > TELEGRAM_UPLOAD_MAX) {
    return void (await ctx.reply(ctx.t("transfer-zip-too-large", { size: formatId(zip.bytes.length / 1024 / 1024, 1) })));
  }
  audit(db, { actorId: ctx.person!.id, action: "transfer.export-evidence", target: `period:${year}`, detail: { files: zip.files }, at: now });
  await ctx.replyWithDocument(new InputFile(zip.bytes, `bukti-${year}-${stamp(now, config.TIMEZONE)}.zip`), {
    caption: `${ctx.t("transfer-zip-caption", { year, files: zip.files })}${missing}`,
  });
});

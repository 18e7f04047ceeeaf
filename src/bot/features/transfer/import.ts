import { Composer } from "grammy";
import type { BotContext } from "../../context.js";
import { inFlow } from "../../flows.js";
import { replyLong } from "../../ui/long-text.js";
import { downloadTelegramFile, FileTooLargeError } from "../../files.js";
import { formatOf, readImportFile, UnreadableFileError } from "../../../import/read.js";
import { importFile } from "../../../import/apply.js";
import { importReport } from "../../../import/report.js";
import { announceAction } from "../../ui/chat-action.js";

export const importComposer = new Composer<BotContext>();

/** 1,000 innovations with long rancang bangun make about 3 MB; 10 MB leaves room. */
export const IMPORT_MAX_BYTES = 10 * 1024 * 1024;

const ask = (ctx: BotContext) => ctx.t("transfer-import-ask");

importComposer.command("impor", async (ctx) => {
  ctx.session.flow = { kind: "import", step: "file" };
  await ctx.reply(ask(ctx));
});

importComposer.filter(inFlow("import"), async (ctx) => {
  const document = ctx.message?.document;
  const again = async (key: string, args?: Record<string, string | number>) => void (await ctx.reply(`${ctx.t(key, args)}\n\n${ask(ctx)}`));
  if (!document) return again("transfer-import-not-document");
  const format = formatOf(document.file_name ?? "");
  if (!format) return again("transfer-import-wrong-type");
  const maxMb = { max: IMPORT_MAX_BYTES / 1024 / 1024 };
  if ((document.file_size ?? 0) > IMPORT_MAX_BYTES) return again("transfer-import-too-large", maxMb);
  announceAction(ctx, "typing");
  let bytes: Buffer;
  try {
    bytes = await downloadTelegramFile(ctx, document.file_id, IMPORT_MAX_BYTES);
  } catch (err) {
    if (err instanceof FileTooLargeError) return again("transfer-import-too-large", maxMb);
    throw err;
  }
  let file;
  try {
    file = await readImportFile(bytes, format);
  } catch (err) {
    if (err instanceof UnreadableFileError) return again("transfer-import-unreadable");
    throw err;
  }
  const outcome = importFile(ctx.deps.db, file, { personId: ctx.person!.id, via: "bot" }, ctx.deps.clock());
  const report = importReport((key, args) => ctx.t(key, args), outcome);
  // A rejected file keeps the flow open: the admin fixes it and sends it again.
  if (outcome.ok) ctx.session.flow = undefined;
  await replyLong(ctx, outcome.ok ? report : `${report}\n\n${ask(ctx)}`);
});

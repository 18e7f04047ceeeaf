import { Composer } from "grammy";
import type { BotContext } from "../../context.js";
import { inFlow } from "../../flows.js";
import { replyLong } from "../../ui/long-text.js";
import { downloadTelegramFile, FileTooLargeError } from "../../files.js";
import { formatOf } from "../../../import/stream-reader.js";
import { importInWorker } from "../../../import/worker.js";
import { importReport, readProblemReport } from "../../../import/report.js";
import { onCommand } from "../../commands/register.js";
import { announceAction } from "../../ui/chat-action.js";

export const importComposer = new Composer<BotContext>();

/** 1,000 innovations with long rancang bangun make about 3 MB; 10 MB leaves room. */
export const IMPORT_MAX_BYTES = 10 * 1024 * 1024;

const ask = (ctx: BotContext) => ctx.t("transfer-import-ask");

onCommand(importComposer, "impor", async (ctx) => {
  ctx.session.flow = { kind: "import", step: "file" };
  await ctx.reply(ask(ctx));
});

importComposer.filter(inFlow("import"), async (ctx) => {
  const document = ctx.message?.document;
  const t = (key: string, args?: Record<string, string | number>) => ctx.t(key, args);
  const againWith = async (text: string) => void (await ctx.reply(`${text}\n\n${ask(ctx)}`));
  const again = (key: string, args?: Record<string, string | number>) => againWith(t(key, args));
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
  // Off the bot's thread: others' replies go on while thousands of rows are read and applied.
  const result = await importInWorker({
    databasePath: ctx.deps.config.DATABASE_PATH,
    bytes,
    format,
    actor: { personId: ctx.person!.id, via: "bot" },
    now: ctx.deps.clock().getTime(),
  });
  if (!result.ok) return againWith(readProblemReport(t, result.problem));
  const { outcome } = result;
  const report = importReport(t, outcome);
  // A rejected file keeps the flow open: the admin fixes it and sends it again.
  if (outcome.ok) ctx.session.flow = undefined;
  await replyLong(ctx, outcome.ok ? report : `${report}\n\n${ask(ctx)}`);
});

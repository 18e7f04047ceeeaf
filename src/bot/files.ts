import type { BotContext } from "./context.js";

export class FileTooLargeError extends Error {}

/** Fetches a file a person sent; the size is checked before and after, never trusted blindly. */
export async function downloadTelegramFile(ctx: BotContext, fileId: string, maxBytes: number): Promise<Buffer> {
  const file = await ctx.api.getFile(fileId);
  if (!file.file_path) throw new Error("Telegram gave no file_path");
  if (file.file_size !== undefined && file.file_size > maxBytes) throw new FileTooLargeError();
  const { config, fetch } = ctx.deps;
  const response = await fetch(`${config.TELEGRAM_API_ROOT}/file/bot${config.BOT_TOKEN}/${file.file_path}`);
  if (!response.ok) throw new Error(`file download failed with HTTP ${response.status}`);
  const bytes = Buffer.from(await response.arrayBuffer());
  if (bytes.length > maxBytes) throw new FileTooLargeError();
  return bytes;
}

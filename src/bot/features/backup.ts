import { basename } from "node:path";
import { Composer, InputFile } from "grammy";
import type { BotContext } from "../context.js";
import { backupDatabase } from "../../backup/backup.js";
import { audit } from "../../db/repo/audit.js";
import { formatDateTime } from "../ui/datetime.js";
import { announceAction } from "../ui/chat-action.js";

export const backupFeature = new Composer<BotContext>();

backupFeature.command("cadangan", async (ctx) => {
  const { db, sqlite, clock, config } = ctx.deps;
  announceAction(ctx, "upload_document");
  const now = clock();
  const path = await backupDatabase(sqlite, config.BACKUP_DIR, now, config.BACKUP_KEEP);
  audit(db, { actorId: ctx.person!.id, action: "backup.create", target: basename(path), at: now });
  await ctx.replyWithDocument(new InputFile(path, basename(path)), {
    caption: ctx.t("backup-caption", { when: formatDateTime(now, config.TIMEZONE, await ctx.i18n.getLocale()) }),
  });
});

import { basename } from "node:path";
import { Composer, InputFile } from "grammy";
import type { BotContext } from "../context.js";
import { backupDatabase, manualBackupDir } from "../../backup/backup.js";
import { audit, lastActionAt } from "../../db/repo/audit.js";
import { formatDateTime } from "../ui/datetime.js";
import { onCommand } from "../commands/register.js";
import { announceAction } from "../ui/chat-action.js";

export const backupFeature = new Composer<BotContext>();

onCommand(backupFeature, "cadangan", async (ctx) => {
  const { db, sqlite, clock, config } = ctx.deps;
  const now = clock();
  const locale = await ctx.i18n.getLocale();
  // Each press makes a file; a limit per admin keeps a stuck finger (or a stolen account) from
  // filling the disk. Nightly backups are elsewhere and never pruned by these.
  const last = lastActionAt(db, ctx.person!.id, "backup.create");
  const allowedFrom = last && new Date(last.getTime() + config.BACKUP_MANUAL_INTERVAL_MINUTES * 60_000);
  if (allowedFrom && allowedFrom > now) {
    await ctx.reply(ctx.t("backup-too-soon", { when: formatDateTime(allowedFrom, config.TIMEZONE, locale) }));
    return;
  }
  announceAction(ctx, "upload_document");
  const path = await backupDatabase(sqlite, manualBackupDir(config.BACKUP_DIR), now, config.BACKUP_MANUAL_KEEP);
  audit(db, { actorId: ctx.person!.id, action: "backup.create", target: basename(path), at: now });
  await ctx.replyWithDocument(new InputFile(path, basename(path)), {
    caption: ctx.t("backup-caption", { when: formatDateTime(now, config.TIMEZONE, locale) }),
  });
});

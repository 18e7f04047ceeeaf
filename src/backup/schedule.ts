import cron from "node-cron";
import type Database from "better-sqlite3";
import type { Logger } from "../logger.js";
import { backupDatabase } from "./backup.js";

export interface BackupScheduleOptions {
  sqlite: Database.Database;
  dir: string;
  keep: number;
  cronExpression: string;
  timezone: string;
  logger: Logger;
  clock: () => Date;
}

/** The nightly online backup; returns a stop function for graceful shutdown. */
export function scheduleBackups(options: BackupScheduleOptions): () => Promise<void> {
  let running: Promise<unknown> = Promise.resolve();
  const task = cron.schedule(
    options.cronExpression,
    () => {
      running = backupDatabase(options.sqlite, options.dir, options.clock(), options.keep)
        .then((path) => options.logger.info({ path }, "nightly backup written"))
        .catch((err: unknown) => options.logger.error({ err }, "nightly backup failed"));
    },
    { timezone: options.timezone, noOverlap: true, name: "backup" },
  );
  return async () => {
    await task.stop();
    await running;
  };
}

import { mkdirSync, readdirSync, rmSync } from "node:fs";
import { join } from "node:path";
import type Database from "better-sqlite3";

const PREFIX = "inovasi-";

/** Where /cadangan keeps its copies: below the nightly folder, out of reach of its pruning. */
export function manualBackupDir(backupDir: string): string {
  return join(backupDir, "manual");
}

/** "inovasi-20260504-020000.db": sortable by name, so retention keeps the newest. */
export function backupFileName(now: Date): string {
  const stamp = now.toISOString().replace(/[-:]/g, "").replace("T", "-").slice(0, 15);
  return `${PREFIX}${stamp}.db`;
}

/**
 * An online backup through SQLite's backup API: consistent even while the bot writes, and
 * the copy is a plain database file (no -wal to carry along). Keeps the newest `keep` files.
 */
export async function backupDatabase(sqlite: Database.Database, dir: string, now: Date, keep: number): Promise<string> {
  mkdirSync(dir, { recursive: true });
  const path = join(dir, backupFileName(now));
  await sqlite.backup(path);
  const ours = readdirSync(dir)
    .filter((f) => f.startsWith(PREFIX) && f.endsWith(".db"))
    .sort();
  for (const old of ours.slice(0, Math.max(0, ours.length - keep))) rmSync(join(dir, old), { force: true });
  return path;
}

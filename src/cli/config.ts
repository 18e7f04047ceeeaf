import { existsSync } from "node:fs";
import { configSchema, ConfigError } from "../config.js";

/**
 * The command line works on the database only: it reads the same variables as the bot (from
 * the environment, then .env) but needs no BOT_TOKEN, so staff can run it on a server where the
 * token is kept elsewhere, or while the bot is stopped.
 */
const cliSchema = configSchema.pick({ DATABASE_PATH: true, PEMDA_NAME: true, EVIDENCE_DIR: true, TIMEZONE: true });

export type CliConfig = ReturnType<typeof cliSchema.parse>;

export function loadCliConfig(env: Record<string, string | undefined>): CliConfig {
  const cleaned = Object.fromEntries(Object.entries(env).filter(([, v]) => v !== undefined && v !== ""));
  const parsed = cliSchema.safeParse(cleaned);
  if (parsed.success) return parsed.data;
  const issue = parsed.error.issues[0]!;
  throw new ConfigError(`Konfigurasi salah: ${String(issue.path[0] ?? "config")} ${issue.message}`);
}

/** Variables already in the environment win over .env, as for the bot (src/main.ts). */
export function readCliEnv(cwd = "."): Record<string, string | undefined> {
  const path = `${cwd}/.env`;
  if (existsSync(path)) process.loadEnvFile(path);
  return process.env;
}

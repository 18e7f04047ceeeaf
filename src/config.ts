import { z } from "zod";
import { validate as validateCron } from "node-cron";
import { parseReminderDays } from "./core/reminders/plan.js";

const DEFAULT_API_ROOT = "https://api.telegram.org";

const adminIds = z
  .string()
  .default("")
  .transform((raw, ctx) => {
    const ids: number[] = [];
    for (const part of raw
      .split(",")
      .map((p) => p.trim())
      .filter(Boolean)) {
      if (!/^\d{1,15}$/.test(part)) {
        ctx.addIssue({ code: "custom", message: `"${part}" bukan id pengguna Telegram` });
        return z.NEVER;
      }
      ids.push(Number(part));
    }
    return ids;
  });

const timezone = z
  .string()
  .default("Asia/Jakarta")
  .refine((tz) => {
    try {
      new Intl.DateTimeFormat("en", { timeZone: tz });
      return true;
    } catch {
      return false;
    }
  }, "bukan zona waktu IANA yang dikenal");

export const configSchema = z.object({
  BOT_TOKEN: z.string({ error: "wajib diisi (token dari @BotFather)" }).regex(/^\d+:[\w-]{20,}$/, "bukan token bot yang sah (bentuknya 123456:ABC…)"),
  TELEGRAM_API_ROOT: z.url().default(DEFAULT_API_ROOT),
  DATABASE_PATH: z.string().min(1).default("data/inovasi.db"),
  ADMIN_IDS: adminIds,
  PEMDA_NAME: z.string().trim().min(1).max(100).default("Kota Serang"),
  TIMEZONE: timezone,
  EVIDENCE_DIR: z.string().min(1).default("data/bukti"),
  REMINDER_CRON: z
    .string()
    .default("0 8 * * *")
    .refine((expr) => validateCron(expr), "bukan ekspresi cron yang sah (5 atau 6 kolom)"),
  REMINDER_DAYS: z
    .string()
    .default("7,3,1,0")
    .transform((v, ctx) => {
      const parsed = parseReminderDays(v);
      if (parsed.ok) return parsed.days;
      ctx.addIssue({ code: "custom", message: "harus berupa daftar hari 0–60, contoh 7,3,1,0" });
      return z.NEVER;
    }),
  /** The pimpinan's weekly digest; unset (the default) means no digest. */
  DIGEST_CRON: z
    .string()
    .refine((expr) => validateCron(expr), "bukan ekspresi cron yang sah (5 atau 6 kolom)")
    .optional(),
  WEBHOOK_URL: z.url({ protocol: /^https?$/ }).optional(),
  WEBHOOK_SECRET: z
    .string()
    .regex(/^[A-Za-z0-9_-]{16,256}$/, "harus 16–256 karakter huruf, angka, _ atau -")
    .optional(),
  PORT: z.coerce.number().int().min(0).max(65535).default(8080),
  HOST: z.string().min(1).default("0.0.0.0"),
  BACKUP_DIR: z.string().min(1).default("data/cadangan"),
  BACKUP_KEEP: z.coerce.number().int().min(1).max(365).default(14),
  /** /cadangan copies live beside the nightly ones, in their own folder with their own count. */
  BACKUP_MANUAL_KEEP: z.coerce.number().int().min(1).max(100).default(5),
  BACKUP_MANUAL_INTERVAL_MINUTES: z.coerce.number().int().min(0).max(1440).default(10),
  BACKUP_CRON: z
    .string()
    .default("30 1 * * *")
    .refine((expr) => validateCron(expr), "bukan ekspresi cron yang sah (5 atau 6 kolom)"),
  INVITE_TTL_DAYS: z.coerce.number().int().min(1).max(90).default(7),
  LOG_LEVEL: z.enum(["fatal", "error", "warn", "info", "debug", "trace", "silent"]).default("info"),
});

export type Config = z.infer<typeof configSchema>;

/** Rules between variables, checked after each variable is valid on its own. */
function crossCheck(config: Config): string | null {
  if (config.WEBHOOK_URL && !config.WEBHOOK_SECRET) return "WEBHOOK_SECRET wajib diisi bila WEBHOOK_URL diisi";
  return null;
}

export class ConfigError extends Error {}

/** Parses the environment; the error names the first bad variable in one line. */
export function loadConfig(env: Record<string, string | undefined>): Config {
  // An empty value in .env means "not set", so defaults apply.
  const cleaned = Object.fromEntries(Object.entries(env).filter(([, v]) => v !== undefined && v !== ""));
  const parsed = configSchema.safeParse(cleaned);
  if (parsed.success) {
    const problem = crossCheck(parsed.data);
    if (problem) throw new ConfigError(`Konfigurasi salah: ${problem}`);
    return parsed.data;
  }
  const issue = parsed.error.issues[0]!;
  const name = String(issue.path[0] ?? "config");
  throw new ConfigError(`Konfigurasi salah: ${name} ${issue.message}`);
}

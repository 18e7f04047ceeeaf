import pino, { type Logger } from "pino";
import { scrubValue, serializeError, usableSecrets } from "./log-scrub.js";

export type { Logger };

/**
 * Fields that must never be written, whoever passes them: secrets and config by name, grammY's
 * request payloads and contexts, and the personal data (phone numbers, message text) they carry.
 */
const REDACT_PATHS = [
  "token",
  "*.token",
  "secret",
  "*.secret",
  "BOT_TOKEN",
  "WEBHOOK_SECRET",
  "config",
  "*.config",
  "deps",
  "ctx",
  "*.ctx",
  "payload",
  "*.payload",
  "phone",
  "*.phone",
  "phone_number",
  "*.phone_number",
  "contact",
  "*.contact",
  "text",
  "*.text",
  "caption",
  "*.caption",
  'headers["x-telegram-bot-api-secret-token"]',
];

/**
 * `secrets` (the bot token, the webhook secret) are cut out of every string of every line: the
 * token is part of every Bot API URL and so turns up in error messages and stacks.
 */
export function createLogger(level: string, secrets: ReadonlyArray<string | undefined>, destination?: pino.DestinationStream): Logger {
  const known = usableSecrets(secrets);
  return pino(
    {
      level,
      redact: { paths: REDACT_PATHS, censor: "[redacted]" },
      serializers: { err: (err: unknown) => (err instanceof Error ? serializeError(err, known) : err) },
      hooks: {
        logMethod(args, method) {
          // An Error passed alone is logged as { err } (as pino would), so it goes through the same path.
          const [first, ...rest] = args as unknown[];
          const head = first instanceof Error ? { err: first } : first;
          const scrubbed = [head, ...rest].map((a) => scrubValue(a, known));
          if (first instanceof Error && rest.length === 0) scrubbed.push(scrubValue(first.message, known));
          return method.apply(this, scrubbed as Parameters<typeof method>);
        },
      },
    },
    destination,
  );
}

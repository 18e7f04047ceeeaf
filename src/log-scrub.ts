import { BotError, GrammyError, HttpError } from "grammy";

/**
 * What may reach a log line. Secrets (the bot token, the webhook secret) are cut out of every
 * string; errors keep what explains them and lose what grammY attaches for convenience (the
 * request payload with message text and phone numbers, the whole update context with config).
 * Walks values itself: JSON.stringify gives up on circular objects, which grammY's are.
 */

const MAX_DEPTH = 6;
const REDACTED = "[redacted]";

export type Secrets = readonly string[];

/** Only secrets long enough to be recognisable: replacing "" or "1" would mangle every line. */
export function usableSecrets(secrets: ReadonlyArray<string | undefined | null>): Secrets {
  return [...new Set(secrets.filter((s): s is string => typeof s === "string" && s.length >= 8))];
}

export function scrubString(text: string, secrets: Secrets): string {
  let out = text;
  for (const secret of secrets) if (out.includes(secret)) out = out.split(secret).join(REDACTED);
  return out;
}

/** An error as a plain object fit for a log line. */
export function serializeError(error: unknown, secrets: Secrets, depth = 0): Record<string, unknown> {
  if (!(error instanceof Error)) return { message: scrubString(String(error), secrets) };
  const s = (text: string | undefined) => (text === undefined ? undefined : scrubString(text, secrets));
  if (error instanceof BotError) {
    // ctx holds the update (personal data) and ctx.deps (config, token, secret).
    return { type: "BotError", message: s(error.message), error: nested(error.error, secrets, depth) };
  }
  if (error instanceof GrammyError) {
    // payload is what was sent: message text, a shared phone number, a chat id.
    return {
      type: "GrammyError",
      message: s(error.message),
      method: error.method,
      error_code: error.error_code,
      description: s(error.description),
      stack: s(error.stack),
    };
  }
  if (error instanceof HttpError) {
    const inner = error.error instanceof Error ? error.error.message : String(error.error);
    return { type: "HttpError", message: s(error.message), error: { message: s(inner) }, stack: s(error.stack) };
  }
  const out: Record<string, unknown> = { type: error.name, message: s(error.message), stack: s(error.stack) };
  const code = (error as { code?: unknown }).code;
  if (typeof code === "string" || typeof code === "number") out.code = code;
  if (error.cause !== undefined) out.cause = nested(error.cause, secrets, depth);
  return out;
}

function nested(error: unknown, secrets: Secrets, depth: number): unknown {
  return depth >= MAX_DEPTH ? "[too deep]" : serializeError(error, secrets, depth + 1);
}

/**
 * A copy of a log argument safe to write: strings scrubbed, errors serialized, plain objects and
 * arrays walked (cycles cut). Other class instances (a grammY context, an Api, a database) are
 * never walked: they are named only, so nothing they reach can leak.
 */
export function scrubValue(value: unknown, secrets: Secrets, seen = new WeakSet<object>(), depth = 0): unknown {
  if (typeof value === "string") return scrubString(value, secrets);
  if (value === null || typeof value !== "object") return value;
  if (value instanceof Error) return serializeError(value, secrets);
  if (seen.has(value)) return "[circular]";
  if (depth >= MAX_DEPTH) return "[too deep]";
  seen.add(value);
  try {
    if (Array.isArray(value)) return value.map((v) => scrubValue(v, secrets, seen, depth + 1));
    const proto = Object.getPrototypeOf(value) as object | null;
    if (proto === Object.prototype || proto === null) {
      const out: Record<string, unknown> = {};
      for (const [k, v] of Object.entries(value)) out[k] = scrubValue(v, secrets, seen, depth + 1);
      return out;
    }
    // Dates, URLs and the like say what they are through toJSON (a URL may carry the token).
    const toJSON = (value as { toJSON?: () => unknown }).toJSON;
    if (typeof toJSON === "function") return scrubValue(toJSON.call(value), secrets, seen, depth + 1);
    return `[${proto.constructor?.name ?? "object"}]`;
  } finally {
    seen.delete(value);
  }
}

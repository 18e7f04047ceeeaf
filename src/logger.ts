import pino, { type Logger } from "pino";

export type { Logger };

/** The token is part of every Bot API URL, so anything that may carry it is redacted. */
export function createLogger(level: string, token?: string, destination?: pino.DestinationStream): Logger {
  const logger = pino(
    {
      level,
      redact: { paths: ["token", "config.BOT_TOKEN", "*.token"], censor: "[redacted]" },
      hooks: token
        ? {
            logMethod(args, method) {
              const scrubbed = args.map((a) => scrub(a, token));
              return method.apply(this, scrubbed as Parameters<typeof method>);
            },
          }
        : undefined,
    },
    destination,
  );
  return logger;
}

function scrub(value: unknown, token: string): unknown {
  if (typeof value === "string") return value.split(token).join("[redacted]");
  if (value instanceof Error) {
    const copy = new Error(scrub(value.message, token) as string);
    copy.name = value.name;
    copy.stack = value.stack ? (scrub(value.stack, token) as string) : undefined;
    return copy;
  }
  if (value && typeof value === "object") {
    try {
      const text = JSON.stringify(value);
      if (text && text.includes(token)) return JSON.parse(text.split(token).join("[redacted]"));
    } catch {
      // Circular objects cannot carry the token through JSON; leave them.
    }
  }
  return value;
}

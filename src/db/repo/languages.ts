import { inArray } from "../orm.js";
import type { Db } from "../client.js";
import { sessions } from "../schema.js";

/**
 * The language each person chose with /bahasa, read from their session (keyed by Telegram id),
 * so messages sent outside any update speak it too. People without a choice are absent.
 */
export function chosenLanguages(db: Db, telegramIds: readonly number[]): Map<number, string> {
  const out = new Map<number, string>();
  const keys = [...new Set(telegramIds)].map(String);
  // SQLite caps bound parameters; 500 per query stays far below every build's limit.
  for (let i = 0; i < keys.length; i += 500) {
    const rows = db
      .select({ key: sessions.key, value: sessions.value })
      .from(sessions)
      .where(inArray(sessions.key, keys.slice(i, i + 500)))
      .all();
    for (const row of rows) {
      try {
        const lang = (JSON.parse(row.value) as { __language_code?: unknown }).__language_code;
        if (typeof lang === "string") out.set(Number(row.key), lang);
      } catch {
        // A session that is not JSON is someone else's bug; the default language is a safe answer.
      }
    }
  }
  return out;
}

import type { Transformer } from "grammy";

/**
 * Telegram refuses an edit that changes nothing ("message is not modified"), e.g. when a
 * pager's "2/5" button re-shows the page already on screen. For the person nothing went
 * wrong, so every edit treats it as done; this is the one place that knows it.
 */
export const ignoreUnchangedEdits: Transformer = async (prev, method, payload, signal) => {
  const result = await prev(method, payload, signal);
  if (!result.ok && method.startsWith("editMessage") && /message is not modified/i.test(result.description)) {
    return { ok: true, result: true } as unknown as typeof result;
  }
  return result;
};

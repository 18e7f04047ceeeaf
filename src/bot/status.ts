/** What /healthz reports about the bot; shared between the bot and the HTTP server. */
export interface BotStatus {
  lastUpdateAt: Date | null;
}

export function createStatus(): BotStatus {
  return { lastUpdateAt: null };
}

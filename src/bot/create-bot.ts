import { Bot, session } from "grammy";
import type { UserFromGetMe } from "grammy/types";
import { autoRetry, type AutoRetryOptions } from "@grammyjs/auto-retry";
import { sequentialize } from "@grammyjs/runner";
import { parseCommand } from "./commands/parse.js";
import { ignoreUnchangedEdits } from "./api/ignore-unchanged-edits.js";
import type { BotContext, SessionData } from "./context.js";
import type { BotDeps } from "./deps.js";
import { sharedI18n } from "./i18n.js";
import { sqliteSessionStorage } from "./session-storage.js";
import { attachLogger } from "./middleware/logging.js";
import { errorBoundary } from "./middleware/error-boundary.js";
import { loadPerson } from "./middleware/person.js";
import { accessGuard } from "./middleware/access-guard.js";
import { dedupeUpdates } from "./middleware/dedupe.js";
import { saveSessionBeforeSending } from "./middleware/session-before-send.js";
import { rateLimit, type RateLimitOptions } from "./middleware/rate-limit.js";
import { groupGate } from "./middleware/group-gate.js";
import type { BotStatus } from "./status.js";
import { startFeature } from "./features/start.js";
import { helpFeature } from "./features/help.js";
import { languageFeature } from "./features/language.js";
import { fallbackFeature } from "./features/fallback.js";
import { cancelFeature } from "./features/cancel.js";
import { registrationFeature } from "./features/registration.js";
import { inviteFeature } from "./features/invite.js";
import { opdFeature } from "./features/opd.js";
import { peopleFeature } from "./features/people.js";
import { pemdaFeature } from "./features/pemda.js";
import { backupFeature } from "./features/backup.js";
import { chatMemberFeature } from "./features/chat-member.js";
import { innovationFeature } from "./features/innovation/index.js";
import { scoreFeature } from "./features/score/index.js";
import { deadlinesFeature } from "./features/deadlines/index.js";
import { transferFeature } from "./features/transfer/index.js";
import { carryOverFeature } from "./features/carry-over/index.js";
import { evidenceCopyFeature } from "./features/evidence-copy.js";
import { docDetailsFeature } from "./features/doc-details.js";
import { noticesFeature } from "./features/notices.js";

export interface CreateBotOptions {
  /** Skips getMe; tests and restarts that already know the bot pass it. */
  botInfo?: UserFromGetMe;
  /** Overrides the retry policy; tests turn retries off so nothing waits in real time. */
  autoRetry?: Partial<AutoRetryOptions>;
  /** Receives the time of each update, for /healthz. */
  status?: BotStatus;
  rateLimit?: RateLimitOptions;
}

/**
 * Interactive replies may wait a little on 429 or 5xx, never long: a person is looking at the
 * chat. Network errors are not retried here (auto-retry would retry them without limit).
 */
export const INTERACTIVE_RETRY: Partial<AutoRetryOptions> = { maxRetryAttempts: 3, maxDelaySeconds: 10, rethrowHttpErrors: true };

/**
 * Session (and language) is per person: a person's state must follow them, and in private
 * chats the chat id equals the user id anyway.
 */
export function sessionKey(ctx: { from?: { id: number } }): string | undefined {
  return ctx.from ? String(ctx.from.id) : undefined;
}

/** Updates of one chat, and of one person across chats, are handled one at a time, in order. */
function sequenceKeys(ctx: BotContext): string[] {
  const keys: string[] = [];
  if (ctx.chat) keys.push(`c${ctx.chat.id}`);
  if (ctx.from) keys.push(`u${ctx.from.id}`);
  return keys;
}

/** Builds the bot with all middleware and features; starts nothing and calls no API. */
export function createBot(deps: BotDeps, options: CreateBotOptions = {}): Bot<BotContext> {
  const bot = new Bot<BotContext>(deps.config.BOT_TOKEN, {
    botInfo: options.botInfo,
    client: { apiRoot: deps.config.TELEGRAM_API_ROOT, fetch: deps.apiFetch },
  });
  bot.api.config.use(autoRetry(options.autoRetry ?? INTERACTIVE_RETRY));
  bot.api.config.use(ignoreUnchangedEdits);

  const i18n = sharedI18n();
  bot.use(async (ctx, next) => {
    ctx.deps = deps;
    ctx.log = deps.logger;
    ctx.command = parseCommand(ctx.message, ctx.me.username);
    await next();
  });
  bot.use(attachLogger);
  bot.use(async (_ctx, next) => {
    if (options.status) options.status.lastUpdateAt = deps.clock();
    await next();
  });
  // Channel posts and other sender-less updates carry nothing for this bot to act on.
  bot.use(async (ctx, next) => {
    if (ctx.from) await next();
  });
  bot.use(sequentialize(sequenceKeys));
  bot.use(dedupeUpdates);
  bot.use(errorBoundary(i18n));
  const sessionStorage = sqliteSessionStorage<SessionData>(deps.db, deps.clock);
  bot.use(session<SessionData, BotContext>({ initial: () => ({}), getSessionKey: sessionKey, storage: sessionStorage }));
  bot.use(saveSessionBeforeSending(sessionStorage, sessionKey));
  bot.use(i18n);
  bot.use(rateLimit(options.rateLimit));
  bot.use(loadPerson);
  bot.use(groupGate);
  bot.use(accessGuard);

  // Registration first: it claims "/start <code>" before the plain greeting.
  bot.use(registrationFeature, startFeature, helpFeature, languageFeature, cancelFeature);
  bot.use(inviteFeature, opdFeature, peopleFeature, pemdaFeature, backupFeature, noticesFeature);
  bot.use(innovationFeature, scoreFeature, deadlinesFeature, transferFeature, carryOverFeature, evidenceCopyFeature, docDetailsFeature);
  bot.use(chatMemberFeature);
  bot.use(fallbackFeature);

  bot.catch((err) => {
    deps.logger.error({ err: err.error, update_id: err.ctx.update.update_id }, "unhandled bot error");
  });
  return bot;
}

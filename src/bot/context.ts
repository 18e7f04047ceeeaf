import type { Context, SessionFlavor } from "grammy";
import type { I18nFlavor } from "@grammyjs/i18n";
import type { Logger } from "../logger.js";
import type { Person } from "../db/schema.js";
import type { BotDeps } from "./deps.js";

/** Per-chat conversation state; everything a flow needs to resume after a restart lives here. */
export interface SessionData {
  /** Set by @grammyjs/i18n when the person picks a language with /bahasa. */
  __language_code?: string;
}

export interface ContextExtras {
  deps: BotDeps;
  log: Logger;
  /** The registered, active person behind this update, or null for guests and revoked people. */
  person: Person | null;
}

export type BotContext = Context & SessionFlavor<SessionData> & I18nFlavor & ContextExtras;

import type { ApiClientOptions } from "grammy";
import type { Config } from "../config.js";
import type Database from "better-sqlite3";
import type { Db } from "../db/client.js";
import type { Logger } from "../logger.js";
import type { NoticeTimer } from "./admin-notices.js";

export type Clock = () => Date;

/** Everything the bot needs from the outside world, injected so tests can replace each part. */
export interface BotDeps {
  config: Config;
  db: Db;
  /** The raw connection, for what drizzle does not cover (online backups). */
  sqlite: Database.Database;
  logger: Logger;
  clock: Clock;
  /** HTTP client for file downloads from the Bot API; tests pass the fake API's. */
  fetch: typeof fetch;
  /**
   * HTTP client for grammY's Bot API calls: set only by tests (the fake API). Production leaves
   * it unset so grammY uses its own client: Node's built-in fetch rejects grammY's abort signal
   * on Node 24 ("Expected signal to be an instance of AbortSignal").
   */
  apiFetch?: ApiClientOptions["fetch"];
  /** Timer for batched admin notices; tests pass one driven by their clock. */
  timer?: NoticeTimer;
}

import { createTask, type ScheduledTask } from "node-cron";
import type { Config } from "../config.js";
import type { Outbox } from "../outbound/outbox.js";
import { lastReminderTick, markInterruptedReminders } from "../db/repo/deadlines.js";
import { runReminderTick, type TickDeps, type TickReport } from "./tick.js";
import { cronHasSeconds, missedTick } from "../core/reminders/missed-tick.js";

export interface SchedulerDeps extends TickDeps {
  config: Pick<Config, "REMINDER_CRON" | "REMINDER_DAYS" | "TIMEZONE">;
}

export interface ReminderScheduler {
  /** The catch-up run made at start; resolves when its reminders are settled. */
  readonly catchUp: Promise<TickReport | undefined>;
  /** Runs a tick now (the cron task calls this too). */
  tick(): Promise<TickReport | undefined>;
  /** Stops the cron task; no new tick starts afterwards. Sends in flight are the outbox's business. */
  stop(): Promise<void>;
}

/**
 * Runs reminder ticks on REMINDER_CRON in TIMEZONE, plus one at start when a scheduled tick
 * was missed while the bot was down (or a fan-out was cut short).
 *
 * That start-up run is the whole catch-up: the planner works from "now" and the reminder log,
 * so one run sends everything that became due while the bot was down (and only the most
 * recent reminder per person, never a backlog). The time of the last completed tick is kept
 * in app_state; a restart that missed no tick (say at 01:00 after yesterday's 08:00) sends
 * nothing until the schedule says so.
 *
 * Overlapping ticks are harmless (each reminder is claimed in the database before it is sent,
 * see tick.ts), so a long fan-out never blocks the next tick.
 */
export function startScheduler(deps: SchedulerDeps, outbox: Outbox): ReminderScheduler {
  const { logger, config } = deps;
  let stopped = false;

  const tick = async (reason: string): Promise<TickReport | undefined> => {
    if (stopped) return undefined;
    try {
      return await runReminderTick(deps, outbox);
    } catch (err) {
      // A failed tick must not kill the process: the next one plans from the same state.
      logger.error({ err, reason }, "reminder tick failed");
      return undefined;
    }
  };

  // node-cron's own messages (e.g. a missed execution while the event loop was busy) go to our log, not the console.
  const cronLogger = {
    info: (message: string) => logger.info({ source: "node-cron" }, message),
    warn: (message: string) => logger.warn({ source: "node-cron" }, message),
    error: (message: string | Error, err?: Error) => logger.error({ source: "node-cron", err: err ?? message }, "node-cron error"),
    debug: (message: string | Error) => logger.debug({ source: "node-cron" }, String(message)),
  };
  const task: ScheduledTask = createTask(config.REMINDER_CRON, () => tick("cron"), { timezone: config.TIMEZONE, name: "reminders", logger: cronLogger });
  void task.start();

  // Before any tick: a reminder whose send the last process died in is settled as "unknown".
  try {
    const interrupted = markInterruptedReminders(deps.db);
    if (interrupted.length > 0) {
      logger.warn(
        { reminders: interrupted.slice(0, 100), count: interrupted.length },
        "reminders cut by a crash during their send may not have arrived; not sent again",
      );
    }
  } catch (err) {
    // Like a failed tick, this must not kill the process; the rows stay "sending", still claimed.
    logger.error({ err }, "could not settle reminders interrupted by a crash");
  }

  const last = lastReminderTick(deps.db);
  const owed = missedTick((moment) => task.match(moment), last, deps.clock(), cronHasSeconds(config.REMINDER_CRON));
  logger.info(
    { cron: config.REMINDER_CRON, timezone: config.TIMEZONE, last_tick: last?.toISOString() ?? null, catch_up: owed },
    owed ? "reminder scheduler started; catching up a missed tick" : "reminder scheduler started; no tick was missed",
  );
  const catchUp = owed ? tick("start") : Promise.resolve(undefined);

  return {
    catchUp,
    tick: () => tick("manual"),
    async stop() {
      stopped = true;
      await task.destroy();
    },
  };
}

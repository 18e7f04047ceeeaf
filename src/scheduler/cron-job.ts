import { createTask, type ScheduledTask } from "node-cron";
import type { Logger } from "../logger.js";
import { cronHasSeconds, missedTick } from "../core/reminders/missed-tick.js";
import type { TickReport } from "./tick.js";

/** A job run on a cron schedule (reminders, the weekly digest). */
export interface CronJob {
  /** The catch-up run made at start; resolves when its messages are settled. */
  readonly catchUp: Promise<TickReport | undefined>;
  /** Runs the job now (the cron task calls this too). */
  tick(): Promise<TickReport | undefined>;
  /** Stops the cron task; no new run starts afterwards. Sends in flight are the outbox's business. */
  stop(): Promise<void>;
}

export interface CronJobSpec {
  /** "reminders", "digest": names the task and its log lines. */
  name: string;
  cron: string;
  timezone: string;
  logger: Logger;
  clock: () => Date;
  run: () => Promise<TickReport>;
  /** Settles what the last process died sending ("unknown", never sent again); returns those claims. */
  settleInterrupted: () => unknown[];
  /** When the last run completed, or null if it never ran. */
  lastRun: () => Date | null;
  /** Whether a job that never ran is owed a run at start (reminders are; a digest just switched on waits). */
  runIfNeverRan: boolean;
}

/**
 * Runs a job on its schedule in the Pemda's time zone, plus once at start when a scheduled run
 * was missed while the bot was down. That one run is the whole catch-up: jobs plan from "now" and
 * their claims, so one run sends what became due, and claims keep anyone from a second copy.
 * Overlapping runs are harmless for the same reason.
 */
export function startCronJob(spec: CronJobSpec): CronJob {
  const { name, logger } = spec;
  let stopped = false;
  const tick = async (reason: string): Promise<TickReport | undefined> => {
    if (stopped) return undefined;
    try {
      return await spec.run();
    } catch (err) {
      // A failed run must not kill the process: the next one plans from the same state.
      logger.error({ err, reason, job: name }, `${name} run failed`);
      return undefined;
    }
  };

  // node-cron's own messages (e.g. a missed execution while the event loop was busy) go to our log, not the console.
  const cronLogger = {
    info: (message: string) => logger.info({ source: "node-cron", job: name }, message),
    warn: (message: string) => logger.warn({ source: "node-cron", job: name }, message),
    error: (message: string | Error, err?: Error) => logger.error({ source: "node-cron", job: name, err: err ?? message }, "node-cron error"),
    debug: (message: string | Error) => logger.debug({ source: "node-cron", job: name }, String(message)),
  };
  const task: ScheduledTask = createTask(spec.cron, () => tick("cron"), { timezone: spec.timezone, name, logger: cronLogger });
  void task.start();

  // Before any run: a send the last process died in is settled as "unknown".
  try {
    const interrupted = spec.settleInterrupted();
    if (interrupted.length > 0) {
      logger.warn(
        { job: name, claims: interrupted.slice(0, 100), count: interrupted.length },
        `${name}: sends cut by a crash may not have arrived; not sent again`,
      );
    }
  } catch (err) {
    // Like a failed run, this must not kill the process; the rows stay "sending", still claimed.
    logger.error({ err, job: name }, `could not settle ${name} interrupted by a crash`);
  }

  const last = spec.lastRun();
  const owed = (last !== null || spec.runIfNeverRan) && missedTick((moment) => task.match(moment), last, spec.clock(), cronHasSeconds(spec.cron));
  logger.info(
    { job: name, cron: spec.cron, timezone: spec.timezone, last_run: last?.toISOString() ?? null, catch_up: owed },
    owed ? `${name} scheduler started; catching up a missed run` : `${name} scheduler started; no run was missed`,
  );
  return {
    catchUp: owed ? tick("start") : Promise.resolve(undefined),
    tick: () => tick("manual"),
    async stop() {
      stopped = true;
      await task.destroy();
    },
  };
}

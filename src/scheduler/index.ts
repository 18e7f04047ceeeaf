import type { Config } from "../config.js";
import type { Outbox } from "../outbound/outbox.js";
import { lastReminderTick, markInterruptedReminders } from "../db/repo/deadlines.js";
import { runReminderTick, type TickDeps } from "./tick.js";
import { startCronJob, type CronJob } from "./cron-job.js";

export interface SchedulerDeps extends TickDeps {
  config: Pick<Config, "REMINDER_CRON" | "REMINDER_DAYS" | "TIMEZONE">;
}

export type ReminderScheduler = CronJob;

/**
 * Reminders on REMINDER_CRON in TIMEZONE. The planner works from "now" and the reminder log, so
 * the start-up catch-up sends only the most recent reminder per person, never a backlog; a
 * restart that missed no tick (say at 01:00 after yesterday's 08:00) sends nothing.
 */
export function startScheduler(deps: SchedulerDeps, outbox: Outbox): ReminderScheduler {
  return startCronJob({
    name: "reminders",
    cron: deps.config.REMINDER_CRON,
    timezone: deps.config.TIMEZONE,
    logger: deps.logger,
    clock: deps.clock,
    run: () => runReminderTick(deps, outbox),
    settleInterrupted: () => markInterruptedReminders(deps.db),
    lastRun: () => lastReminderTick(deps.db),
    runIfNeverRan: true,
  });
}

// One reminder tick: plan from "now" and the reminder log, then send through the outbox.
//
// Exactly-once, and why "claim then send". Telegram has no idempotency key, so around the one
// HTTP request that delivers a reminder there is always a moment where a crash leaves us not
// knowing whether it arrived. Either the log row is written after the send ("send then log":
// a crash there sends it again on restart) or before ("claim then send": a crash there loses
// it). We claim: a duplicate reminder is what this feature promises never to do, and a lost
// one is followed by the next reminder day anyway.
//
// The claim is taken per message, right before its first attempt (OutboxMessage.claim), not
// for the whole fan-out at planning time. So a crash in the middle of a 10,000-message fan-out
// loses at most the few sends in flight; everything not yet attempted has no log row and is
// planned again by the next tick (the catch-up run at start). The claim is an insert on the
// log's primary key (deadline, person, day), so two ticks, or two processes, racing for the
// same reminder cannot both win. A send that ends failed or blocked gives its claim back.
//
// The claim row says "sending" until Telegram answers, then "sent" (a 429, which delivers
// nothing, gives the claim back while the queue pauses). So after a crash the ambiguous
// reminders, one per request in flight, are known: at start they become "unknown" and are
// logged (see markInterruptedReminders), and are not sent again. A fan-out cut by SIGTERM
// loses nothing: unsent jobs were never claimed, and the tick is not recorded as done.

import type { Config } from "../config.js";
import type { Db } from "../db/client.js";
import type { Logger } from "../logger.js";
import { planReminders, reminderLabel } from "../core/reminders/plan.js";
import { getActivePeriod } from "../db/repo/periods.js";
import {
  claimReminder,
  listUpcomingDeadlines,
  markReminderSent,
  recordReminderTick,
  releaseReminder,
  reminderLogFor,
  reminderRecipients,
  type Deadline,
} from "../db/repo/deadlines.js";
import { hasUnfinishedWork, opdWork, type OpdWork } from "../bot/work-status.js";
import { translatorFor } from "../bot/i18n.js";
import { chosenLanguages } from "../db/repo/languages.js";
import { DEFAULT_LOCALE } from "../bot/i18n.js";
import type { Outbox, OutboxJob, SubmitTally } from "../outbound/outbox.js";
import { reminderText } from "./reminder-text.js";
import { getOrCreate } from "../core/util/map.js";

export interface TickDeps {
  config: Pick<Config, "REMINDER_DAYS" | "TIMEZONE">;
  db: Db;
  logger: Logger;
  clock: () => Date;
}

export interface TickReport extends SubmitTally {
  planned: number;
}

/** Plans the reminders owed now; the jobs claim their log row when they are about to be sent. */
export function planReminderJobs(deps: TickDeps, now: Date): OutboxJob[] {
  const { db, config, clock } = deps;
  const upcoming = listUpcomingDeadlines(db, now);
  if (upcoming.length === 0) return [];
  const byId = new Map<number, Deadline>(upcoming.map((d) => [d.id, d]));
  const period = getActivePeriod(db);
  const operators = reminderRecipients(db);
  const people = new Map(operators.map((p) => [p.id, p]));
  const work = new Map<number, OpdWork>();
  const workOf = (opdId: number): OpdWork => {
    return getOrCreate(work, opdId, () => opdWork(db, opdId, period));
  };

  const plan = planReminders<number, number>({
    now,
    deadlines: upcoming.map((d) => ({ id: d.id, at: d.dueAt })),
    // Called only for deadlines with a reminder due, so OPD work is computed only when needed.
    recipients: (d) => {
      const audience = byId.get(d.id)!.audience;
      return operators.filter((p) => audience === "all" || hasUnfinishedWork(workOf(p.opdId))).map((p) => p.id);
    },
    sentLog: reminderLogFor(
      db,
      upcoming.map((d) => d.id),
    ),
    days: config.REMINDER_DAYS,
    timeZone: config.TIMEZONE,
  });
  if (plan.length === 0) return [];

  const languages = chosenLanguages(
    db,
    plan.map((r) => people.get(r.recipientId)!.telegramId),
  );
  // Operators of one OPD reading one language get the same text: render it once.
  const texts = new Map<string, string>();
  return plan.map((r) => {
    const person = people.get(r.recipientId)!;
    const locale = languages.get(person.telegramId) ?? DEFAULT_LOCALE;
    const cacheKey = `${r.deadlineId}:${person.opdId}:${locale}`;
    let text = texts.get(cacheKey);
    if (text === undefined) {
      text = reminderText(translatorFor(locale), {
        deadline: byId.get(r.deadlineId)!,
        now,
        timeZone: config.TIMEZONE,
        locale,
        opdName: person.opdName,
        work: workOf(person.opdId),
        period,
      });
      texts.set(cacheKey, text);
    }
    return {
      chatId: person.telegramId,
      key: `rem:${r.deadlineId}:${r.recipientId}:${reminderLabel(r.day)}`,
      payload: {
        text,
        claim: () => claimReminder(db, r, byId.get(r.deadlineId)!.dueAt, clock()),
        settle: (status, claimed) => {
          if (!claimed) return;
          if (status === "sent") markReminderSent(db, r);
          else releaseReminder(db, r);
        },
        // A 429 delivered nothing: give the claim back while waiting, claim again to retry.
        refused: () => releaseReminder(db, r),
      },
    };
  });
}

/** Runs one tick and resolves when its reminders are settled (sent, failed or blocked). */
export async function runReminderTick(deps: TickDeps, outbox: Outbox): Promise<TickReport> {
  const now = deps.clock();
  const jobs = planReminderJobs(deps, now);
  deps.logger.debug({ tick_at: now.toISOString(), planned: jobs.length }, "reminder tick");
  if (jobs.length === 0) {
    recordReminderTick(deps.db, now);
    return { planned: 0, sent: 0, failed: 0, blocked: 0, skipped: 0 };
  }
  deps.logger.info({ planned: jobs.length }, "reminders planned");
  const tally = await outbox.submit(jobs);
  // Recorded once the fan-out settled: a crash or shutdown mid-way leaves the tick owed, so
  // the next start catches it up (claims keep what was already sent from going out twice).
  if (!outbox.isClosed) recordReminderTick(deps.db, now);
  const report = { planned: jobs.length, ...tally };
  deps.logger.info(report, "reminder tick done");
  return report;
}

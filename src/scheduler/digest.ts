// The pimpinan's weekly digest (DIGEST_CRON; off when unset), sent through the outbound queue
// under the reminders' exactly-once rule: each person's digest of one ISO week is claimed in
// app_state right before its send ("claim then send", see tick.ts for why), a failed send
// gives the claim back, and a claim a crash left "sending" is never sent again.

import type { Config } from "../config.js";
import type { Db } from "../db/client.js";
import type { Logger } from "../logger.js";
import type { Outbox, OutboxJob } from "../outbound/outbox.js";
import { getActivePeriod } from "../db/repo/periods.js";
import { getPemdaName } from "../db/repo/pemda.js";
import { digestRecipients, listUpcomingDeadlines } from "../db/repo/deadlines.js";
import { listOpds } from "../db/repo/opds.js";
import { recapInnovations } from "../db/repo/recap.js";
import { getSpdLevels } from "../db/repo/spd.js";
import { scoreInputs } from "../db/repo/innovations.js";
import {
  claimDigest,
  digestScores,
  lastDigestTick,
  markDigestSent,
  markInterruptedDigests,
  recordDigestScores,
  recordDigestTick,
  releaseDigest,
  weekActivity,
} from "../db/repo/digest.js";
import { chosenLanguages } from "../db/repo/languages.js";
import { DEFAULT_LOCALE, translatorFor } from "../bot/i18n.js";
import { isoWeekOf, planDigest, previousIsoWeek, snapshotOf, type DigestPlan } from "../core/digest/plan.js";
import { computeIndex, recapByOpd } from "../core/score/index.js";
import { getOrCreate } from "../core/util/map.js";
import { digestText } from "./digest-text.js";
import type { TickReport } from "./tick.js";
import { startCronJob, type CronJob } from "./cron-job.js";

export interface DigestDeps {
  config: Pick<Config, "TIMEZONE" | "PEMDA_NAME">;
  db: Db;
  logger: Logger;
  clock: () => Date;
}

/** This week's facts, planned; records the week's indexes for next week's comparison. */
function planThisWeek(deps: DigestDeps, now: Date): { week: string; plan: DigestPlan; year: number } {
  const { db, config } = deps;
  const period = getActivePeriod(db);
  const input = { spdLevels: getSpdLevels(db, period.year), innovations: scoreInputs(db, period.year) };
  const klaim = computeIndex(period, input, "klaim");
  const terverifikasi = computeIndex(period, input, "terverifikasi");
  const week = isoWeekOf(now.getTime(), config.TIMEZONE);
  const activity = weekActivity(db, period.year, new Date(week.start), now);
  const next = listUpcomingDeadlines(db, now)[0];
  const rows = recapByOpd(period, listOpds(db, { activeOnly: true }), recapInnovations(db, period.year), new Map());
  const plan = planDigest({
    klaim,
    terverifikasi,
    lastWeek: digestScores(db, previousIsoWeek(now.getTime(), config.TIMEZONE).key),
    submittedThisWeek: activity.submitted,
    verifiedThisWeek: activity.verified,
    nextDeadline: next ? { name: next.name, dueAt: next.dueAt } : null,
    opdsWithout: rows.filter((r) => r.active === 0).length,
  });
  recordDigestScores(db, week.key, snapshotOf({ klaim, terverifikasi }), now);
  return { week: week.key, plan, year: period.year };
}

export function planDigestJobs(deps: DigestDeps, now: Date): OutboxJob[] {
  const { db, config, clock } = deps;
  const people = digestRecipients(db);
  if (people.length === 0) return [];
  const { week, plan, year } = planThisWeek(deps, now);
  const pemda = getPemdaName(db, config.PEMDA_NAME);
  const languages = chosenLanguages(
    db,
    people.map((p) => p.telegramId),
  );
  const texts = new Map<string, string>();
  return people.map((person) => {
    const locale = languages.get(person.telegramId) ?? DEFAULT_LOCALE;
    const text = getOrCreate(texts, locale, () => digestText(translatorFor(locale), { pemda, year, plan, now, timeZone: config.TIMEZONE }));
    return {
      chatId: person.telegramId,
      key: `digest:${week}:${person.id}`,
      payload: {
        text,
        claim: () => claimDigest(db, week, person.id, clock()),
        settle: (status, claimed) => {
          if (!claimed) return;
          if (status === "sent") markDigestSent(db, week, person.id, clock());
          else releaseDigest(db, week, person.id);
        },
        refused: () => releaseDigest(db, week, person.id),
      },
    };
  });
}

/** One run; resolves when its digests are settled. People who already have this week's are skipped at their claim. */
export async function runDigestTick(deps: DigestDeps, outbox: Outbox): Promise<TickReport> {
  const now = deps.clock();
  const jobs = planDigestJobs(deps, now);
  const tally = jobs.length > 0 ? await outbox.submit(jobs) : { sent: 0, failed: 0, blocked: 0, skipped: 0 };
  if (!outbox.isClosed) recordDigestTick(deps.db, now);
  const report = { planned: jobs.length, ...tally };
  deps.logger.info(report, "digest run done");
  return report;
}

export type DigestScheduler = CronJob;

/** The digest on `cron`; a digest just switched on waits for its schedule rather than send at whatever hour this is. */
export function startDigestScheduler(deps: DigestDeps, outbox: Outbox, cron: string): DigestScheduler {
  return startCronJob({
    name: "digest",
    cron,
    timezone: deps.config.TIMEZONE,
    logger: deps.logger,
    clock: deps.clock,
    run: () => runDigestTick(deps, outbox),
    settleInterrupted: () => markInterruptedDigests(deps.db, deps.clock()),
    lastRun: () => lastDigestTick(deps.db),
    runIfNeverRan: false,
  });
}

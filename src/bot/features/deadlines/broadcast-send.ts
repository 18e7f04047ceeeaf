// Sending an announcement that is already stored (see db/repo/announcements.ts), from the
// /umumkan handler or, after a restart, from resumeAnnouncements at start.
//
// Delivery guarantee: at most once per recipient. A delivery is marked "sending" right before
// its HTTP request and settled right after (a 429, which delivers nothing, puts it back to
// "pending" while it waits). A process death can leave ambiguous only the deliveries whose
// request is in flight, or that wait to retry after a 5xx/network error (Telegram has no
// idempotency key). Those become "unknown": counted as "tidak pasti" in the tally and not sent
// again. Everything still pending is sent by the next start. The admin's final tally is at
// least once: it is recorded after it is sent, so a death between the two repeats the tally,
// never an announcement.

import type { Api } from "grammy";
import type { Db } from "../../../db/client.js";
import type { Logger } from "../../../logger.js";
import type { Outbox, OutboxJob } from "../../../outbound/outbox.js";
import {
  claimDelivery,
  deliveryTally,
  findAnnouncement,
  markAnnouncementFinished,
  markInterruptedDeliveries,
  pendingDeliveries,
  setProgressMessage,
  settleDelivery,
  unclaimDelivery,
  unfinishedAnnouncements,
  type DeliveryTally,
} from "../../../db/repo/announcements.js";
import { chosenLanguages } from "../../../db/repo/languages.js";
import { translatorFor, type Translate } from "../../i18n.js";
import { getOrCreate } from "../../../core/util/map.js";

export interface AnnouncementDeps {
  db: Db;
  logger: Logger;
  clock: () => Date;
  /** Progress and tally for the admin go through the bot's own Api (not the outbound queue). */
  api: Api;
}

/** At most one progress edit this often, so the progress message does not itself hit limits. */
const PROGRESS_EVERY_MS = 3000;

/** What recipients will read: a header in their language, then the admin's text. */
export function announcement(t: (key: string) => string, text: string): string {
  return `${t("bc-header")}\n\n${text}`;
}

function progressText(t: Translate, c: DeliveryTally): string {
  return t("bc-progress", { done: c.total - c.pending - c.sending, total: c.total, sent: c.sent, failed: c.failed, blocked: c.blocked });
}

function tallyText(t: Translate, c: DeliveryTally, resumed: boolean): string {
  const lines = [t("bc-done", { total: c.total, sent: c.sent, failed: c.failed, blocked: c.blocked })];
  if (c.unknown > 0) lines.push(t("bc-done-unknown", { unknown: c.unknown }));
  if (resumed) lines.unshift(t("bc-resumed"), "");
  return lines.join("\n");
}

/**
 * Sends an announcement's pending deliveries and keeps the admin informed: a progress message,
 * edited as the fan-out advances, then the tally terkirim / gagal / diblokir (/ tidak pasti).
 * The tally ends the progress message, or after a restart comes as a new message, so the
 * admin is notified. If the outbox closes (shutdown) before all are settled, it stops quietly:
 * the rest stay pending for the next start.
 */
export async function runAnnouncement(deps: AnnouncementDeps, outbox: Outbox, id: number, resumed = false): Promise<void> {
  const { db, api, logger } = deps;
  const stored = findAnnouncement(db, id);
  if (!stored || stored.finishedAt) return;
  const adminChat = stored.adminChatId;
  const t = translatorFor(chosenLanguages(db, [adminChat]).get(adminChat));

  let messageId = stored.progressMessageId;
  if (messageId === null) {
    try {
      messageId = (await api.sendMessage(adminChat, progressText(t, deliveryTally(db, id)))).message_id;
      setProgressMessage(db, id, messageId);
    } catch (err) {
      logger.warn({ err, announcement_id: id }, "announcement progress message failed");
    }
  }

  const pending = pendingDeliveries(db, id);
  const languages = chosenLanguages(
    db,
    pending.map((d) => d.chatId),
  );
  const texts = new Map<string | undefined, string>();
  const textFor = (locale: string | undefined) => {
    return getOrCreate(texts, locale, () => announcement(translatorFor(locale), stored.text));
  };
  const jobs: OutboxJob[] = pending.map(({ chatId }) => ({
    chatId,
    key: `bc:${id}:${chatId}`,
    payload: {
      text: textFor(languages.get(chatId)),
      claim: () => claimDelivery(db, id, chatId, deps.clock()),
      settle: (status) => settleDelivery(db, id, chatId, status),
      refused: () => unclaimDelivery(db, id, chatId),
    },
  }));

  let lastEdit = outbox.clock.now();
  const edits = new Set<Promise<unknown>>();
  const onProgress = () => {
    const now = outbox.clock.now();
    if (messageId === null || now - lastEdit < PROGRESS_EVERY_MS) return;
    lastEdit = now;
    const edit = api
      .editMessageText(adminChat, messageId, progressText(t, deliveryTally(db, id)))
      .catch((err: unknown) => logger.warn({ err }, "broadcast progress edit failed"))
      .finally(() => edits.delete(edit));
    edits.add(edit);
  };
  if (jobs.length > 0) await outbox.submit(jobs, onProgress);
  await Promise.all([...edits]);

  const tally = deliveryTally(db, id);
  if (tally.pending + tally.sending > 0) {
    logger.info({ announcement_id: id, pending: tally.pending }, "announcement paused: the rest is sent at the next start");
    return;
  }
  const done = tallyText(t, tally, resumed);
  if (resumed || messageId === null) await api.sendMessage(adminChat, done);
  else await api.editMessageText(adminChat, messageId, done);
  markAnnouncementFinished(db, id, deps.clock());
  logger.info({ announcement_id: id, resumed, ...tally }, "broadcast done");
}

/**
 * At start: settles deliveries the last process died sending (as "unknown") and finishes every
 * unfinished announcement in the background. Returns how many were resumed.
 */
export function resumeAnnouncements(deps: AnnouncementDeps, outbox: Outbox): number {
  const interrupted = markInterruptedDeliveries(deps.db);
  if (interrupted > 0) deps.logger.warn({ count: interrupted }, "announcement messages cut by a crash during their send may not have arrived; not sent again");
  const open = unfinishedAnnouncements(deps.db);
  for (const a of open) outbox.background(runAnnouncement(deps, outbox, a.id, true));
  if (open.length > 0) deps.logger.info({ announcements: open.map((a) => a.id) }, "resuming announcements cut by a restart");
  return open.length;
}

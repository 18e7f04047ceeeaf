import type { BotContext } from "../../context.js";
import type { Outbox, OutboxJob, SubmitProgress } from "../../../outbound/outbox.js";

/** At most one progress edit this often, so the progress message does not itself hit limits. */
const PROGRESS_EVERY_MS = 3000;

/**
 * Sends an announcement and keeps the admin informed: a progress message, edited as the
 * fan-out advances, that ends as the tally terkirim / gagal / diblokir. People already known
 * to have blocked the bot are not sent to and count as diblokir from the start.
 */
export async function sendBroadcast(ctx: BotContext, outbox: Outbox, jobs: OutboxJob[], knownBlocked: number) {
  const total = jobs.length + knownBlocked;
  const chatId = ctx.chat!.id;
  const progressText = (p: { sent: number; failed: number; blocked: number }) =>
    ctx.t("bc-progress", { done: p.sent + p.failed + p.blocked + knownBlocked, total, sent: p.sent, failed: p.failed, blocked: p.blocked + knownBlocked });
  const message = await ctx.api.sendMessage(chatId, progressText({ sent: 0, failed: 0, blocked: 0 }));

  let lastEdit = outbox.clock.now();
  const edits = new Set<Promise<unknown>>();
  const onProgress = (p: SubmitProgress) => {
    const now = outbox.clock.now();
    if (now - lastEdit < PROGRESS_EVERY_MS) return;
    lastEdit = now;
    const edit = ctx.api
      .editMessageText(chatId, message.message_id, progressText(p))
      .catch((err: unknown) => ctx.log.warn({ err }, "broadcast progress edit failed"))
      .finally(() => edits.delete(edit));
    edits.add(edit);
  };
  const tally = await outbox.submit(jobs, onProgress);
  await Promise.all([...edits]);
  const done = ctx.t("bc-done", {
    total,
    sent: tally.sent,
    // A job skipped here was a duplicate or dropped at shutdown: it did not reach the person.
    failed: tally.failed + tally.skipped,
    blocked: tally.blocked + knownBlocked,
  });
  await ctx.api.editMessageText(chatId, message.message_id, done);
  ctx.log.info({ total, ...tally, known_blocked: knownBlocked }, "broadcast done");
}

// Notices to Bappeda admins: an innovation was submitted (or resubmitted), a person registered.
//
// Submissions near a deadline come in bursts, so they are gathered: the first one arms a timer
// for NOTICE_WINDOW_MS, later ones join it, and the flush sends each admin one message listing
// them all, one [Periksa] button each. The pending batch lives in app_state, not in memory: a
// shutdown (or crash) inside the window loses nothing, the next start sends it (resumeAdminNotices).
// The batch is taken out of app_state before sending: a crash mid-send drops it rather than
// sending it twice, the same choice announcements make.

import { InlineKeyboard } from "grammy";
import { and, eq, isNull } from "../db/orm.js";
import type { Db } from "../db/client.js";
import { opds, people, type Person } from "../db/schema.js";
import { findInnovation } from "../db/repo/innovations.js";
import { findOpd } from "../db/repo/opds.js";
import { chosenLanguages } from "../db/repo/languages.js";
import { deleteState, readState, writeState } from "../db/repo/app-state.js";
import { outboxFor, type OutboxDeps } from "../outbound/telegram.js";
import type { OutboxJob } from "../outbound/outbox.js";
import { translatorFor, type Translate } from "./i18n.js";
import { buttonLabel } from "./ui/paged-keyboard.js";

export const NOTICE_WINDOW_MS = 60_000;
/** A batch lists (and has buttons for) this many innovations; the rest are behind "Antrean". */
export const NOTICE_MAX_ITEMS = 15;

const BATCH_KEY = "admin-notices.batch";
const offKey = (personId: number) => `admin-notices.off:${personId}`;

/** Runs `fn` after `ms`; tests pass one driven by the harness clock. */
export interface NoticeTimer {
  after(ms: number, fn: () => void): void;
}

export const realTimer: NoticeTimer = {
  after: (ms, fn) => void setTimeout(fn, ms).unref(),
};

export type NoticeDeps = OutboxDeps & { timer?: NoticeTimer | undefined };

interface Batch {
  dueAt: number;
  items: { id: number; resubmit: boolean }[];
}

const armed = new WeakSet<Db>();

function readBatch(db: Db): Batch | null {
  const raw = readState(db, BATCH_KEY);
  return raw ? (JSON.parse(raw) as Batch) : null;
}

export function noticesOff(db: Db, personId: number): boolean {
  return readState(db, offKey(personId)) !== null;
}

/** Turns an admin's notices off or on; returns whether they are now off. */
export function toggleNotices(db: Db, personId: number, now: Date): boolean {
  if (noticesOff(db, personId)) {
    deleteState(db, offKey(personId));
    return false;
  }
  writeState(db, offKey(personId), "1", now);
  return true;
}

/** Active admins who did not turn notices off and, as for reminders, did not block the bot. */
function recipients(db: Db): Pick<Person, "id" | "telegramId">[] {
  return db
    .select({ id: people.id, telegramId: people.telegramId })
    .from(people)
    .where(and(eq(people.role, "admin"), eq(people.status, "active"), isNull(people.unreachableAt)))
    .all()
    .filter((p) => !noticesOff(db, p.id));
}

/** One message per admin, in their language, through the shared outbound queue. */
async function sendToAdmins(deps: NoticeDeps, key: string, build: (t: Translate) => { text: string; keyboard: InlineKeyboard }, except?: number) {
  const targets = recipients(deps.db).filter((p) => p.id !== except);
  const languages = chosenLanguages(
    deps.db,
    targets.map((p) => p.telegramId),
  );
  const jobs: OutboxJob[] = targets.map((p) => {
    const { text, keyboard } = build(translatorFor(languages.get(p.telegramId)));
    return { chatId: p.telegramId, key: `${key}:${p.id}`, payload: { text, replyMarkup: keyboard } };
  });
  if (jobs.length > 0) await outboxFor(deps).submit(jobs);
}

function arm(deps: NoticeDeps, ms: number) {
  if (armed.has(deps.db)) return;
  armed.add(deps.db);
  (deps.timer ?? realTimer).after(ms, () => {
    armed.delete(deps.db);
    const outbox = outboxFor(deps);
    outbox.background(flushSubmissionNotices(deps));
  });
}

/** Called after a submission is stored; the notice goes out when the window closes. */
export function queueSubmissionNotice(deps: NoticeDeps, innovationId: number, resubmit: boolean) {
  const now = deps.clock().getTime();
  const batch = readBatch(deps.db) ?? { dueAt: now + NOTICE_WINDOW_MS, items: [] };
  batch.items = [...batch.items.filter((i) => i.id !== innovationId), { id: innovationId, resubmit }];
  writeState(deps.db, BATCH_KEY, JSON.stringify(batch), deps.clock());
  arm(deps, Math.max(0, batch.dueAt - now));
}

/** At start: a batch a stopped process left behind goes out when its window would have closed. */
export function resumeAdminNotices(deps: NoticeDeps) {
  const batch = readBatch(deps.db);
  if (batch) arm(deps, Math.max(0, batch.dueAt - deps.clock().getTime()));
}

export async function flushSubmissionNotices(deps: NoticeDeps): Promise<void> {
  const batch = readBatch(deps.db);
  if (!batch) return;
  deleteState(deps.db, BATCH_KEY);
  // Withdrawn or already handled in the meantime: nothing left for Bappeda to check.
  const items = batch.items.flatMap(({ id, resubmit }) => {
    const inn = findInnovation(deps.db, id);
    return inn?.status === "diajukan" ? [{ inn, resubmit, opd: findOpd(deps.db, inn.opdId)?.name ?? "-" }] : [];
  });
  if (items.length === 0) return;
  await sendToAdmins(deps, `admin-notice:submit:${batch.dueAt}`, (t) => {
    const keyboard = new InlineKeyboard();
    const line = (i: (typeof items)[number]) => t(i.resubmit ? "adm-notice-line-resubmitted" : "adm-notice-line", { name: i.inn.nama, opd: i.opd });
    if (items.length === 1) {
      const only = items[0]!;
      keyboard.text(t("adm-notice-check-button"), `ver:o:${only.inn.id}`);
      return { text: t(only.resubmit ? "adm-notice-resubmitted" : "adm-notice-submitted", { name: only.inn.nama, opd: only.opd }), keyboard };
    }
    const shown = items.slice(0, NOTICE_MAX_ITEMS);
    shown.forEach((i, n) => {
      if (n > 0) keyboard.row();
      keyboard.text(buttonLabel(t("adm-notice-check-one", { name: i.inn.nama })), `ver:o:${i.inn.id}`);
    });
    const lines = [t("adm-notice-batch", { count: items.length }), ...shown.map((i) => `• ${line(i)}`)];
    if (items.length > shown.length) {
      lines.push(t("adm-notice-more", { count: items.length - shown.length }));
      keyboard.row().text(t("adm-notice-queue-button"), "ver:q");
    }
    return { text: lines.join("\n"), keyboard };
  });
}

/** Sent at once: registrations come one invitation at a time, not in bursts. */
export function notifyRegistration(deps: NoticeDeps, person: Person) {
  const opd = person.opdId === null ? null : (deps.db.select({ name: opds.name }).from(opds).where(eq(opds.id, person.opdId)).get()?.name ?? null);
  const outbox = outboxFor(deps);
  outbox.background(
    sendToAdmins(
      deps,
      `admin-notice:register:${person.id}:${deps.clock().getTime()}`,
      (t) => ({
        text: t("adm-notice-registered", {
          name: person.fullName,
          jabatan: person.jabatan ?? "-",
          role: t(`role-${person.role}`),
          opd: opd ?? "-",
        }),
        keyboard: new InlineKeyboard().text(t("adm-notice-person-button"), `usr:v:${person.id}`),
      }),
      person.id,
    ),
  );
}

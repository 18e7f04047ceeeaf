import type { BotContext } from "../../context.js";
import type { Innovation, InnovationStatus } from "../../../db/schema.js";
import type { Period } from "../../../core/period/index.js";
import { maxKematangan } from "../../../core/period/index.js";
import { kematangan } from "../../../core/score/index.js";
import { formatId } from "../../../core/format/number.js";
import { PROFILE_FIELDS, profileFields, type ProfileField } from "../../../core/profile/fields.js";
import { getActivePeriod, getPeriod } from "../../../db/repo/periods.js";
import { findInnovation } from "../../../db/repo/innovations.js";
import { activeOperatorsOf } from "../../../db/repo/people.js";
import { idFrom } from "../../ui/paged-keyboard.js";
import { notifyPeople, type NoticeWithButtons } from "../../notify.js";
import type { Translate } from "../../i18n.js";

/** The profile fields as asked; one list for asking, readiness and display. */
export const FIELDS: readonly ProfileField[] = PROFILE_FIELDS;
export { profileFields };

/** Only drafts and returned innovations may change; diajukan/terverifikasi are locked, ditarik is closed. */
export function isEditable(status: InnovationStatus): boolean {
  return status === "draf" || status === "dikembalikan";
}

/** The rules an innovation is filled under: its own period, falling back to the active one. */
export function periodOf(ctx: BotContext, inn: Innovation): Period {
  return getPeriod(ctx.deps.db, inn.periodYear) ?? getActivePeriod(ctx.deps.db);
}

/** "12/111" */
export function kematanganText(ctx: BotContext, inn: Innovation, period: Period): string {
  return ctx.t("inn-kematangan", { score: formatId(kematangan(period, inn.claimedLevels), 0), max: formatId(maxKematangan(period), 0) });
}

export function statusText(ctx: BotContext, status: InnovationStatus): string {
  return ctx.t(`inn-status-${status}`);
}

/**
 * The innovation a button or flow names, if it belongs to the operator's OPD. Forged ids and
 * other OPDs' innovations give null; the caller refuses and changes nothing.
 */
export function ownInnovation(ctx: BotContext, rawId: string | number | undefined): Innovation | null {
  const id = typeof rawId === "number" ? rawId : idFrom(rawId);
  if (id === null) return null;
  const inn = findInnovation(ctx.deps.db, id);
  if (!inn || ctx.person?.opdId == null || inn.opdId !== ctx.person.opdId) return null;
  return inn;
}

/** Answers a button that may not be used: an alert, nothing changes. */
export async function refuseButton(ctx: BotContext, key: string, params: Record<string, string | number> = {}) {
  await ctx.answerCallbackQuery({ text: ctx.t(key, params), show_alert: true });
}

/** Tells the OPD's active operators, each in their language (see notifyPeople). */
export function notifyOperators(ctx: BotContext, opdId: number, message: (t: Translate) => string | NoticeWithButtons): Promise<number> {
  return notifyPeople(ctx, activeOperatorsOf(ctx.deps.db, opdId), message);
}

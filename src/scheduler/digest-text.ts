import type { DigestPlan } from "../core/digest/plan.js";
import { formatId } from "../core/format/number.js";
import { timeLeft, timeLeftText } from "../bot/features/deadlines/time-left.js";
import type { Translate } from "../bot/i18n.js";

export interface DigestTextInput {
  pemda: string;
  year: number;
  plan: DigestPlan;
  now: Date;
  timeZone: string;
}

/** The pimpinan's weekly message: a handful of lines, far under Telegram's 4096 characters. */
export function digestText(t: Translate, { pemda, year, plan, now, timeZone }: DigestTextInput): string {
  const lines = [
    t("digest-title", { pemda, year: String(year) }),
    t("skor-view-line", { view: t(`skor-view-${plan.view}`), iid: formatId(plan.iid), category: plan.category }),
    plan.change.kind === "up" || plan.change.kind === "down"
      ? t(`digest-change-${plan.change.kind}`, { points: formatId(plan.change.points) })
      : t(`digest-change-${plan.change.kind}`),
    t("digest-activity", { submitted: plan.submitted, verified: plan.verified }),
    plan.nextDeadline
      ? t("digest-deadline", { name: plan.nextDeadline.name, left: timeLeftText(t, timeLeft(plan.nextDeadline.dueAt, now, timeZone)) })
      : t("digest-no-deadline"),
    plan.opdsWithout > 0 ? t("digest-opds-without", { count: plan.opdsWithout }) : t("digest-opds-all"),
    "",
    t("digest-footer"),
  ];
  return lines.join("\n");
}

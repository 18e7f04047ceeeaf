import { InlineKeyboard } from "grammy";
import type { BotContext } from "../../context.js";
import type { Innovation } from "../../../db/schema.js";
import { maxKematangan, type Period } from "../../../core/period/index.js";
import { kematangan, stageWarning } from "../../../core/score/index.js";
import { ineligibleLine } from "../../../core/format/ineligible.js";
import { formatId } from "../../../core/format/number.js";
import { levelChanges, levelsAfterVerification } from "../../../core/verification/index.js";
import { findOpd } from "../../../db/repo/opds.js";
import { listInnovationEvidence, profileOf } from "../../../db/repo/innovations.js";
import { replyLong } from "../../ui/long-text.js";
import type { Translate } from "../../i18n.js";
import { periodOf } from "./common.js";
import { fieldLabel, summaryText } from "./summary.js";

/** Indicator buttons per row on the first screen: "17 · 3→2" fits four abreast on a phone. */
const LEVEL_BUTTONS_PER_ROW = 4;

function warningLines(ctx: BotContext, inn: Innovation, period: Period): string[] {
  const out: string[] = [];
  const ineligible = ineligibleLine(ctx, inn, period);
  if (ineligible) out.push(`⚠ ${ineligible}`);
  if (stageWarning(inn.tahapan)) out.push(ctx.t("syarat-stage-warning"));
  return out;
}

/** "28/111": the kematangan the innovation would get if approved now. */
export function verifiedKematanganText(ctx: BotContext, inn: Innovation): { claimed: string; verified: string } {
  const period = periodOf(ctx, inn);
  const max = formatId(maxKematangan(period), 0);
  const score = (levels: Parameters<typeof kematangan>[1]) => `${formatId(kematangan(period, levels), 0)}/${max}`;
  return { claimed: score(inn.claimedLevels), verified: score(levelsAfterVerification(inn.claimedLevels, inn.verifiedLevels)) };
}

/** "• 17 Nama: 3 → 2" for each level Bappeda set differently from the claim. */
export function changeLines(ctx: BotContext, inn: Innovation, translate: Translate = (key, vars) => ctx.t(key, vars)): string[] {
  const period = periodOf(ctx, inn);
  return levelChanges(
    period.sid.map((i) => i.code),
    inn.claimedLevels,
    inn.verifiedLevels,
  ).map((c) =>
    translate("ver-change-line", {
      code: c.code,
      name: period.sid.find((i) => i.code === c.code)?.name ?? "",
      claimed: c.claimed === null ? "—" : String(c.claimed),
      verified: String(c.verified),
    }),
  );
}

/**
 * The verifier's first screen, one message: who, the kematangan as it would be verified, what
 * was changed, and the three actions. Each indicator is a button ("17 · 3→2"), so lowering one
 * level is two taps and comes back here.
 */
export async function showInnovation(ctx: BotContext, inn: Innovation, lead?: string) {
  const period = periodOf(ctx, inn);
  const opd = findOpd(ctx.deps.db, inn.opdId)?.name ?? "-";
  const evidence = listInnovationEvidence(ctx.deps.db, inn.id);
  const { claimed, verified } = verifiedKematanganText(ctx, inn);
  const changes = changeLines(ctx, inn);
  const lines = [
    ...(lead ? [lead, ""] : []),
    ctx.t("ver-screen-title", { name: inn.nama, opd }),
    ctx.t("ver-screen-kematangan", { claimed, verified }),
    ...(changes.length > 0 ? [ctx.t("ver-screen-changes"), ...changes] : []),
    ctx.t("ver-screen-evidence", { count: evidence.length }),
    // What the period's rules say about it, before Bappeda approves something that counts nowhere.
    ...warningLines(ctx, inn, period),
    // The basis the OPD chose decides which cut-offs its level claims (2026's 33).
    ...period.sid.flatMap((ind) => {
      const basis = ind.bases?.find((b) => b.id === inn.claimedBases[ind.code]);
      return basis ? [ctx.t("ver-basis", { code: ind.code, basis: basis.name })] : [];
    }),
    "",
    ctx.t("ver-screen-levels-hint"),
  ];
  const keyboard = new InlineKeyboard().text(ctx.t("ver-approve-button"), `ver:a:${inn.id}`).text(ctx.t("ver-return-button"), `ver:r:${inn.id}`).row();
  period.sid.forEach((ind, i) => {
    const c = inn.claimedLevels[ind.code];
    const v = inn.verifiedLevels[ind.code];
    const level = v === undefined || v === null || v === c ? `${c ?? "—"}` : `${c ?? "—"}→${v}`;
    if (i > 0 && i % LEVEL_BUTTONS_PER_ROW === 0) keyboard.row();
    keyboard.text(`${ind.code} · ${level}`, `ver:i:${inn.id}:${ind.code}`);
  });
  keyboard.row().text(ctx.t("ver-read-button"), `ver:p:${inn.id}`);
  if (evidence.some((e) => e.localPath || e.telegramFileId)) keyboard.text(ctx.t("ver-files-button"), `ver:f:${inn.id}`);
  if (evidence.length > 0) keyboard.text(ctx.t("doc-button"), `doc:l:${inn.id}`);
  keyboard.row().text(ctx.t("ver-queue-button"), "ver:q");
  await ctx.reply(lines.join("\n"), { reply_markup: keyboard });
}

/** Everything the operator wrote, the rancang bangun in full, over as many messages as it needs. */
export async function showFullProfile(ctx: BotContext, inn: Innovation) {
  const period = periodOf(ctx, inn);
  const profile = profileOf(inn);
  const evidence = listInnovationEvidence(ctx.deps.db, inn.id);
  const links = evidence.map((e) => `• ${e.indicatorCode}: ${e.url ?? e.fileName ?? ctx.t(`ind-kind-${e.kind}`)}${e.note ? ` (${e.note})` : ""}`);
  const rancang = (profile.rancangBangun ?? []) as readonly string[];
  const text = [
    summaryText(ctx, inn, period),
    "",
    `${fieldLabel(ctx, "rancangBangun")}:`,
    rancang.length > 0 ? rancang.join("\n\n") : "—",
    "",
    ctx.t("ver-evidence-title", { count: evidence.length }),
    ...links,
  ].join("\n");
  await replyLong(ctx, text, { reply_markup: new InlineKeyboard().text(ctx.t("ver-back-button"), `ver:o:${inn.id}`) });
}

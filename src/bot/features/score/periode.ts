import { Composer, InlineKeyboard } from "grammy";
import type { BotContext } from "../../context.js";
import { flowOf, inFlow, messageText } from "../../flows.js";
import { idFrom } from "../../ui/paged-keyboard.js";
import type { PeriodField } from "./flow-types.js";
import { activatePeriod, getPeriod, insertPeriod, isAdminListOfShippedYear, isShippedYear, listPeriods, savePeriod } from "../../../db/repo/periods.js";
import { audit } from "../../../db/repo/audit.js";
import { formatId } from "../../../core/format/number.js";
import { formatIndonesianDate, parseIndonesianDate } from "../../../core/profile/dates.js";
import type { Period } from "../../../core/period/index.js";
import {
  applyChange,
  copyPeriod,
  parseBandEdges,
  parseEligibility,
  parseJumlahRule,
  parseK,
  parsePkpnList,
  parseWindow,
  type Parsed,
  type PeriodChange,
} from "../../../core/period/edit.js";
import { onCommand } from "../../commands/register.js";

export const periodeComposer = new Composer<BotContext>();

const FIELD_CODES: Record<string, PeriodField> = { k: "k", b: "bands", w: "window", j: "jumlahRule", s: "eligibility", p: "pkpn" };
const CODE_OF: Record<PeriodField, string> = { k: "k", bands: "b", window: "w", jumlahRule: "j", eligibility: "s", pkpn: "p" };
const FIELDS: readonly PeriodField[] = ["k", "bands", "window", "jumlahRule", "eligibility", "pkpn"];

/** Shipped years keep the code's rules, but the PKPN list has no public source: an admin fills it there too. */
const editable = (year: number, field: PeriodField): boolean => !isShippedYear(year) || isAdminListOfShippedYear(field);

function pkpnText(ctx: BotContext, p: Period): string {
  const list = p.pkpn ?? [];
  return list.length === 0 ? ctx.t("periode-pkpn-none") : list.map((c) => c.name).join("; ");
}

function bandsText(p: Period): string {
  return [...p.bands]
    .sort((a, b) => b.min - a.min)
    .map((b) => `${b.category} ${formatId(b.min)}–${formatId(b.max)}`)
    .join("; ");
}

function detailText(ctx: BotContext, p: Period, active: boolean): string {
  const assumed = (flag: boolean) => (flag ? ` ${ctx.t("periode-assumed-mark")}` : "");
  const lines = [
    ctx.t("periode-detail", {
      year: String(p.year),
      active: active ? ` ${ctx.t("periode-active-mark")}` : "",
      k: p.k,
      bands: bandsText(p),
      per: formatId(p.jumlahRule.perInnovation),
      cap: p.jumlahRule.cap,
      min: p.jumlahRule.minYandas,
      jumlahAssumed: assumed(p.jumlahRule.assumed),
      from: formatIndonesianDate(p.penerapanWindow.from),
      to: formatIndonesianDate(p.penerapanWindow.to),
      windowAssumed: assumed(p.penerapanWindow.assumed),
      spd: p.spd.length,
      sid: p.sid.length,
    }),
    ctx.t("periode-rules", {
      // The reading is one field of the jumlah rule; its own "assumed" lives in the notes.
      yandas: `${ctx.t(`periode-yandas-${p.jumlahRule.yandasReading === "utama" ? "utama" : "beririsan"}`)}${assumed(p.notes.some((n) => n.about === "yandas" && n.assumed))}`,
      beforeWindow: ctx.t(`periode-before-${p.eligibility.beforeWindow}`),
      max: p.eligibility.maxParticipation,
      eligibilityAssumed: assumed(p.eligibility.assumed),
    }),
    ctx.t("periode-pkpn-line", { list: pkpnText(ctx, p) }),
  ];
  if (isShippedYear(p.year)) lines.push(ctx.t("periode-shipped"));
  return lines.join("\n\n");
}

function detailKeyboard(ctx: BotContext, year: number, active: boolean): InlineKeyboard {
  const kb = new InlineKeyboard();
  if (!active) kb.text(ctx.t("periode-activate-button"), `per:a:${year}`).row();
  kb.text(ctx.t("periode-copy-button"), `per:c:${year}`).row();
  for (const field of FIELDS.filter((f) => editable(year, f))) {
    kb.text(ctx.t(`periode-edit-${field}`), `per:e:${year}:${CODE_OF[field]}`).row();
  }
  return kb.text(ctx.t("back-button"), "per:l");
}

function listView(ctx: BotContext): { text: string; keyboard: InlineKeyboard } {
  const rows = listPeriods(ctx.deps.db);
  const keyboard = new InlineKeyboard();
  for (const r of rows) keyboard.text(`${r.year}${r.active ? ` ${ctx.t("periode-active-mark")}` : ""}`, `per:v:${r.year}`).row();
  const lines = rows.map((r) =>
    ctx.t("periode-list-line", { year: String(r.year), active: r.active ? ` ${ctx.t("periode-active-mark")}` : "", k: r.data.k, bands: bandsText(r.data) }),
  );
  return { text: [ctx.t("periode-list-title"), ...lines].join("\n"), keyboard };
}

/** The period a button names, with whether it is active; forged or stale years get an alert. */
async function periodFromButton(ctx: BotContext, raw: string | undefined): Promise<{ period: Period; active: boolean } | null> {
  const year = idFrom(raw);
  const row = year === null ? undefined : listPeriods(ctx.deps.db).find((r) => r.year === year);
  if (!row) {
    await ctx.answerCallbackQuery({ text: ctx.t("periode-not-found"), show_alert: true });
    return null;
  }
  await ctx.answerCallbackQuery();
  return { period: row.data, active: row.active };
}

onCommand(periodeComposer, "periode", async (ctx) => {
  const { text, keyboard } = listView(ctx);
  await ctx.reply(text, { reply_markup: keyboard });
});

periodeComposer.callbackQuery("per:l", async (ctx) => {
  await ctx.answerCallbackQuery();
  const { text, keyboard } = listView(ctx);
  await ctx.editMessageText(text, { reply_markup: keyboard });
});

periodeComposer.callbackQuery(/^per:v:(\d+)$/, async (ctx) => {
  const found = await periodFromButton(ctx, ctx.match[1]);
  if (found) await ctx.editMessageText(detailText(ctx, found.period, found.active), { reply_markup: detailKeyboard(ctx, found.period.year, found.active) });
});

periodeComposer.callbackQuery(/^per:a:(\d+)$/, async (ctx) => {
  const found = await periodFromButton(ctx, ctx.match[1]);
  if (!found) return;
  const { db, clock } = ctx.deps;
  const year = found.period.year;
  if (!found.active) {
    const now = clock();
    const from = listPeriods(db).find((r) => r.active)?.year ?? null;
    db.transaction((tx) => {
      activatePeriod(tx, year, now);
      audit(tx, { actorId: ctx.person!.id, action: "period.activate", target: `period:${year}`, detail: { from, to: year }, at: now });
    });
  }
  await ctx.reply(ctx.t("periode-activated", { year: String(year) }));
  await ctx.reply(detailText(ctx, found.period, true), { reply_markup: detailKeyboard(ctx, year, true) });
});

periodeComposer.callbackQuery(/^per:c:(\d+)$/, async (ctx) => {
  const found = await periodFromButton(ctx, ctx.match[1]);
  if (!found) return;
  ctx.session.flow = { kind: "period", step: "copy-year", sourceYear: found.period.year };
  await ctx.reply(ctx.t("periode-ask-copy-year", { source: String(found.period.year) }));
});

periodeComposer.callbackQuery(/^per:e:(\d+):([kbwjsp])$/, async (ctx) => {
  const found = await periodFromButton(ctx, ctx.match[1]);
  if (!found) return;
  const field = FIELD_CODES[ctx.match[2]!]!;
  if (!editable(found.period.year, field)) return void (await ctx.reply(ctx.t("periode-shipped")));
  ctx.session.flow = { kind: "period", step: "edit", year: found.period.year, field };
  await ctx.reply(askField(ctx, found.period, field));
});

periodeComposer.callbackQuery(/^per:/, async (ctx) => {
  await ctx.answerCallbackQuery({ text: ctx.t("unknown-button"), show_alert: true });
});

function askField(ctx: BotContext, p: Period, field: PeriodField): string {
  const year = String(p.year);
  switch (field) {
    case "k":
      return ctx.t("periode-ask-k", { year, current: p.k });
    case "bands":
      return ctx.t("periode-ask-bands", { year, current: bandsText(p) });
    case "window":
      return ctx.t("periode-ask-window", { year, from: formatIndonesianDate(p.penerapanWindow.from), to: formatIndonesianDate(p.penerapanWindow.to) });
    case "jumlahRule":
      return ctx.t("periode-ask-jumlah-reading", {
        year,
        per: formatId(p.jumlahRule.perInnovation),
        cap: p.jumlahRule.cap,
        min: p.jumlahRule.minYandas,
        reading: p.jumlahRule.yandasReading === "utama" ? "utama" : "beririsan",
      });
    case "eligibility":
      return ctx.t("periode-ask-eligibility", { year, rule: p.eligibility.beforeWindow, max: p.eligibility.maxParticipation });
    case "pkpn":
      return ctx.t("periode-ask-pkpn", { year, current: pkpnText(ctx, p) });
  }
}

function parseField(field: PeriodField, text: string, period: Period): Parsed<PeriodChange> {
  const wrap = <T>(r: Parsed<T>, make: (v: T) => PeriodChange): Parsed<PeriodChange> => (r.ok ? { ok: true, value: make(r.value) } : r);
  switch (field) {
    case "k":
      return wrap(parseK(text), (value) => ({ field, value }));
    case "bands":
      return wrap(parseBandEdges(text), (value) => ({ field, value }));
    case "window":
      return wrap(parseWindow(text, parseIndonesianDate), (value) => ({ field, value }));
    case "jumlahRule":
      return wrap(parseJumlahRule(text, period.jumlahRule.yandasReading), (value) => ({ field, value }));
    case "eligibility":
      return wrap(parseEligibility(text), (value) => ({ field, value }));
    case "pkpn":
      return wrap(parsePkpnList(text, period.pkpn), (value) => ({ field, value }));
  }
}

const MIN_COPY_YEAR = 2020;
const MAX_COPY_YEAR = 2100;

periodeComposer.filter(inFlow("period"), async (ctx) => {
  const flow = flowOf(ctx, "period")!;
  const { db, clock } = ctx.deps;
  const text = messageText(ctx);
  if (flow.step === "copy-year") {
    const source = getPeriod(db, flow.sourceYear);
    if (!source) {
      ctx.session.flow = undefined;
      return void (await ctx.reply(ctx.t("periode-not-found")));
    }
    const ask = ctx.t("periode-ask-copy-year", { source: String(flow.sourceYear) });
    const s = text?.normalize("NFKC").trim() ?? "";
    const year = /^\d{4}$/.test(s) ? Number(s) : NaN;
    if (!(year >= MIN_COPY_YEAR && year <= MAX_COPY_YEAR)) {
      return void (await ctx.reply(`${ctx.t("periode-bad-year", { min: String(MIN_COPY_YEAR), max: String(MAX_COPY_YEAR) })}\n\n${ask}`));
    }
    const now = clock();
    const result = db.transaction((tx) => {
      const r = insertPeriod(tx, copyPeriod(source, year), now);
      if (r.ok) audit(tx, { actorId: ctx.person!.id, action: "period.copy", target: `period:${year}`, detail: { from: flow.sourceYear, to: year }, at: now });
      return r;
    });
    if (!result.ok) {
      const hint = result.exists ? ctx.t("periode-year-exists", { year: String(year) }) : ctx.t("periode-invalid", { issues: result.issues.join("; ") });
      return void (await ctx.reply(`${hint}\n\n${ask}`));
    }
    ctx.session.flow = undefined;
    await ctx.reply(ctx.t("periode-copied", { source: String(flow.sourceYear), year: String(year) }));
    await ctx.reply(detailText(ctx, getPeriod(db, year)!, false), { reply_markup: detailKeyboard(ctx, year, false) });
    return;
  }

  const period = getPeriod(db, flow.year);
  if (!period || !editable(flow.year, flow.field)) {
    ctx.session.flow = undefined;
    return void (await ctx.reply(ctx.t("periode-not-found")));
  }
  const ask = askField(ctx, period, flow.field);
  if (text === null) return void (await ctx.reply(`${ctx.t("answer-text-expected")}\n\n${ask}`));
  const parsed = parseField(flow.field, text, period);
  if (!parsed.ok) return void (await ctx.reply(`${ctx.t(`periode-problem-${parsed.problem}`)}\n\n${ask}`));
  const next = applyChange(period, parsed.value);
  const now = clock();
  const saved = db.transaction((tx) => {
    const r = savePeriod(tx, next, now);
    if (r.ok) {
      audit(tx, {
        actorId: ctx.person!.id,
        action: "period.edit",
        target: `period:${flow.year}`,
        detail: { field: flow.field, from: fieldValue(period, flow.field), to: fieldValue(next, flow.field) },
        at: now,
      });
    }
    return r;
  });
  if (!saved.ok) return void (await ctx.reply(`${ctx.t("periode-invalid", { issues: saved.issues.join("; ") })}\n\n${ask}`));
  ctx.session.flow = undefined;
  const active = listPeriods(db).find((r) => r.year === flow.year)?.active ?? false;
  await ctx.reply(ctx.t("periode-saved", { year: String(flow.year) }));
  await ctx.reply(detailText(ctx, next, active), { reply_markup: detailKeyboard(ctx, flow.year, active) });
});

function fieldValue(p: Period, field: PeriodField): unknown {
  switch (field) {
    case "window":
      return p.penerapanWindow;
    case "jumlahRule":
      return p.jumlahRule;
    case "eligibility":
      return p.eligibility;
    case "bands":
      return p.bands;
    case "k":
      return p.k;
    case "pkpn":
      return p.pkpn ?? [];
  }
}

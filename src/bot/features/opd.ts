import { Composer, InlineKeyboard } from "grammy";
import type { BotContext } from "../context.js";
import { flowOf, inFlow, messageText } from "../flows.js";
import { idFrom, pagedKeyboard } from "../ui/paged-keyboard.js";
import { replyLong } from "../ui/long-text.js";
import { downloadTelegramFile, FileTooLargeError } from "../files.js";
import { planUnitCsv, planUnitLines, type UnitPlan } from "../../core/opd/units.js";
import {
  addOpdUnits,
  applyOpdPlan,
  countOperators,
  findOpd,
  findOpdByCode,
  findOpdByName,
  insertOpd,
  listOpdUnits,
  listOpds,
  renameOpd,
  setOpdActive,
} from "../../db/repo/opds.js";
import { audit } from "../../db/repo/audit.js";
import { checkOpdCode, checkOpdName, cleanOpdName, normalizeOpdCode } from "../../core/opd/names.js";
import { planOpdCsv } from "../../core/opd/csv.js";
import type { Opd } from "../../db/schema.js";
import { onCommand } from "../commands/register.js";
import { decodeCsvText, ImportReadError } from "../../import/stream-reader.js";

export const opdFeature = new Composer<BotContext>();

const CSV_MAX_BYTES = 1024 * 1024;

function opdLine(ctx: BotContext, opd: Opd) {
  return ctx.t("opd-line", { name: opd.name, code: opd.code ?? "-", status: opd.active ? "" : ctx.t("opd-inactive-mark") });
}

async function showList(ctx: BotContext, page: number, edit: boolean) {
  const all = listOpds(ctx.deps.db);
  const { keyboard, page: shown } = pagedKeyboard({
    items: all,
    page,
    button: (opd) => ({ label: opd.active ? opd.name : `✕ ${opd.name}`, data: `opd:v:${opd.id}` }),
    pageData: (p) => `opd:p:${p}`,
  });
  keyboard.text(ctx.t("opd-add-button"), "opd:add").text(ctx.t("opd-csv-button"), "opd:csv");
  const active = all.filter((o) => o.active).length;
  const text = [
    ctx.t("opd-list-title", { active, inactive: all.length - active, page: shown.page, pages: shown.pages }),
    ...shown.items.map((o) => opdLine(ctx, o)),
  ].join("\n");
  if (edit) await ctx.editMessageText(text, { reply_markup: keyboard });
  else await ctx.reply(text, { reply_markup: keyboard });
}

async function showDetail(ctx: BotContext, opd: Opd) {
  const keyboard = new InlineKeyboard()
    .text(ctx.t("opd-rename-button"), `opd:rn:${opd.id}`)
    .text(ctx.t(opd.active ? "opd-deactivate-button" : "opd-activate-button"), `opd:tg:${opd.id}`)
    .row()
    .text(ctx.t("unit-button", { count: listOpdUnits(ctx.deps.db, opd.id, { activeOnly: true }).length }), `opd:u:${opd.id}`)
    .row()
    .text(ctx.t("back-button"), "opd:p:1");
  const text = ctx.t("opd-detail", {
    name: opd.name,
    code: opd.code ?? "-",
    kind: opd.kind,
    status: ctx.t(opd.active ? "opd-status-active" : "opd-status-inactive"),
    operators: countOperators(ctx.deps.db, opd.id),
  });
  await ctx.editMessageText(text, { reply_markup: keyboard });
}

/** Finds the OPD a button names; forged or stale ids get an alert and null. */
async function opdFromButton(ctx: BotContext & { match: RegExpMatchArray | string }): Promise<Opd | null> {
  const opd = findOpd(ctx.deps.db, idFrom(typeof ctx.match === "string" ? undefined : ctx.match[1]) ?? -1);
  if (!opd) {
    await ctx.answerCallbackQuery({ text: ctx.t("opd-not-found"), show_alert: true });
    return null;
  }
  await ctx.answerCallbackQuery();
  return opd;
}

onCommand(opdFeature, "opd", (ctx) => showList(ctx, 1, false));

opdFeature.callbackQuery(/^opd:p:(\d{1,4})$/, async (ctx) => {
  await ctx.answerCallbackQuery();
  await showList(ctx, Number(ctx.match[1]), true);
});

opdFeature.callbackQuery(/^opd:v:(\d+)$/, async (ctx) => {
  const opd = await opdFromButton(ctx);
  if (opd) await showDetail(ctx, opd);
});

opdFeature.callbackQuery(/^opd:tg:(\d+)$/, async (ctx) => {
  const opd = await opdFromButton(ctx);
  if (!opd) return;
  const { db, clock } = ctx.deps;
  const now = clock();
  db.transaction((tx) => {
    setOpdActive(tx, opd.id, !opd.active, now);
    audit(tx, { actorId: ctx.person!.id, action: opd.active ? "opd.deactivate" : "opd.activate", target: `opd:${opd.id}`, at: now });
  });
  await showDetail(ctx, findOpd(db, opd.id)!);
});

opdFeature.callbackQuery(/^opd:rn:(\d+)$/, async (ctx) => {
  const opd = await opdFromButton(ctx);
  if (!opd) return;
  ctx.session.flow = { kind: "opd-rename", opdId: opd.id };
  await ctx.reply(ctx.t("opd-ask-rename", { name: opd.name }));
});

opdFeature.callbackQuery(/^opd:u:(\d+)$/, async (ctx) => {
  const opd = await opdFromButton(ctx);
  if (!opd) return;
  const units = listOpdUnits(ctx.deps.db, opd.id, { activeOnly: true });
  const list = units.length > 0 ? units.map((u) => ctx.t("unit-line", { name: u.name, kind: u.kind })).join("\n") : ctx.t("unit-none");
  ctx.session.flow = { kind: "opd-units", opdId: opd.id };
  await replyLong(ctx, `${ctx.t("unit-title", { opd: opd.name, count: units.length })}\n${list}\n\n${ctx.t("unit-ask")}`);
});

opdFeature.callbackQuery("opd:add", async (ctx) => {
  await ctx.answerCallbackQuery();
  ctx.session.flow = { kind: "opd-add" };
  await ctx.reply(ctx.t("opd-ask-add"));
});

opdFeature.callbackQuery("opd:csv", async (ctx) => {
  await ctx.answerCallbackQuery();
  const keyboard = new InlineKeyboard().text(ctx.t("opd-csv-extend"), "opd:cm:extend").row().text(ctx.t("opd-csv-replace"), "opd:cm:replace");
  await ctx.reply(ctx.t("opd-csv-choose"), { reply_markup: keyboard });
});

opdFeature.callbackQuery(/^opd:cm:(extend|replace)$/, async (ctx) => {
  await ctx.answerCallbackQuery();
  ctx.session.flow = { kind: "opd-csv", mode: ctx.match[1] as "extend" | "replace" };
  await ctx.reply(ctx.t("opd-csv-ask"));
});

/** Validates a new name (and optional code) for `selfId` (null when adding); returns a hint key or null. */
function nameProblem(ctx: BotContext, name: string, code: string | null, selfId: number | null): string | null {
  const problem = checkOpdName(name);
  if (problem) return `opd-${problem}`;
  const sameName = findOpdByName(ctx.deps.db, name);
  if (sameName && sameName.id !== selfId) return "opd-name-taken";
  if (code !== null) {
    if (checkOpdCode(code)) return "opd-code-invalid";
    const sameCode = findOpdByCode(ctx.deps.db, normalizeOpdCode(code));
    if (sameCode && sameCode.id !== selfId) return "opd-code-taken";
  }
  return null;
}

opdFeature.filter(inFlow("opd-add"), async (ctx) => {
  const text = messageText(ctx);
  if (text === null) return void (await ctx.reply(`${ctx.t("answer-text-expected")}\n\n${ctx.t("opd-ask-add")}`));
  const [rawName = "", rawCode] = text.split("|");
  const code = rawCode?.trim() ? rawCode.trim() : null;
  const hint = nameProblem(ctx, rawName, code, null);
  if (hint) return void (await ctx.reply(`${ctx.t(hint)}\n\n${ctx.t("opd-ask-add")}`));
  const { db, clock } = ctx.deps;
  const now = clock();
  const opd = db.transaction((tx) => {
    const created = insertOpd(tx, { name: rawName, code: code ? normalizeOpdCode(code) : null }, now);
    audit(tx, { actorId: ctx.person!.id, action: "opd.add", target: `opd:${created.id}`, detail: { name: created.name, code: created.code }, at: now });
    return created;
  });
  ctx.session.flow = undefined;
  await ctx.reply(ctx.t("opd-added", { name: opd.name, code: opd.code ?? "-" }));
});

opdFeature.filter(inFlow("opd-rename"), async (ctx) => {
  const flow = flowOf(ctx, "opd-rename")!;
  const { db, clock } = ctx.deps;
  const opd = findOpd(db, flow.opdId);
  if (!opd) {
    ctx.session.flow = undefined;
    return void (await ctx.reply(ctx.t("opd-not-found")));
  }
  const text = messageText(ctx);
  const ask = ctx.t("opd-ask-rename", { name: opd.name });
  if (text === null) return void (await ctx.reply(`${ctx.t("answer-text-expected")}\n\n${ask}`));
  const hint = nameProblem(ctx, text, null, opd.id);
  if (hint) return void (await ctx.reply(`${ctx.t(hint)}\n\n${ask}`));
  const now = clock();
  const name = cleanOpdName(text);
  db.transaction((tx) => {
    renameOpd(tx, opd.id, name, now);
    audit(tx, { actorId: ctx.person!.id, action: "opd.rename", target: `opd:${opd.id}`, detail: { from: opd.name, to: name }, at: now });
  });
  ctx.session.flow = undefined;
  await ctx.reply(ctx.t("opd-renamed", { from: opd.name, to: name }));
});

opdFeature.filter(inFlow("opd-units"), async (ctx) => {
  const flow = flowOf(ctx, "opd-units")!;
  const { db, clock } = ctx.deps;
  const opd = findOpd(db, flow.opdId);
  if (!opd) {
    ctx.session.flow = undefined;
    return void (await ctx.reply(ctx.t("opd-not-found")));
  }
  const document = ctx.message?.document;
  let plan: UnitPlan;
  if (document) {
    if (!isCsvDocument(document.file_name, document.mime_type)) return void (await ctx.reply(ctx.t("opd-csv-not-csv")));
    if ((document.file_size ?? 0) > CSV_MAX_BYTES) return void (await ctx.reply(ctx.t("opd-csv-too-large")));
    let text: string;
    try {
      text = decodeCsvText(await downloadTelegramFile(ctx, document.file_id, CSV_MAX_BYTES));
    } catch (err) {
      if (err instanceof FileTooLargeError) return void (await ctx.reply(ctx.t("opd-csv-too-large")));
      if (err instanceof ImportReadError) return void (await ctx.reply(ctx.t("transfer-import-encoding")));
      throw err;
    }
    const byCode = new Map(listOpds(db).flatMap((o) => (o.code ? [[o.code, o.id] as const] : [])));
    plan = planUnitCsv(text, byCode);
  } else {
    const text = messageText(ctx);
    if (text === null) return void (await ctx.reply(ctx.t("unit-ask")));
    plan = planUnitLines(text, opd.id);
  }
  if (!plan.ok) {
    if (plan.fileProblem) return void (await ctx.reply(ctx.t(`unit-file-${plan.fileProblem}`)));
    const lines = plan.errors.map((e) => ctx.t("unit-error-line", { line: e.line, problem: ctx.t(`unit-problem-${e.problem}`), value: e.value }));
    return void (await replyLong(ctx, `${ctx.t("unit-rejected", { count: plan.errors.length })}\n${lines.join("\n")}`));
  }
  const now = clock();
  const added = db.transaction((tx) => {
    const n = addOpdUnits(tx, plan.units, now);
    audit(tx, {
      actorId: ctx.person!.id,
      action: "opd.units",
      target: document ? undefined : `opd:${opd.id}`,
      detail: { rows: plan.units.length, added: n, csv: Boolean(document) },
      at: now,
    });
    return n;
  });
  ctx.session.flow = undefined;
  await ctx.reply(ctx.t("unit-saved", { added, kept: plan.units.length - added }));
});

function isCsvDocument(fileName: string | undefined, mime: string | undefined): boolean {
  return /\.csv$/i.test(fileName ?? "") && (!mime || /^(text\/(csv|plain|comma-separated-values)|application\/(vnd\.ms-excel|csv|octet-stream))$/.test(mime));
}

opdFeature.filter(inFlow("opd-csv"), async (ctx) => {
  const flow = flowOf(ctx, "opd-csv")!;
  const document = ctx.message?.document;
  if (!document) return void (await ctx.reply(ctx.t("opd-csv-ask")));
  if (!isCsvDocument(document.file_name, document.mime_type)) return void (await ctx.reply(ctx.t("opd-csv-not-csv")));
  if ((document.file_size ?? 0) > CSV_MAX_BYTES) return void (await ctx.reply(ctx.t("opd-csv-too-large")));
  let text: string;
  try {
    text = decodeCsvText(await downloadTelegramFile(ctx, document.file_id, CSV_MAX_BYTES));
  } catch (err) {
    if (err instanceof FileTooLargeError) return void (await ctx.reply(ctx.t("opd-csv-too-large")));
    if (err instanceof ImportReadError) return void (await ctx.reply(ctx.t("transfer-import-encoding")));
    throw err;
  }
  const { db, clock } = ctx.deps;
  const existing = listOpds(db).map((o) => ({ id: o.id, nameKey: o.nameKey, code: o.code, active: o.active }));
  const result = planOpdCsv(text, existing, flow.mode);
  if (!result.ok) {
    if (result.fileProblem) return void (await ctx.reply(ctx.t(`opd-csv-${result.fileProblem}`)));
    const lines = result.errors.map((e) => ctx.t("opd-csv-error-line", { line: e.line, problem: ctx.t(`opd-csv-${e.problem}`), value: e.value }));
    await replyLong(ctx, `${ctx.t("opd-csv-rejected", { count: result.errors.length })}\n${lines.join("\n")}`);
    return;
  }
  const now = clock();
  db.transaction((tx) => {
    applyOpdPlan(tx, result.plan, now);
    audit(tx, {
      actorId: ctx.person!.id,
      action: "opd.import",
      detail: { mode: flow.mode, added: result.plan.add.length, kept: result.plan.keep.length, deactivated: result.plan.deactivate.length },
      at: now,
    });
  });
  ctx.session.flow = undefined;
  await ctx.reply(ctx.t("opd-csv-applied", { added: result.plan.add.length, kept: result.plan.keep.length, deactivated: result.plan.deactivate.length }));
});

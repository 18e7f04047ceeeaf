import { PassThrough } from "node:stream";
import type ExcelJS from "exceljs";
import type { Evidence } from "../db/schema.js";
import { claimedHeader, importHeaders, innovationToRow, nationalLevelsText, optionalHeaders, PROFILE_HEADERS, verifiedHeader } from "../core/transfer/index.js";
import { SPD_SHEET } from "../core/transfer/spd.js";
import { computeIndex, kematangan, levelOf, recapByOpd, evidenceKey, type IndexBreakdown } from "../core/score/index.js";
import { formatId } from "../core/format/number.js";
import type { EvidenceKind } from "../core/period/types.js";
import { megabytes, portalRules, type PortalRules } from "../core/period/index.js";
import { overPortalLimit } from "../core/profile/evidence.js";
import { zipEntryNames } from "./evidence-zip.js";
import type { ExportData } from "./data.js";
import { evidenceNames } from "../core/profile/evidence-names.js";
import { DECIMAL_FORMAT, INTEGER_FORMAT, addSheet, type ColumnSpec } from "./sheet-style.js";
import { yieldToEventLoop } from "./yield.js";
import { ineligibleLine } from "../core/format/ineligible.js";

/** Words of the sheets other than the fixed import headers; the bot passes ctx.t, the CLI its i18n. */
import type { Translate } from "../bot/i18n.js";

export const INNOVATION_SHEET = "Inovasi";
export const RECAP_SHEET = "Rekap OPD";
export const SCORE_SHEET = "Skor";

const WIDE: Partial<Record<string, number>> = {
  opd: 34,
  nama_inovasi: 40,
  rancang_bangun: 60,
  tujuan: 40,
  manfaat: 40,
  hasil: 40,
  urusan_lain: 30,
  bentuk: 30,
  tematik: 30,
  urusan_utama: 28,
};

/**
 * "17: 17-foto-1.jpg (Rapat koordinasi)": each file's name, with what the operator wrote beside
 * it, and "[> 2 MB]" on a file the portal would refuse as it is.
 */
function evidenceText(files: readonly Evidence[] | undefined, rules: PortalRules): string {
  const names = evidenceNames(files ?? []);
  const mark = `[> ${megabytes(rules.maxFileBytes)} MB]`;
  return (files ?? [])
    .map((f) => `${f.indicatorCode}: ${names.get(f.id) ?? ""}${f.note ? ` (${f.note})` : ""}${overPortalLimit(f.sizeBytes, rules) ? ` ${mark}` : ""}`)
    .join("\n");
}

type Book = ExcelJS.stream.xlsx.WorkbookWriter;

/** Rows written between two turns of the event loop: others' updates wait at most one batch. */
const ROWS_PER_TURN = 50;

export const EVIDENCE_SHEET = "Data dukung";

/**
 * One row per piece of evidence, as the portal's document rows ask for it: nomor, tanggal and
 * judul beside the file's name in the zip, its size, and whether it is above the portal's limit.
 */
async function evidenceSheet(wb: Book, data: ExportData) {
  const rules = portalRules(data.period);
  const ws = addSheet(wb, EVIDENCE_SHEET, [
    { header: "opd", width: 30 },
    { header: "nama_inovasi", width: 34 },
    { header: "indikator", width: 9 },
    { header: "jenis", width: 8 },
    { header: "berkas_di_zip", width: 40 },
    { header: "tautan", width: 40 },
    { header: "nomor", width: 22 },
    { header: "tanggal", width: 12 },
    { header: "judul", width: 40, wrap: true },
    { header: "catatan", width: 30, wrap: true },
    { header: "ukuran_mb", width: 10, numFmt: DECIMAL_FORMAT },
    { header: `lebih_dari_${megabytes(rules.maxFileBytes)}_mb`, width: 12 },
    { header: "salinan_portal_di_zip", width: 40 },
  ]);
  const opdName = new Map(data.opds.map((o) => [o.id, o.name]));
  let written = 0;
  for (const inv of data.innovations) {
    if (++written % ROWS_PER_TURN === 0) await yieldToEventLoop();
    const files = data.evidence.get(inv.id) ?? [];
    const zipNames = zipEntryNames(files);
    for (const f of files) {
      const entry = zipNames.get(f.id);
      ws.addRow([
        opdName.get(inv.opdId) ?? String(inv.opdId),
        inv.nama,
        f.indicatorCode,
        f.kind,
        entry?.file ?? "",
        f.url ?? "",
        f.docNomor ?? "",
        f.docTanggal ?? "",
        f.docJudul ?? "",
        f.note ?? "",
        f.sizeBytes === null ? null : Math.round(f.sizeBytes / 10_000) / 100,
        overPortalLimit(f.sizeBytes, rules) ? "ya" : "",
        entry?.copy ?? "",
      ]).commit();
    }
  }
  ws.commit();
}

async function innovationSheet(wb: Book, data: ExportData, t: Translate) {
  const { period } = data;
  const levelCols = [...importHeaders(period).slice(PROFILE_HEADERS.length), ...optionalHeaders(period)];
  const scoreCols = period.sid.flatMap((s) => [`skor_${claimedHeader(s.code)}`, `skor_${verifiedHeader(s.code)}`]);
  const columns: ColumnSpec[] = [
    ...PROFILE_HEADERS.map((h) => ({ header: h, width: WIDE[h] ?? 16, wrap: (WIDE[h] ?? 0) >= 40 })),
    ...levelCols.map((h) => (optionalHeaders(period).includes(h) ? { header: h, width: 24 } : { header: h, width: 6, numFmt: "0" })),
    ...scoreCols.map((h) => ({ header: h, width: 9, numFmt: INTEGER_FORMAT })),
    { header: "kematangan_klaim", width: 12, numFmt: INTEGER_FORMAT },
    { header: "kematangan_terverifikasi", width: 12, numFmt: INTEGER_FORMAT },
    { header: "bukti", width: 40, wrap: true },
    // Read-only columns after the importable ones: what the period's rules and the ministry say.
    { header: "pengembangan_terbaru", width: 14 },
    { header: "syarat", width: 40, wrap: true },
    { header: "ikut_ke", width: 8, numFmt: "0" },
    { header: "hasil_nasional", width: 12 },
    { header: "level_nasional", width: 24 },
  ];
  const ws = addSheet(wb, INNOVATION_SHEET, columns);
  const opdName = new Map(data.opds.map((o) => [o.id, o.name]));
  let written = 0;
  for (const inv of data.innovations) {
    if (++written % ROWS_PER_TURN === 0) await yieldToEventLoop();
    const base = innovationToRow(period, inv, opdName.get(inv.opdId) ?? String(inv.opdId));
    const scores = period.sid.flatMap((s) => [s.bobot * levelOf(inv.claimedLevels, s.code), s.bobot * levelOf(inv.verifiedLevels, s.code)]);
    ws.addRow([
      ...PROFILE_HEADERS.map((h) => base[h]),
      ...levelCols.map((h) => base[h]),
      ...scores,
      kematangan(period, inv.claimedLevels),
      kematangan(period, inv.verifiedLevels),
      evidenceText(data.evidence.get(inv.id), portalRules(period)),
      inv.pengembanganTerbaru ?? "",
      ineligibleLine(t, inv, period) ?? "",
      inv.participation,
      inv.nationalResult ?? "",
      nationalLevelsText(period, inv),
    ]).commit();
  }
  ws.commit();
}

function recapSheet(wb: Book, data: ExportData, t: Translate) {
  const statuses = ["draf", "diajukan", "dikembalikan", "terverifikasi", "ditarik"] as const;
  const ws = addSheet(wb, RECAP_SHEET, [
    { header: t("transfer-xlsx-opd"), width: 40 },
    { header: t("transfer-xlsx-code"), width: 10 },
    ...statuses.map((s) => ({ header: s, width: 12, numFmt: INTEGER_FORMAT })),
    { header: t("transfer-xlsx-active"), width: 12, numFmt: INTEGER_FORMAT },
    { header: t("transfer-xlsx-avg-kematangan"), width: 16, numFmt: DECIMAL_FORMAT },
    { header: t("transfer-xlsx-missing-evidence"), width: 16, numFmt: INTEGER_FORMAT },
  ]);
  const index = new Map<string, Set<EvidenceKind>>();
  for (const [id, files] of data.evidence) {
    for (const f of files) {
      const key = evidenceKey(id, f.indicatorCode);
      index.set(key, (index.get(key) ?? new Set()).add(f.kind));
    }
  }
  const withInnovations = new Set(data.innovations.map((i) => i.opdId));
  const opdList = data.opds.filter((o) => o.active || withInnovations.has(o.id));
  const rows = recapByOpd(
    data.period,
    opdList,
    data.innovations.map((i) => ({ id: i.id, opdId: i.opdId, status: i.status, claimed: i.claimedLevels })),
    index,
  );
  const code = new Map(data.opds.map((o) => [o.id, o.code ?? ""]));
  for (const r of rows) {
    ws.addRow([r.name, code.get(r.opdId) ?? "", ...statuses.map((s) => r.byStatus[s]), r.active, r.avgKematangan, r.missingEvidence]).commit();
  }
  ws.commit();
}

function spdSheet(wb: Book, data: ExportData, t: Translate) {
  const ws = addSheet(wb, SPD_SHEET, [
    { header: "kode", width: 8 },
    { header: "level", width: 8, numFmt: "0" },
    { header: t("transfer-xlsx-indicator"), width: 48, wrap: true },
    { header: t("transfer-xlsx-variable"), width: 14 },
    { header: t("transfer-xlsx-weight"), width: 10, numFmt: DECIMAL_FORMAT },
    { header: t("transfer-xlsx-score"), width: 10, numFmt: DECIMAL_FORMAT },
    { header: t("transfer-xlsx-required"), width: 10 },
  ]);
  for (const ind of data.period.spd) {
    const level = data.spdLevels[ind.code];
    ws.addRow([ind.code, level ?? null, ind.name, ind.variabel, ind.bobot, ind.bobot * (level ?? 0), ind.wajib ? t("transfer-xlsx-yes") : ""]).commit();
  }
  ws.commit();
}

function scoreSheet(wb: Book, data: ExportData, t: Translate) {
  const klaim = computeIndex(data.period, data.scoreInput, "klaim");
  const verif = computeIndex(data.period, data.scoreInput, "terverifikasi");
  const ws = addSheet(wb, SCORE_SHEET, [
    { header: t("transfer-xlsx-part"), width: 44 },
    { header: t("transfer-xlsx-klaim"), width: 16 },
    { header: t("transfer-xlsx-terverifikasi"), width: 16 },
    { header: t("transfer-xlsx-klaim-text"), width: 16 },
    { header: t("transfer-xlsx-terverifikasi-text"), width: 16 },
  ]);
  const line = (key: string, pick: (b: IndexBreakdown) => number | string, numFmt?: string) => {
    const a = pick(klaim);
    const b = pick(verif);
    const text = (v: number | string) => (typeof v === "number" ? formatId(v, numFmt === INTEGER_FORMAT ? 0 : 2) : v);
    const row = ws.addRow([t(key), a, b, text(a), text(b)]);
    if (numFmt) for (const c of [2, 3]) row.getCell(c).numFmt = numFmt;
    row.commit();
  };
  ws.addRow([t("transfer-xlsx-pemda"), data.pemda]).commit();
  ws.addRow([t("transfer-xlsx-period"), data.period.year]).commit();
  line("transfer-xlsx-spd", (b) => b.spd, DECIMAL_FORMAT);
  line("transfer-xlsx-n", (b) => b.n, INTEGER_FORMAT);
  line("transfer-xlsx-k", (b) => b.k, INTEGER_FORMAT);
  line("transfer-xlsx-divisor", (b) => b.divisor, INTEGER_FORMAT);
  line("transfer-xlsx-sum-kematangan", (b) => b.sumKematangan, DECIMAL_FORMAT);
  line("transfer-xlsx-avg", (b) => b.avgKematangan, DECIMAL_FORMAT);
  line("transfer-xlsx-yandas", (b) => b.yandasCovered.length, INTEGER_FORMAT);
  line("transfer-xlsx-jumlah", (b) => b.jumlahInovasi, DECIMAL_FORMAT);
  line("transfer-xlsx-sid", (b) => b.sid, DECIMAL_FORMAT);
  line("transfer-xlsx-iid", (b) => b.iid, DECIMAL_FORMAT);
  line("transfer-xlsx-category", (b) => b.category);
  ws.commit();
}

/**
 * The sheets of /ekspor, as an .xlsx file. Written with exceljs's streaming writer (each
 * row leaves memory once committed, and the bytes are zipped as they come) and with a turn of
 * the event loop every few rows, so other people's replies are not held up by a large export.
 * exceljs is loaded here, on the first export, not at start.
 */
export async function buildWorkbook(data: ExportData, t: Translate, now: Date): Promise<Buffer> {
  const { default: Excel } = await import("exceljs");
  const out = new PassThrough();
  const chunks: Buffer[] = [];
  out.on("data", (c: Buffer) => chunks.push(c));
  const ended = new Promise<void>((resolve, reject) => {
    out.once("end", resolve);
    out.once("error", reject);
  });
  const wb = new Excel.stream.xlsx.WorkbookWriter({ stream: out, useStyles: true, useSharedStrings: false });
  wb.creator = data.pemda;
  wb.created = now;
  wb.modified = now;
  await innovationSheet(wb, data, t);
  await evidenceSheet(wb, data);
  recapSheet(wb, data, t);
  spdSheet(wb, data, t);
  scoreSheet(wb, data, t);
  await wb.commit();
  await ended;
  return Buffer.concat(chunks);
}

import { mkdirSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { unzipSync } from "fflate";
import ExcelJS from "exceljs";
import { afterEach, describe, expect, it } from "vitest";
import { Harness } from "../helpers/harness.js";
import { seedPerson } from "../helpers/seed-people.js";
import { allTables, editWorkbook, seedInnovations } from "../import/fixtures.js";
import { pngSize } from "../../src/chart/render.js";
import { listOpds } from "../../src/db/repo/opds.js";

let h: Harness;
afterEach(() => h?.close());

const XLSX_MIME = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

function setup(count = 12) {
  h = new Harness();
  // The evidence folder lives inside the harness's temporary folder, so close() removes it.
  h.config.EVIDENCE_DIR = join(h.dir, "bukti");
  const admin = seedPerson(h, 7001, "admin");
  const ids = seedInnovations(h.db, admin.id, count);
  return { admin, ids, user: h.user(7001) };
}

async function exportedXlsx(): Promise<Buffer> {
  const upload = h.fake.callsOf("sendDocument").find((c) => String(c.payload.document.file_name).endsWith(".xlsx"));
  return upload!.payload.document.bytes as Buffer;
}

async function sendFile(user: ReturnType<Harness["user"]>, bytes: Buffer, name: string, mime = XLSX_MIME) {
  const ids = h.fake.addFile(bytes, name);
  return user.sendRaw({ document: { ...ids, file_name: name, mime_type: mime } });
}

describe("/ekspor", () => {
  it("names the file after the Pemda's day, not UTC's (03.00 WIB on 5 May is still 4 May in UTC)", async () => {
    h = new Harness({ now: new Date("2026-05-04T20:00:00Z") });
    seedPerson(h, 7001, "admin");
    await h.user(7001).send("/ekspor");
    expect(h.fake.callsOf("sendDocument").at(-1)!.payload.document.file_name).toBe("inovasi-2026-20260505.xlsx");
  });

  it("shows that it works, then sends the four-sheet workbook and, on request, the evidence zip", async () => {
    const { ids, user } = setup();
    // The person's command menu is set on first contact; the export itself follows.
    const calls = (await user.send("/ekspor")).filter((c) => c.method !== "setMyCommands");
    const methods = calls.map((c) => c.method);
    expect(methods.slice(0, 3)).toEqual(["sendChatAction", "sendMessage", "sendDocument"]);
    expect(calls[0]!.payload.action).toBe("upload_document");
    expect(calls[1]!.payload.text).toMatch(/sedang menyiapkan/i);
    const doc = calls[2]!.payload.document;
    expect(doc.file_name).toMatch(/^inovasi-2026-\d{8}\.xlsx$/);
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(doc.bytes);
    expect(wb.worksheets.map((w) => w.name)).toEqual(["Inovasi", "Data dukung", "Rekap OPD", "SPD", "Skor"]);
    const inovasi = wb.getWorksheet("Inovasi")!;
    expect(inovasi.rowCount).toBe(13);
    expect(inovasi.views[0]).toMatchObject({ state: "frozen", ySplit: 1 });
    expect(inovasi.getColumn(2).width).toBeGreaterThan(20);
    expect(wb.getWorksheet("Skor")!.getColumn(2).numFmt ?? wb.getWorksheet("Skor")!.getRow(4).getCell(2).numFmt).toBe("#,##0.00");

    // Two evidence files are on disk for the first innovation (seeded with local paths).
    const evidenceDir = h.config.EVIDENCE_DIR;
    mkdirSync(join(evidenceDir, `inv-${ids[0]}`), { recursive: true });
    writeFileSync(join(evidenceDir, `inv-${ids[0]}`, "sk-0.pdf"), "%PDF-1.4 bukti");
    const zipCalls = await user.press(/data dukung/);
    expect(zipCalls.map((c) => c.method)).toEqual(expect.arrayContaining(["sendChatAction", "sendDocument"]));
    const zip = h.fake.callsOf("sendDocument").at(-1)!.payload.document;
    expect(zip.file_name).toMatch(/^bukti-2026-\d{8}\.zip$/);
    const entries = unzipSync(new Uint8Array(zip.bytes));
    const files = Object.keys(entries).filter((n) => !n.endsWith("/"));
    const [name] = files;
    expect(files).toHaveLength(1);
    expect(name).toMatch(/^Inovasi 1 [^/]+\/16-sk-0\.pdf$/);
    expect(Buffer.from(entries[name!]!).toString()).toBe("%PDF-1.4 bukti");
  });
});

describe("/impor", () => {
  it("importing the file just exported changes nothing", async () => {
    const { user } = setup();
    await user.send("/ekspor");
    const xlsx = await exportedXlsx();
    await user.send("/impor");
    const before = allTables(h.database.sqlite);
    await sendFile(user, xlsx, "inovasi.xlsx");
    expect(user.lastText()).toContain("Tidak ada perubahan");
    expect(allTables(h.database.sqlite)).toEqual(before);
  });

  it("a file with 3 bad rows imports nothing, and the reply names the rows and columns", async () => {
    const { user } = setup();
    await user.send("/ekspor");
    const bad = await editWorkbook(await exportedXlsx(), (ws, col) => {
      ws.getRow(2).getCell(col("tujuan")).value = "Perubahan yang sah tetapi tidak boleh masuk";
      ws.getRow(4).getCell(col("v20")).value = "tiga";
      ws.getRow(6).getCell(col("opd")).value = "Dinas Yang Tidak Ada";
      ws.getRow(9).getCell(col("status")).value = "selesai";
    });
    await user.send("/impor");
    const before = allTables(h.database.sqlite);
    await sendFile(user, bad, "perbaikan.xlsx");
    const text = user.lastText();
    expect(text).toContain("Tidak ada yang diimpor: 3 kesalahan di 3 baris");
    expect(text).toContain("Baris 4, kolom v20: level harus 0, 1, 2 atau 3");
    expect(text).toContain("Baris 6, kolom opd: OPD tidak dikenal");
    expect(text).toContain("Baris 9, kolom status: status harus draf");
    expect(allTables(h.database.sqlite)).toEqual(before);
    // The flow stays open: the corrected file is accepted without typing /impor again.
    const fixed = await editWorkbook(await exportedXlsx(), (ws, col) => void (ws.getRow(2).getCell(col("i18")).value = 3));
    await sendFile(user, fixed, "perbaikan.xlsx");
    expect(user.lastText()).toContain("1 diperbarui");
    expect(h.database.sqlite.prepare("select detail from audit_log where action = 'transfer.import'").all()).toHaveLength(1);
  });

  it("a long error report is split under Telegram's 4096-character limit", async () => {
    const { user } = setup(150);
    await user.send("/ekspor");
    const bad = await editWorkbook(await exportedXlsx(), (ws, col) => {
      for (let r = 2; r <= 151; r++) ws.getRow(r).getCell(col("tematik")).value = `Tema tidak dikenal nomor ${r}`;
    });
    await user.send("/impor");
    const calls = await sendFile(user, bad, "banyak.xlsx");
    const texts = calls.filter((c) => c.method === "sendMessage").map((c) => String(c.payload.text));
    expect(texts.length).toBeGreaterThan(2);
    expect(texts.every((t) => t.length <= 4096)).toBe(true);
    expect(texts.join("\n")).toContain("Baris 151, kolom tematik");
  });

  it("refuses a sticker or a PDF with a hint and asks again, changing nothing", async () => {
    const { user } = setup(2);
    await user.send("/impor");
    await user.sendRaw({ sticker: { file_id: "S1", file_unique_id: "US1", type: "regular", width: 1, height: 1, is_animated: false, is_video: false } });
    expect(user.lastText()).toMatch(/^Yang diharapkan adalah berkas dokumen[\s\S]*Kirim berkas \.xlsx/);
    await sendFile(user, Buffer.from("%PDF"), "data.pdf", "application/pdf");
    expect(user.lastText()).toMatch(/^Berkas harus berformat \.xlsx atau \.csv/);
    await sendFile(user, Buffer.from("bukan zip"), "data.xlsx");
    expect(user.lastText()).toMatch(/^Berkas tidak dapat dibaca/);
  });

  it("operators cannot export or import", async () => {
    setup(2);
    const opd = listOpds(h.db)[0]!;
    seedPerson(h, 7002, "operator", opd.name);
    const op = h.user(7002);
    await op.send("/ekspor");
    await op.send("/impor");
    expect(h.fake.callsOf("sendDocument")).toHaveLength(0);
    expect(op.texts().join("\n")).not.toContain("Kirim berkas .xlsx");
  });
});

describe("Grafik", () => {
  it("sends the standing as a PNG photo", async () => {
    const { user } = setup();
    const calls = (await user.pressData("graf:i")).filter((c) => c.method !== "setMyCommands");
    expect(calls.map((c) => c.method)).toEqual(["answerCallbackQuery", "sendChatAction", "sendPhoto"]);
    const photo = calls[2]!.payload.photo;
    expect(photo.file_name).toBe("grafik.png");
    const size = pngSize(photo.bytes);
    expect(size?.width).toBe(1000);
    expect(size!.height).toBeGreaterThan(300);
    expect(String(calls[2]!.payload.caption)).toContain("periode 2026");
  });

  it("an operator gets the picture too; a forged graf: button changes nothing", async () => {
    setup(4);
    seedPerson(h, 7002, "operator", listOpds(h.db)[0]!.name);
    const op = h.user(7002);
    expect((await op.pressData("graf:i")).some((c) => c.method === "sendPhoto")).toBe(true);
    const forged = await op.pressData("graf:999");
    expect(forged.map((c) => c.method)).toEqual(["answerCallbackQuery"]);
  });
});

import { existsSync, readdirSync, readFileSync, rmSync, statSync } from "node:fs";
import { join } from "node:path";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import type { Harness } from "../helpers/harness.js";
import type { TestUser } from "../helpers/test-user.js";
import type { Innovation, Person } from "../../src/db/schema.js";
import { seedPerson } from "../helpers/seed-people.js";
import { PERIOD_2026 } from "../../src/core/period/index.js";
import { setClaimedLevel } from "../../src/db/repo/innovations.js";
import { innovationHarness, PDF, rows, seedDraft, answerAllIndicators, seedProof } from "../helpers/innovation.js";

let h: Harness;
let evidenceDir: string;
let op: TestUser;
let operator: Person;
let inn: Innovation;

const JPG = Buffer.from([0xff, 0xd8, 0xff, 0xe0, 1, 2, 3]);
const MP4 = Buffer.from("....ftypisom");
// What an iPhone records: an ISO-media file of the QuickTime brand.
const MOV = Buffer.concat([Buffer.from([0, 0, 0, 0x14]), Buffer.from("ftypqt  "), Buffer.alloc(8)]);

beforeEach(() => {
  ({ h, evidenceDir } = innovationHarness());
  operator = seedPerson(h, 8001, "operator", "Dinas Kesehatan");
  op = h.user(8001);
  inn = seedDraft(h, operator, "Layanan Kilat");
});
afterEach(() => {
  h.close();
  rmSync(evidenceDir, { recursive: true, force: true });
});

async function sendPhoto(bytes: Buffer) {
  const ids = h.fake.addFile(bytes, "photo.jpg");
  return op.sendRaw({
    photo: [
      { ...ids, width: 90, height: 90 },
      { ...ids, width: 1280, height: 1280 },
    ],
  });
}

async function sendVideo(bytes: Buffer, options: { duration?: number; mime?: string } = {}) {
  const ids = h.fake.addFile(bytes, "video.mp4");
  return op.sendRaw({ video: { ...ids, width: 1280, height: 720, duration: options.duration ?? 180, mime_type: options.mime ?? "video/mp4" } });
}

/** The indicators before this one answered (wajib ones with a link), so /lanjut opens it; its level is chosen. */
async function atIndicator(code: string) {
  for (const ind of PERIOD_2026.sid.filter((i) => Number(i.code) < Number(code))) {
    setClaimedLevel(h.db, inn.id, ind.code, ind.wajib ? 1 : 0, h.now());
    if (ind.wajib) seedProof(h, operator, inn.id, ind.code);
  }
  await op.send("/lanjut");
  expect(op.lastText()).toContain(`${code}. `);
  await op.press(/^3 · /);
}

const evidence = () => rows(h, "select indicator_code, kind, file_name, mime_type, local_path from evidence order by id");

describe("evidence kinds follow the period's catalog", () => {
  it("a PDF-only indicator (16) refuses a photo and a link, naming what it takes, and keeps the PDF", async () => {
    await op.send("/lanjut");
    await op.press(/^1 · /);
    expect(op.lastText()).toContain("Kirim data dukung untuk indikator 16: PDF,");
    await sendPhoto(JPG);
    expect(op.lastText()).toBe("Jenis berkas itu tidak diterima untuk indikator ini. Yang diterima: PDF.");
    await op.send("https://serangkota.go.id/sk.pdf");
    expect(op.lastText()).toBe("Indikator ini tidak menerima tautan. Kirim PDF.");
    expect(evidence()).toEqual([]);
    await op.sendDocument(PDF, "sk.pdf", "application/pdf");
    expect(op.lastText()).toContain("Data dukung 16 diterima: sk.pdf");
    expect(evidence().map((e) => e.kind)).toEqual(["pdf"]);
  });

  it("a photo-only indicator (25) refuses a PDF and a link, and takes a photo saved as JPG", async () => {
    await atIndicator("25");
    expect(op.lastText()).toContain("Kirim data dukung untuk indikator 25: foto (JPG/PNG),");
    await op.sendDocument(PDF, "spanduk.pdf", "application/pdf");
    expect(op.lastText()).toBe("Jenis berkas itu tidak diterima untuk indikator ini. Yang diterima: foto (JPG/PNG).");
    await op.send("https://instagram.com/p/abc");
    expect(op.lastText()).toBe("Indikator ini tidak menerima tautan. Kirim foto (JPG/PNG).");
    expect(evidence().filter((e) => e.indicator_code === "25")).toEqual([]);
    await sendPhoto(JPG);
    expect(op.lastText()).toContain("Data dukung 25 diterima: 25-foto-1.jpg");
    const row = evidence().find((e) => e.indicator_code === "25");
    expect(row).toMatchObject({ kind: "image", file_name: null, mime_type: "image/jpeg" });
    expect(readFileSync(join(evidenceDir, row.local_path))).toEqual(JPG);
  });

  it("an indicator the guideline leaves open (19) takes a PDF, a photo or a link", async () => {
    await atIndicator("19");
    expect(op.lastText()).toContain("Kirim data dukung untuk indikator 19: PDF, foto (JPG/PNG) atau tautan (https://…)");
    await sendPhoto(JPG);
    await op.sendDocument(PDF, "sk.pdf", "application/pdf");
    await op.send("https://serangkota.go.id/aplikasi");
    expect(
      evidence()
        .filter((e) => e.indicator_code === "19")
        .map((e) => e.kind),
    ).toEqual(["image", "pdf", "link"]);
  });

  it("an iPhone .mov is taken for 35 both as a file and as a video, and saved as .mov", async () => {
    await atIndicator("35");
    await op.sendDocument(MOV, "IMG_0042.MOV", "video/quicktime");
    expect(op.lastText()).toContain("Data dukung 35 diterima: IMG_0042.MOV");
    await sendVideo(MOV, { mime: "video/quicktime" });
    expect(op.lastText()).toContain("Data dukung 35 diterima");
    const rows = evidence().filter((e) => e.indicator_code === "35");
    expect(rows.map((e) => [e.kind, String(e.local_path).slice(-4)])).toEqual([
      ["video", ".mov"],
      ["video", ".mov"],
    ]);
    expect(readFileSync(join(evidenceDir, rows[0].local_path))).toEqual(MOV);
  });

  it("a video Telegram reports as longer than 5 minutes is refused and nothing is stored", async () => {
    await atIndicator("35");
    await sendVideo(MP4, { duration: 301 });
    expect(op.lastText()).toBe(
      "Video itu lebih dari 5 menit; portal hanya menerima video paling lama 5 menit. Potong videonya, atau kirim video MP4/MOV atau tautan (https://…).",
    );
    expect(evidence().filter((e) => e.indicator_code === "35")).toEqual([]);
    await sendVideo(MP4, { duration: 300 });
    expect(op.lastText()).toContain("Data dukung 35 diterima");
  });

  it("the video indicator (35) takes an MP4 or a link, and refuses a photo or a PDF", async () => {
    // Every other indicator answered; a wajib one at level 0 would be the open item instead (issue 13).
    answerAllIndicators(h, operator, inn.id, "35");
    await op.send("/lanjut");
    expect(op.lastText()).toContain("35. ");
    await op.press(/^3 · /);
    const ask = "Kirim data dukung untuk indikator 35: video MP4/MOV atau tautan";
    expect(op.lastText()).toContain(ask);
    await sendPhoto(JPG);
    expect(op.lastText()).toContain("Jenis berkas itu tidak diterima untuk indikator ini. Yang diterima: video MP4/MOV atau tautan");
    expect(op.lastText()).not.toContain("\n"); // one line; the prompt is still above
    await op.sendDocument(PDF, "naskah.pdf", "application/pdf");
    expect(op.lastText()).toContain("tidak diterima");
    expect(evidence().filter((e) => e.indicator_code === "35")).toEqual([]);
    await sendVideo(MP4);
    expect(op.lastText()).toContain("Data dukung 35 diterima: video.mp4");
    await op.send("https://youtu.be/layanan-kilat");
    expect(
      evidence()
        .filter((e) => e.indicator_code === "35")
        .map((e) => e.kind),
    ).toEqual(["video", "link"]);
    expect(evidence().find((e) => e.indicator_code === "35").local_path).toMatch(/35-\d+\.mp4$/);
  });
});

describe("evidence is what it says it is", () => {
  // Real, minimal files: a 1x1 PNG and a one-page PDF.
  const PNG = Buffer.from("iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNk+M9QDwADhgGAWjR9awAAAABJRU5ErkJggg==", "base64");
  const REAL_PDF = Buffer.from(
    "%PDF-1.4\n1 0 obj<</Type/Catalog/Pages 2 0 R>>endobj\n2 0 obj<</Type/Pages/Kids[3 0 R]/Count 1>>endobj\n3 0 obj<</Type/Page/Parent 2 0 R/MediaBox[0 0 200 200]>>endobj\ntrailer<</Root 1 0 R>>\n%%EOF\n",
  );
  const ELF = Buffer.concat([Buffer.from([0x7f, 0x45, 0x4c, 0x46, 2, 1, 1, 0]), Buffer.alloc(120)]);
  const PE = Buffer.concat([Buffer.from("MZ"), Buffer.alloc(0x3a), Buffer.from([0x40, 0, 0, 0]), Buffer.from("PE\0\0"), Buffer.alloc(64)]);
  // 19 takes a PDF, a photo or a link, so content (not kind) decides here.
  const ask = "Kirim data dukung untuk indikator 19";
  const filesIn = (dir: string) => (existsSync(dir) ? readdirSync(dir, { recursive: true }).filter((f) => statSync(join(dir, String(f))).isFile()) : []);

  async function atIndicator19() {
    await atIndicator("19");
    expect(op.lastText()).toContain(ask);
  }
  const of19 = () => evidence().filter((e) => e.indicator_code === "19");

  it.each([
    ["an ELF executable renamed evil.pdf", ELF, "evil.pdf", "application/pdf"],
    ["a Windows program renamed sk.pdf", PE, "sk.pdf", undefined],
    ["a text file sent as foto.jpg", Buffer.from("ini cuma teks, bukan foto\n"), "foto.jpg", "image/jpeg"],
  ])("%s is refused, nothing is stored and the same question stays", async (_, bytes, name, mime) => {
    await atIndicator19();
    await op.sendDocument(bytes, name, mime);
    // One line (issue 13): the refusal, not the whole prompt again; the question stays open.
    expect(op.lastText()).toBe(
      "Isi berkas itu tidak sesuai jenisnya (mis. program yang dinamai .pdf), jadi tidak disimpan. Yang diterima: PDF, foto (JPG/PNG) atau tautan (https://…).",
    );
    expect(of19()).toEqual([]);
    expect(filesIn(evidenceDir)).toEqual([]);
    await op.sendDocument(REAL_PDF, "sk.pdf", "application/pdf");
    expect(of19()).toHaveLength(1);
  });

  it("a real small PDF and PNG are accepted and saved as sent; a PNG named .jpg is saved as .png", async () => {
    await atIndicator19();
    await op.sendDocument(REAL_PDF, "sk.pdf", "application/pdf");
    expect(op.lastText()).toContain("Data dukung 19 diterima: sk.pdf");
    await op.sendDocument(PNG, "layar.png", "image/png");
    await op.sendDocument(PNG, "layar.jpg", "image/jpeg");
    const rows = of19();
    expect(rows.map((r) => r.kind)).toEqual(["pdf", "image", "image"]);
    expect(rows.map((r) => String(r.local_path).slice(-4))).toEqual([".pdf", ".png", ".png"]);
    expect(readFileSync(join(evidenceDir, rows[1].local_path))).toEqual(PNG);
  });
});

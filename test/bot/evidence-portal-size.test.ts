import { existsSync, readFileSync, rmSync } from "node:fs";
import { join } from "node:path";
import { randomBytes } from "node:crypto";
import sharp from "sharp";
import { afterEach, beforeAll, beforeEach, describe, expect, it } from "vitest";
import type { Harness } from "../helpers/harness.js";
import type { TestUser } from "../helpers/test-user.js";
import type { Innovation, Person } from "../../src/db/schema.js";
import { seedPerson } from "../helpers/seed-people.js";
import { innovationHarness, PDF, rows, seedDraft, seedProof } from "../helpers/innovation.js";
import { PERIOD_2026 } from "../../src/core/period/index.js";
import { setClaimedLevel } from "../../src/db/repo/innovations.js";

// The national portal takes at most 2 MB per file (period data). Larger files are kept with a
// warning; a photo is offered a shrunken copy that fits, the original kept beside it.

let h: Harness;
let evidenceDir: string;
let op: TestUser;
let operator: Person;
let inn: Innovation;
let bigPng: Buffer;

beforeAll(async () => {
  // Noise does not compress: 1000×800 RGB is about 2,4 MB as PNG.
  const w = 1000;
  const ht = 800;
  const raw = randomBytes(w * ht * 3);
  bigPng = await sharp(raw, { raw: { width: w, height: ht, channels: 3 } })
    .png()
    .toBuffer();
});

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

async function atIndicator(code: string) {
  for (const ind of PERIOD_2026.sid.filter((i) => Number(i.code) < Number(code))) {
    setClaimedLevel(h.db, inn.id, ind.code, ind.wajib ? 1 : 0, h.now());
    if (ind.wajib) seedProof(h, operator, inn.id, ind.code);
  }
  await op.send("/lanjut");
  await op.press(/^3 · /);
}

const stored = (code: string) => rows(h, `select * from evidence where indicator_code = '${code}' order by id`);

describe("files above the portal's 2 MB", () => {
  it("a 2,4 MB PNG is kept with the warning, and its shrunken copy opens as an image under 2 MB", async () => {
    expect(bigPng.length).toBeGreaterThan(2_000_000);
    await atIndicator("25");
    await op.sendDocument(bigPng, "spanduk.png", "image/png");
    const texts = op.texts();
    const warning = texts.find((t) => t.includes("portal menerima paling besar 2 MB"));
    expect(warning).toContain(`⚠ spanduk.png ${(bigPng.length / 1e6).toFixed(1).replace(".", ",")} MB: portal menerima paling besar 2 MB.`);
    expect(op.lastText()).toContain("Data dukung 25 diterima: spanduk.png");
    const [row] = stored("25");
    expect(row).toMatchObject({ kind: "image", size_bytes: bigPng.length, portal_copy_path: null });

    await op.press("Buat salinan kecil");
    expect(op.lastText()).toMatch(/^✓ Salinan kecil spanduk\.png dibuat: \d,\d MB \(1\.000×800 piksel\)/);
    const [after] = stored("25");
    const copy = readFileSync(join(evidenceDir, after.portal_copy_path));
    expect(copy.length).toBeLessThan(2_000_000);
    expect(after.portal_copy_bytes).toBe(copy.length);
    const meta = await sharp(copy).metadata();
    expect(meta.format).toBe("jpeg");
    expect(meta.width).toBeGreaterThan(0);
    // The original is kept as it was sent.
    expect(readFileSync(join(evidenceDir, after.local_path))).toEqual(bigPng);
    expect(rows(h, "select action from audit_log where action = 'evidence.shrink'")).toHaveLength(1);

    // Pressed again: nothing new is made.
    await op.press("Buat salinan kecil");
    expect(op.lastText()).toContain("Salinan kecil berkas itu sudah ada");
  });

  it("a PDF above 2 MB is kept with the warning and no shrink button; a small PDF gets no warning", async () => {
    await atIndicator("16");
    await op.sendDocument(PDF, "kecil.pdf", "application/pdf");
    expect(op.texts().some((t) => t.includes("portal menerima"))).toBe(false);
    const big = Buffer.concat([PDF, Buffer.alloc(2_500_000, 0x20)]);
    const before = op.callsToMe().length;
    await op.sendDocument(big, "SK Walikota.pdf", "application/pdf");
    const newCalls = op.callsToMe().slice(before);
    const warning = newCalls.find((c) => String(c.payload.text ?? "").includes("portal menerima"));
    expect(warning?.payload.text).toBe(
      "⚠ SK Walikota.pdf 2,5 MB: portal menerima paling besar 2 MB. Berkas tetap disimpan; perkecil sebelum diunggah ke portal.",
    );
    expect(warning?.payload.reply_markup).toBeUndefined();
    expect(
      stored("16")
        .map((r) => r.size_bytes)
        .slice(-2),
    ).toEqual([PDF.length, big.length]);
  });

  it("the innovation's review lists the files above the limit", async () => {
    await atIndicator("25");
    await op.sendDocument(bigPng, "spanduk.png", "image/png");
    await op.send("/batal");
    await op.send("/inovasi");
    await op.press("Layanan Kilat");
    const detail = op.texts().slice(-2).join("\n");
    expect(detail).toContain("Berkas di atas batas portal (2 MB):");
    expect(detail).toMatch(/• 25 spanduk\.png: 2,\d MB/);
  });

  it("an operator of another OPD cannot shrink the file; nothing is made", async () => {
    await atIndicator("25");
    await op.sendDocument(bigPng, "spanduk.png", "image/png");
    seedPerson(h, 8002, "operator", "Dinas Sosial");
    const other = h.user(8002);
    const [row] = stored("25");
    await other.pressData(`evs:${row.id}`);
    expect(stored("25")[0].portal_copy_path).toBeNull();
    expect(existsSync(join(evidenceDir, String(row.local_path).replace(/\.png$/, "-kecil.jpg")))).toBe(false);
  });
});

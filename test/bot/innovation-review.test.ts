import { rmSync } from "node:fs";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import type { Harness } from "../helpers/harness.js";
import type { TestUser } from "../helpers/test-user.js";
import type { Person } from "../../src/db/schema.js";
import { seedPerson } from "../helpers/seed-people.js";
import { innovationHarness, innovationRows, seedDraft, words } from "../helpers/innovation.js";
import { addEvidence, setClaimedLevel, setStatus } from "../../src/db/repo/innovations.js";
import { PAGE_SIZE } from "../../src/bot/ui/paged-keyboard.js";

let h: Harness;
let evidenceDir: string;
let op: TestUser;
let admin: TestUser;
let operator: Person;

const APOLOGY = "Maaf, terjadi kesalahan";
const NOT_MODIFIED = {
  ok: false as const,
  error_code: 400,
  description: "Bad Request: message is not modified: specified new message content and reply markup are exactly the same",
};

beforeEach(() => {
  ({ h, evidenceDir } = innovationHarness());
  operator = seedPerson(h, 8001, "operator", "Dinas Kesehatan");
  seedPerson(h, 7001, "admin");
  op = h.user(8001);
  admin = h.user(7001);
});
afterEach(() => {
  h.close();
  rmSync(evidenceDir, { recursive: true, force: true });
});

/** Every text the fake Bot API received fits Telegram's limit and no apology was sent. */
function expectNothingRefused() {
  for (const c of h.fake.calls) if (typeof c.payload.text === "string") expect([...c.payload.text].length).toBeLessThanOrEqual(4096);
  expect(h.fake.calls.some((c) => String(c.payload.text ?? "").includes(APOLOGY))).toBe(false);
}

describe("lists a page at a time", () => {
  it("/inovasi pages through an OPD's many innovations", async () => {
    for (let i = 1; i <= 20; i++) seedDraft(h, operator, `Inovasi ke-${String(i).padStart(2, "0")}`);
    await op.send("/inovasi");
    expect(op.lastText()).toContain("penilaian 2026 (20)");
    const first = op.buttons().filter((b) => b.startsWith("Inovasi ke-"));
    expect(first).toHaveLength(PAGE_SIZE);
    expect(
      op
        .lastText()
        .split("\n")
        .filter((l) => l.startsWith("• ")),
    ).toHaveLength(PAGE_SIZE);
    expect(op.buttons()).toContain("1/3");
    await op.press("›");
    const second = op.buttons().filter((b) => b.startsWith("Inovasi ke-"));
    expect(second).toHaveLength(PAGE_SIZE);
    expect(second.some((b) => first.includes(b))).toBe(false);
    expect(h.fake.callsOf("editMessageText").at(-1)!.payload.text).toContain(`• ${second[0]} — Draf`);
    // The current page's button re-shows the same page; Telegram says "not modified", not an error.
    h.fake.override("editMessageText", () => NOT_MODIFIED);
    await op.press("2/3");
    expectNothingRefused();
  });

  it("/verifikasi pages through a long queue", async () => {
    for (let i = 1; i <= 12; i++)
      setStatus(h.db, seedDraft(h, operator, `Antre ${String(i).padStart(2, "0")}`).id, "diajukan", h.now(), { submittedAt: h.now() });
    await admin.send("/verifikasi");
    expect(admin.lastText()).toContain("12 inovasi diajukan");
    expect(admin.buttons().filter((b) => b.startsWith("Antre "))).toHaveLength(PAGE_SIZE);
    await admin.press("›");
    expect(admin.buttons().filter((b) => b.startsWith("Antre "))).toHaveLength(12 - PAGE_SIZE);
    expect(admin.lastText()).toContain("• Antre 12 — Dinas Kesehatan");
    await admin.press(/^Antre 12 · Dinas Kesehatan/);
    expect(admin.lastText()).toContain("Antre 12\nOPD: Dinas Kesehatan");
  });

  it("the urusan pager's current-page button changes nothing and shows no error", async () => {
    await op.send("/inovasi_baru");
    await op.send("Si Cantik Sehat");
    for (const b of ["Uji coba", "OPD", "Digital", "Inovasi pelayanan publik"]) await op.press(b);
    await op.press(/^SDM, sains/);
    h.fake.override("editMessageReplyMarkup", () => NOT_MODIFIED);
    const calls = await op.press("1/5");
    expect(calls.filter((c) => c.method === "sendMessage")).toEqual([]);
    expectNothingRefused();
    await op.press("Kesehatan");
    expect(innovationRows(h)[0].urusan_utama).toBe("kesehatan");
  });
});

describe("the summary", () => {
  it("is split under Telegram's 4096 characters, with the buttons on its last part, for operator and verifier", async () => {
    const long = "Kalimat yang panjang untuk diuji. ".repeat(120).trim().slice(0, 4000);
    const name = `Inovasi ${"x".repeat(190)}`;
    const inn = seedDraft(h, operator, name, { tujuan: long, manfaat: long, hasil: long, rancangBangun: [words(300)] });
    await op.send("/inovasi");
    await op.press(/^Inovasi x/);
    const parts = h.fake
      .callsOf("sendMessage")
      .filter((c) => c.payload.chat_id === 8001)
      .slice(1);
    expect(parts.length).toBeGreaterThan(2);
    expect(parts.slice(0, -1).every((c) => c.payload.reply_markup === undefined)).toBe(true);
    expect(op.buttons()).toContain("Ajukan ke Bappeda");
    expect(parts.map((c) => c.payload.text).join("\n")).toContain(`Tujuan: ${long}`);

    setStatus(h.db, inn.id, "diajukan", h.now(), { submittedAt: h.now() });
    await admin.send("/verifikasi");
    await admin.press(/^Inovasi x/);
    expect(admin.buttons()).toContain("Setujui");
    // The verifier reads the same texts in full, split the same way, with a way back on the last part.
    const before = h.fake.callsOf("sendMessage").length;
    await admin.press("Baca profil lengkap");
    const adminParts = h.fake.callsOf("sendMessage").slice(before);
    expect(adminParts.length).toBeGreaterThan(2);
    expect(adminParts.every((c) => c.payload.text.length <= 4096)).toBe(true);
    expect(adminParts.slice(0, -1).every((c) => c.payload.reply_markup === undefined)).toBe(true);
    expect(adminParts.map((c) => c.payload.text).join("\n")).toContain(`Tujuan: ${long}`);
    expect(adminParts.map((c) => c.payload.text).join("\n")).toContain(words(300));
    expect(admin.buttons()).toEqual(["‹ Kembali"]);
    expectNothingRefused();
  });

  it("says what still blocks submission while the innovation may change", async () => {
    const inn = seedDraft(h, operator, "Layanan Kilat", { waktuUjiCoba: null });
    await op.send("/inovasi");
    expect(op.lastText()).toContain("Layanan Kilat — Draf · Skor kematangan: 0/111 · 6 hal belum lengkap");
    await op.press("Layanan Kilat");
    const summary = op.texts().slice(-1)[0]!;
    expect(summary).toContain("Belum lengkap (6):\n• Waktu uji coba belum diisi\n• Indikator wajib 16 Regulasi inovasi daerah belum diberi level");
    setStatus(h.db, inn.id, "terverifikasi", h.now());
    await op.press("Layanan Kilat");
    expect(op.lastText()).not.toContain("Belum lengkap");
  });
});

describe("edits and locks", () => {
  it("changing the inisiator from OPD to ASN asks the initiator's name before the summary", async () => {
    seedDraft(h, operator, "Layanan Kilat");
    await op.send("/inovasi");
    await op.press("Layanan Kilat");
    await op.press("Ubah profil");
    await op.press("Inisiator");
    await op.press("ASN");
    expect(op.lastText()).toContain("Siapa nama inisiatornya?");
    await op.send("Budi Hartono");
    expect(innovationRows(h)[0]).toMatchObject({ inisiator: "asn", nama_inisiator: "Budi Hartono" });
    expect(op.lastText()).toContain("Nama inisiator: Budi Hartono");
    expect(op.buttons()).toContain("Ajukan ke Bappeda");
  });

  it("text at an indicator question of an innovation another operator has since submitted says it is locked", async () => {
    const inn = seedDraft(h, operator, "Layanan Kilat");
    await op.send("/lanjut");
    expect(op.lastText()).toContain("Indikator 1 dari 20");
    setStatus(h.db, inn.id, "diajukan", h.now(), { submittedAt: h.now() });
    await op.send("level 2");
    expect(op.lastText()).toContain("berstatus Diajukan; isiannya terkunci");
    expect(h.fake.callsOf("sendMessage").at(-1)!.payload.reply_markup).toBeUndefined();
    await op.pressData(`inn:l:${inn.id}:16:2`);
    expect(innovationRows(h)[0].claimed_levels).toBe("{}");
  });
});

describe("evidence files for the verifier", () => {
  it("re-sends each file with the method of its type and says which could not be sent", async () => {
    const inn = seedDraft(h, operator, "Layanan Kilat");
    for (const code of ["16", "17", "18", "19", "35"]) setClaimedLevel(h.db, inn.id, code, 1, h.now());
    const base = { scope: "sid" as const, innovationId: inn.id, periodYear: 2026, createdBy: operator.id, createdAt: h.now() };
    addEvidence(h.db, { ...base, indicatorCode: "16", kind: "pdf", telegramFileId: "DOC-PDF", fileName: "sk.pdf", mimeType: "application/pdf" });
    addEvidence(h.db, { ...base, indicatorCode: "17", kind: "image", telegramFileId: "DOC-PNG", fileName: "layar.png", mimeType: "image/png" });
    addEvidence(h.db, { ...base, indicatorCode: "18", kind: "image", telegramFileId: "PHOTO", fileName: null, mimeType: "image/jpeg" });
    addEvidence(h.db, { ...base, indicatorCode: "35", kind: "video", telegramFileId: "DOC-MP4", fileName: "video.mp4", mimeType: "video/mp4" });
    addEvidence(h.db, { ...base, indicatorCode: "19", kind: "pdf", telegramFileId: "GONE", fileName: "hilang.pdf", mimeType: "application/pdf" });
    setStatus(h.db, inn.id, "diajukan", h.now(), { submittedAt: h.now() });
    // As Telegram does: a file id only goes with its own type; one file is gone altogether.
    const refuse = { ok: false as const, error_code: 400, description: "Bad Request: wrong file identifier/HTTP URL specified" };
    h.fake.override("sendVideo", () => refuse);
    h.fake.override("sendDocument", (p) => (p.document === "GONE" ? refuse : undefined));
    await admin.send("/verifikasi");
    await admin.press(/^Layanan Kilat/);
    const calls = await admin.press("Data dukung (zip)");
    const sent = (method: string) => calls.filter((c) => c.method === method).map((c) => c.payload.photo ?? c.payload.document);
    expect(sent("sendPhoto")).toEqual(["PHOTO"]);
    expect(sent("sendDocument")).toEqual(["DOC-PDF", "DOC-PNG", "DOC-MP4", "GONE"]);
    expect(admin.lastText()).toContain("1 berkas tidak dapat dikirim ulang (indikator 19)");
    expectNothingRefused();
  });
});

import { mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { Harness } from "../helpers/harness.js";
import type { TestUser } from "../helpers/test-user.js";
import { seedPerson } from "../helpers/seed-people.js";
import { getSpdLevels } from "../../src/db/repo/spd.js";
import { listSpdEvidence } from "../../src/db/repo/innovations.js";
import { activatePeriod } from "../../src/db/repo/periods.js";

let h: Harness;
let admin: TestUser;
let evidenceDir: string;

beforeEach(async () => {
  evidenceDir = mkdtempSync(join(tmpdir(), "inovasi-spd-evidence-"));
  h = new Harness({ env: { ADMIN_IDS: "7001", EVIDENCE_DIR: evidenceDir } });
  admin = h.user(7001);
  await admin.send("/start");
});
afterEach(() => {
  h.close();
  rmSync(evidenceDir, { recursive: true, force: true });
});

const audits = () =>
  h.database.sqlite.prepare("select action, target, detail from audit_log order by id").all() as { action: string; target: string; detail: string }[];
const sticker = { sticker: { file_id: "s", file_unique_id: "s", type: "regular" as const, width: 1, height: 1, is_animated: false, is_video: false } };

describe("/spd", () => {
  it("walks the active period's SPD indicators with level buttons and evidence, audited", async () => {
    await admin.send("/spd");
    expect(admin.lastText()).toContain("Indikator SPD periode 2026: skor SPD 0,00 / 63, 0 dari 20 indikator terisi.");
    expect(admin.lastText()).toContain("1. Visi dan misi inovasi kepala daerah: level –, data dukung 0");
    await admin.press("Lanjutkan yang belum diisi");
    expect(admin.lastText()).toContain("Indikator 1 dari 20");
    expect(admin.lastText()).toContain("1. Visi dan misi inovasi kepala daerah (wajib)");
    expect(admin.lastText()).toContain("Pilih level yang sesuai dengan kondisi pemerintah daerah:");

    await admin.send("3");
    expect(admin.lastText()).toContain("Pilih level dengan tombol di bawah pertanyaan.");
    expect(admin.lastText()).toContain("Indikator 1 dari 20");
    expect(getSpdLevels(h.db, 2026)).toEqual({});

    await admin.pressData("spd:l:1:3");
    expect(admin.lastText()).toContain("✓ Indikator 1: level 3. Skor SPD sekarang 3,00 / 63.");
    expect(admin.lastText()).toContain("Kirim data dukung untuk indikator 1");

    await admin.sendRaw(sticker);
    expect(admin.lastText()).toContain("Kirim data dukung untuk indikator 1");
    await admin.send("bukan tautan");
    expect(admin.lastText()).toContain("Itu bukan tautan yang sah");
    expect(listSpdEvidence(h.db, 2026)).toEqual([]);

    const file = h.fake.addFile("%PDF-1.4 visi misi", "rpjmd.pdf");
    await admin.sendRaw({ document: { ...file, file_name: "rpjmd.pdf", mime_type: "application/pdf" } });
    expect(admin.lastText()).toContain("✓ Data dukung diterima: rpjmd.pdf");
    expect(admin.lastText()).toContain("Indikator ini sudah punya 1 data dukung.");
    const [ev] = listSpdEvidence(h.db, 2026);
    expect(ev).toMatchObject({ scope: "spd", periodYear: 2026, innovationId: null, indicatorCode: "1", kind: "pdf" });
    expect(readFileSync(join(evidenceDir, ev!.localPath!), "utf8")).toBe("%PDF-1.4 visi misi");

    await admin.press("Lanjut ›");
    expect(admin.lastText()).toContain("Indikator 2 dari 20");
    expect(admin.lastText()).toContain("2a. ");
    // Level 0 needs no evidence: straight on to the next indicator.
    await admin.pressData("spd:l:2a:0");
    expect(admin.lastText()).toContain("✓ Indikator 2a: level 0.");
    expect(admin.lastText()).toContain("Indikator 3 dari 20");

    // A button of another indicator than the open one changes nothing.
    await admin.pressData("spd:l:5a:3");
    expect(getSpdLevels(h.db, 2026)).toEqual({ "1": 3, "2a": 0 });

    expect(audits().map((a) => [a.action, a.target])).toEqual([
      ["spd.level", "spd:2026:1"],
      ["spd.evidence", "spd:2026:1"],
      ["spd.level", "spd:2026:2a"],
    ]);
    expect(JSON.parse(audits()[0]!.detail)).toEqual({ from: null, to: 3 });

    await admin.send("/skor");
    await admin.press("Rincian");
    expect(admin.lastText()).toContain("• SPD: 3,00 / 63");
  });

  it("resumes after a restart and stops without writing when the active period changed", async () => {
    await admin.send("/spd");
    await admin.press("Lanjutkan yang belum diisi");
    h.restart();
    await admin.pressData("spd:l:1:2");
    expect(getSpdLevels(h.db, 2026)).toEqual({ "1": 2 });
    await admin.press("Lewati, kirim nanti");
    expect(admin.lastText()).toContain("Indikator 2 dari 20");
    activatePeriod(h.db, 2023, h.now());
    await admin.pressData("spd:l:2a:3");
    expect(admin.lastText()).toContain("Periode aktif sudah berganti ke 2023");
    expect(getSpdLevels(h.db, 2026)).toEqual({ "1": 2 });
    expect(getSpdLevels(h.db, 2023)).toEqual({});
  });

  it("ends on the overview after the last indicator", async () => {
    await admin.send("/spd");
    await admin.pressData("spd:i:15");
    expect(admin.lastText()).toContain("Indikator 20 dari 20");
    await admin.pressData("spd:l:15:0");
    expect(admin.lastText()).toContain("Semua indikator SPD sudah dilalui.");
    expect(admin.lastText()).toContain("1 dari 20 indikator terisi");
  });

  it("is refused to a pimpinan and an operator", async () => {
    seedPerson(h, 7002, "pimpinan");
    seedPerson(h, 7003, "operator", "Dinas Kesehatan");
    for (const id of [7002, 7003]) {
      const u = h.user(id);
      await u.send("/spd");
      expect(u.lastText()).toContain("Perintah /spd hanya untuk: Admin Bappeda.");
      await u.pressData("spd:l:1:3");
    }
    expect(getSpdLevels(h.db, 2026)).toEqual({});
  });

  it("lets an admin reviewing the indicators skip one, keeping its level and writing nothing", async () => {
    await admin.send("/spd");
    await admin.press("Lanjutkan yang belum diisi");
    await admin.press(/^2 · /);
    await admin.press("Lewati, kirim nanti");
    expect(admin.lastText()).toContain("Indikator 2 dari 20");
    await admin.send("/spd");
    await admin.press("1. Visi dan misi inovasi kepala daerah · 2");
    const before = audits().length;
    await admin.press("Lewati, biarkan seperti ini ›");
    expect(admin.lastText()).toContain("Indikator 2 dari 20");
    expect(getSpdLevels(h.db, 2026)["1"]).toBe(2);
    expect(audits()).toHaveLength(before);
    // The skip button of an earlier question is stale once the flow moved on.
    const answer = (await admin.pressData("spd:k:1")).find((c) => c.method === "answerCallbackQuery");
    expect(answer?.payload.show_alert).toBe(true);
  });
});

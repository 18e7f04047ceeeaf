import { rmSync } from "node:fs";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import type { Harness } from "../helpers/harness.js";
import type { TestUser } from "../helpers/test-user.js";
import { seedPerson } from "../helpers/seed-people.js";
import { innovationHarness, innovationRows, rows } from "../helpers/innovation.js";
import { createInnovation, setClaimedLevel, setStatus } from "../../src/db/repo/innovations.js";
import type { Person } from "../../src/db/schema.js";

let h: Harness;
let evidenceDir: string;
let admin: TestUser;
let operator: Person;

beforeEach(async () => {
  ({ h, evidenceDir } = innovationHarness());
  operator = seedPerson(h, 8001, "operator", "Inspektorat");
  seedPerson(h, 8003, "operator", "Inspektorat");
  seedPerson(h, 7001, "admin");
  admin = h.user(7001);
});
afterEach(() => {
  h.close();
  rmSync(evidenceDir, { recursive: true, force: true });
});

function submittedInnovation(name = "Probity Audit Daring"): number {
  const inn = createInnovation(h.db, { opdId: operator.opdId!, periodYear: 2026, createdBy: operator.id, nama: name }, h.now());
  setClaimedLevel(h.db, inn.id, "16", 3, h.now());
  setStatus(h.db, inn.id, "diajukan", h.now(), { submittedAt: h.now() });
  return inn.id;
}

describe("/verifikasi", () => {
  it("returns with a note even when one operator has blocked the bot; the other is told", async () => {
    const id = submittedInnovation();
    h.fake.override("sendMessage", (p) =>
      p.chat_id === 8001 ? { ok: false, error_code: 403, description: "Forbidden: bot was blocked by the user" } : undefined,
    );
    await admin.send("/verifikasi");
    await admin.press(/^Probity Audit Daring/);
    await admin.press("Kembalikan");
    await admin.send("   ");
    expect(admin.lastText()).toContain("tidak boleh kosong");
    expect(innovationRows(h)[0].status).toBe("diajukan");
    await admin.send("Nomor SK pada indikator 16 tidak terbaca.");
    expect(admin.lastText()).toContain("dikembalikan");
    expect(innovationRows(h)[0]).toMatchObject({ status: "dikembalikan", return_note: "Nomor SK pada indikator 16 tidak terbaca." });
    expect(rows(h, "select action, target from audit_log")).toEqual([{ action: "innovation.return", target: `innovation:${id}` }]);
    expect(h.user(8003).lastText()).toContain("Nomor SK pada indikator 16 tidak terbaca.");
  });

  it("tells each operator in the language they chose, whatever the admin's language", async () => {
    submittedInnovation();
    await h.user(8003).send("/bahasa");
    await h.user(8003).press("English");
    await admin.send("/verifikasi");
    await admin.press(/^Probity Audit Daring/);
    await admin.press("Kembalikan");
    await admin.send("Lengkapi SK.");
    expect(h.user(8003).lastText()).toMatch(/^"Probity Audit Daring" was returned/);
    expect(h.user(8001).lastText()).toContain("dikembalikan");
  });

  it("refuses stale buttons for an innovation that is no longer submitted, changing nothing", async () => {
    const id = submittedInnovation();
    await admin.send("/verifikasi");
    await admin.press(/^Probity Audit Daring/);
    setStatus(h.db, id, "ditarik", h.now());
    const before = JSON.stringify(innovationRows(h));
    await admin.press("Setujui");
    expect(h.fake.callsOf("answerCallbackQuery").at(-1)!.payload.text).toContain("tidak sedang diajukan (status: Ditarik)");
    await admin.pressData(`ver:l:${id}:16:1`);
    expect(JSON.stringify(innovationRows(h))).toBe(before);
    expect(rows(h, "select * from audit_log")).toEqual([]);
  });

  it("approval keeps the admin's level beside the claim and takes undisputed claims as verified", async () => {
    const id = submittedInnovation();
    await admin.send("/verifikasi");
    await admin.press(/^Probity Audit Daring/);
    await admin.press("16 · 3");
    expect(admin.lastText()).toContain("Klaim OPD: level 3.");
    await admin.press(/^2 · /);
    await admin.pressData(`ver:a:${id}`);
    const inn = innovationRows(h)[0];
    expect(inn.status).toBe("terverifikasi");
    expect(JSON.parse(inn.claimed_levels)).toEqual({ "16": 3 });
    expect(JSON.parse(inn.verified_levels)).toEqual({ "16": 2 });
    expect(h.user(8001).lastText()).toContain("sudah diverifikasi Bappeda");
    expect(rows(h, "select action from audit_log order by id").map((r) => r.action)).toEqual(["innovation.verify-level", "innovation.verify"]);
  });
});

describe("what the operator is told", () => {
  async function returnWith(note: string) {
    await admin.send("/verifikasi");
    await admin.press(/^Probity Audit Daring/);
    await admin.press("Kembalikan");
    await admin.send(note);
  }

  it("a return notice is one message whose [Perbaiki sekarang] opens the indicator the note names", async () => {
    submittedInnovation();
    const before = h.user(8001).texts().length;
    await returnWith("Nomor SK pada indikator 16 tidak terbaca.");
    const op = h.user(8001);
    expect(op.texts().length).toBe(before + 1);
    expect(op.buttons()).toEqual(["Perbaiki sekarang"]);
    await op.press("Perbaiki sekarang");
    expect(op.lastText()).toContain("16. Regulasi inovasi daerah");
    await op.press(/^2 · /);
    expect(JSON.parse(innovationRows(h)[0].claimed_levels)["16"]).toBe(2);
  });

  it("opens the profile field the note names, or the review when it names nothing", async () => {
    const id = submittedInnovation();
    await returnWith("Rancang bangun kurang rinci; jelaskan alurnya.");
    const op = h.user(8001);
    await op.press("Perbaiki sekarang");
    expect(op.lastText()).toContain("Kirim rancang bangun yang baru");
    await op.send("/batal");
    setStatus(h.db, id, "diajukan", h.now(), { submittedAt: h.now() });
    await returnWith("Lengkapi semuanya.");
    await op.press("Perbaiki sekarang");
    expect(op.texts().join("\n")).toContain("Catatan Bappeda: Lengkapi semuanya.");
    expect(op.buttons()).toContain("Ajukan ke Bappeda");
  });

  it("an approval notice lists each level Bappeda changed and the resulting kematangan, in the operator's language", async () => {
    const id = submittedInnovation();
    setClaimedLevel(h.db, id, "17", 2, h.now());
    await h.user(8003).send("/bahasa");
    await h.user(8003).press("English");
    await admin.send("/verifikasi");
    await admin.press(/^Probity Audit Daring/);
    await admin.press("16 · 3");
    await admin.press(/^1 · /);
    await admin.press("Setujui");
    const notice = h.user(8001).lastText();
    expect(notice).toContain('Inovasi "Probity Audit Daring" sudah diverifikasi Bappeda.');
    expect(notice).toContain("Level yang diubah Bappeda (klaim → verifikasi):\n• 16 Regulasi inovasi daerah: 3 → 1");
    expect(notice).not.toContain("• 17");
    expect(notice).toMatch(/Kematangan: (\d+)\/111 \(klaim (\d+)\/111\)\.$/);
    const [, verified, claimed] = /Kematangan: (\d+)\/111 \(klaim (\d+)\/111\)/.exec(notice)!;
    expect(Number(verified)).toBeLessThan(Number(claimed));
    expect(h.user(8003).lastText()).toContain("Levels Bappeda changed (claimed → verified):\n• 16 Regulasi inovasi daerah: 3 → 1");
    await h.user(8001).press("Buka inovasi");
    expect(h.user(8001).texts().join("\n")).toContain("Terverifikasi");
  });
});

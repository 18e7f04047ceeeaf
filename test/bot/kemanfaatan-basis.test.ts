import { rmSync } from "node:fs";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import type { Harness } from "../helpers/harness.js";
import type { TestUser } from "../helpers/test-user.js";
import type { Innovation, Person } from "../../src/db/schema.js";
import { seedPerson } from "../helpers/seed-people.js";
import { innovationHarness, rows, seedDraft, seedProof } from "../helpers/innovation.js";
import { PERIOD_2026 } from "../../src/core/period/index.js";
import { findInnovation, setClaimedLevel, setStatus } from "../../src/db/repo/innovations.js";

// 2026's indicator 33 (kemanfaatan): the OPD picks one basis with one tap, then that basis's
// levels; the basis is stored and shown to the verifier.

let h: Harness;
let evidenceDir: string;
let op: TestUser;
let operator: Person;
let inn: Innovation;

beforeEach(() => {
  ({ h, evidenceDir } = innovationHarness());
  operator = seedPerson(h, 8001, "operator", "Dinas Kesehatan");
  op = h.user(8001);
  inn = seedDraft(h, operator, "Layanan Kilat");
  for (const ind of PERIOD_2026.sid.filter((i) => Number(i.code) < 33)) {
    setClaimedLevel(h.db, inn.id, ind.code, ind.wajib ? 1 : 0, h.now());
    if (ind.wajib) seedProof(h, operator, inn.id, ind.code);
  }
});
afterEach(() => {
  h.close();
  rmSync(evidenceDir, { recursive: true, force: true });
});

describe("indicator 33's basis", () => {
  it("is asked first with one button per basis; its levels follow; 'Ganti dasar' asks again; the verifier sees it", async () => {
    await op.send("/lanjut");
    expect(op.lastText()).toContain("33. Kemanfaatan inovasi: pilih satu dasar kemanfaatan");
    await op.press("Efisiensi belanja");
    expect(findInnovation(h.db, inn.id)!.claimedBases).toEqual({ "33": "efisiensi" });
    const question = op.lastText();
    expect(question).toContain("✓ Dasar indikator 33: Efisiensi belanja.");
    expect(question).toContain("Efisiensi tingkat 1 menurut pedoman");
    expect(question).not.toContain("1–200 orang");

    await op.press("Ganti dasar");
    expect(op.lastText()).toContain("Dasar sekarang: Efisiensi belanja.");
    await op.press("Jumlah orang penerima manfaat");
    expect(op.lastText()).toContain("201–500 orang");
    await op.press(/^2 · 201–500 orang/);
    expect(findInnovation(h.db, inn.id)).toMatchObject({ claimedBases: { "33": "orang" }, claimedLevels: expect.objectContaining({ "33": 2 }) });

    setStatus(h.db, inn.id, "diajukan", h.now(), { submittedAt: h.now() });
    seedPerson(h, 7001, "admin");
    const admin = h.user(7001);
    await admin.send("/verifikasi");
    await admin.press(/Layanan Kilat/);
    expect(admin.texts().join("\n")).toContain("Dasar indikator 33: Jumlah orang penerima manfaat");
    expect(rows(h, "select claimed_bases from innovations")[0].claimed_bases).toBe('{"33":"orang"}');
  });
});

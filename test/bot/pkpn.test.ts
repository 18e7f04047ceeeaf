import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { type Harness, withAdmin } from "../helpers/harness.js";
import type { TestUser } from "../helpers/test-user.js";
import { seedPerson } from "../helpers/seed-people.js";
import { innovationRows, seedDraft } from "../helpers/innovation.js";
import { PERIOD_2026 } from "../../src/core/period/index.js";
import { applyChange } from "../../src/core/period/edit.js";
import { getPeriod, savePeriod, seedShippedPeriods } from "../../src/db/repo/periods.js";

// PKPN clusters (issue 16): a list in the period data that an admin fills in /periode (2026
// ships it empty, no public source lists them); the profile asks it only when there is a list.

let h: Harness;
let admin: TestUser;
let op: TestUser;

beforeEach(async () => {
  ({ h, admin } = await withAdmin());
  seedPerson(h, 8101, "operator", "Dinas Kesehatan");
  op = h.user(8101);
});
afterEach(() => h.close());

const CLUSTERS = [
  { id: "pangan", name: "Ketahanan pangan" },
  { id: "digital", name: "Transformasi digital" },
];
const withClusters = () => savePeriod(h.db, applyChange(getPeriod(h.db, 2026)!, { field: "pkpn", value: CLUSTERS }), h.now());
const periodRows = () => JSON.stringify(h.database.sqlite.prepare("select year, data from periods order by year").all());

/** From the name question to the tematik answer, as fillProfile answers them. */
async function upToTematik() {
  await op.send("/inovasi_baru");
  await op.send("Lumbung Pangan Digital");
  await op.press("Uji coba");
  await op.press("OPD");
  await op.press("Digital");
  await op.press("Inovasi pelayanan publik");
  await op.press(/^SDM, sains/);
}

describe("the PKPN question in the profile", () => {
  it("is not asked while the period's list is empty (2026 as shipped)", async () => {
    expect(getPeriod(h.db, 2026)!.pkpn).toEqual([]);
    await upToTematik();
    expect(op.lastText()).not.toContain("klaster PKPN");
    expect(op.buttons()).not.toContain("Non PKPN");
    expect(innovationRows(h)[0].pkpn).toBeNull();
  });

  it("is asked right after tematik with one button per cluster and Non PKPN, answered with one tap, and shown in the summary", async () => {
    withClusters();
    await upToTematik();
    expect(op.lastText()).toContain("Inovasi ini masuk klaster PKPN yang mana?");
    expect(op.buttons()).toEqual(["Ketahanan pangan", "Transformasi digital", "Non PKPN"]);
    await op.press("Transformasi digital");
    expect(innovationRows(h)[0].pkpn).toBe("digital");
    // The walk goes on to the urusan at once: one tap was the whole answer.
    expect(op.lastText()).toContain("urusan");

    // Changed from the review: Non PKPN is one tap too.
    const id = innovationRows(h)[0].id as number;
    await op.send("/batal");
    await op.pressData(`inn:ep:${id}`);
    await op.press("Klaster PKPN");
    await op.press("Non PKPN");
    expect(innovationRows(h)[0].pkpn).toBe("non");
  });

  it("is shown on the innovation's page, and missing it blocks submission only while the period has a list", async () => {
    const person = seedPerson(h, 8102, "operator", "Dinas Kesehatan");
    const op2 = h.user(8102);
    seedDraft(h, person, "Pasar Daring", { pkpn: "digital" });
    seedDraft(h, person, "Tanpa Klaster");
    withClusters();
    await op2.send("/inovasi");
    await op2.press("Pasar Daring");
    expect(op2.lastText()).toContain("Tematik: SDM, sains, pendidikan dan kesehatan\nKlaster PKPN: Transformasi digital");
    expect(op2.lastText()).not.toContain("Klaster PKPN belum diisi");
    await op2.send("/inovasi");
    await op2.press("Tanpa Klaster");
    expect(op2.lastText()).toContain("Klaster PKPN: —");
    expect(op2.lastText()).toMatch(/• Klaster PKPN belum diisi/);

    // With the list emptied again the question and the gap are gone.
    savePeriod(h.db, applyChange(getPeriod(h.db, 2026)!, { field: "pkpn", value: [] }), h.now());
    await op2.send("/inovasi");
    await op2.press("Tanpa Klaster");
    expect(op2.lastText()).not.toContain("Klaster PKPN");
  });

  it("refuses a forged or unknown cluster button and changes nothing", async () => {
    withClusters();
    await upToTematik();
    const id = innovationRows(h)[0].id as number;
    const before = JSON.stringify(innovationRows(h));
    await op.pressData(`inn:c:${id}:pkpn:tidak-ada`);
    expect(JSON.stringify(innovationRows(h))).toBe(before);
    expect(h.fake.callsOf("answerCallbackQuery").filter((c) => c.payload.show_alert)).toHaveLength(1);
    // The question is asked again, still answerable.
    expect(op.lastText()).toContain("Inovasi ini masuk klaster PKPN yang mana?");
    await op.press("Ketahanan pangan");
    expect(innovationRows(h)[0].pkpn).toBe("pangan");
  });
});

describe("/periode: the PKPN cluster list", () => {
  it("is edited on the shipped 2026 period, validated, audited, and kept when the shipped periods are refreshed", async () => {
    await admin.send("/periode");
    await admin.press("2026 (aktif)");
    expect(admin.lastText()).toContain("Klaster PKPN: belum diisi (profil tidak menanyakannya)");
    // The other rules of a shipped year stay read-only; only the list is offered.
    expect(admin.buttons()).toContain("Ubah daftar klaster PKPN");
    expect(admin.buttons()).not.toContain("Ubah k");
    await admin.press("Ubah daftar klaster PKPN");
    expect(admin.lastText()).toContain("Kirim daftar klaster PKPN periode 2026");

    const before = periodRows();
    for (const [bad, hint] of [
      ["Ketahanan pangan\nNon PKPN", "jangan ditulis sebagai klaster"],
      ["Ketahanan pangan\nketahanan PANGAN", "ditulis dua kali"],
      [`Klaster ${"x".repeat(120)}`, "paling panjang 100 karakter"],
    ] as const) {
      await admin.send(bad);
      expect(admin.lastText()).toContain(hint);
      expect(admin.lastText()).toContain("Kirim daftar klaster PKPN periode 2026");
    }
    expect(periodRows()).toBe(before);

    await admin.send("1. Ketahanan pangan\n2. Transformasi digital");
    expect(admin.texts().slice(-2).join("\n")).toContain("Klaster PKPN: Ketahanan pangan; Transformasi digital");
    const saved = getPeriod(h.db, 2026)!;
    expect(saved.pkpn).toEqual([
      { id: "ketahanan-pangan", name: "Ketahanan pangan" },
      { id: "transformasi-digital", name: "Transformasi digital" },
    ]);
    // The "empty for want of a source" note no longer holds.
    expect(saved.notes.some((n) => n.about === "pkpn")).toBe(false);
    const audit = h.database.sqlite.prepare("select action, target, detail from audit_log where action = 'period.edit'").all() as { detail: string }[];
    expect(audit).toHaveLength(1);
    expect(JSON.parse(audit[0]!.detail)).toMatchObject({ field: "pkpn", from: [], to: saved.pkpn });

    // A restart refreshes shipped years from the code; the admin's list (the code has none) stays.
    seedShippedPeriods(h.db, h.now());
    expect(getPeriod(h.db, 2026)!.pkpn).toEqual(saved.pkpn);
    // And the k of the shipped year still cannot be changed.
    await admin.pressData("per:e:2026:k");
    expect(admin.lastText()).toContain("Aturan periode bawaan tidak diubah langsung");
    expect(PERIOD_2026.notes.some((n) => n.about === "pkpn")).toBe(true);
  });
});

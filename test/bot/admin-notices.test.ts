import { rmSync } from "node:fs";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import type { InlineKeyboardButton } from "grammy/types";
import type { Harness } from "../helpers/harness.js";
import type { TestUser } from "../helpers/test-user.js";
import { seedPerson } from "../helpers/seed-people.js";
import { innovationHarness, readyDraft } from "../helpers/innovation.js";
import { NOTICE_WINDOW_MS } from "../../src/bot/admin-notices.js";
import type { Person } from "../../src/db/schema.js";

let h: Harness;
let evidenceDir: string;
let operator: Person;
let op: TestUser;
let admin: TestUser;

beforeEach(() => {
  ({ h, evidenceDir } = innovationHarness());
  operator = seedPerson(h, 8001, "operator", "Dinas Kesehatan");
  seedPerson(h, 7001, "admin");
  seedPerson(h, 7002, "admin");
  op = h.user(8001);
  admin = h.user(7001);
});
afterEach(() => {
  h.close();
  rmSync(evidenceDir, { recursive: true, force: true });
});

async function submit(id: number) {
  await op.pressData(`inn:o:${id}`);
  await op.press("Ajukan ke Bappeda");
  expect(op.lastText()).toContain("diajukan");
}

function noticesTo(user: TestUser) {
  return user.callsToMe().filter((c) => c.method === "sendMessage" && /diajukan|submitted|terdaftar|registered/.test(String(c.payload.text)));
}

function buttonsOf(call: { payload: Record<string, any> }): InlineKeyboardButton.CallbackButton[] {
  return (call.payload.reply_markup?.inline_keyboard ?? []).flat();
}

describe("admin notices on submission", () => {
  it("one message per admin once the window closes, with [Periksa] opening the innovation", async () => {
    const id = readyDraft(h, operator, "Si Cantik Sehat");
    await submit(id);
    await h.idle();
    expect(noticesTo(admin)).toEqual([]);
    h.advance(NOTICE_WINDOW_MS);
    await h.idle();
    for (const a of [admin, h.user(7002)]) {
      const notices = noticesTo(a);
      expect(notices).toHaveLength(1);
      expect(notices[0]!.payload.text).toBe('Inovasi baru diajukan: "Si Cantik Sehat" (Dinas Kesehatan).');
      expect(buttonsOf(notices[0]!).map((b) => b.text)).toEqual(["Periksa"]);
    }
    await admin.press("Periksa");
    expect(admin.texts().join("\n")).toContain("Si Cantik Sehat");
    expect(admin.buttons()).toContain("Setujui");
  });

  it("gathers submissions within the window into one message, each with its own button", async () => {
    const names = ["Alpha Sehat", "Beta Sehat", "Gamma Sehat"];
    const ids = names.map((n) => readyDraft(h, operator, n));
    await submit(ids[0]!);
    h.advance(20_000);
    await submit(ids[1]!);
    h.advance(20_000);
    await submit(ids[2]!);
    h.advance(NOTICE_WINDOW_MS - 40_000);
    await h.idle();
    const notices = noticesTo(admin);
    expect(notices).toHaveLength(1);
    expect(notices[0]!.payload.text).toBe(
      ["3 inovasi baru diajukan:", "• Alpha Sehat · Dinas Kesehatan", "• Beta Sehat · Dinas Kesehatan", "• Gamma Sehat · Dinas Kesehatan"].join("\n"),
    );
    const buttons = buttonsOf(notices[0]!);
    expect(buttons.map((b) => b.callback_data)).toEqual(ids.map((id) => `ver:o:${id}`));
    for (const b of buttons) expect(Buffer.byteLength(b.callback_data)).toBeLessThanOrEqual(64);
    // A submission after the window starts a new batch.
    const late = readyDraft(h, operator, "Delta Sehat");
    await submit(late);
    h.advance(NOTICE_WINDOW_MS);
    await h.idle();
    expect(noticesTo(admin)).toHaveLength(2);
    expect(noticesTo(admin)[1]!.payload.text).toContain("Delta Sehat");
  });

  it("speaks each admin's language and says when an innovation comes back after a return", async () => {
    await h.user(7002).send("/bahasa");
    await h.user(7002).press("English");
    const id = readyDraft(h, operator, "Si Cantik Sehat");
    await submit(id);
    await op.pressData(`inn:w:${id}`);
    h.database.sqlite.prepare("update innovations set status = 'dikembalikan' where id = ?").run(id);
    await submit(id);
    h.advance(NOTICE_WINDOW_MS);
    await h.idle();
    expect(noticesTo(admin).map((c) => c.payload.text)).toEqual(['Inovasi diajukan ulang setelah diperbaiki: "Si Cantik Sehat" (Dinas Kesehatan).']);
    const english = noticesTo(h.user(7002));
    expect(english.map((c) => c.payload.text)).toEqual(['Innovation resubmitted after fixing: "Si Cantik Sehat" (Dinas Kesehatan).']);
    expect(buttonsOf(english[0]!).map((b) => b.text)).toEqual(["Review"]);
  });

  it("/notifikasi turns them off for that admin only, and on again; blocked admins are skipped", async () => {
    await admin.send("/notifikasi");
    expect(admin.lastText()).toContain("dimatikan");
    h.database.sqlite.prepare("update people set unreachable_at = 1 where telegram_id = 7002").run();
    await submit(readyDraft(h, operator, "Si Cantik Sehat"));
    h.advance(NOTICE_WINDOW_MS);
    await h.idle();
    expect(noticesTo(admin)).toEqual([]);
    expect(noticesTo(h.user(7002))).toEqual([]);
    await admin.send("/notifikasi");
    expect(admin.lastText()).toContain("dinyalakan");
    await submit(readyDraft(h, operator, "Layanan Kilat"));
    h.advance(NOTICE_WINDOW_MS);
    await h.idle();
    expect(noticesTo(admin)).toHaveLength(1);
  });

  it("a batch pending when the bot stops is sent after the restart, once", async () => {
    await submit(readyDraft(h, operator, "Si Cantik Sehat"));
    h.advance(10_000);
    h.restart();
    h.advance(NOTICE_WINDOW_MS);
    await h.idle();
    expect(noticesTo(admin)).toHaveLength(1);
    h.advance(NOTICE_WINDOW_MS);
    h.restart();
    await h.idle();
    expect(noticesTo(admin)).toHaveLength(1);
  });
});

describe("admin notice on registration", () => {
  it("each admin gets one message at once, in their language, with a button opening the person", async () => {
    await h.user(7002).send("/bahasa");
    await h.user(7002).press("English");
    await admin.send("/undang");
    await admin.press("Operator OPD");
    for (let i = 0; i < 20 && !admin.buttons().includes("Dinas Kesehatan"); i++) await admin.press("›");
    await admin.press("Dinas Kesehatan");
    const code = /Kode: ([A-Z0-9]+)/.exec(admin.lastText())![1]!;
    const budi = h.user(8101);
    await budi.send(`/start ${code}`);
    await budi.send("Budi Santoso");
    await budi.send("Kepala Seksi Data");
    await budi.sendRaw({ contact: { phone_number: "+6281234567890", first_name: "Budi", user_id: 8101 } });
    await budi.press("Ya, daftarkan");
    await h.idle();
    expect(noticesTo(admin).map((c) => c.payload.text)).toEqual(["Pengguna baru terdaftar: Budi Santoso (Kepala Seksi Data), Operator OPD, Dinas Kesehatan."]);
    expect(noticesTo(h.user(7002)).map((c) => c.payload.text)).toEqual([
      "New user registered: Budi Santoso (Kepala Seksi Data), OPD operator, Dinas Kesehatan.",
    ]);
    expect(noticesTo(budi)).toEqual([]);
    await admin.press("Lihat pengguna");
    expect(admin.lastText()).toContain("Budi Santoso");
    expect(admin.lastText()).toContain("+6281234567890");
  });
});

describe("from the notice to approval", () => {
  it("approves with one lowered level in 4 taps, the first screen showing the new kematangan", async () => {
    const id = readyDraft(h, operator, "Si Cantik Sehat");
    await submit(id);
    h.advance(NOTICE_WINDOW_MS);
    await h.idle();
    let taps = 0;
    const tap = async (label: string | RegExp) => {
      taps += 1;
      await admin.press(label);
    };
    await tap("Periksa");
    const first = admin.lastText();
    expect(first).toContain("Si Cantik Sehat\nOPD: Dinas Kesehatan");
    expect(admin.buttons().slice(0, 2)).toEqual(["Setujui", "Kembalikan"]);
    const [, claimed, before] = /Kematangan: klaim (\d+\/\d+) → terverifikasi (\d+\/\d+)/.exec(first)!;
    expect(before).toBe(claimed);
    await tap("17 · 2");
    await tap(/^1 · /);
    const after = admin.lastText();
    expect(after).toContain("✓ Level terverifikasi indikator 17: 1.");
    expect(after).toMatch(/• 17 .*: 2 → 1/);
    const now = /terverifikasi (\d+)\/\d+/.exec(after)![1]!;
    expect(Number(now)).toBeLessThan(Number(before!.split("/")[0]));
    expect(admin.buttons()).toContain("17 · 2→1");
    await tap("Setujui");
    expect(taps).toBeLessThanOrEqual(4);
    const row = h.database.sqlite.prepare("select status, verified_levels from innovations where id = ?").get(id) as any;
    expect(row.status).toBe("terverifikasi");
    expect(JSON.parse(row.verified_levels)["17"]).toBe(1);
  });
});

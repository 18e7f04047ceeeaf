import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { Harness } from "../helpers/harness.js";
import type { TestUser } from "../helpers/test-user.js";
import { snapshot } from "../helpers/seed-people.js";
import { findActivePerson } from "../../src/db/repo/people.js";
import { findOpd, findOpdByName } from "../../src/db/repo/opds.js";
import { menuFor } from "../../src/bot/menus.js";

let h: Harness;
let admin: TestUser;
const ADMIN = 7001;

beforeEach(async () => {
  h = new Harness({ env: { ADMIN_IDS: String(ADMIN) } });
  admin = h.user(ADMIN, { firstName: "Admin" });
  await admin.send("/start");
});
afterEach(() => h.close());

/** Pages through a paginated keyboard until the button shows up, then presses it. */
async function pickPaged(user: TestUser, label: string) {
  for (let i = 0; i < 20 && !user.buttons().includes(label); i++) await user.press("›");
  await user.press(label);
}

async function inviteOperator(opdName = "Dinas Kesehatan"): Promise<{ code: string; link: string }> {
  await admin.send("/undang");
  await admin.press("Operator OPD");
  await pickPaged(admin, opdName);
  const text = admin.lastText();
  const code = /Kode: ([A-Z0-9]+)/.exec(text)![1]!;
  const link = /Tautan: (\S+)/.exec(text)![1]!;
  return { code, link };
}

async function register(user: TestUser, start: string) {
  await user.send(start);
  await user.send("Budi Santoso, S.Kom.");
  await user.send("Kepala Seksi Data");
  await user.sendRaw({ contact: { phone_number: "+6281234567890", first_name: "Budi", user_id: user.id } });
  await user.press("Ya, daftarkan");
}

describe("invitation → registration → operator", () => {
  it("runs the whole path through the deep link, with an operator's help and menu", async () => {
    const { code, link } = await inviteOperator();
    expect(code).toMatch(/^[A-HJ-KM-NP-Z2-9]{10}$/);
    expect(link).toBe(`https://t.me/inovasi_test_bot?start=${code}`);
    expect(admin.lastText()).toContain("Operator OPD — Dinas Kesehatan");

    const op = h.user(8001);
    await op.send(`/start ${code}`);
    expect(op.lastText()).toContain("Kode undangan diterima: Operator OPD — Dinas Kesehatan");
    expect(op.lastText()).toContain("nama lengkap");
    await op.send("Budi Santoso, S.Kom.");
    expect(op.lastText()).toBe("Apa jabatan Anda?");
    await op.send("Kepala Seksi Data");
    expect(op.lastText()).toContain("Bagikan nomor telepon");
    await op.sendRaw({ contact: { phone_number: "+6281234567890", first_name: "Budi", user_id: 8001 } });
    expect(op.lastText()).toContain("Nama: Budi Santoso, S.Kom.");
    expect(op.lastText()).toContain("Telepon: +6281234567890");
    await op.press("Ya, daftarkan");
    expect(op.texts().some((t) => t.includes("Pendaftaran berhasil. Anda terdaftar sebagai Operator OPD"))).toBe(true);

    const person = findActivePerson(h.db, 8001)!;
    expect(person).toMatchObject({ role: "operator", fullName: "Budi Santoso, S.Kom.", jabatan: "Kepala Seksi Data", phone: "+6281234567890" });
    expect(findOpd(h.db, person.opdId!)!.name).toBe("Dinas Kesehatan");

    await op.send("/bantuan");
    expect(op.lastText()).toContain("Perintah yang tersedia untuk Anda (Operator OPD)");
    expect(op.lastText()).not.toContain("/undang");
    const expectedMenu = menuFor("operator", (k) => k).map((c) => c.command);
    expect(h.fake.menus.get("chat:8001")?.map((c) => c.command)).toEqual(expectedMenu);
    const audit = h.database.sqlite.prepare("select action from audit_log order by id").all() as { action: string }[];
    expect(audit.map((a) => a.action)).toEqual(["invitation.create", "person.register"]);
  });

  it("also registers with /daftar and a code typed in lower case with spaces", async () => {
    const { code } = await inviteOperator();
    const op = h.user(8002);
    await register(op, `/daftar ${code.slice(0, 5).toLowerCase()} ${code.slice(5)}`);
    expect(findActivePerson(h.db, 8002)?.role).toBe("operator");
  });

  it("lets the phone be skipped and invites pimpinan and admins without an OPD", async () => {
    await admin.send("/undang");
    await admin.press("Pimpinan");
    const code = /Kode: ([A-Z0-9]+)/.exec(admin.lastText())![1]!;
    const lead = h.user(8003);
    await lead.send(`/start ${code}`);
    await lead.send("Ir. Hj. Siti Aminah");
    await lead.send("Sekretaris Daerah");
    await lead.send("Lewati");
    expect(lead.lastText()).toContain("Telepon: (tidak dibagikan)");
    await lead.press("Ya, daftarkan");
    expect(findActivePerson(h.db, 8003)).toMatchObject({ role: "pimpinan", opdId: null, phone: null });
  });
});

describe("refused codes", () => {
  it("gives each kind of bad code its own message and changes no person or invitation", async () => {
    const used = await inviteOperator();
    await register(h.user(8010), `/start ${used.code}`);
    const revoked = await inviteOperator();
    await admin.press("Cabut undangan");
    expect(admin.lastText()).toContain(`Undangan ${revoked.code}`);
    const expired = await inviteOperator();
    h.advance(7 * 86_400_000 + 1000);

    const stranger = h.user(8011);
    const rows = () => JSON.stringify(["people", "invitations"].map((t) => h.database.sqlite.prepare(`select * from ${t}`).all()));
    const before = rows();
    const cases: [string, string][] = [
      [used.code, "sudah dipakai"],
      [revoked.code, "sudah dicabut"],
      [expired.code, "sudah kedaluwarsa"],
      ["ZZZZ-garbage", "tidak dikenal"],
    ];
    for (const [code, message] of cases) {
      await stranger.send(`/start ${code}`);
      expect(stranger.lastText()).toContain(message);
    }
    expect(findActivePerson(h.db, 8011)).toBeNull();
    expect(rows()).toBe(before);
  });

  it("keeps a code valid for exactly 7 days, and audits its revocation", async () => {
    const { code } = await inviteOperator();
    expect(admin.lastText()).toMatch(/Berlaku sampai .* pukul .* WIB/);
    h.advance(7 * 86_400_000 - 60_000);
    await h.user(8012).send(`/start ${code}`);
    expect(h.user(8012).lastText()).toContain("Kode undangan diterima");
    h.advance(2 * 60_000);
    await h.user(8013).send(`/start ${code}`);
    expect(h.user(8013).lastText()).toContain("sudah kedaluwarsa");

    const other = await inviteOperator();
    await admin.press("Cabut undangan");
    await h.user(8014).send(`/start ${other.code}`);
    expect(h.user(8014).lastText()).toContain("sudah dicabut");
    const audit = h.database.sqlite.prepare("select action from audit_log order by id").all() as { action: string }[];
    expect(audit.map((a) => a.action)).toEqual(["invitation.create", "invitation.create", "invitation.revoke"]);
  });

  it("refuses the sixth attempt within an hour even when the code is right, then lets it through later", async () => {
    const { code } = await inviteOperator();
    const guesser = h.user(8020);
    for (let i = 0; i < 5; i++) {
      await guesser.send(`/start WRONGCODE${i}`);
      expect(guesser.lastText()).toContain("tidak dikenal");
    }
    await guesser.send(`/start ${code}`);
    expect(guesser.lastText()).toContain("Terlalu banyak kode yang salah");
    expect(h.database.sqlite.prepare("select count(*) n from people where telegram_id = 8020").get()).toEqual({ n: 0 });
    h.advance(61 * 60_000);
    await guesser.send(`/start ${code}`);
    expect(guesser.lastText()).toContain("Kode undangan diterima");
  });

  it("refuses a code for an OPD deactivated since, without counting it as a wrong guess", async () => {
    const { code } = await inviteOperator("Dinas Sosial");
    const opd = findOpdByName(h.db, "Dinas Sosial")!;
    await admin.send("/opd");
    await admin.pressData(`opd:v:${opd.id}`);
    await admin.press("Nonaktifkan");
    const op = h.user(8025);
    await op.send(`/start ${code}`);
    expect(op.lastText()).toBe("Undangan ini untuk OPD yang sudah dinonaktifkan. Mintalah undangan baru kepada admin Bappeda.");
    expect(findActivePerson(h.db, 8025)).toBeNull();
    expect(h.database.sqlite.prepare("select count(*) n from code_attempts").get()).toEqual({ n: 0 });
  });

  it("re-checks the code at confirmation: revoked meanwhile means no registration", async () => {
    const { code } = await inviteOperator();
    const op = h.user(8030);
    await op.send(`/start ${code}`);
    await op.send("Dewi Lestari");
    await op.send("Analis");
    await op.send("Lewati");
    await admin.send("/undang");
    await admin.press("Undangan aktif");
    await admin.press(`Cabut ${code}`);
    await op.press("Ya, daftarkan");
    expect(op.lastText()).toContain("sudah dicabut");
    expect(findActivePerson(h.db, 8030)).toBeNull();
  });
});

describe("answers during registration", () => {
  it("gives a specific hint and asks again, storing nothing from a bad answer", async () => {
    const { code } = await inviteOperator();
    const op = h.user(8040);
    await op.send(`/start ${code}`);
    await op.sendRaw({ sticker: { file_id: "s", file_unique_id: "s", type: "regular", width: 1, height: 1, is_animated: false, is_video: false } });
    expect(op.lastText()).toBe("Mohon jawab dengan pesan teks.\n\nSiapa nama lengkap Anda (beserta gelar bila ada)?");
    await op.send("x".repeat(5000));
    expect(op.lastText()).toContain("terlalu panjang");
    await op.send("   ");
    expect(op.lastText()).toContain("tidak boleh kosong");
    await op.send("Rina");
    await op.send("Staf");
    await op.sendRaw({ contact: { phone_number: "+62800", first_name: "Lain", user_id: 999 } });
    expect(op.lastText()).toContain("nomor Anda sendiri");
    await op.send("Lewati");
    expect(op.lastText()).toContain("Nama: Rina");
  });

  it("continues after a restart where the person left off", async () => {
    const { code } = await inviteOperator();
    const op = h.user(8050);
    await op.send(`/start ${code}`);
    await op.send("Agus Salim");
    h.restart();
    await op.send("Sekretaris Camat");
    expect(op.lastText()).toContain("Bagikan nomor telepon");
  });

  it("ignores a redelivered confirmation: one person, one use of the code", async () => {
    const { code } = await inviteOperator();
    const op = h.user(8060);
    await register(op, `/start ${code}`);
    const after = snapshot(h);
    const calls = await op.press("Ya, daftarkan");
    expect(calls.find((c) => c.method === "answerCallbackQuery")?.payload.show_alert).toBe(true);
    expect(snapshot(h)).toBe(after);
  });
});

describe("the /undang OPD picker can be searched by typing (issue 13)", () => {
  it("several matches are offered; a single match makes the invitation at once", async () => {
    await admin.send("/undang");
    await admin.press("Operator OPD");
    await admin.send("dinas");
    expect(admin.lastText()).toMatch(/^\d+ OPD cocok/);
    await admin.send("zzz");
    expect(admin.lastText()).toContain('Tidak ada OPD yang cocok dengan "zzz"');
    await admin.send("kesehatan");
    expect(admin.lastText()).toContain("Undangan dibuat: Operator OPD — Dinas Kesehatan");
    expect(admin.buttons()).toContain("Cabut undangan");
  });
});

import { spawn } from "node:child_process";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { beforeEach, describe, expect, it } from "vitest";
import { PollingChats, startBotProcess, waitFor, type BotProcess, processBed } from "../helpers/bot-process.js";
import { openDatabase } from "../../src/db/client.js";
import { seedReferenceData } from "../../src/db/seed.js";
import { ensureConfiguredAdmin } from "../../src/db/repo/people.js";
import { createInvitation } from "../../src/db/repo/invitations.js";
import { findOpdByName } from "../../src/db/repo/opds.js";

const ROOT = fileURLToPath(new URL("../..", import.meta.url));
const bed = processBed("inovasi-kill-");
let bot: BotProcess | undefined;
let chats: PollingChats;

beforeEach(async () => {
  chats = new PollingChats(bed.fake);
});

describe("a kill during database writes", () => {
  it("leaves the database consistent and the person's registration continues after restart", async () => {
    const dbPath = join(bed.dir, "inovasi.db");
    const env = { BOT_TOKEN: bed.fake.token, TELEGRAM_API_ROOT: bed.apiRoot, DATABASE_PATH: dbPath, LOG_LEVEL: "warn" };
    const prep = openDatabase(dbPath);
    seedReferenceData(prep.db, "Kota Serang", new Date());
    const admin = ensureConfiguredAdmin(prep.db, 1, "Admin", new Date());
    const invitation = createInvitation(
      prep.db,
      { role: "operator", opdId: findOpdByName(prep.db, "Dinas Sosial")!.id, createdBy: admin.id, ttlDays: 7 },
      new Date(),
    );
    prep.close();

    bot = startBotProcess(env);
    chats.say(55, `/start ${invitation.code}`);
    await waitFor(() => chats.textsTo(55).some((t) => t.includes("nama lengkap")), 10_000, "name question");
    chats.say(55, "Siti Rahmawati");
    await waitFor(() => chats.textsTo(55).some((t) => t.includes("jabatan")), 10_000, "jabatan question");

    // A second writer hammers the same file; both processes die mid-write.
    const writer = spawn(process.execPath, ["--import", "tsx", "test/fixtures/write-loop.ts", dbPath], { cwd: ROOT, stdio: ["ignore", "pipe", "inherit"] });
    await new Promise<void>((resolve) => writer.stdout!.on("data", (d) => String(d).includes("ready") && resolve()));
    const writerExit = new Promise((r) => writer.once("exit", r));
    writer.kill("SIGKILL");
    bot.child.kill("SIGKILL");
    await Promise.all([writerExit, bot.exited]);

    const check = openDatabase(dbPath);
    expect(check.sqlite.pragma("integrity_check", { simple: true })).toBe("ok");
    expect(check.sqlite.pragma("foreign_key_check")).toEqual([]);
    // Each OPD the writer committed has its audit row: no transaction was half applied.
    const orphans = check.sqlite
      .prepare(`select count(*) n from opds o where o.name like 'Unit Tulis %' and not exists (select 1 from audit_log a where a.target = 'opd:' || o.id)`)
      .get();
    const written = check.sqlite.prepare(`select count(*) n from opds where name like 'Unit Tulis %'`).get() as { n: number };
    expect(written.n).toBeGreaterThanOrEqual(50);
    expect(orphans).toEqual({ n: 0 });
    check.close();

    bot = startBotProcess(env);
    chats.say(55, "Kepala Bidang Rehabilitasi Sosial");
    await waitFor(() => chats.textsTo(55).some((t) => t.includes("Bagikan nomor telepon")), 10_000, "phone question after restart");
    chats.say(55, "Lewati");
    const confirm = await waitFor(() => chats.textsTo(55).find((t) => t.includes("Periksa data Anda")), 10_000, "confirmation");
    expect(confirm).toContain("Nama: Siti Rahmawati");
    expect(confirm).toContain("Jabatan: Kepala Bidang Rehabilitasi Sosial");
  });
});

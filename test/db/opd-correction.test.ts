import { copyFileSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import Database from "better-sqlite3";
import { afterEach, describe, expect, it } from "vitest";
import { drizzle, migrate } from "../../src/db/orm.js";
import { openDatabase } from "../../src/db/client.js";
import { seedReferenceData } from "../../src/db/seed.js";
import { PERIOD_2026 } from "../../src/core/period/index.js";
import { KOTA_SERANG_OPDS } from "../../src/data/opd-kota-serang.js";

// A database made before the OPD list was corrected (migrations up to 0005, the earlier seed
// list, evidence kinds of the time), opened by this version: the OPDs are renamed or merged by
// code, their people and innovations move with them, nothing is lost, all of it audited.

const MIGRATIONS = join(import.meta.dirname, "../../migrations");
const T0 = Date.parse("2025-06-01T00:00:00Z");
const NOW = new Date("2026-05-01T00:00:00Z");

// The list shipped before the correction (only the rows this test needs, with their old codes).
const OLD_OPDS: [string, string, string][] = [
  ["Dinas Kesehatan", "DINKES", "dinas"],
  ["Satuan Polisi Pamong Praja", "SATPOLPP", "dinas"],
  ["Dinas Pemadam Kebakaran dan Penyelamatan", "DAMKAR", "dinas"],
  ["Dinas Ketahanan Pangan", "DKP", "dinas"],
  ["Dinas Pertanian", "DISTAN", "dinas"],
  ["Dinas Komunikasi, Informatika, Statistik dan Persandian", "DISKOMINFO", "dinas"],
  ["Dinas Pemberdayaan Perempuan, Perlindungan Anak, Pengendalian Penduduk dan Keluarga Berencana", "DP3AP2KB", "dinas"],
  ["Dinas Pemuda dan Olahraga", "DISPORA", "dinas"],
  ["Dinas Pariwisata", "DISPAR", "dinas"],
];

let dir: string;
afterEach(() => rmSync(dir, { recursive: true, force: true }));

/** Migrations 0000–0005 only: the schema as it was before this change. */
function oldMigrations(): string {
  const folder = join(dir, "migrations-old");
  mkdirSync(join(folder, "meta"), { recursive: true });
  const journal = JSON.parse(readFileSync(join(MIGRATIONS, "meta/_journal.json"), "utf8"));
  journal.entries = journal.entries.filter((e: { idx: number }) => e.idx <= 5);
  for (const e of journal.entries as { tag: string }[]) copyFileSync(join(MIGRATIONS, `${e.tag}.sql`), join(folder, `${e.tag}.sql`));
  writeFileSync(join(folder, "meta/_journal.json"), JSON.stringify(journal));
  return folder;
}

function makeOldDatabase(path: string) {
  const sqlite = new Database(path);
  sqlite.pragma("foreign_keys = ON");
  migrate(drizzle(sqlite), { migrationsFolder: oldMigrations() });
  expect(sqlite.prepare("select name from sqlite_master where name = 'opd_units'").all()).toEqual([]);
  const insOpd = sqlite.prepare("insert into opds (name, name_key, code, kind, active, created_at, updated_at) values (?, ?, ?, ?, 1, ?, ?)");
  const id: Record<string, number> = {};
  for (const [name, code, kind] of OLD_OPDS) id[code] = Number(insOpd.run(name, name.toLowerCase(), code, kind, T0, T0).lastInsertRowid);
  sqlite.prepare("insert into pemda (id, name, updated_at) values (1, 'Kota Serang', ?)").run(T0);
  // The 2026 rules as stored then: every document indicator took a PDF, a photo or a link.
  const oldRules = {
    ...PERIOD_2026,
    portal: undefined,
    sid: PERIOD_2026.sid.map((s) => ({ ...s, evidence: s.code === "35" ? ["video", "link"] : ["pdf", "image", "link"] })),
  };
  sqlite.prepare("insert into periods (year, data, active, created_at, updated_at) values (2026, ?, 1, ?, ?)").run(JSON.stringify(oldRules), T0, T0);
  const insPerson = sqlite.prepare(
    "insert into people (telegram_id, role, opd_id, full_name, status, created_at, updated_at) values (?, ?, ?, ?, 'active', ?, ?)",
  );
  const person = (tg: number, opd: string | null, name: string) =>
    Number(insPerson.run(tg, opd ? "operator" : "admin", opd ? id[opd] : null, name, T0, T0).lastInsertRowid);
  const admin = person(1, null, "Admin Bappeda");
  const ops = {
    DISPAR: person(2, "DISPAR", "Operator Pariwisata"),
    DISPORA: person(3, "DISPORA", "Operator Pora"),
    DAMKAR: person(4, "DAMKAR", "Operator Damkar"),
    DKP: person(5, "DKP", "Operator Pangan"),
  };
  const insInn = sqlite.prepare(
    "insert into innovations (opd_id, period_year, created_by, status, nama, nama_key, tujuan, claimed_levels, verified_levels, created_at, updated_at) values (?, 2026, ?, ?, ?, ?, ?, ?, '{}', ?, ?)",
  );
  const inn = (opd: keyof typeof ops, nama: string, status: string) =>
    Number(insInn.run(id[opd], ops[opd], status, nama, nama.toLowerCase(), `Tujuan ${nama}`, JSON.stringify({ "16": 2, "17": 1 }), T0, T0).lastInsertRowid);
  const inns = {
    wisata: inn("DISPAR", "Sapa Wisata", "diajukan"),
    // The same name in both former offices: the merged OPD cannot hold it twice.
    festivalPar: inn("DISPAR", "Festival Kota", "draf"),
    festivalPora: inn("DISPORA", "Festival Kota", "terverifikasi"),
    damkar: inn("DAMKAR", "Damkar Sigap", "diajukan"),
    pangan: inn("DKP", "Lumbung Digital", "draf"),
  };
  sqlite
    .prepare(
      "insert into evidence (scope, innovation_id, period_year, indicator_code, kind, url, created_by, created_at) values ('sid', ?, 2026, '16', 'link', 'https://contoh.go.id/sk', ?, ?)",
    )
    .run(inns.damkar, ops.DAMKAR, T0);
  sqlite
    .prepare("insert into invitations (code, role, opd_id, created_by, created_at, expires_at) values ('ABC123', 'operator', ?, ?, ?, ?)")
    .run(id.DISPORA, admin, T0, T0 + 86_400_000);
  sqlite.close();
  return { id, ops, inns };
}

describe("the OPD list correction on a database made before it", () => {
  it("renames and merges by code; people, invitations and innovations move with their OPD, nothing is lost, all audited", () => {
    dir = mkdtempSync(join(tmpdir(), "inovasi-opd-"));
    const path = join(dir, "inovasi.db");
    const old = makeOldDatabase(path);
    const before = new Database(path);
    const innovationsBefore = before.prepare("select id, nama, tujuan, status, claimed_levels from innovations order by id").all() as Record<string, unknown>[];
    before.close();

    const handle = openDatabase(path);
    seedReferenceData(handle.db, "Kota Serang", NOW);
    const q = (sql: string, ...args: unknown[]) => handle.sqlite.prepare(sql).all(...args) as Record<string, any>[];
    const opdOf = (code: string) => q("select * from opds where code = ?", code)[0]!;

    // Disparpora is the former Dispar (same id), Dispora deactivated; DKP3 the former DKP.
    const disparpora = opdOf("DISPARPORA");
    expect(disparpora).toMatchObject({ id: old.id.DISPAR, name: "Dinas Pariwisata, Kepemudaan dan Olahraga", active: 1 });
    expect(opdOf("DISPORA")).toMatchObject({ active: 0 });
    expect(opdOf("DKP3")).toMatchObject({ id: old.id.DKP, name: "Dinas Ketahanan Pangan, Pertanian dan Perikanan", active: 1 });
    expect(opdOf("DISTAN")).toMatchObject({ active: 0 });
    expect(opdOf("DAMKAR")).toMatchObject({ active: 0 });
    expect(opdOf("DISKOMINFO").name).toBe("Dinas Komunikasi dan Informatika");
    expect(opdOf("DP3AKB").id).toBe(old.id.DP3AP2KB);
    // The first screen (active OPDs) shows no office that does not exist.
    const active = q("select name from opds where active = 1").map((r) => r.name);
    for (const gone of [
      "Dinas Pemuda dan Olahraga",
      "Dinas Pariwisata",
      "Dinas Pertanian",
      "Dinas Ketahanan Pangan",
      "Dinas Pemadam Kebakaran dan Penyelamatan",
    ])
      expect(active).not.toContain(gone);

    // People and the open invitation follow their OPD.
    expect(q("select opd_id from people where id = ?", old.ops.DISPORA)[0]!.opd_id).toBe(disparpora.id);
    expect(q("select opd_id from people where id = ?", old.ops.DAMKAR)[0]!.opd_id).toBe(opdOf("SATPOLPP").id);
    expect(q("select opd_id from invitations")[0]!.opd_id).toBe(disparpora.id);

    // Every innovation is still there with its data; only its OPD (and a clashing name) changed.
    const after = q("select id, nama, tujuan, status, claimed_levels, opd_id, unit_pelaksana from innovations order by id");
    expect(after.map(({ opd_id, unit_pelaksana, nama, ...rest }) => rest)).toEqual(innovationsBefore.map(({ nama, ...rest }) => rest));
    const byId = new Map(after.map((r) => [r.id, r]));
    expect(byId.get(old.inns.festivalPar)).toMatchObject({ nama: "Festival Kota", opd_id: disparpora.id });
    expect(byId.get(old.inns.festivalPora)).toMatchObject({ nama: "Festival Kota (DISPORA)", opd_id: disparpora.id, status: "terverifikasi" });
    expect(byId.get(old.inns.damkar)).toMatchObject({ opd_id: opdOf("SATPOLPP").id, unit_pelaksana: "Pemadam Kebakaran" });
    expect(q("select count(*) as n from evidence where innovation_id = ?", old.inns.damkar)[0]!.n).toBe(1);
    expect(q("select name from opd_units where opd_id = ?", opdOf("SATPOLPP").id).map((r) => r.name)).toEqual(["Pemadam Kebakaran"]);

    // Audited: three merges (Dispora, Distan, Damkar) and four renames (Dispar, DKP, Diskominfo, DP3AKB).
    const audit = q("select action, detail from audit_log where action like 'opd.%' order by id");
    expect(audit.filter((a) => a.action === "opd.merge")).toHaveLength(3);
    expect(audit.filter((a) => a.action === "opd.rename")).toHaveLength(4);
    expect(JSON.parse(audit.find((a) => a.action === "opd.merge" && a.detail.includes("DISPORA"))!.detail)).toMatchObject({
      people: 1,
      innovations: 1,
      renamed: ["Festival Kota (DISPORA)"],
    });

    // The stored 2026 rules now carry the evidence kinds of this version.
    const rules = JSON.parse(q("select data from periods where year = 2026")[0]!.data);
    expect(rules.sid.find((s: { code: string }) => s.code === "16").evidence).toEqual(["pdf"]);

    // Opening again changes nothing more.
    const snapshot = q("select * from opds order by id");
    seedReferenceData(handle.db, "Kota Serang", new Date(NOW.getTime() + 1000));
    expect(q("select * from opds order by id")).toEqual(snapshot);
    expect(q("select count(*) as n from audit_log where action like 'opd.%'")[0]!.n).toBe(audit.length);
    handle.close();
  });

  it("a fresh database gets the corrected list and no correction is logged", () => {
    dir = mkdtempSync(join(tmpdir(), "inovasi-opd-"));
    const handle = openDatabase(join(dir, "baru.db"));
    seedReferenceData(handle.db, "Kota Serang", NOW);
    const rows = handle.sqlite.prepare("select code from opds where active = 1 order by id").all() as { code: string }[];
    expect(rows.map((r) => r.code)).toEqual(KOTA_SERANG_OPDS.map((o) => o.code));
    expect(handle.sqlite.prepare("select count(*) as n from audit_log").get()).toEqual({ n: 0 });
    handle.close();
  });
});

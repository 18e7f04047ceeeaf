import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { PERIOD_2023, PERIOD_2026, URUSAN } from "../../../src/core/period/index.js";
import {
  BENTUK_OPTIONS,
  filterUrusan,
  firstMissingField,
  getField,
  INISIATOR_OPTIONS,
  JENIS_OPTIONS,
  nextFieldToAsk,
  optionsOf,
  paginate,
  PROFILE_FIELDS,
  profileFields,
  TAHAPAN_OPTIONS,
  validateChoice,
  validateText,
} from "../../../src/core/profile/fields.js";
import type { FieldKey, OptionSource, ProfileValues } from "../../../src/core/profile/fields.js";

const words = (n: number) => Array.from({ length: n }, (_, i) => `kata${i}`).join(" ");
const LONG = "Meningkatkan kecepatan layanan bagi warga.";

const COMPLETE: ProfileValues = {
  nama: "Sistem Antrean Daring",
  tahapan: "penerapan",
  inisiator: "asn",
  namaInisiator: "Budi Santoso",
  jenis: "digital",
  bentuk: "pelayanan",
  tematik: "asta-cita-4",
  urusanUtama: "kesehatan",
  urusanLain: [],
  waktuUjiCoba: "2024-02-01",
  waktuPenerapan: "2024-06-01",
  rancangBangun: [words(200), words(100)],
  tujuan: LONG,
  manfaat: LONG,
  hasil: LONG,
};

describe("field list", () => {
  it("asks the fields in the brief's order", () => {
    expect(PROFILE_FIELDS.map((f) => f.key)).toEqual([
      "nama",
      "tahapan",
      "inisiator",
      "namaInisiator",
      "jenis",
      "bentuk",
      "tematik",
      "pkpn",
      "urusanUtama",
      "urusanLain",
      "waktuUjiCoba",
      "waktuPenerapan",
      "pengembanganTerbaru",
      "rancangBangun",
      "tujuan",
      "manfaat",
      "hasil",
    ]);
    expect(PROFILE_FIELDS.filter((f) => !f.required).map((f) => f.key)).toEqual(["urusanLain"]);
  });

  it("takes the rancang bangun minimum from a parameter, 300 by default", () => {
    expect(getField("rancangBangun").minWords).toBe(300);
    expect(getField("rancangBangun", profileFields(500)).minWords).toBe(500);
  });

  it("has the closed option lists of the brief", () => {
    expect(TAHAPAN_OPTIONS.map((o) => o.label)).toEqual(["Inisiatif", "Uji coba", "Penerapan"]);
    expect(INISIATOR_OPTIONS.map((o) => o.label)).toEqual(["Kepala Daerah", "Anggota DPRD", "OPD", "ASN", "Masyarakat"]);
    expect(JENIS_OPTIONS.map((o) => o.label)).toEqual(["Digital", "Non digital"]);
    expect(BENTUK_OPTIONS).toHaveLength(3);
  });

  it("takes tematik from the period and urusan from the catalog", () => {
    expect(optionsOf("tematik", PERIOD_2023).map((o) => o.id)).toContain("non-tematik");
    expect(optionsOf("tematik", PERIOD_2026)).toHaveLength(8);
    expect(optionsOf("urusan", PERIOD_2026)).toHaveLength(38);
  });

  it("has short, unique ASCII ids that fit Telegram callback data", () => {
    const sources: OptionSource[] = ["tahapan", "inisiator", "jenis", "bentuk", "tematik", "urusan"];
    for (const period of [PERIOD_2023, PERIOD_2026]) {
      for (const source of sources) {
        const ids = optionsOf(source, period).map((o) => o.id);
        expect(new Set(ids).size).toBe(ids.length);
        for (const id of ids) {
          expect(id).toMatch(/^[a-z0-9-]+$/);
          // Leaves room for a prefix and the longest field key in 64 bytes.
          expect(Buffer.byteLength(`pf:urusanLain:${id}`)).toBeLessThanOrEqual(64);
        }
      }
    }
  });

  it("validateChoice refuses ids the field does not offer", () => {
    expect(validateChoice(getField("jenis"), PERIOD_2026, "digital")).toMatchObject({ ok: true });
    expect(validateChoice(getField("tematik"), PERIOD_2026, "non-tematik")).toEqual({
      ok: false,
      code: "unknown-option",
    });
  });
});

describe("validateText", () => {
  const nama = getField("nama");
  const tujuan = getField("tujuan");

  it("trims, collapses whitespace and removes control characters", () => {
    expect(validateText(nama, "  Sistem\t\tAntrean \n Daring\u0007 ")).toEqual({
      ok: true,
      value: "Sistem Antrean Daring",
    });
    expect(validateText(nama, "Si\u200Bstem\u202E Antrean")).toEqual({ ok: true, value: "Sistem Antrean" });
  });

  it("keeps paragraphs in long text", () => {
    const r = validateText(tujuan, "Paragraf  satu   ini.\r\n\r\n\r\n\r\n  Paragraf dua ini.  ");
    expect(r).toEqual({ ok: true, value: "Paragraf satu ini.\n\nParagraf dua ini." });
  });

  it("refuses empty and whitespace-only text", () => {
    expect(validateText(nama, "")).toEqual({ ok: false, code: "empty" });
    expect(validateText(nama, "   \n\t  ")).toEqual({ ok: false, code: "empty" });
    expect(validateText(tujuan, "\u200B\u0000 ")).toEqual({ ok: false, code: "empty" });
  });

  it("refuses 5,000 characters in a name and 4,001 in a long text", () => {
    expect(validateText(nama, "a".repeat(5000))).toEqual({ ok: false, code: "too-long", max: 200 });
    expect(validateText(nama, "a".repeat(200))).toMatchObject({ ok: true });
    expect(validateText(tujuan, "a".repeat(4001))).toEqual({ ok: false, code: "too-long", max: 4000 });
    expect(validateText(tujuan, "a".repeat(4000))).toMatchObject({ ok: true });
  });

  it("counts emoji as one character each", () => {
    expect(validateText(nama, "🚀".repeat(200))).toMatchObject({ ok: true });
  });

  it("refuses too-short answers, measured after cleaning", () => {
    expect(validateText(nama, "ab")).toEqual({ ok: false, code: "too-short", min: 3 });
    expect(validateText(tujuan, "  singkat          ")).toEqual({ ok: false, code: "too-short", min: 20 });
  });

  it("refuses non-text messages", () => {
    expect(validateText(nama, undefined)).toEqual({ ok: false, code: "not-text" });
    expect(validateText(nama, { photo: [] })).toEqual({ ok: false, code: "not-text" });
  });

  it("is not for choice fields", () => {
    expect(() => validateText(getField("jenis"), "Digital")).toThrow(TypeError);
  });

  it("a successful value is stable under validating it again", () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 300 }), fc.constantFrom(nama, tujuan), (text, field) => {
        const r = validateText(field, text);
        if (r.ok) expect(validateText(field, r.value)).toEqual(r);
      }),
    );
  });
});

describe("firstMissingField and nextFieldToAsk", () => {
  it("walks the required fields in order", () => {
    const order: FieldKey[] = [];
    let p: ProfileValues = {};
    for (let key = firstMissingField(p); key !== null; key = firstMissingField(p)) {
      order.push(key);
      p = { ...p, [key]: COMPLETE[key] };
    }
    expect(order).toEqual([
      "nama",
      "tahapan",
      "inisiator",
      "namaInisiator",
      "jenis",
      "bentuk",
      "tematik",
      "urusanUtama",
      "waktuUjiCoba",
      "waktuPenerapan",
      "rancangBangun",
      "tujuan",
      "manfaat",
      "hasil",
    ]);
  });

  it("asks the pengembangan terbaru date after penerapan only when penerapan lies before the period's window", () => {
    const before: ProfileValues = { ...COMPLETE, waktuPenerapan: "2023-05-01", pengembanganTerbaru: undefined };
    expect(firstMissingField(before, PROFILE_FIELDS, PERIOD_2026)).toBe("pengembanganTerbaru");
    expect(nextFieldToAsk(before, PROFILE_FIELDS, PERIOD_2026)).toBe("pengembanganTerbaru");
    expect(firstMissingField({ ...before, waktuPenerapan: "2024-05-01" }, PROFILE_FIELDS, PERIOD_2026)).toBeNull();
    const refuses = { ...PERIOD_2026, eligibility: { ...PERIOD_2026.eligibility, beforeWindow: "tolak" as const } };
    expect(firstMissingField(before, PROFILE_FIELDS, refuses)).toBeNull();
  });

  it("is null for a complete profile", () => {
    expect(firstMissingField(COMPLETE)).toBeNull();
    expect(nextFieldToAsk(COMPLETE)).toBeNull();
  });

  it("does not need namaInisiator when the inisiator is the OPD", () => {
    expect(firstMissingField({ ...COMPLETE, inisiator: "opd", namaInisiator: undefined })).toBeNull();
    expect(firstMissingField({ ...COMPLETE, inisiator: "kdh", namaInisiator: undefined })).toBe("namaInisiator");
  });

  it("treats urusanLain as optional but asks it once in order", () => {
    const noLain = { ...COMPLETE, urusanLain: undefined };
    expect(firstMissingField(noLain)).toBeNull();
    expect(nextFieldToAsk(noLain)).toBe("urusanLain");
    expect(nextFieldToAsk({ ...noLain, urusanLain: [] })).toBeNull();
  });

  it("keeps asking rancang bangun until it has enough words", () => {
    expect(firstMissingField({ ...COMPLETE, rancangBangun: [words(299)] })).toBe("rancangBangun");
    expect(firstMissingField({ ...COMPLETE, rancangBangun: [words(299), "tambah"] })).toBeNull();
    expect(firstMissingField({ ...COMPLETE, rancangBangun: [words(100)] }, profileFields(100))).toBeNull();
  });

  it("treats a blank stored string as missing", () => {
    expect(firstMissingField({ ...COMPLETE, manfaat: "  " })).toBe("manfaat");
  });
});

describe("filterUrusan and paginate", () => {
  const names = (q: string) => filterUrusan(q).map((u) => u.name);

  it("finds by part of a name, ignoring case and diacritics", () => {
    expect(names("pend")).toEqual(expect.arrayContaining(["Pendidikan", "Pendidikan dan pelatihan"]));
    expect(names("PEND")).toEqual(names("pend"));
    expect(names("péndidikan")).toEqual(["Pendidikan", "Pendidikan dan pelatihan"]);
    expect(names("  pend   pelat ")).toEqual(["Pendidikan dan pelatihan"]);
    expect(names("ketertiban")).toEqual(["Ketenteraman, ketertiban umum, dan pelindungan masyarakat"]);
    expect(names("xyz")).toEqual([]);
  });

  it("keeps every urusan, in catalog order, for an empty query", () => {
    expect(filterUrusan("  ")).toEqual([...URUSAN]);
  });

  it("pages with clamping", () => {
    const all = filterUrusan("");
    expect(paginate(all, 1, 10)).toMatchObject({ page: 1, pages: 4 });
    expect(paginate(all, 4, 10).items).toHaveLength(8);
    expect(paginate(all, 99, 10)).toMatchObject({ page: 4, pages: 4 });
    expect(paginate(all, 0, 10).page).toBe(1);
    expect(paginate(all, Number.NaN, 10).page).toBe(1);
    expect(paginate(all, 2.7, 10).page).toBe(2);
    expect(paginate([], 3, 10)).toEqual({ items: [], page: 1, pages: 1 });
    expect(paginate([1, 2, 3], 2, 0)).toEqual({ items: [2], page: 2, pages: 3 });
  });

  it("pages partition the list", () => {
    fc.assert(
      fc.property(fc.array(fc.integer(), { maxLength: 60 }), fc.integer({ min: 1, max: 12 }), (xs, per) => {
        const { pages } = paginate(xs, 1, per);
        const joined = Array.from({ length: pages }, (_, i) => paginate(xs, i + 1, per).items).flat();
        expect(joined).toEqual(xs);
      }),
    );
  });
});

import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { countWords, rancangBangunProgress } from "../../../src/core/profile/words.js";

describe("countWords", () => {
  it.each([
    ["", 0],
    ["   \n\t ", 0],
    ["Inovasi layanan publik", 3],
    ["  banyak   spasi\n\ndan baris  ", 4],
    ["Layanan e-KTP keliling", 3],
    ["anak-anak sekolah", 2],
    ["hari Jum'at pagi", 3],
    ["Halo, dunia! Apa kabar?", 4],
    ["— ... !!! ???", 0],
    ["Mantap 👍🎉 sekali 🚀", 2],
    ["🇮🇩", 0],
    ["Anggaran Rp 1.000.000 atau 3,5 persen", 6],
    ["tahun 2024 dan 2025", 4],
    ["2020–2024", 2],
    ["kalimat.Berikutnya", 2],
    ["Pelayanan terpadu: cepat; mudah, murah.", 5],
    ["café naïve", 2],
    ["日本語 ok", 2],
  ])("%j has %i words", (text, n) => {
    expect(countWords(text)).toBe(n);
  });

  it("adding a word separated by a space adds one", () => {
    const word = fc.stringMatching(/^[a-zA-Z0-9]{1,12}$/);
    fc.assert(
      fc.property(fc.array(word, { maxLength: 50 }), (words) => {
        expect(countWords(words.join(" "))).toBe(words.length);
        expect(countWords(words.join(" , "))).toBe(words.length);
      }),
    );
  });
});

describe("rancangBangunProgress", () => {
  const words = (n: number) => Array.from({ length: n }, (_, i) => `kata${i}`).join(" ");

  it("sums words over several messages", () => {
    expect(rancangBangunProgress([], 300)).toEqual({ words: 0, missing: 300, done: false });
    expect(rancangBangunProgress([words(120)], 300)).toEqual({ words: 120, missing: 180, done: false });
    expect(rancangBangunProgress([words(120), words(100)], 300)).toEqual({
      words: 220,
      missing: 80,
      done: false,
    });
    expect(rancangBangunProgress([words(120), words(100), words(80)], 300)).toEqual({
      words: 300,
      missing: 0,
      done: true,
    });
    expect(rancangBangunProgress([words(250), words(100)], 300)).toEqual({
      words: 350,
      missing: 0,
      done: true,
    });
  });

  it("never glues a word across messages", () => {
    expect(rancangBangunProgress(["dasar huk", "um"], 3).words).toBe(3);
  });

  it("uses the minimum it is given", () => {
    expect(rancangBangunProgress([words(50)], 50).done).toBe(true);
    expect(rancangBangunProgress([words(50)], 51)).toEqual({ words: 50, missing: 1, done: false });
  });
});

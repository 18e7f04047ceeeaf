import { describe, expect, it } from "vitest";
import { firstConcern, levelChanges, levelsAfterVerification } from "../../src/core/verification/index.js";

const CODES = ["16", "17", "18", "35"];
const FIELDS = [
  { key: "rancangBangun", label: "Rancang bangun" },
  { key: "hasil", label: "Hasil" },
];

describe("firstConcern", () => {
  it("takes whichever the note names first: an indicator or a profile field", () => {
    expect(firstConcern("SK pada indikator 17 tidak terbaca; rancang bangun kurang.", CODES, FIELDS)).toEqual({ kind: "indicator", code: "17" });
    expect(firstConcern("Rancang bangun kurang rinci, lalu Indikator 16.", CODES, FIELDS)).toEqual({ kind: "field", key: "rancangBangun" });
  });
  it("ignores numbers that are no indicator and words that only contain a label", () => {
    expect(firstConcern("Cakupan naik 17 persen, indikator 99 tidak ada; penghasilan naik.", CODES, FIELDS)).toBeNull();
  });
});

describe("levelChanges", () => {
  it("lists only levels Bappeda set differently from the claim, in catalog order", () => {
    expect(levelChanges(CODES, { "16": 3, "17": 2 }, { "17": 1, "16": 3, "18": 2, "35": null })).toEqual([
      { code: "17", claimed: 2, verified: 1 },
      { code: "18", claimed: null, verified: 2 },
    ]);
    expect(levelsAfterVerification({ "16": 3, "17": 2 }, { "17": 1, "35": null })).toEqual({ "16": 3, "17": 1 });
  });
});

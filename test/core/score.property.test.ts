import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { PERIOD_2023, PERIOD_2026, parsePeriod, URUSAN } from "../../src/core/period/index.js";
import type { Level, Period } from "../../src/core/period/index.js";
import { computeIndex, suggestActions } from "../../src/core/score/index.js";
import type { IndexInput, InnovationInput, InnovationStatus, View } from "../../src/core/score/index.js";
import { applySuggestion, innovation } from "./score-helpers.js";

// A variant with a small cap and k so that n > k and n > cap are reached by small inputs.
const SMALL: Period = {
  ...PERIOD_2026,
  year: 2099,
  k: 3,
  jumlahRule: { ...PERIOD_2026.jumlahRule, cap: 4, minYandas: 2 },
};
const PERIODS = [PERIOD_2023, PERIOD_2026, SMALL];
const VIEWS: readonly View[] = ["klaim", "terverifikasi", "proyeksi"];
const STATUSES: readonly InnovationStatus[] = ["draf", "diajukan", "dikembalikan", "terverifikasi", "ditarik"];
// Yandas urusan are over-represented so the gate opens in a fair share of cases.
const URUSAN_IDS = [...URUSAN.map((u) => u.id), ...URUSAN.filter((u) => u.yandas).map((u) => u.id)];

const level = fc.constantFrom<Level>(0, 1, 2, 3);
const levelsOf = (codes: readonly { code: string }[]) =>
  fc.record(Object.fromEntries(codes.map((c) => [c.code, level])) as Record<string, fc.Arbitrary<Level>>);
const verifiedOf = (codes: readonly { code: string }[]) =>
  fc.record(Object.fromEntries(codes.map((c) => [c.code, fc.option(level, { nil: null })])) as Record<string, fc.Arbitrary<Level | null>>);

const innovationArb: fc.Arbitrary<InnovationInput> = fc
  .record({
    status: fc.constantFrom(...STATUSES),
    urusanUtama: fc.constantFrom(...URUSAN_IDS),
    urusanLain: fc.array(fc.constantFrom(...URUSAN_IDS), { maxLength: 2 }),
    claimed: levelsOf(PERIOD_2026.sid),
    verified: verifiedOf(PERIOD_2026.sid),
  })
  .map((r) => innovation(r));

const inputArb: fc.Arbitrary<IndexInput> = fc.record({
  spdLevels: levelsOf(PERIOD_2026.spd),
  innovations: fc.array(innovationArb, { maxLength: 30 }),
});
const periodArb = fc.constantFrom(...PERIODS);
const viewArb = fc.constantFrom(...VIEWS);

describe("index properties", () => {
  it("the small test period is a valid period", () => {
    expect(parsePeriod(SMALL).success).toBe(true);
  });

  it("the index stays within [0, 100]", () => {
    fc.assert(
      fc.property(periodArb, inputArb, viewArb, (p, input, view) => {
        const r = computeIndex(p, input, view);
        expect(r.iidExact).toBeGreaterThanOrEqual(0);
        expect(r.iidExact).toBeLessThanOrEqual(100 + 1e-9);
        expect(r.iid).toBeGreaterThanOrEqual(0);
        expect(r.iid).toBeLessThanOrEqual(100);
      }),
      { numRuns: 300 },
    );
  });

  it("raising any level (SPD, claimed or verified) never lowers the index in any view", () => {
    const target = fc.record({
      where: fc.constantFrom("spd", "claimed", "verified"),
      pick: fc.nat(),
      code: fc.nat(),
    });
    fc.assert(
      fc.property(periodArb, inputArb, target, (p, input, t) => {
        let next: IndexInput;
        if (t.where === "spd" || input.innovations.length === 0) {
          const code = p.spd[t.code % p.spd.length]?.code ?? "1";
          const to = Math.min(3, (input.spdLevels[code] ?? 0) + 1) as Level;
          next = { ...input, spdLevels: { ...input.spdLevels, [code]: to } };
        } else {
          const i = t.pick % input.innovations.length;
          const code = p.sid[t.code % p.sid.length]?.code ?? "16";
          next = {
            ...input,
            innovations: input.innovations.map((inv, j) => {
              if (j !== i) return inv;
              const map = t.where === "claimed" ? inv.claimed : inv.verified;
              const to = Math.min(3, (map[code] ?? 0) + 1) as Level;
              return { ...inv, [t.where]: { ...map, [code]: to } };
            }),
          };
        }
        for (const view of VIEWS) {
          const before = computeIndex(p, input, view);
          const after = computeIndex(p, next, view);
          expect(after.iidExact).toBeGreaterThanOrEqual(before.iidExact - 1e-12);
          expect(after.iid).toBeGreaterThanOrEqual(before.iid);
        }
      }),
      { numRuns: 300 },
    );
  });
});

/*
 * "Adding a zero-score innovation never raises the index" is NOT true under the formula:
 *   SID = S / MAX(k, n) + p × MIN(n, cap) × [gate]
 * Adding a counted innovation of kematangan 0 never raises the average term S / MAX(k, n), but
 * it raises the jumlah term by p (0,38) when, after adding, the gate is open and n < cap —
 * including when the new innovation's yandas urusan is what opens the gate. The index then
 * rises exactly when p × ΔMIN(n, cap) (+ the whole jumlah if the gate just opened) exceeds the
 * average's loss S/MAX(k,n) − S/MAX(k,n+1): always when n < k (the loss is 0), and when n ≥ k
 * iff mean kematangan / (n + 1) < p. So we check: (a) the average term never rises; (b) when
 * the jumlah term is unchanged (gate stays closed, or n ≥ cap) the index never rises; (c)
 * otherwise it rises iff the jumlah gain beats the average's loss, computed independently.
 * A counter makes sure both (b) and (c) actually occur in the generated cases.
 */
describe("adding a zero-score innovation", () => {
  const zeroFor = (view: View, urusanUtama: string): InnovationInput =>
    innovation({
      status: view === "klaim" ? "diajukan" : view === "terverifikasi" ? "terverifikasi" : "draf",
      urusanUtama,
      claimed: {},
      verified: {},
    });

  it("obeys the exact rule above", () => {
    const seen = { unchanged: 0, grows: 0, rises: 0 };
    fc.assert(
      fc.property(periodArb, inputArb, viewArb, fc.constantFrom(...URUSAN_IDS), (p, input, view, u) => {
        const before = computeIndex(p, input, view);
        const after = computeIndex(p, { ...input, innovations: [...input.innovations, zeroFor(view, u)] }, view);
        expect(after.n).toBe(before.n + 1);
        expect(after.sumKematangan).toBe(before.sumKematangan);
        expect(after.avgKematangan).toBeLessThanOrEqual(before.avgKematangan + 1e-12); // (a)
        const S = before.sumKematangan;
        const avgLoss = S / Math.max(p.k, before.n) - S / Math.max(p.k, before.n + 1);
        const jumlahGain = after.jumlahInovasi - before.jumlahInovasi;
        expect(jumlahGain).toBeGreaterThanOrEqual(-1e-12);
        const rose = after.iidExact > before.iidExact + 1e-12;
        if (Math.abs(jumlahGain) < 1e-12) {
          seen.unchanged += 1;
          expect(rose).toBe(false); // (b)
        } else {
          seen.grows += 1;
          if (rose) seen.rises += 1;
          expect(rose).toBe(jumlahGain - avgLoss > 1e-12); // (c)
        }
      }),
      { numRuns: 500 },
    );
    expect(seen.unchanged).toBeGreaterThan(0);
    expect(seen.grows).toBeGreaterThan(0);
    expect(seen.rises).toBeGreaterThan(0);
  });

  it("a concrete counterexample: n < k with the gate open gains exactly 0,38 / 2,5", () => {
    const yandas = URUSAN.filter((u) => u.yandas).map((u) => innovation({ urusanUtama: u.id }));
    const input: IndexInput = { spdLevels: {}, innovations: yandas };
    const before = computeIndex(PERIOD_2026, input, "klaim");
    const after = computeIndex(PERIOD_2026, { ...input, innovations: [...yandas, zeroFor("klaim", "statistik")] }, "klaim");
    expect(after.iidExact - before.iidExact).toBeCloseTo(0.38 / 2.5, 12);
  });
});

describe("suggestActions against full recomputation", () => {
  it("every suggested gain equals a recompute; no enumerated action beats the first", () => {
    fc.assert(
      fc.property(periodArb, inputArb, viewArb, (p, input, view) => {
        const list = suggestActions(p, input, view, 1000);
        const base = computeIndex(p, input, view).iidExact;
        const recompute = (next: IndexInput) => computeIndex(p, next, view).iidExact - base;
        for (const s of list) {
          expect(s.gain).toBeGreaterThan(0);
          if (s.kind !== "addInnovation") {
            expect(s.gain).toBeCloseTo(recompute(applySuggestion(p, input, view, s)), 10);
          } else {
            // The assumed mean kematangan is usually fractional: the exact gain must lie between
            // the recomputed gains of real innovations at its floor and ceiling.
            const lo = recompute(applySuggestion(p, input, view, s, Math.floor(s.assumedKematangan)));
            const hi = recompute(applySuggestion(p, input, view, s, Math.ceil(s.assumedKematangan)));
            expect(s.gain).toBeGreaterThanOrEqual(lo - 1e-10);
            expect(s.gain).toBeLessThanOrEqual(hi + 1e-10);
          }
        }
        // Brute force: every one-level raise of a counted innovation, recomputed in full.
        const best = list[0]?.gain ?? 0;
        for (const inv of input.innovations) {
          for (const ind of p.sid) {
            const src = view === "terverifikasi" ? inv.verified : inv.claimed;
            const from = src[ind.code] ?? 0;
            if (from === 3) continue;
            const s = { kind: "raiseLevel", innovationId: inv.id, indicatorCode: ind.code, from, to: (from + 1) as Level, gain: 0, iidAfter: 0 } as const;
            expect(recompute(applySuggestion(p, input, view, s))).toBeLessThanOrEqual(best + 1e-10);
          }
        }
      }),
      { numRuns: 100 },
    );
  });
});

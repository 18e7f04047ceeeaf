// Half-up (away from zero) rounding that forgives binary float noise: 59.995 is stored as
// 59.99499999999999…, and a naive Math.round(x * 100) would give 59.99 and the wrong band.
// The tolerance is far below the smallest real gap between an index value and a half-cent
// (index values are rationals with denominators ≤ 5·MAX(k, n)), so it never moves a true value.
export function roundHalfUp(x: number, decimals = 2): number {
  if (!Number.isFinite(x)) return x;
  const f = 10 ** decimals;
  const v = Math.abs(x) * f;
  const eps = Math.max(1e-9, v * 1e-13);
  const r = Math.floor(v + 0.5 + eps);
  if (r === 0) return 0;
  return (x < 0 ? -r : r) / f;
}

/** A score as integer hundredths, for exact comparisons against band edges. */
export function toHundredths(x: number): number {
  return Math.round(roundHalfUp(x, 2) * 100);
}

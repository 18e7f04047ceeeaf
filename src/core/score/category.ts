import type { Band, CategoryName, Period } from "../period/schema.js";
import { roundHalfUp, toHundredths } from "./round.js";

function bandsAscending(period: Period): Band[] {
  return [...period.bands].sort((a, b) => toHundredths(a.min) - toHundredths(b.min));
}

function bandIndex(asc: readonly Band[], iid: number): number {
  const h = toHundredths(iid);
  return asc.findIndex((b) => toHundredths(b.min) <= h && h <= toHundredths(b.max));
}

/**
 * The predikat for an index under this period's bands. The value is rounded to 2 decimals
 * first, because the bands are published in 2 decimals (59,995 is 60,00, which is Inovatif
 * under 2022–2024 bands, while 60,005 is 60,01: Sangat Inovatif).
 */
export function categoryFor(period: Period, iid: number): CategoryName {
  const asc = bandsAscending(period);
  const i = bandIndex(asc, iid);
  const band = asc[i];
  if (!band) throw new RangeError(`index ${iid} is outside the bands of ${period.year}`);
  return band.category;
}

export interface DistanceToNext {
  readonly next: CategoryName;
  /** Points needed on the rounded index to reach the next band's lower edge. */
  readonly points: number;
}

/** How far the (rounded) index is from the next band up; null when already at the top. */
export function distanceToNext(period: Period, iid: number): DistanceToNext | null {
  const asc = bandsAscending(period);
  const i = bandIndex(asc, iid);
  if (i < 0) throw new RangeError(`index ${iid} is outside the bands of ${period.year}`);
  const next = asc[i + 1];
  if (!next) return null;
  const points = (toHundredths(next.min) - toHundredths(iid)) / 100;
  return { next: next.category, points: roundHalfUp(points, 2) };
}

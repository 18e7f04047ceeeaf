import { PERIOD_2023 } from "./data-2023.js";
import { PERIOD_2024 } from "./data-2024.js";
import { PERIOD_2025 } from "./data-2025.js";
import { PERIOD_2026 } from "./data-2026.js";
import type { Period, SidIndicator, SpdIndicator } from "./schema.js";

export * from "./schema.js";
export * from "./types.js";
export * from "./urusan.js";
export * from "./portal.js";
export { PERIOD_2023 } from "./data-2023.js";
export { PERIOD_2024 } from "./data-2024.js";
export { PERIOD_2025 } from "./data-2025.js";
export { PERIOD_2026 } from "./data-2026.js";

/** Periods shipped with the bot, oldest first. Admins may add copies; these stay read-only. */
export const SHIPPED_PERIODS: readonly Period[] = [PERIOD_2023, PERIOD_2024, PERIOD_2025, PERIOD_2026];

export function getShippedPeriod(year: number): Period | undefined {
  return SHIPPED_PERIODS.find((p) => p.year === year);
}

export function getSidIndicator(period: Period, code: string): SidIndicator | undefined {
  return period.sid.find((i) => i.code === code);
}

export function getSpdIndicator(period: Period, code: string): SpdIndicator | undefined {
  return period.spd.find((i) => i.code === code);
}

/** Maximum kematangan of one innovation (Σ bobot × 3); 111 for the shipped catalogs. */
export function maxKematangan(period: Period): number {
  return period.sid.reduce((s, i) => s + i.bobot * 3, 0);
}

/** Maximum SPD score (Σ bobot × 3); 63 for the shipped catalogs. */
export function maxSpd(period: Period): number {
  return period.spd.reduce((s, i) => s + i.bobot * 3, 0);
}
export * from "./carry-over.js";

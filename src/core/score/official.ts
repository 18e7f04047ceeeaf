import type { CategoryName } from "../period/types.js";
import { toHundredths } from "./round.js";
import type { IndexBreakdown } from "./types.js";

// The ministry's published result of a year beside the bot's national view. Some years are
// known only by their category (Kota Serang 2020 "Kurang Inovatif", IGA 2025 "Sangat Inovatif"
// without a published score), so the score is optional throughout.

export interface OfficialYear {
  readonly year: number;
  /** Hundredths, or null when only the category was published. */
  readonly scoreHundredths: number | null;
  readonly category: string;
}

export interface OfficialComparison {
  readonly sameCategory: boolean;
  /** National view minus the official score, in points; null when no score was published. */
  readonly difference: number | null;
}

export function compareWithOfficial(national: Pick<IndexBreakdown, "iid" | "category">, official: OfficialYear): OfficialComparison {
  return {
    sameCategory: national.category === (official.category as CategoryName),
    difference: official.scoreHundredths === null ? null : (toHundredths(national.iid) - official.scoreHundredths) / 100,
  };
}

import type { CategoryName, Level, YandasReading } from "../period/types.js";

export type { Level } from "../period/types.js";

export type InnovationStatus = "draf" | "diajukan" | "dikembalikan" | "terverifikasi" | "ditarik";

/**
 * - klaim: what OPDs claim, over submitted innovations (not draf, not ditarik);
 * - terverifikasi: verified levels over verified innovations only;
 * - proyeksi: claimed levels as if every draft were submitted too;
 * - nasional: after the ministry's verification, as the ministry computes it: every innovation
 *   with a national result counts in n, rejected ones with score 0.
 * Innovations that fail the period's eligibility rules count in no view but nasional (where
 * the ministry has already judged them).
 */
export type View = "klaim" | "terverifikasi" | "proyeksi" | "nasional";

export const NATIONAL_RESULTS = ["diterima", "ditolak"] as const;
export type NationalResult = (typeof NATIONAL_RESULTS)[number];

/** The ministry's verdict on one innovation; levels are the verified ones when recorded. */
export interface NationalInput {
  readonly result: NationalResult;
  readonly levels: VerifiedLevelMap | null;
}

export type LevelMap = Readonly<Record<string, Level | undefined>>;
/** Verification may leave an indicator unset (null): it then counts as level 0. */
export type VerifiedLevelMap = Readonly<Record<string, Level | null | undefined>>;

export interface InnovationInput {
  readonly id: string;
  readonly name: string;
  readonly opdId: string;
  readonly status: InnovationStatus;
  readonly urusanUtama: string;
  readonly urusanLain: readonly string[];
  readonly claimed: LevelMap;
  readonly verified: VerifiedLevelMap;
  /** Profile facts the eligibility and stage rules read; absent means not filled yet. */
  readonly tahapan?: string | null;
  readonly waktuPenerapan?: string | null;
  readonly pengembanganTerbaru?: string | null;
  readonly national?: NationalInput | null;
}

export interface IndexInput {
  readonly spdLevels: LevelMap;
  readonly innovations: readonly InnovationInput[];
}

export interface IndexBreakdown {
  readonly year: number;
  readonly view: View;
  readonly spd: number;
  /** Innovations counted in this view. */
  readonly n: number;
  /** Innovations this view would count by status but the period's eligibility rules leave out. */
  readonly excluded: number;
  readonly k: number;
  /** MAX(k, n). */
  readonly divisor: number;
  readonly sumKematangan: number;
  /** sumKematangan / MAX(k, n), unrounded. */
  readonly avgKematangan: number;
  readonly jumlahInovasi: number;
  /** Yandas urusan ids covered by counted innovations under the period's reading, catalog order. */
  readonly yandasCovered: readonly string[];
  readonly yandasGateOpen: boolean;
  /** Which urusan the gate counted (the period's rule). */
  readonly yandasReading: YandasReading;
  readonly sid: number;
  /** (SPD + SID) / 250 × 100 before rounding. */
  readonly iidExact: number;
  /** iidExact rounded half-up to 2 decimals: the value bands are applied to. */
  readonly iid: number;
  readonly category: CategoryName;
}

export type Suggestion =
  | {
      readonly kind: "raiseLevel";
      readonly innovationId: string;
      readonly indicatorCode: string;
      readonly from: Level;
      readonly to: Level;
      readonly gain: number;
      readonly iidAfter: number;
    }
  | {
      readonly kind: "addInnovation";
      /** A missing yandas urusan; absent means "any urusan that leaves yandas coverage as is". */
      readonly urusan?: string;
      /** The kematangan assumed for the new innovation: the current mean of counted ones, or 0. */
      readonly assumedKematangan: number;
      readonly unlocksJumlahInovasi: boolean;
      readonly gain: number;
      readonly iidAfter: number;
    }
  | {
      readonly kind: "completeDrafts";
      /** Drafts submitted with their claimed levels (klaim view only). */
      readonly count: number;
      readonly gain: number;
      readonly iidAfter: number;
    };

export type SuggestionKind = Suggestion["kind"];

import type { CategoryName, Level } from "../period/types.js";

export type { Level } from "../period/types.js";

export type InnovationStatus = "draf" | "diajukan" | "dikembalikan" | "terverifikasi" | "ditarik";

/**
 * - klaim: what OPDs claim, over submitted innovations (not draf, not ditarik);
 * - terverifikasi: verified levels over verified innovations only;
 * - proyeksi: claimed levels as if every draft were submitted too.
 */
export type View = "klaim" | "terverifikasi" | "proyeksi";

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
  readonly k: number;
  /** MAX(k, n). */
  readonly divisor: number;
  readonly sumKematangan: number;
  /** sumKematangan / MAX(k, n), unrounded. */
  readonly avgKematangan: number;
  readonly jumlahInovasi: number;
  /** Yandas urusan ids covered by counted innovations (utama or beririsan), catalog order. */
  readonly yandasCovered: readonly string[];
  readonly yandasGateOpen: boolean;
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

/**
 * Kota Serang's published IID results (domain brief §3, [C]), shipped so /kategori has the
 * history on a fresh install. Scores in hundredths, as the table stores them.
 */
export const KOTA_SERANG_OFFICIAL_RESULTS: readonly { year: number; scoreHundredths: number; category: string }[] = [
  { year: 2021, scoreHundredths: 4971, category: "Inovatif" },
  { year: 2022, scoreHundredths: 6056, category: "Sangat Inovatif" },
  { year: 2023, scoreHundredths: 5403, category: "Inovatif" },
];

/** The Pemda the shipped history belongs to; another deployment starts with no history. */
export const KOTA_SERANG_NAME = "Kota Serang";

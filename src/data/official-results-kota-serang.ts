/**
 * Kota Serang's published IID results (domain brief §3, [C]), shipped so /kategori has the
 * history on a fresh install. Scores in hundredths, as the table stores them; null where only
 * the category was published. Sources: 2021–2023 and IGA 2025 "Kota Sangat Inovatif" from
 * bantentv.com ("Kota Serang Raih Predikat Sangat Inovatif pada IGA Award 2025", 10 Dec 2025,
 * no 2025 score given); 2022 also gatra.com (BSKDN, 23 Feb 2023: 60,56); 2020 "Kurang
 * Inovatif" from the domain brief's history of Kota Serang [C], score not published.
 */
export const KOTA_SERANG_OFFICIAL_RESULTS: readonly { year: number; scoreHundredths: number | null; category: string }[] = [
  { year: 2020, scoreHundredths: null, category: "Kurang Inovatif" },
  { year: 2021, scoreHundredths: 4971, category: "Inovatif" },
  { year: 2022, scoreHundredths: 6056, category: "Sangat Inovatif" },
  { year: 2023, scoreHundredths: 5403, category: "Inovatif" },
  { year: 2025, scoreHundredths: null, category: "Sangat Inovatif" },
];

/** The Pemda the shipped history belongs to; another deployment starts with no history. */
export const KOTA_SERANG_NAME = "Kota Serang";

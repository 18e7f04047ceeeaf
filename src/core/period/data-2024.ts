import { PERIOD_2023 } from "./data-2023.js";
import type { Period } from "./schema.js";

// Penilaian IID 2024. Only the bands are confirmed; the rest follows 2023 and is marked assumed.
// Built from the 2023 period (itself from buildSid and spd2026) so that changes to the shared
// builders reach this year too.
const BASE = structuredClone(PERIOD_2023);

export const PERIOD_2024: Period = {
  ...BASE,
  year: 2024,
  // [C] smpantura.news (Kabupaten Tegal, IGA 2024): "di bawah 35 ... kurang inovatif ... 35-60
  // inovatif ... di atas 60 ... sangat inovatif"; the same edges as 2022–2023.
  bands: [
    { category: "Sangat Inovatif", min: 60.01, max: 100 },
    { category: "Inovatif", min: 35.0, max: 60.0 },
    { category: "Kurang Inovatif", min: 0.01, max: 34.99 },
    { category: "Tidak Dapat Dinilai", min: 0, max: 0 },
  ],
  k: 10,
  jumlahRule: {
    ...BASE.jumlahRule,
    assumed: true,
    note: "Sebelum 2026 hanya nilai maksimum 76 yang diketahui; aturan 2026 dipakai sebagai bawaan.",
  },
  penerapanWindow: {
    from: "2022-01-01",
    to: "2023-12-31",
    assumed: true,
    note: "Diasumsikan dua tahun sebelum tahun penilaian, mengikuti pola 2026.",
  },
  eligibility: {
    beforeWindow: "pengembangan",
    maxParticipation: 2,
    assumed: true,
    note: "Batas dua kali ikut: smpantura.news (IGA 2024). Aturan tanggal pengembangan diasumsikan sama dengan 2026.",
  },
  notes: [
    {
      about: "bands",
      assumed: false,
      text: "Pita 2024 sama dengan 2022–2023 (di bawah 35 Kurang Inovatif, 35–60 Inovatif, di atas 60 Sangat Inovatif): smpantura.news, Kabupaten Tegal Sangat Inovatif 2024.",
    },
    { about: "k", assumed: true, text: "k = 10 diasumsikan sama dengan 2023; nilai 2024 tidak ditemukan dalam sumber publik." },
    { about: "jumlahRule", assumed: true, text: "Aturan jumlah inovasi 2026 (0,38 per inovasi, maks. 200, minimal 5 yandas) dipakai sebagai bawaan." },
    { about: "yandas", assumed: true, text: "Gerbang yandas diasumsikan menghitung urusan utama saja." },
    { about: "penerapanWindow", assumed: true, text: "Rentang waktu penerapan 2022-01-01 s.d. 2023-12-31 diasumsikan." },
    {
      about: "eligibility",
      assumed: true,
      text: "Paling banyak 2 kali ikut (smpantura.news, IGA 2024); penerapan sebelum rentang diasumsikan perlu tanggal pengembangan terbaru seperti 2026.",
    },
    { about: "tematik", assumed: true, text: "Tematik 2024 diasumsikan sama dengan 2023." },
    { about: "spd", assumed: true, text: "Bobot SPD per indikator 2024 tidak dipublikasikan (hanya total 63); katalog SPD 2026 dipakai." },
    { about: "sid", assumed: true, text: "Teks tingkat SID 2024 diasumsikan sama dengan 2023." },
    { about: "wajib", assumed: true, text: "Indikator wajib 2024 diasumsikan sama dengan 2026 (SID 16, 17, 32, 33, 35)." },
  ],
};

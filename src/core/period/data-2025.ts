import { PERIOD_2026 } from "./data-2026.js";
import type { Period } from "./schema.js";

// Penilaian IID 2025, the year Kota Serang was named "Kota Sangat Inovatif" (IGA 2025). Built
// from the 2026 period (itself from buildSid and spd2026): 2025 already groups tematik by the
// Asta Cita (bappeda.tangerangkota.go.id, "Persiapan Penilaian Innovative Goverment").
const BASE = structuredClone(PERIOD_2026);

export const PERIOD_2025: Period = {
  ...BASE,
  year: 2025,
  // Sangat Inovatif from 65,01 [C]: bappeda.tangerangkota.go.id ("Predikat penilaian tahun 2025
  // diperketat menjadi: Sangat Inovatif 65,01–100,00"; Kepmendagri 400.10.11–6097 Tahun 2025).
  // The Inovatif lower edge is disputed (35,01 or 40,01); 40,01 is assumed, as in 2026.
  bands: [
    { category: "Sangat Inovatif", min: 65.01, max: 100 },
    { category: "Inovatif", min: 40.01, max: 65.0 },
    { category: "Kurang Inovatif", min: 0.01, max: 40.0 },
    { category: "Tidak Dapat Dinilai", min: 0, max: 0 },
  ],
  k: 10,
  jumlahRule: {
    ...BASE.jumlahRule,
    assumed: true,
    note: "Aturan jumlah inovasi 2026 dipakai sebagai bawaan; nilai 2025 tidak dipublikasikan.",
  },
  penerapanWindow: {
    from: "2023-01-01",
    to: "2024-12-31",
    assumed: true,
    note: "Diasumsikan dua tahun sebelum tahun penilaian, mengikuti pola 2026.",
  },
  eligibility: {
    beforeWindow: "pengembangan",
    maxParticipation: 2,
    assumed: true,
    note: "Diasumsikan sama dengan 2026.",
  },
  notes: [
    {
      about: "bands",
      assumed: true,
      text: "Sangat Inovatif mulai 65,01 (bappeda.tangerangkota.go.id, IID 2025). Batas bawah Inovatif diperdebatkan (35,01 atau 40,01); dipakai 40,01 seperti 2026, asumsi.",
    },
    { about: "k", assumed: true, text: "k = 10 diasumsikan (2023: 10, 2026: 12); nilai 2025 tidak ditemukan dalam sumber publik." },
    { about: "jumlahRule", assumed: true, text: "Aturan jumlah inovasi 2026 (0,38 per inovasi, maks. 200, minimal 5 yandas) dipakai sebagai bawaan." },
    { about: "yandas", assumed: true, text: "Gerbang yandas diasumsikan menghitung urusan utama saja." },
    { about: "penerapanWindow", assumed: true, text: "Rentang waktu penerapan 2023-01-01 s.d. 2024-12-31 diasumsikan." },
    { about: "eligibility", assumed: true, text: "Aturan keikutsertaan 2026 (tanggal pengembangan terbaru, paling banyak 2 kali) diasumsikan." },
    { about: "tematik", assumed: true, text: "Tematik 2025 dikelompokkan menurut 8 Asta Cita (bappeda.tangerangkota.go.id); nama singkat adalah ringkasan." },
    { about: "sid", assumed: true, text: "Teks tingkat SID 2025 diasumsikan sama dengan 2026." },
    { about: "spd", assumed: true, text: "Katalog SPD 2026 dipakai; bobot per indikator 2025 tidak dipublikasikan." },
  ],
};

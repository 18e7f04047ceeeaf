import type { Period } from "./schema.js";
import { DEFAULT_PORTAL_RULES } from "./portal.js";
import { buildSid } from "./sid-base.js";
import { spd2026 } from "./spd-2026.js";

// Penilaian IID 2023. Bands and k are confirmed [C]; the rest is marked where assumed.
export const PERIOD_2023: Period = {
  year: 2023,
  bands: [
    { category: "Sangat Inovatif", min: 60.01, max: 100 },
    { category: "Inovatif", min: 35.0, max: 60.0 },
    { category: "Kurang Inovatif", min: 0.01, max: 34.99 },
    { category: "Tidak Dapat Dinilai", min: 0, max: 0 },
  ],
  k: 10,
  jumlahRule: {
    perInnovation: 0.38,
    cap: 200,
    minYandas: 5,
    yandasReading: "utama",
    assumed: true,
    note: "Sebelum 2026 hanya nilai maksimum 76 yang diketahui; aturan 2026 dipakai sebagai bawaan.",
  },
  penerapanWindow: {
    from: "2021-01-01",
    to: "2022-12-31",
    assumed: true,
    note: "Diasumsikan dua tahun sebelum tahun penilaian, mengikuti pola 2026.",
  },
  eligibility: {
    beforeWindow: "pengembangan",
    maxParticipation: 2,
    assumed: true,
    note: "Batas dua kali keikutsertaan dilaporkan untuk IGA 2024 (smpantura.news); aturan pengembangan 2026 dipakai sebagai bawaan.",
  },
  tematik: [
    { id: "digitalisasi-layanan", name: "Digitalisasi layanan pemerintahan" },
    { id: "penanggulangan-kemiskinan", name: "Penanggulangan kemiskinan" },
    { id: "kemudahan-investasi", name: "Kemudahan investasi" },
    { id: "prioritas-presiden", name: "Prioritas aktual presiden" },
    { id: "non-tematik", name: "Non tematik" },
  ],
  spd: spd2026(),
  sid: buildSid({
    "16": { name: "Regulasi inovasi daerah", levels: ["SK Kepala Perangkat Daerah", "SK Kepala Daerah", "Peraturan Kepala Daerah atau Perda"] },
    "17": { name: "Ketersediaan SDM terhadap inovasi daerah", levels: ["1–10 orang", "11–30 orang", "Lebih dari 30 orang"] },
    "18": { name: "Dukungan anggaran", levels: ["Dianggarkan pada T-0", "Dianggarkan pada T-1 atau T-2", "Dianggarkan pada T-0, T-1 dan T-2"] },
    "19": { name: "Penggunaan IT", levels: ["Manual", "Elektronik", "Sistem informasi online/daring"] },
    "20": { name: "Bimtek inovasi", levels: ["1 kali dalam 2 tahun", "2 kali dalam 2 tahun", "Lebih dari 2 kali dalam 2 tahun"] },
    "21": { name: "Program inovasi dalam RKPD", levels: ["Ada pada T-1 atau T-2", "Ada pada T-1 dan T-2", "Ada pada T-1, T-2 dan T-0"] },
    "22": { name: "Keterlibatan aktor inovasi", levels: ["3 aktor", "4 aktor", "5 aktor atau lebih"] },
    "23": { name: "Pelaksana inovasi daerah", levels: ["Tanpa SK", "SK Kepala Perangkat Daerah", "SK Kepala Daerah"] },
    "24": { name: "Jejaring inovasi", levels: ["1–2 perangkat daerah", "3–4 perangkat daerah", "5 perangkat daerah atau lebih"] },
    "25": { name: "Sosialisasi inovasi daerah", levels: ["Foto berlatar spanduk", "Media sosial", "Media berita"] },
    "26": { name: "Pedoman teknis", levels: ["Buku manual", "Elektronik", "Dapat diakses online"] },
    "27": { name: "Kemudahan informasi layanan", levels: ["Telepon atau tatap muka", "Email atau media sosial", "Aplikasi online"] },
    "28": { name: "Kemudahan proses inovasi", levels: ["6 hari atau lebih", "2–5 hari", "1 hari"] },
    "29": { name: "Penyelesaian layanan pengaduan", levels: ["≤ 40% atau tidak ada", "40,01%–70,99%", "71% atau lebih"] },
    "30": { name: "Online sistem", levels: ["Website atau media sosial", "Web aplikasi", "Web dan aplikasi mobile"] },
    "31": { name: "Replikasi", levels: ["1 kali direplikasi daerah lain", "2 kali direplikasi", "3 kali direplikasi"] },
    "32": { name: "Kecepatan penciptaan inovasi", levels: ["9 bulan atau lebih", "5–8 bulan", "1–4 bulan"] },
    "33": { name: "Kemanfaatan inovasi", levels: ["1–100 penerima manfaat", "101–200 penerima manfaat", "201 penerima manfaat atau lebih"] },
    "34": { name: "Monitoring dan evaluasi inovasi daerah", levels: ["Monev internal", "Survei kepuasan masyarakat", "Monev eksternal (penelitian)"] },
    "35": { name: "Kualitas inovasi daerah (video)", levels: ["Memuat 1–2 unsur", "Memuat 3–4 unsur", "Memuat 5 unsur"] },
  }),
  notes: [
    { about: "spd", assumed: true, text: "Bobot SPD per indikator 2023 tidak dipublikasikan (hanya total 63); katalog SPD 2026 dipakai." },
    { about: "wajib", assumed: true, text: "Indikator wajib 2023 diasumsikan sama dengan 2026 (SID 16, 17, 32, 33, 35)." },
    { about: "jumlahRule", assumed: true, text: "Aturan jumlah inovasi 2026 (0,38 per inovasi, maks. 200, minimal 5 yandas) dipakai sebagai bawaan." },
    { about: "penerapanWindow", assumed: true, text: "Rentang waktu penerapan 2021-01-01 s.d. 2022-12-31 diasumsikan." },
    {
      about: "yandas",
      assumed: true,
      text: "Gerbang yandas diasumsikan menghitung urusan utama saja, seperti formulir portal yang hanya punya satu kolom urusan.",
    },
    {
      about: "eligibility",
      assumed: true,
      text: "Penerapan sebelum rentang diasumsikan hanya ikut dengan tanggal pengembangan terbaru di dalam rentang (aturan 2026); paling banyak 2 kali ikut.",
    },
  ],
  portal: DEFAULT_PORTAL_RULES,
};

import type { Period } from "./schema.js";
import { DEFAULT_PORTAL_RULES } from "./portal.js";
import { buildSid, KEMANFAATAN_BASES_2026 } from "./sid-base.js";
import { spd2026 } from "./spd-2026.js";

// Penilaian IID 2026, from regional tools that copy the guideline [S].
export const PERIOD_2026: Period = {
  year: 2026,
  bands: [
    { category: "Sangat Inovatif", min: 65.01, max: 100 },
    { category: "Inovatif", min: 40.01, max: 65.0 },
    { category: "Kurang Inovatif", min: 0.01, max: 40.0 },
    { category: "Tidak Dapat Dinilai", min: 0, max: 0 },
  ],
  k: 12,
  jumlahRule: { perInnovation: 0.38, cap: 200, minYandas: 5, yandasReading: "utama", assumed: false },
  penerapanWindow: { from: "2024-01-01", to: "2025-12-31", assumed: false },
  // [S] regional tools copying the 2026 guideline: penerapan before the window needs a
  // "pengembangan terbaru" date inside it; an innovation takes part at most twice
  // (smpantura.news on IGA 2024: "hanya dapat diikutkan maksimal dua kali").
  eligibility: { beforeWindow: "pengembangan", maxParticipation: 2, assumed: false },
  // Short names of the 8 Asta Cita; the guideline groups themes by them.
  tematik: [
    { id: "asta-cita-1", name: "Pancasila, demokrasi dan HAM" },
    { id: "asta-cita-2", name: "Pertahanan, keamanan dan swasembada" },
    { id: "asta-cita-3", name: "Lapangan kerja, kewirausahaan dan infrastruktur" },
    { id: "asta-cita-4", name: "SDM, sains, pendidikan dan kesehatan" },
    { id: "asta-cita-5", name: "Hilirisasi dan industrialisasi" },
    { id: "asta-cita-6", name: "Membangun dari desa dan pengentasan kemiskinan" },
    { id: "asta-cita-7", name: "Reformasi politik, hukum dan birokrasi" },
    { id: "asta-cita-8", name: "Harmoni lingkungan, budaya dan toleransi" },
  ],
  // PKPN clusters: empty on purpose. No public source found lists them (searched for PKPN with
  // inovasi daerah / IGA 2026); an admin fills the list in /periode, and until then the profile
  // does not ask it.
  pkpn: [],
  spd: spd2026(),
  sid: buildSid({
    "16": {
      name: "Regulasi inovasi daerah",
      levels: ["SK Kepala Daerah atau SK Kepala Perangkat Daerah a.n. Kepala Daerah", "Peraturan Kepala Daerah", "Peraturan Daerah"],
    },
    "17": { name: "Ketersediaan dan peran SDM", levels: ["1–10 orang", "11–30 orang", "Lebih dari 30 orang"] },
    "18": { name: "Dukungan anggaran", levels: ["Satu tahun dari T-2 s.d. T-0", "Dua tahun berturut-turut", "T-0, T-1 dan T-2"] },
    "19": { name: "Alat kerja", levels: ["Manual", "Perangkat elektronik", "Daring, AI, IoT atau superApp"] },
    "20": { name: "Bimtek inovasi", levels: ["1 kali dalam 3 tahun", "2 kali dalam 3 tahun", "3 kali atau lebih dalam 3 tahun"] },
    "21": { name: "Program inovasi dalam RKPD", levels: ["Ada pada T-1 atau T-2", "Ada pada T-1 dan T-2", "Ada pada T-1, T-2 dan T-0"] },
    "22": { name: "Keterlibatan aktor inovasi", levels: ["3 aktor", "4 aktor", "5 aktor atau lebih"] },
    "23": { name: "Pelaksana inovasi daerah", levels: ["Tanpa surat penugasan", "Penugasan Kepala Perangkat Daerah", "SK atau penugasan Kepala Daerah"] },
    "24": { name: "Jejaring inovasi", levels: ["2 perangkat daerah", "3–4 perangkat daerah", "5 perangkat daerah atau lebih"] },
    "25": { name: "Sosialisasi inovasi daerah", levels: ["Foto berlatar spanduk", "Media sosial atau berita milik pemda", "Media berita bukan milik pemda"] },
    "26": { name: "Pedoman teknis", levels: ["Buku manual", "Elektronik", "Dapat diakses online"] },
    "27": { name: "Kemudahan informasi layanan", levels: ["1 dari 4 metode", "2 dari 4 metode", "3 metode atau lebih"] },
    "28": { name: "Kemudahan proses inovasi", levels: ["6 hari atau lebih", "2–5 hari", "1 hari"] },
    "29": { name: "Penyelesaian layanan pengaduan", levels: ["≤ 50%", "51%–90%", "91% atau lebih"] },
    "30": { name: "Layanan terintegrasi", levels: ["Terpisah", "Terintegrasi dalam satu unit atau urusan", "Terintegrasi lintas unit atau urusan"] },
    "31": { name: "Replikasi", levels: ["1 kali direplikasi daerah lain", "2 kali direplikasi", "3 kali direplikasi"] },
    "32": { name: "Kecepatan penciptaan inovasi", levels: ["9 bulan atau lebih", "5–8 bulan", "1–4 bulan"] },
    "33": { name: "Kemanfaatan inovasi", levels: ["1–200 orang", "201–500 orang", "501 orang atau lebih"], bases: KEMANFAATAN_BASES_2026 },
    "34": { name: "Monitoring dan evaluasi inovasi daerah", levels: ["Monev internal", "Survei kepuasan masyarakat", "Monev eksternal (penelitian, kajian)"] },
    "35": { name: "Kualitas inovasi daerah (video)", levels: ["Memuat 1–2 unsur", "Memuat 3–4 unsur", "Memuat 5 unsur"] },
  }),
  notes: [
    { about: "tematik", assumed: true, text: "Tematik 2026 dikelompokkan menurut 8 Asta Cita; nama singkat di sini adalah ringkasan, bukan teks resmi." },
    {
      about: "pkpn",
      assumed: true,
      text: "Daftar klaster PKPN 2026 kosong karena belum ada sumber publik yang memuatnya; admin mengisinya di /periode. Selama kosong, profil tidak menanyakan PKPN.",
    },
    { about: "k", assumed: false, text: "k = 12 bersumber dari alat daerah yang menyalin pedoman [S]." },
    {
      about: "yandas",
      assumed: true,
      text: "Gerbang yandas menghitung urusan utama saja: formulir portal punya satu kolom urusan dan alat daerah yang menyalin pedoman menghitung urusan utama. Bila urusan beririsan ikut dihitung, /skor menyebut hasilnya.",
    },
    { about: "sid", assumed: true, text: "Indikator 33: ambang tiap dasar kemanfaatan selain jumlah orang belum bersumber; tingkatnya disebut tanpa angka." },
    { about: "sid", assumed: true, text: "Jenis data dukung per indikator 2026 diasumsikan sama dengan pedoman 2023 (belum ada sumber yang menyebut lain)." },
  ],
  portal: { ...DEFAULT_PORTAL_RULES, note: "Diasumsikan sama dengan 2023: dokumen paling besar 2 MB, video paling lama 5 menit." },
};

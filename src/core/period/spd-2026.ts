import type { EvidenceKind, SpdIndicator } from "./schema.js";

// SPD indicators 1–15 as published for 2026 [S] (Σ bobot 21 → max 63). Earlier years publish
// only the total 63, so the 2023 period reuses this catalog and says so in its notes.

const DOC: EvidenceKind[] = ["pdf", "link"];

function spd(code: string, variabel: string, name: string, bobot: number, wajib: boolean, levels: [string, string, string]): SpdIndicator {
  return { code, name, variabel, bobot, levels, wajib, evidence: [...DOC] };
}

const I = "Institusi";
const S = "SDM";
const E = "Ekosistem";

export function spd2026(): SpdIndicator[] {
  return [
    spd("1", I, "Visi dan misi inovasi kepala daerah", 1, true, ["Inovasi dalam misi", "Inovasi dalam visi", "Inovasi dalam visi dan misi"]),
    spd("2a", I, "Penetapan APBD tepat waktu (3 tahun)", 1, false, ["Tepat waktu 1 tahun", "Tepat waktu 2 tahun", "Tepat waktu 3 tahun"]),
    spd("2b", I, "Mandatory spending", 1, false, ["2 komponen terpenuhi", "3 komponen terpenuhi", "Lebih dari 3 komponen terpenuhi"]),
    spd("3", I, "Kualitas peningkatan perizinan", 1, true, ["≤ −50,32%", "−50,33% s.d. 8,16%", "≥ 8,17%"]),
    spd("4", I, "Pendapatan per kapita", 1, true, ["≤ 2,04%", "2,05% s.d. 5,23%", "≥ 5,23%"]),
    spd("5a", I, "Progres penurunan tingkat pengangguran terbuka (TPT)", 0.75, true, ["≤ 0", "0,01 s.d. 0,36", "≥ 0,36"]),
    spd("5b", I, "Persentase TPT (T-1)", 0.75, true, ["≥ 5,91", "2,34 s.d. 5,92", "≤ 2,35"]),
    spd("6", I, "Peningkatan investasi", 1.5, true, ["≤ −47,42%", "−47,43% s.d. 94,75%", "≥ 94,76%"]),
    spd("7", I, "Peningkatan PAD", 1.5, true, ["≤ −5,14%", "−5,15% s.d. 33,84%", "≥ 33,85%"]),
    spd("8", I, "Opini BPK", 1.5, true, ["TMP/TW", "WDP", "WTP"]),
    spd("9", I, "Nilai SAKIP", 1, true, ["C atau D", "B", "A"]),
    spd("10a", I, "Progres penurunan kemiskinan", 0.75, true, ["≤ 0,07", "0,08 s.d. 1,15", "≥ 1,16"]),
    spd("10b", I, "Persentase penduduk miskin (T-1)", 0.75, true, ["≥ 13,10", "4,81 s.d. 13,11", "≤ 4,82"]),
    spd("11a", S, "Peningkatan IPM 2 tahun", 0.75, true, ["≤ 0,55", "0,56 s.d. 0,90", "≥ 0,90"]),
    spd("11b", S, "Capaian IPM", 0.75, true, ["≤ 69,99", "70 s.d. 79,99", "≥ 80"]),
    spd("12", S, "Penghargaan bagi inovator", 2, false, ["Piagam", "Piagam dan insentif", "Piagam, insentif dan mekanisme pembudayaan"]),
    spd("13a", E, "Rekomendasi kebijakan pendukung inovasi", 1, false, ["1–3 rekomendasi", "4–7 rekomendasi", "Lebih dari 7 rekomendasi"]),
    spd("13b", E, "Indeks Kualitas Kebijakan", 1, false, ["Cukup atau kurang", "Baik", "Sangat baik atau unggul"]),
    spd("14", E, "Rencana induk (RIPJ) penguatan inovasi daerah", 1, false, ["Rancangan", "Disepakati", "Ditetapkan dengan Perkada"]),
    spd("15", E, "Fasilitasi HAKI", 1, false, [
      "Sosialisasi",
      "Sosialisasi dan fasilitasi administrasi",
      "Sosialisasi, fasilitasi administrasi dan insentif biaya",
    ]),
  ];
}

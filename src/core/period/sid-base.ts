import type { Basis, EvidenceKind, SidIndicator } from "./schema.js";

// What SID indicators 16–35 share across years: weights are the same in 2023 [C] and 2026 [S]
// (Σ bobot 37 → max 111), the evidence kinds follow the brief, and the help text describes
// what the indicator asks rather than a year's thresholds. Names and level texts differ by
// year and come from the data-YYYY files.

interface SidBase {
  readonly code: string;
  readonly bobot: number;
  readonly wajib: boolean;
  readonly evidence: readonly EvidenceKind[];
  readonly help: string;
  /** What document counts as evidence, said with the evidence question. */
  readonly evidenceHint: string;
}

// Evidence kinds follow the 2023 guideline's upload forms (Pedoman Umum Penilaian IGA 2023,
// https://pdfcoffee.com/pedoman-umum-penilaian-iga-2023-pdf-free.html): PDF only for 16, 17,
// 18, 20, 21, 22, 23, 24, 28, 31 and 32; JPG/PNG only for 25 and 30; the video (MP4 or MOV,
// at most 5 minutes) or its link for 35. The guideline names no single kind for the others
// (19, 26, 27, 29, 33, 34), so they take a PDF, a photo/screenshot or a link. A year may
// override an indicator's kinds through buildSid.
const PDF: readonly EvidenceKind[] = ["pdf"];
const IMAGE: readonly EvidenceKind[] = ["image"];
const DOC: readonly EvidenceKind[] = ["pdf", "image", "link"];
const VIDEO: readonly EvidenceKind[] = ["video", "link"];

export const SID_BASE: readonly SidBase[] = [
  {
    code: "16",
    bobot: 3,
    wajib: true,
    evidence: PDF,
    help: "Dasar hukum inovasi: SK, Peraturan Kepala Daerah atau Perda yang menetapkan inovasi.",
    evidenceHint: "SK Kepala Daerah, Perkada atau Perda yang menetapkan inovasi, PDF",
  },
  {
    code: "17",
    bobot: 2,
    wajib: true,
    evidence: PDF,
    help: "Jumlah SDM yang mengelola dan berperan dalam inovasi, dibuktikan dengan SK/surat tugas.",
    evidenceHint: "SK atau surat tugas yang menyebut SDM pengelola inovasi, PDF",
  },
  {
    code: "18",
    bobot: 2,
    wajib: false,
    evidence: PDF,
    help: "Anggaran inovasi dalam DPA pada tahun berjalan (T-0) dan/atau dua tahun sebelumnya.",
    evidenceHint: "DPA yang memuat anggaran inovasi pada tahun yang diklaim, PDF",
  },
  {
    code: "19",
    bobot: 2,
    wajib: false,
    evidence: DOC,
    help: "Alat kerja/teknologi yang dipakai inovasi; lampirkan foto atau tangkapan layar.",
    evidenceHint: "foto atau tangkapan layar alat kerja/aplikasi yang dipakai",
  },
  {
    code: "20",
    bobot: 1,
    wajib: false,
    evidence: PDF,
    help: "Bimbingan teknis tentang inovasi yang diikuti pelaksana, dengan undangan dan daftar hadir.",
    evidenceHint: "undangan dan daftar hadir bimtek inovasi, PDF",
  },
  {
    code: "21",
    bobot: 2,
    wajib: false,
    evidence: PDF,
    help: "Program/kegiatan inovasi tercantum dalam RKPD pada tahun yang diminta.",
    evidenceHint: "halaman RKPD yang memuat program/kegiatan inovasi, PDF",
  },
  {
    code: "22",
    bobot: 1,
    wajib: false,
    evidence: PDF,
    help: "Jumlah aktor (pemda, swasta, akademisi, masyarakat, media, dll.) yang terlibat.",
    evidenceHint: "dokumen kerja sama atau daftar hadir yang menyebut para aktor, PDF",
  },
  {
    code: "23",
    bobot: 1,
    wajib: false,
    evidence: PDF,
    help: "Penetapan tim pelaksana inovasi: tanpa SK, oleh Kepala Perangkat Daerah, atau Kepala Daerah.",
    evidenceHint: "SK atau surat penugasan tim pelaksana inovasi, PDF",
  },
  {
    code: "24",
    bobot: 1,
    wajib: false,
    evidence: PDF,
    help: "Jumlah perangkat daerah yang terlibat dalam jejaring penerapan inovasi.",
    evidenceHint: "dokumen kerja sama atau surat yang menyebut perangkat daerah yang terlibat, PDF",
  },
  {
    code: "25",
    bobot: 1,
    wajib: false,
    evidence: IMAGE,
    help: "Sosialisasi inovasi melalui spanduk, media sosial atau media berita; lampirkan foto atau tangkapan layarnya.",
    evidenceHint: "foto berlatar spanduk, atau tangkapan layar unggahan media sosial atau berita, JPG/PNG",
  },
  {
    code: "26",
    bobot: 1,
    wajib: false,
    evidence: DOC,
    help: "Pedoman teknis/SOP penggunaan inovasi: buku manual, elektronik, atau dapat diakses daring.",
    evidenceHint: "pedoman teknis/SOP inovasi, PDF atau tautannya",
  },
  {
    code: "27",
    bobot: 1,
    wajib: false,
    evidence: DOC,
    help: "Cara masyarakat memperoleh informasi layanan inovasi. Empat metode: telepon, tatap muka (loket), email atau media sosial, dan aplikasi atau situs daring.",
    evidenceHint: "tangkapan layar setiap metode informasi layanan yang dipakai",
  },
  {
    code: "28",
    bobot: 2,
    wajib: false,
    evidence: PDF,
    help: "Lama proses layanan inovasi dari pengajuan sampai selesai.",
    evidenceHint: "SOP atau standar pelayanan yang menyebut lama proses, PDF",
  },
  {
    code: "29",
    bobot: 1,
    wajib: false,
    evidence: DOC,
    help: "Persentase pengaduan layanan inovasi yang diselesaikan.",
    evidenceHint: "rekap pengaduan dan penyelesaiannya, PDF",
  },
  {
    code: "30",
    bobot: 2,
    wajib: false,
    evidence: IMAGE,
    help: "Sistem daring yang mendukung inovasi dan integrasinya; lampirkan tangkapan layar.",
    evidenceHint: "tangkapan layar sistem daring dan integrasinya, JPG/PNG",
  },
  {
    code: "31",
    bobot: 3,
    wajib: false,
    evidence: PDF,
    help: "Berapa kali inovasi direplikasi oleh daerah lain, dibuktikan dengan dokumen replikasi.",
    evidenceHint: "surat atau dokumen replikasi dari daerah lain, PDF",
  },
  {
    code: "32",
    bobot: 2,
    wajib: true,
    evidence: PDF,
    help: "Lama waktu dari ide sampai inovasi diterapkan.",
    evidenceHint: "dokumen yang menunjukkan tanggal ide dan tanggal penerapan, PDF",
  },
  {
    code: "33",
    bobot: 3,
    wajib: true,
    evidence: DOC,
    help: "Jumlah penerima manfaat inovasi (atau dasar kemanfaatan lain yang diizinkan pedoman).",
    evidenceHint: "data jumlah penerima manfaat (atau dasar kemanfaatan lain), PDF",
  },
  {
    code: "34",
    bobot: 2,
    wajib: false,
    evidence: DOC,
    help: "Monitoring dan evaluasi inovasi: internal, survei kepuasan masyarakat, atau eksternal.",
    evidenceHint: "laporan monev, hasil survei kepuasan atau kajian eksternal, PDF",
  },
  {
    code: "35",
    bobot: 4,
    wajib: true,
    evidence: VIDEO,
    help: "Video inovasi (maks. 5 menit) memuat latar belakang, penjaringan ide, pemilihan ide, manfaat dan dampak.",
    evidenceHint: "video inovasi paling lama 5 menit, berkas MP4 atau MOV, atau tautannya",
  },
];

export interface SidYearText {
  readonly name: string;
  readonly levels: readonly [string, string, string];
  /** This year's evidence kinds when its guideline differs from the shared base. */
  readonly evidence?: readonly EvidenceKind[];
  /** Bases the OPD chooses one of, each with its levels (see KEMANFAATAN_BASES_2026). */
  readonly bases?: readonly Basis[];
}

/**
 * Indicator 33 from 2026: the OPD chooses one basis of kemanfaatan, each with its own cut-offs.
 * The jumlah orang cut-offs (1–200 / 201–500 / ≥501) come from regional tools that copy the
 * guideline [S]; the other bases' cut-offs are not in any source found yet, so their levels
 * say which grade is meant and the period notes mark them assumed: an admin puts the numbers
 * into a copy of the period once the guideline is at hand.
 */
export const KEMANFAATAN_BASES_2026: readonly Basis[] = [
  { id: "orang", name: "Jumlah orang penerima manfaat", levels: ["1–200 orang", "201–500 orang", "501 orang atau lebih"] },
  {
    id: "persen-unit",
    name: "Persentase unit penerima manfaat",
    levels: ["% unit tingkat 1 menurut pedoman", "% unit tingkat 2 menurut pedoman", "% unit tingkat 3 menurut pedoman"],
  },
  {
    id: "efisiensi",
    name: "Efisiensi belanja",
    levels: ["Efisiensi tingkat 1 menurut pedoman", "Efisiensi tingkat 2 menurut pedoman", "Efisiensi tingkat 3 menurut pedoman"],
  },
  {
    id: "pendapatan",
    name: "Peningkatan pendapatan",
    levels: ["Pendapatan tingkat 1 menurut pedoman", "Pendapatan tingkat 2 menurut pedoman", "Pendapatan tingkat 3 menurut pedoman"],
  },
  { id: "produk", name: "Jumlah produk", levels: ["Produk tingkat 1 menurut pedoman", "Produk tingkat 2 menurut pedoman", "Produk tingkat 3 menurut pedoman"] },
  {
    id: "tren-kinerja",
    name: "Tren kinerja",
    levels: ["Tren kinerja tingkat 1 menurut pedoman", "Tren kinerja tingkat 2 menurut pedoman", "Tren kinerja tingkat 3 menurut pedoman"],
  },
];

/** Joins the shared base with one year's names and level texts; throws if a code is missing. */
export function buildSid(texts: Readonly<Record<string, SidYearText>>): SidIndicator[] {
  return SID_BASE.map((b) => {
    const t = texts[b.code];
    if (!t) throw new Error(`SID ${b.code}: no text for this year`);
    return {
      code: b.code,
      name: t.name,
      variabel: "Kematangan inovasi",
      bobot: b.bobot,
      levels: [...t.levels],
      wajib: b.wajib,
      evidence: [...(t.evidence ?? b.evidence)],
      help: b.help,
      evidenceHint: b.evidenceHint,
      ...(t.bases ? { bases: t.bases.map((x) => ({ ...x, levels: [...x.levels] as [string, string, string] })) } : {}),
    };
  });
}

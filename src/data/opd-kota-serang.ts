import type { OPD_KINDS } from "../db/schema.js";

/** One perangkat daerah, with where its name was checked (a public page naming it in 2024–2026). */
export interface SeedOpd {
  readonly name: string;
  readonly code: string;
  readonly kind: (typeof OPD_KINDS)[number];
  /** A public page that names the office in use; null where none was found in this pass. */
  readonly source: string | null;
  /** Said when sources disagree or none confirms the name. */
  readonly unconfirmed?: string;
}

// Kota Serang's perangkat daerah, loaded on first start when the registry is empty; existing
// databases get the same corrections through opd-corrections.ts. Admins correct the rest with
// /opd or a CSV. Names were checked against Kota Serang's own pages and regional news; an entry
// with no source keeps the name of the city's organisation structure until someone checks it.
const SERANGKOTA = "https://serangkota.go.id/detailpost/forum-renja-harus-bisa-menghasilkan-program-yang-menyentuh-masyarakat";

export const KOTA_SERANG_OPDS: readonly SeedOpd[] = [
  {
    name: "Sekretariat Daerah",
    code: "SETDA",
    kind: "sekretariat",
    source: "https://rmbanten.com/berita/pemkot-serang-kocok-ulang-pejabat-17-administrator-dan-pengawas-dilantik",
  },
  { name: "Sekretariat DPRD", code: "SETWAN", kind: "sekretariat", source: null },
  { name: "Inspektorat", code: "INSPEKTORAT", kind: "lainnya", source: null },
  { name: "Bagian Pemerintahan", code: "BAG-PEM", kind: "bagian", source: null },
  {
    name: "Bagian Hukum",
    code: "BAG-HUKUM",
    kind: "bagian",
    source: "https://bantenpro.co.id/siapkan-perwal-disnaker-kota-serang-tiap-hari-300-warga-daftar-kartu-pencari-kerja/",
  },
  {
    name: "Bagian Organisasi",
    code: "BAG-ORG",
    kind: "bagian",
    source: null,
    unconfirmed: "Tidak ditemukan sumber publik 2024–2026 yang menyebut bagian ini.",
  },
  { name: "Bagian Perekonomian dan Sumber Daya Alam", code: "BAG-EKON", kind: "bagian", source: null },
  { name: "Bagian Kesejahteraan Rakyat", code: "BAG-KESRA", kind: "bagian", source: null },
  { name: "Bagian Administrasi Pembangunan", code: "BAG-ADPEM", kind: "bagian", source: null },
  { name: "Bagian Pengadaan Barang dan Jasa", code: "BAG-PBJ", kind: "bagian", source: null },
  { name: "Bagian Umum", code: "BAG-UMUM", kind: "bagian", source: null },
  { name: "Bagian Protokol dan Komunikasi Pimpinan", code: "BAG-PROKOPIM", kind: "bagian", source: null },
  { name: "Badan Perencanaan Pembangunan Daerah", code: "BAPPEDA", kind: "badan", source: SERANGKOTA },
  { name: "Badan Pengelolaan Keuangan dan Aset Daerah", code: "BPKAD", kind: "badan", source: null },
  { name: "Badan Pendapatan Daerah", code: "BAPENDA", kind: "badan", source: null },
  {
    name: "Badan Kepegawaian dan Pengembangan Sumber Daya Manusia",
    code: "BKPSDM",
    kind: "badan",
    source: "https://kim.serangkota.go.id/detailpost/pemkot-serang-resmi-luncurkan-implementasi-manajemen-talenta-asn",
  },
  { name: "Badan Penanggulangan Bencana Daerah", code: "BPBD", kind: "badan", source: null },
  { name: "Badan Kesatuan Bangsa dan Politik", code: "KESBANGPOL", kind: "badan", source: null },
  {
    name: "Dinas Pendidikan dan Kebudayaan",
    code: "DINDIKBUD",
    kind: "dinas",
    source: "https://poskota.co.id/tag/disdikbud-kota-serang-tambah-waktu-ptm-di-sekolah",
  },
  { name: "Dinas Kesehatan", code: "DINKES", kind: "dinas", source: null },
  {
    name: "Dinas Pekerjaan Umum dan Penataan Ruang",
    code: "DPUPR",
    kind: "dinas",
    source: "https://bantenaktual.com/wali-kota-serang-sidak-disnakertrans-pastikan-perwal-80-persen-tenaga-kerja-lokal-segera-rampung",
  },
  { name: "Dinas Perumahan dan Kawasan Permukiman", code: "DISPERKIM", kind: "dinas", source: null },
  // Damkar is a bidang of Satpol PP, not a dinas of its own (kabarbanten.com, bantenraya.com).
  {
    name: "Satuan Polisi Pamong Praja",
    code: "SATPOLPP",
    kind: "dinas",
    source: "https://kabarbanten.com/terima-mobil-damkar-dari-korsel-syafrudin-damkar-harus-lebih-sigap",
  },
  { name: "Dinas Sosial", code: "DINSOS", kind: "dinas", source: null },
  {
    name: "Dinas Tenaga Kerja",
    code: "DISNAKER",
    kind: "dinas",
    source: "https://distrikbantennews.com/2025/10/13/wali-kota-serang-sidak-ke-disnaker-pastikan-perwal-tenaga-kerja-lokal-segera-rampung/",
    unconfirmed: "Berita Oktober 2025 menyebutnya Disnaker; bantenaktual.com menyebut Disnakertrans.",
  },
  {
    name: "Dinas Pemberdayaan Perempuan, Perlindungan Anak, Pengendalian Penduduk dan Keluarga Berencana",
    code: "DP3AKB",
    kind: "dinas",
    source: "https://ppid.serangkota.go.id/detailpost/dp3akb-tp-pkk-rangkul-penyintas-kekerasan-agar-kembali-bangkit",
  },
  {
    name: "Dinas Ketahanan Pangan, Pertanian dan Perikanan",
    code: "DKP3",
    kind: "dinas",
    source: "https://distan.serangkota.go.id/detailpost/pertemuan-kepala-dkp3-kota-serang-dengan-pbnu-dan-investor-bahas-peluang-integrated-farming",
  },
  {
    name: "Dinas Lingkungan Hidup",
    code: "DLH",
    kind: "dinas",
    source: "https://distrikbantennews.com/2026/01/20/terima-gedung-eks-disdukcapil-pemkot-serang-siapkan-babak-baru-layanan-publik-dan-penataan-kota",
  },
  { name: "Dinas Kependudukan dan Pencatatan Sipil", code: "DISDUKCAPIL", kind: "dinas", source: null },
  { name: "Dinas Perhubungan", code: "DISHUB", kind: "dinas", source: null },
  { name: "Dinas Komunikasi dan Informatika", code: "DISKOMINFO", kind: "dinas", source: "https://distrikbantennews.com/?p=21741" },
  {
    name: "Dinas Koperasi, Usaha Mikro, Kecil dan Menengah, Perindustrian dan Perdagangan",
    code: "DISKOPERINDAG",
    kind: "dinas",
    source: null,
    unconfirmed: "Nama kantor koperasi/perdagangan Kota Serang belum dipastikan dari sumber publik.",
  },
  {
    name: "Dinas Penanaman Modal dan Pelayanan Terpadu Satu Pintu",
    code: "DPMPTSP",
    kind: "dinas",
    source: "https://distrikbantennews.com/2025/10/13/wali-kota-serang-sidak-ke-disnaker-pastikan-perwal-tenaga-kerja-lokal-segera-rampung/",
  },
  {
    name: "Dinas Pariwisata, Kepemudaan dan Olahraga",
    code: "DISPARPORA",
    kind: "dinas",
    source: "https://titiknol.co.id/pemerintahan/disparpora-kota-serang-berhasil-melakukan-penataan-aset-dan-sarpras-olahraga",
  },
  { name: "Dinas Perpustakaan dan Kearsipan", code: "DISPUSIP", kind: "dinas", source: null },
  { name: "RSUD Kota Serang", code: "RSUD", kind: "lainnya", source: null },
  {
    name: "Kecamatan Serang",
    code: "KEC-SERANG",
    kind: "kecamatan",
    source: "https://ppid.serangkota.go.id/detailpost/dp3akb-tp-pkk-rangkul-penyintas-kekerasan-agar-kembali-bangkit",
  },
  { name: "Kecamatan Cipocok Jaya", code: "KEC-CIPOCOK", kind: "kecamatan", source: null },
  { name: "Kecamatan Curug", code: "KEC-CURUG", kind: "kecamatan", source: null },
  { name: "Kecamatan Kasemen", code: "KEC-KASEMEN", kind: "kecamatan", source: "https://jdih.serangkota.go.id/detailpost/seba-besar-pemkot-serang-tingkatkan" },
  { name: "Kecamatan Taktakan", code: "KEC-TAKTAKAN", kind: "kecamatan", source: null },
  {
    name: "Kecamatan Walantaka",
    code: "KEC-WALANTAKA",
    kind: "kecamatan",
    source: "https://jdih.serangkota.go.id/detailpost/seba-besar-pemkot-serang-tingkatkan",
  },
];

/**
 * How a database seeded with the earlier list reaches this one, by code. A merge moves the
 * people, invitations, innovations and units of each `from` OPD to `to` and deactivates them; a
 * rename changes the name (and the code) of one row. Units listed under `unitFor` are created
 * under the target so an innovation moved from a former "dinas" still says who runs it.
 */
export type OpdCorrection =
  | {
      readonly kind: "merge";
      readonly from: readonly string[];
      readonly to: string;
      readonly name: string;
      readonly unitFor?: Readonly<Record<string, string>>;
    }
  | { readonly kind: "rename"; readonly code: string; readonly newCode?: string; readonly name: string };

export const OPD_CORRECTIONS_2026: readonly OpdCorrection[] = [
  // Dispora and Dispar are one office (titiknol.co.id, bantensiber.com, 2024–2026).
  { kind: "merge", from: ["DISPAR", "DISPORA"], to: "DISPARPORA", name: "Dinas Pariwisata, Kepemudaan dan Olahraga" },
  // Ketahanan pangan and pertanian are one office (distan.serangkota.go.id).
  { kind: "merge", from: ["DKP", "DISTAN"], to: "DKP3", name: "Dinas Ketahanan Pangan, Pertanian dan Perikanan" },
  // Damkar is a bidang of Satpol PP (kabarbanten.com, bantenraya.com).
  { kind: "merge", from: ["DAMKAR"], to: "SATPOLPP", name: "Satuan Polisi Pamong Praja", unitFor: { DAMKAR: "Pemadam Kebakaran" } },
  { kind: "rename", code: "DISKOMINFO", name: "Dinas Komunikasi dan Informatika" },
  {
    kind: "rename",
    code: "DP3AP2KB",
    newCode: "DP3AKB",
    name: "Dinas Pemberdayaan Perempuan, Perlindungan Anak, Pengendalian Penduduk dan Keluarga Berencana",
  },
];

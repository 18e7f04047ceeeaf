import type { Period } from "../period/index.js";
import { NON_PKPN_ID, NON_PKPN_LABEL, URUSAN } from "../period/index.js";

// Closed choices of the profile (domain brief §2). Ids are stored with innovations and put in
// Telegram callback data (64 bytes in all, shared with a prefix and the field key), so they
// are short ASCII slugs and must never be renamed; labels may be edited freely.

export interface ChoiceOption {
  readonly id: string;
  readonly label: string;
}

export const TAHAPAN_OPTIONS: readonly ChoiceOption[] = [
  { id: "inisiatif", label: "Inisiatif" },
  { id: "ujicoba", label: "Uji coba" },
  { id: "penerapan", label: "Penerapan" },
];

export const INISIATOR_OPTIONS: readonly ChoiceOption[] = [
  { id: "kdh", label: "Kepala Daerah" },
  { id: "dprd", label: "Anggota DPRD" },
  { id: "opd", label: "OPD" },
  { id: "asn", label: "ASN" },
  { id: "masyarakat", label: "Masyarakat" },
];

export const JENIS_OPTIONS: readonly ChoiceOption[] = [
  { id: "digital", label: "Digital" },
  { id: "nondigital", label: "Non digital" },
];

export const BENTUK_OPTIONS: readonly ChoiceOption[] = [
  { id: "tatakelola", label: "Inovasi tata kelola pemerintahan daerah" },
  { id: "pelayanan", label: "Inovasi pelayanan publik" },
  { id: "lainnya", label: "Inovasi daerah lainnya sesuai urusan" },
];

/** Where a choice field takes its options: a fixed list, the period's tematik or PKPN clusters, or the urusan. */
export type OptionSource = "tahapan" | "inisiator" | "jenis" | "bentuk" | "tematik" | "pkpn" | "urusan";

const FIXED: Readonly<Record<Exclude<OptionSource, "tematik" | "pkpn" | "urusan">, readonly ChoiceOption[]>> = {
  tahapan: TAHAPAN_OPTIONS,
  inisiator: INISIATOR_OPTIONS,
  jenis: JENIS_OPTIONS,
  bentuk: BENTUK_OPTIONS,
};

const URUSAN_OPTIONS: readonly ChoiceOption[] = URUSAN.map((u) => ({ id: u.id, label: u.name }));

/** Tematik differs per period (2023–24 themes, 2025+ Asta Cita), hence the period argument. */
export function optionsOf(source: OptionSource, period: Period): readonly ChoiceOption[] {
  if (source === "tematik") return period.tematik.map((t) => ({ id: t.id, label: t.name }));
  // The period's clusters, then the fixed "Non PKPN" (an innovation outside every cluster).
  if (source === "pkpn") return [...(period.pkpn ?? []).map((c) => ({ id: c.id, label: c.name })), { id: NON_PKPN_ID, label: NON_PKPN_LABEL }];
  if (source === "urusan") return URUSAN_OPTIONS;
  return FIXED[source];
}

export function findOption(source: OptionSource, period: Period, id: string): ChoiceOption | undefined {
  return optionsOf(source, period).find((o) => o.id === id);
}

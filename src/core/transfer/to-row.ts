import type { Period } from "../period/types.js";
import { basisHeader, claimedHeader, LIST_SEPARATOR, optionLabel, PKPN_HEADER, UNIT_HEADER, verifiedHeader } from "./columns.js";
import { joinParts, type StoredInnovation } from "./diff.js";
import { formatLevelList, nationalBase, nationalChanges } from "../score/national.js";

/** level_nasional: the ministry's changed levels as /hasil_nasional takes them ("16=3, 17=2"). */
export function nationalLevelsText(period: Period, inv: StoredInnovation): string {
  if (inv.nationalResult !== "diterima") return "";
  const base = nationalBase(inv.status, inv.claimedLevels, inv.verifiedLevels);
  return formatLevelList(period, nationalChanges(period, inv.nationalLevels, base));
}

export type CellValue = string | number | null;

/**
 * One innovation as the importable columns of the Inovasi sheet: choices as labels (what people
 * read; the importer accepts labels and ids), dates as ISO text, levels as numbers.
 */
export function innovationToRow(period: Period, inv: StoredInnovation, opdName: string): Record<string, CellValue> {
  const row: Record<string, CellValue> = {
    opd: opdName,
    nama_inovasi: inv.nama,
    tahapan: optionLabel("tahapan", period, inv.tahapan),
    inisiator: optionLabel("inisiator", period, inv.inisiator),
    nama_inisiator: inv.namaInisiator ?? "",
    jenis: optionLabel("jenis", period, inv.jenis),
    bentuk: optionLabel("bentuk", period, inv.bentuk),
    tematik: optionLabel("tematik", period, inv.tematik),
    urusan_utama: optionLabel("urusan", period, inv.urusanUtama),
    urusan_lain: (inv.urusanLain ?? []).map((u) => optionLabel("urusan", period, u)).join(LIST_SEPARATOR),
    waktu_uji_coba: inv.waktuUjiCoba ?? "",
    waktu_penerapan: inv.waktuPenerapan ?? "",
    rancang_bangun: joinParts(inv.rancangBangun),
    tujuan: inv.tujuan ?? "",
    manfaat: inv.manfaat ?? "",
    hasil: inv.hasil ?? "",
    status: inv.status,
  };
  for (const ind of period.sid) {
    row[claimedHeader(ind.code)] = inv.claimedLevels[ind.code] ?? null;
    row[verifiedHeader(ind.code)] = inv.verifiedLevels[ind.code] ?? null;
    if (ind.bases) row[basisHeader(ind.code)] = ind.bases.find((b) => b.id === inv.claimedBases[ind.code])?.name ?? "";
  }
  row[UNIT_HEADER] = inv.unitPelaksana ?? "";
  row[PKPN_HEADER] = optionLabel("pkpn", period, inv.pkpn);
  return row;
}

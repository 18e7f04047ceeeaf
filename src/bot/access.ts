import type { Role } from "../db/schema.js";

/** Who is asking: a registered role, or "guest" for unregistered and revoked people. */
export type Audience = Role | "guest";
export const AUDIENCES: readonly Audience[] = ["guest", "operator", "pimpinan", "admin"];

const EVERYONE: readonly Audience[] = AUDIENCES;
const ADMIN: readonly Audience[] = ["admin"];
const OPERATOR: readonly Audience[] = ["operator"];
const REGISTERED: readonly Audience[] = ["operator", "pimpinan", "admin"];

export interface CommandSpec {
  name: string;
  audience: readonly Audience[];
}

/**
 * The only place that says who may do what. The guard middleware checks every command, every
 * button (by the prefix of its callback data) and every open flow against these lists.
 */
function declare<const N extends string>(specs: readonly { name: N; audience: readonly Audience[] }[]) {
  return specs;
}

export const COMMANDS = declare([
  { name: "start", audience: EVERYONE },
  { name: "bantuan", audience: EVERYONE },
  { name: "bahasa", audience: EVERYONE },
  { name: "batal", audience: EVERYONE },
  { name: "daftar", audience: ["guest"] },
  { name: "undang", audience: ADMIN },
  { name: "pengguna", audience: ADMIN },
  { name: "opd", audience: ADMIN },
  { name: "pemda", audience: ADMIN },
  { name: "cadangan", audience: ADMIN },
  { name: "notifikasi", audience: ADMIN },
  // Innovations (issue 4)
  { name: "inovasi_baru", audience: OPERATOR },
  { name: "lanjut", audience: OPERATOR },
  { name: "inovasi", audience: OPERATOR },
  { name: "verifikasi", audience: ADMIN },
  // Periods and scores (issue 5); operators see their own OPD's part
  { name: "skor", audience: REGISTERED },
  { name: "kategori", audience: REGISTERED },
  { name: "rekap", audience: REGISTERED },
  { name: "periode", audience: ADMIN },
  { name: "spd", audience: ADMIN },
  { name: "hasil_resmi", audience: ADMIN },
  // Carry-over of innovations into the active period (issue 15)
  { name: "bawa_inovasi", audience: ["operator", "admin"] },
  { name: "hasil_nasional", audience: ADMIN },
  // Export, import and the picture (issue 7)
  { name: "ekspor", audience: ADMIN },
  { name: "impor", audience: ADMIN },
  // Deadlines and announcements (issue 6)
  { name: "tenggat", audience: REGISTERED },
  { name: "tenggat_baru", audience: ADMIN },
  { name: "umumkan", audience: ADMIN },
]);

/** A declared command; features can only register handlers for these (see commands/register.ts). */
export type CommandName = (typeof COMMANDS)[number]["name"];

/** Callback data is "<prefix>:<ids…>"; the prefix decides who may press it. */
export const CALLBACKS: Readonly<Record<string, readonly Audience[]>> = {
  lang: EVERYONE,
  reg: ["guest"],
  inv: ADMIN,
  opd: ADMIN,
  usr: ADMIN,
  pemda: ADMIN,
  inn: OPERATOR,
  ver: ADMIN,
  skor: REGISTERED,
  rekap: REGISTERED,
  per: ADMIN,
  spd: ADMIN,
  hr: ADMIN,
  tgt: ADMIN,
  bc: ADMIN,
  exp: ADMIN,
  imp: ADMIN,
  graf: REGISTERED,
  bawa: ["operator", "admin"],
  nas: ADMIN,
  // "Buat salinan kecil" of an evidence photo (issue 16): its operator, or an admin.
  evs: ["operator", "admin"],
  // Nomor, tanggal and judul of documents: the operator in review, a verifier in verification.
  doc: ["operator", "admin"],
};

/** Multi-step flows kept in the session; one that no longer fits the person's role is dropped. */
export const FLOWS: Readonly<Record<string, readonly Audience[]>> = {
  register: ["guest"],
  "opd-add": ADMIN,
  "opd-rename": ADMIN,
  "opd-csv": ADMIN,
  "opd-units": ADMIN,
  "doc-details": ["operator", "admin"],
  "unit-pelaksana": OPERATOR,
  "profile-attachment": OPERATOR,
  "pemda-rename": ADMIN,
  "invite-opd": ADMIN,
  innovation: OPERATOR,
  verification: ADMIN,
  period: ADMIN,
  spd: ADMIN,
  "official-result": ADMIN,
  "national-levels": ADMIN,
  deadline: ADMIN,
  broadcast: ADMIN,
  import: ADMIN,
};

export function findCommand(name: string): CommandSpec | undefined {
  return COMMANDS.find((c) => c.name === name);
}

export function commandsFor(audience: Audience): CommandSpec[] {
  return COMMANDS.filter((c) => c.audience.includes(audience));
}

export function callbackAudience(data: string): readonly Audience[] | undefined {
  return CALLBACKS[data.split(":", 1)[0]!];
}

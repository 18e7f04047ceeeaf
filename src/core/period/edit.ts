import {
  BEFORE_WINDOW_RULES,
  NON_PKPN_ID,
  NON_PKPN_LABEL,
  PKPN_MAX,
  PKPN_NAME_MAX,
  type PkpnCluster,
  type Band,
  type BeforeWindowRule,
  type EligibilityRule,
  type JumlahRule,
  type Period,
  type YandasReading,
} from "./schema.js";

// Pure helpers behind /periode: an admin copies a period to a new year and changes k, the
// bands, the penerapan window or the jumlah rule. Each parser returns a problem code (never
// text) so the bot can answer in the person's language; the result is still validated with
// periodSchema before it is saved.

export type EditProblem =
  | "format"
  | "k-range"
  | "band-order"
  | "band-range"
  | "decimals"
  | "window-order"
  | "date"
  | "jumlah-range"
  | "participation-range"
  | "pkpn-count"
  | "pkpn-long"
  | "pkpn-duplicate"
  | "pkpn-reserved";

export type Parsed<T> = { ok: true; value: T } | { ok: false; problem: EditProblem };

const ok = <T>(value: T): Parsed<T> => ({ ok: true, value });
const fail = <T>(problem: EditProblem): Parsed<T> => ({ ok: false, problem });

/**
 * "62,40", "62.4" or "62" as hundredths (6240). People type the Indonesian comma; a dot is
 * accepted too because phone keyboards often offer only that. More than 2 decimals is refused,
 * since scores and band edges are published in 2 decimals.
 */
export function parseHundredths(text: string): Parsed<number> {
  const s = text.normalize("NFKC").trim();
  const m = /^(\d{1,3})(?:[.,](\d+))?$/.exec(s);
  if (!m) return fail("format");
  const frac = m[2] ?? "";
  if (frac.length > 2) return fail("decimals");
  return ok(Number(m[1]) * 100 + Number(frac.padEnd(2, "0") || "0"));
}

/** k, the divisor floor in MAX(k, n). */
export function parseK(text: string): Parsed<number> {
  const s = text.normalize("NFKC").trim();
  if (!/^\d{1,4}$/.test(s)) return fail("format");
  const k = Number(s);
  return k >= 1 && k <= 1000 ? ok(k) : fail("k-range");
}

/**
 * Two lower edges, "40,01 65,01": where Inovatif starts and where Sangat Inovatif starts.
 * The four bands follow from them, tiling 0..100 in hundredths as the schema requires.
 */
export function parseBandEdges(text: string): Parsed<Band[]> {
  const parts = text
    .normalize("NFKC")
    .trim()
    .split(/[\s;/\-–]+/)
    .filter((p) => p !== "");
  if (parts.length !== 2) return fail("format");
  const edges: number[] = [];
  for (const p of parts) {
    const h = parseHundredths(p);
    if (!h.ok) return fail(h.problem);
    edges.push(h.value);
  }
  const [inovatif = 0, sangat = 0] = edges;
  if (inovatif < 2 || sangat > 10000) return fail("band-range");
  if (inovatif >= sangat) return fail("band-order");
  return ok(bandsFromEdges(inovatif, sangat));
}

/** Bands from the two lower edges in hundredths, highest band first like the shipped data. */
export function bandsFromEdges(inovatifMin: number, sangatMin: number): Band[] {
  const d = (h: number) => h / 100;
  return [
    { category: "Sangat Inovatif", min: d(sangatMin), max: 100 },
    { category: "Inovatif", min: d(inovatifMin), max: d(sangatMin - 1) },
    { category: "Kurang Inovatif", min: 0.01, max: d(inovatifMin - 1) },
    { category: "Tidak Dapat Dinilai", min: 0, max: 0 },
  ];
}

/** The words that name a yandas reading in "0,38 200 5 utama". */
const YANDAS_WORDS: Readonly<Record<string, YandasReading>> = { utama: "utama", beririsan: "utama+beririsan", "utama+beririsan": "utama+beririsan" };

/**
 * "0,38 200 5" (per inovasi, cap, minimal yandas), then optionally "utama" or "beririsan" (which
 * urusan count towards the yandas gate; `reading` is kept when absent); a trailing "asumsi"
 * marks it assumed.
 */
export function parseJumlahRule(text: string, reading: YandasReading = "utama"): Parsed<JumlahRule> {
  const words = text
    .normalize("NFKC")
    .trim()
    .toLowerCase()
    .split(/\s+/)
    .filter((w) => w !== "");
  const assumed = words.at(-1) === "asumsi";
  if (assumed) words.pop();
  const named = YANDAS_WORDS[words.at(-1) ?? ""];
  if (named) words.pop();
  if (words.length !== 3) return fail("format");
  const per = parseHundredths(words[0]!);
  if (!per.ok) return fail(per.problem);
  if (!/^\d{1,4}$/.test(words[1]!) || !/^\d$/.test(words[2]!)) return fail("format");
  const cap = Number(words[1]);
  const minYandas = Number(words[2]);
  if (per.value > 1000 || cap < 1 || cap > 1000 || minYandas > 6) return fail("jumlah-range");
  return ok({ perInnovation: per.value / 100, cap, minYandas, yandasReading: named ?? reading, assumed });
}

/**
 * "pengembangan 2": what becomes of penerapan before the window (pengembangan, tolak or
 * peringatan) and how many times an innovation may take part; a trailing "asumsi" marks it assumed.
 */
export function parseEligibility(text: string): Parsed<EligibilityRule> {
  const words = text
    .normalize("NFKC")
    .trim()
    .toLowerCase()
    .split(/\s+/)
    .filter((w) => w !== "");
  const assumed = words.at(-1) === "asumsi";
  if (assumed) words.pop();
  if (words.length !== 2 || !/^\d{1,2}$/.test(words[1]!)) return fail("format");
  const rule = words[0] as BeforeWindowRule;
  if (!BEFORE_WINDOW_RULES.includes(rule)) return fail("format");
  const max = Number(words[1]);
  if (max < 1 || max > 10) return fail("participation-range");
  return ok({ beforeWindow: rule, maxParticipation: max, assumed });
}

/** Two dates "2024-01-01 2025-12-31" (or dd-mm-yyyy), as returned by the date parser given. */
export function parseWindow(text: string, parseDate: (s: string) => { ok: true; date: string } | { ok: false }): Parsed<{ from: string; to: string }> {
  const parts = text
    .trim()
    .split(/\s+(?:s\.?d\.?|sampai|-|–)\s+|\s+/i)
    .filter((p) => p !== "");
  if (parts.length !== 2) return fail("format");
  const [a, b] = parts.map((p) => parseDate(p));
  if (!a?.ok || !b?.ok) return fail("date");
  if (a.date > b.date) return fail("window-order");
  return ok({ from: a.date, to: b.date });
}

/** Words that empty the PKPN list. */
const EMPTY_LIST_WORDS = new Set(["-", "kosong", "hapus"]);

/** A cluster's id from its name: a stable slug, so re-sending the same name keeps the stored answers. */
function clusterId(name: string, taken: ReadonlySet<string>): string {
  const slug =
    name
      .normalize("NFKD")
      .toLowerCase()
      .replace(/[^a-z0-9]+/g, "-")
      .replace(/^-+|-+$/g, "")
      .slice(0, 20)
      .replace(/-+$/, "") || "klaster";
  let id = slug === NON_PKPN_ID ? `${slug}-1` : slug;
  for (let n = 2; taken.has(id); n++) id = `${slug}-${n}`;
  return id;
}

/**
 * The PKPN clusters, one per line (or separated by ";"); "-" or "kosong" empties the list. A
 * name already in `current` keeps its id, so innovations that chose it keep their answer.
 */
export function parsePkpnList(text: string, current: readonly PkpnCluster[] = []): Parsed<PkpnCluster[]> {
  const s = text.normalize("NFKC").trim();
  if (EMPTY_LIST_WORDS.has(s.toLowerCase())) return ok([]);
  const names = s
    .split(/[\n;]+/)
    .map((n) =>
      n
        .replace(/^\s*(?:\d{1,2}[.)]|[-•*])\s+/, "")
        .replace(/\s+/g, " ")
        .trim(),
    )
    .filter((n) => n !== "");
  if (names.length === 0) return fail("format");
  if (names.length > PKPN_MAX) return fail("pkpn-count");
  const key = (n: string) => n.toLocaleLowerCase("id");
  if (names.some((n) => [...n].length > PKPN_NAME_MAX)) return fail("pkpn-long");
  if (names.some((n) => key(n) === key(NON_PKPN_LABEL))) return fail("pkpn-reserved");
  if (new Set(names.map(key)).size !== names.length) return fail("pkpn-duplicate");
  const known = new Map(current.map((c) => [key(c.name), c.id]));
  const taken = new Set<string>(names.map((n) => known.get(key(n))).filter((id): id is string => id !== undefined));
  const list = names.map((name) => {
    const id = known.get(key(name)) ?? clusterId(name, taken);
    taken.add(id);
    return { id, name };
  });
  return ok(list);
}

/** A copy of `source` for `year`: the same rules, to be edited one by one. */
export function copyPeriod(source: Period, year: number): Period {
  return structuredClone({ ...source, year });
}

export type PeriodChange =
  | { field: "k"; value: number }
  | { field: "bands"; value: Band[] }
  | { field: "window"; value: { from: string; to: string } }
  | { field: "jumlahRule"; value: JumlahRule }
  | { field: "eligibility"; value: EligibilityRule }
  | { field: "pkpn"; value: PkpnCluster[] };

/**
 * Applies one change. An edited window or jumlah rule is what the admin decided, so the
 * "assumed" note of the copied rule no longer applies to it.
 */
export function applyChange(period: Period, change: PeriodChange): Period {
  switch (change.field) {
    case "k":
      return { ...period, k: change.value, notes: period.notes.filter((n) => n.about !== "k") };
    case "bands":
      return { ...period, bands: change.value, notes: period.notes.filter((n) => n.about !== "bands") };
    case "window":
      return {
        ...period,
        penerapanWindow: { ...change.value, assumed: false },
        notes: period.notes.filter((n) => n.about !== "penerapanWindow"),
      };
    case "jumlahRule":
      return {
        ...period,
        jumlahRule: change.value,
        notes: period.notes.filter((n) => n.about !== "jumlahRule" && n.about !== "yandas"),
      };
    case "eligibility":
      return { ...period, eligibility: change.value, notes: period.notes.filter((n) => n.about !== "eligibility") };
    case "pkpn":
      // The note says the list is empty for want of a source; once an admin fills it, it no longer holds.
      return { ...period, pkpn: change.value, notes: change.value.length > 0 ? period.notes.filter((n) => n.about !== "pkpn") : period.notes };
  }
}

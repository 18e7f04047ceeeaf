import { z } from "zod";

// The shape of one period (year) of rules. Everything that changes by year lives here as data,
// so an admin can copy a period, edit it, and have it validated before the engine uses it.

export const CATEGORY_NAMES = ["Sangat Inovatif", "Inovatif", "Kurang Inovatif", "Tidak Dapat Dinilai"] as const;
export const EVIDENCE_KINDS = ["pdf", "image", "video", "link"] as const;
/**
 * Which urusan of an innovation count towards the yandas gate: the urusan utama only (the
 * portal has one urusan field, and regional tools that copy the guideline count only it), or
 * the utama together with the urusan beririsan.
 */
export const YANDAS_READINGS = ["utama", "utama+beririsan"] as const;
/**
 * What becomes of an innovation whose penerapan lies before the period's window:
 * - pengembangan: it takes part only with a "pengembangan terbaru" date inside the window;
 * - tolak: it never takes part;
 * - peringatan: it takes part, with a warning (the bot's behaviour before these rules).
 * Penerapan after the window is refused under every rule but "peringatan".
 */
export const BEFORE_WINDOW_RULES = ["pengembangan", "tolak", "peringatan"] as const;

/** Scores are compared in hundredths so 2-decimal band edges never meet float noise. */
const toHundredths = (x: number): number => Math.round(x * 100);
const twoDecimals = z
  .number()
  .finite()
  .refine((x) => Math.abs(x * 100 - toHundredths(x)) < 1e-6, "at most 2 decimals");

export const categoryNameSchema = z.enum(CATEGORY_NAMES);
export const evidenceKindSchema = z.enum(EVIDENCE_KINDS);

export const bandSchema = z.object({
  category: categoryNameSchema,
  min: twoDecimals.min(0).max(100),
  max: twoDecimals.min(0).max(100),
});

const levelTexts = z.tuple([z.string().min(1), z.string().min(1), z.string().min(1)]);

export const spdIndicatorSchema = z.object({
  code: z.string().regex(/^\d{1,2}[a-z]?$/),
  name: z.string().min(1),
  variabel: z.string().min(1),
  bobot: z.number().positive(),
  levels: levelTexts,
  wajib: z.boolean(),
  evidence: z.array(evidenceKindSchema).min(1),
  help: z.string().min(1).optional(),
});

// SID indicators are filled by OPD staff, so each carries a short explanation.
// `evidenceHint` says what document counts, shown with the evidence question.
// An indicator may let the OPD choose one basis, each with its own three levels (2026's 33,
// kemanfaatan: jumlah orang, % unit, efisiensi belanja, …). Optional: most indicators have one.
export const basisSchema = z.object({ id: z.string().regex(/^[a-z0-9-]{1,24}$/), name: z.string().min(1), levels: levelTexts });
export const sidIndicatorSchema = spdIndicatorSchema.extend({
  help: z.string().min(1),
  evidenceHint: z.string().min(1).optional(),
  bases: z.array(basisSchema).min(2).optional(),
});

export const jumlahRuleSchema = z.object({
  perInnovation: z.number().nonnegative(),
  cap: z.number().int().nonnegative(),
  minYandas: z.number().int().min(0).max(6),
  yandasReading: z.enum(YANDAS_READINGS),
  assumed: z.boolean(),
  note: z.string().optional(),
});

const isoDate = z.iso.date();
export const windowSchema = z
  .object({ from: isoDate, to: isoDate, assumed: z.boolean(), note: z.string().optional() })
  .refine((w) => w.from <= w.to, "from must not be after to");

export const eligibilityRuleSchema = z.object({
  beforeWindow: z.enum(BEFORE_WINDOW_RULES),
  /** How many times one innovation may take part (the first time included). */
  maxParticipation: z.number().int().min(1).max(10),
  assumed: z.boolean(),
  note: z.string().optional(),
});

export const tematikSchema = z.object({ id: z.string().min(1), name: z.string().min(1) });

/**
 * PKPN clusters (2026): an innovation names one of them beside its tematik, or "Non PKPN". The
 * list is optional and may be empty (no public source lists the clusters yet, so an admin fills
 * it in /periode); the profile asks it only when the active period has some. Ids go into
 * callback data and are stored with innovations, hence short slugs.
 */
export const PKPN_MAX = 30;
export const PKPN_NAME_MAX = 100;
/** The fixed "Non PKPN" answer; never an id or a name in the period's list. */
export const NON_PKPN_ID = "non";
export const NON_PKPN_LABEL = "Non PKPN";
export const pkpnClusterSchema = z.object({ id: z.string().regex(/^[a-z0-9-]{1,24}$/), name: z.string().min(1).max(PKPN_NAME_MAX) });

/**
 * What the national portal accepts as it is: the largest file its upload forms take, and the
 * longest video (indicator 35). Optional so periods stored before it keep validating; read it
 * through portalRules(), which fills the defaults.
 */
export const portalRulesSchema = z.object({
  maxFileBytes: z.number().int().positive(),
  videoMaxSeconds: z.number().int().positive(),
  assumed: z.boolean(),
  note: z.string().optional(),
});

export const periodNoteSchema = z.object({
  about: z.enum(["bands", "k", "jumlahRule", "yandas", "penerapanWindow", "eligibility", "tematik", "pkpn", "spd", "sid", "wajib"]),
  assumed: z.boolean(),
  text: z.string().min(1),
});

function uniqueCodes(list: readonly { code: string }[], ctx: z.RefinementCtx, key: string): void {
  const seen = new Set<string>();
  list.forEach((it, i) => {
    if (seen.has(it.code)) {
      ctx.addIssue({ code: "custom", message: `duplicate code ${it.code}`, path: [key, i, "code"] });
    }
    seen.add(it.code);
  });
}

/** Bands must tile [0, 100] in hundredths, with the 0..0 band meaning "Tidak Dapat Dinilai". */
function checkBands(bands: readonly z.infer<typeof bandSchema>[], ctx: z.RefinementCtx): void {
  const asc = [...bands].sort((a, b) => a.min - b.min);
  const fail = (message: string): void => ctx.addIssue({ code: "custom", message, path: ["bands"] });
  const first = asc[0];
  if (first?.category !== "Tidak Dapat Dinilai" || first.min !== 0 || first.max !== 0) {
    fail("the lowest band must be Tidak Dapat Dinilai from 0 to 0");
  }
  let prevMax = -1;
  for (const b of asc) {
    if (toHundredths(b.min) > toHundredths(b.max)) fail(`band ${b.category}: min above max`);
    if (prevMax >= 0 && toHundredths(b.min) !== prevMax + 1) {
      fail(`band ${b.category} must start 0,01 above the previous band`);
    }
    prevMax = toHundredths(b.max);
  }
  if (prevMax !== 10000) fail("the highest band must end at 100");
  if (new Set(bands.map((b) => b.category)).size !== bands.length) fail("duplicate category");
}

/** Cluster ids and names are unique, and none of them is the fixed "Non PKPN" answer. */
function checkPkpn(list: readonly { id: string; name: string }[], ctx: z.RefinementCtx): void {
  const ids = new Set<string>();
  const names = new Set<string>();
  list.forEach((c, i) => {
    const name = c.name.trim().toLocaleLowerCase("id");
    if (c.id === NON_PKPN_ID || name === NON_PKPN_LABEL.toLocaleLowerCase("id")) {
      ctx.addIssue({ code: "custom", message: "Non PKPN is a fixed answer, not a cluster", path: ["pkpn", i] });
    }
    if (ids.has(c.id) || names.has(name)) ctx.addIssue({ code: "custom", message: `duplicate cluster ${c.name}`, path: ["pkpn", i] });
    ids.add(c.id);
    names.add(name);
  });
}

export const periodSchema = z
  .object({
    year: z.number().int().min(2000).max(2100),
    bands: z.array(bandSchema).min(2),
    k: z.number().int().min(1),
    jumlahRule: jumlahRuleSchema,
    penerapanWindow: windowSchema,
    eligibility: eligibilityRuleSchema,
    tematik: z.array(tematikSchema).min(1),
    spd: z.array(spdIndicatorSchema).min(1),
    sid: z.array(sidIndicatorSchema).min(1),
    notes: z.array(periodNoteSchema),
    portal: portalRulesSchema.optional(),
    pkpn: z.array(pkpnClusterSchema).max(PKPN_MAX).optional(),
  })
  .superRefine((p, ctx) => {
    checkBands(p.bands, ctx);
    uniqueCodes(p.spd, ctx, "spd");
    uniqueCodes(p.sid, ctx, "sid");
    checkPkpn(p.pkpn ?? [], ctx);
  });

export type CategoryName = z.infer<typeof categoryNameSchema>;
export type EvidenceKind = z.infer<typeof evidenceKindSchema>;
export type Band = z.infer<typeof bandSchema>;
export type SpdIndicator = z.infer<typeof spdIndicatorSchema>;
export type SidIndicator = z.infer<typeof sidIndicatorSchema>;
export type JumlahRule = z.infer<typeof jumlahRuleSchema>;
export type PenerapanWindow = z.infer<typeof windowSchema>;
export type EligibilityRule = z.infer<typeof eligibilityRuleSchema>;
export type YandasReading = (typeof YANDAS_READINGS)[number];
export type BeforeWindowRule = (typeof BEFORE_WINDOW_RULES)[number];
export type Tematik = z.infer<typeof tematikSchema>;
export type PkpnCluster = z.infer<typeof pkpnClusterSchema>;
export type Basis = z.infer<typeof basisSchema>;
export type PortalRules = z.infer<typeof portalRulesSchema>;
export type PeriodNote = z.infer<typeof periodNoteSchema>;
export type Period = z.infer<typeof periodSchema>;

/** Validates an admin-supplied period; returns zod's result so callers can show the issues. */
export function parsePeriod(data: unknown): ReturnType<typeof periodSchema.safeParse> {
  return periodSchema.safeParse(data);
}

/** What a period stored before these rules existed is read with: the 2026 defaults, assumed. */
export const DEFAULT_ELIGIBILITY: EligibilityRule = { beforeWindow: "pengembangan", maxParticipation: 2, assumed: true };

/**
 * Periods saved by an older version of the bot lack the yandas reading and the eligibility
 * rule; they are read with the defaults so every stored copy keeps working.
 */
export function upgradePeriod(stored: Period): Period {
  const p = stored as Period & { eligibility?: EligibilityRule; jumlahRule: JumlahRule & { yandasReading?: YandasReading } };
  if (p.eligibility && p.jumlahRule.yandasReading) return stored;
  return {
    ...p,
    jumlahRule: { ...p.jumlahRule, yandasReading: p.jumlahRule.yandasReading ?? "utama" },
    eligibility: p.eligibility ?? DEFAULT_ELIGIBILITY,
  };
}

import { index, integer, sqliteTable, text, uniqueIndex } from "drizzle-orm/sqlite-core";

/** Milliseconds since the epoch; the clock is injected, so no SQL defaults for time. */
const timestamp = (name: string) => integer(name, { mode: "timestamp_ms" });

/** grammY session storage: one row per session key, value is JSON. */
export const sessions = sqliteTable("sessions", {
  key: text("key").primaryKey(),
  value: text("value").notNull(),
  updatedAt: timestamp("updated_at").notNull(),
});

/** The one Pemda this deployment serves (id 1); its name starts as PEMDA_NAME and admins may edit it. */
export const pemda = sqliteTable("pemda", {
  id: integer("id").primaryKey(),
  name: text("name").notNull(),
  updatedAt: timestamp("updated_at").notNull(),
});

export const OPD_KINDS = ["dinas", "badan", "sekretariat", "bagian", "kecamatan", "lainnya"] as const;

export const opds = sqliteTable(
  "opds",
  {
    id: integer("id").primaryKey({ autoIncrement: true }),
    name: text("name").notNull(),
    /** Lower-cased, whitespace-collapsed name: two OPDs may not differ only in case or spacing. */
    nameKey: text("name_key").notNull(),
    code: text("code"),
    kind: text("kind", { enum: OPD_KINDS }).notNull().default("lainnya"),
    active: integer("active", { mode: "boolean" }).notNull().default(true),
    createdAt: timestamp("created_at").notNull(),
    updatedAt: timestamp("updated_at").notNull(),
  },
  (t) => [uniqueIndex("opds_name_key_unique").on(t.nameKey), uniqueIndex("opds_code_unique").on(t.code)],
);

export type Opd = typeof opds.$inferSelect;

export const ROLES = ["admin", "operator", "pimpinan"] as const;
export type Role = (typeof ROLES)[number];

export const people = sqliteTable(
  "people",
  {
    id: integer("id").primaryKey({ autoIncrement: true }),
    telegramId: integer("telegram_id").notNull(),
    role: text("role", { enum: ROLES }).notNull(),
    /** The OPD an operator speaks for; null for admins and pimpinan. */
    opdId: integer("opd_id").references(() => opds.id),
    fullName: text("full_name").notNull(),
    jabatan: text("jabatan"),
    phone: text("phone"),
    status: text("status", { enum: ["active", "revoked"] }).notNull().default("active"),
    createdAt: timestamp("created_at").notNull(),
    updatedAt: timestamp("updated_at").notNull(),
  },
  (t) => [
    uniqueIndex("people_telegram_id_unique").on(t.telegramId),
    index("people_role_idx").on(t.role),
    index("people_opd_idx").on(t.opdId),
  ],
);

export type Person = typeof people.$inferSelect;


export const invitations = sqliteTable(
  "invitations",
  {
    id: integer("id").primaryKey({ autoIncrement: true }),
    code: text("code").notNull(),
    role: text("role", { enum: ROLES }).notNull(),
    opdId: integer("opd_id").references(() => opds.id),
    createdBy: integer("created_by").notNull().references(() => people.id),
    createdAt: timestamp("created_at").notNull(),
    expiresAt: timestamp("expires_at").notNull(),
    usedAt: timestamp("used_at"),
    usedBy: integer("used_by").references(() => people.id),
    revokedAt: timestamp("revoked_at"),
  },
  (t) => [uniqueIndex("invitations_code_unique").on(t.code)],
);

export type Invitation = typeof invitations.$inferSelect;

/** Failed invitation codes per Telegram user, for the "5 wrong codes an hour" limit. */
export const codeAttempts = sqliteTable(
  "code_attempts",
  {
    id: integer("id").primaryKey({ autoIncrement: true }),
    telegramId: integer("telegram_id").notNull(),
    at: timestamp("at").notNull(),
  },
  (t) => [index("code_attempts_user_at_idx").on(t.telegramId, t.at)],
);

/** Who did which admin action, and when. `detail` is JSON. */
export const auditLog = sqliteTable(
  "audit_log",
  {
    id: integer("id").primaryKey({ autoIncrement: true }),
    actorId: integer("actor_id").references(() => people.id),
    action: text("action").notNull(),
    target: text("target"),
    detail: text("detail"),
    at: timestamp("at").notNull(),
  },
  (t) => [index("audit_log_at_idx").on(t.at)],
);

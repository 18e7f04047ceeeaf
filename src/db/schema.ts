import { sql, index, integer, primaryKey, real, sqliteTable, text, uniqueIndex, type AnySQLiteColumn } from "./orm.js";
import type { Period } from "../core/period/types.js";
import { NATIONAL_RESULTS } from "../core/score/types.js";

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

export const OPD_UNIT_KINDS = ["upt", "puskesmas", "sekolah", "kelurahan", "lainnya"] as const;

/** Units under an OPD (UPT, puskesmas, sekolah, kelurahan) that run innovations; listed by admins. */
export const opdUnits = sqliteTable(
  "opd_units",
  {
    id: integer("id").primaryKey({ autoIncrement: true }),
    opdId: integer("opd_id")
      .notNull()
      .references(() => opds.id),
    name: text("name").notNull(),
    /** Lower-cased, whitespace-collapsed name: one OPD may not list the same unit twice. */
    nameKey: text("name_key").notNull(),
    kind: text("kind", { enum: OPD_UNIT_KINDS }).notNull().default("lainnya"),
    active: integer("active", { mode: "boolean" }).notNull().default(true),
    createdAt: timestamp("created_at").notNull(),
  },
  (t) => [uniqueIndex("opd_units_opd_name_unique").on(t.opdId, t.nameKey)],
);

export type OpdUnit = typeof opdUnits.$inferSelect;

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
    status: text("status", { enum: ["active", "revoked"] })
      .notNull()
      .default("active"),
    /** Set when Telegram answered 403 (the person blocked the bot); cleared when they write again. */
    unreachableAt: timestamp("unreachable_at"),
    createdAt: timestamp("created_at").notNull(),
    updatedAt: timestamp("updated_at").notNull(),
  },
  (t) => [uniqueIndex("people_telegram_id_unique").on(t.telegramId), index("people_role_idx").on(t.role), index("people_opd_idx").on(t.opdId)],
);

export type Person = typeof people.$inferSelect;

export const invitations = sqliteTable(
  "invitations",
  {
    id: integer("id").primaryKey({ autoIncrement: true }),
    code: text("code").notNull(),
    role: text("role", { enum: ROLES }).notNull(),
    opdId: integer("opd_id").references(() => opds.id),
    createdBy: integer("created_by")
      .notNull()
      .references(() => people.id),
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

// ---------------------------------------------------------------------------------------------
// Periods, innovations and their evidence

/** One year's rules (bands, k, jumlah rule, window, catalogs) as validated JSON: rules are data. */
export const periods = sqliteTable(
  "periods",
  {
    year: integer("year").primaryKey(),
    data: text("data", { mode: "json" }).notNull().$type<Period>(),
    active: integer("active", { mode: "boolean" }).notNull().default(false),
    createdAt: timestamp("created_at").notNull(),
    updatedAt: timestamp("updated_at").notNull(),
  },
  (t) => [uniqueIndex("periods_one_active").on(t.active).where(sql`${t.active} = 1`)],
);

export const INNOVATION_STATUSES = ["draf", "diajukan", "dikembalikan", "terverifikasi", "ditarik"] as const;
export type InnovationStatus = (typeof INNOVATION_STATUSES)[number];

export type LevelRecord = Record<string, 0 | 1 | 2 | 3>;
export type VerifiedLevelRecord = Record<string, 0 | 1 | 2 | 3 | null>;

export const innovations = sqliteTable(
  "innovations",
  {
    id: integer("id").primaryKey({ autoIncrement: true }),
    opdId: integer("opd_id")
      .notNull()
      .references(() => opds.id),
    periodYear: integer("period_year")
      .notNull()
      .references(() => periods.year),
    createdBy: integer("created_by")
      .notNull()
      .references(() => people.id),
    status: text("status", { enum: INNOVATION_STATUSES }).notNull().default("draf"),
    nama: text("nama").notNull(),
    /** Lower-cased name: one OPD cannot register the same innovation twice in a period. */
    namaKey: text("nama_key").notNull(),
    tahapan: text("tahapan"),
    inisiator: text("inisiator"),
    namaInisiator: text("nama_inisiator"),
    jenis: text("jenis"),
    bentuk: text("bentuk"),
    tematik: text("tematik"),
    /** PKPN cluster id of the period, or "non"; null when not asked (the period lists no clusters). */
    pkpn: text("pkpn"),
    urusanUtama: text("urusan_utama"),
    /** null = not asked yet; [] = asked and skipped. */
    urusanLain: text("urusan_lain", { mode: "json" }).$type<string[]>(),
    waktuUjiCoba: text("waktu_uji_coba"),
    waktuPenerapan: text("waktu_penerapan"),
    /** Asked only when penerapan lies before the period's window (see core/score/eligibility.ts). */
    pengembanganTerbaru: text("pengembangan_terbaru"),
    /** Rancang bangun as the parts the operator sent, in order. */
    rancangBangun: text("rancang_bangun", { mode: "json" }).$type<string[]>(),
    tujuan: text("tujuan"),
    manfaat: text("manfaat"),
    hasil: text("hasil"),
    /** The unit that runs the innovation (a puskesmas, school, kelurahan…), typed or picked from the OPD's units. */
    unitPelaksana: text("unit_pelaksana"),
    /** Levels the OPD claims per SID indicator code; a missing code is unanswered. */
    claimedLevels: text("claimed_levels", { mode: "json" }).notNull().$type<LevelRecord>().default({}),
    /** The basis the OPD chose per indicator that offers several (33: jumlah orang, % unit, …), by basis id. */
    claimedBases: text("claimed_bases", { mode: "json" }).notNull().$type<Record<string, string>>().default({}),
    /** Levels Bappeda verified; kept beside the claim, never over it. */
    verifiedLevels: text("verified_levels", { mode: "json" }).notNull().$type<VerifiedLevelRecord>().default({}),
    /**
     * Skor kematangan of the claimed and of the verified levels under the period's rules, kept
     * by every write (src/db/repo/score-columns.ts) so a score never re-reads the level maps.
     * Rows from before the columns existed are filled at start (fillScoreColumns).
     */
    kematanganKlaim: real("kematangan_klaim").notNull().default(0),
    kematanganTerverifikasi: real("kematangan_terverifikasi").notNull().default(0),
    returnNote: text("return_note"),
    /** How many times this innovation takes part, this period included: 1, or more when carried over. */
    participation: integer("participation").notNull().default(1),
    /** The earlier period's innovation this one was carried over from; that record is never changed. */
    carriedFromId: integer("carried_from_id").references((): AnySQLiteColumn => innovations.id),
    /** The ministry's verdict after national verification, and the levels it verified (optional). */
    nationalResult: text("national_result", { enum: NATIONAL_RESULTS }),
    nationalLevels: text("national_levels", { mode: "json" }).$type<VerifiedLevelRecord>(),
    submittedAt: timestamp("submitted_at"),
    verifiedAt: timestamp("verified_at"),
    verifiedBy: integer("verified_by").references(() => people.id),
    createdAt: timestamp("created_at").notNull(),
    updatedAt: timestamp("updated_at").notNull(),
  },
  (t) => [
    uniqueIndex("innovations_opd_period_name_unique").on(t.opdId, t.periodYear, t.namaKey),
    index("innovations_period_status_idx").on(t.periodYear, t.status),
    index("innovations_opd_idx").on(t.opdId, t.periodYear),
  ],
);

export type Innovation = typeof innovations.$inferSelect;

export const EVIDENCE_SCOPES = ["sid", "spd"] as const;

/** Data dukung: a file kept by Telegram ids and downloaded locally, or a link. */
export const evidence = sqliteTable(
  "evidence",
  {
    id: integer("id").primaryKey({ autoIncrement: true }),
    scope: text("scope", { enum: EVIDENCE_SCOPES }).notNull(),
    /** Set for SID evidence; SPD evidence belongs to the Pemda's period instead. */
    innovationId: integer("innovation_id").references(() => innovations.id, { onDelete: "cascade" }),
    periodYear: integer("period_year")
      .notNull()
      .references(() => periods.year),
    indicatorCode: text("indicator_code").notNull(),
    kind: text("kind", { enum: ["pdf", "image", "video", "link"] }).notNull(),
    url: text("url"),
    telegramFileId: text("telegram_file_id"),
    telegramFileUniqueId: text("telegram_file_unique_id"),
    fileName: text("file_name"),
    mimeType: text("mime_type"),
    sizeBytes: integer("size_bytes"),
    /** What the operator wrote with it: a photo's caption, or the words around a link. */
    note: text("note"),
    /** Copied by a carry-over for an indicator that asks newer documents (T-0/T-1/T-2): "perlu diperbarui". */
    needsUpdate: integer("needs_update", { mode: "boolean" }).notNull().default(false),
    /** Path under EVIDENCE_DIR once downloaded; null while the download is pending or failed. */
    localPath: text("local_path"),
    /** A shrunken copy (JPEG) that fits the portal's size limit, beside the kept original. */
    portalCopyPath: text("portal_copy_path"),
    portalCopyBytes: integer("portal_copy_bytes"),
    /** The document's nomor, tanggal (ISO date) and judul/tentang, as the portal's rows ask; read from the caption, editable. */
    docNomor: text("doc_nomor"),
    docTanggal: text("doc_tanggal"),
    docJudul: text("doc_judul"),
    createdBy: integer("created_by")
      .notNull()
      .references(() => people.id),
    createdAt: timestamp("created_at").notNull(),
  },
  (t) => [index("evidence_innovation_idx").on(t.innovationId, t.indicatorCode), index("evidence_period_scope_idx").on(t.periodYear, t.scope, t.indicatorCode)],
);

export type Evidence = typeof evidence.$inferSelect;

/** The Pemda-level (SPD) levels Bappeda fills, per period. */
export const spdLevels = sqliteTable(
  "spd_levels",
  {
    periodYear: integer("period_year")
      .notNull()
      .references(() => periods.year),
    code: text("code").notNull(),
    level: integer("level").notNull().$type<0 | 1 | 2 | 3>(),
    updatedBy: integer("updated_by")
      .notNull()
      .references(() => people.id),
    updatedAt: timestamp("updated_at").notNull(),
  },
  (t) => [primaryKey({ columns: [t.periodYear, t.code] })],
);

/**
 * The ministry's published result per year, as recorded by an admin (score in hundredths).
 * Some years are known only by their category: then the score is null.
 */
export const officialResults = sqliteTable("official_results", {
  year: integer("year").primaryKey(),
  scoreHundredths: integer("score_hundredths"),
  category: text("category").notNull(),
  recordedBy: integer("recorded_by").references(() => people.id),
  recordedAt: timestamp("recorded_at").notNull(),
});

// ---------------------------------------------------------------------------------------------
// Deadlines, reminders and announcements

export const deadlines = sqliteTable(
  "deadlines",
  {
    id: integer("id").primaryKey({ autoIncrement: true }),
    name: text("name").notNull(),
    dueAt: timestamp("due_at").notNull(),
    /** "all" operators, or only OPDs that still have unfinished work. */
    audience: text("audience", { enum: ["all", "unfinished"] }).notNull(),
    note: text("note"),
    createdBy: integer("created_by")
      .notNull()
      .references(() => people.id),
    createdAt: timestamp("created_at").notNull(),
    updatedAt: timestamp("updated_at").notNull(),
    deletedAt: timestamp("deleted_at"),
  },
  (t) => [index("deadlines_due_idx").on(t.dueAt)],
);

/**
 * One row per reminder claimed; the unique key is what makes reminders exactly-once. A row is
 * "sending" from its claim until Telegram answers; one still "sending" at start was cut by a
 * crash in mid-request and becomes "unknown" (kept, so it is not sent again).
 */
export const reminderLog = sqliteTable(
  "reminder_log",
  {
    deadlineId: integer("deadline_id")
      .notNull()
      .references(() => deadlines.id, { onDelete: "cascade" }),
    personId: integer("person_id")
      .notNull()
      .references(() => people.id),
    day: integer("day").notNull(),
    sentAt: timestamp("sent_at").notNull(),
    state: text("state", { enum: ["sending", "sent", "unknown"] })
      .notNull()
      .default("sent"),
  },
  (t) => [primaryKey({ columns: [t.deadlineId, t.personId, t.day] })],
);

export const ANNOUNCEMENT_AUDIENCES = ["all", "operator", "pimpinan", "opd"] as const;

/** An /umumkan, stored with its audience before the first message goes out, so a restart can finish it. */
export const announcements = sqliteTable(
  "announcements",
  {
    id: integer("id").primaryKey({ autoIncrement: true }),
    authorId: integer("author_id")
      .notNull()
      .references(() => people.id),
    /** The admin's text; each recipient's header is added in their language at send time. */
    text: text("text").notNull(),
    audience: text("audience", { enum: ANNOUNCEMENT_AUDIENCES }).notNull(),
    opdId: integer("opd_id").references(() => opds.id),
    /** Where the progress message and the final tally go (the author's private chat). */
    adminChatId: integer("admin_chat_id").notNull(),
    progressMessageId: integer("progress_message_id"),
    createdAt: timestamp("created_at").notNull(),
    /** Set once the admin has been sent the final tally. */
    finishedAt: timestamp("finished_at"),
  },
  (t) => [index("announcements_unfinished_idx").on(t.finishedAt)],
);

export const DELIVERY_STATES = ["pending", "sending", "sent", "failed", "blocked", "unknown"] as const;
export type DeliveryState = (typeof DELIVERY_STATES)[number];

/**
 * One row per recipient of an announcement. pending → sending (written right before the
 * HTTP request) → sent | failed | blocked. A row found "sending" at start was cut by a crash
 * in mid-request: it becomes "unknown" and is not sent again (at most once).
 */
export const announcementDeliveries = sqliteTable(
  "announcement_deliveries",
  {
    announcementId: integer("announcement_id")
      .notNull()
      .references(() => announcements.id, { onDelete: "cascade" }),
    personId: integer("person_id")
      .notNull()
      .references(() => people.id),
    chatId: integer("chat_id").notNull(),
    state: text("state", { enum: DELIVERY_STATES }).notNull(),
    attemptedAt: timestamp("attempted_at"),
  },
  (t) => [primaryKey({ columns: [t.announcementId, t.chatId] }), index("announcement_deliveries_state_idx").on(t.state)],
);

/** Small key/value facts the process keeps across restarts (e.g. the last scheduler tick). */
export const appState = sqliteTable("app_state", {
  key: text("key").primaryKey(),
  value: text("value").notNull(),
  updatedAt: timestamp("updated_at").notNull(),
});

/** Updates already handled, so a redelivered update (webhook retry, restart) has no second effect. */
export const processedUpdates = sqliteTable(
  "processed_updates",
  {
    updateId: integer("update_id").primaryKey(),
    at: timestamp("at").notNull(),
  },
  (t) => [index("processed_updates_at_idx").on(t.at)],
);

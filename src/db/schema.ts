import { index, integer, sqliteTable, text, uniqueIndex } from "drizzle-orm/sqlite-core";

/** Milliseconds since the epoch; the clock is injected, so no SQL defaults for time. */
const timestamp = (name: string) => integer(name, { mode: "timestamp_ms" });

/** grammY session storage: one row per session key, value is JSON. */
export const sessions = sqliteTable("sessions", {
  key: text("key").primaryKey(),
  value: text("value").notNull(),
  updatedAt: timestamp("updated_at").notNull(),
});

export const ROLES = ["admin", "operator", "pimpinan"] as const;
export type Role = (typeof ROLES)[number];

export const people = sqliteTable(
  "people",
  {
    id: integer("id").primaryKey({ autoIncrement: true }),
    telegramId: integer("telegram_id").notNull(),
    role: text("role", { enum: ROLES }).notNull(),
    fullName: text("full_name").notNull(),
    jabatan: text("jabatan"),
    phone: text("phone"),
    status: text("status", { enum: ["active", "revoked"] }).notNull().default("active"),
    createdAt: timestamp("created_at").notNull(),
    updatedAt: timestamp("updated_at").notNull(),
  },
  (t) => [uniqueIndex("people_telegram_id_unique").on(t.telegramId), index("people_role_idx").on(t.role)],
);

export type Person = typeof people.$inferSelect;


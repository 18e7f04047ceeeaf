import { and, eq } from "drizzle-orm";
import type { Db } from "../client.js";
import { people, type Person } from "../schema.js";

export function findActivePerson(db: Db, telegramId: number): Person | null {
  return (
    db
      .select()
      .from(people)
      .where(and(eq(people.telegramId, telegramId), eq(people.status, "active")))
      .get() ?? null
  );
}

/** ADMIN_IDS people become (or return to being) admins without an invitation. */
export function ensureConfiguredAdmin(db: Db, telegramId: number, fullName: string, now: Date): Person {
  return db
    .insert(people)
    .values({ telegramId, role: "admin", fullName, status: "active", createdAt: now, updatedAt: now })
    .onConflictDoUpdate({
      target: people.telegramId,
      set: { role: "admin", status: "active", updatedAt: now },
    })
    .returning()
    .get();
}

import { and, eq, gt, isNull, asc } from "../orm.js";
import type { Db } from "../client.js";
import { codeAttempts, invitations, type Invitation, type Role } from "../schema.js";
import { generateInviteCode } from "../../core/people/invite-code.js";
import { WRONG_CODE_WINDOW_MS } from "../../core/people/invitation-rules.js";

export function createInvitation(db: Db, values: { role: Role; opdId: number | null; createdBy: number; ttlDays: number }, now: Date): Invitation {
  // A collision among 8·10^14 codes is unlikely but cheap to rule out.
  for (;;) {
    const code = generateInviteCode();
    if (findInvitationByCode(db, code)) continue;
    return db
      .insert(invitations)
      .values({
        code,
        role: values.role,
        opdId: values.opdId,
        createdBy: values.createdBy,
        createdAt: now,
        expiresAt: new Date(now.getTime() + values.ttlDays * 86_400_000),
      })
      .returning()
      .get();
  }
}

export function findInvitationByCode(db: Db, code: string): Invitation | undefined {
  return db.select().from(invitations).where(eq(invitations.code, code)).get();
}

export function findInvitation(db: Db, id: number): Invitation | undefined {
  return db.select().from(invitations).where(eq(invitations.id, id)).get();
}

export function pendingInvitations(db: Db, now: Date): Invitation[] {
  return db
    .select()
    .from(invitations)
    .where(and(isNull(invitations.usedAt), isNull(invitations.revokedAt), gt(invitations.expiresAt, now)))
    .orderBy(asc(invitations.createdAt))
    .all();
}

export function revokeInvitation(db: Db, id: number, now: Date) {
  db.update(invitations).set({ revokedAt: now }).where(eq(invitations.id, id)).run();
}

export function markInvitationUsed(db: Db, id: number, personId: number, now: Date) {
  db.update(invitations).set({ usedAt: now, usedBy: personId }).where(eq(invitations.id, id)).run();
}

export function recordWrongCode(db: Db, telegramId: number, now: Date) {
  db.insert(codeAttempts).values({ telegramId, at: now }).run();
}

export function recentWrongCodes(db: Db, telegramId: number, now: Date): Date[] {
  return db
    .select({ at: codeAttempts.at })
    .from(codeAttempts)
    .where(and(eq(codeAttempts.telegramId, telegramId), gt(codeAttempts.at, new Date(now.getTime() - WRONG_CODE_WINDOW_MS))))
    .all()
    .map((r) => r.at);
}

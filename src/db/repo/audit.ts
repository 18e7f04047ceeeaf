import { and, desc, eq } from "../orm.js";
import type { Db } from "../client.js";
import { auditLog } from "../schema.js";

export interface AuditEntry {
  actorId: number | null;
  action: string;
  target?: string;
  detail?: Record<string, unknown>;
  at: Date;
}

/** Every admin action goes through here, inside the same transaction as the change it records. */
export function audit(db: Db, entry: AuditEntry) {
  db.insert(auditLog)
    .values({
      actorId: entry.actorId,
      action: entry.action,
      target: entry.target ?? null,
      detail: entry.detail ? JSON.stringify(entry.detail) : null,
      at: entry.at,
    })
    .run();
}

/** When this person last did this action, from the audit log (the record of it that survives restarts). */
export function lastActionAt(db: Db, actorId: number, action: string): Date | null {
  const row = db
    .select({ at: auditLog.at })
    .from(auditLog)
    .where(and(eq(auditLog.actorId, actorId), eq(auditLog.action, action)))
    .orderBy(desc(auditLog.at))
    .limit(1)
    .get();
  return row?.at ?? null;
}

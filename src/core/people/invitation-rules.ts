export type InvitationState = "valid" | "unknown" | "used" | "revoked" | "expired" | "opd-inactive";

export interface InvitationLike {
  usedAt: Date | null;
  revokedAt: Date | null;
  expiresAt: Date;
}

/**
 * Revoked wins over used and expired: it is the admin's latest word on the code. A code for
 * an OPD deactivated since it was issued would register an operator nobody reminds or counts.
 */
export function invitationState(invitation: InvitationLike | undefined, now: Date, opdActive = true): InvitationState {
  if (!invitation) return "unknown";
  if (invitation.revokedAt) return "revoked";
  if (invitation.usedAt) return "used";
  if (invitation.expiresAt.getTime() <= now.getTime()) return "expired";
  if (!opdActive) return "opd-inactive";
  return "valid";
}

export const WRONG_CODE_LIMIT = 5;
export const WRONG_CODE_WINDOW_MS = 60 * 60 * 1000;

/**
 * After WRONG_CODE_LIMIT failures inside the window every attempt is refused, right or wrong,
 * until the oldest failure leaves the window. Returns the minutes left to wait, or 0.
 */
export function codeLockoutMinutes(failureTimes: Date[], now: Date): number {
  const recent = failureTimes
    .map((d) => d.getTime())
    .filter((t) => t > now.getTime() - WRONG_CODE_WINDOW_MS)
    .sort((a, b) => a - b);
  if (recent.length < WRONG_CODE_LIMIT) return 0;
  const freeAt = recent[recent.length - WRONG_CODE_LIMIT]! + WRONG_CODE_WINDOW_MS;
  return Math.max(1, Math.ceil((freeAt - now.getTime()) / 60_000));
}

import type { BotContext } from "../context.js";
import type { Invitation } from "../../db/schema.js";
import { findOpd } from "../../db/repo/opds.js";

/** "Operator OPD — Dinas Kesehatan", or just the role when there is no OPD. */
export function describeInvitation(ctx: BotContext, invitation: Pick<Invitation, "role" | "opdId">): string {
  const role = ctx.t(`role-${invitation.role}`);
  const opd = invitation.opdId ? findOpd(ctx.deps.db, invitation.opdId)?.name : undefined;
  return opd ? `${role} — ${opd}` : role;
}

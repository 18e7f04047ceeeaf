import { describe, expect, it } from "vitest";
import { CODE_ALPHABET, CODE_LENGTH, generateInviteCode, looksLikeInviteCode, normalizeInviteCode } from "../../src/core/people/invite-code.js";
import { codeLockoutMinutes, invitationState } from "../../src/core/people/invitation-rules.js";

const NOW = new Date("2026-05-04T02:00:00Z");
const at = (minutesAgo: number) => new Date(NOW.getTime() - minutesAgo * 60_000);

describe("invitation codes", () => {
  it("are 10 characters from an alphabet without look-alikes", () => {
    expect(CODE_LENGTH).toBeGreaterThanOrEqual(8);
    expect(CODE_ALPHABET).not.toMatch(/[01OIL]/);
    for (let i = 0; i < 200; i++) {
      const code = generateInviteCode();
      expect(code).toHaveLength(CODE_LENGTH);
      expect([...code].every((c) => CODE_ALPHABET.includes(c))).toBe(true);
    }
  });

  it("accept what people paste: spaces, dashes, lower case", () => {
    expect(normalizeInviteCode(" abcd-e 2345f ")).toBe("ABCDE2345F");
    expect(looksLikeInviteCode("abcde 2345f")).toBe(true);
    expect(looksLikeInviteCode("ABCDE2345O")).toBe(false);
  });
});

describe("invitationState", () => {
  const fresh = { usedAt: null, revokedAt: null, expiresAt: at(-60) };
  it.each([
    [undefined, true, "unknown"],
    [fresh, true, "valid"],
    [{ ...fresh, usedAt: at(5) }, true, "used"],
    [{ ...fresh, revokedAt: at(5), usedAt: at(9) }, true, "revoked"],
    [{ ...fresh, expiresAt: NOW }, true, "expired"],
    [fresh, false, "opd-inactive"],
  ] as const)("%j (OPD active: %s) → %s", (invitation, opdActive, state) => {
    expect(invitationState(invitation, NOW, opdActive)).toBe(state);
  });
});

describe("codeLockoutMinutes", () => {
  it("lets four or five recent failures through and locks the sixth attempt until the oldest ages out", () => {
    expect(codeLockoutMinutes([at(1), at(2), at(3), at(4)], NOW)).toBe(0);
    expect(codeLockoutMinutes([at(10), at(20), at(30), at(40), at(50)], NOW)).toBe(10);
    expect(codeLockoutMinutes([at(70), at(20), at(30), at(40), at(50)], NOW)).toBe(0);
  });
});

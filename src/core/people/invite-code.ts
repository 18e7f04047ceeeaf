import { randomInt } from "node:crypto";

/** No 0/O, 1/I/L: codes are read aloud and typed from paper. */
export const CODE_ALPHABET = "ABCDEFGHJKMNPQRSTUVWXYZ23456789";
export const CODE_LENGTH = 10;

/** 31^10 ≈ 8·10^14 codes: with 5 tries an hour per person, guessing is hopeless. */
export function generateInviteCode(random: (max: number) => number = randomInt): string {
  let code = "";
  for (let i = 0; i < CODE_LENGTH; i++) code += CODE_ALPHABET[random(CODE_ALPHABET.length)];
  return code;
}

/** People paste codes with spaces, dashes or in lower case; the stored form is upper case. */
export function normalizeInviteCode(input: string): string {
  return input.replace(/[\s-]+/g, "").toUpperCase();
}

export function looksLikeInviteCode(input: string): boolean {
  const code = normalizeInviteCode(input);
  return code.length === CODE_LENGTH && [...code].every((c) => CODE_ALPHABET.includes(c));
}

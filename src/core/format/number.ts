import { roundHalfUp } from "../score/round.js";

/**
 * Indonesian number format: "," for decimals and "." for thousands ("1.234,50", "62,40").
 * Written by hand rather than with Intl so output never depends on the ICU build, and so it
 * rounds half-up exactly as the engine does.
 */
export function formatId(n: number, decimals = 2): string {
  if (!Number.isFinite(n)) return String(n);
  const d = Math.max(0, Math.floor(decimals));
  const rounded = roundHalfUp(n, d);
  const negative = rounded < 0;
  const [intPart = "0", fracPart] = Math.abs(rounded).toFixed(d).split(".");
  const grouped = intPart.replace(/\B(?=(\d{3})+(?!\d))/g, ".");
  return `${negative ? "-" : ""}${grouped}${fracPart ? `,${fracPart}` : ""}`;
}

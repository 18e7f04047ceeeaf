export * from "./dates.js";
export * from "./words.js";
export * from "./fields.js";
export * from "./evidence.js";
export * from "./readiness.js";
export { charLength, normalizeLine, normalizeParagraphs } from "./text.js";
export * from "./evidence-names.js";

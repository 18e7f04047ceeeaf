export * from "./types.js";
export * from "./columns.js";
export * from "./validate.js";
export * from "./spd.js";
export * from "./diff.js";
export * from "./to-row.js";

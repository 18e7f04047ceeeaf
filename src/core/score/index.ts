export * from "./types.js";
export * from "./engine.js";
export * from "./category.js";
export * from "./suggest.js";
export { roundHalfUp, toHundredths } from "./round.js";
export * from "./opd-part.js";
export * from "./recap.js";
export * from "./first-screen.js";
export * from "./stored.js";

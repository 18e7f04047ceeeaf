/** Admin flows of the period and score features (the score feature refines these types). */
export type PeriodFlow = { kind: "period"; step: string; [key: string]: unknown };
export type SpdFlow = { kind: "spd"; step: string; [key: string]: unknown };
export type OfficialResultFlow = { kind: "official-result"; step: string; [key: string]: unknown };

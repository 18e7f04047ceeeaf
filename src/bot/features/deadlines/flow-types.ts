/** Admin flows of deadlines and announcements (the deadlines feature refines these types). */
export type DeadlineFlow = { kind: "deadline"; step: string; [key: string]: unknown };
export type BroadcastFlow = { kind: "broadcast"; step: string; [key: string]: unknown };

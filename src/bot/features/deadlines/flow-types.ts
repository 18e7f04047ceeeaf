/** Admin flows of deadlines and announcements. */

export type DeadlineAudienceChoice = "all" | "unfinished";

/** Creating a deadline asks, in order: name, date and time, audience (buttons), optional note. */
export type DeadlineCreateFlow = {
  kind: "deadline";
  step: "name" | "due" | "audience" | "note";
  name?: string;
  /** Epoch ms. */
  dueAt?: number;
  audience?: DeadlineAudienceChoice;
};

/** Editing one field of an existing deadline by text (audience is edited with buttons). */
export type DeadlineEditFlow = { kind: "deadline"; step: "edit-name" | "edit-due" | "edit-note"; deadlineId: number };

export type DeadlineFlow = DeadlineCreateFlow | DeadlineEditFlow;

export type BroadcastAudienceChoice = "all" | "operator" | "pimpinan" | "opd";

/** An announcement: the text, then the audience (and the OPD when it is one OPD), then preview and confirm. */
export type BroadcastFlow = {
  kind: "broadcast";
  step: "text" | "audience" | "opd" | "confirm";
  text?: string;
  audience?: BroadcastAudienceChoice;
  opdId?: number;
};

/**
 * Where an operator is in an innovation. The innovation row is the record of every answer;
 * this only says which question is open, so a restart resumes at the same question.
 * (The innovation feature refines this type.)
 */
export type InnovationFlow = { kind: "innovation"; innovationId: number; step: string; [key: string]: unknown };

/** An admin verifying one innovation, e.g. typing the return note. */
export type VerificationFlow = { kind: "verification"; innovationId: number; step: string; [key: string]: unknown };

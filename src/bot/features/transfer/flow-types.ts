/** An admin sending an .xlsx or .csv to import (the transfer feature refines this type). */
export type ImportFlow = { kind: "import"; step: string; [key: string]: unknown };

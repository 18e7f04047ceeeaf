/** An admin was asked for an .xlsx or .csv to import; the next document is the file. */
export type ImportFlow = { kind: "import"; step: "file" };

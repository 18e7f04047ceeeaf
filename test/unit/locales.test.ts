import { readFileSync, readdirSync, statSync } from "node:fs";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import { COMMANDS, AUDIENCES } from "../../src/bot/access.js";

const root = fileURLToPath(new URL("../..", import.meta.url));
const keysOf = (file: string) =>
  new Set([...readFileSync(join(root, "locales", file), "utf8").matchAll(/^([a-z][a-z0-9-]*)\s*=/gm)].map((m) => m[1]!));

function sourceFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? sourceFiles(path) : path.endsWith(".ts") ? [path] : [];
  });
}

describe("locales", () => {
  const id = keysOf("id.ftl");
  const en = keysOf("en.ftl");

  it("id and en have the same keys", () => {
    expect([...id].filter((k) => !en.has(k))).toEqual([]);
    expect([...en].filter((k) => !id.has(k))).toEqual([]);
  });

  it("every literal key the code asks for exists", () => {
    const used = new Set<string>();
    for (const file of sourceFiles(join(root, "src"))) {
      for (const m of readFileSync(file, "utf8").matchAll(/\bt\(\s*"([a-z][a-z0-9-]*)"/g)) used.add(m[1]!);
    }
    expect(used.size).toBeGreaterThan(5);
    expect([...used].filter((k) => !id.has(k))).toEqual([]);
  });

  it("every command and role has its text", () => {
    for (const c of COMMANDS) expect(id.has(`cmd-${c.name}`), c.name).toBe(true);
    for (const a of AUDIENCES) expect(id.has(`role-${a}`), a).toBe(true);
  });
});

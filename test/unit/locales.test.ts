import { existsSync, readFileSync, readdirSync, statSync } from "node:fs";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import { COMMANDS, AUDIENCES } from "../../src/bot/access.js";

const root = fileURLToPath(new URL("../..", import.meta.url));
/** A locale is its top-level file plus every .ftl in its folder, as @grammyjs/i18n loads them. */
function localeSource(locale: string): string {
  const dir = join(root, "locales", locale);
  const extra = existsSync(dir)
    ? readdirSync(dir)
        .filter((f) => f.endsWith(".ftl"))
        .map((f) => readFileSync(join(dir, f), "utf8"))
    : [];
  return [readFileSync(join(root, "locales", `${locale}.ftl`), "utf8"), ...extra].join("\n");
}

const keysOf = (locale: string) => {
  const keys = [...localeSource(locale).matchAll(/^([a-z][a-z0-9_-]*)\s*=/gm)].map((m) => m[1]!);
  return { set: new Set(keys), duplicates: keys.filter((k, i) => keys.indexOf(k) !== i) };
};

function sourceFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? sourceFiles(path) : path.endsWith(".ts") ? [path] : [];
  });
}

describe("locales", () => {
  const { set: id, duplicates: idDuplicates } = keysOf("id");
  const { set: en, duplicates: enDuplicates } = keysOf("en");

  it("defines each key once per locale", () => {
    expect(idDuplicates).toEqual([]);
    expect(enDuplicates).toEqual([]);
  });

  it("id and en have the same keys", () => {
    expect([...id].filter((k) => !en.has(k))).toEqual([]);
    expect([...en].filter((k) => !id.has(k))).toEqual([]);
  });

  it("every literal key the code asks for exists", () => {
    const used = new Set<string>();
    for (const file of sourceFiles(join(root, "src"))) {
      for (const m of readFileSync(file, "utf8").matchAll(/\bt\(\s*"([a-z][a-z0-9_-]*)"/g)) used.add(m[1]!);
    }
    expect(used.size).toBeGreaterThan(5);
    expect([...used].filter((k) => !id.has(k))).toEqual([]);
  });

  it("every command and role has its text", () => {
    for (const c of COMMANDS) expect(id.has(`cmd-${c.name}`), c.name).toBe(true);
    for (const a of AUDIENCES) expect(id.has(`role-${a}`), a).toBe(true);
  });
});

import { mkdirSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { unzipSync } from "fflate";
import { afterEach, describe, expect, it } from "vitest";
import { and, eq } from "../../src/db/orm.js";
import { evidence, innovations } from "../../src/db/schema.js";
import { loadExportData } from "../../src/export/data.js";
import { buildEvidenceZip, safeName } from "../../src/export/evidence-zip.js";
import { seedInnovations, tempDatabase } from "../import/fixtures.js";

let env: ReturnType<typeof tempDatabase> | undefined;
afterEach(() => env?.close());

describe("evidence zip", () => {
  it("names entries <innovation>/<indicator>-<file>, separates same-named innovations and skips missing or escaping paths", () => {
    env = tempDatabase();
    const { db } = env.handle;
    const ids = seedInnovations(db, env.adminId, 5);
    db.update(innovations).set({ nama: "Layanan A/B" }).where(eq(innovations.id, ids[0]!)).run();
    db.update(innovations).set({ nama: "Layanan A/B" }).where(eq(innovations.id, ids[2]!)).run();
    db.update(evidence)
      .set({ localPath: "../../etc/passwd" })
      .where(and(eq(evidence.innovationId, ids[4]!), eq(evidence.kind, "pdf")))
      .run();
    const dir = join(env.dir, "bukti");
    for (const [i, id] of [
      [0, ids[0]!],
      [2, ids[2]!],
    ] as const) {
      mkdirSync(join(dir, `inv-${id}`), { recursive: true });
      writeFileSync(join(dir, `inv-${id}`, `sk-${i}.pdf`), `pdf ${i}`);
    }
    const zip = buildEvidenceZip(loadExportData(db, "Kota Serang"), dir);
    expect(zip).toMatchObject({ files: 2, missing: 1 });
    const names = Object.keys(unzipSync(new Uint8Array(zip.bytes)))
      .filter((n) => !n.endsWith("/"))
      .sort();
    expect(names).toEqual([`Layanan A_B (${ids[2]})/16-sk-2.pdf`, "Layanan A_B/16-sk-0.pdf"]);
  });

  it("safeName keeps names a file system accepts", () => {
    expect(safeName('a:b*c?"d<e>f|g\\h/i')).toBe("a_b_c__d_e_f_g_h_i");
    expect(safeName("..rahasia")).toBe("_rahasia");
    expect(safeName("   ")).toBe("_");
  });
});

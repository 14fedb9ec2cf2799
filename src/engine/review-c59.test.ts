/** Review c59: a re-check of the c58 answers (report /work/review59/review.md); the vignettes are its probe records. */
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { assess } from "./assess.js";

// biome-ignore lint/suspicious/noExplicitAny: a vignette read as it is
type Rec = any;
const read = (name: string): Rec =>
  JSON.parse(
    readFileSync(join(import.meta.dirname, `../../examples/vignettes/review-c59-${name}.json`), "utf8"),
  );

describe("review c59", () => {
  it("W3: lenalidomide alone begun 11 months after the transplant, after a rise off treatment: a new line, asked", () => {
    const a = assess(read("w3-len-11-months-after-asct-after-rise"));
    expect(a.phase?.code).toBe("relapsed");
    const asked = a.missingData.find((m) => /plannedWithPrevious$/.test(m.field));
    expect(asked?.neededFor).toMatch(
      /read as a new line \(begun more than 6 months after .*after a rise measured/,
    );
  });

  it("W4: ten weeks after teclistamab, on KCd with IgG 300: PJP and immunoglobulin replacement stay", () => {
    const a = assess(read("w4-teclistamab-then-kcd-igg-300"));
    expect(a.options.find((o) => o.id === "sc.infection.pjp")?.strength).toBe("standard");
    expect(a.options.find((o) => o.id === "sc.infection.ivig")?.strength).toBe("standard");
  });

  it("control (review c58-M1): two lines after the bispecific, the cards are the later lines' own", () => {
    const r = read("w4-teclistamab-then-kcd-igg-300");
    const kcd = r.treatmentHistory[r.treatmentHistory.length - 1];
    Object.assign(kcd, { end: "2026-10-25", progressedOn: true, progressionDate: "2026-10-20" });
    r.treatmentHistory.push({ regimen: "Pd", drugs: ["pomalidomide", "dexamethasone"], start: "2026-11-01" });
    const a = assess(r);
    // Review c70-m3: PJP after ASCT is read within the transplant's own line; these later lines are after it.
    expect(a.options.find((o) => o.id === "sc.infection.pjp")).toBeUndefined();
  });
});

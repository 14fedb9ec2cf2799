/** Review c8 (2026-12-02), finding 6: daratumumab- and lenalidomide-refractory at FIRST relapse (after
 * D-VRd, transplant and maintenance; or after DRd), now common. The selection matrix (treatments.md 5d) has
 * no row for it: its anti-CD38-refractory row starts at >= 2 prior lines, so no carfilzomib regimen was
 * shown. Kd is labelled for 1 to 3 prior lines (US Kyprolis PI, section 1; ENDEAVOR enrolled 1 to 3 prior
 * lines, Dimopoulos Lancet Oncol 2016), so it is shown from the first relapse when the disease is
 * anti-CD38-refractory. KPd stays at >= 2 prior lines (the matrix; no source seen for earlier). Both
 * vignette tests failed on main 5a06f2c. */
import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { optionIds as ids, shownOption as opt } from "../testing/options.js";
import { assess } from "./assess.js";

type Rec = Record<string, unknown>;
const dir = new URL("../../examples/vignettes/", import.meta.url);
const record = (name: string): Rec => JSON.parse(readFileSync(new URL(`${name}.json`, dir), "utf8")) as Rec;

describe("anti-CD38-refractory at first relapse: Kd is shown", () => {
  for (const name of [
    "relapse-first-dara-len-refractory-after-dvrd",
    "relapse-first-drd-refractory-age-77",
  ]) {
    it(`${name}: Kd to consider, on-label from 1 prior line, with its sources; KPd not yet`, () => {
      const a = assess(record(name));
      const kd = opt(a, "rr.kd");
      expect(kd.strength).toBe("consider");
      expect(kd.because.join(" ")).toMatch(/anti-CD38 antibody refractory: yes/);
      expect(kd.citations).toEqual(expect.arrayContaining(["dimopoulos-2016-lancet-oncol-endeavor"]));
      expect(kd.regulatory.us?.status).toBe("approved");
      expect(ids(a)).not.toContain("rr.kpd");
      // The carfilzomib triplets with an anti-CD38 antibody stay excluded: the disease is refractory to it.
      expect(ids(a)).not.toContain("rr.dkd");
      expect(ids(a)).not.toContain("rr.isa-kd");
    });
  }

  it("control: lenalidomide-refractory but anti-CD38-naive at first relapse gets DKd / Isa-Kd, not Kd", () => {
    const a = assess(record("relapse-lenalidomide-refractory"));
    expect(ids(a)).toContain("rr.dkd");
    expect(ids(a)).not.toContain("rr.kd");
  });

  it("control: carfilzomib-refractory disease is not offered Kd", () => {
    const r = record("relapse-first-dara-len-refractory-after-dvrd");
    const history = (r.treatmentHistory as Rec[]).map((t) =>
      t.progressedOn === true ? { ...t, drugs: [...(t.drugs as string[]), "carfilzomib"] } : t,
    );
    expect(ids(assess({ ...r, treatmentHistory: history }))).not.toContain("rr.kd");
  });
});

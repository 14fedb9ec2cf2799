/** Review c8-13 (failing on c8-lines 5a06f2c): DRd with denosumab recorded as its own treatment entry
 * (examples/vignettes/supportive-denosumab-not-a-line-low-calcium.json, calcium 7.6 mg/dL, no lower limit
 * given; -calcium-below-lab-limit.json, the same with the laboratory's lower limit 8.6 mg/dL). Denosumab
 * was counted as "line 2 for relapsed disease" and the response attributed to it; no low-calcium alert.
 * Sources: rajkumar-2015-blood-lines (a line is a cycle of anti-myeloma therapy: a drug or regimen, or a
 * transplant), treatments.md 8a (denosumab: correct calcium before use and monitor) and 8c (IVIG, ESA are
 * supportive care). */
import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { toFacts } from "../model/facts.js";
import { buildHandout, handoutLines } from "../render/handout.js";
import { EN } from "../render/words/en.js";
import { ES } from "../render/words/es.js";
import type { HandoutWords } from "../render/words/types.js";
import { assessLinesOfTherapy } from "../response/lines.js";
import { assess } from "./assess.js";
import type { Assessment } from "./assessment.js";

const vignette = (name: string): Assessment =>
  assess(JSON.parse(readFileSync(new URL(`../../examples/vignettes/${name}.json`, import.meta.url), "utf8")));
const handout = (a: Assessment, w: HandoutWords = EN) =>
  handoutLines(buildHandout(a, w)).join(" ").replace(/\s+/g, " ");
const LOW = "alert.denosumab.calcium-below-lower-limit";
const NO_LIMIT = "alert.denosumab.calcium-lower-limit-missing";

describe("denosumab beside DRd: supportive care, not a line", () => {
  const a = vignette("supportive-denosumab-not-a-line-low-calcium");

  it("DRd is line 1, being given; denosumab makes no line and the response is DRd's", () => {
    expect(a.phase?.code).toBe("induction");
    expect(a.phase?.currentLine).toBe(1);
    expect(a.phase?.priorLines).toBe(0);
    expect(a.phase?.currentRegimen).toBe("DRd");
    expect(a.phase?.lastRegimen).toBe("DRd");
    expect(a.phase?.reason).not.toMatch(/Denosumab/);
  });

  it("the handout names DRd's drugs for the current treatment, not denosumab", () => {
    const text = handout(a);
    expect(text).not.toMatch(/\(Denosumab\)/);
    expect(text).not.toMatch(/4-drug/);
  });

  it("denosumab stays current supportive care: its on-drug kidney alert still fires", () => {
    const on = a.alerts.find((x) => x.id === "denosumab.hypocalcemia.renal");
    expect(on?.text).toMatch(/On denosumab now/);
  });

  it("no lower limit in the record: no threshold invented; the team is asked to compare with the lab's range", () => {
    expect(a.alerts.find((x) => x.id === LOW)).toBeUndefined();
    const al = a.alerts.find((x) => x.id === NO_LIMIT);
    expect(al?.severity).toBe("info");
    expect(al?.text).toMatch(/no lower limit of normal/i);
    expect(al?.citations).toContain("bone-agent-labels-2014");
  });
});

describe("denosumab with calcium below the laboratory's lower limit", () => {
  const a = vignette("supportive-denosumab-calcium-below-lab-limit");

  it("a warning: correct calcium before (more) denosumab (treatments.md 8a)", () => {
    const al = a.alerts.find((x) => x.id === LOW);
    expect(al?.severity).toBe("warning");
    expect(al?.text).toMatch(/below the laboratory's lower limit/);
    expect(al?.text).toMatch(/correct calcium/i);
    expect(al?.citations).toEqual(
      expect.arrayContaining(["bone-agent-labels-2014", "terpos-2021-lancet-oncol"]),
    );
    expect(a.alerts.find((x) => x.id === NO_LIMIT)).toBeUndefined();
  });

  it("the handout says so plainly, in English and Spanish", () => {
    expect(handout(a)).toContain(EN.lowCalciumDenosumab);
    expect(handout(a, ES)).toContain(ES.lowCalciumDenosumab);
  });

  it("with a normal calcium, no low-calcium alert", () => {
    const rec = JSON.parse(
      readFileSync(
        new URL(
          "../../examples/vignettes/supportive-denosumab-calcium-below-lab-limit.json",
          import.meta.url,
        ),
        "utf8",
      ),
    );
    rec.labs.calcium.value = 9.2;
    const b = assess(rec);
    expect(b.alerts.find((x) => x.id === LOW)).toBeUndefined();
    expect(handout(b)).not.toContain(EN.lowCalciumDenosumab);
  });
});

describe("supportive-care entries never make a line (bone agents, IVIG, ESA)", () => {
  it.each([
    ["zoledronic acid"],
    ["pamidronate"],
    ["denosumab"],
    ["ivig"],
    ["epoetin alfa"],
    ["darbepoetin alfa"],
  ])("%s recorded after VRd", (drug) => {
    const r = assessLinesOfTherapy(
      toFacts({
        asOf: "2026-12-01",
        treatmentHistory: [
          { regimen: "VRd", drugs: ["bortezomib", "lenalidomide", "dexamethasone"], start: "2026-01-01" },
          { regimen: drug, drugs: [drug], start: "2026-03-01" },
        ],
      }),
    );
    expect(r.count).toBe(1);
    expect(r.lines[0]?.regimens).toEqual(["VRd"]);
    expect(r.exposedDrugs).not.toContain(drug);
    expect(r.unknownDrugs).not.toContain(drug);
  });
});

/** Stop 47, the patient's pages and the clinician's: re-check c65-m4, BVd at a first relapse (EU label >= 1 prior
 * line, US >= 2; treatments.md 5a) read on the handout as approved everywhere. Fails on engine 0.2.75. */
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { assess } from "../engine/assess.js";
import { renderClinicianSummary } from "./clinician.js";
import { renderHandout } from "./handout.js";
import { renderPatientSummary } from "./patient.js";
import { planStepNames } from "./plan-names.js";
import { EN } from "./words/en.js";
import { ES } from "./words/es.js";

// biome-ignore lint/suspicious/noExplicitAny: a vignette edited in place
type Rec = any;
const read = (name: string): Rec =>
  JSON.parse(readFileSync(join(import.meta.dirname, `../../examples/vignettes/${name}.json`), "utf8"));
const flat = (s: string) => s.replace(/\s+/g, " ");

describe("re-check c65-m4: BVd at a first relapse, outside the US label, is marked", () => {
  const a = assess(read("relapse-lenalidomide-sensitive"));
  const bvd = a.options.find((o) => o.id === "rr.bvd");

  it("the assessment marks the US status outside the label for this patient, the EU one not", () => {
    expect(a.linesOfTherapy.priorLines).toBe(1);
    expect(bvd?.regulatory.us).toMatchObject({ status: "approved", outsideLabel: true });
    expect(bvd?.regulatory.eu?.outsideLabel).toBeUndefined();
  });

  it("the handout and the full summary say approved for the patient's situation in Europe only (EN, ES)", () => {
    expect(flat(renderHandout(a, "text", EN))).toMatch(
      /belantamab \(BVd\)[^-]* – approved for your situation in Europe only/,
    );
    expect(flat(renderHandout(a, "text", ES))).toMatch(
      /belantamab \(BVd\)[^-]* – aprobado para su situación solo en Europa/,
    );
    expect(flat(renderPatientSummary(a, "text", EN))).toContain(
      "Approved for your situation in Europe only.",
    );
  });

  it("the clinician's plan and regulatory line say so too", () => {
    const step = a.plan?.find((s) => s.optionIds.includes("rr.bvd"));
    expect(step && planStepNames(a, step)).toContain("BVd (outside US label)");
    expect(flat(renderClinicianSummary(a, "text"))).toMatch(
      /Regulatory: US approved 2025-10-23 \(>=2 prior lines including a PI and an IMiD\), outside its label for this patient; EU approved/,
    );
  });

  it("control: after four prior lines no such mark; one jurisdiction shown, none either", () => {
    const later = assess(read("review-c10-four-prior-lines-tce"));
    const b = later.options.find((o) => o.id === "rr.bvd");
    expect(later.linesOfTherapy.priorLines).toBeGreaterThanOrEqual(2);
    expect(b?.regulatory.us?.status).toBe("approved");
    expect(b?.regulatory.us?.outsideLabel).toBeUndefined();
    expect(flat(renderHandout(later, "text", EN))).not.toMatch(/\(BVd\)[^-]* – approved for your situation/);
    // DKd after 4 prior lines is outside the US label (1-3 prior lines) and within the EU one: marked.
    expect(later.options.find((o) => o.id === "rr.dkd")?.regulatory.us?.outsideLabel).toBe(true);
    expect(flat(renderHandout(later, "text", EN))).toMatch(
      /\(DKd\)[^-]* – approved for your situation in Europe only/,
    );
    const eu = assess(read("relapse-lenalidomide-sensitive"), { jurisdiction: "eu" });
    expect(eu.options.find((o) => o.id === "rr.bvd")?.regulatory.us).toBeNull();
    expect(flat(renderHandout(eu, "text", EN))).not.toContain("approved for your situation");
  });
});

describe("review c67-U2 follow-up: smouldering myeloma on lenalidomide is not told it is 'given for a set time'", () => {
  it("lenalidomide alone (E3A06: no duration in treatments.md 2b): no set time, EN and ES", () => {
    const a = assess(read("review-c67-smm-lenalidomide-vte-history"));
    expect(a.phase.code).toBe("smoldering-therapy");
    expect(flat(renderHandout(a, "text", EN))).toContain(EN.phase["smoldering-therapy"].now);
    expect(flat(renderHandout(a, "text", EN))).not.toMatch(/set time/);
    expect(flat(renderHandout(a, "text", ES))).not.toMatch(/tiempo fijo/);
  });
});

describe("stop 48 leftover: smouldering myeloma on lenalidomide with low counts is told of the pause and the fever call", () => {
  const withCounts = (neutrophils: number, platelets: number) => {
    const r = read("review-c67-smm-lenalidomide-vte-history");
    r.labs.neutrophils = { value: neutrophils, unit: "10*9/L", date: r.asOf };
    r.labs.platelets = { value: platelets, unit: "10*9/L", date: r.asOf };
    return assess(r);
  };
  it("neutrophils 0.7 x10^9/L (lenalidomide label: interrupt below 1.0; treatments.md 7a): pause and fever, EN and ES", () => {
    const a = withCounts(0.7, 180);
    expect(a.alerts.map((x) => x.id)).toContain("lenalidomide.anc-below-1.0");
    for (const w of [EN, ES])
      for (const page of [renderHandout(a, "text", w), renderPatientSummary(a, "text", w)]) {
        expect(flat(page)).toContain(w.doseChangeReason.neutrophils);
        expect(flat(page)).toContain(w.doseChangeAdvice.neutrophils!);
      }
  });
  it("platelets 25 x10^9/L: the hold and the bleeding call", () => {
    const a = withCounts(2.5, 25);
    expect(flat(renderHandout(a, "text", EN))).toContain(EN.doseChangeReason.platelets);
    expect(flat(renderHandout(a, "text", EN))).toContain(EN.doseChangeAdvice.platelets!);
  });
  it("control: normal counts, no pause words", () => {
    const a = withCounts(2.5, 180);
    expect(flat(renderHandout(a, "text", EN))).not.toContain(EN.doseChangeReason.neutrophils);
    expect(flat(renderHandout(a, "text", EN))).not.toContain(EN.doseChangeReason.platelets);
  });
});

/** Review c56 (EHR data, stop 43): two readings of the treatment history that EHR data meets most, here from plain
 * PatientRecords. An entry stopped with no end date was "given now"; maintenance after a transplant with no phase
 * recorded was a relapse line. */
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { assess } from "./assess.js";

// biome-ignore lint/suspicious/noExplicitAny: a vignette edited in place
type Rec = any;
const read = (name: string): Rec =>
  JSON.parse(readFileSync(join(import.meta.dirname, `../../examples/vignettes/${name}.json`), "utf8"));
const ids = (a: ReturnType<typeof assess>) => a.options.map((o) => o.id);

describe("an entry with a stop reason and no end stopped on a day not recorded (review c56 WRONG-1)", () => {
  const VRD = "vrd-completed-no-end-date";

  it("VRd from 2025-03-01, stopped (completed), no end: not given now, the step says the day is not recorded", () => {
    const a = assess(read(VRD));
    expect(a.linesOfTherapy.onTherapy).toBe(false);
    expect(a.phase.currentLine).toBeNull();
    expect(a.phase.reason).toMatch(/Induction \(VRd\) stopped \(completed\) on a day not recorded/);
    expect(ids(a)).not.toContain("pathway.continue-current-line");
    // Its drugs are no longer given: no prophylaxis of a line being given (VTE with lenalidomide, HSV with bortezomib).
    expect(ids(a)).not.toContain("sc.vte.imid-prophylaxis");
  });

  it("a progression after it: refractoriness not known (the 60 days cannot be counted), its end asked", () => {
    const r = read(VRD);
    // The M-protein confirmed at its lowest (0.4 g/dL twice), then a confirmed rise: a progression (IMWG 2016).
    r.series.serumMProtein = [
      { date: "2025-02-20", value: 3.0, unit: "g/dL" },
      { date: "2025-09-01", value: 0.4, unit: "g/dL" },
      { date: "2025-12-01", value: 0.4, unit: "g/dL" },
      { date: "2026-09-01", value: 1.2, unit: "g/dL" },
      { date: "2026-10-01", value: 1.6, unit: "g/dL" },
    ];
    r.labs.serumMProtein = { value: 1.6, unit: "g/dL", date: "2026-10-01" };
    const a = assess(r);
    expect(a.linesOfTherapy.refractoryDrugs).toEqual([]);
    expect(a.linesOfTherapy.lenalidomideRefractory).toBeNull();
    expect(a.missingData.find((m) => m.field === "treatmentHistory.0.end")?.neededFor).toMatch(
      /its last dose \(stopped, completed, on a day not recorded\)/,
    );
  });

  it("control: the same entry with no stop reason is still given (the record's reading of an open entry)", () => {
    const r = read(VRD);
    delete r.treatmentHistory[0].stopReason;
    const a = assess(r);
    expect(a.linesOfTherapy.onTherapy).toBe(true);
    expect(ids(a)).toContain("pathway.continue-current-line");
  });
});

describe("maintenance after the transplant with no phase recorded (review c56 UNSAFE-4, c52-m5)", () => {
  it("VRd, ASCT, lenalidomide alone: one line on maintenance, the question asked (not 'relapsed, line 2')", () => {
    const a = assess(read("vrd-asct-lenalidomide-no-phase"));
    expect(a.linesOfTherapy.lines).toHaveLength(1);
    expect(a.phase.code).toBe("maintenance");
    expect(a.phase.priorLines).toBe(0);
    expect(a.phase.reason).toMatch(/read as maintenance, its phase not recorded/);
    expect(
      a.missingData.find((m) => m.field === "treatmentHistory.2.plannedWithPrevious")?.neededFor,
    ).toMatch(/read as maintenance after the transplant, one line/);
  });

  it("c52-m5: ANC 0.7 on lenalidomide after the transplant reads the maintenance table, not treatment's < 1.0 hold", () => {
    const a = assess(read("review-c52-m5-r-after-asct-no-phase-anc0.7"));
    expect(a.phase.code).toBe("maintenance");
    expect(a.alerts.map((x) => x.id)).not.toContain("lenalidomide.anc-below-1.0");
  });

  it("control: recorded not planned (plannedWithPrevious false) it is a new line, as the record says", () => {
    const r = read("vrd-asct-lenalidomide-no-phase");
    r.treatmentHistory[2].plannedWithPrevious = false;
    const a = assess(r);
    expect(a.linesOfTherapy.lines).toHaveLength(2);
    expect(a.phase.code).not.toBe("maintenance");
  });

  it("control: lenalidomide with dexamethasone after the transplant (a regimen of its own) is not read as maintenance", () => {
    const r = read("vrd-asct-lenalidomide-no-phase");
    r.treatmentHistory[2].drugs = ["lenalidomide", "dexamethasone"];
    r.treatmentHistory[2].regimen = "Rd";
    const a = assess(r);
    expect(a.linesOfTherapy.lines).toHaveLength(2);
    expect(a.missingData.map((m) => m.field)).not.toContain("treatmentHistory.2.plannedWithPrevious");
  });

  it("control: a progression recorded before it keeps it a new line", () => {
    const r = read("vrd-asct-lenalidomide-no-phase");
    Object.assign(r.treatmentHistory[1], { progressedOn: true, progressionDate: "2026-07-20" });
    const a = assess(r);
    expect(a.linesOfTherapy.lines).toHaveLength(2);
  });
});

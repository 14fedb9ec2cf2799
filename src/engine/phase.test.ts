/** The treatment phase on small records: one case per rule of src/engine/phase.ts (Rajkumar 2015 lines of
 * therapy; IMWG 2011 refractory = progression on the line or within 60 days of its last dose). */
import { describe, expect, it } from "vitest";
import { assess } from "./assess.js";

const VRD = { regimen: "VRd", drugs: ["bortezomib", "lenalidomide", "dexamethasone"] };
const ASCT = {
  regimen: "ASCT",
  drugs: ["melphalan"],
  start: "2025-11-01",
  end: "2025-11-02",
  asct: true,
  phase: "transplant",
  plannedWithPrevious: true,
};
const base = {
  asOf: "2026-12-01",
  patient: { age: 64, sex: "male", weight: { value: 80, unit: "kg" } },
  labs: { serumMProtein: { value: 0.4, unit: "g/dL" }, heavyChain: "IgG", lightChain: "kappa" },
};
const phaseOf = (treatmentHistory: unknown[], extra: Record<string, unknown> = {}) =>
  assess({ ...base, ...extra, treatmentHistory }).phase;

describe("derivePhase", () => {
  it("no therapy: untreated, 0 prior lines", () => {
    expect(phaseOf([])).toMatchObject({ code: "untreated", priorLines: 0, currentLine: null });
  });

  it("induction ended, transplant candidate, no ASCT yet: collection and transplant planned", () => {
    const p = phaseOf([{ ...VRD, start: "2026-06-01", end: "2026-09-01", progressedOn: false }], {
      transplant: { candidate: "yes" },
    });
    expect(p).toMatchObject({ code: "transplant", priorLines: 1, currentLine: null });
  });

  it("induction -> ASCT -> maintenance running: one line, on maintenance, 0 prior lines", () => {
    const p = phaseOf([
      { ...VRD, start: "2025-06-01", end: "2025-10-01", progressedOn: false, phase: "induction" },
      ASCT,
      {
        regimen: "R",
        drugs: ["lenalidomide"],
        start: "2026-02-01",
        phase: "maintenance",
        plannedWithPrevious: true,
      },
    ]);
    expect(p).toMatchObject({ code: "maintenance", priorLines: 0, currentLine: 1, currentRegimen: "R" });
  });

  it("a second line being given without progression: relapsed disease, 1 prior line, current line 2", () => {
    const p = phaseOf([
      { ...VRD, start: "2023-01-01", end: "2023-08-01", progressedOn: true, stopReason: "progression" },
      { regimen: "DKd", drugs: ["daratumumab", "carfilzomib", "dexamethasone"], start: "2026-10-01" },
    ]);
    expect(p).toMatchObject({ code: "relapsed", priorLines: 1, currentLine: 2, progressed: false });
  });

  it("progression 30 days after the last dose: refractory; 90 days after: relapsed", () => {
    const at = (progressionDate: string) =>
      phaseOf([{ ...VRD, start: "2025-01-01", end: "2025-08-01", progressionDate }]);
    expect(at("2025-08-31")).toMatchObject({ code: "refractory", priorLines: 1, currentLine: null });
    expect(at("2025-10-30")).toMatchObject({ code: "relapsed", priorLines: 1, currentLine: null });
  });

  it("progression on the line still recorded as running: the line is finished, it counts as a prior line", () => {
    const p = phaseOf([{ ...VRD, start: "2026-01-01", progressedOn: true, progressionDate: "2026-11-01" }]);
    expect(p).toMatchObject({ code: "refractory", priorLines: 1, currentLine: null, progressed: true });
  });

  it("after ASCT with the outcome not recorded: still post-transplant; maintenance only if not progressed", () => {
    const a = assess({
      ...base,
      transplant: { candidate: "yes" },
      treatmentHistory: [{ ...VRD, start: "2025-06-01", end: "2025-10-01", phase: "induction" }, ASCT],
    });
    expect(a.phase).toMatchObject({ code: "post-transplant", progressed: null, priorLines: 1 });
    const maint = a.options.find((o) => o.id === "maint.lenalidomide");
    expect(maint?.conditional).toBe("if the first line has not progressed");
    expect(a.options.find((o) => o.id === "rr.dvd")?.conditional).toBe("if the first line has progressed");
  });
});

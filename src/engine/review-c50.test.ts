/** Stop 41: leftovers of reviews c48-c49 and review c50. Each case is a reviewer's probe copied into
 * examples/vignettes first, with controls that must not move. */
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { assess } from "./assess.js";

// biome-ignore lint/suspicious/noExplicitAny: a vignette edited in place
type Rec = any;
const read = (name: string): Rec =>
  JSON.parse(readFileSync(join(import.meta.dirname, `../../examples/vignettes/${name}.json`), "utf8"));
const regimens = (a: ReturnType<typeof assess>) => a.linesOfTherapy.lines.map((l) => l.regimens.join("+"));

const VRD_THEN_ASCT = "review-c49-w4-vrd-open-then-asct-no-planned-flag";

describe("review c49-W4: a first transplant after induction, the record silent on whether it was planned", () => {
  // criteria-and-scores.md 9.1 (Rajkumar 2015): induction -> ASCT -> consolidation -> maintenance is one line; a
  // drug added without it being planned, or a repeat transplant, is a new one.
  it("VRd (no end) then ASCT is one line, after the transplant, and whether it was planned is asked", () => {
    const a = assess(read(VRD_THEN_ASCT));
    expect(regimens(a)).toEqual(["VRd+ASCT"]);
    expect(a.phase.code).toBe("post-transplant");
    expect(a.phase.priorLines).toBe(0);
    // Not a relapse: no question about progression on VRd before "the next line".
    expect(a.missingData.map((m) => m.field)).not.toContain("treatmentHistory.0.progressedOn");
    expect(a.missingData).toContainEqual({
      field: "treatmentHistory.1.plannedWithPrevious",
      neededFor:
        "the line count: read as planned with VRd, one line (criteria-and-scores.md 9.1: induction then transplant); false if it was not (a new line)",
    });
  });

  it("controls: recorded not planned, a progression on VRd, or the phases recorded decide without a question", () => {
    const notPlanned = read(VRD_THEN_ASCT);
    notPlanned.treatmentHistory[1].plannedWithPrevious = false;
    const np = assess(notPlanned);
    expect(regimens(np)).toEqual(["VRd", "ASCT"]);
    expect(np.missingData.map((m) => m.field)).not.toContain("treatmentHistory.1.plannedWithPrevious");

    const progressed = read(VRD_THEN_ASCT);
    progressed.treatmentHistory[0].progressedOn = true;
    progressed.treatmentHistory[0].end = "2025-05-01";
    expect(regimens(assess(progressed))).toEqual(["VRd", "ASCT"]);

    const phased = read(VRD_THEN_ASCT);
    phased.treatmentHistory[0].phase = "induction";
    phased.treatmentHistory[1].phase = "transplant";
    const ph = assess(phased);
    expect(regimens(ph)).toEqual(["VRd+ASCT"]);
    expect(ph.missingData.map((m) => m.field)).not.toContain("treatmentHistory.1.plannedWithPrevious");
  });

  it("controls: a second transplant, or one after maintenance, is still a new line", () => {
    const again = read(VRD_THEN_ASCT);
    again.treatmentHistory[0].end = "2025-05-01";
    again.treatmentHistory[1].end = "2025-06-20";
    again.treatmentHistory.push({ regimen: "ASCT", drugs: ["melphalan"], start: "2026-09-01", asct: true });
    expect(regimens(assess(again))).toEqual(["VRd+ASCT", "ASCT"]);

    const afterMaintenance = read(VRD_THEN_ASCT);
    afterMaintenance.treatmentHistory = [
      {
        regimen: "Lenalidomide",
        drugs: ["lenalidomide"],
        start: "2024-01-01",
        end: "2025-05-01",
        phase: "maintenance",
      },
      { regimen: "ASCT", drugs: ["melphalan"], start: "2025-06-01", asct: true },
    ];
    expect(regimens(assess(afterMaintenance))).toEqual(["Lenalidomide", "ASCT"]);
  });
});

describe("review c48-F12: an abnormal serum FLC ratio in solitary plasmacytoma is flagged", () => {
  // treatments.md 1: "Abnormal serum FLC ratio at diagnosis: adverse" among the flags of a higher risk of
  // progression to myeloma (UNVERIFIED in the reference; the status is carried on the caution).
  const flagged = (a: ReturnType<typeof assess>, id: string) =>
    a.options.find((o) => o.id === id)?.cautions.find((c) => c.startsWith("Abnormal serum FLC ratio"));

  it("the radiotherapy option carries the flag, UNVERIFIED; a normal ratio or none measured does not", () => {
    const c = flagged(assess(read("sp-bone")), "sp.bone.radiotherapy");
    expect(c).toContain("UNVERIFIED in the reference");
    const normal = read("sp-bone");
    normal.labs.involvedFreeLightChain.value = 15;
    normal.labs.uninvolvedFreeLightChain.value = 12;
    expect(flagged(assess(normal), "sp.bone.radiotherapy")).toBeUndefined();
    const none = read("sp-bone");
    delete none.labs.involvedFreeLightChain;
    delete none.labs.uninvolvedFreeLightChain;
    expect(flagged(assess(none), "sp.bone.radiotherapy")).toBeUndefined();
  });

  it("the follow-up after radiotherapy carries it too", () => {
    expect(
      flagged(
        assess(read("review-c27-v08-sbp-after-rt-follow-up-overdue")),
        "sp.after-radiotherapy.follow-up",
      ),
    ).toBeDefined();
  });
});

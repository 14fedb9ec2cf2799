import { describe, expect, it } from "vitest";
import mgusOverdue from "../../examples/response/mgus-overdue.json" with { type: "json" };
import vgprAfterAsct from "../../examples/response/mm-vgpr-after-asct.json" with { type: "json" };
import progressionOnDpd from "../../examples/response/rrmm-progression-on-dpd.json" with { type: "json" };
import smmEvolving from "../../examples/response/smm-evolving.json" with { type: "json" };
import { normalizeRecord, toFacts } from "../model/facts.js";
import { detectEvolvingDisease } from "./evolving.js";
import { assessLinesOfTherapy } from "./lines.js";
import { planMonitoring } from "./monitoring.js";
import { assessResponse } from "./response.js";

const examples = { mgusOverdue, vgprAfterAsct, progressionOnDpd, smmEvolving };

describe("examples/response records", () => {
  it.each(Object.entries(examples))("%s is a valid PatientRecord with id and asOf", (_name, record) => {
    const r = normalizeRecord(record);
    expect(r.ok).toBe(true);
    expect(record.id).toBeTruthy();
    expect(record.asOf).toBeTruthy();
  });

  it("VRd -> ASCT -> lenalidomide maintenance (planned) is one line, in VGPR confirmed (mixed g/L and g/dL series)", () => {
    const f = toFacts(vgprAfterAsct);
    const lines = assessLinesOfTherapy(f);
    expect(lines).toMatchObject({ count: 1, priorLines: 0, onTherapy: true, priorAsct: true });
    const r = assessResponse(f, lines);
    expect(r).toMatchObject({
      current: "VGPR",
      confirmed: true,
      progression: false,
      measurableBy: ["serum"],
    });
    expect(r.baseline.serum).toMatchObject({ date: "2025-01-02", value: 4.2, fromAfterStart: false });
  });

  it("third line DPd: confirmed serum PD from the 0.9 g/dL nadir makes the patient triple-class refractory", () => {
    const f = toFacts(progressionOnDpd);
    const lines = assessLinesOfTherapy(f);
    expect(lines).toMatchObject({
      count: 3,
      priorLines: 2,
      tripleClassRefractory: true,
      pentaRefractory: false,
    });
    expect(lines.refractoryDrugs).toContain("daratumumab");
    expect(lines.refractoryDrugs).not.toContain("bortezomib");
    const r = assessResponse(f, lines);
    expect(r).toMatchObject({ current: "PD", progression: true, progressionDate: "2026-07-05", line: 3 });
  });

  it("untreated SMM with a rising M-protein: evolving alert (Ravi 2016) and an SMM monitoring plan", () => {
    const f = toFacts(smmEvolving);
    // Review c91-M5: its marrow and scan are older than the rise, so the work-up finding comes with it.
    expect(detectEvolvingDisease(f, "smoldering-myeloma").map((a) => a.id)).toEqual([
      "evolving.m-protein",
      "evolving.work-up-before-rise",
    ]);
    const m = planMonitoring(f, { category: "smoldering-myeloma", riskGroup: "high" });
    expect(m.items[0]).toMatchObject({ lastDone: "2025-12-10", due: "2026-04-10", overdue: false });
  });

  it("low-risk MGUS last tested in 2023 is overdue by 2026-11-26", () => {
    const m = planMonitoring(toFacts(mgusOverdue), { category: "mgus", riskGroup: "low" });
    expect(m.overdue.map((i) => i.test)).toEqual(["serum protein electrophoresis"]);
  });
});

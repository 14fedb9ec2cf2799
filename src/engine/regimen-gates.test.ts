/** Regimens gated by the patient's heart, fitness and step in the pathway (specialist review c7): one
 * golden vignette per finding (examples/vignettes/, each failing on main 2e5d480) with its control.
 * Source of every expectation: shared/clinical-reference/treatments.md (section named in each test). */
import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { renderClinicianSummary } from "../render/clinician.js";
import { optionIds as ids, shownOption as opt } from "../testing/options.js";
import { assess } from "./assess.js";
import type { Assessment, AssessmentOption } from "./assessment.js";

type Rec = Record<string, unknown>;
const dir = new URL("../../examples/vignettes/", import.meta.url);
const record = (name: string): Rec => JSON.parse(readFileSync(new URL(`${name}.json`, dir), "utf8")) as Rec;
const cautions = (o: AssessmentOption) => o.cautions.join(" ");
const rank = (a: Assessment, id: string) => ids(a).indexOf(id);
const withConditions = (r: Rec, conditions: Rec): Rec => ({
  ...r,
  conditions: { ...(r.conditions as Rec), ...conditions },
});

describe("carfilzomib with heart failure recorded (treatments.md 5a DKd row, 7b carfilzomib)", () => {
  const CARFILZOMIB = ["rr.dkd", "rr.isa-kd"];
  const HF = /Heart failure recorded/;

  it("77-year-old, lenalidomide-refractory, heart failure: DKd and Isa-Kd are 'consider' with the cited reason, below DPd and DVd", () => {
    const a = assess(record("safety-heart-failure-carfilzomib"));
    for (const id of CARFILZOMIB) {
      const o = opt(a, id);
      expect(o.strength, id).toBe("consider");
      expect(cautions(o), id).toMatch(HF);
      expect(cautions(o), id).toContain("heart failure: yes");
      expect(o.citations, id).toContain("chari-2018-blood-adv");
      expect(o.safetyFindings, id).toContainEqual(
        expect.objectContaining({ kind: "strength-adjusted", to: "consider" }),
      );
      // The age >= 75 caution stays.
      expect(cautions(o), id).toContain("Carfilzomib at age 75 or older: higher risk of heart failure.");
      expect(rank(a, id), id).toBeGreaterThan(rank(a, "rr.dpd"));
      expect(rank(a, id), id).toBeGreaterThan(rank(a, "rr.dvd"));
    }
    // A regimen without carfilzomib keeps its strength.
    expect(opt(a, "rr.dpd").strength).toBe("standard");
  });

  it("control: the same patient without heart failure keeps DKd and Isa-Kd standard, with the age >= 75 caution only", () => {
    const a = assess(withConditions(record("safety-heart-failure-carfilzomib"), { heartFailure: false }));
    for (const id of CARFILZOMIB) {
      const o = opt(a, id);
      expect(o.strength, id).toBe("standard");
      expect(cautions(o), id).not.toMatch(HF);
      expect(cautions(o), id).toContain("Carfilzomib at age 75 or older: higher risk of heart failure.");
    }
  });

  it("KRd at a lenalidomide-sensitive relapse is 'consider' with heart failure, standard without", () => {
    const base = record("safety-heart-failure-carfilzomib");
    const history = (base.treatmentHistory as Rec[]).map((t) => ({ ...t }));
    // Stopped maintenance 6 months before the progression: lenalidomide-sensitive (IMWG 2011: > 60 days).
    history[1] = { ...history[1], end: "2026-05-01", progressedOn: false };
    const sensitive = { ...base, treatmentHistory: history };
    const hf = assess(sensitive);
    expect(opt(hf, "rr.krd").strength).toBe("consider");
    expect(cautions(opt(hf, "rr.krd"))).toMatch(HF);
    const noHf = assess(withConditions(sensitive, { heartFailure: false }));
    expect(opt(noHf, "rr.krd").strength).toBe("standard");
  });

  it("newly diagnosed, transplant-eligible, heart failure: KRd induction carries the heart-failure reason", () => {
    const a = assess(withConditions(record("ndmm-transplant-eligible"), { heartFailure: true }));
    const krd = opt(a, "ndmm.te.krd");
    expect(krd.strength).toBe("consider");
    expect(cautions(krd)).toMatch(HF);
    expect(cautions(opt(assess(record("ndmm-transplant-eligible")), "ndmm.te.krd"))).not.toMatch(HF);
  });
});

describe("Isa-VRd (IMROZ) only preferred for known-fit patients (treatments.md 4: 'quadruplet for fit TIE patients <=80')", () => {
  const ISA = "ndmm.tie.isa-vrd";
  const vignette = () => record("safety-isa-vrd-intermediate-fitness");
  const withFitness = (r: Rec, fitness: Rec, age?: number): Rec => ({
    ...r,
    fitness: { ...(r.fitness as Rec), ...fitness },
    ...(age === undefined ? {} : { patient: { ...(r.patient as Rec), age } }),
  });

  // Review c10 M6: at 76-80 the intermediate point is the age IMROZ enrolled (<= 80); never age alone.
  it("78-year-old, IMWG intermediate by age alone: Isa-VRd stays preferred, with the age-alone caution", () => {
    const a = assess(vignette());
    expect(a.fitness.imwgFrailty.group).toBe("intermediate");
    expect(opt(a, ISA).strength).toBe("preferred");
    expect(cautions(opt(a, ISA))).toMatch(/age alone/);
  });

  it("72-year-old, IMWG intermediate by comorbidity: Isa-VRd is 'consider' with the reason and the values, below DRd", () => {
    const a = assess(withFitness(vignette(), { charlson: 2, adl: 6, iadl: 8 }, 72));
    expect(a.fitness.imwgFrailty.group).toBe("intermediate");
    const o = opt(a, ISA);
    expect(o.strength).toBe("consider");
    expect(cautions(o)).toMatch(/IMROZ.*fit/);
    expect(cautions(o)).toContain("IMWG frailty group: intermediate");
    expect(o.safetyFindings).toContainEqual(
      expect.objectContaining({ kind: "strength-adjusted", from: "preferred", to: "consider" }),
    );
    expect(rank(a, "ndmm.tie.drd")).toBeLessThan(rank(a, ISA));
  });

  it("control: IMWG fit, ECOG 1 (simplified scale non-frail): Isa-VRd stays preferred, with no fitness caution", () => {
    const a = assess(withFitness(vignette(), { ecog: 1, charlson: 0, adl: 6, iadl: 8 }, 70));
    expect(a.fitness.imwgFrailty.group).toBe("fit");
    expect(opt(a, ISA).strength).toBe("preferred");
    expect(cautions(opt(a, ISA))).not.toMatch(/IMROZ/);
  });

  it("IMWG fit but ECOG 2 (frail on the simplified scale): 'consider', naming the ECOG", () => {
    const a = assess(withFitness(vignette(), { ecog: 2, charlson: 0, adl: 6, iadl: 8 }, 70));
    expect(a.fitness.simplifiedFrailty.group).toBe("frail");
    const o = opt(a, ISA);
    expect(o.strength).toBe("consider");
    expect(cautions(o)).toContain("ECOG performance status: 2");
  });

  it("fitness not scored (ADL and IADL not recorded): Isa-VRd is not preferred, and the reason names the missing items", () => {
    const r = withFitness(vignette(), { charlson: 0 }, 70);
    const fitness = { ...(r.fitness as Rec) };
    delete fitness.adl;
    delete fitness.iadl;
    const a = assess({ ...r, fitness });
    expect(a.fitness.imwgFrailty.group).toBeNull();
    const o = opt(a, ISA);
    expect(o.strength).not.toBe("preferred");
    expect(cautions(o)).toMatch(/fitness\.adl/);
    expect(cautions(o)).toMatch(/fitness\.iadl/);
  });
});

describe("consolidation after the transplant of a D-VRd or D-VTd induction (treatments.md 3b-3c)", () => {
  const DVRD = "ndmm.te.consolidation.d-vrd";
  const DVTD = "ndmm.te.consolidation.d-vtd";
  const FIRST = /consolidation cycles of the protocol come first/;
  const vignette = () => record("pathway-after-asct-dvrd-consolidation");
  const withHistory = (r: Rec, f: (h: Rec[]) => Rec[]): Rec => ({
    ...r,
    treatmentHistory: f((r.treatmentHistory as Rec[]).map((t) => ({ ...t }))),
  });
  const step = (a: Assessment, phase: string) => a.plan.find((s) => s.phase === phase);

  it("D-VRd induction, ASCT 60 days ago: consolidation is the option for now, maintenance after it", () => {
    const a = assess(vignette());
    expect(a.phase.code).toBe("post-transplant");
    const c = opt(a, DVRD);
    expect(c.kind).toBe("consolidation");
    expect(c.strength).toBe("standard");
    expect(c.citations).toContain("sonneveld-2024-nejm");
    expect(step(a, "post-transplant")).toMatchObject({ status: "current", optionIds: [DVRD] });
    expect(step(a, "maintenance")?.status).toBe("next");
    expect(step(a, "maintenance")?.optionIds).toContain("maint.lenalidomide");
    expect(cautions(opt(a, "maint.lenalidomide"))).toMatch(FIRST);
    expect(rank(a, DVRD)).toBeLessThan(rank(a, "maint.lenalidomide"));
    expect(ids(a)).not.toContain(DVTD);
  });

  it("D-VTd induction: D-VTd consolidation (marked UNVERIFIED), not D-VRd", () => {
    const a = assess(
      withHistory(vignette(), (h) => {
        h[0] = {
          ...h[0],
          regimen: "D-VTd",
          drugs: ["daratumumab", "bortezomib", "thalidomide", "dexamethasone"],
        };
        return h;
      }),
    );
    expect(opt(a, DVTD).verified).toBe(false);
    expect(ids(a)).not.toContain(DVRD);
  });

  it("control: VRd induction (no built-in consolidation) then ASCT: no D-VRd or D-VTd consolidation option", () => {
    const a = assess(
      withHistory(vignette(), (h) => {
        h[0] = { ...h[0], regimen: "VRd", drugs: ["bortezomib", "lenalidomide", "dexamethasone"] };
        return h;
      }),
    );
    expect(ids(a)).not.toContain(DVRD);
    expect(ids(a)).not.toContain(DVTD);
    expect(cautions(opt(a, "maint.lenalidomide"))).not.toMatch(FIRST);
  });

  it("control: consolidation already given after the ASCT: maintenance, no consolidation option", () => {
    const a = assess(
      withHistory(vignette(), (h) => [
        ...h,
        {
          regimen: "D-VRd",
          drugs: ["daratumumab", "bortezomib", "lenalidomide", "dexamethasone"],
          start: "2026-10-25",
          end: "2026-11-21",
          phase: "consolidation",
          plannedWithPrevious: true,
          progressedOn: false,
        },
      ]),
    );
    expect(ids(a)).not.toContain(DVRD);
    expect(opt(a, "maint.lenalidomide").strength).toBe("standard");
    expect(cautions(opt(a, "maint.lenalidomide"))).not.toMatch(FIRST);
  });
});

describe("an EU-only regimen says so where it is named by its code (treatments.md 5a: BPd EU-approved only)", () => {
  it("the plan ahead lists BPd as 'BPd (EU only)' when both jurisdictions are shown; an EU view needs no mark", () => {
    const r = record("safety-heart-failure-carfilzomib");
    const plan = (j: "both" | "eu") =>
      renderClinicianSummary(assess(r, { jurisdiction: j }), "markdown")
        .split("\n")
        .filter((l) => /refractory disease after/.test(l))
        .join(" ");
    expect(plan("both")).toContain("BPd (EU only)");
    // From engine 0.2.76 (re-check c65-m4): BVd at a first relapse is outside the US label (>= 2 prior lines).
    expect(plan("both")).toContain("BVd (outside US label)");
    expect(plan("eu")).toContain("BPd");
    expect(plan("eu")).not.toContain("EU only");
  });
});

/** Plan 14: every step of the plan ahead names its sources (citation ids that resolve in the bibliography)
 * and says when it is UNVERIFIED, as options and alerts do. The sources are the ones the clinical reference
 * gives for that step of the pathway (treatments.md 3, 4, 5, 6; criteria-and-scores.md 1, 6, 9); a step is
 * UNVERIFIED when the reference marks a fact behind it so (the D-VMP row, the D-VTd consolidation, the
 * bortezomib-containing maintenance, the AL transplant gates) or when it is the project's own reading (a
 * first-line step still ahead after the line ended: reviews c13-2, c13-11). */
import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { isCitationId } from "../model/bibliography/index.js";
import { SYNTH_AS_OF, synthCohort } from "../synth/cohort.js";
import { exampleRecords } from "../testing/example-records.js";
import { assess } from "./assess.js";
import type { Assessment, PlanStep } from "./assessment.js";
import { PLAN_STEP_SOURCES } from "./plan.js";

type Rec = Record<string, unknown>;
const vignette = (name: string): Rec =>
  JSON.parse(readFileSync(new URL(`../../examples/vignettes/${name}.json`, import.meta.url), "utf8"));
const step = (a: Assessment, phase: string): PlanStep | undefined => a.plan.find((s) => s.phase === phase);

/** What is wrong with a step's sources, if anything. */
function problems(s: PlanStep): string[] {
  const out: string[] = [];
  if (!Array.isArray(s.citations) || s.citations.length === 0) out.push("no citation");
  for (const c of s.citations ?? []) if (!isCitationId(c)) out.push(`unresolved citation "${c}"`);
  if (typeof s.verified !== "boolean") out.push("no verified flag");
  return out;
}

describe("every plan step names its sources", () => {
  it("every source of the step table resolves in the bibliography", () => {
    for (const [name, src] of Object.entries(PLAN_STEP_SOURCES)) {
      expect(src.citations.length, name).toBeGreaterThan(0);
      expect(
        src.citations.filter((c) => !isCitationId(c)),
        name,
      ).toEqual([]);
    }
  });

  it("on every example record: each step has citations that resolve and a verified flag", () => {
    let steps = 0;
    for (const [name, record] of exampleRecords()) {
      let a: Assessment;
      try {
        a = assess(record, { defaultAsOf: "2026-11-27" });
      } catch {
        continue; // invalid examples are tested where they belong
      }
      for (const s of a.plan) {
        expect(problems(s), `${name}: ${s.title}`).toEqual([]);
        steps++;
      }
    }
    expect(steps).toBeGreaterThan(100);
  }, 60_000);

  it("on 2,000 generated records (synth seed 14)", () => {
    let steps = 0;
    for (const record of synthCohort(14, 2_000)) {
      const a = assess(record, { defaultAsOf: SYNTH_AS_OF });
      for (const s of a.plan) {
        expect(problems(s), `${record.id}: ${s.title}`).toEqual([]);
        steps++;
      }
    }
    expect(steps).toBeGreaterThan(1_000);
  }, 120_000);
});

describe("the sources the reference gives for each step", () => {
  it("transplant-eligible, untreated: PERSEUS and IFM 2009 for induction, the label and IFM 2009 for the transplant, both checked", () => {
    const a = assess(vignette("ndmm-transplant-eligible"));
    expect(step(a, "induction")).toMatchObject({
      citations: ["sonneveld-2024-nejm", "attal-2017-nejm"],
      verified: true,
    });
    expect(step(a, "transplant")).toMatchObject({
      citations: ["attal-2017-nejm", "myeloma-drug-labels"],
      verified: true,
    });
    expect(step(a, "relapsed")).toMatchObject({
      citations: ["rajkumar-2015-blood-lines", "kumar-2016-lancet-oncol"],
      verified: true,
    });
  });

  it("consolidation within D-VRd / D-VTd: PERSEUS and CASSIOPEIA, UNVERIFIED (treatments.md 3c: D-VRd checked, rest U)", () => {
    const s = step(assess(vignette("ndmm-transplant-eligible")), "post-transplant");
    expect(s?.title).toMatch(/D-VRd \/ D-VTd/);
    expect(s).toMatchObject({ citations: ["sonneveld-2024-nejm", "moreau-2019-lancet"], verified: false });
  });

  it("maintenance: lenalidomide alone is checked (McCarthy 2017); with the proteasome inhibitor for high risk it is UNVERIFIED (3d)", () => {
    const highRisk = step(assess(vignette("ndmm-transplant-eligible")), "maintenance");
    expect(highRisk?.title).toMatch(/proteasome inhibitor/);
    expect(highRisk).toMatchObject({ citations: ["mccarthy-2017-jco", "nccn-mm-2026"], verified: false });
    const plain = step(assess(vignette("review-c9-r-maintenance-after-asct")), "maintenance");
    expect(plain).toMatchObject({
      title: "Maintenance: lenalidomide",
      status: "current",
      citations: ["mccarthy-2017-jco"],
      verified: true,
    });
  });

  it("D-VMP being given: ALCYONE for both steps, UNVERIFIED (the D-VMP row is U)", () => {
    const a = assess(vignette("review-c13-dvmp-week-3"));
    for (const phase of ["induction", "maintenance"])
      expect(step(a, phase), phase).toMatchObject({
        citations: ["mateos-2018-nejm-alcyone"],
        verified: false,
      });
  });

  it("DRd until progression: MAIA; without a transplant, one source per continued regimen named", () => {
    expect(step(assess(vignette("pathway-drd-week-3")), "induction")).toMatchObject({
      citations: ["facon-2019-nejm-maia"],
      verified: true,
    });
    expect(step(assess(vignette("ndmm-transplant-ineligible-frail")), "maintenance")).toMatchObject({
      citations: [
        "durie-2017-lancet",
        "facon-2019-nejm-maia",
        "usmani-2025-nat-med",
        "facon-2024-nejm-imroz",
      ],
      verified: true,
    });
  });

  it("AL amyloidosis: ANDROMEDA for induction; the transplant gates are UNVERIFIED beyond troponin and NT-proBNP", () => {
    const a = assess(vignette("al-amyloidosis-transplant-gates-met"));
    expect(step(a, "induction")).toMatchObject({
      citations: ["kastritis-2021-nejm-andromeda"],
      verified: true,
    });
    expect(step(a, "transplant")).toMatchObject({
      citations: ["gertz-2013-bmt", "madan-2012-blood"],
      verified: false,
    });
  });

  it("relapse: a new line (Rajkumar 2015, IMWG 2016), refractory adds Rajkumar 2011; the line being given, a CAR-T followed up", () => {
    expect(step(assess(vignette("relapse-lenalidomide-refractory")), "refractory")).toMatchObject({
      citations: ["rajkumar-2015-blood-lines", "kumar-2016-lancet-oncol", "rajkumar-2011-blood"],
      verified: true,
    });
    const onLine = assess(vignette("handout-on-dpd-responding")).plan[0];
    expect(onLine).toMatchObject({
      status: "current",
      citations: ["rajkumar-2015-blood-lines", "kumar-2016-lancet-oncol"],
      verified: true,
    });
    const carT = assess(vignette("review-c10-cilta-cel-day-12")).plan[0];
    expect(carT?.title).toMatch(/single infusion/);
    expect(carT?.citations).toContain("san-miguel-2023-nejm-cartitude4");
  });

  it("the deciding test first: the IMWG 2014 criteria", () => {
    const a = assess(vignette("pathway-al-likely-awaiting-typing"));
    expect(a.plan[0]).toMatchObject({
      phase: "untreated",
      citations: ["rajkumar-2014-lancet-oncol"],
      verified: true,
    });
  });
});

describe("a step that rests on an UNVERIFIED reading is never marked verified", () => {
  const dvmpFinished = (): Rec => ({
    ...vignette("review-c13-dvmp-week-3"),
    treatmentHistory: [
      {
        regimen: "D-VMP",
        drugs: ["daratumumab", "bortezomib", "melphalan", "prednisone"],
        start: "2026-01-10",
        end: "2026-11-20",
        stopReason: "completed",
        phase: "induction",
      },
    ],
  });

  it("after a finished D-VMP first line: the continued-therapy step is UNVERIFIED and names ALCYONE (review c13-11)", () => {
    const a = assess(dvmpFinished());
    expect(a.phase.code).toBe("line-finished");
    const s = step(a, "maintenance");
    expect(s?.status).toBe("next");
    expect(s?.verified).toBe(false);
    expect(s?.citations[0]).toBe("mateos-2018-nejm-alcyone");
  });

  it("after a finished first line without a transplant (VRd x 8, nothing since): UNVERIFIED, with S0777 and DETERMINATION (review c13-2)", () => {
    for (const name of ["pathway-vrd-8-cycles-no-transplant", "review-c13-tie-vrd-finished-long-ago"]) {
      const a = assess(vignette(name));
      expect(a.phase.code, name).toBe("line-finished");
      const s = step(a, "maintenance");
      expect(s?.verified, name).toBe(false);
      expect(s?.citations, name).toEqual(expect.arrayContaining(["durie-2017-lancet", "attal-2017-nejm"]));
      expect(s?.citations, name).not.toContain("mateos-2018-nejm-alcyone");
    }
  });

  it("after the transplant, the first line ended with nothing given since: the steps ahead are UNVERIFIED and add Rajkumar 2015", () => {
    const a = assess(vignette("post-asct-maintenance"));
    expect(a.phase).toMatchObject({ code: "post-transplant", currentLine: null });
    for (const phase of ["post-transplant", "maintenance"]) {
      const s = step(a, phase);
      expect(s?.verified, phase).toBe(false);
      expect(s?.citations, phase).toContain("rajkumar-2015-blood-lines");
    }
    // The steps done keep their own sources.
    expect(step(a, "transplant")).toMatchObject({ status: "done", verified: true });
    // The same plain maintenance step is checked while maintenance is given.
    const onMaintenance = step(assess(vignette("review-c9-r-maintenance-after-asct")), "maintenance");
    expect(onMaintenance?.verified).toBe(true);
    expect(onMaintenance?.citations).not.toContain("rajkumar-2015-blood-lines");
  });

  it("controls: the same steps before the line ends keep their checked sources", () => {
    const onVrd = assess(vignette("pathway-te-dvrd-week-3"));
    expect(step(onVrd, "transplant")).toMatchObject({ status: "next", verified: true });
    const untreated = step(assess(vignette("ndmm-transplant-ineligible-frail")), "maintenance");
    expect(untreated?.verified).toBe(true);
    expect(untreated?.citations).not.toContain("attal-2017-nejm");
  });
});

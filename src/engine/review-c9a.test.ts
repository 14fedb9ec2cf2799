/** Review c9a: left-overs of the last specialist review, each with its vignette (examples/vignettes/
 * review-c9a-*.json or an earlier one) and failing on main 5b9d5f2.
 * 1. BCMA bispecifics after prior BCMA-directed therapy: treatments.md 5d ("After BCMA therapy": talquetamab
 *    active after BCMA T-cell redirection, chari-2022-nejm; elranatamab/teclistamab lower ORR, 33% in
 *    MagnetisMM-3 cohort B, lesokhin-2023-nat-med), also for the line being given.
 * 2. Belantamab ocular toxicity: treatments.md 5c (boxed warning, REMS, eye exam before doses).
 * 3. IVIG in IgG-type myeloma: treatments.md 5c/8c (IgG <400 mg/dL; >=2 severe infections regardless of
 *    IgG, bispecific-infection-consensus-2023): the total IgG includes the monoclonal IgG.
 * 4. SMM risk on therapy: Mayo 2018 (lakshman-2018-bcj) and IMWG 2020 (mateos-2020-bcj) are scores at
 *    diagnosis, read from the values before therapy (as al-stage-values.ts does for AL stage).
 * 5. Refractoriness as IMWG reports it (criteria-and-scores.md 9: anti-CD38, PI and IMiD classes; no
 *    corticosteroid), and DRd's continuous course (treatments.md 4, DRd row: until progression, MAIA). */
import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { optionIds as ids, shownOption as opt } from "../testing/options.js";
import { assess } from "./assess.js";
import type { Assessment } from "./assessment.js";

const record = (name: string): Record<string, unknown> =>
  JSON.parse(readFileSync(new URL(`../../examples/vignettes/${name}.json`, import.meta.url), "utf8"));
const vignette = (name: string): Assessment => assess(record(name));
const BCMA_BISPECIFICS = ["bsab.teclistamab", "bsab.elranatamab", "bsab.linvoseltamab"];
const cautionsOf = (a: Assessment, id: string) => opt(a, id).cautions.join(" \n ");

describe("1a. relapse after cilta-cel, 6 prior lines, triple-class exposed", () => {
  const a = vignette("review-c9a-relapse-after-cilta-cel");

  it("every BCMA bispecific is a 'consider' with a caution naming the prior cilta-cel and the lower response", () => {
    for (const id of BCMA_BISPECIFICS) {
      const o = opt(a, id);
      expect(o.strength).toBe("consider");
      const c = cautionsOf(a, id);
      expect(c).toMatch(/prior BCMA-directed therapy/i);
      // The exposure named: the agent, not only "yes".
      expect(c).toMatch(/ciltacabtagene autoleucel/);
      expect(c).toMatch(/lower response rates/);
      expect(c).toMatch(/33% in MagnetisMM-3 cohort B/);
      expect(o.citations).toContain("lesokhin-2023-nat-med");
    }
  });

  it("talquetamab (GPRC5D) stays standard and is listed before every BCMA bispecific", () => {
    const tal = opt(a, "bsab.talquetamab");
    expect(tal.strength).toBe("standard");
    expect(cautionsOf(a, "bsab.talquetamab")).toMatch(/active after BCMA T-cell redirection/);
    const order = ids(a);
    for (const id of BCMA_BISPECIFICS)
      expect(order.indexOf("bsab.talquetamab")).toBeLessThan(order.indexOf(id));
  });

  it("belantamab (a BCMA antibody-drug conjugate) carries the prior BCMA exposure too, in BVd and BPd", () => {
    for (const id of ["rr.bvd", "rr.bpd"]) {
      const c = cautionsOf(a, id);
      expect(c).toMatch(/prior BCMA-directed therapy/i);
      expect(c).toMatch(/belantamab targets BCMA too/);
      expect(c).toMatch(/ciltacabtagene autoleucel/);
    }
  });
});

describe("1b. on elranatamab (week 2) after ide-cel: the line being given", () => {
  const a = vignette("review-c9a-on-elranatamab-after-ide-cel");

  it("continue-the-current-line carries the prior-BCMA caution with the lower response and the agent", () => {
    const c = cautionsOf(a, "pathway.continue-current-line");
    expect(c).toMatch(/prior BCMA-directed therapy/i);
    expect(c).toMatch(/idecabtagene vicleucel/);
    expect(c).toMatch(/33% in MagnetisMM-3 cohort B/);
    expect(c).toMatch(/talquetamab \(GPRC5D target\) is active after BCMA T-cell redirection/);
    expect(opt(a, "pathway.continue-current-line").citations).toEqual(
      expect.arrayContaining(["lesokhin-2023-nat-med", "chari-2022-nejm"]),
    );
  });

  it("not when the BCMA bispecific being given is the first BCMA-directed therapy (the line is no prior line)", () => {
    const first = vignette("handout-teclistamab-week-3-after-four-lines");
    expect(cautionsOf(first, "pathway.continue-current-line")).not.toMatch(/prior BCMA-directed therapy/i);
  });
});

describe("2. belantamab: ocular toxicity on every belantamab option", () => {
  for (const name of [
    "review-c9a-relapse-after-cilta-cel",
    "rrmm-after-bcma",
    "safety-penta-refractory-bvd",
  ]) {
    it(`${name}: BVd and BPd (where shown) name the eye exam before doses, boxed warning and REMS`, () => {
      const a = vignette(name);
      const bel = a.options.filter((o) => o.regimen?.drugs.includes("belantamab mafodotin"));
      expect(bel.length).toBeGreaterThan(0);
      for (const o of bel) {
        const c = o.cautions.join(" ");
        expect(c).toMatch(/ocular toxicity/);
        expect(c).toMatch(/eye examination before doses/);
        expect(c).toMatch(/boxed warning and REMS/);
      }
    });
  }
});

describe("3. IVIG in IgG-type myeloma on teclistamab: total IgG 1,800 mg/dL, M-spike 1.5 g/dL", () => {
  const IGG_TYPE = /total IgG includes the monoclonal/;

  it("with severe infections: IVIG shown by the infection route, the IgG level never taken as reassuring", () => {
    const a = vignette("review-c9a-igg-myeloma-on-teclistamab-infections");
    const ivig = opt(a, "sc.infection.ivig");
    expect(ivig.strength).toBe("standard");
    expect(ivig.because.join(" ")).toMatch(/recurrent or serious infections: yes/);
    const c = cautionsOf(a, "sc.infection.ivig");
    expect(c).toMatch(IGG_TYPE);
    expect(c).toMatch(/does not rule out/);
    expect(JSON.stringify(a)).not.toMatch(/IgG (is )?(normal|reassuring|adequate)/i);
  });

  it("without infections: the line being given says the 400 mg/dL threshold cannot be read from the total IgG", () => {
    const a = vignette("review-c9a-igg-myeloma-on-teclistamab-no-infections");
    const c = cautionsOf(a, "pathway.continue-current-line");
    expect(c).toMatch(IGG_TYPE);
    expect(c).toMatch(/does not rule out/);
    expect(JSON.stringify(a)).not.toMatch(/IgG (is )?(normal|reassuring|adequate)/i);
  });

  it("not in IgA-type disease (total IgG is polyclonal there)", () => {
    const a = vignette("handout-teclistamab-week-3-after-four-lines");
    expect(JSON.stringify(a.options)).not.toMatch(IGG_TYPE);
  });
});

describe("4. SMM on AQUILA daratumumab: the risk scores rest on the values before therapy", () => {
  // Before daratumumab (2024-11-15): M-protein 3.3 g/dL, FLC 420/9 (ratio 46.7), BMPC 30% (marrow
  // 2024-10-01). Mayo 2018 (Lakshman 2018): M > 2, FLCr > 20, BMPC > 20 -> 3 factors, high. IMWG 2020
  // (Mateos 2020): FLCr > 40: 5, M > 3: 4, BMPC > 20-30: 3 -> 12, intermediate-high (9-12), FISH not done.
  const a = vignette("smm-aquila-daratumumab-month-24");

  it("Mayo 2018: 3 factors, high, from the values of 2024-10-01 before the first treatment", () => {
    expect(a.risk.smmMayo2018.factors).toBe(3);
    expect(a.risk.smmMayo2018.group).toBe("high");
    expect(a.risk.smmMayo2018.basis).toEqual({
      from: "before-treatment",
      firstTreatment: "2024-11-15",
      dates: ["2024-10-01"],
      onTreatment: [],
    });
  });

  it("IMWG 2020: 12 points, intermediate-high, same basis", () => {
    expect(a.risk.smmImwg2020.score).toBe(12);
    expect(a.risk.smmImwg2020.group).toBe("intermediate-high");
    expect(a.risk.smmImwg2020.basis?.from).toBe("before-treatment");
  });

  it("only on-treatment values: scored from them, and the basis says so", () => {
    const r = record("smm-aquila-daratumumab-month-24");
    const series = r.series as Record<string, { date: string }[]>;
    const after = Object.fromEntries(
      Object.entries(series).map(([k, v]) => [k, v.filter((x) => x.date > "2024-11-15")]),
    );
    const b = assess({ ...r, series: after, marrow: { clonalPlasmaCellPercent: 30, date: "2025-11-01" } });
    expect(b.risk.smmMayo2018.basis?.from).toBe("on-treatment");
    expect(b.risk.smmMayo2018.basis?.onTreatment).toEqual(
      expect.arrayContaining(["serumMProtein", "flcRatio", "clonalPlasmaCellPercent"]),
    );
    // Today's values (M 1.2, FLCr 9, BMPC 30): 1 factor.
    expect(b.risk.smmMayo2018.factors).toBe(1);
  });

  it("an untreated SMM record keeps today's values and has no basis", () => {
    const c = vignette("smm-high-risk");
    expect(c.risk.smmMayo2018.basis ?? null).toBeNull();
  });
});

describe("5. refractoriness and the DRd course", () => {
  it("dexamethasone is not listed as a refractory drug (IMWG reports PI, IMiD, anti-CD38 refractoriness)", () => {
    const a = vignette("rrmm-after-bcma");
    expect(a.linesOfTherapy.refractoryDrugs).not.toContain("dexamethasone");
    expect(a.linesOfTherapy.refractoryDrugs).toEqual(expect.arrayContaining(["lenalidomide", "daratumumab"]));
    expect(a.linesOfTherapy.tripleClassRefractory).toBe(true);
  });

  it("DRd (MAIA, until progression) being given: no 'VRd x8' maintenance step next; DRd goes on", () => {
    const a = vignette("pathway-drd-week-3");
    const titles = (a.plan ?? []).map((s) => s.title).join(" | ");
    expect(titles).not.toMatch(/VRd x8/);
    const current = (a.plan ?? []).find((s) => s.status === "current");
    expect(current?.title).toMatch(/DRd.*until progression/);
    expect((a.plan ?? []).some((s) => s.status === "next" && s.phase === "maintenance")).toBe(false);
  });

  it("VRd given to a non-candidate keeps the continued-therapy step (VRd x8 then Rd)", () => {
    const a = vignette("pathway-vrd-8-cycles-no-transplant");
    const titles = (a.plan ?? []).map((s) => s.title).join(" | ");
    expect(titles).toMatch(/Continued or maintenance therapy/);
  });
});

/** The monoclonal protein findings (clone.ts): M-protein type, FLC ratio and involved chain, and AL
 * requirement 4. Rajkumar 2014 (criteria-and-scores.md 1.1-1.5); Freelite limits Katzmann 2002. */
import { describe, expect, it } from "vitest";
import { toFacts } from "../../model/facts.js";
import {
  assessMonoclonalDisorder,
  flcRatioAbnormal,
  involvedChainRaised,
  serumMProteinAtLeast3,
  subtypeOf,
  urineMProteinAtLeast500,
} from "./clone.js";

type Rec = Record<string, unknown>;
const Q = (value: number, unit: string, extra: Rec = {}) => ({ value, unit, ...extra });
const facts = (labs: Rec, rest: Rec = {}) => toFacts({ asOf: "2026-11-26", labs, ...rest });
const fields = (xs: { field: string }[]) => xs.map((x) => x.field);

describe("M-protein type", () => {
  it.each([
    [{ heavyChain: "IgG", lightChain: "kappa" }, "IgG-kappa"],
    [{ heavyChain: "IgA" }, "IgA"],
    [{ heavyChain: "none", lightChain: "lambda" }, "lambda light chain"],
    [{ heavyChain: "none" }, "light chain (type not known)"],
    [{ lightChain: "kappa" }, null],
  ])("%o -> %s", (labs, subtype) => {
    expect(subtypeOf(facts(labs))).toBe(subtype);
  });
});

describe("M-protein burden: an immunofixation with no M-protein counts as none", () => {
  it("serum: negative immunofixation -> below 30 g/L; positive or not done without a value -> unknown", () => {
    expect(serumMProteinAtLeast3(facts({ serumImmunofixation: "negative" }))).toBe("not-met");
    expect(serumMProteinAtLeast3(facts({ serumImmunofixation: "positive" }))).toBe("unknown");
    expect(serumMProteinAtLeast3(facts({}))).toBe("unknown");
  });

  it("urine: negative immunofixation -> below 500 mg/24 h; positive or not done without a value -> unknown", () => {
    expect(urineMProteinAtLeast500(facts({ urineImmunofixation: "negative" }))).toBe("not-met");
    expect(urineMProteinAtLeast500(facts({ urineImmunofixation: "positive" }))).toBe("unknown");
    expect(urineMProteinAtLeast500(facts({}))).toBe("unknown");
  });
});

describe("FLC ratio <0.26 or >1.65 in the involved chain's direction", () => {
  it("names exactly what it lacks when not known", () => {
    expect(fields(flcRatioAbnormal(facts({})).missing)).toEqual([
      "labs.involvedFreeLightChain",
      "labs.uninvolvedFreeLightChain",
      "labs.lightChain",
    ]);
    const noUninvolved = flcRatioAbnormal(
      facts({ involvedFreeLightChain: Q(60, "mg/L"), lightChain: "kappa" }),
    );
    expect(noUninvolved.truth).toBe("unknown");
    expect(fields(noUninvolved.missing)).toEqual(["labs.uninvolvedFreeLightChain"]);
    const noInvolved = flcRatioAbnormal(
      facts({ uninvolvedFreeLightChain: Q(10, "mg/L"), lightChain: "kappa" }),
    );
    expect(fields(noInvolved.missing)).toEqual(["labs.involvedFreeLightChain"]);
  });

  it("a known ratio asks for nothing", () => {
    const r = flcRatioAbnormal(
      facts({
        involvedFreeLightChain: Q(60, "mg/L"),
        uninvolvedFreeLightChain: Q(10, "mg/L"),
        lightChain: "lambda",
      }),
    );
    expect(r).toEqual({ truth: "met", missing: [] });
  });

  it("an undetectable uninvolved chain is abnormal for either chain", () => {
    for (const lightChain of ["kappa", "lambda"]) {
      const r = flcRatioAbnormal(
        facts({ involvedFreeLightChain: Q(60, "mg/L"), uninvolvedFreeLightChain: Q(0, "mg/L"), lightChain }),
      );
      expect(r).toEqual({ truth: "met", missing: [] });
    }
  });

  it("without the chain type: known when both readings agree, else asks for the type", () => {
    const ratio = (inv: number, uninv: number) =>
      flcRatioAbnormal(
        facts({ involvedFreeLightChain: Q(inv, "mg/L"), uninvolvedFreeLightChain: Q(uninv, "mg/L") }),
      );
    expect(ratio(60, 10).truth).toBe("met"); // 6: kappa/lambda 6 or 0.17
    expect(ratio(30, 25).truth).toBe("not-met"); // 1.2: kappa/lambda 1.2 or 0.83
    const open = ratio(30, 15); // 2: kappa/lambda 2 (abnormal) or 0.5 (normal)
    expect(open.truth).toBe("unknown");
    expect(fields(open.missing)).toEqual(["labs.lightChain"]);
  });
});

describe("involved light chain raised", () => {
  const need = "light-chain MGUS (raised involved light chain)";

  it("not measured -> unknown, asking for it", () => {
    expect(involvedChainRaised(facts({ lightChain: "kappa" }))).toEqual({
      truth: "unknown",
      missing: [{ field: "labs.involvedFreeLightChain", neededFor: need }],
      assumed: null,
    });
  });

  it("no laboratory limit and no chain type -> unknown, asking for either", () => {
    const r = involvedChainRaised(facts({ involvedFreeLightChain: Q(62, "mg/L") }));
    expect(r.truth).toBe("unknown");
    expect(r.missing).toEqual([
      { field: "labs.involvedFreeLightChain.upperLimitOfNormal", neededFor: need },
      { field: "labs.lightChain", neededFor: need },
    ]);
  });

  it("the laboratory's limit is used as given, nothing assumed", () => {
    const r = involvedChainRaised(
      facts({ involvedFreeLightChain: Q(62, "mg/L", { upperLimitOfNormal: 70 }) }),
    );
    expect(r).toEqual({ truth: "not-met", missing: [], assumed: null });
  });

  it("without it, the Freelite limit of the chain (lambda 26.3 mg/L) is used and marked assumed", () => {
    const r = involvedChainRaised(facts({ involvedFreeLightChain: Q(26, "mg/L"), lightChain: "lambda" }));
    expect(r.truth).toBe("not-met");
    expect(r.missing).toEqual([]);
    expect(r.assumed).toEqual({
      limit: 26.3,
      involvedMgL: 26,
      because:
        "involved FLC 26 mg/L not above the Freelite upper limit 26.3 mg/L (assumed: the laboratory's limit was not given)",
    });
  });
});

describe("AL requirement 4: a monoclonal plasma cell disorder", () => {
  const clone = (labs: Rec, bmpc?: number, flcAbnormal: "met" | "not-met" | "unknown" = "not-met") =>
    assessMonoclonalDisorder(
      facts(labs, bmpc === undefined ? {} : { marrow: { clonalPlasmaCellPercent: bmpc } }),
      flcAbnormal,
    );

  it.each([
    [{ serumMProtein: Q(0.4, "g/dL") }, "serum M-protein"],
    [{ serumImmunofixation: "positive" }, "positive serum immunofixation"],
    [{ heavyChain: "IgA" }, "IgA M-protein typed"],
    [{ heavyChain: "none", lightChain: "kappa" }, "kappa light chain typed"],
    [{ urineMProtein: Q(120, "mg/24h") }, "urine M-protein"],
    [{ urineImmunofixation: "positive" }, "positive urine immunofixation"],
  ])("%o alone shows it", (labs, sign) => {
    const c = clone(labs);
    expect(c.status).toBe("met");
    expect(c.because).toBe(sign);
  });

  it("an abnormal FLC ratio or clonal marrow plasma cells alone show it", () => {
    expect(clone({}, undefined, "met").because).toBe("abnormal FLC ratio");
    expect(clone({}, 3).because).toBe("clonal marrow plasma cells");
  });

  const negative = {
    serumImmunofixation: "negative",
    urineImmunofixation: "negative",
  };

  it("negative immunofixation (or M-protein 0) in serum and urine, a normal ratio and no clonal marrow cells: not met", () => {
    expect(clone(negative, 0)).toMatchObject({
      status: "not-met",
      because: "no M-protein, normal FLC ratio and no clonal marrow plasma cells",
      inputs: { signs: "" },
      missing: [],
    });
    expect(clone({ serumMProtein: Q(0, "g/dL"), urineMProtein: Q(0, "mg/24h") }, 0).status).toBe("not-met");
  });

  it("each test not done leaves it unknown and is named", () => {
    expect(fields(clone({}).missing)).toEqual([
      "labs.serumImmunofixation",
      "labs.urineImmunofixation",
      "marrow.clonalPlasmaCellPercent",
    ]);
    const noMarrow = clone(negative);
    expect(noMarrow.status).toBe("unknown");
    expect(fields(noMarrow.missing)).toEqual(["marrow.clonalPlasmaCellPercent"]);
    const ratioOpen = clone(negative, 0, "unknown");
    expect(ratioOpen.status).toBe("unknown");
    expect(fields(ratioOpen.missing)).toEqual(["labs.involvedFreeLightChain"]);
    expect(fields(clone({ serumImmunofixation: "negative" }, 0).missing)).toEqual([
      "labs.urineImmunofixation",
    ]);
    expect(fields(clone({ urineImmunofixation: "negative" }, 0).missing)).toEqual([
      "labs.serumImmunofixation",
    ]);
  });
});

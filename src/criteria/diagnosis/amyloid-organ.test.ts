/** Tissue amyloid with organ involvement is never MGUS or smouldering myeloma: both exclude amyloidosis
 * attributable to the clone (criteria-and-scores.md 1.2-1.3, rajkumar-2014-lancet-oncol), and AL
 * amyloidosis needs all four requirements (1.5), so the clone tests and the amyloid typing are what decide
 * it. Golden vignette: examples/vignettes/safety-al-organ-no-clone-tests.json (Congo red positive tissue,
 * heart and kidney involvement, no clone test at all), which read "indeterminate; most likely MGUS" with
 * neither the free light chains nor the typing among the deciding tests before this fix. */
import { readFileSync } from "node:fs";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { AmyloidOrgan, AmyloidType } from "../../model/enums.js";
import { toFacts } from "../../model/facts.js";
import { classifyDiagnosis } from "./diagnosis.js";

const vignette = JSON.parse(
  readFileSync(
    new URL("../../../examples/vignettes/safety-al-organ-no-clone-tests.json", import.meta.url),
    "utf8",
  ),
) as unknown;

const MGUS_OR_SMM = ["mgus", "smoldering-myeloma"];

describe("tissue amyloid with organ involvement and no clone test", () => {
  const d = classifyDiagnosis(toFacts(vignette));

  it("is suspected AL amyloidosis, not MGUS", () => {
    expect(d.category).toBe("indeterminate");
    expect(d.likely).toBe("al-amyloidosis");
    expect(d.mgusVariant).toBeNull();
  });

  it("names the monoclonal-disorder tests (free light chains, immunofixation, marrow) and the amyloid typing as deciding", () => {
    const words = d.couldChangeWith.join(" | ");
    expect(words).toMatch(/free light chains/);
    expect(words).toMatch(/immunofixation/);
    expect(words).toMatch(/amyloid typing/);
    const fields = d.missing.map((m) => m.field);
    for (const f of [
      "labs.involvedFreeLightChain",
      "labs.serumImmunofixation",
      "labs.urineImmunofixation",
      "biopsy.amyloidType",
    ])
      expect(fields, f).toContain(f);
  });
});

const Q = (value: number, unit: string) => ({ value, unit });
const opt = <T>(a: fc.Arbitrary<T>) => fc.option(a, { nil: undefined, freq: 3 });

/** Records with Congo red positive tissue and at least one involved organ; every other input may be absent. */
const amyloidRecordArb = fc
  .record({
    organs: fc.uniqueArray(fc.constantFrom(...AmyloidOrgan), { minLength: 1, maxLength: 3 }),
    // Typing absent, not done, or light-chain: amyloid another type (transthyretin, AA) is not attributable
    // to a clone, and MGUS beside it is then allowed by 1.3.
    amyloidType: opt(fc.constantFrom("light-chain" as const, "not-typed" as const)),
    serumM: opt(fc.integer({ min: 0, max: 50 }).map((n) => n / 10)),
    urineM: opt(fc.integer({ min: 0, max: 1500 })),
    heavy: opt(fc.constantFrom("IgG", "IgA", "IgM", "none")),
    light: opt(fc.constantFrom("kappa", "lambda")),
    inv: opt(fc.integer({ min: 1, max: 600 })),
    uninv: opt(fc.integer({ min: 1, max: 40 })),
    sife: opt(fc.constantFrom("positive", "negative")),
    uife: opt(fc.constantFrom("positive", "negative")),
    bmpc: opt(fc.integer({ min: 0, max: 70 })),
    calcium: opt(fc.integer({ min: 80, max: 130 }).map((n) => n / 10)),
    creatinine: opt(fc.integer({ min: 5, max: 40 }).map((n) => n / 10)),
    hemoglobin: opt(fc.integer({ min: 70, max: 160 }).map((n) => n / 10)),
    lytic: opt(fc.integer({ min: 0, max: 3 })),
    // Often no clone test at all (the vignette's state): random absence alone rarely reaches it.
    noCloneTest: fc.boolean(),
  })
  .map((g) => {
    const labs: Record<string, unknown> = {};
    if (g.noCloneTest) {
      for (const k of ["serumM", "urineM", "heavy", "light", "inv", "uninv", "sife", "uife", "bmpc"] as const)
        g[k] = undefined;
    }
    if (g.serumM !== undefined) labs.serumMProtein = Q(g.serumM, "g/dL");
    if (g.urineM !== undefined) labs.urineMProtein = Q(g.urineM, "mg/24h");
    if (g.heavy !== undefined) labs.heavyChain = g.heavy;
    if (g.light !== undefined) labs.lightChain = g.light;
    if (g.inv !== undefined) labs.involvedFreeLightChain = Q(g.inv, "mg/L");
    if (g.uninv !== undefined) labs.uninvolvedFreeLightChain = Q(g.uninv, "mg/L");
    if (g.sife !== undefined) labs.serumImmunofixation = g.sife;
    if (g.uife !== undefined) labs.urineImmunofixation = g.uife;
    if (g.calcium !== undefined) labs.calcium = Q(g.calcium, "mg/dL");
    if (g.creatinine !== undefined) labs.creatinine = Q(g.creatinine, "mg/dL");
    if (g.hemoglobin !== undefined) labs.hemoglobin = Q(g.hemoglobin, "g/dL");
    const r: Record<string, unknown> = {
      asOf: "2026-12-01",
      patient: { age: 63, sex: "male" },
      labs,
      biopsy: { amyloid: true, ...(g.amyloidType !== undefined ? { amyloidType: g.amyloidType } : {}) },
      conditions: { amyloidOrgans: g.organs },
    };
    if (g.bmpc !== undefined) r.marrow = { clonalPlasmaCellPercent: g.bmpc };
    if (g.lytic !== undefined)
      r.imaging = { performed: true, modality: "PET-CT", osteolyticLesions: g.lytic };
    return r;
  });

describe("property: tissue amyloid with organ involvement (not typed as another amyloid)", () => {
  it("is never MGUS (any variant) or smouldering myeloma, definite or likely", () => {
    expect(AmyloidType).toContain("not-typed");
    fc.assert(
      fc.property(amyloidRecordArb, (r) => {
        const d = classifyDiagnosis(toFacts(r));
        expect(MGUS_OR_SMM).not.toContain(d.category);
        expect(MGUS_OR_SMM).not.toContain(d.likely);
        expect(d.mgusVariant).toBeNull();
      }),
      { numRuns: 400 },
    );
  });
});

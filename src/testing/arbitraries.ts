/** fast-check generators shared by property tests: situations with every fact known, unknown (null)
 * or any allowed value, a jurisdiction, and settled diagnosis findings. */
import fc from "fast-check";
import { type Findings, TRUTH_KEYS } from "../criteria/diagnosis/findings.js";
import { MET, NOT_MET } from "../criteria/diagnosis/logic.js";
import { FACT_NAMES, FACTS, type Situation } from "../knowledge/index.js";
import { HeavyChain, PlasmacytomaSite } from "../model/enums.js";

const arbValue = (f: keyof Situation): fc.Arbitrary<unknown> => {
  const spec = FACTS[f];
  if (f === "category") return fc.constantFrom(...(spec.values as string[]));
  if (f === "treated") return fc.boolean();
  if (spec.values) return fc.option(fc.constantFrom(...spec.values), { nil: null });
  const ranges: Partial<Record<keyof Situation, [number, number]>> = {
    age: [18, 95],
    crclMlMin: [5, 150],
    measuredCrclMlMin: [5, 150],
    egfr: [5, 130],
    ecog: [0, 4],
    neuropathyGrade: [0, 4],
    priorLines: [0, 8],
    plasmacytomaSizeCm: [0.5, 12],
    hemoglobinGDl: [5, 16],
    iggMgDl: [50, 3000],
    troponinTNgMl: [0, 0.3],
    ntProBnpPgMl: [50, 20000],
    alOrganCount: [0, 5],
  };
  const [lo, hi] = ranges[f] ?? [0, 10];
  const isInt = ["ecog", "neuropathyGrade", "priorLines", "alOrganCount", "age"].includes(f);
  return fc.option(isInt ? fc.integer({ min: lo, max: hi }) : fc.double({ min: lo, max: hi, noNaN: true }), {
    nil: null,
  });
};
export const arbSituation: fc.Arbitrary<Situation> = fc.record(
  Object.fromEntries(FACT_NAMES.map((f) => [f, arbValue(f)])) as {
    [K in keyof Situation]: fc.Arbitrary<Situation[K]>;
  },
);
export const arbJurisdiction = fc.constantFrom("us" as const, "eu" as const, "both" as const);

/** Findings with every truth known, as in each what-if variant of the diagnosis (criteria/diagnosis);
 * the heavy chain and the site may still be open. The share of met findings varies from run to run, so
 * records with few or no suggestive findings occur as well as ones that meet several categories. */
export const arbSettledFindings: fc.Arbitrary<Findings> = fc
  .record({
    metPerTen: fc.integer({ min: 0, max: 10 }),
    draws: fc.array(fc.integer({ min: 0, max: 9 }), {
      minLength: TRUTH_KEYS.length,
      maxLength: TRUTH_KEYS.length,
    }),
    heavy: fc.constantFrom(null, ...HeavyChain),
    site: fc.constantFrom(null, ...PlasmacytomaSite),
  })
  .map(({ metPerTen, draws, heavy, site }) => {
    const f = { heavy, site } as Findings;
    TRUTH_KEYS.forEach((k, i) => {
      f[k] = draws[i]! < metPerTen ? MET : NOT_MET;
    });
    return f;
  });

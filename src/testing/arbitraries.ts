/** fast-check generators shared by the safety property tests: situations with every fact known,
 * unknown (null) or any allowed value, and a jurisdiction. */
import fc from "fast-check";
import { FACT_NAMES, FACTS, type Situation } from "../knowledge/index.js";

const arbValue = (f: keyof Situation): fc.Arbitrary<unknown> => {
  const spec = FACTS[f];
  if (f === "category") return fc.constantFrom(...(spec.values as string[]));
  if (f === "treated") return fc.boolean();
  if (spec.values) return fc.option(fc.constantFrom(...spec.values), { nil: null });
  const ranges: Partial<Record<keyof Situation, [number, number]>> = {
    age: [18, 95],
    crclMlMin: [5, 150],
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

/** The benchmark's comparison slice: the IMWG 2014 category, Mayo 2018 20/2/20 and R-ISS, written
 * twice over the same flat facts — once as rules for json-rules-engine (the general-purpose engine
 * people reach for), once as plain functions (the ceiling). Both apply the same simplified rules
 * (unknown counts as not met), and a check in the benchmark makes sure they agree on every record.
 * This is a yardstick for speed, not clinical logic: the navigator's own rules live in src/. */
import { Engine, type RuleProperties } from "json-rules-engine";
import type { Facts } from "../src/model/facts.js";

export interface SliceFacts {
  mProtein: number;
  urine: number;
  bmpc: number;
  flcRatio: number;
  involvedFlc: number;
  calcium: number;
  creatinine: number;
  hemoglobin: number;
  lytic: number;
  mriFocal: number;
  plasmacytoma: number;
  b2m: number;
  albumin: number;
  highRiskCa: boolean;
  ldhHigh: boolean;
}

export interface SliceResult {
  category: string;
  mayo2018: string;
  riss: number;
}

/** Flattens normalised facts into the slice's inputs (unknown as a value that meets nothing). */
export function sliceFacts(f: Facts): SliceFacts {
  const v = (q: { value: number } | null | undefined, none = -1) => q?.value ?? none;
  const inv = v(f.labs.involvedFreeLightChain);
  const uninv = v(f.labs.uninvolvedFreeLightChain);
  const ldh = f.labs.ldh;
  return {
    mProtein: v(f.labs.serumMProtein, 0),
    urine: v(f.labs.urineMProtein, 0),
    bmpc: f.marrow.clonalPlasmaCellPercent ?? -1,
    flcRatio: inv > 0 && uninv > 0 ? inv / uninv : -1,
    involvedFlc: inv,
    calcium: v(f.labs.calcium),
    creatinine: v(f.labs.creatinine),
    hemoglobin: v(f.labs.hemoglobin, 99),
    lytic: f.imaging.osteolyticLesions ?? 0,
    mriFocal: f.imaging.mriFocalLesions ?? 0,
    plasmacytoma: f.biopsy.plasmacytoma?.count ?? 0,
    b2m: v(f.labs.beta2Microglobulin),
    albumin: v(f.labs.albumin),
    highRiskCa:
      f.cytogenetics.del17p === true || f.cytogenetics.t4_14 === true || f.cytogenetics.t14_16 === true,
    ldhHigh: ldh != null && ldh.upperLimitOfNormal != null && ldh.value > ldh.upperLimitOfNormal,
  };
}

// --- plain functions -------------------------------------------------------------------------

function mde(x: SliceFacts): boolean {
  return (
    x.calcium > 11 ||
    x.creatinine > 2 ||
    (x.hemoglobin < 10 && x.hemoglobin >= 0) ||
    x.lytic >= 1 ||
    x.bmpc >= 60 ||
    (x.flcRatio >= 100 && x.involvedFlc >= 100) ||
    x.mriFocal > 1
  );
}

export function slicePlain(x: SliceFacts): SliceResult {
  const category =
    mde(x) && (x.bmpc >= 10 || x.plasmacytoma > 0)
      ? "multiple-myeloma"
      : x.mProtein >= 3 || x.urine >= 500 || (x.bmpc >= 10 && x.bmpc < 60)
        ? "smoldering-myeloma"
        : x.mProtein > 0 || (x.flcRatio >= 0 && (x.flcRatio < 0.26 || x.flcRatio > 1.65))
          ? "mgus"
          : "indeterminate";
  const factors = (x.mProtein > 2 ? 1 : 0) + (x.flcRatio > 20 ? 1 : 0) + (x.bmpc > 20 ? 1 : 0);
  const mayo2018 = factors === 0 ? "low" : factors === 1 ? "intermediate" : "high";
  const iss = x.b2m >= 5.5 ? 3 : x.b2m >= 0 && x.b2m < 3.5 && x.albumin >= 3.5 ? 1 : 2;
  const riss =
    iss === 1 && !x.highRiskCa && !x.ldhHigh ? 1 : iss === 3 && (x.highRiskCa || x.ldhHigh) ? 3 : 2;
  return { category, mayo2018, riss };
}

// --- json-rules-engine -----------------------------------------------------------------------

const f = (fact: string, operator: string, value: unknown) => ({ fact, operator, value });
const mdeAny = {
  any: [
    f("calcium", "greaterThan", 11),
    f("creatinine", "greaterThan", 2),
    { all: [f("hemoglobin", "lessThan", 10), f("hemoglobin", "greaterThanInclusive", 0)] },
    f("lytic", "greaterThanInclusive", 1),
    f("bmpc", "greaterThanInclusive", 60),
    { all: [f("flcRatio", "greaterThanInclusive", 100), f("involvedFlc", "greaterThanInclusive", 100)] },
    f("mriFocal", "greaterThan", 1),
  ],
};

/** Rules with priorities: the first category that fires wins (the engine runs higher priority first). */
const RULES: RuleProperties[] = [
  {
    priority: 40,
    conditions: {
      all: [mdeAny, { any: [f("bmpc", "greaterThanInclusive", 10), f("plasmacytoma", "greaterThan", 0)] }],
    },
    event: { type: "category", params: { value: "multiple-myeloma" } },
  },
  {
    priority: 30,
    conditions: {
      any: [
        f("mProtein", "greaterThanInclusive", 3),
        f("urine", "greaterThanInclusive", 500),
        { all: [f("bmpc", "greaterThanInclusive", 10), f("bmpc", "lessThan", 60)] },
      ],
    },
    event: { type: "category", params: { value: "smoldering-myeloma" } },
  },
  {
    priority: 20,
    conditions: {
      any: [
        f("mProtein", "greaterThan", 0),
        {
          all: [
            f("flcRatio", "greaterThanInclusive", 0),
            { any: [f("flcRatio", "lessThan", 0.26), f("flcRatio", "greaterThan", 1.65)] },
          ],
        },
      ],
    },
    event: { type: "category", params: { value: "mgus" } },
  },
  ...[
    ["mProtein", 2],
    ["flcRatio", 20],
    ["bmpc", 20],
  ].map(([fact, t]) => ({
    conditions: { all: [f(fact as string, "greaterThan", t)] },
    event: { type: "mayo-factor" },
  })),
  {
    conditions: { all: [f("b2m", "greaterThanInclusive", 5.5)] },
    event: { type: "iss", params: { value: 3 } },
  },
  {
    conditions: {
      all: [
        f("b2m", "greaterThanInclusive", 0),
        f("b2m", "lessThan", 3.5),
        f("albumin", "greaterThanInclusive", 3.5),
      ],
    },
    event: { type: "iss", params: { value: 1 } },
  },
  {
    conditions: { any: [f("highRiskCa", "equal", true), f("ldhHigh", "equal", true)] },
    event: { type: "riss-adverse" },
  },
];

export function makeRulesEngine(): Engine {
  const engine = new Engine([], { allowUndefinedFacts: true });
  for (const r of RULES) engine.addRule(r);
  return engine;
}

export async function sliceRulesEngine(engine: Engine, x: SliceFacts): Promise<SliceResult> {
  const { events } = await engine.run(x as unknown as Record<string, unknown>);
  let category = "indeterminate";
  let best = -1;
  let factors = 0;
  let iss = 2;
  let adverse = false;
  for (const e of events) {
    if (e.type === "category") {
      const rank = ["mgus", "smoldering-myeloma", "multiple-myeloma"].indexOf(String(e.params?.value));
      if (rank > best) {
        best = rank;
        category = String(e.params?.value);
      }
    } else if (e.type === "mayo-factor") factors++;
    else if (e.type === "iss") iss = Number(e.params?.value);
    else if (e.type === "riss-adverse") adverse = true;
  }
  const mayo2018 = factors === 0 ? "low" : factors === 1 ? "intermediate" : "high";
  const riss = iss === 1 && !adverse ? 1 : iss === 3 && adverse ? 3 : 2;
  return { category, mayo2018, riss };
}

/** Cytogenetic high risk by IMWG 2016 / mSMART and by the 2025 IMS-IMWG consensus. */
import type { Facts } from "../../model/facts.js";
import { defineRules, type MissingInput, type RuleDef, type RuleTrace, trace } from "../../model/trace.js";
import { sameUnit } from "../../model/units.js";
import { atLeast, below, finite, anyTrueOf as or3 } from "../compare.js";

export const CYTOGENETIC_RULES = defineRules({
  imwg2016: {
    id: "cytogenetic.imwg-2016",
    citation: "sonneveld-2016-blood",
    text: "IMWG 2016 high risk: any of t(4;14), t(14;16), t(14;20), del(17/17p), gain(1q), non-hyperdiploid karyotype",
    evidence: "verified",
  },
  msmart: {
    id: "cytogenetic.msmart-3",
    citation: "mikhael-2013-mayo-clin-proc",
    text: "mSMART 3.0 high-risk genetic abnormalities: t(4;14), t(14;16), t(14;20), del(17p), TP53 mutation, gain(1q); 2 = double hit, 3 or more = triple hit (R-ISS III, S-phase and GEP are not assessed here)",
    evidence: "unverified",
  },
  ims2025Tp53: {
    id: "cytogenetic.ims-2025.del17p-tp53",
    citation: "avet-loiseau-2025-jco",
    text: "IMS/IMWG 2025 criterion 1: del(17p) in a cancer clonal fraction >= 20% (inequality UNVERIFIED: >= in 2 sources, > in 1) and/or a TP53 mutation",
    evidence: "unverified",
  },
  ims2025IgH: {
    id: "cytogenetic.ims-2025.igh-plus-1q-1p",
    citation: "avet-loiseau-2025-jco",
    text: "IMS/IMWG 2025 criterion 2: t(4;14), t(14;16) or t(14;20) together with 1q+ and/or del(1p32); either alone is not high risk",
    evidence: "secondary",
  },
  ims2025Del1p: {
    id: "cytogenetic.ims-2025.del1p32",
    citation: "avet-loiseau-2025-jco",
    text: "IMS/IMWG 2025 criterion 3: monoallelic del(1p32) with 1q+, or biallelic del(1p32)",
    evidence: "secondary",
  },
  ims2025B2m: {
    id: "cytogenetic.ims-2025.b2m",
    citation: "avet-loiseau-2025-jco",
    text: "IMS/IMWG 2025 criterion 4: beta2-microglobulin >= 5.5 mg/L with normal creatinine (< 1.2 mg/dL, about 106 umol/L); cannot be assessed without creatinine",
    evidence: "secondary",
  },
  ims2025: {
    id: "cytogenetic.ims-2025",
    citation: "avet-loiseau-2025-jco",
    text: "IMS/IMWG 2025 high-risk myeloma: at least one of the four criteria; not high risk only when every criterion is known not met",
    evidence: "secondary",
  },
});

export interface CytogeneticDefinitionResult {
  highRisk: boolean | null;
  /** Human-readable findings that made it high risk, e.g. "del(17p) in 55% of clonal cells". */
  findings: string[];
  rules: RuleTrace[];
  missing: MissingInput[];
}

export interface CytogeneticRiskResult {
  /** The headline: the 2025 IMS-IMWG consensus result. */
  highRisk: boolean | null;
  /** Whether the consensus's genetic criteria (1 to 3: del(17p)/TP53, IgH translocation with 1q/1p,
   * del(1p32)) are met, so that the words can say what made it high risk: criterion 4 (beta2-microglobulin
   * with normal creatinine) is not a gene change. Null when one is unknown and none is met. */
  geneticHighRisk: boolean | null;
  /** The genetic markers (criteria 1 to 3) that would settle `geneticHighRisk` while it is null (from engine 0.2.80;
   * review c79-m1): asked even when criterion 4 already makes the headline high risk, for the choices that read the
   * genetic criteria (maintenance; criteria-and-scores.md 3.2: missing FISH never defaults to standard risk). Empty
   * when it is known. */
  geneticMissing: MissingInput[];
  definition: string;
  findings: string[];
  imwg2016: CytogeneticDefinitionResult;
  ims2025: CytogeneticDefinitionResult;
  /** mSMART 3.0 genetic markers (UNVERIFIED list), with the double/triple-hit count below. */
  msmart: CytogeneticDefinitionResult;
  /** Number of high-risk genetic abnormalities (mSMART double/triple hit), null if FISH is missing. */
  highRiskAbnormalityCount: number | null;
  /** Abnormalities known present: a lower bound on the count when some are not reported. */
  highRiskAbnormalityCountAtLeast: number;
  /** "double-hit" (2) or "triple-hit" (3 or more); null when fewer, or when unknown. */
  hit: "double-hit" | "triple-hit" | null;
  rules: RuleTrace[];
  /** What the headline (IMS/IMWG 2025) needs; each definition lists its own. */
  missing: MissingInput[];
}

export const IMS_2025_DEFINITION =
  "IMS/IMWG 2025 consensus definition of high-risk myeloma (Avet-Loiseau et al., JCO 2025)";

/** Creatinine cut-off of criterion 4, in mg/dL, and in umol/L by the reference's factor 88.4 (section 7.3). */
const CREATININE_NORMAL_BELOW_MG_DL = 1.2;
const UMOL_PER_MG_DL = 88.4;

type Cg = Facts["cytogenetics"];

/** The values criterion 4 reads: today's, or, for a treated myeloma record, those at diagnosis
 * (engine/ims-criterion4-values.ts). The consensus defines high-risk newly diagnosed myeloma
 * (avet-loiseau-2025-jco), so a relapse or on-treatment beta2-microglobulin neither makes nor rules out
 * criterion 4 (review c16). */
export interface Criterion4Values {
  beta2Microglobulin: { value: number; date: string | null } | null;
  creatinine: { value: number; reported: { value: number; unit: string }; date: string | null } | null;
  /** Set when the values are those at diagnosis: the start of the first line of myeloma therapy, on or
   * before which they are dated (null: a value with none so dated is missing). */
  firstTreatment: string | null;
  /** On dialysis when the values are today's (an untreated record): the kidney is not normal whatever a
   * creatinine reads (review c24-6). Absent: not on it, or values at diagnosis (dialysis today does not say
   * what the kidney was then). */
  dialysis?: boolean;
}

/** Today's values, as an untreated record is read. */
export function criterion4Today(labs: Facts["labs"]): Criterion4Values {
  return { beta2Microglobulin: labs.beta2Microglobulin, creatinine: labs.creatinine, firstTreatment: null };
}

const LABELS = {
  t4_14: "t(4;14)",
  t14_16: "t(14;16)",
  t14_20: "t(14;20)",
  del17p: "del(17p)",
  gain1q: "gain(1q)",
  nonHyperdiploid: "non-hyperdiploid karyotype",
  tp53Mutation: "TP53 mutation",
} as const;
type ListKey = keyof typeof LABELS;

/** A definition that is met by any one of a list of findings. Built once at module level: an
 * assessment allocates only its result. */
interface ListDefinition {
  keys: readonly ListKey[];
  rule: RuleDef;
  neededFor: string;
  /** The rule's inputs: each key in list order, then the result. A literal rather than entries built
   * at run time, so every record's trace has the same shape (and the same JSON key order). */
  inputs: (cg: Cg, highRisk: boolean) => RuleTrace["inputs"];
}

const IMWG_2016_LIST: ListDefinition = {
  keys: ["t4_14", "t14_16", "t14_20", "del17p", "gain1q", "nonHyperdiploid"],
  rule: CYTOGENETIC_RULES.imwg2016,
  neededFor: "IMWG 2016 cytogenetic risk",
  inputs: (cg, highRisk) => ({
    t4_14: cg.t4_14,
    t14_16: cg.t14_16,
    t14_20: cg.t14_20,
    del17p: cg.del17p,
    gain1q: cg.gain1q,
    nonHyperdiploid: cg.nonHyperdiploid,
    highRisk,
  }),
};

const MSMART_LIST: ListDefinition = {
  keys: ["t4_14", "t14_16", "t14_20", "del17p", "tp53Mutation", "gain1q"],
  rule: CYTOGENETIC_RULES.msmart,
  neededFor: "mSMART 3.0 risk",
  inputs: (cg, highRisk) => ({
    t4_14: cg.t4_14,
    t14_16: cg.t14_16,
    t14_20: cg.t14_20,
    del17p: cg.del17p,
    tp53Mutation: cg.tp53Mutation,
    gain1q: cg.gain1q,
    highRisk,
  }),
};

/** One definition's result, with the counts mSMART's double/triple hit reads. */
interface ListResult {
  result: CytogeneticDefinitionResult;
  /** Findings known present. */
  present: number;
  /** Findings not reported (null). */
  unknown: number;
}

function definitionFromList(cg: Cg, def: ListDefinition): ListResult {
  const findings: string[] = [];
  let unknown = 0;
  let notFalse = 0;
  for (const k of def.keys) {
    const v = cg[k];
    if (v === true) findings.push(LABELS[k]);
    if (v === null) unknown++;
    if (v !== false) notFalse++;
  }
  // Three-valued OR (as anyTrue): any present, else not high risk only when every one is known absent.
  const highRisk = findings.length > 0 ? true : notFalse === 0 ? false : null;
  const missing: MissingInput[] = [];
  if (highRisk === null)
    for (const k of def.keys)
      if (cg[k] === null) missing.push({ field: `cytogenetics.${k}`, neededFor: def.neededFor });
  return {
    result: {
      highRisk,
      findings,
      rules: highRisk === null ? [] : [trace(def.rule, def.inputs(cg, highRisk))],
      missing,
    },
    present: findings.length,
    unknown,
  };
}

/** Creatinine < 1.2 mg/dL, tested in the unit the lab reported (the unit pairs are not exact). */
function creatinineNormal(c: Criterion4Values["creatinine"]): boolean | null {
  if (!c || finite(c.value) === null) return null;
  if (sameUnit(c.reported.unit, "umol/L"))
    return below(c.reported.value, CREATININE_NORMAL_BELOW_MG_DL * UMOL_PER_MG_DL);
  return below(c.value, CREATININE_NORMAL_BELOW_MG_DL);
}

/** Three-valued AND of two values (allTrue without an array per call). */
function and2(a: boolean | null, b: boolean | null): boolean | null {
  if (a === false || b === false) return false;
  return a === true && b === true ? true : null;
}

/** IMS/IMWG 2025 criterion 1: the clonal cell fraction (%) from which del(17p) counts (criteria-and-scores.md
 * 4.3; ">=" rather than ">" is UNVERIFIED). The clinician words say when a del(17p) falls below it. */
export const IMS2025_DEL17P_CCF = 20;

/** The IMS/IMWG 2025 result. Without `words`, the findings and rule traces are left out (the compact
 * view reads only highRisk and missing); highRisk and missing are the same either way. */
function assessIms2025(
  cg: Cg,
  c4In: Criterion4Values,
  words: boolean,
): { result: CytogeneticDefinitionResult; genetic: boolean | null; geneticMissing: MissingInput[] } {
  const need = "IMS/IMWG 2025 high risk";
  const findings: string[] = [];
  const rules: RuleTrace[] = [];
  const missing: MissingInput[] = [];

  // Criterion 1: del(17p) with CCF >= 20% (UNVERIFIED inequality) and/or TP53 mutation.
  const ccf = finite(cg.del17pClonalFraction);
  const del17pPart: boolean | null =
    cg.del17p === false
      ? false
      : cg.del17p === true
        ? ccf === null
          ? null
          : atLeast(ccf, IMS2025_DEL17P_CCF)
        : null;
  const c1 = or3(del17pPart, cg.tp53Mutation);
  if (c1 === true && words) {
    if (del17pPart === true) findings.push(`del(17p) in ${fmt(ccf!)}% of clonal plasma cells`);
    if (cg.tp53Mutation === true) findings.push("TP53 mutation");
  }
  if (c1 === null) {
    if (cg.tp53Mutation === null) missing.push({ field: "cytogenetics.tp53Mutation", neededFor: need });
    if (cg.del17p === null) missing.push({ field: "cytogenetics.del17p", neededFor: need });
    else if (cg.del17p === true && ccf === null)
      missing.push({ field: "cytogenetics.del17pClonalFraction", neededFor: need });
  }
  if (words)
    rules.push(
      trace(CYTOGENETIC_RULES.ims2025Tp53, {
        del17p: cg.del17p,
        del17pClonalFraction: ccf,
        tp53Mutation: cg.tp53Mutation,
        met: c1,
      }),
    );

  // Criterion 2: an IgH translocation with 1q+ and/or del(1p32).
  const igh = or3(cg.t4_14, cg.t14_16, cg.t14_20);
  const del1p = cg.del1p32 === null ? null : cg.del1p32 !== "none";
  const partner = or3(cg.gain1q, del1p);
  const c2 = and2(igh, partner);
  if (c2 === true && words) {
    const tr = (["t4_14", "t14_16", "t14_20"] as const).filter((k) => cg[k] === true).map((k) => LABELS[k]);
    const with1 = [
      cg.gain1q === true ? "1q+" : null,
      del1p === true ? `${cg.del1p32} del(1p32)` : null,
    ].filter((x): x is string => x !== null);
    findings.push(`${tr.join(" and ")} with ${with1.join(" and ")}`);
  }
  if (c2 === null) {
    if (igh === null) {
      if (cg.t4_14 === null) missing.push({ field: "cytogenetics.t4_14", neededFor: need });
      if (cg.t14_16 === null) missing.push({ field: "cytogenetics.t14_16", neededFor: need });
      if (cg.t14_20 === null) missing.push({ field: "cytogenetics.t14_20", neededFor: need });
    }
    if (partner === null) {
      if (cg.gain1q === null) missing.push({ field: "cytogenetics.gain1q", neededFor: need });
      if (cg.del1p32 === null) missing.push({ field: "cytogenetics.del1p32", neededFor: need });
    }
  }
  if (words)
    rules.push(
      trace(CYTOGENETIC_RULES.ims2025IgH, {
        t4_14: cg.t4_14,
        t14_16: cg.t14_16,
        t14_20: cg.t14_20,
        gain1q: cg.gain1q,
        del1p32: cg.del1p32,
        met: c2,
      }),
    );

  // Criterion 3: monoallelic del(1p32) with 1q+, or biallelic del(1p32).
  const c3: boolean | null =
    cg.del1p32 === "biallelic"
      ? true
      : cg.del1p32 === "none"
        ? false
        : cg.del1p32 === "monoallelic"
          ? cg.gain1q
          : null;
  if (c3 === true && words)
    findings.push(cg.del1p32 === "biallelic" ? "biallelic del(1p32)" : "monoallelic del(1p32) with 1q+");
  if (c3 === null) {
    if (cg.del1p32 === null) missing.push({ field: "cytogenetics.del1p32", neededFor: need });
    else if (cg.gain1q === null) missing.push({ field: "cytogenetics.gain1q", neededFor: need });
  }
  if (words)
    rules.push(trace(CYTOGENETIC_RULES.ims2025Del1p, { del1p32: cg.del1p32, gain1q: cg.gain1q, met: c3 }));

  // What criteria 1 to 3 miss (criterion 4's inputs follow).
  const geneticMissingCount = missing.length;

  // Criterion 4: beta2M >= 5.5 mg/L with creatinine < 1.2 mg/dL. A beta2M below 5.5 settles it as
  // not met without creatinine; a high beta2M cannot be judged without creatinine. A treated record reads
  // the values at diagnosis (on or before its first treatment); without them the criterion is unknown.
  const b2m = finite(c4In.beta2Microglobulin?.value);
  const b2mHigh = b2m === null ? null : atLeast(b2m, 5.5);
  const cr = c4In.creatinine;
  const crNormal = c4In.dialysis === true ? false : creatinineNormal(cr);
  const c4 = and2(b2mHigh, crNormal);
  const start = c4In.firstTreatment;
  if (c4 === true && words)
    findings.push(
      `beta2-microglobulin ${fmt(b2m!)} mg/L with normal creatinine (${fmt(cr!.reported.value)} ${cr!.reported.unit})${start === null ? "" : atDiagnosisWords(c4In, start)}`,
    );
  if (c4 === null) {
    // At diagnosis, the input is a dated value from before the first treatment (a series point), not a
    // test to do now: the patient texts never turn it into "a kidney test would help" (handout-facts.ts).
    if (start === null) {
      if (b2mHigh === null) missing.push({ field: "labs.beta2Microglobulin", neededFor: need });
      if (crNormal === null) missing.push({ field: "labs.creatinine", neededFor: need });
    } else {
      const atDiagnosis = `${need} (criterion 4 reads the value at diagnosis: dated on or before the first treatment, ${start})`;
      if (b2mHigh === null) missing.push({ field: "series.beta2Microglobulin", neededFor: atDiagnosis });
      if (crNormal === null) missing.push({ field: "series.creatinine", neededFor: atDiagnosis });
    }
  }

  if (words)
    rules.push(
      trace(CYTOGENETIC_RULES.ims2025B2m, {
        beta2MicroglobulinMgL: b2m,
        creatinineMgDl: cr?.value ?? null,
        ...(start === null
          ? {}
          : {
              valuesOnOrBefore: start,
              beta2MicroglobulinDate: c4In.beta2Microglobulin?.date ?? null,
              creatinineDate: cr?.date ?? null,
            }),
        met: c4,
      }),
    );

  const highRisk = or3(c1, c2, c3, c4);
  const genetic = or3(c1, c2, c3);
  if (words) rules.unshift(trace(CYTOGENETIC_RULES.ims2025, { c1, c2, c3, c4, highRisk }));
  return {
    result: { highRisk, findings, rules, missing: highRisk === null ? dedupe(missing) : [] },
    genetic,
    geneticMissing: genetic === null ? dedupe(missing.slice(0, geneticMissingCount)) : [],
  };
}

/** ", values of DATE(S), before the first treatment (START)" for criterion 4 read at diagnosis. */
function atDiagnosisWords(v: Criterion4Values, start: string): string {
  const dates = [v.beta2Microglobulin?.date, v.creatinine?.date].filter((d): d is string => d != null);
  const unique = [...new Set(dates)].sort();
  return unique.length === 0
    ? ""
    : `, value${unique.length > 1 ? "s" : ""} of ${unique.join(" and ")}, before the first treatment (${start})`;
}

/** A number for a sentence: at most 3 decimals, so unit-conversion noise never shows. */
function fmt(x: number): string {
  return String(Number(x.toFixed(3)));
}

function dedupe(ms: MissingInput[]): MissingInput[] {
  // At most nine fields: a scan of those kept costs less than a Set per record.
  const out: MissingInput[] = [];
  for (const m of ms) {
    let seen = false;
    for (let i = 0; !seen && i < out.length; i++) seen = out[i]!.field === m.field;
    if (!seen) out.push(m);
  }
  return out;
}

/**
 * Cytogenetic high risk by three definitions: IMWG 2016 (Sonneveld), mSMART 3.0 genetic markers
 * (UNVERIFIED, with the double/triple-hit count) and the IMS/IMWG 2025 consensus, which is the
 * headline. Each is high risk as soon as one criterion is met, not high risk only when every
 * criterion is known not met, and otherwise null with what is missing.
 * @example assessCytogeneticRisk(facts) // { highRisk: true, definition: "IMS/IMWG 2025 ...", findings: ["t(4;14) with 1q+"], ... }
 */
export function assessCytogeneticRisk(
  facts: Pick<Facts, "cytogenetics" | "labs">,
  /** codesOnly: only the headline (highRisk and what it misses), as the compact view and the engine's
   * situation read it; the other definitions, findings and rule traces are left out. criterion4: the
   * values criterion 4 reads (default today's). */
  { codesOnly = false, criterion4 }: { codesOnly?: boolean; criterion4?: Criterion4Values } = {},
): CytogeneticRiskResult {
  const cg = facts.cytogenetics;
  const c4 = criterion4 ?? criterion4Today(facts.labs);
  if (codesOnly) {
    const { result: ims2025, genetic, geneticMissing } = assessIms2025(cg, c4, false);
    return {
      highRisk: ims2025.highRisk,
      geneticHighRisk: genetic,
      geneticMissing,
      definition: IMS_2025_DEFINITION,
      findings: ims2025.findings,
      imwg2016: NOT_ASSESSED,
      ims2025,
      msmart: NOT_ASSESSED,
      highRiskAbnormalityCount: null,
      highRiskAbnormalityCountAtLeast: 0,
      hit: null,
      rules: ims2025.rules,
      missing: ims2025.missing,
    };
  }
  const imwg = definitionFromList(cg, IMWG_2016_LIST);
  const ms = definitionFromList(cg, MSMART_LIST);
  const { result: ims2025, genetic, geneticMissing } = assessIms2025(cg, c4, true);
  const count = ms.unknown === 0 ? ms.present : null;
  // The hit category is known when the lower bound already reaches 3, or when the count is known.
  const hit: CytogeneticRiskResult["hit"] =
    ms.present >= 3 ? "triple-hit" : count === 2 ? "double-hit" : null;
  const imwg2016 = imwg.result;
  const msmart = ms.result;
  // One loop per list rather than concat (which checks every argument for Symbol.isConcatSpreadable).
  const rules = ims2025.rules.slice();
  for (const r of imwg2016.rules) rules.push(r);
  for (const r of msmart.rules) rules.push(r);
  return {
    highRisk: ims2025.highRisk,
    geneticHighRisk: genetic,
    geneticMissing,
    definition: IMS_2025_DEFINITION,
    findings: ims2025.findings,
    imwg2016,
    ims2025,
    msmart,
    highRiskAbnormalityCount: count,
    highRiskAbnormalityCountAtLeast: ms.present,
    hit,
    rules,
    missing: ims2025.missing,
  };
}

/** Where codes-only mode leaves a definition out: an internal Assessment that is only ever projected
 * onto the compact view, which never reads it. Frozen, since every such result shares it. */
const NOT_ASSESSED: CytogeneticDefinitionResult = Object.freeze({
  highRisk: null,
  findings: Object.freeze([]) as unknown as string[],
  rules: Object.freeze([]) as unknown as RuleTrace[],
  missing: Object.freeze([]) as unknown as MissingInput[],
});

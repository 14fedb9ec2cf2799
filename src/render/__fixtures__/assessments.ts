/** Hand-built Assessments for the render tests: one per clinical situation, with values and wording taken
 * from shared/clinical-reference (treatments.md, criteria-and-scores.md). Not engine output. */
import type { CriterionResult } from "../../criteria/diagnosis/diagnosis.js";
import type { Assessment, AssessmentOption, PhaseResult } from "../../engine/assessment.js";
import { DECISION_SUPPORT_NOTICE } from "../../engine/version.js";
import type { LinesOfTherapyResult } from "../../response/lines.js";
import type { MonitoringResult } from "../../response/monitoring.js";
import type { ResponseResult } from "../../response/response.js";
import type { AssessmentExtras } from "../extras.js";

type Extended = Assessment & AssessmentExtras;

/** Fixtures name only the fields a render test needs; calculators keep adding fields to their results, so a
 * fixture is a deep partial (field names still type-checked) cast to the full type once built. */
type DeepPartial<T> = T extends readonly (infer U)[]
  ? DeepPartial<U>[]
  : T extends object
    ? { [K in keyof T]?: DeepPartial<T[K]> }
    : T;
export type AssessmentFixture = DeepPartial<Extended>;

function crit(
  id: string,
  status: CriterionResult["status"],
  because: string,
  extra: { evidence?: CriterionResult["evidence"]; missing?: CriterionResult["missing"] } = {},
): CriterionResult {
  return {
    id,
    status,
    met: status === "met" ? true : status === "not-met" ? false : null,
    because,
    citation: "rajkumar-2014-lancet-oncol",
    evidence: "verified",
    missing: [],
    ...extra,
  };
}

const noRules = { rules: [], missing: [] };

const BASE: AssessmentFixture = {
  schemaVersion: "1",
  knowledgeVersion: "kb-2026.06-test",
  engineVersion: "0.1.0",
  asOf: "2026-11-26",
  notice: DECISION_SUPPORT_NOTICE,
  diagnosis: {
    category: "indeterminate",
    subtype: null,
    likely: null,
    treated: false,
    criteria: [],
    couldChangeWith: [],
  },
  staging: {
    iss: { stage: null, ...noRules },
    riss: { stage: null, possibleStages: [], ...noRules },
    r2iss: { stage: null, points: null, ...noRules },
  },
  risk: {
    smmMayo2018: { factors: null, group: null, factorRange: [0, 3], ...noRules },
    smmImwg2020: { score: null, group: null, fishAssessed: false, scoreRange: [0, 17], ...noRules },
    cytogenetic: {
      highRisk: null,
      geneticHighRisk: null,
      definition: "IMS/IMWG 2025 consensus",
      findings: [],
      imwg2016: { highRisk: null, findings: [], ...noRules },
      ims2025: { highRisk: null, findings: [], ...noRules },
      msmart: { highRisk: null, findings: [], ...noRules },
      highRiskAbnormalityCount: null,
      highRiskAbnormalityCountAtLeast: 0,
      hit: null,
      ...noRules,
    },
    alMayo2004: { stage: null, mayo2004Stage: null, ...noRules },
    alMayo2012: { stage: null, points: null, ...noRules },
  },
  kidney: {
    egfrCkdEpi2021: null,
    crclCockcroftGault: null,
    crclWeightBasis: "actual body weight",
    dialysis: null,
    rules: [],
  },
  fitness: {
    imwgFrailty: { score: null, group: null, ...noRules },
    simplifiedFrailty: { score: null, group: null, scoreRange: [0, 4], ...noRules },
  },
  options: [],
  alerts: [],
  missingData: [],
};

function isPlainObject(x: unknown): x is Record<string, unknown> {
  return typeof x === "object" && x !== null && !Array.isArray(x);
}

/** Objects merge key by key; arrays and scalars replace. */
function merge(base: unknown, over: unknown): unknown {
  if (!isPlainObject(base) || !isPlainObject(over)) return over === undefined ? base : over;
  const out: Record<string, unknown> = { ...base };
  for (const [k, v] of Object.entries(over)) out[k] = merge(base[k], v);
  return out;
}

/** An Assessment with every score unknown, with `over` merged in. */
export function baseAssessment(over: AssessmentFixture = {}): Extended {
  return merge(BASE, over) as Extended;
}

/** An option with the defaults a render test does not care about. */
export function opt(
  o: Partial<AssessmentOption> & Pick<AssessmentOption, "id" | "kind" | "title">,
): AssessmentOption {
  return {
    strength: "consider",
    regimen: null,
    because: [],
    cautions: [],
    citations: [],
    patientText: "",
    regulatory: { us: null, eu: null },
    evidenceReviewed: "2026-06",
    verified: true,
    ...o,
  };
}

/** High-risk smoldering myeloma, IgG-kappa (treatments.md 2a-2b; criteria-and-scores.md 1.2, 2.1-2.2). */
export const smmHighRisk: Extended = baseAssessment({
  id: "smm-001",
  diagnosis: {
    category: "smoldering-myeloma",
    subtype: "IgG-kappa",
    likely: null,
    treated: false,
    criteria: [
      crit("imwg2014.smm.mprotein-or-marrow", "met", "Serum M-protein 3.4 g/dL (>= 3 g/dL)"),
      crit("imwg2014.crab.calcium", "not-met", "Calcium 10.1 mg/dL (not > 11 mg/dL)"),
      crit("imwg2014.slim.mri", "unknown", "No MRI result in the record", {
        missing: [{ field: "imaging.mriFocalLesions", neededFor: "IMWG 2014 SLiM" }],
      }),
    ],
    couldChangeWith: ["MRI of spine and pelvis: more than 1 focal lesion would mean active myeloma"],
  },
  risk: {
    smmMayo2018: {
      factors: 2,
      group: "high",
      rules: [
        {
          ruleId: "smm-mayo-2018.high",
          citationId: "lakshman-2018-bcj",
          evidence: "verified",
          inputs: { serumMProteinGDl: 3.4, flcRatio: 37.5, clonalPlasmaCellPercent: 15 },
        },
      ],
      missing: [],
    },
    smmImwg2020: {
      score: 9,
      group: "intermediate-high",
      fishAssessed: false,
      rules: [
        {
          ruleId: "smm-imwg-2020.band.intermediate-high",
          citationId: "mateos-2020-bcj",
          evidence: "verified",
          inputs: { serumMProteinGDl: 3.4, flcRatio: 37.5, clonalPlasmaCellPercent: 15, highRiskFish: null },
        },
      ],
      missing: [{ field: "cytogenetics.t4_14", neededFor: "IMWG 2020 SMM score" }],
    },
  },
  options: [
    opt({
      id: "smm.observation",
      kind: "observation",
      strength: "standard",
      title: "Active monitoring",
      because: ["Standard for smoldering myeloma that is not high risk"],
      cautions: [],
      citations: ["kyle-2010-leukemia"],
      patientText:
        "Many people with smoldering myeloma are watched with regular blood tests and no treatment.",
    }),
    opt({
      id: "smm.dara-sc-aquila",
      kind: "systemic-therapy",
      strength: "consider",
      regimen: { code: "Dara SC", drugs: ["daratumumab"] },
      title: "Daratumumab SC monotherapy (AQUILA)",
      because: ["High-risk smoldering myeloma (Mayo 2018: 2 factors)", "Fixed duration, up to 36 months"],
      cautions: ["Infections 16.1% vs 4.6%"],
      citations: ["dimopoulos-2025-nejm-aquila"],
      patientText:
        "Your tests put you in a high-risk group. In a large study, this shot delayed active myeloma for many people.",
      regulatory: {
        us: { status: "approved", date: "2025-11-06", note: "high-risk SMM only" },
        eu: { status: "approved", date: "2025-07-23", note: null },
      },
    }),
    opt({
      id: "smm.len-dex-quiredex",
      kind: "systemic-therapy",
      strength: "consider",
      regimen: { code: "Rd", drugs: ["lenalidomide", "dexamethasone"] },
      title: "Lenalidomide-dexamethasone (QuiRedex)",
      because: ["High-risk smoldering myeloma by the older Spanish definition"],
      cautions: ["Off-label", "Trial predates modern imaging (may have included MM)"],
      citations: ["mateos-2013-nejm"],
      patientText: "A study found that these pills delayed active myeloma. It is an older study.",
      regulatory: {
        us: { status: "off-label", date: null, note: null },
        eu: { status: "off-label", date: null, note: null },
      },
      verified: false,
    }),
  ],
  alerts: [
    {
      id: "smm.mri-missing",
      severity: "warning",
      text: "No MRI of spine and pelvis: SLiM cannot be excluded",
      citations: ["rajkumar-2014-lancet-oncol"],
      verified: true,
    },
  ],
  missingData: [
    { field: "cytogenetics.t4_14", neededFor: "IMWG 2020 SMM score" },
    { field: "imaging.mriFocalLesions", neededFor: "IMWG 2014 SLiM" },
  ],
});

/** Newly diagnosed multiple myeloma, IgA-lambda, high-risk cytogenetics (treatments.md 3; criteria 3-4, 7-8). */
export const mmNewlyDiagnosed: Extended = baseAssessment({
  id: "mm-002",
  diagnosis: {
    category: "multiple-myeloma",
    subtype: "IgA-lambda",
    likely: null,
    treated: false,
    criteria: [
      crit("imwg2014.clonal-marrow", "met", "Clonal marrow plasma cells 35% (>= 10%)"),
      crit("imwg2014.crab.calcium", "met", "Calcium 11.8 mg/dL (> 11 mg/dL)"),
      crit("imwg2014.crab.bone", "unknown", "Bone lesion size rule", { evidence: "unverified" }),
    ],
    couldChangeWith: [],
  },
  staging: {
    iss: {
      stage: 2,
      rules: [
        {
          ruleId: "iss.stage-2",
          citationId: "greipp-2005-jco",
          evidence: "verified",
          inputs: { beta2MicroglobulinMgL: 4.1, albuminGDl: 3.8 },
        },
      ],
      missing: [],
    },
    riss: {
      stage: 3,
      possibleStages: [],
      rules: [
        {
          ruleId: "r-iss.stage-3",
          citationId: "palumbo-2015-jco",
          evidence: "verified",
          inputs: { issStage: 2, del17p: true },
        },
      ],
      missing: [],
    },
    r2iss: {
      stage: null,
      points: null,
      rules: [],
      missing: [{ field: "cytogenetics.gain1q", neededFor: "R2-ISS" }],
    },
  },
  risk: {
    cytogenetic: {
      highRisk: true,
      geneticHighRisk: true,
      definition: "IMS/IMWG 2025 consensus",
      findings: ["del(17p) in 55% of clonal cells"],
      imwg2016: { highRisk: true, findings: ["del(17p)"], rules: [], missing: [] },
      ims2025: { highRisk: true, findings: ["del(17p) in 55% of clonal cells"], rules: [], missing: [] },
      highRiskAbnormalityCount: 1,
      rules: [
        {
          ruleId: "cyto.ims2025.del17p",
          citationId: "avet-loiseau-2025-jco",
          evidence: "secondary",
          inputs: { del17pClonalFraction: 55 },
        },
      ],
      missing: [],
    },
  },
  kidney: {
    egfrCkdEpi2021: 55.2,
    crclCockcroftGault: 48.1,
    crclWeightBasis: "actual body weight",
    dialysis: false,
    rules: [
      {
        ruleId: "kidney.ckd-epi-2021",
        citationId: "inker-2021-nejm",
        evidence: "verified",
        inputs: { creatinineMgDl: 1.1, age: 67, sex: "female" },
      },
    ],
  },
  fitness: {
    imwgFrailty: {
      score: 1,
      group: "intermediate",
      rules: [
        {
          ruleId: "frailty.imwg.age",
          citationId: "palumbo-2015-blood-frailty",
          evidence: "unverified",
          inputs: { age: 78 },
        },
      ],
      missing: [],
    },
    simplifiedFrailty: { score: 1, group: "non-frail", rules: [], missing: [] },
  },
  options: [
    opt({
      id: "ndmm-te.dvrd",
      kind: "systemic-therapy",
      strength: "preferred",
      regimen: { code: "D-VRd", drugs: ["daratumumab", "bortezomib", "lenalidomide", "dexamethasone"] },
      title: "Daratumumab-VRd induction (PERSEUS)",
      because: ["Newly diagnosed, transplant candidacy to be decided"],
      cautions: ["Bortezomib: peripheral neuropathy; SC preferred", "IMiD: VTE prophylaxis"],
      citations: ["sonneveld-2024-nejm"],
      patientText:
        "This mix of four medicines is often used first for people who may have a stem cell transplant.",
      regulatory: {
        us: { status: "approved", date: "2024-07-30", note: null },
        eu: { status: "approved", date: "2024-10", note: null },
      },
    }),
    opt({
      id: "ndmm-te.asct",
      kind: "stem-cell-transplant",
      strength: "if-eligible",
      title: "Autologous stem cell transplant after induction",
      because: ["Longer time without progression in the IFM 2009 trial"],
      cautions: ["CrCl 48.1 mL/min: melphalan dose per transplant centre"],
      citations: ["attal-2017-nejm"],
      patientText: "If you are fit enough, a transplant can keep the disease away for longer.",
    }),
    opt({
      id: "ndmm.len-maintenance",
      kind: "maintenance",
      strength: "standard",
      regimen: { code: "R", drugs: ["lenalidomide"] },
      title: "Lenalidomide maintenance",
      because: ["After transplant"],
      cautions: ["Second cancers are more common"],
      citations: ["mccarthy-2017-jco"],
      patientText: "After the first treatment, a low dose of one pill can keep the disease down for longer.",
    }),
  ],
  alerts: [
    {
      id: "alert.hypercalcaemia",
      severity: "critical",
      text: "Calcium 11.8 mg/dL: hypercalcaemia, treat promptly",
      citations: ["rajkumar-2014-lancet-oncol"],
      verified: true,
    },
    {
      id: "alert.frailty-cut-points",
      severity: "info",
      text: "IMWG frailty item cut-points are not confirmed in the source",
      citations: ["palumbo-2015-blood-frailty"],
      verified: false,
    },
  ],
  missingData: [{ field: "cytogenetics.gain1q", neededFor: "R2-ISS" }],
});

const rrmmLines: DeepPartial<LinesOfTherapyResult> = {
  lines: [
    {
      number: 1,
      entries: [0, 1],
      regimens: ["VRd", "ASCT", "R maintenance"],
      drugs: ["bortezomib", "lenalidomide", "dexamethasone", "melphalan"],
      start: "2022-01-10",
      end: "2025-09-01",
      includesAsct: true,
      bestResponse: "VGPR",
      progressed: true,
    },
    {
      number: 2,
      entries: [2],
      regimens: ["DPd"],
      drugs: ["daratumumab", "pomalidomide", "dexamethasone"],
      start: "2025-09-15",
      end: null,
      includesAsct: false,
      bestResponse: "PR",
      progressed: true,
    },
  ],
  count: 2,
  priorLines: 1,
  onTherapy: true,
  exposedDrugs: ["bortezomib", "lenalidomide", "dexamethasone", "melphalan", "daratumumab", "pomalidomide"],
  refractoryDrugs: ["lenalidomide", "daratumumab", "pomalidomide"],
  exposedClasses: ["proteasome-inhibitor", "immunomodulatory", "anti-cd38", "alkylator", "steroid"],
  refractoryClasses: ["immunomodulatory", "anti-cd38"],
  lenalidomideRefractory: true,
  antiCd38Refractory: true,
  tripleClassExposed: true,
  tripleClassRefractory: false,
  pentaRefractory: false,
  priorAsct: true,
  priorBcmaTherapy: false,
  rules: [
    {
      ruleId: "lines.new-line.regimen-change",
      citationId: "rajkumar-2015-blood-lines",
      evidence: "verified",
      inputs: { from: "VRd", to: "DPd" },
    },
  ],
  missing: [],
};

const rrmmResponse: DeepPartial<ResponseResult> = {
  current: "PD",
  progression: true,
  confirmed: true,
  basis: "Serum M-protein rose from a nadir of 0.8 to 1.6 g/dL (>= 25% and >= 0.5 g/dL), confirmed twice",
  reason: null,
  measurableBy: ["serum"],
  relapseFromCr: false,
  antibodyInterference: false,
  rules: [
    {
      ruleId: "imwg2016.pd.serum",
      citationId: "kumar-2016-lancet-oncol",
      evidence: "secondary",
      inputs: { nadirGDl: 0.8, latestGDl: 1.6 },
    },
  ],
  missing: [],
};

const rrmmMonitoring: DeepPartial<MonitoringResult> = {
  plan: "On therapy: labs every cycle",
  items: [
    {
      test: "serum protein electrophoresis",
      lastDone: "2026-08-01",
      due: "2026-09-01",
      overdue: true,
      intervalText: "every 4 weeks on therapy",
      citations: ["nccn-mm-2026"],
    },
    {
      test: "CBC",
      lastDone: "2026-11-20",
      due: "2026-12-18",
      overdue: false,
      intervalText: "every 4 weeks on therapy",
      citations: ["nccn-mm-2026"],
    },
  ],
  nextDue: "2026-09-01",
  overdue: [],
  rules: [],
};
rrmmMonitoring.overdue = (rrmmMonitoring.items ?? []).filter((i) => i.overdue);

/** Relapsed myeloma after 2 lines, lenalidomide-refractory (treatments.md 5b-5c; criteria 6, 9). */
export const rrmmSecondRelapse: Extended = baseAssessment({
  id: "rrmm-003",
  diagnosis: {
    category: "multiple-myeloma",
    subtype: "IgG-kappa",
    likely: null,
    treated: true,
    criteria: [crit("imwg2014.clonal-marrow", "met", "Clonal marrow plasma cells 40% at diagnosis")],
    couldChangeWith: [],
  },
  staging: {
    iss: { stage: 1, rules: [], missing: [] },
    riss: {
      stage: null,
      possibleStages: [1, 2],
      rules: [],
      missing: [{ field: "labs.ldh", neededFor: "R-ISS" }],
    },
    r2iss: { stage: null, points: null, rules: [], missing: [] },
  },
  kidney: {
    egfrCkdEpi2021: 72.4,
    crclCockcroftGault: 70.3,
    crclWeightBasis: "actual body weight",
    dialysis: false,
    rules: [],
  },
  fitness: {
    imwgFrailty: { score: 0, group: "fit", rules: [], missing: [] },
    simplifiedFrailty: { score: 0, group: "non-frail", rules: [], missing: [] },
  },
  response: rrmmResponse,
  linesOfTherapy: rrmmLines,
  monitoring: rrmmMonitoring,
  options: [
    opt({
      id: "rrmm.cilta-cel",
      kind: "car-t",
      strength: "consider",
      regimen: { code: "cilta-cel", drugs: ["ciltacabtagene autoleucel"] },
      title: "Ciltacabtagene autoleucel (CARTITUDE-4)",
      because: [">= 1 prior line including a PI and an IMiD", "Lenalidomide-refractory"],
      cautions: [
        "More deaths than standard care in the first ~10 months",
        "Parkinsonism, cranial nerve palsy, GBS; grade >=3 CRS 5%, neurotoxicity 11%",
      ],
      citations: ["san-miguel-2023-nejm-cartitude4", "fda-cart-safety-2024"],
      patientText:
        "Your myeloma came back after a pill you still take. In a study, this cell therapy kept it away for longer.",
      regulatory: {
        us: { status: "approved", date: "2024-04-05", note: null },
        eu: { status: "approved", date: "2024-04-22", note: null },
      },
    }),
    opt({
      id: "rrmm.tec-dara",
      kind: "bispecific",
      strength: "consider",
      regimen: { code: "Tec-Dara", drugs: ["teclistamab", "daratumumab"] },
      title: "Teclistamab + daratumumab (MajesTEC-3)",
      because: ["1-3 prior lines including a PI and an IMiD"],
      cautions: ["CRS 60.1% (all grade 1-2)", "Anti-CD38-refractory patients were excluded from the trial"],
      citations: ["majestec3-2025-nejm"],
      patientText: "This mix of two shots worked well in a recent study for people whose myeloma came back.",
      regulatory: {
        us: { status: "approved", date: "2026-03", note: "FDA action day unverified" },
        eu: { status: "pending", date: null, note: "CHMP positive opinion 2026-06-25" },
      },
      verified: false,
    }),
  ],
  alerts: [],
  missingData: [{ field: "labs.ldh", neededFor: "R-ISS" }],
});

/** MGUS with the marrow not examined (criteria-and-scores.md 1.3; treatments.md 2a). */
export const mgusBasic: Extended = baseAssessment({
  id: "mgus-004",
  diagnosis: {
    category: "mgus",
    subtype: "IgG-kappa",
    likely: null,
    treated: false,
    criteria: [crit("imwg2014.mgus.mprotein", "met", "Serum M-protein 0.8 g/dL (< 3 g/dL)")],
    couldChangeWith: ["Bone marrow clonal plasma cells >= 10% would mean smoldering myeloma"],
  },
  options: [
    opt({
      id: "mgus.monitoring",
      kind: "observation",
      strength: "standard",
      title: "Monitoring: SPEP at 6 months, then every 2-3 years if stable",
      citations: ["kyle-2010-leukemia"],
      patientText: "A blood test in six months. If nothing changes, tests every few years.",
    }),
  ],
  missingData: [{ field: "marrow.clonalPlasmaCellPercent", neededFor: "IMWG 2014 category" }],
});

/** Systemic AL amyloidosis, Mayo 2012 stage III (criteria-and-scores.md 5; treatments.md 6). */
export const alAmyloidosis: Extended = baseAssessment({
  id: "al-005",
  diagnosis: {
    category: "al-amyloidosis",
    subtype: "lambda light chain",
    likely: null,
    treated: false,
    criteria: [
      crit("imwg2014.al.congo-red", "met", "Congo red positive fat aspirate", { evidence: "secondary" }),
    ],
    couldChangeWith: [],
  },
  risk: {
    alMayo2004: { stage: "IIIa", rules: [], missing: [] },
    alMayo2012: {
      stage: 3,
      points: 2,
      rules: [
        {
          ruleId: "al-mayo-2012.stage-3",
          citationId: "kumar-2012-jco",
          evidence: "verified",
          inputs: { ntProBnpPgMl: 2400, troponinTNgMl: 0.03, dFlcMgL: 150 },
        },
      ],
      missing: [],
    },
  },
  kidney: {
    egfrCkdEpi2021: 41,
    crclCockcroftGault: 38.5,
    crclWeightBasis: "actual body weight",
    dialysis: false,
    rules: [],
  },
  options: [
    opt({
      id: "al.dara-vcd",
      kind: "systemic-therapy",
      strength: "preferred",
      regimen: {
        code: "Dara-VCd",
        drugs: ["daratumumab", "bortezomib", "cyclophosphamide", "dexamethasone"],
      },
      title: "Daratumumab-VCd (ANDROMEDA)",
      because: ["Newly diagnosed systemic AL amyloidosis"],
      cautions: ["Stage IIIb was excluded from the trial"],
      citations: ["kastritis-2021-nejm-andromeda"],
      patientText: "In a large study, adding this shot to three other medicines helped more people.",
    }),
  ],
});

/** Indeterminate: the M-protein fits smoldering myeloma but no marrow or imaging yet. */
export const indeterminateLikelySmm: Extended = baseAssessment({
  id: "ind-006",
  diagnosis: {
    category: "indeterminate",
    subtype: null,
    likely: "smoldering-myeloma",
    treated: false,
    criteria: [
      crit("imwg2014.smm.m-protein-or-marrow", "met", "Serum M-protein 3.4 g/dL (>= 3 g/dL)"),
      crit("imwg2014.crab.calcium", "unknown", "No calcium result"),
    ],
    couldChangeWith: ["Serum calcium", "Bone marrow biopsy", "Whole-body low-dose CT or PET-CT"],
  },
  missingData: [
    { field: "labs.calcium", neededFor: "IMWG 2014 CRAB" },
    { field: "marrow.clonalPlasmaCellPercent", neededFor: "IMWG 2014 category" },
    { field: "imaging.performed", neededFor: "IMWG 2014 CRAB" },
  ],
});

/** An empty form, as today's engine assesses it: indeterminate, every criterion unknown, and yet a
 * "likely" multiple myeloma (issue 10). No text may say or imply a likely cancer from it. */
export const emptyRecord: Extended = baseAssessment({
  id: "empty-007",
  diagnosis: {
    category: "indeterminate",
    likely: "multiple-myeloma",
    criteria: [
      crit("imwg2014.crab.calcium", "unknown", "No calcium result"),
      crit("imwg2014.mm", "unknown", "No marrow result"),
      crit("imwg2014.al", "not-met", "No organ involvement recorded"),
    ],
    couldChangeWith: ["bone marrow biopsy not done", "serum calcium not measured"],
  },
  missingData: [
    { field: "labs.serumMProtein", neededFor: "IMWG 2014 category" },
    { field: "labs.calcium", neededFor: "IMWG 2014 CRAB" },
    { field: "marrow.clonalPlasmaCellPercent", neededFor: "IMWG 2014 category" },
    { field: "imaging.performed", neededFor: "IMWG 2014 CRAB" },
    { field: "cytogenetics.del17p", neededFor: "R-ISS" },
  ],
});

export const ALL_FIXTURES: Record<string, Extended> = {
  smmHighRisk,
  mmNewlyDiagnosed,
  rrmmSecondRelapse,
  mgusBasic,
  alAmyloidosis,
  indeterminateLikelySmm,
  emptyRecord,
};

/** Week `weeks` of first-line VRd induction, no progression: the phase a summary shows with `reason`. */
export function onVrdInduction(reason: string, weeks: number): PhaseResult {
  return {
    code: "induction",
    reason,
    priorLines: 0,
    currentLine: 1,
    currentRegimen: "VRd",
    lastLine: 1,
    lastRegimen: "VRd",
    progressed: false,
    activeDisease: true,
    weeksOnCurrentLine: weeks,
    rules: [],
  };
}

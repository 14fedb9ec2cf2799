/** The cited definitions behind derived situation facts (the situation builder applies them). */
import { defineRules, type RuleDef } from "../model/trace.js";
import type { FactName } from "./situation.js";

export const SITUATION_RULES = defineRules({
  smmHighRiskAquila: {
    id: "situation.smm-high-risk.aquila",
    citation: "rajkumar-2015-blood-smm",
    text: "AQUILA high-risk SMM: clonal BMPC >= 10% and >= 1 of: serum M-protein >= 3 g/dL; IgA; immunoparesis of 2 uninvolved isotypes; FLC ratio >= 8 and < 100; BMPC > 50% to < 60%",
    evidence: "unverified",
  },
  smmHighRiskQuiredex: {
    id: "situation.smm-high-risk.quiredex",
    citation: "mateos-2013-nejm",
    text: "QuiRedex high-risk SMM (first arm): BMPC >= 10% and M-protein IgG >= 3 g/dL, IgA >= 2 g/dL or urine Bence-Jones > 1 g/24 h",
    evidence: "unverified",
  },
  smmHighRiskE3a06: {
    id: "situation.smm-high-risk.e3a06",
    citation: "lonial-2020-jco",
    text: "E3A06 intermediate/high-risk SMM: BMPC >= 10% and abnormal serum FLC ratio (< 0.26 or > 1.65)",
    evidence: "secondary",
  },
  hypercalcemia: {
    id: "situation.hypercalcemia",
    citation: "rajkumar-2014-lancet-oncol",
    text: "Hypercalcaemia: serum calcium > 11 mg/dL or > 1 mg/dL above the upper limit of normal",
    evidence: "verified",
  },
  renalCrab: {
    id: "situation.renal-crab",
    citation: "rajkumar-2014-lancet-oncol",
    text: "Myeloma kidney injury: the IMWG 2014 CRAB renal criterion as the diagnosis decides it (creatinine clearance < 40 mL/min, measured or estimated with CKD-EPI, or serum creatinine > 2 mg/dL / > 177 umol/L; dialysis counts when recorded)",
    evidence: "verified",
  },
  categoryConfirmed: {
    id: "situation.category-confirmed",
    citation: "rajkumar-2014-lancet-oncol",
    text: "The diagnosis is confirmed when the record meets an IMWG 2014 category, not when the category is indeterminate and only the most likely one is taken; systemic AL amyloidosis needs all four requirements: an amyloid-related organ syndrome, Congo red positive tissue, amyloid shown light-chain related by mass spectrometry or immuno-electron microscopy, and a monoclonal plasma-cell disorder",
    evidence: "secondary",
  },
  transplantCandidate: {
    id: "situation.transplant-candidate",
    citation: "nccn-mm-2026",
    text: "Transplant candidacy is the clinician's decision as recorded; never derived from age alone (criteria-and-scores 8.3)",
    evidence: "secondary",
  },
});

/** The situation facts each rule defines: an option a fact enables carries the rule's evidence status. */
export const FACT_RULES: Readonly<Partial<Record<FactName, RuleDef>>> = {
  smmHighRiskAquila: SITUATION_RULES.smmHighRiskAquila,
  smmHighRiskQuiredex: SITUATION_RULES.smmHighRiskQuiredex,
  smmHighRiskE3a06: SITUATION_RULES.smmHighRiskE3a06,
  hypercalcemia: SITUATION_RULES.hypercalcemia,
  renalCrab: SITUATION_RULES.renalCrab,
  transplantCandidate: SITUATION_RULES.transplantCandidate,
  categoryConfirmed: SITUATION_RULES.categoryConfirmed,
};

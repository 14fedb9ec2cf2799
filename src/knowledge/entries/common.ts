/** Building blocks shared by the entry tables: named situations and regulatory-status helpers. */
import type { Condition, RegulatoryStatus } from "../types.js";

export const isMM: Condition = { fact: "category", is: "multiple-myeloma" };
export const untreated: Condition = { fact: "treated", is: false };
export const treated: Condition = { fact: "treated", is: true };
/** Newly diagnosed active myeloma, not yet treated. */
export const ndmm: Condition = { all: [isMM, untreated] };
/** Treated myeloma that has progressed or relapsed: needs a next line. */
export const relapsed: Condition = {
  all: [isMM, treated, { fact: "progression", is: true }, { fact: "priorLines", gte: 1 }],
};
/** On a line of therapy with no progression on it: continue it; never a relapse regimen (Rajkumar 2015). */
export const onLineNoProgression: Condition = {
  all: [{ fact: "onTherapy", is: true }, { not: { fact: "progression", is: true } }],
};
/** First line up to the transplant: untreated, on induction, or collection/transplant planned. */
export const beforeTransplant: Condition = { fact: "phase", in: ["untreated", "induction", "transplant"] };
/** Myeloma kidney injury: the IMWG 2014 CRAB renal criterion met as the diagnosis decides it
 * (rajkumar-2014-lancet-oncol): creatinine clearance < 40 mL/min measured or estimated (CKD-EPI), serum
 * creatinine > 2 mg/dL, or dialysis recorded (the criterion counts it). Not a Cockcroft-Gault clearance
 * alone: that is for drug dosing (treatments.md conventions; dimopoulos-2016-jco-renal). Dialysis is not a
 * second branch here: once the criterion is decided not met, an unrecorded dialysis status would only
 * reopen it for every patient whose record leaves it out. */
export const myelomaKidneyInjury: Condition = { fact: "renalCrab", is: true };
export const transplantEligible: Condition = { fact: "transplantCandidate", is: "yes" };
export const transplantIneligible: Condition = { fact: "transplantCandidate", is: "no" };
export const notAntiCd38Refractory: Condition = { not: { fact: "antiCd38Refractory", is: true } };
/** Prior BCMA-directed therapy (the situation fact priorBcmaTherapy). */
export const afterBcma: Condition = { fact: "priorBcmaTherapy", is: true };
export const tripleClassExposed: Condition = {
  all: [
    { fact: "piExposed", is: true },
    { fact: "imidExposed", is: true },
    { fact: "antiCd38Exposed", is: true },
  ],
};

export const approved = (date: string | null, note: string | null = null): RegulatoryStatus => ({
  status: "approved",
  date,
  note,
});
export const accelerated = (date: string | null, note: string | null = null): RegulatoryStatus => ({
  status: "accelerated-approval",
  date,
  note,
});
export const offLabel = (note: string | null = null): RegulatoryStatus => ({
  status: "off-label",
  date: null,
  note,
});
export const guidelineOnly = (note: string | null = null): RegulatoryStatus => ({
  status: "guideline-only",
  date: null,
  note,
});
export const notApproved = (note: string | null = null): RegulatoryStatus => ({
  status: "not-approved",
  date: null,
  note,
});
export const pending = (note: string | null = null): RegulatoryStatus => ({
  status: "pending",
  date: null,
  note,
});
/** Individual drugs approved, no regimen-specific label (the reference's wording). */
export const componentsApproved = guidelineOnly("Components approved; no regimen-specific label");

/** The IMWG 2014 diagnostic rules as data: stable id, source, wording and how well the reference checked it
 * (criteria-and-scores.md section 1; Rajkumar et al., Lancet Oncol 2014). */
import { defineRules } from "../../model/trace.js";

export const DIAGNOSIS_RULES = defineRules({
  crabCalcium: {
    id: "imwg2014.crab.calcium",
    citation: "rajkumar-2014-lancet-oncol",
    text: "Hypercalcaemia: serum calcium >0.25 mmol/L above the upper limit of normal or >2.75 mmol/L (>1 mg/dL above ULN or >11 mg/dL), tested in the unit the lab reported",
    evidence: "verified",
  },
  // Review c83-M1: criteria-and-scores.md 1.1 gives "serum calcium" and its ⚠ note that secondary sources say
  // "corrected calcium". Total calcium above the laboratory's upper limit with albumin low may under-read the free
  // calcium: the item is not known until an ionised (or the laboratory's albumin-corrected) calcium is measured. "Low"
  // is the laboratory's lower limit of albumin when the record gives one, else the ISS albumin cut (< 3.5 g/dL,
  // criteria-and-scores.md 3.1): the project's reading, UNVERIFIED. No correction formula is applied.
  crabCalciumLowAlbumin: {
    id: "imwg2014.crab.calcium.low-albumin",
    citation: "rajkumar-2014-lancet-oncol",
    text: "Total calcium above the upper limit of normal but below the CRAB level, with albumin low (below the laboratory's lower limit, else < 3.5 g/dL, the ISS cut): not known until an ionised or albumin-corrected calcium is measured (secondary sources give the CRAB item as corrected calcium; no correction formula is applied here)",
    evidence: "unverified",
  },
  crabRenal: {
    id: "imwg2014.crab.renal",
    citation: "rajkumar-2014-lancet-oncol",
    text: "Renal insufficiency: creatinine clearance <40 mL/min or serum creatinine >177 umol/L (>2 mg/dL), tested in the unit the lab reported; dialysis counts when recorded",
    evidence: "verified",
  },
  crabRenalEstimated: {
    id: "imwg2014.crab.renal.estimated-clearance",
    citation: "dimopoulos-2016-jco-renal",
    text: "Creatinine clearance may be measured or estimated; CKD-EPI is the preferred estimate (Cockcroft-Gault when CKD-EPI cannot be computed)",
    evidence: "secondary",
  },
  crabAnaemia: {
    id: "imwg2014.crab.anaemia",
    citation: "rajkumar-2014-lancet-oncol",
    text: "Anaemia: haemoglobin >20 g/L below the lower limit of normal or <100 g/L (>2 g/dL below LLN or <10 g/dL)",
    evidence: "verified",
  },
  crabBone: {
    id: "imwg2014.crab.bone",
    citation: "rajkumar-2014-lancet-oncol",
    text: "Bone lesions: >=1 osteolytic lesion on skeletal radiography, CT or PET-CT",
    evidence: "verified",
  },
  crabBoneMarrowCaveat: {
    id: "imwg2014.crab.bone.marrow-caveat",
    citation: "rajkumar-2014-lancet-oncol",
    text: "When clonal bone marrow plasma cells are <10%, more than one bone lesion is needed (to tell myeloma from solitary plasmacytoma with minimal marrow involvement)",
    evidence: "unverified",
  },
  slimMarrow: {
    id: "imwg2014.slim.marrow-60",
    citation: "rajkumar-2014-lancet-oncol",
    text: "Clonal bone marrow plasma cells >=60%",
    evidence: "verified",
  },
  slimFlc: {
    id: "imwg2014.slim.flc-ratio",
    citation: "rajkumar-2014-lancet-oncol",
    text: "Involved:uninvolved serum free light chain ratio >=100 with involved free light chain >=100 mg/L",
    evidence: "verified",
  },
  slimMri: {
    id: "imwg2014.slim.mri",
    citation: "rajkumar-2014-lancet-oncol",
    text: ">1 focal lesion on MRI (each at least 5 mm)",
    evidence: "verified",
  },
  mde: {
    id: "imwg2014.mde",
    citation: "rajkumar-2014-lancet-oncol",
    text: "At least one myeloma-defining event: a CRAB feature or a SLiM biomarker",
    evidence: "verified",
  },
  mmClone: {
    id: "imwg2014.mm.clonal-marrow-or-plasmacytoma",
    citation: "rajkumar-2014-lancet-oncol",
    text: "Clonal bone marrow plasma cells >=10% or a biopsy-proven bony or extramedullary plasmacytoma",
    evidence: "verified",
  },
  mm: {
    id: "imwg2014.mm",
    citation: "rajkumar-2014-lancet-oncol",
    text: "Multiple myeloma: clonal marrow plasma cells >=10% or biopsy-proven plasmacytoma, and >=1 myeloma-defining event",
    evidence: "verified",
  },
  mmPlasmacytomaMarrow: {
    id: "imwg2014.mm.plasmacytoma-with-marrow-10",
    citation: "rajkumar-2014-lancet-oncol",
    text: "A biopsy-proven plasmacytoma with clonal bone marrow plasma cells >=10% is multiple myeloma, not solitary plasmacytoma",
    evidence: "secondary",
  },
  smmBurden: {
    id: "imwg2014.smm.m-protein-or-marrow",
    citation: "rajkumar-2014-lancet-oncol",
    text: "Serum M-protein (IgG or IgA) >=30 g/L or urinary M-protein >=500 mg/24 h, and/or clonal bone marrow plasma cells 10-60%",
    evidence: "verified",
  },
  smm: {
    id: "imwg2014.smm",
    citation: "rajkumar-2014-lancet-oncol",
    text: "Smouldering myeloma: M-protein or marrow burden as above, with no myeloma-defining event and no amyloidosis; IgM paraproteins follow the IgM (Waldenstrom) pathway",
    evidence: "verified",
  },
  mgusNonIgm: {
    id: "imwg2014.mgus.non-igm",
    citation: "rajkumar-2014-lancet-oncol",
    text: "Non-IgM MGUS: serum M-protein <30 g/L, clonal bone marrow plasma cells <10%, no CRAB and no amyloidosis",
    evidence: "verified",
  },
  mgusIgm: {
    id: "imwg2014.mgus.igm",
    citation: "rajkumar-2014-lancet-oncol",
    text: "IgM MGUS: serum IgM M-protein <30 g/L, marrow lymphoplasmacytic infiltration <10%, no anaemia, constitutional symptoms, hyperviscosity, lymphadenopathy, hepatosplenomegaly or other end-organ damage",
    evidence: "verified",
  },
  mgusLightChain: {
    id: "imwg2014.mgus.light-chain",
    citation: "rajkumar-2014-lancet-oncol",
    text: "Light-chain MGUS: FLC ratio <0.26 or >1.65 with the matching involved light chain raised, no heavy chain on immunofixation, no end-organ damage or amyloidosis, clonal marrow plasma cells <10%, urinary M-protein <500 mg/24 h",
    evidence: "verified",
  },
  involvedFlcUlnAssumed: {
    id: "imwg2014.mgus.light-chain.freelite-uln-assumed",
    citation: "katzmann-2002-clin-chem",
    text: "Involved free light chain without its laboratory's upper limit: the Freelite 95% upper limit the ratio thresholds assume (kappa 19.4 mg/L, lambda 26.3 mg/L) is used, and shown as assumed",
    evidence: "verified",
  },
  mgusMarrowNotAssessed: {
    id: "imwg2014.mgus.marrow-not-assessed",
    citation: "rajkumar-2014-lancet-oncol",
    text: "A marrow examination is not always done in MGUS: with no marrow result and no myeloma-defining event the category is MGUS (marrow not assessed)",
    evidence: "secondary",
  },
  mgusLowRiskWorkUpDeferred: {
    id: "imwg2014.mgus.low-risk-work-up-deferred",
    citation: "sidiqi-2020-blood-cancer-j",
    text: "Low-risk MGUS (IgG, serum M-protein < 1.5 g/dL, normal FLC ratio; Kyle 2010) with normal haemoglobin, calcium and renal function: the marrow and bone imaging are not needed at diagnosis (omitting the marrow missed SMM or MM in < 1%; no myeloma found only by the marrow or advanced imaging would have been classed low-risk MGUS without them). The IMWG 2010 wording on deferring both was seen only in secondary reviews",
    evidence: "secondary",
  },
  // Review c10 M8: the reference (criteria-and-scores.md 1.3, treatments.md 2a) is silent on the urine in
  // MGUS; the IMWG 2010 baseline was seen only as reproduced in secondary summaries.
  mgusLowRiskUrineDeferred: {
    id: "imwg2014.mgus.low-risk-urine-deferred",
    citation: "katzmann-2006-mayo-clin-proc",
    text: "Low-risk MGUS with no 24-hour urine M-protein recorded: MGUS has no urine criterion (IMWG 2014); a serum-only work-up (electrophoresis, immunofixation, FLC) missed 0.5% of monoclonal urine proteins, none needing intervention (Katzmann 2006, abstract); the IMWG 2010 baseline asks for a urine protein test, with urine electrophoresis and immunofixation if it is positive (seen only in secondary summaries, UNVERIFIED). A urine M-protein >= 500 mg/24 h would make it smouldering myeloma, so the 24-hour urine stays named as a test that could change the category",
    evidence: "secondary",
  },
  sp: {
    id: "imwg2014.sp",
    citation: "rajkumar-2014-lancet-oncol",
    text: "Solitary plasmacytoma: one biopsy-proven lesion of bone or soft tissue, no clonal plasma cells in the marrow, normal imaging apart from the primary lesion, no CRAB",
    evidence: "verified",
  },
  spMinimalMarrow: {
    id: "imwg2014.sp.minimal-marrow",
    citation: "rajkumar-2014-lancet-oncol",
    text: "Solitary plasmacytoma with minimal marrow involvement: as solitary plasmacytoma but clonal bone marrow plasma cells <10%",
    evidence: "secondary",
  },
  alSyndrome: {
    id: "imwg2014.al.organ-syndrome",
    citation: "rajkumar-2014-lancet-oncol",
    text: "An amyloid-related systemic syndrome (renal, liver, heart, gastrointestinal tract or peripheral nerve involvement)",
    evidence: "verified",
  },
  alCongoRed: {
    id: "imwg2014.al.congo-red",
    citation: "rajkumar-2014-lancet-oncol",
    text: "Positive Congo red staining in any tissue (fat aspirate, marrow or organ biopsy)",
    evidence: "secondary",
  },
  alTyping: {
    id: "imwg2014.al.light-chain-typing",
    citation: "rajkumar-2014-lancet-oncol",
    text: "Amyloid shown to be light-chain related by mass spectrometry or immuno-electron microscopy",
    evidence: "secondary",
  },
  alClone: {
    id: "imwg2014.al.monoclonal-disorder",
    citation: "rajkumar-2014-lancet-oncol",
    text: "A monoclonal plasma cell proliferative disorder: serum or urine M-protein, abnormal FLC ratio or clonal marrow plasma cells",
    evidence: "secondary",
  },
  al: {
    id: "imwg2014.al",
    citation: "rajkumar-2014-lancet-oncol",
    text: "Systemic AL amyloidosis: all four requirements",
    evidence: "verified",
  },
  treated: {
    id: "imwg2014.treated-keeps-category",
    citation: "rajkumar-2014-lancet-oncol",
    text: "The IMWG 2014 criteria classify untreated disease; after systemic anti-myeloma therapy the category stays the one that was treated (project rule, not a sentence of the paper)",
    evidence: "unverified",
  },
  // Review c20-4: end-organ findings with a clone below myeloma's threshold (end-organ.ts).
  crabAttribution: {
    id: "imwg2014.end-organ-attribution",
    citation: "rajkumar-2014-lancet-oncol",
    text: "CRAB features are myeloma-defining only when attributable to the plasma-cell disorder; MGUS and smouldering myeloma need none attributable to the clone. With clonal marrow plasma cells below 10% and no plasmacytoma, the record cannot show whether they are: the category is not decided",
    evidence: "verified",
  },
  kidneyMgrsQuestion: {
    id: "ikmg2019.kidney-biopsy",
    citation: "leung-2019-nat-rev-nephrol",
    text: "Kidney damage with a monoclonal protein that does not meet a malignancy's criteria may be monoclonal gammopathy of renal significance (not in the clinical reference); its diagnosis is made by kidney biopsy with immunofluorescence, which IKMG 2019 recommends when it is suspected",
    evidence: "secondary",
  },
  // Review c83-W1: a bone event recorded before imaging for osteolytic lesions (diagnosis.ts boneEventOf).
  boneEventNotImaged: {
    id: "imwg2014.bone-event-not-imaged",
    citation: "rajkumar-2014-lancet-oncol",
    text: "A spinal cord compression or pathological fracture recorded with no imaging for osteolytic lesions: the CRAB bone lesion counts only on skeletal radiography, CT or PET-CT, so the event does not meet it by itself, and an absent test is not a negative test; MGUS and smouldering myeloma, which need no myeloma-defining event, are then not taken as the most likely category",
    evidence: "verified",
  },
  // Review c88-W1: criteria-and-scores.md 1.1-1.2 and treatments.md 2a say nothing of how old a marrow or a scan may
  // be, nor what work-up MGUS that reaches the smouldering level needs; 1.1 says an absent test is not a negative
  // test. A marrow or skeletal imaging dated before the M-protein first reached the smouldering level is read as not
  // ruling out what it would rule out (a lesion or marrow >= 60% it shows stays met): the project's reading.
  workUpBeforeSmmLevel: {
    id: "imwg2014.work-up-before-smm-level",
    citation: "rajkumar-2014-lancet-oncol",
    text: "A marrow or skeletal imaging dated before the M-protein first reached the smouldering level (serum >= 3 g/dL or urine >= 500 mg/24 h, after a value below it) does not rule out the myeloma-defining events it would otherwise rule out (bone lesions, marrow >= 60%, MRI focal lesions) nor marrow >= 10%: those are not known until repeated, and MGUS or smouldering myeloma is not taken as the most likely category meanwhile; what it shows present stays met (the reference gives no rule on the age of a result: UNVERIFIED)",
    evidence: "unverified",
  },
  treatedSmm: {
    id: "imwg2014.treated-smm-keeps-category",
    citation: "dimopoulos-2025-nejm-aquila",
    text: "Therapy recorded for high-risk smouldering myeloma (treatmentHistory setting, e.g. AQUILA daratumumab): the category stays smouldering myeloma while no myeloma-defining event is recorded, that is today's values do not meet myeloma and no progression is recorded on the therapy (project rule: AQUILA treated SMM and counted progression to active myeloma by SLiM-CRAB)",
    evidence: "unverified",
  },
});

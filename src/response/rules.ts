/** The rules of the response, lines-of-therapy, evolving-disease and monitoring calculators, as data.
 * Evidence follows the clinical reference marks: [V]/✔ verified, [S] secondary, [U] unverified. */
import { defineRules } from "../model/trace.js";

export const RESPONSE_RULES = defineRules({
  measurable: {
    id: "imwg2016.measurable-disease",
    citation: "kumar-2016-lancet-oncol",
    // "Abnormal ratio" read in the direction of the involved (clonal) chain, as criteria-and-scores.md 1.3
    // defines a raised chain (kappa: kappa/lambda > 1.65; lambda: < 0.26): the reference's reading, not a
    // new threshold.
    text: "Measurable disease: serum M-protein >= 1 g/dL, or urine M-protein >= 200 mg/24 h, or involved FLC >= 100 mg/L with the ratio abnormal for the involved chain (kappa/lambda > 1.65 for kappa, < 0.26 for lambda) (FLC only when serum and urine are not measurable)",
    evidence: "secondary",
  },
  baseline: {
    id: "imwg2016.baseline",
    citation: "kumar-2016-lancet-oncol",
    text: "Baseline of a line: the last value on or before its start date; a value after the start is on treatment, never a baseline (without one the baseline is not known)",
    evidence: "secondary",
  },
  sCR: {
    id: "imwg2016.scr",
    citation: "kumar-2016-lancet-oncol",
    text: "sCR: CR plus a normal FLC ratio and no clonal plasma cells in the marrow",
    evidence: "verified",
  },
  CR: {
    id: "imwg2016.cr",
    citation: "kumar-2016-lancet-oncol",
    text: "CR: negative serum and urine immunofixation, disappearance of any soft-tissue plasmacytoma and marrow plasma cells < 5%",
    evidence: "verified",
  },
  mrd: {
    id: "imwg2016.mrd",
    citation: "kumar-2016-lancet-oncol",
    text: "MRD: negative is no clonal plasma cells by next-generation flow or sequencing with a sensitivity of at least 1 in 10^5; MRD categories apply only to patients in CR or sCR",
    evidence: "secondary",
  },
  crFlcOnly: {
    id: "imwg2016.cr.flc-only",
    citation: "kumar-2016-lancet-oncol",
    text: "FLC-only disease: CR also needs an FLC ratio of 0.26-1.65",
    evidence: "unverified",
  },
  VGPR: {
    id: "imwg2016.vgpr",
    citation: "kumar-2016-lancet-oncol",
    text: "VGPR: M-protein detectable on immunofixation but not on electrophoresis, or >= 90% fall in serum M-protein with urine M-protein < 100 mg/24 h",
    evidence: "verified",
  },
  vgprFlcOnly: {
    id: "imwg2016.vgpr.flc-only",
    citation: "kumar-2016-lancet-oncol",
    text: "FLC-only disease: VGPR needs a >= 90% fall in dFLC",
    evidence: "unverified",
  },
  PR: {
    id: "imwg2016.pr",
    citation: "kumar-2016-lancet-oncol",
    text: "PR: >= 50% fall in serum M-protein and a fall in urine M-protein of >= 90% or to < 200 mg/24 h; dFLC >= 50% fall when serum and urine are not measurable; marrow >= 50% fall (baseline >= 30%) when FLC is not measurable either",
    evidence: "verified",
  },
  MR: {
    id: "imwg2016.mr",
    citation: "kumar-2016-lancet-oncol",
    text: "MR: 25-49% fall in serum M-protein and 50-89% fall in urine M-protein",
    evidence: "secondary",
  },
  SD: {
    id: "imwg2016.sd",
    citation: "kumar-2016-lancet-oncol",
    text: "SD: meets no criteria for CR, VGPR, PR, MR or PD",
    evidence: "verified",
  },
  pdSerum: {
    id: "imwg2016.pd.serum",
    citation: "kumar-2016-lancet-oncol",
    text: "PD: serum M-protein >= 25% above the lowest confirmed value, with an absolute rise >= 0.5 g/dL",
    evidence: "secondary",
  },
  pdSerumHighNadir: {
    id: "imwg2016.pd.serum-high-nadir",
    citation: "kumar-2016-lancet-oncol",
    // The table nests this under the 25% rise, where it could never decide (25% of >= 5 g/dL is
    // >= 1.25 g/dL); read as its own criterion so that it means something, and say so.
    text: "PD: serum M-protein rise >= 1 g/dL when the lowest M component was >= 5 g/dL",
    evidence: "secondary",
  },
  pdUrine: {
    id: "imwg2016.pd.urine",
    citation: "kumar-2016-lancet-oncol",
    text: "PD: urine M-protein >= 25% above the lowest confirmed value, with an absolute rise >= 200 mg/24 h",
    evidence: "secondary",
  },
  pdFlc: {
    id: "imwg2016.pd.dflc",
    citation: "kumar-2016-lancet-oncol",
    text: "PD (serum and urine not measurable): dFLC >= 25% above the lowest confirmed value, with an absolute rise > 10 mg/dL (100 mg/L)",
    evidence: "secondary",
  },
  // The reference gives the dFLC criteria as percentages (criteria-and-scores.md 6.2) and says nothing of a
  // dFLC at or below zero: a percentage of no excess is no measure (our reading, not a new threshold).
  dflcNotAMeasure: {
    id: "imwg2016.dflc-not-a-measure",
    citation: "kumar-2016-lancet-oncol",
    text: "A dFLC (involved minus uninvolved FLC) of zero or below is no measure: the dFLC criteria (PR >= 50% fall, VGPR >= 90% fall, PD >= 25% rise) are percentages of the involved chain's excess, so none is measured from it",
    evidence: "unverified",
  },
  // The reference measures PD "from the lowest confirmed response value" and does not say what a negative
  // dFLC nadir means; counted from 0 it is the stricter of the two readings (progression.ts dflcRiseFrom).
  pdFlcNadirBelowZero: {
    id: "imwg2016.pd.dflc.nadir-below-zero",
    citation: "kumar-2016-lancet-oncol",
    text: "dFLC PD from a negative lowest confirmed value (the uninvolved chain higher): the rise is counted from 0 (no excess of the involved chain), so the dFLC itself must exceed 10 mg/dL (100 mg/L)",
    evidence: "unverified",
  },
  pdMarrow: {
    id: "imwg2016.pd.marrow",
    citation: "kumar-2016-lancet-oncol",
    text: "PD (serum, urine and FLC not measurable): marrow plasma cells >= 25% above the lowest value, with an absolute rise >= 10%",
    evidence: "secondary",
  },
  pdNewLesion: {
    id: "imwg2016.pd.new-lesion",
    citation: "kumar-2016-lancet-oncol",
    text: "PD: new bone or soft-tissue lesion(s)",
    evidence: "secondary",
  },
  pdRecorded: {
    id: "imwg2016.pd.recorded",
    citation: "kumar-2016-lancet-oncol",
    text: "Progression recorded by the treating team on the current line",
    evidence: "secondary",
  },
  confirmResponse: {
    id: "imwg2016.confirmation.response",
    citation: "kumar-2016-lancet-oncol",
    text: "A response category needs two consecutive assessments; it stays unconfirmed until the second (marrow needs no confirmation)",
    evidence: "unverified",
  },
  pdVersionsDiffer: {
    id: "imwg.pd.versions-differ",
    citation: "rajkumar-2011-blood",
    text: "The IMWG versions differ on the value PD is measured from: 'lowest response value' (Durie 2006, Rajkumar 2011) or 'lowest confirmed response value' (Kumar 2016, graded here). A PD met only by the older wording is shown as a possible progression, not called",
    evidence: "secondary",
  },
  confirmProgression: {
    id: "imwg2006.confirmation.progression",
    citation: "durie-2006-leukemia",
    text: "Biochemical progression needs two consecutive assessments before it is called",
    evidence: "secondary",
  },
  relapseFromCr: {
    id: "imwg2016.relapse-from-cr",
    citation: "kumar-2016-lancet-oncol",
    text: "Relapse from CR: reappearance of M-protein on immunofixation or electrophoresis, or marrow plasma cells >= 5%",
    evidence: "secondary",
  },
  // Review c13-1: the same definition read on the values when no CR is graded from them (no marrow).
  mProteinBack: {
    id: "imwg2016.m-protein-back-after-negative-ife",
    citation: "kumar-2016-lancet-oncol",
    text: "M-protein back at two consecutive assessments (a positive immunofixation or a measured band) after a negative serum immunofixation at two: relapse from CR when CR was confirmed; not progression by itself (relapse from CR is a disease-free-survival end-point)",
    evidence: "secondary",
  },
  antibodyInterference: {
    id: "dara-interference.flag",
    citation: "van-de-donk-2016-cclm",
    text: "On an anti-CD38 antibody with IgG-kappa disease and a small M-spike or positive immunofixation: flag possible therapeutic-antibody interference rather than grade < CR",
    evidence: "verified",
  },
  // Review c69-W2: daratumumab last given 13-16 months before (induction and consolidation, then lenalidomide alone)
  // was read as "on" it. criteria-and-scores.md 6.4 reads interference while the patient is ON an anti-CD38 antibody
  // and gives no SPEP/IFE window after the last dose; the reference's only figure for anti-CD38 assay interference
  // after the last dose is "~2-6 months" for blood-bank testing (treatments.md 7b, oostendorp-2015-transfusion): the
  // project takes its upper end, UNVERIFIED for the SPEP/IFE band.
  antibodyInterferenceWindow: {
    id: "dara-interference.window",
    citation: "oostendorp-2015-transfusion",
    text: "An anti-CD38 antibody counts as given for the interference reading while an entry of the line giving it has no end, or until 6 months after its last dose (the project's reading: the reference gives no SPEP/IFE window after the last dose; its only figure for anti-CD38 assay interference after it is ~2-6 months for blood-bank testing, treatments.md 7b, of which the upper end is taken); later, a small IgG-kappa band is graded as disease",
    evidence: "unverified",
  },
  antibodyInterferenceSmall: {
    id: "dara-interference.small-spike",
    citation: "thoren-2019-jalm",
    text: "A small M-spike: <= 0.25 g/dL (one lab reports the reflex assay is rarely needed above 0.25 g/dL)",
    evidence: "secondary",
  },
  // The reference flags interference "rather than grading as <CR" (criteria-and-scores.md 6.4) and says the
  // band can mask a true CR; that the antibody only adds to the band (so the measured grade is a floor) is
  // our reading of the mechanism, not a published rule.
  antibodyInterferenceFloor: {
    id: "dara-interference.floor",
    citation: "van-de-donk-2016-cclm",
    text: "Under possible anti-CD38 interference the category the measured values meet is a floor ('VGPR or better'): the antibody can only add to the measured IgG-kappa band, so the disease's own fall is at least the measured one; CR is not judged until a daratumumab-specific immunofixation (DIRA or Hydrashift)",
    evidence: "unverified",
  },
  // AL amyloidosis haematologic response (treatments.md 6, Cautions in AL; recalled from Palladini 2012, not
  // re-read by the reference: UNVERIFIED there, so every grade below is shown as such).
  alCR: {
    id: "al2012.cr",
    citation: "palladini-2012-jco",
    text: "AL haematologic CR: negative serum and urine immunofixation and a normal FLC ratio",
    evidence: "unverified",
  },
  alVGPR: {
    id: "al2012.vgpr",
    citation: "palladini-2012-jco",
    text: "AL haematologic VGPR: dFLC < 40 mg/L",
    evidence: "unverified",
  },
  alPR: {
    id: "al2012.pr",
    citation: "palladini-2012-jco",
    text: "AL haematologic PR: dFLC fall > 50% from the baseline before treatment",
    evidence: "unverified",
  },
  alNR: {
    id: "al2012.nr",
    citation: "palladini-2012-jco",
    text: "AL haematologic no response: none of CR, VGPR or PR",
    evidence: "unverified",
  },
  // Review c76-W1: treatments.md 6 gives the AL response levels only, no AL progression criteria: a level reached and
  // no longer met is said as lost (the project's reading), never graded as progression.
  alResponseLost: {
    id: "al.response-lost",
    citation: "palladini-2012-jco",
    text: "AL: the haematologic response level reached on the line (CR: a normal FLC ratio; VGPR: dFLC < 40 mg/L) no longer met on the two latest FLC measurements, the involved FLC above its lowest value since the line began on both (the project's reading; the reference gives no AL haematologic progression criteria)",
    evidence: "unverified",
  },
  alDflcEvaluable: {
    id: "al.dflc-evaluable",
    citation: "milani-2017-blood",
    text: "AL: a dFLC below 50 mg/L before treatment cannot be assessed for haematologic response by dFLC (PR, VGPR)",
    evidence: "verified",
  },
});

export const LINES_RULES = defineRules({
  oneLine: {
    id: "lines2015.one-line",
    citation: "rajkumar-2015-blood-lines",
    text: "A planned sequence (induction -> ASCT -> consolidation -> maintenance) is one line",
    evidence: "verified",
  },
  newLineSwitch: {
    id: "lines2015.new-line.switch",
    citation: "rajkumar-2015-blood-lines",
    text: "New line: all drugs of a regimen stopped and a different regimen started",
    evidence: "verified",
  },
  newLineAddition: {
    id: "lines2015.new-line.unplanned-change",
    citation: "rajkumar-2015-blood-lines",
    text: "New line: a drug added or substituted without it being planned",
    evidence: "verified",
  },
  newLineRepeatSct: {
    id: "lines2015.new-line.repeat-sct",
    citation: "rajkumar-2015-blood-lines",
    text: "New line: a repeat stem cell transplant, unless a planned tandem transplant",
    evidence: "verified",
  },
  notALine: {
    id: "lines2015.not-a-line",
    citation: "rajkumar-2015-blood-lines",
    text: "A line is >= 1 complete cycle of a drug or regimen, or a transplant: an entry with no drug and no transplant (observation) is not a line; a progression recorded on it is one after the line before it",
    evidence: "verified",
  },
  supportiveCareNotALine: {
    id: "lines2015.supportive-care-not-a-line",
    citation: "rajkumar-2015-blood-lines",
    text: "A line is anti-myeloma therapy (a drug or regimen, or a transplant): an entry of supportive care alone (a bone-targeted agent, immunoglobulin replacement or an erythropoiesis-stimulating agent, treatments.md 8a and 8c) is no line and no regimen; it stays current supportive care",
    evidence: "secondary",
  },
  stemCellCollectionNotALine: {
    id: "lines2015.stem-cell-collection-not-a-line",
    citation: "rajkumar-2015-blood-lines",
    text: "A line is anti-myeloma therapy (a drug or regimen, or a transplant): a stem cell collection (treatments.md 3c), recorded in the transplant phase with mobilisation agents (G-CSF, plerixafor or motixafortide; cyclophosphamide beside them as chemo-mobilisation) or with no drug, is no line, no regimen and no transplant",
    evidence: "secondary",
  },
  nonMyelomaDrugNotALine: {
    id: "lines2015.non-myeloma-drug-not-a-line",
    citation: "rajkumar-2015-blood-lines",
    text: "A line is anti-myeloma therapy: an entry of drugs known not to treat myeloma (an anticoagulant or aspirin, anti-infective prophylaxis, treatments.md 7c and 8c) is no line and no regimen",
    evidence: "secondary",
  },
  unknownDrugNotALine: {
    id: "lines2015.unknown-drug-not-a-line",
    citation: "rajkumar-2015-blood-lines",
    text: "A line is anti-myeloma therapy: an entry whose drugs are none of the known anti-myeloma agents, and whose setting (the disease it treated) is not recorded, is not counted as a line; the team is asked to check it (a trial agent is counted once the entry records setting multiple-myeloma)",
    evidence: "secondary",
  },
  smmTherapyNotALine: {
    id: "lines2015.smm-therapy-not-a-line",
    citation: "dimopoulos-2025-nejm-aquila",
    text: "Therapy recorded for high-risk smouldering myeloma (treatmentHistory setting) is no line of myeloma therapy: lines are counted in multiple myeloma (Rajkumar 2015), and AQUILA counts the myeloma therapy after daratumumab for smouldering myeloma as first-line (its endpoint: time to first-line treatment for multiple myeloma)",
    evidence: "secondary",
  },
  partialStop: {
    id: "lines2015.partial-stop",
    citation: "rajkumar-2015-blood-lines",
    text: "Stopping only some of the drugs, or changing doses, is not a new line",
    evidence: "secondary",
  },
  refractory: {
    id: "imwg2011.refractory",
    citation: "rajkumar-2011-blood",
    text: "Refractory: non-responsive on therapy, or progression within 60 days of the last dose (the progression date is the line's: the earliest of a confirmed lab rise, the recorded date and new-lesion imaging)",
    evidence: "secondary",
  },
  lastDoseNotKnown: {
    id: "lines.last-dose-not-known",
    citation: "rajkumar-2011-blood",
    text: "An entry with no end that a later therapy ended: its last dose is on or before that therapy's start, so a progression within 60 days of that start may be within 60 days of its last dose (IMWG 2011: refractory). Its refractoriness is not known until its end is recorded (review c44-U1: never 'not refractory')",
    evidence: "secondary",
  },
  lastDoseNotRecorded: {
    id: "lines.last-dose-not-recorded",
    citation: "rajkumar-2011-blood",
    text: "An entry with a stop reason and no end stopped on a day not recorded: it is not given now, and a progression after it may or may not be within 60 days of its last dose (IMWG 2011: refractory), so its refractoriness is not known until its end is recorded (review c56 WRONG-1)",
    evidence: "secondary",
  },
  switchReasonNotKnown: {
    id: "lines.switch-reason-not-known",
    citation: "rajkumar-2011-blood",
    text: "An entry with no end and no outcome of its own (no progressedOn, progression date, stop reason or SD/PD best response) that a new line ended: the disease may have progressed on it (IMWG 2011: refractory), which is what most often starts a next line, so its refractoriness is not known until its outcome is recorded (review c47-W1: never 'not refractory'). A later entry of the same line, or a stop for toxicity or the patient's choice, says the switch was not for progression",
    evidence: "secondary",
  },
  smmTherapyActiveNow: {
    id: "lines.smm-therapy-active-myeloma-now",
    citation: "rajkumar-2011-blood",
    text: "Therapy for smouldering myeloma still given while today's values meet active myeloma, no progression recorded on it: the disease may have progressed on it (refractory = progression on it or within 60 days of the last dose, IMWG 2011), so refractoriness to its drugs is not known until the team records whether it did (review c14: never 'not refractory')",
    evidence: "secondary",
  },
  ongoingNoProgression: {
    id: "lines.ongoing-no-progression",
    citation: "kumar-2016-lancet-oncol",
    text: "A regimen still being given, with no progression recorded on it nor measured in the lab series (IMWG 2016), is not refractory so far",
    evidence: "verified",
  },
  outcomeFromLine: {
    id: "lines.outcome-from-line",
    citation: "rajkumar-2015-blood-lines",
    text: "An entry ended with no outcome of its own, in a planned sequence that went on (one line, Rajkumar 2015): the line's progression, recorded on a later entry of it, is the one that reads its 60 days (IMWG 2011); with none recorded, a later entry of the line begun more than 60 days after its last dose, or the line's followed M-protein or light-chain values with no rise after it, dated more than 60 days after it, show no progression within them (the project's reading: a progression ends the line)",
    evidence: "secondary",
  },
  outcomeFromValues: {
    id: "lines.outcome-from-values",
    citation: "rajkumar-2011-blood",
    text: "An entry of an earlier line ended with no outcome of its own, whose line progressed by its values (the IMWG progression rise from the lowest value, 2006/2011 wording, confirmed by the next assessment, both before the next line began; serum or urine M-protein, the dFLC when neither was measurable at the first line's baseline; criteria-and-scores.md 6.1, 6.2) on the entry or within 60 days of its last dose: refractory to it (IMWG 2011), as the phase reads that line as relapsed (review c36-H7). A confirmed rise first measured more than 60 days after the entry's end (the progression date is the first assessment meeting PD) makes it not refractory (review c37-J9). A rise not confirmed before the next line leaves it not known",
    evidence: "secondary",
  },
  nonResponsive: {
    id: "imwg2011.non-responsive",
    citation: "rajkumar-2011-blood",
    text: "Non-responsive: fails to reach MR, or develops PD, while on therapy",
    evidence: "unverified",
  },
  antiCd38Duration: {
    id: "mammoth.anti-cd38-refractory",
    citation: "gandhi-2019-leukemia",
    text: "Anti-CD38 refractory: >= 4 weeks of therapy, with PD on therapy or within 60 days of the last dose. The weeks are counted to a progression on therapy, else to the last dose plus the week a weekly dose covers (the project's reading of the dates: four weekly doses are four weeks of therapy)",
    evidence: "verified",
  },
  tripleClassRefractory: {
    id: "mammoth.triple-class-refractory",
    citation: "gandhi-2019-leukemia",
    text: "Triple-class refractory: refractory to an anti-CD38 antibody, >= 1 PI and >= 1 IMiD",
    evidence: "verified",
  },
  quadRefractory: {
    id: "mammoth.quad-refractory",
    citation: "gandhi-2019-leukemia",
    text: "Quad-refractory: triple-class refractory with 2 PIs or 2 IMiDs",
    evidence: "verified",
  },
  pentaRefractory: {
    id: "mammoth.penta-refractory",
    citation: "gandhi-2019-leukemia",
    text: "Penta-refractory: refractory to an anti-CD38 antibody, 2 PIs and 2 IMiDs",
    evidence: "verified",
  },
  tripleClassExposed: {
    id: "labels.triple-class-exposed",
    citation: "gandhi-2019-leukemia",
    text: "Triple-class exposed (a separate term from refractory): exposed to a PI, an IMiD and an anti-CD38 antibody",
    evidence: "unverified",
  },
});

export const EVOLVING_RULES = defineRules({
  // Review c27-m1: Ravi 2016 is not in the clinical reference (looked up, its abstract; the bibliography says so):
  // a looked-up threshold is UNVERIFIED here, as CTCAE's grade 3 neutropenia is (knowledge/drug-rules.ts).
  eMP: {
    id: "ravi2016.evolving-m-protein",
    citation: "ravi-2016-bcj",
    text: "Evolving M-protein: >= 10% rise within 6 months of diagnosis (only if M-protein >= 3 g/dL) and/or >= 25% rise within 12 months, with a rise of at least 0.5 g/dL (not in the clinical reference: looked up)",
    evidence: "unverified",
  },
  eHb: {
    id: "ravi2016.evolving-hemoglobin",
    citation: "ravi-2016-bcj",
    text: "Evolving haemoglobin: a fall of >= 0.5 g/dL within 12 months of diagnosis (not in the clinical reference: looked up)",
    evidence: "unverified",
  },
  // Review c91-M5: the marrow and imaging dated before an evolving M-protein rise. The risk groups (criteria-and-scores.md
  // 2.1, 20/2/20 marrow factor) and the SLiM exclusions (1.1: marrow >= 60%, > 1 MRI focal lesion) rest on them; the
  // reference gives no re-test interval and no evolving-SMM rule, so naming them as tests to repeat is the project's
  // reading, UNVERIFIED.
  workUpBeforeRise: {
    id: "evolving.work-up-before-rise",
    citation: "rajkumar-2014-lancet-oncol",
    text: "Smouldering myeloma with an evolving M-protein: a marrow or skeletal imaging dated before the rise is named as a test that could change the category (SLiM, criteria-and-scores.md 1.1) and the 20/2/20 risk group (2.1); the reference gives no re-test interval (the project's reading, UNVERIFIED)",
    evidence: "unverified",
  },
  risingByPdThresholds: {
    id: "evolving.imwg-pd-thresholds",
    citation: "kumar-2016-lancet-oncol",
    // The reference has no numeric "evolving" threshold for MGUS or for SMM after year 1; the
    // IMWG PD thresholds are applied by analogy, which is this tool's choice, hence unverified.
    text: "Rising M-protein by the IMWG PD thresholds applied to untreated disease (>= 25% and >= 0.5 g/dL above the lowest value): an analogy, not a published rule for MGUS/SMM",
    evidence: "unverified",
  },
  // Review c27-W1: treatments.md 1 follows a solitary plasmacytoma every 3-6 months with SPEP/IFE and FLC for
  // progression to myeloma (NCCN, checked) and gives no threshold for a rise: the IMWG PD thresholds by analogy.
  plasmacytomaRise: {
    id: "evolving.plasmacytoma-imwg-pd-thresholds",
    citation: "kumar-2016-lancet-oncol",
    text: "Rising M-protein after a solitary plasmacytoma by the IMWG PD thresholds (>= 25% and >= 0.5 g/dL above the lowest value since its radiotherapy started, or in the record when none is recorded): an analogy; the reference follows the M-protein for progression to myeloma and gives no threshold",
    evidence: "unverified",
  },
  // treatments.md 1, higher-risk flags: "M-protein persisting >= 1 year after RT | Adverse | UNVERIFIED".
  plasmacytomaPersisting: {
    id: "sp.m-protein-persisting-after-rt",
    citation: "caers-2018-jho",
    text: "Serum M-protein persisting 1 year or more after radiotherapy for a solitary plasmacytoma: a flag of higher risk of progression to myeloma (treatments.md 1, UNVERIFIED there)",
    evidence: "unverified",
  },
  hbFall2: {
    id: "evolving.hb-fall-2",
    citation: "kumar-2016-lancet-oncol",
    text: "Haemoglobin fall >= 2 g/dL (the IMWG clinical-relapse criterion) applied by analogy to untreated disease",
    evidence: "unverified",
  },
});

export const MONITORING_RULES = defineRules({
  mgusLow: {
    id: "kyle2010.monitoring.mgus-low",
    citation: "kyle-2010-leukemia",
    text: "Low-risk MGUS: SPEP at 6 months, then every 2-3 years if stable",
    evidence: "verified",
  },
  mgusHigher: {
    id: "kyle2010.monitoring.mgus-intermediate-high",
    citation: "kyle-2010-leukemia",
    text: "Intermediate/high-risk MGUS: at 6 months, then yearly for life",
    evidence: "verified",
  },
  mgusRisk: {
    id: "kyle2010.mgus-risk",
    citation: "kyle-2010-leukemia",
    text: "Low-risk MGUS: M-protein < 1.5 g/dL, IgG type and normal FLC ratio; intermediate/high: >= 1 of M-protein >= 1.5 g/dL, non-IgG, abnormal FLC ratio",
    evidence: "verified",
  },
  smm: {
    id: "kyle2010.monitoring.smm",
    citation: "kyle-2010-leukemia",
    text: "SMM: re-test 2-3 months after diagnosis, then every 4-6 months for 1 year, then every 6-12 months if stable",
    evidence: "verified",
  },
  plasmacytoma: {
    id: "nccn.monitoring.solitary-plasmacytoma",
    citation: "nccn-mm-2026",
    text: "Solitary plasmacytoma: every 3-6 months with CBC, creatinine, calcium, SPEP/IFE, FLC (24-h urine as needed)",
    evidence: "verified",
  },
  activeMyeloma: {
    id: "monitoring.active-myeloma.none",
    citation: "kumar-2016-lancet-oncol",
    text: "Active myeloma: the clinical reference gives no assessment interval; per treating team",
    evidence: "verified",
  },
  // Review c11 H1: no interval is published for active myeloma, and none is invented. The longest routine
  // interval the reference gives for a watched plasma-cell disorder that can progress is yearly (IMWG 2010:
  // intermediate/high-risk MGUS yearly, stable smoldering myeloma every 6-12 months); a disease on therapy is
  // followed at least as closely, so a result older than that is overdue. The floor is this project's
  // reading of those intervals, not a published one: UNVERIFIED.
  onTherapyFloor: {
    id: "monitoring.on-therapy.yearly-floor",
    citation: "kyle-2010-leukemia",
    text: "Active myeloma on therapy: no published interval; a result older than 12 months (the longest routine interval IMWG 2010 gives for MGUS of intermediate/high risk and stable smoldering myeloma) is overdue",
    evidence: "unverified",
  },
  // Review c70-U1: a SLiM biomarker with the clone not shown (marrow not examined or below 10%) is active myeloma by
  // its event (criteria-and-scores.md 1.1) if the marrow shows criterion A: "treat as MM (not SMM)" (treatments.md 2a),
  // so the watched disorder's interval (yearly, every 6-12 months) does not apply, and the reference gives none for
  // this state. The tests are due now, beside the marrow examination that decides.
  myelomaBiomarkerDueNow: {
    id: "monitoring.myeloma-biomarker.due-now",
    citation: "rajkumar-2014-lancet-oncol",
    text: "A myeloma-defining biomarker (FLC ratio >= 100 with the involved FLC >= 100 mg/L, or > 1 focal MRI lesion) with clonal marrow plasma cells not examined or below 10%: 'treat as MM (not SMM)' once the marrow shows criterion A (treatments.md 2a), not followed as a watched disorder; the MGUS and smouldering-myeloma intervals do not apply and the reference gives none for this state: the tests are due now, and the marrow examination (with whole-body imaging and a 24-hour urine) decides",
    evidence: "verified",
  },
  // Review c69-m1: the same floor off therapy (the reference is silent on myeloma off therapy; the project's reading).
  offTherapyFloor: {
    id: "monitoring.off-therapy.yearly-floor",
    citation: "kyle-2010-leukemia",
    text: "Treated myeloma off therapy: no published interval; a result older than 12 months (the longest routine interval IMWG 2010 gives for MGUS of intermediate/high risk and stable smoldering myeloma) is overdue",
    evidence: "unverified",
  },
});

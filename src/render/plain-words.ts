/** Plain-language glossary for the patient summary: condition names, option kinds, responses, risk
 * groups and record fields, each in short sentences (Flesch-Kincaid grade <= 8, checked by tests). */
import type { AssessmentOption } from "../engine/assessment.js";
import type { DiagnosisCategory, OptionKind, ResponseCategory } from "../model/enums.js";

/** A term as a patient would say it, and what it means in one or two short sentences. */
export interface PlainTerm {
  name: string;
  meaning: string;
}

/** Disease categories (IMWG 2014 names) in plain words. The wording restates the reference's
 * definitions (criteria-and-scores.md section 1; treatments.md sections 1-2) without numbers. */
export const PLAIN_CATEGORY: Readonly<Record<DiagnosisCategory, PlainTerm>> = {
  mgus: {
    name: "MGUS",
    meaning:
      "MGUS means there is a blood protein made by a small group of plasma cells. Plasma cells are white blood cells in the bone marrow. MGUS is not cancer. Most people with it only need checkups.",
  },
  "smoldering-myeloma": {
    name: "smoldering myeloma",
    meaning:
      "Smoldering myeloma is an early stage of myeloma. There are more abnormal plasma cells than in MGUS (an earlier, milder condition), but they do not harm your body yet. Many people are watched with regular tests. Some people with a high chance of it getting worse may be offered treatment.",
  },
  "multiple-myeloma": {
    name: "multiple myeloma",
    meaning:
      "Multiple myeloma is a blood cancer of plasma cells. Plasma cells are white blood cells in the bone marrow. In myeloma they grow out of control and can harm the bones, the kidneys or the blood. It is treated, and there are several kinds of treatment.",
  },
  "solitary-plasmacytoma": {
    name: "solitary plasmacytoma",
    meaning:
      "A solitary plasmacytoma is one lump of abnormal plasma cells, in a bone or in soft tissue. The rest of the bone marrow looks normal. It is often treated with radiation to that one spot.",
  },
  "solitary-plasmacytoma-minimal-marrow": {
    name: "solitary plasmacytoma with a few abnormal cells in the marrow",
    meaning:
      "This is one lump of abnormal plasma cells, with a few abnormal plasma cells in the bone marrow too. It is more likely to turn into myeloma than a lump alone. So it needs closer checkups.",
  },
  "al-amyloidosis": {
    name: "AL amyloidosis",
    meaning:
      "AL amyloidosis means plasma cells make a protein part called a light chain. This protein folds the wrong way. It can build up in organs such as the heart, the kidneys or the nerves.",
  },
  indeterminate: {
    name: "not clear yet",
    meaning:
      "The tests so far do not give a clear answer. More tests are needed to tell which condition it is.",
  },
};

/** Option kinds (contract `OptionKind`) in plain words. */
export const PLAIN_OPTION_KIND: Readonly<Record<OptionKind, PlainTerm>> = {
  observation: {
    name: "Watch and wait",
    meaning: "You have regular checkups and blood tests. There is no treatment for now.",
  },
  radiation: {
    name: "Radiation",
    meaning: "Strong rays are aimed at one spot to kill the abnormal cells there.",
  },
  surgery: {
    name: "Surgery",
    meaning: "An operation, for example to make a weak bone stable.",
  },
  "systemic-therapy": {
    name: "Medicine treatment",
    meaning: "Medicines that work all through the body. They are given as pills, shots or a drip.",
  },
  "stem-cell-transplant": {
    name: "Stem cell transplant",
    meaning:
      "You get a high dose of a strong drug. Then your own stem cells, saved before, are given back. They help your blood cells grow back.",
  },
  consolidation: {
    name: "Extra treatment after the transplant",
    meaning:
      "A short course of more treatment after the transplant. It aims to push the disease down further.",
  },
  maintenance: {
    name: "Long-term treatment to keep it down",
    meaning:
      "A lighter treatment that you take for a long time. It aims to keep the disease from coming back.",
  },
  "car-t": {
    name: "CAR-T cell therapy",
    meaning:
      "Some of your own immune cells are taken out. A lab changes them so they can find the myeloma cells. Then they are put back to attack the myeloma.",
  },
  bispecific: {
    name: "Bispecific antibody",
    meaning:
      "A medicine that grabs your immune cells and the myeloma cells at the same time. This helps your immune cells kill the myeloma cells.",
  },
  "clinical-trial": {
    name: "Clinical trial",
    meaning: "A research study that tests a new treatment or a new way to use a treatment.",
  },
  "supportive-care": {
    name: "Care for symptoms and side effects",
    meaning: "Care that protects your bones, blood and kidneys, and helps prevent infections.",
  },
};

/** How strongly an option is listed, in plain words. */
export const PLAIN_STRENGTH: Readonly<Record<AssessmentOption["strength"], PlainTerm>> = {
  // "A common first choice", not "often the first choice": several options of one list may carry it
  // (review c17 handout 20: VCd, D-VRd and Isa-VRd each "often the first choice").
  preferred: {
    name: "a common first choice",
    meaning: "Guidelines often list this among the first choices.",
  },
  standard: { name: "a usual choice", meaning: "This is a usual choice in this situation." },
  consider: { name: "a choice to think about", meaning: "This is a choice to talk over with your team." },
  "if-eligible": {
    name: "a choice if you qualify",
    meaning: "This is a choice only if you meet certain rules for it.",
  },
  trial: { name: "a research choice", meaning: "This is a choice you can get by joining a research study." },
};

/** IMWG response categories (Kumar 2016, criteria-and-scores.md section 6.2) in plain words. */
export const PLAIN_RESPONSE: Readonly<Record<ResponseCategory, PlainTerm>> = {
  sCR: {
    name: "the deepest response",
    meaning: "Tests of the blood, urine and bone marrow find no sign of the disease.",
  },
  CR: {
    name: "a complete response",
    meaning:
      "Blood and urine tests find no abnormal protein. Very few abnormal cells are left in the marrow.",
  },
  VGPR: {
    name: "a very good response",
    meaning: "The abnormal protein has dropped by at least nine tenths, or is now too small to measure.",
  },
  PR: {
    name: "a good response",
    meaning: "The abnormal protein has dropped by at least half.",
  },
  MR: {
    name: "a small response",
    meaning: "The abnormal protein has dropped, but by less than half.",
  },
  SD: {
    name: "stable disease",
    meaning: "The disease has not changed much, up or down.",
  },
  PD: {
    name: "the disease is growing",
    meaning: "Tests show the disease has become more active again.",
  },
};

/** Risk and fitness groups in plain words, keyed by "<score>:<group>". */
export const PLAIN_RISK = {
  "smm:low": {
    name: "low",
    meaning: "Your results put it in the low risk group.",
  },
  "smm:low-intermediate": {
    name: "low to medium",
    meaning: "Your results put it in the low-to-medium risk group.",
  },
  "smm:intermediate": {
    name: "medium",
    meaning: "Your results put it in the medium risk group.",
  },
  "smm:intermediate-high": {
    name: "medium to high",
    meaning: "Your results put it in the medium-to-high risk group.",
  },
  "smm:high": {
    name: "high",
    meaning: "Your results put it in the high risk group.",
  },
  "genes:high": {
    name: "high-risk gene changes",
    meaning:
      "The myeloma cells have gene changes that doctors call high risk. Your care team may use this when they choose treatment.",
  },
  "b2m:high": {
    name: "high risk by a blood test",
    meaning:
      "A blood test called beta-2 microglobulin is high while your kidney tests are normal. Doctors call this high-risk myeloma. Your care team may use this when they choose treatment.",
  },
  "genes:standard": {
    name: "no high-risk gene changes",
    meaning: "The gene tests did not find the changes that doctors call high risk.",
  },
  "fitness:fit": {
    name: "fit",
    meaning: "Your age, other health problems and daily activities put you in the fit group.",
  },
  "fitness:intermediate": {
    name: "in between",
    meaning: "Your age, other health problems and daily activities put you in the middle group.",
  },
  "fitness:frail": {
    name: "frail",
    meaning: "Strong treatment may be hard on your body. Your care team may choose lower doses.",
  },
  "fitness:non-frail": {
    name: "not frail",
    meaning: "Your age, other health problems and daily activities put you in the group that is not frail.",
  },
} as const satisfies Record<string, PlainTerm>;
export type PlainRiskKey = keyof typeof PLAIN_RISK;

/** Stage words: what a stage number means, by staging system, in plain words. */
export const PLAIN_STAGE = {
  myeloma: {
    name: "stage",
    meaning:
      "Doctors give myeloma a stage from blood tests. A higher stage means the disease may be harder to treat.",
  },
  amyloidosis: {
    name: "stage",
    meaning:
      "Doctors give AL amyloidosis a stage from blood tests of the heart and of the light chain. A higher stage means more serious disease.",
  },
} as const satisfies Record<string, PlainTerm>;

/** Record fields (PatientRecord v1 paths, prefix match) named as a patient would know the test. */
export const PLAIN_FIELD = {
  "labs.serumMProtein": "the amount of abnormal protein in the blood",
  "labs.urineMProtein": "the amount of abnormal protein in the urine",
  "labs.heavyChain": "the type of abnormal protein",
  "labs.lightChain": "the type of abnormal protein",
  "labs.involvedFreeLightChain": "a blood test of light chains",
  "labs.uninvolvedFreeLightChain": "a blood test of light chains",
  "labs.immunofixation": "a blood test that finds the abnormal protein",
  "labs.serumImmunofixation": "a blood test that finds the abnormal protein",
  "labs.urineImmunofixation": "a urine test that finds the abnormal protein",
  "labs.hepatitisBSurfaceAntigen": "a hepatitis B blood test",
  "labs.hepatitisBCoreAntibody": "a hepatitis B blood test",
  "labs.calcium": "a blood calcium test",
  "labs.creatinine": "a blood test of kidney function",
  "labs.hemoglobin": "a blood count",
  "labs.albumin": "a blood protein called albumin",
  "labs.beta2Microglobulin": "a blood protein called beta-2",
  "labs.ldh": "a blood test called LDH, which shows how fast cells break down",
  "labs.ntProBnp": "a blood test of the heart",
  "labs.troponinT": "a blood test of the heart",
  // Review c67-W1: the IgG asked for by the immunoglobulin-replacement rules, said plainly.
  "labs.igg": "a blood test of your antibody levels (IgG)",
  "labs.iga": "levels of the normal blood proteins",
  "labs.igm": "levels of the normal blood proteins",
  "labs.neutrophils": "a blood count of the white cells that fight infection",
  "labs.platelets": "a blood count of the cells that help blood clot",
  marrow: "a bone marrow test",
  imaging: "a scan of the bones",
  // Review c91-m2: the MRI named when it alone is missing (a whole-body CT done; patient.ts missing()).
  "imaging.mriFocalLesions": "an MRI scan, which can find small spots in the bone marrow",
  biopsy: "a tissue sample",
  // The typing is done on the tissue already taken (review c20 handout 5: "a tissue sample" read as a new biopsy).
  "biopsy.amyloidType": "the lab test that shows which protein the amyloid in your tissue is made of",
  cytogenetics: "gene tests on the abnormal cells",
  "patient.age": "your age",
  "patient.sex": "your sex",
  "patient.weight": "your weight",
  // Review c75-m7: asked for the BMI that sets DRd's dexamethasone dose.
  "patient.height": "your height",
  fitness: "your answers to questions about your daily life and health",
  transplant: "whether a stem cell transplant is possible",
  conditions: "your other health problems",
  // Review c21-11: "your other health problems" read as if the fitness answers were missing.
  "conditions.amyloidOrgans": "whether amyloid affects organs such as the kidneys or the heart",
  "conditions.anticoagulation": "whether you take a blood thinner",
  // The gaps named as the clinician text names them (review c17 handout 18: "your other health problems"
  // said nothing of a missing liver test or clot history).
  "conditions.hepaticImpairment": "a test of how well your liver works",
  "conditions.vteHistory": "whether you have had a blood clot before",
  "conditions.hyperviscosity": "whether your blood is too thick",
  "conditions.neuropathyPainful": "whether your nerve damage is painful",
  "conditions.nyhaClass": "how much your heart failure limits you",
  "conditions.renalFailureOnDialysis": "whether you are on dialysis",
  treatmentHistory: "the treatments you have had",
  // The treatments are recorded; what is missing is their outcome (review c20 handout 4).
  "treatmentHistory.progressedOn": "whether the myeloma grew while you were on an earlier treatment",
  "treatmentHistory.progressionDate": "when the myeloma grew on an earlier treatment",
  series: "earlier test results",
} as const satisfies Record<string, string>;
export type PlainFieldKey = keyof typeof PLAIN_FIELD;

/** Abbreviations a clinician text may contain, with plain words for the patient summary. Longest
 * first, so "CrCl" is replaced before "Cr". */
export const PLAIN_ABBREVIATIONS: ReadonlyArray<readonly [RegExp, string]> = [
  [/\bautologous stem cell transplant(ation)?\b/gi, "stem cell transplant"],
  [/\b(ASCT|auto-?SCT|SCT|HSCT)\b/g, "stem cell transplant"],
  [/\bserum protein electrophoresis\b/gi, "blood protein test"],
  [/\burine protein electrophoresis\b/gi, "urine protein test"],
  [/\bimmunofixation\b/gi, "protein type test"],
  [/\bfree light chains?\b/gi, "light chain blood test"],
  [/\bSPEP\b/g, "blood protein test"],
  [/\bUPEP\b/g, "urine protein test"],
  [/\bIFE\b/g, "protein type test"],
  [/\bCBC\b/g, "blood count"],
  [/\bPET-?CT\b/g, "body scan"],
  [/\bMRI\b/g, "magnet scan"],
  [/\bCrCl\b/g, "kidney function"],
  [/\beGFR\b/g, "kidney function"],
  [/\bGFR\b/g, "kidney function"],
  [/\bVTE\b/g, "blood clots"],
  [/\bDVT\b/g, "blood clots"],
  [/\bPE\b/g, "a blood clot in the lung"],
  [/\bgrade\s*(≥|>=)\s*3\b/gi, "severe"],
  [/\bgrade\s*3\s*(–|-|to)\s*[45]\b/gi, "severe"],
  [/\bGBS\b/g, "a nerve disorder called Guillain-Barre"],
  [/\bparkinsonism\b/gi, "movement problems like Parkinson disease"],
  [/\bcranial nerve palsy\b/gi, "weak face muscles"],
  [/\bcytopenias?\b/gi, "low blood counts"],
  [/\bneutropenia\b/gi, "low white cell count"],
  [/\bthrombocytopenia\b/gi, "low platelet count"],
  [/\bhypogammaglobulinemia\b/gi, "low antibody levels"],
  [/\bCRS\b/g, "immune reaction with fever"],
  [/\bgrade\s*1\s*(–|-|to)\s*2\b/gi, "mild"],
  [/\boff-label\b/gi, "not approved for this use"],
  [/\bICANS\b/g, "nerve and brain side effects"],
  [/\bneurotoxicity\b/gi, "nerve and brain side effects"],
  [/\bPN\b/g, "nerve damage"],
  [/\b(peripheral )?neuropathy\b/gi, "nerve damage"],
  [/\bBP\b/g, "blood pressure"],
  [/\bHBV\b/g, "hepatitis B"],
  [/\bCMV\b/g, "a virus called CMV"],
  [/\bIVIG\b/g, "antibody drips"],
  [/\bG-CSF\b/g, "a shot that raises white cells"],
  [/\bANC\b/g, "white cell count"],
  [/\bTLS\b/g, "a problem from cells breaking down fast"],
  [/\bMI\b/g, "heart attack"],
  [/\bAKI\b/g, "sudden kidney damage"],
  [/\bCKD\b/g, "long-term kidney disease"],
  [/\bONJ\b/g, "jaw bone damage"],
  [/\bosteonecrosis of the jaw\b/gi, "jaw bone damage"],
  [/\bREMS\b/g, "a safety program"],
  [/\bPI\b/g, "a medicine of the type that includes bortezomib"],
  [/\bIMiDs?\b/g, "a medicine of the type that includes lenalidomide"],
  [/\bmAb\b/g, "antibody"],
  [/\bSC\b/g, "under the skin"],
  [/\bIV\b/g, "by drip"],
  [/\bPO\b/g, "by mouth"],
  [/\bRT\b/g, "radiation"],
  [/\bMM\b/g, "myeloma"],
  [/\bSMM\b/g, "smoldering myeloma"],
  [/\bBMPC\b/g, "marrow plasma cells"],
  [/\bFLC\b/g, "light chain"],
  [/\bOS\b/g, "survival"],
  [/\bPFS\b/g, "time without the disease getting worse"],
  [/\bAEs?\b/g, "side effects"],
  [/\bmL\/min(\/1\.73 ?m2)?\b/g, ""],
  [/\bmg\/m²/g, ""],
  [/\bvs\.?\b/g, "compared with"],
  [/\be\.g\.\s*/g, "for example "],
  [/\bi\.e\.\s*/g, "that is "],
  [/~\s*/g, "about "],
  [/≥|>=/g, "at least "],
  [/≤|<=/g, "at most "],
  [/>/g, "above "],
  [/</g, "below "],
];

/** Topics a clinician caution can touch, each as a short thing to ask about. A caution is never
 * rewritten as a claim (its wording may be a negation or a nuance); the patient gets the topic only. Each
 * pattern names what a caution is about, not a word that may stray into it (review c17 handout 4, 5, 7:
 * "number" gave nerve damage, "some fatal" in a hepatitis B caution gave only "the risk of death", and a
 * "label" anywhere gave "whether it is approved"). */
export const CAUTION_TOPIC_RULES = [
  [/\bdeaths?\b|mortality|fatal (adverse )?events|survival detriment/i, "death"],
  // Known positive serology (review c20 handout 6): the patient's own infection, not "an old infection ...
  // and the blood test for it".
  [/positive HBV serology|HBsAg or anti-HBc positive/i, "hepatitisBKnown"],
  [/hepatitis B|\bHBV\b/i, "hepatitisB"],
  [
    /infect|pneumon|IVIG|immunoglobulin replacement|hypogammaglob|\bCMV\b|\bHSV\b|\bVZV\b|zoster|vaccin|acyclovir|antiviral|antibiotic/i,
    "infections",
  ],
  [/no length|time window|stopping rule/i, "howLong"],
  [/\bCRS\b|cytokine release/i, "immuneReaction"],
  [/ICANS|neurotox|parkinson|\bGBS\b|guillain|cranial nerve|confusion/i, "brainNerves"],
  [/neuropath|\bPN\b|\bnumb(ness)?\b|tingl/i, "nerveDamage"],
  [/cardi|heart|arrhythm|hypertens|blood pressure|\bMI\b|NYHA/i, "heart"],
  [/\bVTE\b|thrombosis|thromboemb|clot|\bDVT\b|embol|anticoag/i, "clots"],
  [/renal|kidney|CrCl|eGFR|creatinine|dialysis/i, "kidneys"],
  [/hepatic|liver/i, "liver"],
  [/neutropen|thrombocytopen|cytopen|anemi|anaemi|blood count|\bANC\b|platelet/i, "bloodCounts"],
  [/ocular|\beyes?\b|kerat|vision/i, "eyes"],
  [
    /second (primary )?(cancer|malignanc)|\bSPMs?\b|secondary (cancer|malignanc)|T-cell malignanc/i,
    "secondCancer",
  ],
  [
    /off-label|not approved|approval is for|\bindicated\b|not in the (US |EU |FDA )?label|outside the (US |EU )?label|not authori[sz]ed/i,
    "approval",
  ],
  [/excluded|not studied|predates|not included|trial population/i, "studied"],
  [/BCMA|prior .*therap|refractory/i, "earlierTreatments"],
  [/pregnan|contracep|teratogen/i, "pregnancy"],
  [/\bREMS\b/i, "safetyProgram"],
  [
    /starting dose|dose (adjust|reduc|modif)|\bdosing\b|\breduce\b|reduced(-| )(dose|intensity)|dose-reduced|adjustment/i,
    "dose",
  ],
  // The anti-CD38 blood-bank caution is about blood-match tests, not about needing transfusions (review c17
  // handout 16: "Blood transfusions." under daratumumab read as "this drug needs transfusions").
  [/antiglobulin|blood bank|type and screen/i, "bloodBank"],
  [/transfus/i, "transfusion"],
  [/interfer|\bmask\b|\bband\b|\bSPEP\b|\bIFE\b/i, "labTests"],
  [/toxicit|side effect|adverse|\bAEs?\b|stopped|discontinu/i, "sideEffects"],
  [/\bjaw\b|\bONJ\b|osteonecrosis|dental/i, "jaw"],
  [/hospital|admission|inpatient|stay near/i, "hospital"],
  [/tumou?r lysis|\bTLS\b/i, "cellBreakdown"],
  [/diabet|glucose|hyperglyc/i, "bloodSugar"],
  [/\brash\b|\bskin\b|\bnails?\b/i, "skin"],
  [/taste|dysgeusia|weight loss/i, "taste"],
  [/fluid|edema|oedema/i, "fluid"],
] as const satisfies ReadonlyArray<readonly [RegExp, string]>;
export type CautionTopicId = (typeof CAUTION_TOPIC_RULES)[number][1];

/** The topics in English, as the patient summary asks about them. */
export const EN_CAUTION_TOPICS: Readonly<Record<CautionTopicId, string>> = {
  death: "serious risks, including the risk of death",
  hepatitisBKnown: "your hepatitis B: a medicine so it does not flare up, and blood tests",
  hepatitisB: "an old hepatitis B infection that could wake up, and the blood test for it",
  infections: "infections",
  howLong: "how long to take it",
  immuneReaction: "a strong immune reaction with fever",
  brainNerves: "effects on the brain and nerves",
  nerveDamage: "nerve damage, like numbness or tingling",
  heart: "the heart and blood pressure",
  clots: "blood clots",
  kidneys: "your kidneys and the dose",
  liver: "the liver",
  bloodCounts: "low blood counts",
  eyes: "the eyes",
  secondCancer: "the chance of another cancer later",
  approval: "whether it is approved for this use",
  studied: "whether the research included people like you",
  earlierTreatments: "how well it works after your earlier treatments",
  pregnancy: "pregnancy and birth control (a safety program checks this)",
  safetyProgram: "the safety program for this medicine, and the checks it asks for",
  dose: "the right dose for you",
  bloodBank:
    "blood-match tests for a transfusion. Daratumumab and isatuximab can upset them. A blood bank needs to know if you get one",
  transfusion: "when a blood transfusion can be given",
  labTests: "how it can change some lab tests",
  sideEffects: "which side effects are common or serious",
  jaw: "the jaw bone and dental care",
  hospital: "hospital stays",
  cellBreakdown: "fast breakdown of cells",
  bloodSugar: "blood sugar",
  skin: "the skin and nails",
  taste: "taste changes and weight loss",
  fluid: "fluid build-up",
};

/** [pattern, English topic] pairs. */
export const PLAIN_CAUTION_TOPICS: ReadonlyArray<readonly [RegExp, string]> = CAUTION_TOPIC_RULES.map(
  ([re, id]) => [re, EN_CAUTION_TOPICS[id]] as const,
);

/** A caution that only says the reference marks something UNVERIFIED: the patient summary says that
 * in its own words ("still being checked"), so it is not a topic. */
const UNVERIFIED_MARKER = /^Part of this is marked UNVERIFIED|^\(?UNVERIFIED/i;

/** A caution that opens with the treatment it follows ("After BCMA CAR-T: boxed warning for secondary
 * T-cell malignancies") is about that setting, not about the option it is listed with (an antibiotic to
 * prevent infections after CAR-T): only how long the option is needed is the patient's question about it
 * (review c17 handout 5: the antibiotic read as if it could cause cancer). */
const SETTING = /^After [\w -]{1,30}:/;
const SETTING_TOPICS: ReadonlySet<CautionTopicId> = new Set(["howLong"]);

/** Topics a more telling topic of the same caution already covers (review c17 handout 16): the blood-bank
 * point is the lab test and the transfusion; a pregnancy-prevention programme is the safety program. */
const COVERED_BY: ReadonlyArray<readonly [CautionTopicId, readonly CautionTopicId[]]> = [
  ["bloodBank", ["labTests", "transfusion"]],
  ["pregnancy", ["safetyProgram"]],
];

/** The topics a list of cautions touch, in table order and in the words of `topicWords` (English by
 * default), and how many cautions matched none. */
export function cautionTopics(
  cautions: readonly string[],
  topicWords: Readonly<Record<CautionTopicId, string>> = EN_CAUTION_TOPICS,
): { topics: string[]; unmatched: number } {
  const hit = new Set<CautionTopicId>();
  let unmatched = 0;
  for (const c of cautions) {
    if (UNVERIFIED_MARKER.test(c)) continue;
    const setting = SETTING.test(c);
    const here = new Set<CautionTopicId>();
    for (const [re, topic] of CAUTION_TOPIC_RULES)
      if (re.test(c) && (!setting || SETTING_TOPICS.has(topic))) here.add(topic);
    for (const [by, covered] of COVERED_BY) if (here.has(by)) for (const t of covered) here.delete(t);
    for (const t of here) hit.add(t);
    if (here.size === 0) unmatched += 1;
  }
  // Known hepatitis B: another caution's screening words ("the blood test for it") no longer apply.
  if (hit.has("hepatitisBKnown")) hit.delete("hepatitisB");
  return {
    topics: CAUTION_TOPIC_RULES.map(([, t]) => t)
      .filter((t) => hit.has(t))
      .map((t) => topicWords[t]),
    unmatched,
  };
}

/** Rewrites a clinician phrase in plainer words: expands abbreviations, removes reference markers. */
export function plainify(text: string): string {
  let out = text.replace(/\s*\[[^\]]*\]/g, "");
  for (const [re, plain] of PLAIN_ABBREVIATIONS) out = out.replace(re, plain);
  return out
    .replace(/\s+([,.;:)])/g, "$1")
    .replace(/\(\s+/g, "(")
    .replace(/\s{2,}/g, " ")
    .trim();
}

/** The plain name of a record field, by longest matching prefix, or null when none matches. A pair of
 * fields ("labs.involvedFreeLightChain / labs.uninvolvedFreeLightChain") is named by its first. */
export function plainField(
  field: string,
  names: Readonly<Record<PlainFieldKey, string>> = PLAIN_FIELD,
): string | null {
  // The entry's number is no part of the name ("treatmentHistory.0.progressedOn").
  const first = (field.split(" / ")[0] ?? field).replace(/\.\d+(?=\.|$)/g, "");
  let best: string | null = null;
  let bestLen = -1;
  for (const [prefix, words] of Object.entries(names)) {
    if ((first === prefix || first.startsWith(`${prefix}.`)) && prefix.length > bestLen) {
      best = words;
      bestLen = prefix.length;
    }
  }
  return best;
}

/** Every glossary entry with its meaning, for the readability test. */
export function allPlainTerms(): PlainTerm[] {
  return [
    ...Object.values(PLAIN_CATEGORY),
    ...Object.values(PLAIN_OPTION_KIND),
    ...Object.values(PLAIN_STRENGTH),
    ...Object.values(PLAIN_RESPONSE),
    ...Object.values(PLAIN_RISK),
    ...Object.values(PLAIN_STAGE),
  ];
}

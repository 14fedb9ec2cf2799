/** English words for the patient handout. Every sentence the handout shows comes from this table, so a
 * second language is a second table of the same shape (words/types.ts). Reading level: Flesch-Kincaid
 * grade <= 8, checked by readability.test.ts. */

import { DECISION_SUPPORT_NOTICE } from "../../engine/version.js";
import type { AmyloidOrgan } from "../../model/enums.js";
import { longDate } from "../extras.js";
import {
  EN_CAUTION_TOPICS,
  PLAIN_CATEGORY,
  PLAIN_FIELD,
  PLAIN_OPTION_KIND,
  PLAIN_RESPONSE,
  PLAIN_RISK,
  PLAIN_STAGE,
  PLAIN_STRENGTH,
  plainify,
} from "../plain-words.js";
import type { HandoutWords, OptionNameInput, StageScale, SummaryWords } from "./types.js";

/** The staging system of a myeloma stage, in words (review c60-m5). */
const SCALE_NAME: Readonly<Record<StageScale, string>> = {
  "R-ISS": "revised international scale",
  ISS: "international scale",
};

function joinWith(word: string) {
  return (xs: string[]): string =>
    xs.length <= 1 ? xs.join("") : `${xs.slice(0, -1).join(", ")} ${word} ${xs[xs.length - 1]}`;
}
const and = joinWith("and");
const unique = (xs: string[]): string[] => [...new Set(xs)];

/** The organs AL amyloid can involve (model/enums.ts AmyloidOrgan), in plain words (review c85-m1; the two kinds of
 * nerve are one word for a patient). */
const EN_ORGAN: Readonly<Record<AmyloidOrgan, string>> = {
  heart: "heart",
  kidney: "kidneys",
  liver: "liver",
  "gi-tract": "gut",
  "peripheral-nerve": "nerves",
  "autonomic-nerve": "nerves",
  "soft-tissue": "soft tissues",
};

/** "4-drug treatment with daratumumab (D-VRd)"; one drug: "Lenalidomide alone (R)". */
function regimenName(o: OptionNameInput): string {
  const code = o.code ? ` (${o.code})` : "";
  if (o.count === 0) return "Treatment with medicines";
  if (o.count === 1) return `${cap(o.drugs[0] ?? "")} alone${code}`;
  return `${o.count}-drug treatment with ${o.key ?? o.drugs[0]}${code}`;
}
const cap = (s: string) => (s === "" ? s : s[0]?.toUpperCase() + s.slice(1));
/** "Daratumumab alone" -> "daratumumab alone" inside a sentence; "CAR-T cell therapy" stays. */
const decap = (s: string) => (/^\p{Lu}\p{Ll}/u.test(s) ? s[0]?.toLowerCase() + s.slice(1) : s);

const SUMMARY: SummaryWords = {
  notice: DECISION_SUPPORT_NOTICE,
  madeBy: (date) =>
    `A computer program made this summary from your test results. It helps you talk with your care team. It does not replace them. It uses results up to ${date}.`,
  headings: {
    urgent: "Please read this first",
    findings: "What the tests show",
    risk: "How serious it is",
    health: "Your kidneys and general health",
    treatment: "How treatment is working",
    tests: "Tests that are due",
    options: "Your options to talk about",
    missing: "What is still missing",
    questions: "Questions to ask your care team",
    remember: "Please remember",
  },
  likely: (name) => `The tests do not give a clear answer yet. The most likely condition is ${name}.`,
  moreTestsToBeSure: "More tests are needed to be sure.",
  subtype: (code) => `Your care team may call the type of abnormal protein ${code}.`,
  couldChange: "Some test results are missing. They could change this answer.",
  riskFirst: (group) => `One scoring method puts your risk as ${group}.`,
  riskSecond: (group, second) => `${second ? "A second" : "One"} scoring method puts it as ${group}.`,
  riskUnknown: "We could not work out the risk yet, because some tests are missing.",
  myelomaStage: (n, scale, past) =>
    past
      ? `When your myeloma was first found, it was stage ${n} out of 3 on the ${SCALE_NAME[scale]}.`
      : `Your myeloma is stage ${n} out of 3 on the ${SCALE_NAME[scale]}.`,
  stageUnknown: "We could not work out the stage yet, because some tests are missing.",
  genesUnknown: "The results of gene tests on the myeloma cells are not known yet.",
  genesStandardNewestOnly:
    "By the newest way of sorting them (2025), the gene tests did not find the changes that doctors call high risk. Older ways count one of the changes found as high risk. Your care team can tell you what this means for you.",
  alStage2012: (n) => `Your AL amyloidosis is stage ${n} out of 4.`,
  alStage2004: (n) => `Your AL amyloidosis is stage ${n}, on a scale that goes up to stage 3.`,
  // Review c89-M1: the score is the CKD-EPI eGFR; the doses follow the Cockcroft-Gault CrCl, which counts the weight
  // (treatments.md conventions, 7a, 8a; criteria-and-scores.md 7.2): the score is not said to set them.
  kidneyScore: (n) =>
    `Your kidney function score is about ${n}. It comes from a blood test. The doses of some medicines use a different kidney calculation, which also counts your weight. So your doses may not match this score. Your team will tell you your dose.`,
  kidneyUnknown: "Your kidney function could not be worked out from the results given.",
  dialysis:
    "Your records show you are on dialysis. The doses of some medicines are set for people on dialysis.",
  fitnessGroup: (name) => `Your fitness group is: ${name}.`,
  simplifiedFrail:
    "On a second, simpler scale that also counts how active you are day to day, you are in the frail group.",
  lines: (n) =>
    n === 1
      ? "Your records show one treatment plan so far."
      : `Your records show ${n} treatment plans so far.`,
  confirmNeeded: "One more test is needed to be sure.",
  continueStudied:
    "Your team checks your blood and urine to see how well it works. They may lower or pause a drug if side effects are hard. A new treatment is needed if the myeloma grows, or if side effects stay too hard.",
  continueWhileResultsChecked:
    "Some of your results have changed. Your team will check them before deciding whether to go on with the treatment you have now or to change it.",
  responseUnknown: "We cannot tell from these results how well the treatment is working.",
  activeAgain: "The tests show the disease has become more active again.",
  antibodyInterference:
    "One of your medicines can show up in the protein test. A special lab test may be needed to read it.",
  bandBackMayBeMedicine:
    "A protein test that was clear now shows a small band again. It may be one of your medicines or the myeloma. A special lab test can tell them apart.",
  alResponseUnverified:
    "This response uses the light chain tests for AL amyloidosis. How it is measured is still being checked.",
  testOverdue: (test, date) => `${test} This test is overdue. It was due on ${date}.`,
  testDue: (test, date) => `${test} This test is due now. It has been due since ${date}.`,
  testNext: (test, date) => `${test} Next due on ${date}.`,
  someOverdue: "Some tests are overdue. Ask your care team when to have them.",
  someDue: "Some tests are due now. Ask your care team when to have them.",
  whatItIs: "What it is:",
  medicines: (drugs) =>
    drugs.length === 1 ? `The medicine is ${drugs[0]}.` : `The medicines are ${and(drugs)}.`,
  hadBefore: (drugs) =>
    `This mix has ${and(drugs)}. Your myeloma stopped responding to ${drugs.length === 1 ? "it" : "them"} before, so this mix relies on its other drugs.`,
  hadBeforeClass: (drug, had) =>
    `This mix has ${drug}, a medicine of the same kind as ${had}. Your myeloma stopped responding to ${had} before, so this mix relies on its other drugs.`,
  didNotWorkWell: (drugs) =>
    `This mix has ${and(drugs)}. ${drugs.length === 1 ? "It" : "They"} did not work well for you before: your myeloma did not shrink enough. Your team will weigh this with care.`,
  didNotWorkWellClass: (drug, had) =>
    `This mix has ${drug}, a medicine of the same kind as ${had}. ${cap(had)} did not work well for you before: your myeloma did not shrink enough. Your team will weigh this with care.`,
  whyFits: "Why it may fit you:",
  aboutIt: "About it:",
  titleWithTransplant: {
    "transplant-candidate": "with a stem cell transplant",
    "not-transplant-candidate": "without a transplant",
  },
  askAbout: "Things to ask your team about:",
  askAboutShared: "Things to ask your team about, for several of the options below:",
  askAboutFor: (topic, numbers) => {
    const which = `options ${and(numbers.map(String))}`;
    return topic.endsWith(")") ? `${topic.slice(0, -1)}; ${which})` : `${topic} (${which})`;
  },
  whatToWatch: "What to watch out for.",
  unverified: "Some facts behind this option are still being checked.",
  noOptions: "This tool did not find a treatment option to list for now. Your care team can tell you more.",
  optionsIntro: "These are options to talk over with your care team. They are not orders.",
  alertWarning: "Some results are worth a closer look. Your care team will go over them with you.",
  missingIntro: "This information was not in the record. It would help to decide.",
  // "We do not have whether..." is no English: a yes/no or how-much gap is "We do not know" (review c20
  // handout 3).
  missingItem: (name) =>
    /^(whether|how much|when) /.test(name) ? `We do not know ${name}.` : `We do not have ${name}.`,
  questions: {
    meaning: "What do these results mean for me?",
    checkups: "How often should I have checkups, and which tests?",
    signsWorse: "What signs mean it may be getting worse?",
    whichOption: "Which of these options do you suggest for me, and why?",
    sideEffects: "What side effects should I watch for?",
    dailyLife: "How will the treatment fit with my daily life?",
    transplant: "Could a stem cell transplant be right for me?",
    trial: "Is there a research study I could join?",
    moreTests: "Do I need more tests before we decide?",
    dueTests: "Am I due for any tests now?",
    whoToCall: "Who should I call if I feel unwell?",
  },
  rememberTalk: "Talk with your care team before you change anything.",
};

export const EN: HandoutWords = {
  lang: "en",
  title: "Your health summary",
  notice:
    "Decision support only: these are options to talk over with your care team, not orders or medical advice. A computer program made this summary from your test results. It does not replace your care team.",
  madeBy: (date) => `It uses results up to ${date}.`,
  date: longDate,
  headings: {
    meaning: "What this means",
    next: "What happens next",
    options: "Options to talk about",
    support: "Care alongside treatment",
    questions: "Questions to ask",
  },
  category: PLAIN_CATEGORY,
  fits: (name) => `Your results fit a condition called ${name}.`,
  neuropathyLinked:
    "Your care team will also check whether the nerve problem in your hands or feet is linked to the blood protein.",
  otherAmyloid:
    "Amyloid was also found in a tissue sample. Tests show it is not the kind made by plasma cells (AL amyloidosis). This summary does not cover that kind of amyloid. Your care team will plan its care with you.",
  alsoAl:
    "Your results also fit AL amyloidosis. In AL amyloidosis, an abnormal protein made by the same plasma cells builds up in organs such as the heart or the kidneys. Your care team will keep both in mind when they choose a treatment with you.",
  plasmaCellLeukaemia:
    "A blood test found many myeloma cells in the blood. Doctors call this plasma cell leukaemia. It is a fast-growing form of the disease. This summary lists the usual myeloma options; your care team will plan the treatment with you and may ask a specialist myeloma centre.",
  plasmaCellLeukaemiaTreated:
    "A blood test found many myeloma cells in the blood. Your care team will check what this means and talk with you about the next treatment.",
  alOrgans: (organs) => `The protein has built up in your ${and(unique(organs.map((o) => EN_ORGAN[o])))}.`,
  alHeartMedicines:
    "Before you start or change a heart medicine, tell the doctor that you have AL amyloidosis of the heart. Some heart medicines may not suit it. This advice is still being checked.",
  alMyelomaNotExcluded:
    "The tests clearly show AL amyloidosis. One more scan checks whether myeloma is there too.",
  alAsctGatesNotKnown:
    "A stem cell transplant uses a high dose of a strong drug, then your own stored stem cells. Heart blood tests are used to choose who can have it, and one of yours is still missing. Your team also checks how well your heart works before deciding. Only some people with this disease can have it.",
  alAsctTroponinNotRead:
    "A stem cell transplant uses a high dose of a strong drug, then your own stored stem cells. Heart blood tests are used to choose who can have it. One of yours was done with a different kind of test, so the usual test is still needed. Your team also checks how well your heart works before deciding. Only some people with this disease can have it.",
  lightChainMgusNoMarrow: {
    fits: "Your results fit light-chain MGUS.",
    marrowAndScan: "A bone marrow test and a scan can make sure.",
    marrow: "A bone marrow test can make sure.",
  },
  couldFit: (name) => `The results so far could fit ${name}. More tests are needed to be sure.`,
  anaemiaCauseFirst:
    "Your blood count (haemoglobin) is low. Your team will look for the cause first. This may include a bone marrow test. Then they will decide how to treat it.",
  countSinceStartNeeded:
    "Your record has no blood count taken since this treatment started. Your team will check it: the count tells them how to go on with the treatment. Call your team at once if you get a fever.",
  vaccinesAfter: {
    "car-t":
      "Vaccines help protect you from infections. Ask your CAR-T team when to have your vaccines. Do not have a live vaccine unless your team says you can.",
    transplant:
      "Vaccines help protect you from infections. Ask your transplant team when to have your vaccines. Do not have a live vaccine unless your team says you can.",
  },
  transfusionAfterThinning:
    "Your blood count is low. Your blood is also too thick right now, and a transfusion could make that worse. Your team will wait until your blood is thinner before giving one.",
  tooFewResults:
    "There are too few test results here to say what is going on. Nothing can be said about a condition yet.",
  unclear: "The tests so far do not give a clear answer.",
  endOrganUntested: {
    myelomaOpen:
      "Your results show signs of abnormal plasma cells. The blood tests that show if they harm the body (calcium, the kidneys and the blood count) are not done yet. Until then it is not known if this is an early stage that is watched, or myeloma that needs treatment.",
    earlyStages:
      "Your results show signs of abnormal plasma cells. The blood tests that show if they harm the body (calcium, the kidneys and the blood count) are not done yet. Your care team needs them before they can say which condition this is.",
  },
  flcDisputed:
    "Your results show signs of abnormal plasma cells. Two of your light chain results do not agree, and they decide which condition this is: an early stage that is watched, or myeloma that needs treatment. A new light chain test will tell.",
  // Review c83-W1: a bone event recorded before a scan of the bones (no lean named).
  boneEventNotImaged: {
    cord: "Your results show signs of abnormal plasma cells, and your records show pressure on your spinal cord. Myeloma in the bone may be the cause. A scan of all your bones is needed soon to be sure. The spine is treated now, without waiting for the scan.",
    fracture:
      "Your results show signs of abnormal plasma cells, and your records show a bone that broke because it was weak. Myeloma in the bone may be the cause. A scan of all your bones is needed soon to be sure. The broken bone is treated now, without waiting for the scan.",
    both: "Your results show signs of abnormal plasma cells, and your records show pressure on your spinal cord and a bone that broke because it was weak. Myeloma in the bone may be the cause. A scan of all your bones is needed soon to be sure. The spine and the broken bone are treated now, without waiting for the scan.",
  },
  unusedValue: (tests) =>
    tests.length === 1
      ? `A result was sent for ${and(unique(tests))}, but it could not be used, so this summary does not use it. Your care team will check it with the laboratory.`
      : `Results were sent for ${and(unique(tests))}, but they could not be used, so this summary does not use them. Your care team will check them with the laboratory.`,
  unusedValueUndecided:
    "Until then it is not known if this is an early stage that is watched, or myeloma that needs treatment.",
  workUpBeforeSmmLevel: {
    both: "Your results show signs of abnormal plasma cells. Your protein level has risen. Your last bone marrow test and bone scan were done before your protein level rose, so they may not show how things are now. Repeating them will tell if this is an early stage that is watched, or myeloma that needs treatment.",
    marrow:
      "Your results show signs of abnormal plasma cells. Your protein level has risen. Your last bone marrow test was done before your protein level rose, so it may not show how things are now. Repeating it, with a scan of the bones, will tell if this is an early stage that is watched, or myeloma that needs treatment.",
    imaging:
      "Your results show signs of abnormal plasma cells. Your protein level has risen. Your last bone scan was done before your protein level rose, so it may not show how things are now. Repeating it will help tell if this is an early stage that is watched, or myeloma that needs treatment.",
  },
  calciumUnderRead:
    "Your results show signs of abnormal plasma cells. Your calcium is at the high end, and it may be higher than the test shows, because a blood protein called albumin is low. A different calcium test will tell if this is an early stage that is watched, or myeloma that needs treatment.",
  biomarkerWithoutClone: {
    mgusMeaning:
      "MGUS means there is a blood protein made by a small group of plasma cells. Plasma cells are white blood cells in the bone marrow.",
    biomarker:
      "One of your results is often seen in myeloma, a cancer of plasma cells. But the bone marrow test found few of these cells. Your care team may do the bone marrow test again to be sure.",
    biomarkerNoMarrow:
      "One of your results is often seen in myeloma, a cancer of plasma cells. A bone marrow test has not been done yet. It shows how many of these cells there are. Your care team may do it to be sure.",
    watchWhy:
      "Regular checkups are a usual choice when the tests do not show myeloma. But one of your results is often seen in myeloma, so your blood tests are due now. A bone marrow test decides what comes next. Your care team will then tell you how often you need tests.",
  },
  endOrganQuestion: {
    kidney:
      "Your kidneys are not working as well as they should. You also have an abnormal protein in your blood. The tests so far cannot tell if this protein is harming the kidneys, or if something else is. They do not show myeloma.",
    proteinuria:
      "Your kidneys are letting too much protein into the urine. You also have an abnormal protein in your blood. The tests so far cannot tell if this protein is harming the kidneys, or if something else is. They do not show myeloma.",
    other:
      "Some of your blood test results are not normal. You also have an abnormal protein in your blood. The tests so far cannot tell if the protein causes these results, or if something else does. They do not show myeloma.",
  },
  igmPathway:
    "Your blood has a protein type called IgM. With IgM, a related condition called Waldenström macroglobulinemia is more likely than myeloma. It is a kind of lymphoma. Other tests are needed to tell them apart. This summary does not cover that condition, so your care team will guide those tests.",
  framing: {
    "mm-new":
      "This is serious news, and it is normal to feel worried. There are many ways to treat myeloma. Your care team will help you choose what fits you.",
    "mm-progressed":
      "It is hard news when the disease grows again. There are still more treatments to talk about. Your care team will help you choose the next one.",
    "al-amyloidosis":
      "This is serious news, and it is normal to feel worried. AL amyloidosis can be treated. Treatment aims to stop the harmful protein.",
    unclear: "Waiting for answers can be hard. The next tests will help to give a clear answer.",
  },
  framingRefractory: "Your care team will go over the options with you and help you choose the next step.",
  responseName: PLAIN_RESPONSE,
  stage: {
    myeloma: (n, scale, past) =>
      `${past ? `When your myeloma was first found, it was stage ${n}` : `Your myeloma is stage ${n}`} out of 3 on the ${SCALE_NAME[scale]}. A higher stage can mean it is harder to treat.`,
    olderScale: (n, past) =>
      `On the older international scale, which uses two blood tests only, it ${past ? "was" : "is"} stage ${n}.`,
    amyloidosis: (n, top, past) =>
      `${past ? `When your AL amyloidosis was first found, it was stage ${n}` : `Your AL amyloidosis is stage ${n}`}, on a scale that goes up to stage ${top}. A higher stage means more serious disease.`,
    setAtDiagnosis:
      "Myeloma is given a stage when it is first found, from tests taken then. Those results are not in this record with their dates, so this summary cannot give your stage. Your care team can tell you.",
    atDiagnosis: (n) =>
      `When your myeloma was first found, it was stage ${n} out of 3. A higher stage can mean it is harder to treat.`,
    alSetAtDiagnosis:
      "AL amyloidosis is given a stage when it is first found, from tests taken then. Some of those results are not in this record from before your first treatment, so this summary cannot give your stage. Your care team can tell you.",
  },
  earlyRelapseAfterTransplant:
    "The disease came back within a year of your stem cell transplant. Doctors see this as a sign of higher risk. It is a reason to start the next treatment soon. You can also ask about research studies.",
  highRiskGenes:
    "The myeloma cells have gene changes that doctors call high risk. This helps choose treatment.",
  highRiskB2m:
    "A blood test called beta-2 microglobulin is high while your kidney tests are normal. Doctors call this high-risk myeloma. This helps choose treatment.",
  highRiskB2mAtDiagnosis:
    "When your myeloma was first found, a blood test called beta-2 microglobulin was high while your kidney tests were normal. Doctors count this as high-risk myeloma. This helps choose treatment.",
  smmChance: (n) =>
    `About ${n} in 100 people with results like yours get active myeloma within 2 years. About ${100 - n} in 100 do not.`,
  smmChanceOlderTests: (marrow, imaging) =>
    marrow
      ? `This figure comes from a bone marrow test${imaging ? " and a scan" : ""} done before your protein began to rise. New tests could change it.`
      : "The diagnosis rests partly on a scan done before your protein began to rise. A new scan could change it.",
  smmWatchOrTreat:
    "Your team may suggest watching it closely with regular blood tests, or treatment to slow it down.",
  treatedBefore: "Your records show you have had treatment for it before.",
  onSmmTreatmentNow: "Your records show you are getting treatment for it now.",
  onFirstTreatment: "Your records show you are on your first treatment for it.",
  response: {
    good: (name) => `Your latest results show ${name}.`,
    early:
      "Your early results look like the disease is responding to treatment. A second test is needed to confirm this.",
    deeper: (name) =>
      `Your results show ${name}. The latest results look even better. A second test is needed to confirm this.`,
    atLeast: (name) => `Your latest results show at least ${name}. It may be even better.`,
    // Review c27-m2: not "again" (a first rise three weeks into the first treatment never had a response).
    growing: "Your latest results show the disease is growing.",
    alNotEnough:
      "Your latest results show the treatment has not yet lowered the harmful light chain enough. Your care team will look at this with you.",
    alLightChainRising:
      "Your light chain test has gone up since your last treatment. Your team will look at this with you.",
    alLightChainRisingOnTreatment:
      "Your light chain test has gone up again during your treatment. Your team will look at this with you.",
    alLightChainHigherOnce: "Your last light chain test was higher. Your team will repeat it.",
    alBelowGoal:
      "Your treatment has lowered the light chain, but not as far as the goal your team aims for. Your care team will talk with you about a change of treatment.",
    backAfterComplete:
      "Your records show a complete response earlier on this treatment. Now some of the abnormal protein can be found again. Your care team is keeping a close watch on it.",
    growingLabsOnly:
      "So far the growth shows only in your blood tests. None of the signs your team looks for at a relapse were found: new bone damage, high calcium, a big drop in blood count, worse kidney tests or thick blood. Your care team will decide with you when to start the next treatment.",
    mayBeGrowing: "Your latest results show the disease may be growing. A repeat test is needed to be sure.",
    risenSinceLowest: (measure) =>
      `But ${{ serum: "the abnormal protein in your blood", urine: "the abnormal protein in your urine", flc: "the abnormal light chain in your blood" }[measure]} has gone up again since its lowest level on this treatment. Your care team will check with you whether this means the disease is growing again.`,
    changed:
      "Some of your latest results have changed since earlier tests. They may mean the disease is starting to come back. Your care team will check them with you, and may repeat some tests, before deciding whether to change your treatment.",
    mrdNegative:
      "A very sensitive test of your bone marrow found no myeloma cells. Doctors call this MRD-negative.",
    mrdPositive: "A very sensitive test of your bone marrow still found a few myeloma cells.",
    mrdNegativeLessSensitive:
      "A test of your bone marrow found no myeloma cells. It was not as sensitive as the test doctors use to call this MRD-negative.",
    mrdNegativeSensitivityUnknown:
      "A test of your bone marrow for the last few myeloma cells (MRD) found none. Your care team can tell you how sensitive the test was.",
    mrdNotYet:
      "Your bone marrow test for the last few myeloma cells (MRD) can only be read once the blood and urine tests show a complete response.",
    notYetAfterCarT:
      "It is too early to tell how well the CAR-T treatment works: there has been no test of the disease since the infusion yet.",
    serumClearUrineMarrowToTell: (awaiting) =>
      `Your blood tests no longer find the abnormal protein. ${awaiting.length > 1 ? "Urine and bone marrow tests are" : awaiting[0] === "urine" ? "A urine test is" : "A bone marrow test is"} needed to tell whether this is a complete response.`,
    mrdNotGraded:
      "Your record has a bone marrow test for the last few myeloma cells (MRD). Your team will tell you what it means, together with your other latest tests.",
  },
  urgent: "Please contact your care team today about some of your results.",
  urgentAbout: (reason) => `Please contact your care team today about ${reason}.`,
  clotPrevention: {
    hadClot:
      "You had a blood clot before. Some myeloma pills raise the risk of clots. Ask your team about a blood thinner shot to prevent them.",
    highRisk:
      "Your risk of blood clots is higher. Some myeloma pills raise it. Ask your team about a blood thinner shot to prevent clots.",
  },
  clotPreventionLowPlatelets: {
    hadClot:
      "You had a blood clot before. Some myeloma pills raise the risk of clots. Your platelets are low, and a blood thinner can make bleeding more likely. Ask your team whether a blood thinner is right for you while your platelets are low.",
    highRisk:
      "Your risk of blood clots is higher. Some myeloma pills raise it. Your platelets are low, and a blood thinner can make bleeding more likely. Ask your team whether a blood thinner is right for you while your platelets are low.",
  },
  thinnerLowPlatelets:
    "Your platelets are low, and your blood thinner or aspirin can make bleeding more likely. Your team will talk with you about it. Call your care team at once for bleeding or bruising.",
  lowCalciumDenosumab:
    "Your calcium is lower than normal. The bone medicine denosumab can lower it more. Your team will bring your calcium up before you get denosumab, and check it again.",
  denosumabStopped: "Your bone medicine denosumab was stopped, and stopping it needs a plan from your team.",
  zoledronicAcidPaused:
    "Your team may pause zoledronic acid to protect your kidneys, because a kidney blood test went up.",
  carT: {
    given:
      "You had a one-time CAR-T infusion. It is not a treatment you keep taking. Your team now checks how well it works.",
    undated:
      "CAR-T treatment is a one-time infusion. It is not a treatment you keep taking. Your record does not show the day of your infusion yet.",
    firstWeeks:
      "For 2 weeks after the infusion, do not drive and stay near your treatment centre. Go to hospital at once if you have a fever, chills, confusion, trouble speaking or writing, or severe diarrhoea.",
    later:
      "Some side effects can come weeks or months later. Tell your team at once about a fever, confusion, trouble speaking, writing or moving, weakness on one side of the face, or severe diarrhoea. You will have check-ups for life, also for any new cancer.",
    step: "Check-ups after the CAR-T infusion",
    firstWeeksStep: (until) =>
      `Close watch by your team after the CAR-T infusion, until ${until}, then regular checkups`,
    lowCounts: ({ neutrophils, platelets }, feverSaid) => {
      const low =
        neutrophils && platelets
          ? "Your white blood cells and platelets are low after the CAR-T. Infections and bleeding are more likely."
          : neutrophils
            ? "Your white blood cells are low after the CAR-T. Infections are more likely."
            : "Your platelets are low after the CAR-T. Bleeding is more likely.";
      const signs = [neutrophils && !feverSaid ? "a fever" : null, platelets ? "bleeding or bruising" : null];
      const call = signs.filter((x) => x !== null).join(", ");
      return call ? `${low} Call your care team at once for ${call}.` : low;
    },
    on: (date) => `The infusion was on ${date}.`,
  },
  continuousNow:
    "You are on a treatment that goes on for as long as it works and you can take it. Your team checks how well it works.",
  continuousStep: "Treatment that goes on for as long as it works",
  continuousStoppedNow:
    "Your treatment has stopped, and the disease has not grown. Your team will check your tests and talk with you about whether to restart it.",
  continuousStoppedStep: "Your first treatment, which has now stopped",
  maintenanceStoppedStep: "Your long-term treatment, which has now stopped",
  lineStoppedNow:
    "Your last treatment was stopped. Your records do not show yet how the disease is now. Your team will check your tests and talk with you about the next treatment.",
  stoppedEarlyNow:
    "Your first treatment was stopped early, before tests showed how well it worked. Your team will check your tests and talk with you about the next treatment.",
  stoppedEarlyStep: "Your first treatment, stopped early",
  nextTreatmentTalkStep:
    "Tests to see how the disease is now, and a talk with your team about the next treatment",
  restartTalkStep: "Checkups without treatment, and a talk with your team about whether to restart it",
  postTransplantStepsDone:
    "You have had a stem cell transplant and the treatment after it. Long-term treatment to keep the disease down is next.",
  postTransplantLongAgo: (months) =>
    `You had a stem cell transplant at least ${months} months ago. No treatment since then is in your record. Your care team will talk with you about what comes next.`,
  onBispecific: {
    warningSigns:
      "This medicine can cause a strong immune reaction (fever, chills, dizziness) or effects on the brain (confusion, trouble speaking or writing, sleepiness), most often in the first weeks. Go to hospital at once if they happen.",
    stepUpUs:
      "After each step-up dose you stay in the hospital for 2 days (48 hours), so your team can watch for side effects.",
    stepUpEu:
      "After each step-up dose you stay near the hospital for 2 days, and your team checks you every day.",
    talquetamab:
      "This medicine can also change your taste, your nails and your skin, and cause weight loss or trouble swallowing. Tell your team if this happens.",
    infections:
      "This medicine also makes infections more likely, for as long as you take it and for months after.",
    fever: "Call your team at once if you get a fever.",
  },
  anaemiaAttribution:
    "Your blood count is low (anemia). Before treatment starts, your care team will check that it comes from the myeloma and not from another cause.",
  pregnancyImid:
    "Your record says you are pregnant. Some myeloma medicines (lenalidomide, thalidomide and pomalidomide) cannot be used during pregnancy because they can harm the baby. Your care team will plan your treatment with this in mind, with a pregnancy specialist.",
  pregnancyImidBeingGiven: (drugs) =>
    `Your record says you are pregnant, and your current treatment includes ${and(drugs)}. Please contact your care team today, before your next dose.`,
  pregnancyCurrentStep:
    "A talk with your care team today about your current treatment, because of your pregnancy",
  optionsNotWeighedPregnancy:
    "The options below were not chosen with your pregnancy in mind; your team and a pregnancy specialist will decide which fit.",
  labsDisagree:
    "Two of your lab results do not fit together. Your care team will check the test, and may repeat it, before they use it.",
  emergencyCordAndThickBlood:
    "Your records show pressure on your spinal cord (spinal cord compression) and blood that is too thick (hyperviscosity).",
  emergency: {
    "alert.spinal-cord-compression":
      "Your records show pressure on your spinal cord (spinal cord compression).",
    "alert.hyperviscosity": "Your records show that your blood is too thick (hyperviscosity).",
    "alert.hypercalcemia-severe":
      "Your results show far too much calcium in your blood (very high calcium). It can make you confused, sleepy or sick, and harm your kidneys.",
    "alert.hypercalcemia": "Your results show too much calcium in your blood (high calcium).",
    "alert.ndmm-renal-impairment.from-myeloma":
      "Your care team has found that the myeloma is harming your kidneys. Your kidneys need treatment to start quickly.",
    urgentNow:
      "This needs urgent care now. Call your care team right away. If you cannot reach them, go to an emergency department.",
  },
  mayStillTake: (drugs) =>
    `Your records do not show if you still take ${and(drugs)}. Your team will confirm which medicines you are taking now.`,
  untreatedAfterSmmTherapy: (drugs) =>
    `You have had treatment with ${and(drugs)} for smoldering myeloma. Treatment for active myeloma has not started yet. Your team will take the ${and(drugs)} into account when they choose your next treatment, and will tell you whether to keep taking it until then.`,
  untreatedLocalTherapy:
    "Your record shows treatment aimed at one spot, such as an operation or radiation. It shows no treatment with medicines for it yet.",
  nextAfterRadiotherapy:
    "Your care team will check you with blood and urine tests every few months. These tests look for any sign that the disease has come back or spread.",
  nextFallbackNoTests: {
    empty: "Your care team will choose the first tests.",
    unclear: "More tests are needed first. Your care team will tell you which ones.",
  },
  nextFallback: {
    empty: "Your care team will choose the first tests. These tests would tell what is going on:",
    unclear: "More tests are needed first. These tests would help:",
    mgus: "MGUS is watched with regular checkups and blood tests. Your care team will tell you how often.",
    "smoldering-myeloma":
      "Your care team will watch it with regular blood tests. They will tell you if treatment could help.",
    "mm-new":
      "Your care team will finish any tests still needed. Then they will talk with you about a first treatment.",
    "mm-on-treatment":
      "Your care team will keep checking how well the treatment works, with regular blood tests.",
    "mm-progressed": "Your care team will talk with you about a change to a new treatment.",
    plasmacytoma:
      "Your care team will plan treatment for the one spot. Then they will check you with regular tests.",
    "al-amyloidosis":
      "Your care team will check your heart, kidneys and nerves. Then they will talk with you about treatment.",
  },
  phase: {
    untreated: { now: "You have not had treatment for it yet.", step: "Tests and a first plan" },
    induction: {
      now: "You are in the first part of treatment. It aims to get the disease under control.",
      step: "First treatment to get the disease under control",
    },
    transplant: { now: "You are at the stem cell transplant step.", step: "Stem cell transplant" },
    // A plan step of this phase is the consolidation after the transplant (engine/plan.ts), more treatment,
    // not recovery (review c17 handout 8); without options it is the recovery (recoveryStep).
    "post-transplant": {
      now: "You have had a stem cell transplant and are getting over it.",
      step: "More treatment after the transplant",
    },
    maintenance: {
      now: "You are on long-term treatment to keep the disease down.",
      step: "Long-term treatment to keep it down",
    },
    "line-finished": {
      now: "You have finished a treatment, and the disease has not grown.",
      step: "Checkups without treatment",
    },
    relapsed: {
      now: "The disease has grown again after treatment.",
      step: "A new treatment",
      onLine: "You had treatment before, and you are now on a new treatment.",
      onLineStep: "Your current treatment",
    },
    // Refractory (criteria-and-scores 9.2, rajkumar-2011-blood): progression on the treatment or within 60
    // days of it. The engine's refractory phase always follows a progression; it does not tell primary
    // refractory disease (never a minimal response) apart, so no patient is told it "did not respond".
    refractory: {
      now: "The disease grew while you were on your latest treatment, or soon after it.",
      step: "A different kind of treatment",
    },
    // Therapy for high-risk smouldering myeloma (treatments.md 2b: daratumumab up to 36 months, len-dex to 2 years;
    // lenalidomide alone, E3A06, with no duration in the reference: review c67-U2's helper, no "set time" said).
    "smoldering-therapy": {
      now: "You are getting treatment to keep smoldering myeloma from turning active. Your team checks your blood often.",
      step: "Treatment for smoldering myeloma",
    },
    // Definitive radiotherapy of a solitary plasmacytoma being given (treatments.md 1).
    radiotherapy: {
      now: "You are getting radiation for the tumor now. When it ends, you will have check-ups every few months.",
      step: "Radiation for the tumor",
    },
  },
  recoveryStep: "Getting over the transplant",
  teamDecidesStep: "A talk with your team about whether more treatment is needed now",
  collectionForLaterStep: "Collecting and storing your stem cells, so a transplant can be done later",
  collectionStep: "Collecting and storing your stem cells",
  restOfFirstTreatmentStep: "The rest of your first treatment",
  // Review c79-M1: the collection due (plan step code "collection-due").
  collectionDue:
    "Your first treatment has gone on for about 3 months or more, and your records show no collection of your stem cells yet. They are usually collected within the first few months of this kind of treatment. Ask your team when it will be.",
  collectionDueStep: "First treatment; ask your team when your stem cells will be collected",
  switchToQuadrupletStep:
    "A change to a stronger mix of medicines, once your team knows how well your kidneys work",
  boneEventStep: {
    cord: "Urgent treatment of the spine (radiation and/or an operation), and a scan of all your bones",
    fracture: "Urgent treatment of the broken bone, and a scan of all your bones",
    both: "Urgent treatment of the spine (radiation and/or an operation) and of the broken bone, and a scan of all your bones",
  },
  lineOutcomeOpen: {
    possible: "You have finished a treatment. What comes next depends on the repeat test.",
    unknown: "You have finished a treatment. Your records do not show yet if the disease has grown again.",
    afterRadiotherapy:
      "You have finished radiation for the tumor. This summary cannot tell from your results if the disease has come back.",
    afterRadiotherapyRising:
      "You have finished radiation for the tumor. Since then, a protein level in your blood or urine has been going up. This can be a sign that the disease is coming back, so your care team will check for it and may want to see you sooner than usual.",
    alLightChainRising:
      "You have finished a treatment. Your team will check what the rise in your light chain test means for you, and how your organs are.",
    alLightChainHigherOnce:
      "You have finished a treatment. Your team will repeat your light chain test before deciding on the next step.",
    alLightChainRisingOnLine:
      "You are on a treatment now. Your team will check what the rise in your light chain test means for you, and how your organs are.",
  },
  planStatus: {
    done: "Done",
    current: "Now",
    next: "Next",
    later: "Later",
    "if-progressed": "Only if the disease grows",
  },
  afterRepeatTestStatus: "After the repeat test, if it allows",
  testsIntro: "These tests would help:",
  tests: {
    protein: "A blood and urine protein test shows if there is an abnormal protein, and how much.",
    urineMProtein: "A urine test over 24 hours shows if the abnormal protein is in the urine too.",
    lightChains: "A blood test of light chains shows if plasma cells make too much of one protein part.",
    amyloidType:
      "A lab test of the amyloid found in your tissue shows which protein it is made of. This helps choose the treatment.",
    marrow: "A bone marrow test shows how many plasma cells are in the marrow.",
    imaging: "A scan of the bones shows if any bone is harmed.",
    mri: "An MRI scan can find small spots in the bone marrow. They could change what your results mean.",
    organs: "Blood tests of calcium, the kidneys and the blood count show if the body is harmed.",
    igg: "A blood test of your antibody levels (IgG) shows if you have enough of the proteins that fight germs.",
    urineProtein: "A urine collection over 24 hours shows how much protein the kidneys let through.",
    kidneyBiopsy:
      "A kidney doctor may take a small sample of the kidney (a biopsy). It shows if the abnormal protein is harming the kidneys.",
    amyloidTissue:
      "A small tissue sample, for example from the fat under the skin of the belly, can show amyloid. Amyloid is a protein that can build up in organs.",
    genes: "Gene tests on the abnormal cells help choose treatment.",
    marrowCellType: "A bone marrow test shows which kind of abnormal cell is in the marrow.",
    genesIgm: "A gene test on the abnormal cells helps tell which of the two it is.",
  },
  undatedResults: (names) =>
    `Your record has your ${names} results, but not the date of each test. Your team needs these dates to compare your results over time.`,
  undatedName: { serum: "blood protein", urine: "urine protein", flc: "light chain" },
  overdue: (test, date) => `${cap(test)} is overdue. It was due on ${date}.`,
  overdueMany: (tests, date) => `${cap(tests)} are overdue. They were due on ${date}.`,
  due: (test, date) => `${cap(test)} is due now. It has been due since ${date}.`,
  dueMany: (tests, date) => `${cap(tests)} are due now. They have been due since ${date}.`,
  nextDue: (test, date) => `Your next ${test} is due on ${date}.`,
  nextDueNow: (test) => `Your next ${test} is due now.`,
  kidneyNewOnTreatment:
    "Your kidney tests have become worse. Your care team will look for the cause. It may be the myeloma, or something else.",
  kidneyFromMyelomaOnTreatment:
    "Your kidney tests have become worse because of the myeloma. This needs treatment soon. When the myeloma harms the kidneys, treatments with bortezomib are usually chosen first.",
  kidneyNotFromMyelomaOnTreatment:
    "Your kidney tests have become worse. Your care team has found that this is not caused by the myeloma, and will look after it.",
  kidneyAtDiagnosis: "Your kidneys are not working well. The myeloma may be the cause.",
  kidneyEarly:
    "If so, treatment started soon helps the kidneys. Ask your team how much to drink, and before taking painkillers such as ibuprofen.",
  kidneyCare: "Ask your team how much to drink, and before taking painkillers such as ibuprofen.",
  kidneyWorseUndated:
    "One of your kidney test results is worse than your other kidney tests, but its date is not in your record. Your care team will check when it was done and, if it is recent, look for the cause. It may be the myeloma, or something else.",
  hemoglobinFalling:
    "Your haemoglobin (the red blood cell level) has been going down over your recent tests. Your team will look for the cause.",
  proteinRising:
    "Your protein level has been going up over your recent tests. Your team may want to see you sooner than usual.",
  proteinBack:
    "A test that had found no myeloma protein in your blood or urine now finds it again. Your care team will go over what this means with you, and may repeat the test.",
  proteinBackAl:
    "A test that had found none of the abnormal light chain (the protein that forms the amyloid) in your blood or urine now finds it again. Your care team will go over what this means with you, and may repeat the test.",
  monitoredTest: plainify,
  optionsIntro: "These options are listed for people in your situation. They are not orders.",
  unverifiedNote: "* Some facts behind this option are still being checked.",
  pjpInPlaceOfTmpSmx: (reason) =>
    `Medicine to prevent a lung infection: atovaquone or pentamidine (not co-trimoxazole, because of ${reason === "sulfa" ? "your sulfa allergy" : "your allergy to it"})`,
  pjpInPlaceWhy:
    "Co-trimoxazole, the usual medicine for this, is not given to you because of your allergy. Atovaquone or pentamidine prevents the same serious lung infection. You take it while your immune system is weak.",
  currentAllergy: (drugs) =>
    `Your records show a serious allergy to ${and(drugs)}, ${drugs.length === 1 ? "one of your current medicines" : "medicines you take now"}. Please call your care team before your next dose.`,
  allergyNote: (substances) =>
    `Your records show an allergy to ${and(substances.map((x) => (x === "sulfonamides" ? "sulfa medicines (sulfonamides)" : x)))}. Your team will take this into account.`,
  optionsProvisional: "These options depend on the tests that are still missing.",
  optionsStepUpDoses:
    "Some immune treatments start with small step-up doses. After each step-up dose you stay in the hospital, or close to it, for 1 or 2 days. Your team watches you for side effects.",
  optionsEyeChecks:
    "Belantamab can harm the surface of the eyes. You will have an eye check before each dose.",
  optionsNerveDamage:
    "You have nerve damage (numbness, tingling or pain). Some medicines, bortezomib and thalidomide, can make it worse. So the options with them are lower on this list. Some cannot start until your nerves get better.",
  optionsFitness:
    "Your age or health can make strong treatments hard on the body. Options that may be too strong for you say so. Your team will weigh them against gentler ones with you.",
  optionsTransplantUndecided:
    "Some options depend on whether a stem cell transplant is right for you. Your care team will decide this with you.",
  optionsTransplantPath:
    "A stem cell transplant, with your stem cells collected before it and treatment after it (each in the full details)",
  optionsTransplantToConfirm:
    "Your records say a stem cell transplant is planned. Some of your health results argue against it, so your care team will check this with you. Some options depend on that choice.",
  optionsTransplantToConfirmAge:
    "Your records say a stem cell transplant is planned. Your age is above the usual ages for one, so your team will check this with you. Some options depend on that choice.",
  optionsPregnancy:
    "Lenalidomide, pomalidomide and thalidomide can harm an unborn baby. If you or your partner could become pregnant, you must avoid a pregnancy while you take them. Your team will explain how.",
  optionsPregnancyMale:
    "Lenalidomide, pomalidomide and thalidomide can harm an unborn baby. If you have sex with a partner who could become pregnant, use a condom every time while you take them. Your team will go through the safety programme with you.",
  optionsPregnancyNeutral:
    "Lenalidomide, pomalidomide and thalidomide can harm an unborn baby, so everyone who takes them follows a safety programme. Your team will go through the safety programme with you.",
  keepGoing: (name) =>
    name
      ? `The usual plan is to keep going with your current treatment: ${decap(name)}.`
      : "The usual plan is to keep going with your current treatment.",
  testsOverdueOnTreatment: (date) =>
    `Your tests are overdue. The last results in your records are from ${date}. Please contact your care team soon for new tests. They show if your treatment is still right for you.`,
  testsStale: (tests, many, date) => `Your ${tests} ${many ? "were" : "was"} last done on ${date}.`,
  testsStaleAsk: (many) =>
    many
      ? "Please ask your care team about repeating these tests."
      : "Please ask your care team about repeating this test.",
  currentWithChange: (name) =>
    name ? `Your current treatment is ${decap(name)}.` : "You are on a treatment now.",
  currentStudied:
    "This mix of medicines is still being studied. It was not approved for this use when last checked. You get it in a research study, or outside its approval, with the checks the study's plan sets.",
  currentToReview: (name) =>
    `${name ? `Your current treatment is ${decap(name)}.` : "You are on a treatment now."} Some of your results argue against going on with it as it is. Your care team will review it with you.`,
  doseChange: {
    reduce: (drug, reason) => `Because of ${reason}, your team may give you less ${drug}.`,
    hold: (drug, reason) =>
      `Because of ${reason}, your team may pause ${drug} for a while, then give less of it.`,
    pause: (drug, reason) =>
      `Because of ${reason}, your team may pause ${drug} until the count comes back up.`,
    stop: (drug, reason) => `Because of ${reason}, your team may stop ${drug}.`,
  },
  doseChangeReason: {
    nerves: "the nerve pain or numbness",
    neutrophils: "a very low count of the white blood cells that fight infection",
    platelets: "a very low count of the platelets that help your blood clot",
  },
  doseChangeAdvice: {
    nerves: null,
    neutrophils: "Call your team at once if you get a fever.",
    platelets: "Call your team at once if you bleed or bruise easily.",
  },
  noOptions: "This tool did not find a treatment option to list for now.",
  supportIntro: "Your care team may also talk about:",
  drug: {
    daratumumab: { name: "daratumumab" },
    isatuximab: { name: "isatuximab" },
    elotuzumab: { name: "elotuzumab" },
    bortezomib: { name: "bortezomib" },
    carfilzomib: { name: "carfilzomib" },
    ixazomib: { name: "ixazomib" },
    lenalidomide: { name: "lenalidomide" },
    pomalidomide: { name: "pomalidomide" },
    thalidomide: { name: "thalidomide" },
    dexamethasone: { name: "dexamethasone" },
    prednisone: { name: "prednisone" },
    cyclophosphamide: { name: "cyclophosphamide" },
    melphalan: { name: "melphalan" },
    selinexor: { name: "selinexor" },
    iberdomide: { name: "iberdomide" },
    "belantamab mafodotin": { name: "belantamab" },
    teclistamab: { name: "teclistamab" },
    elranatamab: { name: "elranatamab" },
    linvoseltamab: { name: "linvoseltamab" },
    talquetamab: { name: "talquetamab" },
    "ciltacabtagene autoleucel": { name: "cilta-cel" },
    "idecabtagene vicleucel": { name: "ide-cel" },
    "anitocabtagene autoleucel": { name: "anito-cel" },
    "zoledronic acid": { name: "zoledronic acid", role: "Bone medicine" },
    pamidronate: { name: "pamidronate", role: "Bone medicine" },
    denosumab: { name: "denosumab", role: "Bone medicine" },
    acyclovir: { name: "acyclovir", role: "Medicine to prevent shingles" },
    valacyclovir: { name: "valacyclovir", role: "Medicine to prevent shingles" },
    levofloxacin: { name: "levofloxacin", role: "Antibiotic to prevent infections" },
    "trimethoprim-sulfamethoxazole": { name: "co-trimoxazole", role: "Antibiotic to prevent infections" },
    "immune globulin": { name: "immune globulin", role: "Antibody drips to prevent infections" },
    epoetin: { name: "epoetin", role: "Medicine to raise the blood count" },
  },
  optionName: {
    observation: () => "Watch and wait, with regular tests",
    radiation: () => "Radiation to the one spot",
    surgery: () => "An operation",
    "systemic-therapy": regimenName,
    "stem-cell-transplant": (o) =>
      o.count > 0 ? `Stem cell transplant after high-dose ${and(o.drugs)}` : "Stem cell transplant",
    consolidation: (o) =>
      o.count > 0
        ? `Extra treatment after the transplant, with ${and(o.drugs)}`
        : "Extra treatment after the transplant",
    maintenance: (o) =>
      o.count > 0 ? `Long-term treatment with ${and(o.drugs)}` : "Long-term treatment to keep it down",
    "car-t": (o) => (o.count > 0 ? `CAR-T cell therapy with ${and(o.drugs)}` : "CAR-T cell therapy"),
    bispecific: (o) => (o.count > 0 ? `Immune treatment with ${and(o.drugs)}` : "Immune treatment"),
    // A study of a named regimen says which (review c17 handout 23: two items read "A research study").
    "clinical-trial": (o) =>
      o.count > 1
        ? `A research study of a ${o.count}-drug treatment with ${o.key ?? o.drugs[0]}`
        : o.count === 1
          ? `A research study of ${o.drugs[0]}`
          : "A research study (clinical trial)",
    "supportive-care": (o) =>
      o.count > 0
        ? `${o.role ?? "Medicine"}: ${joinWith("or")(o.drugs)}`
        : "Care for symptoms and side effects",
  },
  pendingTreatmentName: (o) =>
    `${o.count > 1 ? `${o.count}-drug treatment with ${o.key ?? o.drugs[0]}` : `Treatment with ${o.drugs[0]}`}: not approved, decision pending`,
  optionById: {
    "pathway.te.stem-cell-collection": "Collecting and storing your stem cells",
    // Review c63-M2: beside the transplant already given, not a second "Stem cell transplant after high-dose melphalan".
    "ndmm.te.tandem-asct": "A second stem cell transplant, planned after the first",
    "pathway.deferred.stem-cell-collection": "Collecting and storing your stem cells for a transplant later",
    "sc.bone.palliative-radiotherapy": "Radiation to ease bone pain",
    // Review c11-W2: the record has no fracture site, so the spine is a condition, never a fact.
    "sc.bone.kyphoplasty": "If a broken bone is in the spine: a procedure to support it",
    "sc.bone.surgery": "An operation to make a weak bone stable",
    "sc.anemia.transfusion": "A blood transfusion",
    "sc.vte.imid-prophylaxis": "Medicine to prevent blood clots",
    "sc.vte.imid-prophylaxis-if-chosen":
      "Medicine to prevent blood clots, if your treatment has a myeloma pill that raises the risk",
    "sc.vte.imid-high-risk-lmwh": "A blood thinner shot to prevent blood clots",
    "sc.vte.imid-already-anticoagulated": "The blood thinner you take now, to prevent blood clots",
    "sc.vaccination": "Vaccines",
    "sc.infection.hbv-screening": "A blood test for hepatitis B",
    "sc.infection.hbv-positive": "Care for a hepatitis B infection, now or in the past",
    "smm.on-therapy.daratumumab-course-complete":
      "Stopping daratumumab now that its planned time is reached, then regular checks",
    "sc.hypercalcemia": "Treatment to lower a high calcium level",
    "sc.hyperviscosity": "A treatment that filters the blood",
    "smm.on-therapy.monitoring": "Regular checks to see if the disease turns active",
    "sc.kidney-protection": "Care to protect the kidneys",
    "sc.kidney-protection.dialysis": "Care to protect the kidneys on dialysis",
    "sc.radiotherapy.extramedullary-plasmacytoma": "Radiation to a lump of myeloma outside the bone",
    "sp.extramedullary.excision": "An operation to take out the lump, then radiation",
    "pathway.observation-after-car-t":
      "Regular checkups and tests after CAR-T, with no more treatment for now",
  },
  optionByIdWithAlert: {
    "alert.spinal-cord-compression": {
      "sc.bone.palliative-radiotherapy": "Radiation to relieve pressure on the spinal cord",
      "sc.bone.surgery": "An operation to relieve pressure on the spinal cord or make the spine stable",
    },
  },
  and,
  or: joinWith("or"),
  marks: {
    preferred: "a common first choice",
    conditional: "only if the myeloma has come back",
    ifNotProgressed: "only if the myeloma has not come back",
    ifTransplant: "only if a transplant is right for you",
    ifTransplantChecks: "only if heart and other tests allow a transplant",
    ifNoTransplant: "only if a transplant is not right for you",
    eitherTransplant: "with or without a transplant",
    provisional: "only if the tests confirm the disease",
    researchOnly: "only in a research study",
    notApprovedYet: "not approved when last checked",
    afterThinning: "only after your blood is thinner",
    afterAnaemiaCause: "after your team looks for the cause of the low blood count",
    afterHeartTest: "only after a heart blood test that is still missing",
    afterHeartCheck: "only after your team checks how much your heart failure limits you",
    afterRestOfFirstTreatment: "after the rest of your first treatment",
    mayBeTooStrong: "may be too strong for you",
    mayNotSuitHeart: "may be hard on your heart",
    bloodPressureFirst:
      "can raise your blood pressure, which is not under control now: your team will check it first",
    studiedInFitter: "studied in people fitter than you",
    teamDecidesFit: "your team will decide whether this fits you",
    containsAllergen: (drugs) => `contains ${and(drugs)}, to which your records show an allergy`,
    relatedToAllergen: "contains a medicine related to one you had a serious allergy to",
    hadBefore: (drugs) => `${and(drugs)} stopped working for you`,
    hadBeforeClass: (drug, had) => `it has ${drug}, a medicine like ${had}, which stopped working for you`,
    didNotWorkWell: (drugs) => `${and(drugs)} did not work well for you before`,
    didNotWorkWellClass: (drug, had) =>
      `it has ${drug}, a medicine like ${had}, which did not work well for you before`,
    sameTarget: (had) => `same target as ${and(had)}; it may work less well`,
    sameTargetStopped: (had) => `same target as ${and(had)}, which stopped working for you`,
    sameTargetOnly: (had) => `same target as ${and(had)}`,
    stoppedForSideEffects: (drugs) =>
      `you stopped ${drugs.length === 0 ? "it" : and(drugs)} before because of side effects`,
    oneOf: (role, names) => `${role}, one of: ${joinWith("or")(names)}`,
    boneAgentGiven: (role, name) =>
      `${role}: ${name}, which you are having now; stopping it needs a plan from your team`,
    approvedOnlyIn: { eu: "approved in Europe only", us: "approved in the US only" },
    approvedNotYetElsewhere: {
      us: "approved in the United States, not yet in Europe",
      eu: "approved in Europe, not yet in the United States",
    },
    approvedForYouOnlyIn: {
      eu: "approved for your situation in Europe only",
      us: "approved for your situation in the United States only",
    },
    offLabelIn: {
      us: "not approved for this use in the United States, but your team may still use it",
      eu: "not approved for this use in Europe, but your team may still use it",
      both: "not approved for this use, but your team may still use it",
    },
    unverified: "*",
  },
  questions: {
    nextTests: "Which tests do I need next, and what will they show?",
    whenResults: "When will I get the results, and who will explain them?",
    meaning: "What do these results mean for me?",
    checkups: "How often should I have checkups, and which tests?",
    signs: "Which signs should I tell you about right away?",
    watchOrTreat: "Should we watch and wait, or would treatment help me now?",
    whichTreatment: "Which option do you suggest for me, and why?",
    working: "How will we know if the treatment is working?",
    whatNext: "What can we try if this treatment stops working?",
    transplant: "Could a stem cell transplant be right for me?",
    heartKidneys: "How are my heart and kidneys, and how will we check them?",
    radiation: "What will radiation be like, and what comes after it?",
    sideEffects: "What side effects should I watch for?",
    dailyLife: "How will treatment fit with my work and daily life?",
    dailyLifeHelp: "How will treatment fit with my daily life, and who can help me at home?",
    trial: "Is there a research study I could join?",
    overdue: "Which tests are due now, and where do I have them?",
    whoToCall: "Who should I call if I feel unwell?",
  },
  moreInFull: (n) =>
    n === 1 ? "One more option is in the full details." : `${n} more options are in the full details.`,
  print: "Print this summary",
  showFull: "Show full details",
  hideFull: "Hide full details",
  language: "Language",
  languageName: { en: "English", es: "Español" },
  genericName: (drug) => drug,
  summary: SUMMARY,
  glossary: {
    optionKind: PLAIN_OPTION_KIND,
    strength: PLAIN_STRENGTH,
    risk: PLAIN_RISK,
    stage: PLAIN_STAGE,
    field: PLAIN_FIELD,
    cautionTopic: EN_CAUTION_TOPICS,
    oneMedicine: "A medicine that works all through the body.",
    // treatments.md 5c (step-up / hospitalisation column): teclistamab SC, elranatamab SC, linvoseltamab IV.
    route: {
      teclistamab: "It is given as a shot under the skin.",
      elranatamab: "It is given as a shot under the skin.",
      linvoseltamab: "It is given as a drip into a vein.",
    },
    optionMeaningById: {
      // During the smouldering-myeloma treatment too, not "no treatment for now" (review c20 handout 2).
      "smm.on-therapy.monitoring":
        "You have regular checkups and blood tests, during your treatment and after it ends.",
      "sp.extramedullary.excision": "An operation to take out the lump. Radiation to the same spot follows.",
      // Not the transplant's own words: collection comes before it (review c17 handout 9).
      "pathway.te.stem-cell-collection":
        "Some of your own blood stem cells are taken from your blood with a machine and frozen. They can be used for a transplant later.",
      "pathway.deferred.stem-cell-collection":
        "Some of your own blood stem cells are taken from your blood with a machine and frozen. They are kept in case you have a transplant later.",
    },
  },
  patientText: (_id, english) => (english.trim() === "" ? null : plainify(english)),
  // The knowledge text (sc.bone.palliative-radiotherapy) less "or a pressed spinal cord".
  patientTextWithoutAlert: {
    "sc.bone.palliative-radiotherapy": {
      alert: "alert.spinal-cord-compression",
      text: "A short course of radiation can ease bone pain. It can also help a weak bone. It often takes one to five visits.",
    },
  },
};

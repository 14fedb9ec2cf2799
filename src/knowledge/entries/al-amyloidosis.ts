/** AL amyloidosis: D-VCd, VCd, ASCT by the troponin / NT-proBNP gates, cautions by cardiac stage
 * (treatments.md 6). */
import type { CautionDef, Condition, KnowledgeEntry, Strength, StrengthAdjustment } from "../types.js";
import { approved, offLabel, untreated } from "./common.js";

const al: Condition = { fact: "category", is: "al-amyloidosis" };
const stageIIIb: Condition = { fact: "alMayo2004Stage", is: "IIIb" };
const cardiacStage3: Condition = { fact: "alMayo2004Stage", in: ["III", "IIIa", "IIIb"] };
/** Troponin T below 0.035 ng/mL: low by the conventional cut-off, and below the high-sensitivity one
 * (>= 50 ng/L) too, so not stage III whatever the method (criteria-and-scores 5.1; review c18). */
const TROPONIN_LOW: Condition = { fact: "troponinTNgMl", lt: 0.035 };
/** Not Mayo 2004 stage IIIb: the stage says so, or NT-proBNP is at most 8,500 ng/L, which no troponin can
 * make IIIb, or the troponin is low, which no NT-proBNP can make stage III (European modification: IIIb =
 * stage III with NT-proBNP >8,500; criteria-and-scores 5.1). */
const notStageIIIb: Condition = {
  any: [{ not: stageIIIb }, { fact: "ntProBnpPgMl", lte: 8500 }, TROPONIN_LOW],
};
/**
 * Review c18 (U1): stage IIIb cannot be excluded when the stage is unknown, NT-proBNP is above 8,500 or not
 * recorded, and the troponin is not known to be low (criteria-and-scores 5.1). An unknown that can only
 * exclude D-VCd (treatments.md 6: not indicated for Mayo stage IIIb outside trials) never ranks it first.
 */
const stageIIIbNotExcluded: StrengthAdjustment = {
  id: "stage-iiib-not-excluded",
  when: {
    all: [
      { fact: "alMayo2004Stage", known: false },
      {
        any: [
          { fact: "ntProBnpPgMl", gt: 8500 },
          { fact: "ntProBnpPgMl", known: false },
        ],
      },
      { any: [{ fact: "troponinTNgMl", known: false }, { not: TROPONIN_LOW }] },
    ],
  },
  to: "consider",
  because:
    "Mayo 2004 stage IIIb is not excluded: NT-proBNP is above 8,500 ng/L or not recorded, and the troponin is not recorded or not low; at stage IIIb D-VCd is not indicated outside trials (excluded from ANDROMEDA). Not a first choice until troponin (and NT-proBNP) are measured",
  show: ["ntProBnpPgMl", "troponinTNgMl"],
  citations: ["wechalekar-2013-blood", "kastritis-2021-nejm-andromeda"],
  evidence: "verified",
};
/** NYHA class IIIB or IV recorded: D-VCd is not indicated outside trials (treatments.md 6, D-VCd row). */
const nyhaIIIbOrIV: Condition = { fact: "nyhaClass", in: ["IIIB", "IV"] };
/** No NYHA class that excludes D-VCd is recorded (an unknown class is held back by the adjustment below when
 * heart failure is recorded, not hidden). */
const nyhaNotExcluding: Condition = { any: [{ fact: "nyhaClass", known: false }, { not: nyhaIIIbOrIV }] };
/** Heart failure is recorded and its NYHA class is not: the class the D-VCd row and the transplant's soft
 * gate read is open (review c18). */
const HEART_FAILURE_CLASS_UNKNOWN: Condition = {
  all: [
    { fact: "heartFailure", is: true },
    { fact: "nyhaClass", known: false },
  ],
};
/**
 * Review c18 (U1): heart failure recorded without its NYHA class, or class III recorded without the
 * IIIA/IIIB split (with or without heart failure recorded): class IIIB/IV, where D-VCd is not indicated
 * outside trials, is not excluded. Not a first choice until the class is known.
 */
const nyhaNotExcluded: StrengthAdjustment = {
  id: "nyha-iiib-not-excluded",
  when: { any: [HEART_FAILURE_CLASS_UNKNOWN, { fact: "nyhaClass", is: "III" }] },
  to: "consider",
  because:
    "Heart failure is recorded and its NYHA class is not (or class III without the IIIA/IIIB split): at NYHA IIIB/IV D-VCd is not indicated outside trials (excluded from ANDROMEDA). Not a first choice until the class is recorded (conditions.nyhaClass)",
  show: ["heartFailure", "nyhaClass"],
  citations: ["kastritis-2021-nejm-andromeda"],
  evidence: "verified",
};
/**
 * Review c18 (U2): AL-directed therapy needs a monoclonal plasma-cell disorder shown (IMWG 2014 AL
 * requirement 4; criteria-and-scores 1.5). Amyloid in organs with no clone test done may be transthyretin
 * (ATTR), which this therapy does not treat: the regimens are not listed, even provisionally, until one is
 * shown (the plan asks for the tests). An unknown clone is not a shown one (`known` first).
 */
const cloneShown: Condition = {
  all: [
    { fact: "monoclonalDisorderShown", known: true },
    { fact: "monoclonalDisorderShown", is: true },
  ],
};
const NT_PRO_BNP_GATE: Condition = {
  any: [
    { fact: "ntProBnpPgMl", lte: 5000 },
    { fact: "dialysis", is: true },
  ],
};
/** Review c53-W3, c54-2: the troponin gate is the conventional assay's (Gertz 2013). A troponin T measured by a
 * high-sensitivity assay is not converted to it (criteria-and-scores.md 5.2), and the reference gives no
 * high-sensitivity cut-off for the gate, so the gate is not read from it; nor is it passed by a value whose assay is not
 * recorded (unknown is not normal). Such a value above 0.06 ng/mL still fails it, as it did: the transplant is held
 * whichever the assay (the staging, which has a cut-off for each assay, waits for the assay instead). */
const TROPONIN_HS: Condition = { fact: "troponinTHighSensitivity", is: true };
const TROPONIN_ASSAY_NOT_RECORDED: Condition = { fact: "troponinTHighSensitivity", known: false };
const TROPONIN_NOT_HS: Condition = {
  any: [TROPONIN_ASSAY_NOT_RECORDED, { fact: "troponinTHighSensitivity", is: false }],
};
const TROPONIN_AT_MOST_GATE: Condition = { fact: "troponinTNgMl", lte: 0.06 };
/** Gertz 2013: not a candidate if troponin T > 0.06 ng/mL or NT-proBNP > 5000 pg/mL (not on dialysis). */
export const AL_ASCT_GATES: Condition = {
  all: [{ fact: "troponinTHighSensitivity", is: false }, TROPONIN_AT_MOST_GATE, NT_PRO_BNP_GATE],
};
/** The NT-proBNP gate met, and the troponin measured by a high-sensitivity assay, or at most 0.06 ng/mL by an assay
 * not recorded: the troponin gate cannot be read. */
const TROPONIN_HS_OR_ASSAY_NOT_RECORDED: Condition = {
  any: [TROPONIN_HS, { all: [TROPONIN_ASSAY_NOT_RECORDED, TROPONIN_AT_MOST_GATE] }],
};
const AL_TROPONIN_GATE_NOT_READ: Condition = { all: [TROPONIN_HS_OR_ASSAY_NOT_RECORDED, NT_PRO_BNP_GATE] };
/** NT-proBNP not recorded, and not on dialysis (where its gate does not apply). */
const NT_PRO_BNP_NOT_RECORDED_OFF_DIALYSIS: Condition = {
  all: [{ fact: "ntProBnpPgMl", known: false }, { not: { fact: "dialysis", is: true } }],
};
/** Review c76-M1 (treatments.md 6, ASCT eligibility in AL: troponin T <=0.06 ng/mL, NT-proBNP <=5000 pg/mL unless on
 * dialysis): troponin T or NT-proBNP not recorded. A gate not known is not a failed gate (as a high-sensitivity
 * troponin, review c53-W3): the transplant was dropped from the options and the plan even with `candidate: yes`. */
const AL_GATE_VALUE_NOT_RECORDED: Condition = {
  any: [{ fact: "troponinTNgMl", known: false }, NT_PRO_BNP_NOT_RECORDED_OFF_DIALYSIS],
};
/** A gate value not recorded and no gate failed by a recorded value (AL_GATES_FAILED keeps the transplant off). */
const AL_GATES_NOT_RECORDED: Condition = {
  all: [
    {
      any: [
        { fact: "troponinTNgMl", known: false },
        { fact: "ntProBnpPgMl", known: false },
      ],
    },
    { any: [{ fact: "troponinTNgMl", known: false }, TROPONIN_AT_MOST_GATE, TROPONIN_HS] },
    { any: [{ fact: "ntProBnpPgMl", known: false }, NT_PRO_BNP_GATE] },
  ],
};
/** al.asct's adjustment for a gate value not recorded, and its finding's rule id (the plan step reads it). */
const AL_GATES_NOT_RECORDED_ID = "gates-not-recorded";
export const AL_ASCT_GATES_NOT_RECORDED = `al.asct.adjust.${AL_GATES_NOT_RECORDED_ID}`;
const TROPONIN_GATE_WORDS =
  "the Mayo gate (troponin T <=0.06 ng/mL) is for the conventional assay, values of the two assays are not converted into each other (criteria-and-scores.md 5.2), and the reference gives no high-sensitivity cut-off for the gate";
const TROPONIN_HS_GATE_WORDS = `troponin T was measured by a high-sensitivity assay: ${TROPONIN_GATE_WORDS}, so it cannot be read`;
const TROPONIN_ASSAY_GATE_WORDS = `troponin T's assay is not recorded (labs.troponinT.method, conventional or high-sensitivity): ${TROPONIN_GATE_WORDS}, so it cannot be read until the assay is known`;
/**
 * AL amyloidosis only likely (the category is indeterminate; the engine lists the options of the likely
 * category, provisional): anti-plasma-cell therapy waits for the diagnosis. Untyped cardiac amyloid may
 * be transthyretin (ATTR), which this therapy does not treat. IMWG 2014 (criteria-and-scores 1.5: the
 * organ syndrome [V]; Congo red, typing and the clone [S]) needs all four requirements. `to` is never
 * above the entry's own strength: a trial stays a trial.
 */
const alNotConfirmed = (to: Strength): StrengthAdjustment => ({
  id: "al-not-confirmed",
  when: { fact: "categoryConfirmed", is: false },
  to,
  because:
    "AL amyloidosis is not confirmed (IMWG 2014 needs all four requirements): light-chain typing of the amyloid by mass spectrometry or immuno-electron microscopy and a monoclonal plasma-cell disorder must both be shown before AL-directed therapy; untyped amyloid, cardiac amyloid above all, may be transthyretin (ATTR), which this therapy does not treat. Not a first choice before the diagnosis is confirmed",
  show: ["amyloidLightChainTyped", "monoclonalDisorderShown"],
  citations: ["rajkumar-2014-lancet-oncol"],
  evidence: "secondary",
});

/** treatments.md 6, "Cautions in AL": shown on the AL regimens and on continuing the line being given. */
/** treatments.md 6 says "in cardiac involvement": the heart among the involved organs, or Mayo 2004 stage III
 * (review c14: it was shown at stage III only, so a recorded heart involvement at stage II had none). */
/** On D-VCd now (an anti-CD38 antibody with bortezomib and cyclophosphamide) in AL amyloidosis at Mayo 2004
 * stage IIIb or NYHA IIIB/IV, where treatments.md 6 does not indicate it outside trials (review c23-2). */
export const AL_D_VCD_OUTSIDE_INDICATION: Condition = {
  all: [
    al,
    { fact: "onAntiCd38", is: true },
    { fact: "onVcd", is: true },
    { any: [stageIIIb, nyhaIIIbOrIV] },
  ],
};

/** AL amyloidosis met too beside myeloma (diagnosis alsoMeets; review c48-F1: myeloma with cardiac AL at Mayo 2004
 * stage IIIa read as myeloma alone, the AL safeguards gone). The reference gives them for AL amyloidosis; the
 * patient has it, so they apply to the myeloma options too (the project's reading). */
const alAlso: Condition = { fact: "alAlsoMet", is: true };
/** The Mayo transplant gates failed (treatments.md 6: troponin T >0.06 ng/mL, by the conventional assay or one not
 * recorded, or NT-proBNP >5000 pg/mL not on dialysis). A high-sensitivity troponin fails no gate (it is not read). */
export const AL_GATES_FAILED: Condition = {
  any: [{ all: [TROPONIN_NOT_HS, { fact: "troponinTNgMl", gt: 0.06 }] }, { not: NT_PRO_BNP_GATE }],
};

/** treatments.md 6, "ASCT eligibility in AL" (encode as hard/soft gates): the soft gates (age <=70, ECOG <=2, CrCl >=30
 * unless on dialysis, NYHA I-II, <=2 significantly involved organs, ...; UNVERIFIED, the organ count secondary). Read on
 * al.asct, and through `alsoAl` on the myeloma's transplant and its collection when AL amyloidosis is met beside the
 * myeloma (review c63-U2: "if-eligible" with no caution at NYHA III, three organs, 73): one definition for both. */
const AL_SOFT_GATE_ADJUSTMENTS: readonly StrengthAdjustment[] = [
  {
    id: "fitness-against-intensity",
    when: {
      any: [
        { fact: "frailtyGroup", is: "frail" },
        { fact: "ecog", gt: 2 },
        { fact: "age", gt: 70 },
      ],
    },
    to: "consider",
    because:
      "Fitness argues against intensive therapy (IMWG frail, ECOG above 2 or age over 70): the AL soft gates are ECOG <=2 and age <=70 (UNVERIFIED in the reference). Not a first choice here; confirm candidacy first",
    show: ["frailtyGroup", "ecog", "age"],
    citations: ["gertz-2013-bmt", "palumbo-2015-blood-frailty"],
    evidence: "unverified",
    weighs: "fitness",
  },
  {
    // Review c14 (HARM 3): heart failure recorded, the NYHA class not: the soft gate "NYHA I-II" cannot be
    // confirmed (UNVERIFIED in the reference); as the other soft gates, not a first choice.
    id: "heart-failure-recorded",
    // Review c18: the NYHA class can be recorded; class I-II recorded meets the soft gate.
    when: {
      any: [HEART_FAILURE_CLASS_UNKNOWN, { fact: "nyhaClass", in: ["III", "IIIA", "IIIB", "IV"] }],
    },
    to: "consider",
    because:
      "Heart failure is recorded without its NYHA class, or the class is III or IV: the reference's eligibility list has NYHA I-II (UNVERIFIED in the reference). Not a first choice until the team has judged the heart",
    show: ["heartFailure", "nyhaClass"],
    citations: ["gertz-2013-bmt"],
    evidence: "unverified",
  },
  {
    // Review c65-M3: the best-sourced soft gate (<=2 significantly involved organs, secondary; 16% 100-day mortality
    // with >=3 in a Mayo series) was a caution only while age 71 held the transplant back.
    id: "more-than-2-organs",
    when: { fact: "alOrganCount", gt: 2 },
    to: "consider",
    because:
      "More than 2 organs involved: most centres limit ASCT to <=2 significantly involved organs (a Mayo series transplanted >=3-organ patients with 16% 100-day mortality). Not a first choice; decide with the team",
    show: ["alOrganCount"],
    citations: ["al-saleh-asct-organs"],
    evidence: "secondary",
    // Re-check c66-m2: the handout said this hold in the words of an unheld transplant; the organs decide whether
    // the body can take high-dose melphalan, which the patient's pages word as "may be too strong for you".
    weighs: "fitness",
  },
  {
    // Review c65-M3: the CrCl soft gate (UNVERIFIED) held nothing either.
    id: "crcl-below-30-not-dialysis",
    when: {
      all: [
        { fact: "crclMlMin", lt: 30 },
        { fact: "dialysis", is: false },
      ],
    },
    to: "consider",
    because:
      "CrCl <30 mL/min and not on dialysis: the soft gate is CrCl >=30 unless on chronic dialysis (UNVERIFIED in the reference). Not a first choice; decide with the team",
    show: ["crclMlMin", "dialysis"],
    citations: ["gertz-2013-bmt"],
    evidence: "unverified",
    weighs: "fitness", // re-check c66-m2, as the organ count above
  },
  {
    // Re-check c66-m1: no creatinine (or no weight or age) recorded, the CrCl soft gate was silently passed. Unknown is
    // not normal: as the troponin gates not read, not a first choice until it can be read.
    id: "crcl-not-known",
    when: { all: [{ fact: "crclMlMin", known: false }, { not: { fact: "dialysis", is: true } }] },
    to: "consider",
    because:
      "Creatinine clearance not known (Cockcroft-Gault needs creatinine, age, weight and sex): the soft gate CrCl >=30 mL/min unless on chronic dialysis (UNVERIFIED in the reference) cannot be read. Not a first choice until it is",
    show: ["crclMlMin", "dialysis"],
    citations: ["gertz-2013-bmt"],
    evidence: "unverified",
  },
];
const AL_SOFT_GATE_CAUTIONS: readonly CautionDef[] = [
  {
    text: "Age over 70: most centres use <=70 years (some individualize); UNVERIFIED in the reference.",
    when: { fact: "age", gt: 70 },
    citations: ["gertz-2013-bmt"],
    evidence: "unverified",
  },
  {
    text: "ECOG performance status above 2: the soft gate is ECOG <=2 (UNVERIFIED in the reference).",
    when: { fact: "ecog", gt: 2 },
    citations: ["gertz-2013-bmt"],
    evidence: "unverified",
  },
  {
    text: "Soft gates (UNVERIFIED in the reference): NYHA I-II, systolic BP >=90 mmHg, LVEF >40-45%, DLCO >=50%, bilirubin <2 mg/dL; of these the record holds only the NYHA class.",
    citations: ["gertz-2013-bmt"],
    evidence: "unverified",
  },
];
/** The myeloma's transplant when AL amyloidosis is met beside it: the AL soft gate, read only then, says so. */
const AL_ALSO_WORDS = "AL amyloidosis met beside the myeloma (ASCT eligibility in AL, treatments.md 6): ";
const alsoAl = {
  adjustment: (a: StrengthAdjustment): StrengthAdjustment => ({
    ...a,
    id: `al-also-${a.id}`,
    when: { all: [alAlso, a.when] },
    because: AL_ALSO_WORDS + a.because,
  }),
  caution: (c: CautionDef): CautionDef => ({
    ...c,
    text: AL_ALSO_WORDS + c.text,
    when: c.when === undefined ? alAlso : { all: [alAlso, c.when] },
  }),
};

/** The myeloma transplant when AL amyloidosis is met too and the AL gates fail, or cannot be read (review c48-F1), or
 * a soft gate holds al.asct (review c63-U2). */
export const AL_ALSO_ASCT_GATES: readonly StrengthAdjustment[] = [
  {
    id: "al-also-gates-not-met",
    when: { all: [alAlso, AL_GATES_FAILED] },
    to: "consider",
    because:
      "AL amyloidosis is met too (IMWG 2014: all four requirements): not an ASCT candidate by the Mayo gates used in AL (troponin T >0.06 ng/mL, or NT-proBNP >5000 pg/mL not on dialysis; treatments.md 6). Not a first choice: the amyloid heart decides the risk of high-dose melphalan",
    show: ["troponinTNgMl", "troponinTHighSensitivity", "ntProBnpPgMl"],
    citations: ["gertz-2013-bmt", "rajkumar-2014-lancet-oncol"],
    evidence: "verified",
  },
  {
    // Review c49-W3: myeloma with amyloid found in the heart and not typed (troponin T 0.08, NT-proBNP 6000): the
    // transplant read "if-eligible" with nothing said.
    id: "amyloid-untyped-gates-not-met",
    when: { all: [{ fact: "amyloidNotTyped", is: true }, AL_GATES_FAILED] },
    to: "consider",
    because:
      "Amyloid is found beside the myeloma and not typed: typing (mass spectrometry or immuno-electron microscopy) decides whether it is AL amyloidosis (IMWG 2014), and if it is, the Mayo ASCT gates used in AL fail here (troponin T >0.06 ng/mL, or NT-proBNP >5000 pg/mL not on dialysis; treatments.md 6). Not a first choice until the amyloid is typed",
    show: ["troponinTNgMl", "ntProBnpPgMl"],
    citations: ["gertz-2013-bmt", "rajkumar-2014-lancet-oncol"],
    evidence: "verified",
  },
  {
    id: "al-also-gates-not-known",
    when: {
      all: [
        alAlso,
        {
          any: [
            { fact: "troponinTNgMl", known: false },
            TROPONIN_HS_OR_ASSAY_NOT_RECORDED,
            NT_PRO_BNP_NOT_RECORDED_OFF_DIALYSIS,
          ],
        },
      ],
    },
    to: "consider",
    because:
      "AL amyloidosis is met too (IMWG 2014): the Mayo ASCT gates used in AL (troponin T <=0.06 ng/mL, NT-proBNP <=5000 pg/mL unless on dialysis; treatments.md 6) cannot be read: a value not recorded, or the troponin T measured by a high-sensitivity assay (or by an assay not recorded), for which the reference gives no gate (criteria-and-scores.md 5.2: the two assays are not converted). Not a first choice until both are measured by the gates' assays",
    show: ["troponinTNgMl", "troponinTHighSensitivity", "ntProBnpPgMl"],
    citations: ["gertz-2013-bmt", "rajkumar-2014-lancet-oncol"],
    evidence: "verified",
  },
  ...AL_SOFT_GATE_ADJUSTMENTS.map(alsoAl.adjustment),
];
/** The soft-gate cautions of al.asct on the myeloma transplant and its collection when AL amyloidosis is met too
 * (review c63-U2). */
export const AL_ALSO_ASCT_CAUTIONS: readonly CautionDef[] = AL_SOFT_GATE_CAUTIONS.map(alsoAl.caution);

/** Review c50-W2: myeloma with AL amyloidosis met too at Mayo 2004 stage IIIb or NYHA class IIIB/IV kept D-VRd and
 * Isa-VRd "preferred". treatments.md 6 does not indicate D-VCd (an anti-CD38 antibody with bortezomib) at that stage
 * outside trials (excluded from ANDROMEDA); the myeloma's anti-CD38 + bortezomib regimens carry it (the project's
 * reading, as the other AL cautions on the myeloma options), and the AL stage IIIb trial is listed beside them. */
export const AL_ALSO_STAGE_IIIB: StrengthAdjustment = {
  id: "al-also-stage-iiib",
  when: { all: [alAlso, { any: [stageIIIb, nyhaIIIbOrIV] }] },
  to: "consider",
  because:
    "AL amyloidosis is met too, at Mayo 2004 stage IIIb or NYHA class IIIB/IV: an anti-CD38 antibody with bortezomib (D-VCd) is not indicated at this stage in AL outside trials (excluded from ANDROMEDA; treatments.md 6), and a clinical trial for it is listed. Not a first choice",
  show: ["alMayo2004Stage", "nyhaClass"],
  citations: ["kastritis-2021-nejm-andromeda"],
  evidence: "secondary",
};

export const AL_CARDIAC_CAUTION = {
  text: "Cardiac involvement (the heart among the involved organs, or Mayo 2004 stage III): reduce dexamethasone intensity, use weekly SC bortezomib, watch fluid balance and orthostatic hypotension.",
  when: { all: [al, { any: [cardiacStage3, { fact: "alHeartInvolved", is: true }] }] },
  citations: ["kumar-2012-jco", "wechalekar-2013-blood"],
  evidence: "verified",
} as const;
// Corrected 2026-12-01 (treatments.md 6, "Cautions in AL"; U, recalled from Palladini JCO 2012): the
// earlier "VGPR/CR (dFLC/iFLC <20 mg/L)" mixed a deeper target into the VGPR definition.
export const AL_RESPONSE_GOAL =
  "Response goal: haematologic VGPR or CR (UNVERIFIED in the reference, recalled from Palladini et al., JCO 2012): CR = negative serum and urine immunofixation and a normal FLC ratio; VGPR = dFLC <40 mg/L; PR = dFLC fall >50%. Deeper targets used in practice (dFLC <10 mg/L, iFLC <20 mg/L) are UNVERIFIED. Change therapy if <PR after 2 cycles or <VGPR after 4 (Singapore consensus 2023).";

export const AL_ENTRIES: readonly KnowledgeEntry[] = [
  {
    id: "al.d-vcd",
    group: "al-amyloidosis",
    when: { all: [al, cloneShown, untreated, notStageIIIb, nyhaNotExcluding] },
    showWhenUnknown: true,
    kind: "systemic-therapy",
    regimen: { code: "D-VCd", drugs: ["daratumumab", "bortezomib", "cyclophosphamide", "dexamethasone"] },
    title: "Daratumumab-VCd (ANDROMEDA)",
    strength: "preferred",
    adjust: [alNotConfirmed("consider"), stageIIIbNotExcluded, nyhaNotExcluded],
    clinicianText: `Daratumumab SC 1800 mg + bortezomib + cyclophosphamide + dexamethasone. ANDROMEDA (n=388): haematologic CR 42.1% vs 13.5%; at 61.4 months MOD-PFS HR 0.47 (0.33-0.67), OS HR 0.62 (0.42-0.90). ${AL_RESPONSE_GOAL}`,
    patientText:
      "This is a mix of four drugs. One is a shot under the skin. It lowers the bad protein that builds up in organs. In a large study it worked better than three drugs. People also lived longer.",
    cautions: [
      {
        text: "Not indicated for NYHA class IIIB/IV or Mayo stage IIIB outside trials (excluded from ANDROMEDA; cardiac warning).",
        citations: ["kastritis-2021-nejm-andromeda"],
        evidence: "verified",
      },
      {
        text: "NYHA class is not recorded (conditions.nyhaClass): check it before choosing D-VCd.",
        when: { fact: "nyhaClass", known: false },
        citations: ["kastritis-2021-nejm-andromeda"],
        evidence: "verified",
      },
      AL_CARDIAC_CAUTION,
    ],
    citations: ["kastritis-2021-nejm-andromeda", "palladini-2012-jco", "smsg-2023-al-consensus"],
    regulatory: {
      us: approved("2025-11-19", "Traditional approval; accelerated approval 2021-01-15"),
      eu: approved("2021-06", "UNVERIFIED in the reference"),
    },
    evidence: "unverified",
    evidenceNote:
      "The EU approval date and the haematologic response definitions (VGPR = dFLC <40 mg/L) are UNVERIFIED in the reference.",
  },
  {
    id: "al.vcd",
    group: "al-amyloidosis",
    when: { all: [al, cloneShown, untreated] },
    kind: "systemic-therapy",
    regimen: { code: "VCd", drugs: ["bortezomib", "cyclophosphamide", "dexamethasone"] },
    title: "VCd (CyBorD)",
    strength: "consider",
    adjust: [alNotConfirmed("consider")],
    clinicianText: `Bortezomib + cyclophosphamide + dexamethasone: the ANDROMEDA control arm and the standard before daratumumab. ${AL_RESPONSE_GOAL}`,
    patientText: "This is a mix of three drugs. It was the usual treatment before a newer four-drug mix.",
    cautions: [AL_CARDIAC_CAUTION],
    citations: ["kastritis-2021-nejm-andromeda", "palladini-2012-jco", "smsg-2023-al-consensus"],
    regulatory: { us: offLabel(), eu: offLabel() },
    evidence: "unverified",
    evidenceNote:
      "The haematologic response definitions (VGPR = dFLC <40 mg/L) are UNVERIFIED in the reference.",
  },
  {
    id: "al.stage-iiib.trial",
    group: "al-amyloidosis",
    // Review c50-W2: also when AL amyloidosis is met beside myeloma (diagnosis alsoMeets).
    when: { all: [{ any: [al, alAlso] }, cloneShown, { any: [stageIIIb, nyhaIIIbOrIV] }] },
    kind: "clinical-trial",
    regimen: null,
    title: "Clinical trial for AL amyloidosis with Mayo stage IIIb heart involvement or NYHA class IIIB/IV",
    strength: "trial",
    adjust: [alNotConfirmed("trial")],
    clinicianText:
      "Mayo 2004 stage IIIb (NT-proBNP >8500 ng/L) or NYHA class IIIB/IV: D-VCd is not indicated outside trials (excluded from ANDROMEDA). NT-proBNP >8500 with SBP <100 mmHg identified a group with median OS about 3 months.",
    patientText:
      "The protein has built up a lot in your heart. The usual drug mix was not tested for this. A research study may be the best way to get treatment. Your team will talk with you about care and comfort too.",
    // Review c10 W3: say why D-VCd is absent (treatments.md 6, D-VCd row).
    cautions: [
      {
        text: "D-VCd (ANDROMEDA) is not listed: not indicated for Mayo stage IIIb or NYHA class IIIB/IV outside trials (stage IIIb was excluded from ANDROMEDA).",
        citations: ["kastritis-2021-nejm-andromeda"],
        evidence: "verified",
      },
      {
        // Review c18 (M2): criteria-and-scores 5.2, "NT-proBNP is raised by renal failure and atrial
        // fibrillation". Said, not acted on: the reference gives no kidney-adjusted stage.
        // Dialysis only: the reference says "renal failure" and gives no clearance cut-off for it.
        text: "Kidney failure raises NT-proBNP: on dialysis the stage IIIb (NT-proBNP >8500 ng/L) rests partly on the kidneys; the reference gives no kidney-adjusted stage, so the team judges how much of the value is the heart",
        when: { all: [stageIIIb, { fact: "dialysis", is: true }] },
        show: ["ntProBnpPgMl"],
        citations: ["wechalekar-2013-blood", "kumar-2012-jco"],
        evidence: "verified",
      },
    ],
    citations: ["kastritis-2021-nejm-andromeda", "wechalekar-2013-blood"],
    regulatory: { us: null, eu: null },
    evidence: "verified",
  },
  {
    id: "al.asct",
    group: "al-amyloidosis",
    // Review c53-W3: with a high-sensitivity troponin (the gate not read), listed at "consider" with the reason.
    // Review c76-M1: with a gate value not recorded (and no gate failed), listed at "consider" with the reason too.
    // Review c76-W1: after induction (treatments.md 6), not after a response lost since the line (no AL relapse regimen);
    // review c78-W1: nor when it is lost on the line being given.
    // Review c88-W2: nor when the team has recorded that the patient is not a transplant candidate (criteria-and-scores.md
    // 8.3: eligibility is the clinician's decision; the gates of treatments.md 6 inform it and do not replace it).
    when: {
      all: [
        al,
        cloneShown,
        { any: [AL_ASCT_GATES, AL_TROPONIN_GATE_NOT_READ, AL_GATES_NOT_RECORDED] },
        { fact: "alResponseLost", is: false },
        {
          any: [
            { fact: "transplantCandidate", known: false },
            { fact: "transplantCandidate", in: ["yes", "deferred"] },
          ],
        },
      ],
    },
    kind: "stem-cell-transplant",
    regimen: { code: "ASCT-HDM", drugs: ["melphalan"] },
    title:
      "High-dose melphalan and ASCT after induction (troponin and NT-proBNP gates; on dialysis the NT-proBNP gate is waived)",
    strength: "if-eligible",
    adjust: [
      alNotConfirmed("consider"),
      {
        id: "troponin-gate-not-read",
        when: { all: [TROPONIN_HS, NT_PRO_BNP_GATE] },
        to: "consider",
        because: `The ${TROPONIN_HS_GATE_WORDS}. Not a first choice until the gate is read (a conventional troponin T)`,
        show: ["troponinTNgMl", "troponinTHighSensitivity"],
        citations: ["gertz-2013-bmt", "kumar-2012-jco"],
        evidence: "verified",
      },
      {
        id: "troponin-assay-not-recorded",
        when: { all: [TROPONIN_ASSAY_NOT_RECORDED, TROPONIN_AT_MOST_GATE, NT_PRO_BNP_GATE] },
        to: "consider",
        because: `The ${TROPONIN_ASSAY_GATE_WORDS}. Not a first choice until then`,
        show: ["troponinTNgMl", "troponinTHighSensitivity"],
        citations: ["gertz-2013-bmt", "kumar-2012-jco"],
        evidence: "verified",
      },
      {
        // Review c76-M1 (treatments.md 6): the hard gates cannot be checked; the markers are asked for them (assess.ts).
        id: AL_GATES_NOT_RECORDED_ID,
        when: AL_GATE_VALUE_NOT_RECORDED,
        to: "consider",
        because:
          "Troponin T (and/or NT-proBNP) not recorded: the Mayo transplant gates cannot be checked (troponin T <=0.06 ng/mL, NT-proBNP <=5000 pg/mL unless on dialysis). A gate not known is not a failed gate; not a first choice until both are measured",
        show: ["troponinTNgMl", "ntProBnpPgMl", "dialysis"],
        citations: ["gertz-2013-bmt"],
        evidence: "verified",
      },
      ...AL_SOFT_GATE_ADJUSTMENTS,
    ],
    clinicianText:
      "Melphalan 200 or risk-adapted 140 mg/m2 with ASCT after induction; about 20% of patients are eligible. Hard gates: troponin T <=0.06 ng/mL and NT-proBNP <=5000 pg/mL (the NT-proBNP gate does not apply on dialysis). Reduced-dose melphalan was associated with shorter OS (Mayo series). Eligibility is a clinician decision.",
    patientText:
      "A stem cell transplant uses a high dose of a strong drug, then your own stored stem cells. Your heart blood tests pass the checks used to choose who can have it. Your team also checks how well your heart works before deciding. Only some people with this disease can have it.",
    cautions: [
      {
        // Review c18 (M2): on dialysis the NT-proBNP gate is waived (Gertz 2013: "not on dialysis"), not met;
        // the value the kidneys raise is shown (criteria-and-scores 5.2: NT-proBNP is raised by renal failure).
        text: "On dialysis: the NT-proBNP gate (<=5000 pg/mL) does not apply, so it is waived here, not met; NT-proBNP is raised by renal failure, so it does not measure the heart alone",
        when: { all: [al, { fact: "dialysis", is: true }] },
        show: ["ntProBnpPgMl"],
        citations: ["gertz-2013-bmt"],
        evidence: "verified",
      },
      {
        // Review c14 (HARM 3): the gates read today's values only; a rise since the line began is shown with
        // the values (the reference gives no cardiac progression criterion: none is invented).
        text: "NT-proBNP or troponin T is higher than at the start of the line: the gates read today's values, and the reference gives no cardiac progression criterion; the team judges whether the heart is worsening before high-dose melphalan",
        when: { all: [al, { fact: "cardiacMarkersRising", is: true }] },
        show: ["ntProBnpAtLineStartPgMl", "ntProBnpPgMl", "troponinTAtLineStartNgMl", "troponinTNgMl"],
        citations: ["gertz-2013-bmt"],
        evidence: "verified",
      },
      ...AL_SOFT_GATE_CAUTIONS,
    ],
    citations: ["gertz-2013-bmt", "madan-2012-blood"],
    regulatory: { us: null, eu: null },
    evidence: "unverified",
    evidenceNote:
      "The troponin T and NT-proBNP gates are verified; the other eligibility criteria are UNVERIFIED in the reference.",
  },
];

/** BCMA-directed autologous CAR-T with the exact label elements (treatments.md 5b). */
import type { Condition, KnowledgeEntry, Strength, StrengthAdjustment } from "../types.js";
import { afterBcma, approved, relapsed } from "./common.js";

/** Never a second BCMA CAR T outside a trial (the selection matrix lists CAR-T "if not yet used"). */
const noPriorBcmaCarT: Condition = { not: { fact: "priorBcmaCarT", is: true } };

/** Review c77-M1: IMWG frail (criteria-and-scores 8.1), or ECOG performance status 2 or more, recorded. Unknown values
 * are not read as either (missing is not normal, nor is it frail). IMWG intermediate is not enough: it is reached from
 * age alone at 76-80, and the reference gives CAR-T no age limit. */
const FITNESS_IN_DOUBT: Condition = {
  any: [
    { fact: "frailtyGroup", is: "frail" },
    { fact: "ecog", gte: 2 },
  ],
};

/** Review c77-M1: a frail 80-year-old (IMWG frail, ECOG 2) at third relapse had cilta-cel and ide-cel first among the
 * clinician's top options and the handout's options, with no word on fitness. treatments.md 5b gives the CAR-T harms
 * (CARTITUDE-4: more deaths than standard care in the first ~10 months; KarMMa-3: early overall-survival detriment,
 * fatal adverse events 9%) and no fitness criterion for CAR-T. So the recorded frailty or performance status is named,
 * and the option is held back for fitness (`to`; "consider" below the other options, as the quadruplets are for ECOG
 * >= 2, review c73-M1 / c75-M1; the handout marks it "may be too strong for you"), never removed: this project's
 * reading, the reference is silent (UNVERIFIED); the CAR-T centre judges fitness. */
const carTFitness = (to: Strength): StrengthAdjustment => ({
  id: "frailty-or-ecog-recorded",
  when: FITNESS_IN_DOUBT,
  to,
  because:
    "IMWG frail, or ECOG performance status 2 or more, recorded: the reference gives no fitness criterion for CAR-T; its trials report early excess deaths (CARTITUDE-4, KarMMa-3): fitness for CAR-T is for the CAR-T centre to judge; not a first choice here until the centre has judged it",
  show: ["frailtyGroup", "ecog", "age"],
  citations: [
    "palumbo-2015-blood-frailty",
    "san-miguel-2023-nejm-cartitude4",
    "rodriguez-otero-2023-nejm-karmma3",
  ],
  evidence: "unverified",
  weighs: "fitness",
});

/** After BCMA-directed therapy (treatments.md 5d "After BCMA therapy"): the reference gives no CAR-T results after it. Said
 * on every BCMA CAR-T, the pending anito-cel too (review c80-m5: the same reference silence, treatments.md 10). */
const priorBcmaCaution = {
  text: "Prior BCMA-directed therapy (a bispecific antibody or belantamab): the reference gives no CAR-T results after it, and BCMA-directed bispecifics respond less after prior BCMA therapy (33% in MagnetisMM-3 cohort B); the selection matrix lists CAR-T only if a CAR-T has not been used. Discuss with the CAR-T centre.",
  when: afterBcma,
  citations: ["nccn-mm-2026", "lesokhin-2023-nat-med"],
  evidence: "verified",
} as const;

const classCautions = [
  {
    text: "Boxed warnings: cytokine release syndrome and neurotoxicity (ICANS), and secondary T-cell malignancies (FDA 2024-04-18); lifelong monitoring for new malignancy.",
    citations: ["fda-cart-safety-2024"],
    evidence: "verified",
  },
  priorBcmaCaution,
  {
    text: "The FDA removed the CAR-T risk programme (Risk Evaluation and Mitigation Strategy) on 2025-06-26: no site certification or on-site tocilizumab requirement; monitor for at least 2 weeks (daily for at least 1 week) after infusion; stay near the treatment centre for 2 weeks (was 4) and do not drive for 2 weeks (was 8).",
    citations: ["fda-cart-safety-2024"],
    evidence: "verified",
  },
  {
    text: "Management of CRS, ICANS, infections and response assessment after CAR-T: IMWG Immunotherapy Committee guidelines 2024.",
    citations: ["lin-2024-lancet-oncol"],
    evidence: "verified",
  },
] as const;

const patientAfter =
  "Serious side effects can happen. You stay near the treatment center for about 2 weeks after the drip. You should not drive for about 2 weeks.";

export const CAR_T_ENTRIES: readonly KnowledgeEntry[] = [
  {
    id: "cart.cilta-cel",
    group: "car-t",
    when: {
      all: [
        relapsed,
        { fact: "piExposed", is: true },
        { fact: "imidExposed", is: true },
        { fact: "lenalidomideRefractory", is: true },
        noPriorBcmaCarT,
      ],
    },
    // Review c84-M2 (treatments.md 5b, EU column: "progressed on last therapy"; criteria-and-scores.md 9.2): the EU
    // label's element the US label lacks. The reference does not define "progressed on"; this tool reads it as the
    // IMWG refractory window of the latest line (progression on it or within 60 days of its last dose; the fact's
    // label says so, UNVERIFIED). A progression later than that (a line stopped for toxicity, relapse years on) is
    // outside the EU label: listed under the US label with the EU status marked outsideLabel, as BVd (5a).
    label: { eu: { fact: "lastLineRefractory", is: true } },
    kind: "car-t",
    regimen: { code: "cilta-cel", drugs: ["ciltacabtagene autoleucel"] },
    title: "Ciltacabtagene autoleucel (cilta-cel, CARTITUDE-4)",
    strength: "if-eligible",
    adjust: [carTFitness("consider")],
    clinicianText:
      "Adults with RRMM after >=1 prior line including a PI and an IMiD, and refractory to lenalidomide (FDA 2024-04-05; EC 2024-04-22: also progressed on the last therapy). CARTITUDE-4 (1-3 prior lines, lenalidomide-refractory; vs PVd/DPd): PFS HR 0.26; 12-month PFS 75.9% vs 48.6%.",
    patientText: `CAR-T uses your own immune cells. They are taken from your blood and changed in a lab to find myeloma. Then they are given back in one drip. It can work very well. ${patientAfter}`,
    cautions: [
      {
        text: "More deaths than standard care in the first ~10 months (CARTITUDE-4). Parkinsonism, cranial nerve palsy and Guillain-Barre syndrome; grade >=3 CRS 5%, neurotoxicity 11% (CARTITUDE-1).",
        citations: ["san-miguel-2023-nejm-cartitude4"],
        evidence: "verified",
      },
      {
        text: "US label 2025-10: new boxed warning for immune effector cell-associated enterocolitis; warnings for progressive multifocal leukoencephalopathy (PML) and gastrointestinal T-cell lymphoma; CARTITUDE-4 overall survival added to the label.",
        citations: ["carvykti-label-2025"],
        evidence: "verified",
      },
      ...classCautions,
    ],
    citations: ["san-miguel-2023-nejm-cartitude4", "fda-cart-safety-2024", "carvykti-label-2025"],
    regulatory: {
      us: approved(
        "2024-04-05",
        ">=1 prior line incl PI + IMiD, lenalidomide-refractory; original approval 2022-02-28",
      ),
      eu: approved(
        "2024-04-22",
        ">=1 prior therapy incl IMiD and PI, lenalidomide-refractory, progressed on last therapy",
      ),
    },
    evidence: "verified",
  },
  {
    id: "cart.ide-cel",
    group: "car-t",
    when: {
      all: [
        relapsed,
        { fact: "priorLines", gte: 2 },
        { fact: "imidExposed", is: true },
        { fact: "piExposed", is: true },
        { fact: "antiCd38Exposed", is: true },
        noPriorBcmaCarT,
      ],
    },
    kind: "car-t",
    regimen: { code: "ide-cel", drugs: ["idecabtagene vicleucel"] },
    title: "Idecabtagene vicleucel (ide-cel, KarMMa-3)",
    strength: "if-eligible",
    adjust: [carTFitness("consider")],
    clinicianText:
      "Adults with RRMM after >=2 prior lines including an IMiD, a PI and an anti-CD38 antibody (triple-class exposed; no lenalidomide-refractory requirement). KarMMa-3 (2-4 prior lines; vs 5 standard regimens): PFS 13.3 vs 4.4 months (HR 0.49).",
    patientText: `CAR-T uses your own immune cells. They are changed in a lab to find myeloma and given back in one drip. It can work well after several other treatments. ${patientAfter}`,
    cautions: [
      {
        text: "Early overall-survival detriment (about the first 15 months); CRS 91% (grade >=3 5%); fatal adverse events 9%.",
        citations: ["rodriguez-otero-2023-nejm-karmma3"],
        evidence: "verified",
      },
      ...classCautions,
    ],
    citations: ["rodriguez-otero-2023-nejm-karmma3", "fda-cart-safety-2024"],
    regulatory: {
      us: approved(
        "2024-04-04",
        ">=2 prior lines incl IMiD, PI, anti-CD38; original 2021-03-26 (>=4 prior lines)",
      ),
      eu: approved("2024-03", ">=2 prior therapies incl IMiD, PI, anti-CD38"),
    },
    evidence: "verified",
  },
  {
    id: "cart.anito-cel.pending",
    group: "car-t",
    when: { all: [relapsed, { fact: "priorLines", gte: 4 }, noPriorBcmaCarT] },
    kind: "car-t",
    regimen: { code: "anito-cel", drugs: ["anitocabtagene autoleucel"] },
    title: "Anitocabtagene autoleucel (anito-cel, iMMagine-1): US decision pending, not approved",
    strength: "trial",
    // Review c77-M1: a BCMA CAR-T too; its strength (a research option) stays.
    adjust: [carTFitness("trial")],
    clinicianText:
      "BCMA CAR-T. iMMagine-1 (>=4 prior lines, n=117): ORR 97%, CR/sCR 68%. FDA PDUFA date 2026-12-23: pending, not approved at the knowledge date. Available in trials; check the current FDA status.",
    patientText:
      "This is a newer kind of CAR-T. When this information was last checked, it was not approved, and a decision was expected. Ask your team whether you can get it now, or only in a research study.",
    cautions: [
      {
        text: "Pending, not approved: the FDA decision is due 2026-12-23 (PDUFA) and is not known to this knowledge base.",
        citations: ["pending-decisions-2026"],
        evidence: "verified",
      },
      priorBcmaCaution,
    ],
    citations: ["pending-decisions-2026"],
    regulatory: {
      us: { status: "pending", date: "2026-12-23", note: "PDUFA date; not approved at the knowledge date" },
      eu: null,
    },
    evidence: "verified",
  },
];

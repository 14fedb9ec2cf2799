/** Bispecific T-cell engagers after >= 4 prior lines (treatments.md 5c, 5d). */
import type { CitationId } from "../../model/bibliography/index.js";
import type { Condition, KnowledgeEntry, StrengthAdjustment } from "../types.js";
import { accelerated, afterBcma, approved, relapsed, tripleClassExposed } from "./common.js";

/** Review c90-M1: IMWG frail (criteria-and-scores 8.1), or ECOG performance status 2 or more, recorded: the same reading
 * as CAR-T's (car-t.ts, review c77-M1). Unknown values are not read as either (missing is not normal, nor is it frail);
 * IMWG intermediate is not enough (it is reached from age alone at 76-80, and the reference gives no age limit). */
const FITNESS_IN_DOUBT: Condition = {
  any: [
    { fact: "frailtyGroup", is: "frail" },
    { fact: "ecog", gte: 2 },
  ],
};

/** Review c90-M1: teclistamab "standard" and first for a frail 82-year-old with ECOG 3 (and Tec-Dara "preferred" for a
 * frail 78-year-old with heart failure) while cilta-cel and ide-cel were held back for the same fitness (c77-M1), and
 * the handout said CAR-T "may be too strong" and nothing of the bispecific. The reference gives no fitness criterion for
 * either (treatments.md 5b, 5c; criteria-and-scores 8.1 and 8.3 leave fitness to the clinician's weighing); what it does
 * give for the bispecifics is the boxed CRS/ICANS warning shared with both CAR-T products and a hospital stay after the
 * step-up doses (treatments.md 5c). So the recorded frailty or performance status is named with both, and the option is
 * held back for fitness exactly as CAR-T is (`to` "consider": below the options not held, never removed; the handout's
 * "may be too strong for you"). Strength decision: it changes, as CAR-T's does, because the project already reads the
 * same recorded fitness and the same boxed warnings as a reason to hold CAR-T; holding one and not the other was the
 * finding. No threshold is invented (the frailty group and the ECOG cut are those CAR-T and the quadruplets use). This
 * project's reading, UNVERIFIED; the treating team judges fitness. */
export const bispecificFitness = (stay: string, citations: readonly CitationId[]): StrengthAdjustment => ({
  id: "frailty-or-ecog-recorded",
  when: FITNESS_IN_DOUBT,
  to: "consider",
  because: `IMWG frail, or ECOG performance status 2 or more, recorded: the reference gives no fitness criterion for the T-cell-engaging bispecific antibodies; each carries a boxed warning for cytokine release syndrome and neurotoxicity (ICANS), with step-up dosing and ${stay}: fitness for it is for the treating team to judge (as for CAR-T); not a first choice here until the team has judged it`,
  show: ["frailtyGroup", "ecog", "age"],
  citations: ["palumbo-2015-blood-frailty", "rodriguez-otero-2024-lancet-oncol", ...citations],
  evidence: "unverified",
  weighs: "fitness",
});
/** Teclistamab's step-up stay (treatments.md 5c, US label), alone or with daratumumab (Tec-Dara). */
export const TECLISTAMAB_STAY = "hospitalisation for 48 h after each step-up dose (US label)";

const tripleClassRelapse: Condition = { all: [relapsed, tripleClassExposed] };
/** The US labels' >= 4 prior lines incl PI, IMiD, anti-CD38 (treatments.md 5c). */
const fourPlus: Condition = { all: [tripleClassRelapse, { fact: "priorLines", gte: 4 }] };
/** Review c84-M1 (treatments.md 5c, EU column): the reference gives elranatamab, talquetamab and linvoseltamab an EU
 * conditional authorisation with no line requirement, so their >= 4 prior lines is the US label's: kept in every view
 * (no EU rule invented), and a not-offered line in a view with the EU says the EU wording is not in the reference. */
const euLinesNotInReference = ["eu"] as const;
/** After BCMA-directed therapy the reference lists talquetamab (GPRC5D), active after BCMA T-cell
 * redirection, and notes lower response rates of the BCMA bispecifics (treatments.md 5, "After BCMA
 * therapy"): a BCMA bispecific is then something to consider, not the standard choice. */
const afterBcmaAdjust = (drug: string) =>
  ({
    id: "after-bcma",
    when: afterBcma,
    to: "consider",
    because: `Prior BCMA-directed therapy: ${drug} targets BCMA too, and BCMA bispecifics have lower response rates after it (33% in MagnetisMM-3 cohort B, elranatamab); talquetamab (GPRC5D target) is active after BCMA T-cell redirection`,
    // The agents named (review c9a): the caution says which BCMA-directed therapy came before.
    show: ["bcmaAgentsBefore"],
    citations: ["lesokhin-2023-nat-med", "chari-2022-nejm"],
    evidence: "verified",
  }) as const;
const patientStart =
  "This drug helps your own immune cells find and kill myeloma cells. It is a shot or drip given often. The first doses are given in small steps.";
const patientEnd = "Infections are common, so you will get medicines to prevent them.";
const patient = `${patientStart} You stay in the hospital for a day or two after each step. ${patientEnd}`;
/** CRS/ICANS and infection prophylaxis: IMWG Immunotherapy Committee 2024 (treatments.md 10). */
const imwgCaution = {
  text: "CRS and ICANS (boxed warning): step-up dosing with premedication, tocilizumab available; infection prophylaxis and IgG replacement as co-orders: IMWG Immunotherapy Committee guidelines 2024.",
  citations: ["rodriguez-otero-2024-lancet-oncol", "bispecific-infection-consensus-2023"],
  evidence: "verified",
} as const;

export const BISPECIFIC_ENTRIES: readonly KnowledgeEntry[] = [
  {
    id: "bsab.teclistamab",
    group: "bispecific",
    // Review c84-M1 (treatments.md 5c): US label >= 4 prior lines incl PI, IMiD, anti-CD38; EU conditional ">=3 prior
    // therapies" (wording UNVERIFIED), read as prior lines. Triple-class exposure stays the situation in both (the
    // selection matrix, 5d, lists the bispecifics for triple-class disease; the EU wording names no class). At 3 prior
    // lines it is listed under the EU label, the US status outside its label, as BVd at a first relapse (5a).
    when: tripleClassRelapse,
    label: { us: { fact: "priorLines", gte: 4 }, eu: { fact: "priorLines", gte: 3 } },
    kind: "bispecific",
    regimen: { code: "Tec", drugs: ["teclistamab"] },
    title: "Teclistamab monotherapy (BCMA x CD3; MajesTEC-1)",
    strength: "standard",
    adjust: [
      afterBcmaAdjust("Teclistamab"),
      bispecificFitness(TECLISTAMAB_STAY, ["moreau-2022-nejm-majestec1", "bispecific-labels-2026"]),
    ],
    clinicianText:
      "US: RRMM after >=4 prior lines including a PI, an IMiD and an anti-CD38 antibody (regular approval since 2026-03; accelerated 2022-10). EU: conditional, >=3 prior therapies (wording UNVERIFIED). SC 0.06 -> 0.3 -> 1.5 mg/kg weekly; premedicate. Monitoring after step-up doses differs: US PI hospitalise 48 h after each step-up dose; EU SmPC stay near a healthcare facility with daily monitoring for 48 h.",
    patientText: `${patientStart} You are watched closely for 2 days after each step, in the hospital or close to it. ${patientEnd}`,
    cautions: [imwgCaution],
    citations: ["moreau-2022-nejm-majestec1", "majestec3-2025-nejm", "bispecific-labels-2026"],
    regulatory: {
      us: approved("2026-03", "Converted from accelerated approval (2022-10) with the Tec-Dara approval"),
      eu: {
        status: "accelerated-approval",
        date: "2022-08",
        note: "Conditional; >=3 prior therapies (wording UNVERIFIED)",
      },
    },
    evidence: "unverified",
    evidenceNote:
      "The EU conditional-approval wording and the original FDA day are UNVERIFIED in the reference.",
  },
  {
    id: "bsab.elranatamab",
    group: "bispecific",
    when: fourPlus,
    linesNotInReferenceFor: euLinesNotInReference,
    kind: "bispecific",
    regimen: { code: "Elra", drugs: ["elranatamab"] },
    title: "Elranatamab (BCMA x CD3; MagnetisMM-3)",
    strength: "standard",
    adjust: [
      afterBcmaAdjust("Elranatamab"),
      // treatments.md 5c: 48 h after step-up 1 and 24 h after step-up 2, marked U there.
      bispecificFitness(
        "hospitalisation for 48 h after the first and 24 h after the second step-up dose (UNVERIFIED)",
        ["lesokhin-2023-nat-med", "bispecific-labels-2026"],
      ),
    ],
    clinicianText:
      "RRMM after >=4 prior lines including a PI, an IMiD and an anti-CD38 antibody (accelerated). MagnetisMM-3: ORR 57.7%. SC 12 mg day 1 -> 32 mg day 4 -> 76 mg day 8, then weekly; every 2 weeks after 24 weeks if >=PR for >=2 months; the US label now allows every 4 weeks for responders after week 48 (date of change UNVERIFIED). US approval still accelerated (MagnetisMM-5 results not found).",
    patientText: patient,
    // Review c80-M1: its step-up hospitalization (treatments.md 5c, U) is the drug rule elranatamab.step-up-monitoring,
    // said on this card and on the line being given in its step-up weeks (it was this card's caution as well).
    cautions: [imwgCaution],
    citations: ["lesokhin-2023-nat-med", "bispecific-labels-2026"],
    regulatory: {
      us: accelerated("2023-08-14", ">=4 prior lines incl PI, IMiD, anti-CD38"),
      eu: accelerated("2023-12-08", "EC conditional marketing authorisation"),
    },
    evidence: "unverified",
    evidenceNote:
      "The hospitalization schedule and the date of the US every-4-weeks dosing change are UNVERIFIED in the reference.",
  },
  {
    id: "bsab.talquetamab",
    group: "bispecific",
    when: fourPlus,
    linesNotInReferenceFor: euLinesNotInReference,
    kind: "bispecific",
    regimen: { code: "Tal", drugs: ["talquetamab"] },
    title: "Talquetamab (GPRC5D x CD3; MonumenTAL-1)",
    strength: "standard",
    adjust: [bispecificFitness("hospitalisation for 48 h after each step-up dose", ["chari-2022-nejm"])],
    clinicianText:
      "RRMM after >=4 prior lines including a PI, an IMiD and an anti-CD38 antibody (accelerated). MonumenTAL-1: ORR 73-74%, including after prior T-cell redirection. 0.4 mg/kg weekly (2 step-ups) or 0.8 mg/kg every 2 weeks (3 step-ups); hospitalize 48 h after each step-up dose.",
    patientText: `${patient} This drug targets a different marker, so it can work after other immune drugs.`,
    cautions: [
      imwgCaution,
      {
        text: "Prior BCMA-directed therapy: talquetamab (GPRC5D target) is active after BCMA T-cell redirection.",
        when: afterBcma,
        citations: ["chari-2022-nejm"],
        evidence: "verified",
      },
    ],
    citations: ["chari-2022-nejm"],
    regulatory: {
      us: accelerated("2023-08-09", ">=4 prior lines incl PI, IMiD, anti-CD38"),
      eu: accelerated("2023-08", "Conditional; CHMP 2023-07-20; EC day UNVERIFIED"),
    },
    evidence: "verified",
  },
  {
    id: "bsab.linvoseltamab",
    group: "bispecific",
    when: fourPlus,
    linesNotInReferenceFor: euLinesNotInReference,
    kind: "bispecific",
    regimen: { code: "Linvo", drugs: ["linvoseltamab"] },
    title: "Linvoseltamab (BCMA x CD3; LINKER-MM1)",
    strength: "standard",
    adjust: [
      afterBcmaAdjust("Linvoseltamab"),
      bispecificFitness("hospitalisation for 24 h after the first and second step-up doses", [
        "bumma-2024-jco",
      ]),
    ],
    clinicianText:
      "RRMM after >=4 prior lines including a PI, an IMiD and an anti-CD38 antibody (accelerated). LINKER-MM1: ORR 70%, CR 45%. IV; hospitalize 24 h after the first and second step-up doses. REMS and boxed warning.",
    patientText: patient,
    cautions: [imwgCaution],
    citations: ["bumma-2024-jco"],
    regulatory: {
      us: accelerated("2025-07-02", ">=4 prior lines incl PI, IMiD, anti-CD38; REMS"),
      eu: accelerated("2025-04", "Conditional, about 2025-04; day UNVERIFIED"),
    },
    evidence: "verified",
  },
];

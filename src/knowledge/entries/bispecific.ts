/** Bispecific T-cell engagers after >= 4 prior lines (treatments.md 5c, 5d). */
import type { Condition, KnowledgeEntry } from "../types.js";
import { accelerated, afterBcma, approved, relapsed, tripleClassExposed } from "./common.js";

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
    adjust: [afterBcmaAdjust("Teclistamab")],
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
    adjust: [afterBcmaAdjust("Elranatamab")],
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
    adjust: [afterBcmaAdjust("Linvoseltamab")],
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

/** BCMA-directed autologous CAR-T with the exact label elements (treatments.md 5b). */
import type { KnowledgeEntry } from "../types.js";
import { approved, relapsed } from "./common.js";

const classCautions = [
  {
    text: "Boxed warnings: cytokine release syndrome and neurotoxicity (ICANS), and secondary T-cell malignancies (FDA 2024-04-18); lifelong monitoring for new malignancy.",
    citations: ["fda-cart-safety-2024"],
    evidence: "verified",
  },
  {
    text: "Prior BCMA-directed therapy: the selection matrix lists CAR-T only if not yet used.",
    when: { fact: "priorBcmaTherapy", is: true },
    citations: ["nccn-mm-2026"],
    evidence: "verified",
  },
  {
    text: "REMS eliminated 2025-06-26: monitor for at least 2 weeks (daily for at least 1 week) after infusion.",
    citations: ["fda-cart-safety-2024"],
    evidence: "verified",
  },
] as const;

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
      ],
    },
    kind: "car-t",
    regimen: { code: "cilta-cel", drugs: ["ciltacabtagene autoleucel"] },
    title: "Ciltacabtagene autoleucel (cilta-cel, CARTITUDE-4)",
    strength: "if-eligible",
    clinicianText:
      "Adults with RRMM after >=1 prior line including a PI and an IMiD, and refractory to lenalidomide (FDA 2024-04-05; EC 2024-04-22: also progressed on the last therapy). CARTITUDE-4 (1-3 prior lines, lenalidomide-refractory; vs PVd/DPd): PFS HR 0.26; 12-month PFS 75.9% vs 48.6%.",
    patientText:
      "CAR-T uses your own immune cells. They are taken from your blood and changed in a lab to find myeloma. Then they are given back in one drip. It can work very well. Serious side effects can happen, so you stay near the treatment center for a few weeks.",
    cautions: [
      {
        text: "More deaths than standard care in the first ~10 months (CARTITUDE-4). Parkinsonism, cranial nerve palsy and Guillain-Barre syndrome; grade >=3 CRS 5%, neurotoxicity 11% (CARTITUDE-1).",
        citations: ["san-miguel-2023-nejm-cartitude4"],
        evidence: "verified",
      },
      ...classCautions,
    ],
    citations: ["san-miguel-2023-nejm-cartitude4", "fda-cart-safety-2024"],
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
      ],
    },
    kind: "car-t",
    regimen: { code: "ide-cel", drugs: ["idecabtagene vicleucel"] },
    title: "Idecabtagene vicleucel (ide-cel, KarMMa-3)",
    strength: "if-eligible",
    clinicianText:
      "Adults with RRMM after >=2 prior lines including an IMiD, a PI and an anti-CD38 antibody (triple-class exposed; no lenalidomide-refractory requirement). KarMMa-3 (2-4 prior lines; vs 5 standard regimens): PFS 13.3 vs 4.4 months (HR 0.49).",
    patientText:
      "CAR-T uses your own immune cells. They are changed in a lab to find myeloma and given back in one drip. It can work well after several other treatments. Serious side effects can happen, so you stay near the treatment center for a few weeks.",
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
];

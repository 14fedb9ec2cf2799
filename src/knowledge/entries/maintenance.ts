/** Maintenance after ASCT (treatments.md 3d). */
import type { CautionDef, Condition, KnowledgeEntry } from "../types.js";
import { approved, beforeTransplant, isMM, offLabel, transplantEligible } from "./common.js";

/** After the transplant (the current step), or later in the plan of a transplant-eligible patient who has
 * not had it yet; never after progression or on lenalidomide-refractory disease. On maintenance already,
 * the engine's "continue the current line" option stands for it. */
const postAsct: Condition = {
  all: [
    isMM,
    {
      any: [
        {
          all: [
            { fact: "priorAsct", is: true },
            { fact: "phase", is: "post-transplant" },
          ],
        },
        { all: [transplantEligible, beforeTransplant] },
      ],
    },
    { not: { fact: "progression", is: true } },
    { not: { fact: "lenalidomideRefractory", is: true } },
  ],
};

/** On maintenance after a transplant, without progression: a proteasome inhibitor may still be added. */
const onMaintenanceAfterAsct: Condition = {
  all: [
    isMM,
    { fact: "phase", is: "maintenance" },
    { fact: "priorAsct", is: true },
    { not: { fact: "progression", is: true } },
    { not: { fact: "onPi", is: true } },
  ],
};

/** After a D-VRd or D-VTd induction and the transplant, its built-in consolidation not yet given
 * (treatments.md 3c): maintenance comes after it. */
const consolidationFirst = (induction: "D-VRd" | "D-VTd"): Condition => ({
  all: [
    { fact: "phase", is: "post-transplant" },
    { fact: "asctInduction", is: induction },
    { fact: "consolidationGiven", is: false },
  ],
});
const CONSOLIDATION_FIRST = [
  {
    text: "After D-VRd induction and the transplant, the 2 consolidation cycles of the protocol come first; maintenance starts after them.",
    when: consolidationFirst("D-VRd"),
    citations: ["sonneveld-2024-nejm"],
    evidence: "verified",
  },
  {
    text: "After D-VTd induction and the transplant, the 2 consolidation cycles of the protocol come first (UNVERIFIED in the reference for D-VTd); maintenance starts after them.",
    when: consolidationFirst("D-VTd"),
    citations: ["moreau-2019-lancet"],
    evidence: "unverified",
  },
] as const satisfies readonly CautionDef[];

export const MAINTENANCE_ENTRIES: readonly KnowledgeEntry[] = [
  {
    id: "maint.lenalidomide",
    group: "maintenance",
    when: postAsct,
    showWhenUnknown: true,
    kind: "maintenance",
    regimen: { code: "R", drugs: ["lenalidomide"] },
    title: "Lenalidomide maintenance after ASCT",
    strength: "standard",
    clinicianText:
      "Lenalidomide 10 mg daily days 1-28 (may increase to 15 mg after 3 cycles); start after count recovery (ANC >=1000/uL and/or platelets >=75,000/uL). Until progression or intolerance (label); fixed 2 years vs indefinite was tested in ENDURANCE; MRD-guided stopping is investigational. Meta-analysis (n=1208): PFS 52.8 vs 23.5 months; OS HR 0.75.",
    patientText:
      "After a transplant, a low dose of one pill can keep myeloma away longer. You take it each day. It is taken for a long time. It slightly raises the chance of a second cancer.",
    cautions: [
      {
        text: "Second primary malignancies are more frequent (haematologic 5.3% vs 0.8%).",
        citations: ["mccarthy-2017-jco"],
        evidence: "verified",
      },
      {
        // Review c63-m1: treatments.md 3d lists bortezomib-containing maintenance (V, VR) for high-risk cytogenetics
        // (U) beside lenalidomide, the standard after ASCT: said on this card, its strength unchanged (the row is U).
        // High-risk cytogenetics as maint.pi-high-risk reads it (IMS/IMWG 2025 criteria 1-3; review c16). Review c79-m1:
        // with the genetic markers not recorded it is said "Not known" and they are asked (criteria-and-scores.md 3.2:
        // missing FISH never defaults to standard risk; maint.pi-high-risk, which needs them known, is not listed).
        text: "High-risk cytogenetics: the reference lists proteasome-inhibitor-containing maintenance (bortezomib, V or VR) for high-risk cytogenetics, e.g. del(17p) (HOVON-65/GMMG-HD4 and others; UNVERIFIED in the reference), beside lenalidomide alone, the standard after ASCT: a risk-adapted choice for the team.",
        when: { fact: "highRiskCytogenetics", is: true },
        unknownOk: ["highRiskCytogenetics"],
        citations: ["nccn-mm-2026"],
        evidence: "unverified",
      },
      ...CONSOLIDATION_FIRST,
    ],
    citations: ["mccarthy-2017-jco", "myeloma-drug-labels"],
    regulatory: { us: approved("2017-02", "Day UNVERIFIED in the reference"), eu: null },
    // The reference's row is verified (treatments.md 3d, Ver. ✔); only the FDA approval day is not, and the
    // regulatory status says so where it is shown (review c14 finding 13: a date detail is no reason to mark
    // the whole option UNVERIFIED).
    evidence: "verified",
  },
  {
    id: "maint.pi-high-risk",
    group: "maintenance",
    // Review c14-4 (from the fixer's branch): shown, naming the unknown, when only a fact of the maintenance
    // setting is unknown (the lenalidomide refractoriness of a line whose 60 days after the last dose were
    // not measured: the response reads the values measured, and a transplant inside those days can hide a
    // rise, so "no progression measured" does not settle it), as maint.lenalidomide is; the high-risk
    // cytogenetics it is for must be known (`known` is never unknown). High-risk cytogenetics (IMS/IMWG 2025
    // criteria 1-3), as treatments.md 3d says it: beta2-microglobulin with normal creatinine (criterion 4)
    // makes the disease high risk, but it is no gene change (review c16).
    when: {
      all: [
        { fact: "highRiskCytogenetics", known: true },
        { any: [postAsct, onMaintenanceAfterAsct] },
        { fact: "highRiskCytogenetics", is: true },
      ],
    },
    showWhenUnknown: true,
    kind: "maintenance",
    regimen: { code: "VR", drugs: ["bortezomib", "lenalidomide"] },
    title: "Proteasome inhibitor added to maintenance for high-risk disease",
    strength: "consider",
    clinicianText:
      "Bortezomib-containing maintenance (V or VR) for high-risk cytogenetics, e.g. del(17p) (HOVON-65/GMMG-HD4 and others), for at least 2-3 years.",
    patientText:
      "Your myeloma has high-risk changes. A shot may be added to the daily pill after the transplant. This may help keep it away longer.",
    cautions: [],
    citations: ["nccn-mm-2026"],
    regulatory: { us: offLabel(), eu: offLabel() },
    evidence: "unverified",
    evidenceNote: "The bortezomib-containing maintenance row is UNVERIFIED in the reference.",
  },
  {
    id: "maint.dara-lenalidomide",
    group: "maintenance",
    // Review c14-4: an unknown fact of postAsct (lenalidomide refractoriness not recorded) is named, as on
    // maint.lenalidomide, rather than hiding this option and keeping that one.
    when: { all: [postAsct, { fact: "antiCd38Exposed", is: true }] },
    showWhenUnknown: true,
    kind: "maintenance",
    regimen: { code: "D-R", drugs: ["daratumumab", "lenalidomide"] },
    title: "Daratumumab-lenalidomide maintenance after D-VRd (PERSEUS)",
    strength: "consider",
    clinicianText:
      "After D-VRd (PERSEUS): D-R maintenance; daratumumab stopped after >=24 months if MRD negativity is sustained for >=12 months.",
    patientText:
      "If you had four drugs before your transplant, two of them may go on after it. One is a shot and one is a pill.",
    cautions: [
      {
        text: "The maintenance portion of PERSEUS is not in the FDA label.",
        citations: ["sonneveld-2024-nejm"],
        evidence: "verified",
      },
      // Review c10 M4: treatments.md 3d gives D-R "after D-VRd (PERSEUS)"; Isa-R is a separate, UNVERIFIED row.
      {
        text: "No daratumumab recorded: the induction was not D-VRd (the anti-CD38 antibody was another one), and PERSEUS gave D-R maintenance after D-VRd, so after other induction it is an extrapolation. The reference lists Isa-R maintenance (GMMG-HD7 part 2) as off-label and UNVERIFIED.",
        when: { fact: "daratumumabExposed", is: false },
        citations: ["sonneveld-2024-nejm"],
        evidence: "verified",
      },
      // Review c14-8: daratumumab given, but not as D-VRd (Dara-VCd for cast nephropathy, then the transplant).
      {
        text: "The latest line had daratumumab but not D-VRd (no bortezomib with lenalidomide in it), and PERSEUS gave D-R maintenance after D-VRd induction, so after this induction it is an extrapolation.",
        when: {
          all: [
            { fact: "daratumumabExposed", is: true },
            { fact: "lastLineDvrd", is: false },
          ],
        },
        citations: ["sonneveld-2024-nejm"],
        evidence: "verified",
      },
      ...CONSOLIDATION_FIRST,
    ],
    citations: ["sonneveld-2024-nejm"],
    regulatory: { us: offLabel("Maintenance portion not in the FDA label"), eu: null },
    evidence: "verified",
  },
];

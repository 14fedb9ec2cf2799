/** Clot risk of an IMiD regimen: IMPEDE VTE from what the record says, for the regimen being given or, for
 * an untreated myeloma patient, for an IMiD regimen if one is started (treatments.md 7c). */
import type { DiagnosisCategory } from "../model/enums.js";
import type { Facts } from "../model/facts.js";
import type { MissingInput } from "../model/trace.js";
import { canonicalDrugName, DrugClass, drugClass } from "../response/drug-classes.js";
import {
  calculateImpedeVte,
  type ImpedeVteInput,
  type ImpedeVteResult,
} from "../scores/impede-vte/impede-vte.js";

/** IMPEDE VTE for one patient, with the regimen it was scored for and the record fields that would narrow it. */
export interface ImpedeVteAssessment extends ImpedeVteResult {
  /** The regimen being given (it has an IMiD), or an IMiD regimen if one is started (untreated myeloma:
   * every first-line pathway of the reference lists one). */
  basis: "current-regimen" | "if-imid-started";
  /** Record fields that are missing and would narrow the range. */
  missing: MissingInput[];
}

const NEED = "IMPEDE VTE";
const DOXORUBICIN = ["doxorubicin", "liposomal doxorubicin"];
const ESA = ["epoetin", "epoetin alfa", "darbepoetin", "darbepoetin alfa"];

/**
 * IMPEDE VTE when an IMiD is given now (whatever the disease: smouldering myeloma on lenalidomide too) or may be
 * started (untreated myeloma);
 * undefined otherwise. What the record cannot say stays unknown: a pelvic, hip or femur fracture
 * (`pathologicFracture` gives no site, and IMPEDE counts any such fracture), ESA use unless a running line
 * lists one, the dexamethasone dose group (lines carry no doses), ethnicity and a central line (the record
 * has no field for them); existing prophylaxis or anticoagulation unless conditions.anticoagulation says it.
 */
export function assessImpedeVte(
  facts: Facts,
  /** `running`: the drugs of the entries running on asOf (options.ts runningDrugs). */
  at: { category: DiagnosisCategory; phase: string | null; running: readonly string[] },
  { codesOnly = false }: { codesOnly?: boolean } = {},
): ImpedeVteAssessment | undefined {
  // Filled by push from one literal, not `running.map`: a mapped empty list has another element kind
  // than a filled one, and the first record with drugs threw away code optimised on records without.
  const drugs: string[] = [];
  let onImid = false;
  for (let i = 0; i < at.running.length; i++) {
    const d = canonicalDrugName(at.running[i]!);
    drugs.push(d);
    if (drugClass(d) === DrugClass.immunomodulatory) onImid = true;
  }
  // Review c67-U2: an IMiD given now is scored whatever the disease (lenalidomide or Rd for smouldering myeloma,
  // treatments.md 2b), as its clot prevention is shown (knowledge/vte-risk imidGivenOrConsidered).
  const considered = at.category === "multiple-myeloma" && at.phase === "untreated";
  if (!(onImid || considered)) return undefined;

  const { weightKg, heightCm } = facts.patient;
  const missing: MissingInput[] = [];
  if (weightKg === null) missing.push({ field: "patient.weight", neededFor: NEED });
  if (heightCm === null) missing.push({ field: "patient.height", neededFor: NEED });
  const vteHistory = facts.conditions.vteHistory;
  if (vteHistory === null) missing.push({ field: "conditions.vteHistory", neededFor: NEED });
  // Existing anticoagulation scores -4 (prophylaxis -3) and decides the VTE card: LMWH, or the anticoagulant
  // already taken (treatments.md 7c; review c10b).
  if (facts.conditions.anticoagulation === null)
    missing.push({
      field: "conditions.anticoagulation",
      neededFor: `${NEED}, thromboprophylaxis choice (LMWH, or the anticoagulant already taken)`,
    });
  const bmi =
    weightKg !== null && heightCm !== null && heightCm > 0 ? weightKg / (heightCm / 100) ** 2 : null;

  const input: ImpedeVteInput = {
    imid: true,
    bmi,
    pelvicHipFemurFracture: null,
    esa: onImid && drugs.some((d) => ESA.includes(d)) ? true : null,
    // The regimen's drugs are known when it runs; the one to be chosen is not.
    dexamethasone: onImid ? (drugs.includes("dexamethasone") ? "dose-unknown" : "none") : null,
    doxorubicin: onImid ? drugs.some((d) => DOXORUBICIN.includes(d)) : null,
    asianPacificIslander: null,
    vteHistory,
    tunneledLineOrCvc: null,
    // conditions.anticoagulation (review c9-F5); an anticoagulant running in the treatment history with no
    // intensity recorded stays unknown (prophylactic -3 or therapeutic -4/-5).
    existingProphylaxis: facts.conditions.anticoagulation,
  };
  // The score's fields named one by one: a spread of the result copied them through the runtime's
  // generic path, the costliest line of this step.
  const score = calculateImpedeVte(input, { codesOnly });
  return {
    score: score.score,
    scoreRange: score.scoreRange,
    group: score.group,
    anticoagulantDisputed: score.anticoagulantDisputed,
    unknown: score.unknown,
    rules: score.rules,
    basis: onImid ? "current-regimen" : "if-imid-started",
    missing,
  };
}

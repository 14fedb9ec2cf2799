/** High clot risk with an immunomodulatory drug (treatments.md 7c): the one condition, and its reason in
 * words, that the clot-prevention entry, the IMiD drug rule and the alert share. */
import { isMM } from "./entries/common.js";
import type { Condition } from "./types.js";

const mmOrAl: Condition = { fact: "category", in: ["multiple-myeloma", "al-amyloidosis"] };

/** An IMiD given now, whatever the disease (review c67-U2: lenalidomide for smouldering myeloma, E3A06 and
 * QuiRedex, treatments.md 2b, had no clot prevention; the drug's rules, 7a "VTE prophylaxis required" and 7c's
 * boxed warnings, are not limited to active myeloma). Left open (unknown) only in myeloma or AL, where an entry
 * that may still be given is read (a finished line's entry without its end: review c60-M2); elsewhere the lines
 * say whether one runs, and without them nothing is listed for an IMiD not known to be given. */
export const imidGivenNow: Condition = {
  all: [{ fact: "onImid", is: true }, { any: [mmOrAl, { fact: "onImid", known: true }] }],
};

/** An IMiD given now, or untreated myeloma, where every first-line pathway lists IMiD regimens (the engine
 * scores IMPEDE VTE for the same two cases: engine/vte-risk). */
export const imidGivenOrConsidered: Condition = {
  any: [imidGivenNow, { all: [isMM, { fact: "phase", is: "untreated" }] }],
};

/** A VTE before, or IMPEDE VTE high on every completion of its unknown items. A VTE before with an IMiD
 * scores 5 + 4 = 9, in the high band (>= 8) unless items that lower the score apply, which the record
 * cannot say (treatments.md 7c: Asian / Pacific Islander -3, prophylaxis -3, anticoagulant -4 or -5): the
 * review of c7-04 (2026-12-02) asked that a VTE before with an IMiD count as high risk. */
export const highVteRisk: Condition = {
  any: [
    { fact: "vteHistory", is: true },
    { fact: "impedeVteGroup", is: "high" },
  ],
};

export const HIGH_VTE_RISK_WHY =
  "VTE history scores +5 in IMPEDE VTE and the IMiD +4, 9 from these two alone, in the high band (>= 8) unless items that lower the score apply (Asian / Pacific Islander -3, existing prophylaxis -3, anticoagulant -4, -5 in one source); or IMPEDE VTE is high (>= 8) whatever its unknown items.";

/** Full-dose anticoagulation now: conditions.anticoagulation "therapeutic", or, its intensity not recorded, an
 * anticoagulant running in the treatment history: it is the patient's thromboprophylaxis (review c9-F5). The
 * fact names what is recorded (review c67-m1: "anticoagulant recorded or running now: no" was said beside a
 * recorded aspirin or prophylactic LMWH). */
export const onAnticoagulant: Condition = {
  fact: "anticoagulationNow",
  in: ["therapeutic", "running-intensity-not-recorded"],
};
export const notOnAnticoagulant: Condition = {
  fact: "anticoagulationNow",
  in: ["none", "prophylactic", "not-recorded"],
};

/** Review c77-m2 (after c67-m2): the platelet count beside anticoagulant prophylaxis. The clinical reference
 * (treatments.md 7c) gives no platelet threshold for it: none is invented and no strength changes. The cards and the
 * alert say so from grade 3 thrombocytopenia (below 50 x10^9/L, CTCAE v5.0, its cut-point looked up: UNVERIFIED), a
 * grade, not a threshold for anticoagulation; it was below 30 before, the engine's lenalidomide hold, borrowed. */
export const lowPlateletsForAnticoagulation: Condition = { fact: "plateletsE9L", lt: 50 };
export const VTE_LOW_PLATELETS =
  "Platelets below 50 x10^9/L (grade 3 or 4 thrombocytopenia, CTCAE v5.0: the grade, not a threshold for anticoagulation): the clinical reference gives no platelet threshold for anticoagulant prophylaxis or anticoagulation; weigh the bleeding risk with the team (reference silent, UNVERIFIED)";
/** The alert that says it beside the high-risk LMWH alert (drug-rules.ts), which the handout reads. */
export const VTE_LOW_PLATELETS_ALERT = "alert.vte.imid-high-risk-low-platelets";

/** treatments.md 7c: IMWG 2008 lists full-dose warfarin beside LMWH for higher-risk IMiD patients; IMPEDE VTE
 * scores an existing therapeutic anticoagulant -4 (-5 in one source). The reference names no DOAC dose for
 * this (DOACs: small studies only, UNVERIFIED). */
export const ALREADY_ANTICOAGULATED_WHY =
  "Already on full-dose anticoagulation (recorded in conditions.anticoagulation, or an anticoagulant running in the treatment history): IMWG 2008 lists full-dose warfarin beside LMWH as thromboprophylaxis for higher-risk IMiD patients, and IMPEDE VTE scores an existing therapeutic anticoagulant -4 (-5 in one source).";

/** A pregnancy recorded (reviews c74-U2, c75-U1, c75-M2): what the options and the line being given say of it, after
 * either evaluation (the fast path and the reference compose the same options; pathway.ts applies this to both).
 * treatments.md 7a, 7b name the pregnancy-prevention programmes of lenalidomide, thalidomide and pomalidomide; their
 * contraindication in pregnancy is their US labels' (boxed warning, embryo-fetal toxicity), as the alert
 * alert.pregnancy-imid-contraindicated cites it (UNVERIFIED in the reference). The reference gives no rule for myeloma
 * therapy in pregnancy: the rest is the project's reading, UNVERIFIED. Pure. */
import { ALERT_RULES } from "../knowledge/index.js";
import type { Alert, AssessmentOption } from "./assessment.js";
import { UNVERIFIED_NOTE } from "./options.js";
import { imidsOf } from "./safety.js";

/** The alert of a pregnancy recorded (knowledge/drug-rules.ts), whose sources the alert below shares. */
const PREGNANCY_RULE = ALERT_RULES.find((r) => r.id === "alert.pregnancy-imid-contraindicated");

/** Review c75-M2: the caution, first, on each option shown but observation while a pregnancy is recorded. */
export const PREGNANCY_NOT_WEIGHED =
  "Pregnancy recorded: this option was not weighed for pregnancy; decide with the haematology and obstetric team.";

/** Review c75-U1: the id of the alert of a pregnancy recorded while `drug` (an IMiD) is being given. */
export const pregnancyBeingGivenId = (drug: string): string => `${drug}.being-given-in-pregnancy`;

/**
 * Review c75-M2 (the options changed in place; true when a strength changed and the list must be sorted again): with a
 * pregnancy recorded no option is "preferred", and each but observation carries PREGNANCY_NOT_WEIGHED first. The cap
 * is "standard", not "consider": "preferred" is the reference's first choice for a situation that did not weigh
 * pregnancy, so it cannot stand; "standard" keeps the reference's own standing of the option outside pregnancy, which
 * the caution qualifies, where "consider" would rank options against each other on a rule the reference does not give
 * (it gives none for myeloma therapy in pregnancy: the project's reading, UNVERIFIED).
 */
export function applyPregnancy(options: AssessmentOption[], text: boolean): boolean {
  let moved = false;
  for (let i = 0; i < options.length; i++) {
    const o = options[i] as AssessmentOption;
    if (o.kind === "observation") continue;
    const strength = o.strength === "preferred" ? "standard" : o.strength;
    if (strength !== o.strength) moved = true;
    options[i] = { ...o, strength, cautions: text ? [PREGNANCY_NOT_WEIGHED, ...o.cautions] : o.cautions };
  }
  return moved;
}

/** Review c75-U1: a critical alert for each IMiD of the regimen being given while a pregnancy is recorded, naming it
 * and the regimen; the sources those of alert.pregnancy-imid-contraindicated. Decision support: no order beyond what
 * the label says. */
export function pregnancyAlerts(
  regimen: { code: string; drugs: readonly string[] } | null,
  text: boolean,
): Alert[] {
  if (regimen === null || PREGNANCY_RULE === undefined) return [];
  const verified = PREGNANCY_RULE.evidence !== "unverified";
  return imidsOf(regimen.drugs).map((drug) => ({
    id: pregnancyBeingGivenId(drug),
    severity: "critical",
    text: text
      ? `Pregnancy recorded while ${drug} is being given (${regimen.code}): contraindicated in pregnancy (embryo-fetal toxicity, boxed warning of its US label); review with the prescriber now.${verified ? "" : ` ${UNVERIFIED_NOTE}`}`
      : "",
    citations: [...PREGNANCY_RULE.citations],
    verified,
  }));
}

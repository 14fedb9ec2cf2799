/** Drugs stopped for toxicity and given again by an option (reviews c13-4, c80-m1, c84-m1): the drugs as data beside
 * their cautions, and a regimen offered again whole after it was stopped for toxicity put to the team. Pure. */
import { canonicalDrugName, DrugClass, drugClass } from "../response/drug-classes.js";
import { reviseOptions } from "./allergies.js";
import type { AssessmentOption } from "./assessment.js";
import { type ToxicityStop, toxicityCautions, toxicityStopsIn } from "./options.js";

/** Whether two lists hold the same drugs (in any order). */
const sameDrugs = (a: readonly string[], b: readonly string[]): boolean =>
  a.length === b.length && a.every((d) => b.includes(d));

/** The caution leading an option that gives again every drug (corticosteroids aside) of a regimen stopped for
 * toxicity. */
export const OFFERED_AGAIN_WHOLE =
  'A regimen stopped for toxicity is offered again whole (each of its drugs, corticosteroids aside, not given since): not a first choice here (at most "consider"). The clinical reference gives no rule on re-exposure after toxicity (treatments.md 5a, 7b are silent): this tool\'s cautious reading, UNVERIFIED; decide with the team.';

/**
 * The options giving drugs the record shows stopped for toxicity, changed in place: `stoppedForToxicity` names them
 * (review c80-m1: the handout marks them; none on a codes-only option, which carries no regimen). Review c84-m1: an
 * anti-myeloma option giving the drugs of a regimen stopped for toxicity, no more and no fewer, corticosteroids aside
 * (XVd offered again after XVd was stopped for it) is at most "consider", OFFERED_AGAIN_WHOLE and the drugs' cautions
 * first among its cautions, as an allergy's are (allergies.ts); an option giving only some of them (D-Rd after D-VRd
 * was stopped, the bortezomib left out) or adding others (D-VRd after lenalidomide alone) keeps its strength. The reference gives no rule on re-exposure (treatments.md 5a, 7b). True when
 * a strength changed (the list must then be sorted again).
 */
export function applyToxicityStops(
  options: AssessmentOption[],
  stops: readonly ToxicityStop[],
  currentDrugs: readonly string[] | null,
  text: boolean,
): boolean {
  return reviseOptions(options, currentDrugs, (o, drugs) => {
    const hit = toxicityStopsIn(drugs, stops, o.safetyFindings);
    if (hit.length === 0) return o;
    if (o.regimen) o.stoppedForToxicity = hit.map((x) => x.drug);
    const given = drugs.map(canonicalDrugName).filter((d) => drugClass(d) !== DrugClass.steroid);
    const whole = o.kind !== "supportive-care" && hit.some((x) => sameDrugs(x.regimenDrugs, given));
    if (!whole || o.strength === "consider" || o.strength === "trial") return o;
    const words = text ? toxicityCautions(drugs, stops, o.safetyFindings) : [];
    return {
      ...o,
      strength: "consider",
      cautions: text
        ? [OFFERED_AGAIN_WHOLE, ...words, ...o.cautions.filter((c) => !words.includes(c))]
        : o.cautions,
    };
  });
}

/** Drugs stopped for toxicity and given again by an option (reviews c13-4, c80-m1, c84-m1): the drugs as data beside
 * their cautions, and a regimen offered again whole after it was stopped for toxicity put to the team. Pure. */
import { canonicalDrugName, DrugClass, drugClass } from "../response/drug-classes.js";
import { reviseOptions } from "./allergies.js";
import type { AssessmentOption } from "./assessment.js";
import { type ToxicityStop, toxicityCautions, toxicityStopsIn } from "./options.js";

/** Whether two lists hold the same drugs (in any order). */
const sameDrugs = (a: readonly string[], b: readonly string[]): boolean =>
  a.length === b.length && a.every((d) => b.includes(d));

/** Whether `given` is `regimen` again with each drug itself or one of its class (Isa-Kd after DKd: carfilzomib again,
 * isatuximab for daratumumab), at least one drug the same (review c86-m5). */
const sameRegimenByClass = (regimen: readonly string[], given: readonly string[]): boolean =>
  regimen.length === given.length &&
  given.some((d) => regimen.includes(d)) &&
  given.every((d) => regimen.includes(d) || regimen.some((r) => drugClass(r) === drugClass(d))) &&
  regimen.every((r) => given.includes(r) || given.some((d) => drugClass(d) === drugClass(r)));

/** The caution leading an option that gives again every drug (corticosteroids aside) of a regimen stopped for
 * toxicity. */
export const OFFERED_AGAIN_WHOLE =
  'A regimen stopped for toxicity is offered again whole (each of its drugs, corticosteroids aside, not given since): not a first choice here (at most "consider"). The clinical reference gives no rule on re-exposure after toxicity (treatments.md 5a, 7b are silent): this tool\'s cautious reading, UNVERIFIED; decide with the team.';

/** The caution leading an option that gives a regimen stopped for toxicity again with a drug swapped for one of its
 * class (review c86-m5: Isa-Kd after DKd, carfilzomib again). */
export const GIVES_AGAIN_STOPPED_DRUG =
  'Gives again a drug stopped for toxicity (named below), not given since: not a first choice here (at most "consider"). The clinical reference gives no rule on re-exposure after toxicity (treatments.md 5a, 7b are silent): this tool\'s cautious reading, UNVERIFIED; decide with the team.';

/** The words of a class (drug-classes.ts) in a caution; none for the classes that say nothing shared (steroids and
 * "other", a list of unrelated drugs). */
const CLASS_WORDS: Partial<Record<DrugClass, string>> = {
  [DrugClass.proteasomeInhibitor]: "proteasome inhibitor",
  [DrugClass.immunomodulatory]: "immunomodulatory drug",
  [DrugClass.antiCd38]: "anti-CD38 antibody",
  [DrugClass.bcmaDirected]: "BCMA-directed therapy",
  [DrugClass.gprc5dDirected]: "GPRC5D-directed therapy",
  [DrugClass.alkylator]: "alkylating agent",
};

/** The option that continues the line being given. */
const CONTINUE_CURRENT_LINE = "pathway.continue-current-line";

const capitalised = (s: string): string => `${s.charAt(0).toUpperCase()}${s.slice(1)}`;

/** Review c86-m5: the option's drugs of the class of a drug stopped for toxicity, not that drug itself (isatuximab
 * after daratumumab), in words: named "same class" only, no cap (another drug; the reference has no rule on it). */
function sameClassCautions(drugs: readonly string[], stops: readonly ToxicityStop[]): string[] {
  const given = drugs.map(canonicalDrugName);
  const out: string[] = [];
  for (const d of given) {
    if (stops.some((x) => x.drug === d)) continue;
    const cls = drugClass(d);
    // A BCMA-directed option after another BCMA-directed drug says so already (the entries' bcmaBeforeCurrentLine
    // cautions; the handout's same-target mark, re-check c81-m5): not said twice.
    if (cls === DrugClass.bcmaDirected) continue;
    const words = CLASS_WORDS[cls];
    if (words === undefined) continue;
    for (const x of stops) {
      if (drugClass(x.drug) !== cls || given.includes(x.drug)) continue;
      out.push(
        `${capitalised(d)} is of the same class as ${x.drug} (${words}), stopped for toxicity (${x.regimen}): not the same drug, and the clinical reference gives no rule on a drug of the same class after toxicity: weigh it with the team.`,
      );
    }
  }
  return out;
}

/**
 * The options giving drugs the record shows stopped for toxicity, changed in place: `stoppedForToxicity` names them
 * (review c80-m1: the handout marks them; none on a codes-only option, which carries no regimen). Review c84-m1: an
 * anti-myeloma option giving the drugs of a regimen stopped for toxicity, no more and no fewer, corticosteroids aside
 * (XVd offered again after XVd was stopped for it) is at most "consider", OFFERED_AGAIN_WHOLE and the drugs' cautions
 * first among its cautions, as an allergy's are (allergies.ts). Review c86-m5: the same regimen with a drug swapped for
 * one of its class (Isa-Kd after DKd: carfilzomib again) is at most "consider" too, with GIVES_AGAIN_STOPPED_DRUG first;
 * an option giving only some of the drugs (D-Rd after D-VRd) keeps its strength, the drugs named; a drug of the same
 * class only (isatuximab after daratumumab) is named "same class" and caps nothing. The reference
 * gives no rule on re-exposure (treatments.md 5a, 7b): the project's cautious reading, UNVERIFIED. True when a
 * strength changed (the list must then be sorted again).
 */
export function applyToxicityStops(
  options: AssessmentOption[],
  stops: readonly ToxicityStop[],
  currentDrugs: readonly string[] | null,
  text: boolean,
): boolean {
  return reviseOptions(options, currentDrugs, (o, drugs) => {
    const hit = toxicityStopsIn(drugs, stops, o.safetyFindings);
    // Not on the line being given (the team chose it) and not for a supportive card.
    const classWords =
      text && o.kind !== "supportive-care" && o.id !== CONTINUE_CURRENT_LINE
        ? sameClassCautions(drugs, stops)
        : [];
    const withClass = classWords.length === 0 ? o : { ...o, cautions: [...o.cautions, ...classWords] };
    if (hit.length === 0) return withClass;
    if (o.regimen) withClass.stoppedForToxicity = hit.map((x) => x.drug);
    if (o.kind === "supportive-care" || o.strength === "consider" || o.strength === "trial") return withClass;
    const given = drugs.map(canonicalDrugName).filter((d) => drugClass(d) !== DrugClass.steroid);
    const whole = hit.some((x) => sameDrugs(x.regimenDrugs, given));
    // Review c86-m5, kept narrow after merging: the same regimen with a drug swapped for one of its class (Isa-Kd after
    // DKd) is capped too; an option giving only some of the drugs (D-Rd after D-VRd stopped for neuropathy, Tec-Dara
    // after DRd) keeps its strength with the drugs named, as review c84-m1 and re-check c65-U1 chose.
    if (!whole && !hit.some((x) => sameRegimenByClass(x.regimenDrugs, given))) return withClass;
    const words = text ? toxicityCautions(drugs, stops, o.safetyFindings) : [];
    return {
      ...withClass,
      strength: "consider",
      cautions: text
        ? [
            whole ? OFFERED_AGAIN_WHOLE : GIVES_AGAIN_STOPPED_DRUG,
            ...words,
            ...withClass.cautions.filter((c) => !words.includes(c)),
          ]
        : withClass.cautions,
    };
  });
}

/** Drug allergies recorded (review c74-M3): the options giving an allergen and the line being given, read against
 * the record's `allergies`. The clinical reference has one allergy rule, PJP prophylaxis (treatments.md 5c: "TMP-SMX;
 * atovaquone/pentamidine if allergic"; 8c names TMP-SMX); for any other drug it gives none (no re-challenge rule, no
 * cross-reactivity between drugs), so an option giving one is put to the team, never dropped. Review c75-M3: silence
 * is not safety, so a severe reaction to one of thalidomide, lenalidomide and pomalidomide (treatments.md 7c names them
 * together as the IMiDs) puts the options giving another to the team too, saying the reference does not address it (the project's
 * cautious reading, unverified); no other allergy is read across drugs. Pure. */
import { KNOWLEDGE_ENTRIES } from "../knowledge/index.js";
import { genericDrugName } from "../model/drug-names.js";
import type { AllergyFact } from "../model/facts.js";
import {
  canonicalDrugName,
  DrugClass,
  drugClass,
  isKnownDrug,
  isKnownNonMyelomaDrug,
} from "../response/drug-classes.js";
import type { Alert, AssessmentOption } from "./assessment.js";

/** Trimethoprim-sulfamethoxazole by its names (response/drug-classes.ts ANTI_INFECTIVE_PROPHYLAXIS_DRUGS). */
const TMP_SMX: ReadonlySet<string> = new Set([
  "trimethoprim-sulfamethoxazole",
  "co-trimoxazole",
  "cotrimoxazole",
]);
/** Allergies that are allergies to TMP-SMX: the sulfonamide class, either of its two drugs, or the combination. */
const TMP_SMX_ALLERGENS: ReadonlySet<string> = new Set([
  "sulfonamides",
  "sulfamethoxazole",
  "trimethoprim",
  ...TMP_SMX,
]);
/** A reaction naming a severe cutaneous adverse reaction (Stevens-Johnson syndrome, toxic epidermal necrolysis). "TEN"
 * only in capitals: the word "ten" ("a rash after ten days") is no such reaction. */
const SEVERE_SKIN = /stevens[\s-]*johnson|\bsjs\b|toxic epidermal necrolysis|lyell/i;
const TEN = /\bTEN\b/;

/** Thalidomide and its analogues, the IMiDs (treatments.md 7c; drug-classes.ts, the immunomodulatory class): a severe
 * reaction to one is read across to the others as an open question for the team (review c75-M3; the reference is silent
 * on cross-reactivity). */
const isImid = (drug: string): boolean => drugClass(drug) === DrugClass.immunomodulatory;

/** A reaction the project reads as severe: criticality high, or a severe cutaneous reaction named (SJS/TEN). */
const severe = (x: AllergyFact): boolean =>
  x.criticality === "high" || (x.reaction !== null && (SEVERE_SKIN.test(x.reaction) || TEN.test(x.reaction)));

/** The canonical drug name an allergy's substance reads as (a brand as its generic drug). */
const allergen = (x: AllergyFact): string => canonicalDrugName(genericDrugName(x.substance));

/** Whether an allergy covers a drug (canonical names): the same drug, or TMP-SMX for a sulfonamide allergy. */
function covers(x: AllergyFact, drug: string): boolean {
  const a = allergen(x);
  const d = canonicalDrugName(drug);
  return a === d || (TMP_SMX_ALLERGENS.has(a) && TMP_SMX.has(d));
}

/** "lenalidomide recorded (criticality high; Stevens-Johnson syndrome)". */
function recorded(x: AllergyFact): string {
  const about = [x.criticality ? `criticality ${x.criticality}` : null, x.reaction].filter((w) => w !== null);
  return `${allergen(x)} recorded${about.length > 0 ? ` (${about.join("; ")})` : ""}`;
}

/** A substance the navigator knows: a drug of its tables (anti-myeloma or not), or the sulfonamide class. */
function knownSubstance(x: AllergyFact): boolean {
  const a = allergen(x);
  return isKnownDrug(a) || isKnownNonMyelomaDrug(a) || TMP_SMX_ALLERGENS.has(a);
}

const unique = (xs: readonly string[]): string[] => [...new Set(xs)];

/** The warning of a severe allergy to a drug of the line being given (the handout's words: review c75-M4). */
export const ALLERGY_ON_LINE = "allergy.line-being-given";

/** Each knowledge entry's regimen, by id: what an option gives (the line being given for an entry that takes it). */
const ENTRY_REGIMEN = new Map(KNOWLEDGE_ENTRIES.map((e) => [e.id, e]));

/** The drugs an option gives: its entry's regimen, or the line being given's for an entry that takes it (as both
 * evaluations compose it; a codes-only option carries no regimen). */
function optionDrugs(o: AssessmentOption, currentDrugs: readonly string[] | null): readonly string[] {
  const e = ENTRY_REGIMEN.get(o.id);
  if (!e?.regimen) return o.regimen?.drugs ?? [];
  return e.regimenFromCurrentLine && currentDrugs !== null ? currentDrugs : e.regimen.drugs;
}

/** The severe IMiD allergies an option is related to (review c75-M3): it gives another of thalidomide, lenalidomide
 * and pomalidomide than the allergen, and not the allergen itself (that is its own caution). */
function relatedHits(allergies: readonly AllergyFact[], drugs: readonly string[]): AllergyFact[] {
  const given = drugs.map(canonicalDrugName);
  return allergies.filter((x) => {
    const a = allergen(x);
    return isImid(a) && severe(x) && !given.includes(a) && given.some((d) => d !== a && isImid(d));
  });
}

/** Whether an option's TMP-SMX is withheld for an allergy the record holds (treatments.md 5c: atovaquone or pentamidine
 * in its place; review c75-W2): "sulfa" for the sulfonamide class or sulfamethoxazole, "drug" for TMP-SMX by name or
 * trimethoprim; null otherwise. For the patient's words, which must not name TMP-SMX as the medicine. */
export function tmpSmxWithheld(o: AssessmentOption): "sulfa" | "drug" | null {
  if (!(o.regimen?.drugs ?? []).some((d) => TMP_SMX.has(canonicalDrugName(d)))) return null;
  const hit = (o.allergies ?? []).filter((a) => TMP_SMX_ALLERGENS.has(a));
  if (hit.length === 0) return null;
  return hit.some((a) => a === "sulfonamides" || a === "sulfamethoxazole") ? "sulfa" : "drug";
}

/**
 * The options with the allergies they give named (review c74-M3), changed in place in `options`; true when a
 * strength changed (the list must then be sorted again). An option giving an allergen is at most "consider" with a
 * caution first among its cautions, except TMP-SMX for PJP, whose reference alternative is named instead (treatments.md
 * 5c, its strength kept). The option keeps the recorded substances in `allergies` (the handout's sentence). Review
 * c75-M3: an option giving a drug related to a severe IMiD allergy is at most "consider" too, its caution saying the
 * reference does not address cross-reactivity (`relatedAllergies`).
 */
export function applyAllergies(
  options: AssessmentOption[],
  allergies: readonly AllergyFact[],
  currentDrugs: readonly string[] | null,
  text: boolean,
): boolean {
  return reviseOptions(options, currentDrugs, (o, drugs) => {
    const hits = allergies.filter((x) => drugs.some((d) => covers(x, d)));
    const related = relatedHits(allergies, drugs);
    if (hits.length === 0 && related.length === 0) return o;
    // treatments.md 5c (bispecific/CAR-T prophylaxis): "PJP prophylaxis (TMP-SMX; atovaquone/pentamidine if allergic)".
    const pjpOnly =
      related.length === 0 &&
      hits.every((x) => drugs.every((d) => !covers(x, d) || TMP_SMX.has(canonicalDrugName(d))));
    const words = hits.map((x) =>
      pjpOnly
        ? `Allergy to ${recorded(x)}: TMP-SMX is not given; atovaquone or pentamidine in its place (treatments.md 5c: TMP-SMX; atovaquone/pentamidine if allergic).`
        : `Allergy to ${recorded(x)}: an option giving it needs the team's review; the clinical reference gives no rule for re-challenge.`,
    );
    // Review c75-M3 (treatments.md 7b, 7c: silent on cross-reactivity): the project's cautious reading, unverified.
    const relatedWords = unique(related.map(allergen)).map(
      (a) =>
        `Severe reaction to a related drug (${a}) recorded: cross-reactivity between thalidomide, lenalidomide and pomalidomide is not addressed by the clinical reference: decide with the team (at most "consider": this tool's cautious reading, UNVERIFIED).`,
    );
    const strength = pjpOnly || o.strength === "consider" || o.strength === "trial" ? o.strength : "consider";
    return {
      ...o,
      strength,
      cautions: text ? [...words, ...relatedWords, ...o.cautions] : o.cautions,
      ...(hits.length > 0 ? { allergies: hits.map((x) => allergen(x)) } : {}),
      ...(related.length > 0 ? { relatedAllergies: unique(related.map(allergen)) } : {}),
    };
  });
}

/** Each option passed to `revise` with the drugs it gives (optionDrugs) and replaced by what it returns (itself when
 * unchanged), in place; true when a strength changed (the list must then be sorted again). The allergies and the drugs
 * stopped for toxicity (toxicity-stops.ts) revise the options so. */
export function reviseOptions(
  options: AssessmentOption[],
  currentDrugs: readonly string[] | null,
  revise: (o: AssessmentOption, drugs: readonly string[]) => AssessmentOption,
): boolean {
  let moved = false;
  for (let i = 0; i < options.length; i++) {
    const o = options[i] as AssessmentOption;
    const changed = revise(o, optionDrugs(o, currentDrugs));
    if (changed.strength !== o.strength) moved = true;
    options[i] = changed;
  }
  return moved;
}

/** The alerts of the record's allergies (review c74-M3): a warning for a high-criticality or severe skin reaction
 * (SJS/TEN) allergy to a drug of the line being given; information for a substance the navigator does not know (it is
 * checked against no option, and a misspelt name must not pass unseen). No source: the project's reading. */
export function allergyAlerts(
  allergies: readonly AllergyFact[],
  currentLine: { regimen: string; drugs: readonly string[] } | null,
  text: boolean,
): Alert[] {
  const out: Alert[] = [];
  const onLine = allergies.filter((x) => severe(x) && currentLine?.drugs.some((d) => covers(x, d)) === true);
  if (onLine.length > 0)
    out.push({
      id: ALLERGY_ON_LINE,
      severity: "warning",
      text: text
        ? `Allergy to ${onLine.map(recorded).join("; and to ")}, a drug of the line being given (${currentLine?.regimen}): review with the team now; the clinical reference gives no rule for an allergy to a drug being given.`
        : "",
      citations: [],
      verified: false,
    });
  const unknown = allergies.filter((x) => !knownSubstance(x));
  if (unknown.length > 0)
    out.push({
      id: "allergy.substance-not-known",
      severity: "info",
      text: text
        ? `Allergy recorded to ${unknown.map((x) => `"${x.substance}"`).join(", ")}: not a drug the navigator knows, so no option is checked against it; check the name (a lower-case generic drug name, or "sulfonamides").`
        : "",
      citations: [],
      verified: false,
    });
  return out;
}

/** Drug allergies recorded (review c74-M3): the options giving an allergen and the line being given, read against
 * the record's `allergies`. The clinical reference has one allergy rule, PJP prophylaxis (treatments.md 5c: "TMP-SMX;
 * atovaquone/pentamidine if allergic"; 8c names TMP-SMX); for any other drug it gives none (no re-challenge rule, no
 * cross-reactivity between drugs), so an option giving one is put to the team, never dropped, and no allergy is read
 * across drugs (lenalidomide and thalidomide or pomalidomide: the reference is silent). Pure. */
import { KNOWLEDGE_ENTRIES } from "../knowledge/index.js";
import { genericDrugName } from "../model/drug-names.js";
import type { AllergyFact } from "../model/facts.js";
import { canonicalDrugName, isKnownDrug, isKnownNonMyelomaDrug } from "../response/drug-classes.js";
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
/** A reaction naming a severe cutaneous adverse reaction (Stevens-Johnson syndrome, toxic epidermal necrolysis). */
const SEVERE_SKIN = /stevens[\s-]*johnson|\bsjs\b|toxic epidermal necrolysis|\bten\b|lyell/i;

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

/** Each knowledge entry's regimen, by id: what an option gives (the line being given for an entry that takes it). */
const ENTRY_REGIMEN = new Map(KNOWLEDGE_ENTRIES.map((e) => [e.id, e]));

/** The drugs an option gives: its entry's regimen, or the line being given's for an entry that takes it (as both
 * evaluations compose it; a codes-only option carries no regimen). */
function drugsOf(o: AssessmentOption, currentDrugs: readonly string[] | null): readonly string[] {
  const e = ENTRY_REGIMEN.get(o.id);
  if (!e?.regimen) return o.regimen?.drugs ?? [];
  return e.regimenFromCurrentLine && currentDrugs !== null ? currentDrugs : e.regimen.drugs;
}

/**
 * The options with the allergies they give named (review c74-M3), changed in place in `options`; true when a
 * strength changed (the list must then be sorted again). An option giving an allergen is at most "consider" with a
 * caution first among its cautions, except TMP-SMX for PJP, whose reference alternative is named instead (treatments.md
 * 5c, its strength kept). The option keeps the recorded substances in `allergies` (the handout's sentence).
 */
export function applyAllergies(
  options: AssessmentOption[],
  allergies: readonly AllergyFact[],
  currentDrugs: readonly string[] | null,
  text: boolean,
): boolean {
  let moved = false;
  for (let i = 0; i < options.length; i++) {
    const o = options[i] as AssessmentOption;
    const drugs = drugsOf(o, currentDrugs);
    const hits = allergies.filter((x) => drugs.some((d) => covers(x, d)));
    if (hits.length === 0) continue;
    // treatments.md 5c (bispecific/CAR-T prophylaxis): "PJP prophylaxis (TMP-SMX; atovaquone/pentamidine if allergic)".
    const pjpOnly = hits.every((x) => drugs.every((d) => !covers(x, d) || TMP_SMX.has(canonicalDrugName(d))));
    const words = hits.map((x) =>
      pjpOnly
        ? `Allergy to ${recorded(x)}: TMP-SMX is not given; atovaquone or pentamidine in its place (treatments.md 5c: TMP-SMX; atovaquone/pentamidine if allergic).`
        : `Allergy to ${recorded(x)}: an option giving it needs the team's review; the clinical reference gives no rule for re-challenge.`,
    );
    const strength = pjpOnly || o.strength === "consider" || o.strength === "trial" ? o.strength : "consider";
    if (strength !== o.strength) moved = true;
    const changed: AssessmentOption = {
      ...o,
      strength,
      cautions: text ? [...words, ...o.cautions] : o.cautions,
      allergies: hits.map((x) => allergen(x)),
    };
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
  const severe = allergies.filter(
    (x) =>
      (x.criticality === "high" || (x.reaction !== null && SEVERE_SKIN.test(x.reaction))) &&
      currentLine !== null &&
      currentLine.drugs.some((d) => covers(x, d)),
  );
  if (severe.length > 0)
    out.push({
      id: "allergy.line-being-given",
      severity: "warning",
      text: text
        ? `Allergy to ${severe.map(recorded).join("; and to ")}, a drug of the line being given (${currentLine?.regimen}): review with the team now; the clinical reference gives no rule for an allergy to a drug being given.`
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

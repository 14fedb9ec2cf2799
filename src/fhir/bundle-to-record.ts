/** FHIR R4 Bundle -> PatientRecord: Observations by LOINC (UCUM quantities), medications grouped into
 * lines of therapy, transplant Procedures, Conditions (record `conditions` fields by SNOMED CT /
 * ICD-10-CM, plasma cell disorder codes as hints). Nothing is guessed and nothing is silently dropped:
 * every resource or value not used comes back as a warning naming the resource. */

import { genericDrugName } from "../model/drug-names.js";
import {
  AllergyCriticality,
  InfectionProphylaxis,
  ResponseCategory,
  StopReason,
  TherapyPhase,
  TreatmentSetting,
  type UnusedValueReason,
} from "../model/enums.js";
import { ErrorCode, MmnavError } from "../model/errors.js";
import { normalizeRecord } from "../model/facts.js";
import { own } from "../model/own.js";
import {
  type Allergy,
  LAB_QUANTITY_FIELDS,
  type LabQuantityField,
  type PatientRecord,
  UNUSED_VALUE_FIELDS,
  UnusedValue,
  type UnusedValueField,
} from "../model/record.js";
import type { Evidence } from "../model/trace.js";
import { lookUpUnit, type QuantityField, sameUnit, toCanonical, ucumOf } from "../model/units.js";
import { addDays, daysBetween } from "../response/dates.js";
import {
  ANTI_INFECTIVE_PROPHYLAXIS_DRUGS,
  canonicalDrugName,
  DrugClass,
  drugClass,
  holdsCarT,
  isAnticoagulant,
  isKnownDrug,
  isKnownNonMyelomaDrug,
  LYMPHODEPLETION,
  prophylaxisKindOf,
} from "../response/drug-classes.js";
import {
  ASCT_PROCEDURE,
  type ConditionCodeEntry,
  conditionCodeEntry,
  DRUGS,
  drugByName,
  drugByRxcui,
  HBV_SEROLOGY_PATHS,
  type LoincTarget,
  loincEntry,
  SYSTEM,
  snomedWord,
} from "./codes.js";
import {
  CONDITION_FIELD_TIMING,
  type ConditionFieldTarget,
  conditionFieldCode,
} from "./condition-field-codes.js";
import {
  HISTORY_TAG,
  type LocalField,
  localField,
  RECORD_ID_SYSTEM,
  TREATMENT_LINE_EXTENSION,
} from "./record-fields.js";
import {
  allogeneicTransplantCode,
  autologousTransplantCode,
  namesAllogeneicTransplant,
  namesAutologousTransplant,
  namesTransplant,
} from "./transplant-codes.js";
import {
  type CodeableConcept,
  type Coding,
  type Extension,
  type FhirQuantity,
  isRecord,
  type Resource,
} from "./types.js";

export interface ImportWarning {
  /** "Observation/123", or "Observation[entry 4]" when the resource has no id. */
  resource: string;
  message: string;
  /** "note" (from code tables 2026-12-07.3): the resource was read, and the message says how (a stop reason read, the
   * lymphodepletion joined to its CAR-T, a line inferred): please check, nothing lost. Absent: something in the
   * resource was not used (review c74-m2). "drug-allergy-not-read" (review c87-U2): a drug allergy (AllergyIntolerance
   * of category medication, or of no category) whose substance the navigator cannot read: not used, and no option is
   * checked against it; the CDS cards give it a warning card of its own. */
  kind?: "note" | "drug-allergy-not-read";
  /** With kind "drug-allergy-not-read": the allergen as the EHR wrote it (its text, else a coding's display, else its
   * codes). */
  allergen?: string;
}

/** Adds an import warning; `kind` "note" when the resource was read (review c74-m2). */
type Warn = (resource: string, message: string, kind?: ImportWarning["kind"]) => void;

export interface ConditionHint {
  resource: string;
  system: string;
  code: string;
  display: string;
  suggests: ConditionCodeEntry["suggests"];
  evidence: Evidence;
}

export interface BundleImport {
  record: PatientRecord;
  warnings: ImportWarning[];
  /** Record path -> the resource(s) its value came from ("labs.creatinine" -> "Observation/123"). */
  provenance: Record<string, string>;
  /** What the EHR's problem list says; the diagnosis itself is computed from the findings. */
  conditionHints: ConditionHint[];
}

export interface BundleToRecordOptions {
  /** The date to assess for (YYYY-MM-DD); also the reference date for age. Defaults to Bundle.timestamp. */
  asOf?: string;
  /** Record id; defaults to the Patient's record-id identifier, then Patient.id. */
  id?: string;
}

const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;
const SKIPPED_OBSERVATION_STATUS = new Set(["entered-in-error", "cancelled", "registered"]);
/** Observation.status "preliminary" (FHIR R4: "the data may be incomplete or unverified"): review c56 WRONG-5, a
 * preliminary calcium turned smouldering myeloma into myeloma with a critical alert. Not used, said. */
const PRELIMINARY = "preliminary";
/** MedicationRequest.intent codes that order a drug (FHIR R4 medicationrequest-intent); proposal, plan and option
 * do not (review c56 WRONG-3). */
const ORDER_INTENTS: ReadonlySet<string> = new Set([
  "order",
  "original-order",
  "reflex-order",
  "filler-order",
  "instance-order",
]);
/** Condition.clinicalStatus codes (FHIR R4 condition-clinical) under which the condition is there now. */
const CURRENT_CLINICAL_STATUS = new Set(["active", "recurrence", "relapse"]);
/** Every condition-clinical code: each says the condition happened (a history). */
const CLINICAL_STATUS = new Set(["active", "recurrence", "relapse", "inactive", "remission", "resolved"]);
/** verificationStatus codes that do not confirm the condition (refuted and entered-in-error are refused
 * outright). */
const UNCONFIRMED_STATUS = new Set(["unconfirmed", "provisional", "differential"]);
const ABATEMENT = [
  "abatementDateTime",
  "abatementAge",
  "abatementPeriod",
  "abatementRange",
  "abatementString",
];

/** One MRD result as series.mrd holds it, without its date. */
interface MrdResult {
  result: "negative" | "positive";
  method?: "NGF" | "NGS" | "other";
  sensitivity?: number;
}

interface Point<V> {
  ref: string;
  /** YYYY-MM-DD or null when undated. */
  date: string | null;
  /** Full effective time, for ordering several values on one day. */
  sortKey: string;
  /** Tagged as history only (recordToBundle writes a series without a current value so). */
  history: boolean;
  value: V;
}

interface LabValue {
  value: number;
  unit: string;
  /** In the field's canonical unit, to compare values reported in different units. */
  canonical: number;
  upperLimitOfNormal?: number;
  lowerLimitOfNormal?: number;
  method?: "conventional" | "high-sensitivity";
}

interface MedUse {
  ref: string;
  drug: string;
  start: string;
  end: string | null;
  ongoing: boolean;
  groupKey: string;
  /** No grouping in the data: the line is inferred (see the lines-of-therapy step). */
  inferred: boolean;
  line: Extension | undefined;
  /** A MedicationAdministration: one dose given, not a course (its end is that dose). */
  dose: boolean;
  /** Status completed or stopped (MedicationStatement, MedicationRequest): the course is over, its end perhaps not
   * given. */
  over: "completed" | "stopped" | null;
  /** Why the course stopped, from its statusReason (or a stopped MedicationStatement's reasonCode): review c57
   * U4/U5. Null when none is given or the course is not over. */
  reason: { code: StopReason; text: string } | null;
  /** The end is the resource's own (a period's end), not a one-day effectiveDateTime. */
  endGiven: boolean;
}

/** An anticoagulant taken by the patient (a MedicationStatement or MedicationRequest of one). */
interface AnticoagulantUse {
  ref: string;
  drug: string;
  start: string | null;
  end: string | null;
  ongoing: boolean;
  /** What the resource's dosage, reason or note says of the intensity; null when it says neither. */
  intensity: "therapeutic" | "prophylactic" | "conflicting" | null;
  /** Aspirin (review c87-M3): thromboprophylaxis, no anticoagulant; read only from an active resource. */
  aspirin: boolean;
  /** The resource's status, or null. */
  status: string | null;
}

/** Anti-infective prophylaxis taken by the patient (review c87-M3): a MedicationStatement or MedicationRequest of
 * aciclovir, valaciclovir, levofloxacin or TMP-SMX. */
interface ProphylaxisUse {
  ref: string;
  drug: string;
  kind: InfectionProphylaxis;
  start: string | null;
  end: string | null;
  ongoing: boolean;
  status: string | null;
}

/** Whether a medication use runs on asOf: begun by then, and ongoing or ended on or after it. */
function takenOn(
  u: { start: string | null; end: string | null; ongoing: boolean },
  asOf: string | undefined,
): boolean {
  return (
    (u.start === null || asOf === undefined || u.start <= asOf) &&
    (u.ongoing || (u.end !== null && asOf !== undefined && u.end >= asOf))
  );
}

/** Review c87-M3: aspirin by its names (or RxNorm ingredient 1191, the code EHRs send; not in the clinical reference),
 * read as thromboprophylaxis: the record contract's `conditions.anticoagulation` "prophylactic" (prophylactic-dose
 * LMWH or DOAC, or aspirin; treatments.md 7c: aspirin for lower-risk IMiD thromboprophylaxis). */
function namesAspirin(names: readonly string[], rxcuis: readonly string[]): boolean {
  if (rxcuis.includes("1191")) return true;
  return names.some((n) => /^(?:aspirin|acetylsalicylic acid)\b/i.test(n.trim()));
}

/** Review c87-M3: anti-infective prophylaxis of treatments.md 8c (aciclovir/valaciclovir, levofloxacin, TMP-SMX;
 * response/drug-classes.ts ANTI_INFECTIVE_PROPHYLAXIS_DRUGS) by its names, whole or leading ("acyclovir 400 MG Oral
 * Tablet", "sulfamethoxazole / trimethoprim"), or the RxNorm ingredient codes EHRs send (281 acyclovir, 73645
 * valacyclovir, 10831 sulfamethoxazole/trimethoprim; not in the clinical reference). Its generic name, or null. */
function antiInfectiveProphylaxisIn(names: readonly string[], rxcuis: readonly string[]): string | null {
  const byCode: Readonly<Record<string, string>> = {
    "281": "aciclovir",
    "73645": "valaciclovir",
    "10831": "trimethoprim-sulfamethoxazole",
  };
  for (const c of rxcuis) {
    const d = own(byCode, c);
    if (d !== undefined) return d;
  }
  for (const n of names) {
    const lower = n.trim().toLowerCase();
    if (
      /^(?:sulfamethoxazole|trimethoprim)\b.*\b(?:sulfamethoxazole|trimethoprim)\b|^(?:co-?trimoxazole|bactrim|septra)\b/.test(
        lower,
      )
    )
      return "trimethoprim-sulfamethoxazole";
    for (const w of [lower, lower.split(/[\s(,/]+/)[0] ?? ""]) {
      const g = canonicalDrugName(genericDrugName(w));
      if (ANTI_INFECTIVE_PROPHYLAXIS_DRUGS.has(g))
        return g === "acyclovir" ? "aciclovir" : g === "valacyclovir" ? "valaciclovir" : g;
    }
  }
  return null;
}

/** The anticoagulant a medication's names give (generic name, brand, or an RxNorm clinical-drug name that
 * starts with the ingredient, "apixaban 5 MG Oral Tablet"); null when none. */
function anticoagulantIn(names: readonly string[]): string | null {
  for (const n of names) {
    const lower = n.trim().toLowerCase();
    const whole = genericDrugName(lower);
    if (isAnticoagulant(whole)) return whole;
    const lead = genericDrugName(lower.split(/[\s(,/]+/)[0] ?? "");
    if (isAnticoagulant(lead)) return lead;
  }
  return null;
}

/** The intensity a resource's own words give (dosage text, reason, note), never read from the drug or its
 * dose: "prophylaxis" / "prevention" is prophylactic; "therapeutic" / "treatment dose" / "full dose" is
 * therapeutic; both is conflicting. */
function anticoagulationIntensity(r: Record<string, unknown>): AnticoagulantUse["intensity"] {
  const texts: string[] = [];
  const add = (v: unknown) => {
    if (typeof v === "string") texts.push(v);
  };
  for (const key of ["dosage", "dosageInstruction", "note"]) {
    const xs = r[key];
    if (Array.isArray(xs))
      for (const x of xs)
        if (isRecord(x)) {
          add(x.text);
          add(x.patientInstruction);
        }
  }
  const reasons = r.reasonCode;
  if (Array.isArray(reasons))
    for (const c of reasons) {
      if (isRecord(c)) add(c.text);
      for (const k of codingsOf(c)) add(k.display);
    }
  // Review c57 U1: "5 mg twice daily for PE; then 2.5 mg bid for prevention of recurrence" read prophylactic (the
  // word "prevention") beside an acute PE, and LMWH was advised on top. Preventing a recurrence (secondary prevention,
  // extended treatment) is not VTE prophylaxis: those words are set aside; words naming the treatment of a VTE are
  // therapeutic (treatments.md 7c: full-dose anticoagulation is the prophylaxis).
  const all = texts
    .join(" | ")
    .replace(
      /\bsecondary prevention\b|\bprevent(?:ion of|ing|s)? (?:a |the )?(?:recurren(?:ce|t)|re-?currence|new (?:clots?|events?))\b|\b(?:recurrence|recurrent vte) prevention\b/gi,
      " ",
    );
  const prophylactic = /\bprophyla(xis|ctic)\b|\bprevent(ion|ive)?\b/i.test(all);
  const therapeutic =
    /\btherapeutic\b|\btreatment[- ]dose\b|\bfull[- ]dose\b|\btreatment (?:of|for)\b/i.test(all) ||
    /\b(?:for|treat(?:s|ing)?)\s+(?:an?\s+|the\s+)?(?:acute\s+|new\s+|recent\s+)?(?:pe|dvt|vte|pulmonary embol(?:ism|us|i)|deep ve(?:in|nous) thrombosis|venous thromboembolism|venous thrombosis)\b(?!\s*(?:prophyla|prevent))/i.test(
      all,
    );
  return prophylactic && therapeutic
    ? "conflicting"
    : prophylactic
      ? "prophylactic"
      : therapeutic
        ? "therapeutic"
        : null;
}

/** Review c87-m1: the LOINC answers of the ECOG Performance Status score (89247-1, answer list LL529-9) as its grade:
 * LA9622-7 0 "Fully active ...", LA9623-5 1 "Restricted in physically strenuous activity ...", LA9624-3 2, LA9625-0 3,
 * LA9626-8 4 "Completely disabled ..."; LA9627-6 (5, dead) is no grade the record takes (fitness.ecog 0-4). Not in the
 * clinical reference (which uses ECOG in criteria-and-scores.md 8.2): from LOINC, as the HL7 mCODE ECOG profile and
 * implementation guides list them (e.g. IDGRLP/Tumorkonferenzen-IG valueSets.fsh, ECOGPerformanceStatusVS). */
const ECOG_LOINC_ANSWERS: Readonly<Record<string, number>> = Object.freeze({
  "LA9622-7": 0,
  "LA9623-5": 1,
  "LA9624-3": 2,
  "LA9625-0": 3,
  "LA9626-8": 4,
});

/** SNOMED CT codes of an adverse reaction to a drug, read as a toxicity stop: 281647001 "Adverse reaction" (the root
 * of the FHIR AllergyIntolerance manifestation value sets, e.g. HL7 NZ SDHR ValueSet
 * sdhr-allergyintolerance-manifestation-valueset) and 29544009 "Intolerance" (HL7 Europe eHDSI AdverseEventType value
 * set). Not in the clinical reference. */
const SNOMED_TOXICITY_STOP: ReadonlySet<string> = new Set(["281647001", "29544009"]);

/** Review c57 U4/U5: the record's stop reason a statusReason's words or codes give, only where they say it
 * unambiguously: an adverse event or toxicity (the word, a named toxicity such as neuropathy, a CTCAE grade, or the
 * SNOMED CT codes above, a drug- or steroid-induced condition) is `toxicity`; the patient's wish is `patient-choice`; a
 * progression said alone is `progression`; anything else (two reasons, a denied progression, a non-response) is `other`. */
export function stopReasonOf(texts: readonly string[], snomedCodes: readonly string[]): StopReason {
  const all = texts.join(" | ");
  const toxicity =
    snomedCodes.some((c) => SNOMED_TOXICITY_STOP.has(c)) ||
    /\btoxicit(y|ies)\b|\btoxic\b|\badverse\b|\bside[- ]effects?\b|\bintoleran(ce|t)\b|\bnot tolerated\b|\bneuropath(y|ic)\b|\bgrade [1-5]\b|\bctcae\b|\b(?:drug|steroid|treatment|therapy)[- ]induced\b/i.test(
      all,
    );
  const choice =
    /\bpatient(?:'s)? (?:choice|wish(?:es)?|preference|request|decision|declined|refused)\b|\b(?:declined|refused|stopped) by (?:the )?patient\b|\bpatient (?:declines|refuses)\b/i.test(
      all,
    );
  // Review c58-M6: "Disease progression" is the EHR saying the disease progressed on it: `progression` (asking for
  // what it gave was the other reading). Denied ("no progression") or beside another reason, or a non-response
  // ("refractory", "no response"): `other`.
  const progression = /\bprogress|\brelaps/i.test(all);
  // Review c59-W1: "ruled out", "suspected", "?progression - awaiting marrow" are no progression said.
  const denied =
    /\b(?:no|not|without|non)[- ](?:evidence of )?(?:disease )?(?:progress|relaps)/i.test(all) ||
    /\?|\b(?:ruled out|rule out|r\/o|excluded|suspect(?:ed)?|possible|possibly|probable|query|queried|likely|unlikely|awaiting|pending|to be confirmed|unconfirmed|not confirmed|equivocal|versus|vs)\b/i.test(
      all,
    );
  const nonResponse = /\brefractory\b|\bno response\b|\bnot responding\b/i.test(all);
  if (progression && !denied && !nonResponse && !toxicity && !choice) return "progression";
  if (progression || nonResponse || (toxicity && choice)) return "other";
  return toxicity ? "toxicity" : choice ? "patient-choice" : "other";
}

function codingsOf(cc: unknown): Coding[] {
  if (!isRecord(cc) || !Array.isArray(cc.coding)) return [];
  return cc.coding.filter(isRecord) as Coding[];
}

/** Any JSON value as text for a warning. `${x}` and String(x) throw on an object whose `toString`
 * member is not a function (`{"system": {"toString": 1}}`), so only strings and numbers are shown
 * as they are and anything else as JSON. */
function shown(v: unknown): string {
  return typeof v === "string" || typeof v === "number" || typeof v === "boolean"
    ? String(v)
    : JSON.stringify(v);
}

function describeCodes(cc: unknown): string {
  const codings = codingsOf(cc);
  const text = isRecord(cc) && typeof cc.text === "string" ? cc.text : null;
  if (codings.length === 0) return text ? `"${text}"` : "no code";
  return codings.map((c) => `${shown(c.system ?? "(no system)")}|${shown(c.code ?? "(no code)")}`).join(", ");
}

/** An Observation's interpretation flags as said to a person: each code with its display or text (`HH "Critical
 * high"`); null when it has none (review c74-M2). */
function interpretationOf(r: Resource): string | null {
  const all = Array.isArray(r.interpretation) ? r.interpretation : [];
  const said = all.flatMap((cc) => {
    const text = isRecord(cc) && typeof cc.text === "string" ? cc.text : null;
    const codings = codingsOf(cc);
    if (codings.length === 0) return text ? [`"${shown(text)}"`] : [];
    return codings.map((c) => {
      const words = c.display ?? text;
      return `${shown(c.code ?? "(no code)")}${typeof words === "string" ? ` "${shown(words)}"` : ""}`;
    });
  });
  return said.length > 0 ? said.join(", ") : null;
}

/** The codes with the words the EHR gave them (the concept's text, else each coding's display), so that a code the
 * navigator does not read is named in words too (review c74-U2: "Z33.1" alone hid a pregnancy). */
function describeCodesNamed(cc: unknown): string {
  const codes = describeCodes(cc);
  const text = isRecord(cc) && typeof cc.text === "string" && cc.text.trim() !== "" ? cc.text : null;
  if (codingsOf(cc).length === 0) return codes;
  const displays = codingsOf(cc)
    .map((c) => (typeof c.display === "string" ? c.display : ""))
    .filter((d) => d.trim() !== "");
  const words = text ?? (displays.length > 0 ? [...new Set(displays)].join("; ") : null);
  return words === null ? codes : `${codes} ("${shown(words)}")`;
}

/** The codes of a status CodeableConcept (a Condition's or an AllergyIntolerance's clinical or verification status). */
function statusCodes(cc: unknown): string[] {
  return codingsOf(cc)
    .map((c) => c.code)
    .filter((c): c is string => typeof c === "string");
}

/** The substance a name gives, as PatientRecord allergies[].substance names it: a generic or brand name the navigator
 * knows (anti-myeloma or not), matched whole, or a name of a sulfonamide ("sulfonamides"); null otherwise. */
function substanceOfName(n: string): string | null {
  const listed = drugByName(n);
  if (listed) return listed.generic;
  const name = canonicalDrugName(genericDrugName(n.trim().toLowerCase()));
  if (isKnownDrug(name) || isKnownNonMyelomaDrug(name)) return name;
  if (/\bsul(?:f|ph)(?:a|on)/i.test(n)) return "sulfonamides";
  return null;
}

/** Review c87-U2: how an EHR writes an allergen's two names in one text ("Revlimid (lenalidomide)", "lenalidomide
 * (Revlimid)", "Revlimid - lenalidomide", "Revlimid/lenalidomide", "lenalidomide, Revlimid", "...; ..."): the parts
 * between brackets, a spaced dash, a slash, a comma or a semicolon. A hyphen inside a word ("non-thalidomide") is no
 * separator: each part is matched whole (substanceOfName), never a part of a word. */
const ALLERGEN_NAME_SEPARATORS = /\s*[()[\]]\s*|\s+[-–—]\s+|\s*[/,;]\s*/;

/** The substances of an AllergyIntolerance's code (review c74-M3), as PatientRecord allergies[].substance names them:
 * the drug of an RxNorm code in the project's drug table (codes.ts DRUGS); else a text or display that is a generic or
 * brand name the navigator knows, or that names a sulfonamide ("sulfonamides"); else (review c87-U2) the known names
 * among the parts of such a text ("Revlimid (lenalidomide)"; a part such as "25 mg" or "rash" is not a name and is
 * passed over). Two different drugs named in one text are both returned (each option giving either is checked).
 * Empty otherwise: no guess. */
function allergySubstances(code: unknown): string[] {
  for (const c of codingsOf(code))
    if (c.system === SYSTEM.rxnorm && typeof c.code === "string") {
      const d = drugByRxcui(c.code);
      if (d) return [d.generic];
    }
  const names = [...codingsOf(code).map((c) => c.display), isRecord(code) ? code.text : undefined].filter(
    (n): n is string => typeof n === "string",
  );
  for (const n of names) {
    const whole = substanceOfName(n);
    if (whole !== null) return [whole];
  }
  for (const n of names) {
    const parts = n
      .split(ALLERGEN_NAME_SEPARATORS)
      .map((x) => x.trim())
      .filter((x) => x !== "")
      .map((x) => substanceOfName(x.replace(/\s+\d+(?:[.,]\d+)?\s*(?:mg|mcg|µg|g)\b.*$/i, "")))
      .filter((x): x is string => x !== null);
    if (parts.length > 0) return [...new Set(parts)];
  }
  return [];
}

/** The resource types read as the patient's data (each names its patient in `subject` or `patient`). */
/** The resource types about one patient (their `subject` or `patient`) that the import reads. */
export const CLINICAL_RESOURCES: ReadonlySet<string> = new Set([
  "Observation",
  "MedicationStatement",
  "MedicationRequest",
  "MedicationAdministration",
  "Procedure",
  "CarePlan",
  "Condition",
  "AllergyIntolerance",
]);

/** The id of the Patient a reference names: `Patient/abc`, `Patient/abc/_history/2` and
 * `https://ehr.example.org/fhir/Patient/abc` all name `abc`. Null when it names no Patient by id (a
 * `urn:uuid:`, a Group, a conditional reference). */
export function referencedPatientId(reference: string): string | null {
  const m = /(?:^|\/)Patient\/([^/?#]+)(?:\/_history\/[^/?#]+)?$/.exec(reference);
  return m ? (m[1] as string) : null;
}

/** A patient reference compared as "Patient/id" (referencedPatientId); any other reference (urn:uuid:...) is
 * compared whole. */
function patientKey(reference: string): string {
  const id = referencedPatientId(reference);
  return id === null ? reference : `Patient/${id}`;
}

const FLUDARABINE = "fludarabine";

/** The shortest cycle of a first-line regimen: VRd's 21 days (SWOG S0777, durie-2020-bcj; not in the reference). */
const SHORTEST_CYCLE_DAYS = 21;
/** Drugs given every 4 weeks later in a course (treatments.md 2b: daratumumab every 4 weeks from week 25; its update
 * log: elranatamab every 4 weeks for responders after week 48), and that interval. Linvoseltamab: every 4 weeks in
 * VGPR or better at or after week 24 with at least 17 full doses (Lynozyfic US prescribing information, 2025-07; not
 * in the clinical reference, which gives no linvoseltamab schedule: looked up 2026-12-06 for review c58 M2, a
 * 4-weekly course read "finished" 24-27 days after its last dose). Teclistamab (every 2 weeks in a lasting CR) and
 * talquetamab (every 2 weeks) stay within the 21-day window. */
const FOUR_WEEKLY_DRUGS: ReadonlySet<string> = new Set(["daratumumab", "elranatamab", "linvoseltamab"]);
const FOUR_WEEKS_DAYS = 29; // days after a dose: under it, within one 4-week interval (a dose 28 days ago, the next due today)

/** Review c56 UNSAFE-4: lenalidomide ordered a day after bortezomib and dexamethasone made a second line ("relapsed"
 * three weeks into VRd). Drugs begun before one cycle of the running regimen is complete (criteria-and-scores.md 9.1:
 * a line is at least one complete cycle), none of them a corticosteroid or a BCMA- or GPRC5D-directed agent (a
 * regimen of its own comes with its steroid or is such an agent: response/lines.ts addsToOpenEntry), are read as
 * part of it. */
function addedInFirstCycle(regimenStart: string, day: string, batch: readonly MedUse[]): boolean {
  if (daysBetween(regimenStart, day) >= SHORTEST_CYCLE_DAYS) return false;
  return batch.every((u) => {
    const c = drugClass(u.drug);
    return c !== DrugClass.steroid && c !== DrugClass.bcmaDirected && c !== DrugClass.gprc5dDirected;
  });
}

/** Review c57 W3: how long before a CAR-T entry an ended regimen is named as possible bridging (the project's own
 * window; the reference gives none). */
const BRIDGING_WINDOW_DAYS = 56;
/** ... and begun within 16 weeks of it (the project's own window: a regimen of years before is the previous line). */
const BRIDGING_START_WINDOW_DAYS = 112;
/** Review c57 W4: a second transplant within about 6 months of the first (the project's own window, the reviewer's
 * "about 6 months"; tandem transplants are planned 2-6 months apart) is named as a possible tandem. */
const TANDEM_WINDOW_DAYS = 183;

/** Review c57 U4/U5: the uses of a running regimen (begun `regimenStart`) whose drug stopped, with its own end, on or
 * within a week before `day`, the day a drug is added, with no use of that drug going on past its end and none begun
 * in `batch` (a drug given again is no substitution). A dose (MedicationAdministration) ends on its day and says
 * nothing of a stop. */
const SUBSTITUTION_GAP_DAYS = 7;
function stoppedBefore(
  uses: readonly MedUse[],
  regimenStart: string,
  day: string,
  batch: readonly MedUse[],
): MedUse[] {
  const out: MedUse[] = [];
  for (const drug of new Set(uses.map((u) => u.drug))) {
    if (batch.some((u) => u.drug === drug)) continue;
    const of = uses.filter((u) => u.drug === drug);
    if (of.some((u) => u.dose || u.ongoing || u.end === null || !u.endGiven)) continue;
    const last = of.reduce((a, b) => ((b.end as string) > (a.end as string) ? b : a));
    const end = last.end as string;
    if (end < regimenStart || end > day || daysBetween(end, day) > SUBSTITUTION_GAP_DAYS) continue;
    out.push(last);
  }
  return out;
}

/** Review c58-U1: bortezomib stopped on day 15 for painful neuropathy while lenalidomide and dexamethasone went on was
 * one open VRd entry (bortezomib "given now", its end and reason lost). In each inferred regimen, a drug whose courses
 * all ended on their own day (no dose, no course going on) before the others: the regimen's entry ends that day (its
 * stop reason from that drug's statusReason) and the drugs going on are another entry from the next day (stopping some
 * drugs is no new line, criteria-and-scores.md 9.1; the record contract reads an entry that only drops drugs of the one
 * before it as the same regimen). Said; repeated while another drug stops early. In place. */
function splitPartialStops(groups: Map<string, MedUse[]>, asOf: string | undefined, warn: Warn): void {
  const out = new Map<string, MedUse[]>();
  for (const [key, all] of groups) {
    let uses = all;
    let n = 0;
    while (key.startsWith("inferred:")) {
      const drugs = [...new Set(uses.map((u) => u.drug))];
      if (drugs.length < 2) break;
      const goesOnPast = (u: MedUse, day: string) => u.ongoing || u.end === null || u.end > day;
      /** The day a drug stopped and the day past which another drug must go on for it to be a stop; null while it
       * goes on, ended with no day of its own, or ends on or after asOf (review c59-W2: an active statement's planned
       * end is no stop). Given as doses only (review c59-M1: bortezomib last given 47 days before, daratumumab going
       * on), its last dose, when another drug goes on more than one cycle (21 days) past it. */
      const stopOf = (d: string): { d: string; end: string; past: string } | null => {
        const of = uses.filter((u) => u.drug === d);
        const last = of.map((u) => u.end ?? "").sort()[of.length - 1] as string;
        if (last === "" || (asOf !== undefined && last >= asOf)) return null;
        if (of.every((u) => u.dose)) return { d, end: last, past: addDays(last, SHORTEST_CYCLE_DAYS) };
        if (of.some((u) => u.dose || u.ongoing || u.end === null || !u.endGiven)) return null;
        return { d, end: last, past: last };
      };
      const stops = drugs
        .map(stopOf)
        .filter((x): x is { d: string; end: string; past: string } => x !== null)
        .filter((x) => uses.some((u) => u.drug !== x.d && goesOnPast(u, x.past)));
      if (stops.length === 0) break;
      const day = stops.map((x) => x.end).sort()[0] as string;
      const stopped = stops.filter((x) => x.end === day).map((x) => x.d);
      const next = addDays(day, 1);
      const going = uses.filter((u) => !stopped.includes(u.drug) && goesOnPast(u, day));
      const reasons = uses.filter((u) => stopped.includes(u.drug) && u.end === day && u.reason !== null);
      warn(
        [...new Set(uses.map((u) => u.ref))].join(", "),
        `${stopped.join(", ")} stopped ${day}${reasons.length > 0 ? ` (${reasons.map((u) => `"${u.reason?.text}"`).join(", ")})` : ""} while ${[...new Set(going.map((u) => u.drug))].join(", ")} went on: the regimen's entry ends ${day} and the drugs going on are another entry from ${next} (stopping some drugs is no new line, criteria-and-scores.md 9.1); ${stopped.join(", ")} is not given now`,
        "note",
      );
      out.set(
        n === 0 ? key : `${key}:after-stop:${n}`,
        uses
          .filter((u) => u.start <= day)
          .map((u) =>
            goesOnPast(u, day)
              ? { ...u, end: day, ongoing: false, over: null, reason: null, endGiven: true }
              : u,
          ),
      );
      n++;
      uses = going.map((u) => (u.start <= day ? { ...u, start: next } : u));
    }
    out.set(n === 0 ? key : `${key}:after-stop:${n}`, uses);
  }
  groups.clear();
  for (const [k, v] of out) groups.set(k, v);
}

/** See the call: the lymphodepletion uses joined to the CAR-T product's group, in place; fludarabine left over is
 * removed with a warning. */
function attachLymphodepletion(meds: MedUse[], warn: Warn): void {
  const byStart = [...meds].sort((a, b) => (a.start < b.start ? -1 : a.start > b.start ? 1 : 0));
  const placed = new Set<MedUse>();
  for (const car of byStart.filter((u) => holdsCarT([u.drug]))) {
    const flu = byStart.filter((u) => u.drug === FLUDARABINE && u.inferred && u.start <= car.start);
    const first = flu[0];
    if (first === undefined) continue;
    const between = byStart.filter(
      (u) => u !== car && u.start >= first.start && u.start <= car.start && !holdsCarT([u.drug]),
    );
    // Another drug started in between: the sequence is not lymphodepletion then infusion alone.
    if (between.some((u) => !LYMPHODEPLETION.includes(u.drug))) continue;
    const ld = between.filter((u) => u.inferred && !placed.has(u));
    if (ld.length === 0) continue;
    const key = car.groupKey === "" ? `cart:${car.ref}` : car.groupKey;
    car.groupKey = key;
    car.inferred = false;
    for (const u of ld) {
      u.groupKey = key;
      u.inferred = false;
      placed.add(u);
    }
    warn(
      ld.map((u) => u.ref).join(", "),
      `${[...new Set(ld.map((u) => u.drug))].join(" and ")} from ${first.start} read as the lymphodepletion of ${car.drug} (${car.ref}): one entry with it, no line of its own`,
      "note",
    );
  }
  for (let i = meds.length - 1; i >= 0; i--) {
    const u = meds[i] as MedUse;
    if (u.drug === FLUDARABINE && u.inferred && !placed.has(u)) {
      warn(u.ref, "fludarabine is not a myeloma therapy, and no CAR-T infusion follows it here; not used");
      meds.splice(i, 1);
    }
  }
}

function dateOf(value: unknown): { date: string | null; sortKey: string; partial: boolean } {
  if (typeof value !== "string") return { date: null, sortKey: "", partial: false };
  const day = value.slice(0, 10);
  if (ISO_DATE.test(day)) return { date: day, sortKey: value, partial: false };
  return { date: null, sortKey: "", partial: true };
}

/** Review c86-M2: the record field a result's code names (a lab quantity, a free light chain by its chain, the marrow's
 * plasma cells, weight or height), read as handleObservation reads the code; null for any other code. */
function unusedTargetOf(r: Resource): UnusedValueField | "kappa" | "lambda" | null {
  for (const c of codingsOf(r.code)) {
    if (typeof c.code !== "string") continue;
    if (c.system === SYSTEM.loinc) {
      const t = loincEntry(c.code)?.target;
      if (t === undefined) continue;
      switch (t.kind) {
        case "lab":
          return `labs.${t.field}`;
        case "freeLightChain":
          return t.chain;
        case "marrowPlasmaCells":
          return "marrow.clonalPlasmaCellPercent";
        case "weight":
        case "height":
          return `patient.${t.kind}`;
        default:
          return null;
      }
    }
    if (c.system === SYSTEM.mmnavRecord) {
      const field = c.code.replace(/^labs\./, "") as LabQuantityField;
      return c.code.startsWith("labs.") && (LAB_QUANTITY_FIELDS as readonly string[]).includes(field)
        ? `labs.${field}`
        : null;
    }
  }
  return null;
}

function effectiveOf(r: Resource): unknown {
  if (typeof r.effectiveDateTime === "string") return r.effectiveDateTime;
  if (typeof r.effectiveInstant === "string") return r.effectiveInstant;
  if (isRecord(r.effectivePeriod) && typeof r.effectivePeriod.start === "string")
    return r.effectivePeriod.start;
  return undefined;
}

/** The NYHA class a text names, as the record writes it (I, II, III, IIIA, IIIB, IV), or null: "III",
 * "Class IIIb", "NYHA class 3", "New York Heart Association Classification - Class IV". Arabic 1-4 are
 * read as the Roman classes; nothing else is guessed. */
function nyhaWord(s: unknown): string | null {
  if (typeof s !== "string") return null;
  const m =
    /^(?:(?:nyha|new york heart association)(?:\s+(?:functional\s+)?classification)?\s*[-:]?\s*)?(?:class\s*)?(iv|iii|ii|i|[1-4])([ab])?$/i.exec(
      s.trim(),
    );
  if (m === null) return null;
  const roman =
    ({ "1": "I", "2": "II", "3": "III", "4": "IV" } as Record<string, string>)[m[1]!] ?? m[1]!.toUpperCase();
  if (m[2] === undefined) return roman;
  return roman === "III" ? `III${m[2].toUpperCase()}` : null;
}

/** Whole years from birthDate to asOf (both YYYY-MM-DD). */
export function ageOn(birthDate: string, asOf: string): number {
  const [by, bm, bd] = birthDate.split("-").map(Number) as [number, number, number];
  const [ay, am, ad] = asOf.split("-").map(Number) as [number, number, number];
  let age = ay - by;
  if (am < bm || (am === bm && ad < bd)) age -= 1;
  return age;
}

function setPath(target: Record<string, unknown>, path: string, value: unknown): void {
  const parts = path.split(".");
  let node = target;
  for (const p of parts.slice(0, -1)) {
    const next = node[p];
    if (isRecord(next)) node = next;
    else {
      const created: Record<string, unknown> = {};
      node[p] = created;
      node = created;
    }
  }
  node[parts[parts.length - 1] as string] = value;
}

/** Removes the value at a dotted path; true when there was one. */
function deletePath(target: Record<string, unknown>, path: string): boolean {
  const parts = path.split(".");
  let node: unknown = target;
  for (const p of parts.slice(0, -1)) {
    if (!isRecord(node)) return false;
    node = node[p];
  }
  const last = parts[parts.length - 1] as string;
  if (!isRecord(node) || !(last in node)) return false;
  delete node[last];
  return true;
}

function getPath(target: Record<string, unknown>, path: string): unknown {
  let node: unknown = target;
  for (const p of path.split(".")) {
    if (!isRecord(node)) return undefined;
    node = node[p];
  }
  return node;
}

/** Equal values: quantities by their canonical value (38 mg/dL is 380 mg/L), anything else as JSON. Review c74-m5:
 * one specimen sent in two units (creatinine 1.2 mg/dL and 106 umol/L, calcium 10.2 mg/dL and 2.545 mmol/L: each
 * rounded in its own unit) is one result when the two agree within SAME_RESULT_ACROSS_UNITS; values in one unit must
 * agree exactly. */
const SAME_RESULT_ACROSS_UNITS = 0.01;
function sameValue(a: unknown, b: unknown): boolean {
  if (isRecord(a) && isRecord(b) && typeof a.canonical === "number" && typeof b.canonical === "number") {
    const scale = Math.max(1e-9, Math.abs(a.canonical), Math.abs(b.canonical));
    const tolerance = a.unit !== b.unit ? SAME_RESULT_ACROSS_UNITS * scale : 1e-9 * Math.max(1, scale);
    return Math.abs(a.canonical - b.canonical) <= tolerance;
  }
  return JSON.stringify(a) === JSON.stringify(b);
}

/** The serum free light chain kappa/lambda ratio's normal range, Freelite (criteria-and-scores.md 1.3, "Serum FLC
 * reference intervals (Freelite)" [V], Katzmann 2002: "kappa/lambda ratio 0.26-1.65"; the light-chain MGUS row: "kappa
 * raised if ratio >1.65; lambda raised if ratio <0.26"). The reference gives the ratio as involved/uninvolved (1.1
 * notes: for lambda-type disease, kappa/lambda <=0.01 is lambda/kappa >=100). */
const FLC_RATIO_LOW = 0.26;
const FLC_RATIO_HIGH = 1.65;

/** Review c87-U3: kappa 600 and lambda 4 mg/L (ratio 150, a SLiM event for a kappa clone) were both dropped because
 * the light-chain type sat only in an immunofixation text. With no light-chain type recorded, the involved chain is
 * read from the ratio's direction (criteria-and-scores.md 1.3, FLC_RATIO_LOW/HIGH): on every day both chains were
 * measured (current values, dated), a ratio above 1.65 says kappa, below 0.26 lambda, within the range nothing; the
 * latest such day with a ratio outside the range decides, and a day pointing the other way leaves it unread. The
 * project's reading (UNVERIFIED): the reference gives the range and the direction for light-chain MGUS, not this use of
 * it; the range is the Freelite one, and it widens in severe renal impairment (0.34-3.10, U). */
function flcChainFromRatio(
  kappa: readonly Point<LabValue>[],
  lambda: readonly Point<LabValue>[],
): { chain: "kappa" | "lambda"; ratio: number; day: string; refs: string[] } | { chain: null; why: string } {
  const notRecorded =
    "involved and uninvolved cannot be told apart: the light-chain type of the M-protein is not recorded (labs.lightChain)";
  const k = kappa.filter((p) => !p.history && p.date !== null);
  const l = lambda.filter((p) => !p.history && p.date !== null);
  const latestOn = (ps: readonly Point<LabValue>[], day: string) =>
    ps.filter((p) => p.date === day).reduce((a, b) => (b.sortKey > a.sortKey ? b : a));
  const days = [...new Set(k.map((p) => p.date as string))].filter((d) => l.some((p) => p.date === d)).sort();
  if (days.length === 0)
    return {
      chain: null,
      why: `${notRecorded}, and there are no kappa and lambda of one day to read the direction of their ratio from`,
    };
  const read = days.map((day) => {
    const kp = latestOn(k, day);
    const lp = latestOn(l, day);
    const ratio = lp.value.canonical > 0 ? kp.value.canonical / lp.value.canonical : Number.NaN;
    const chain: "kappa" | "lambda" | null =
      ratio > FLC_RATIO_HIGH ? "kappa" : ratio < FLC_RATIO_LOW ? "lambda" : null;
    return { day, ratio, chain, refs: [kp.ref, lp.ref] };
  });
  const outside = read.filter((x) => x.chain !== null);
  const latest = read[read.length - 1] as (typeof read)[number];
  if (outside.length === 0)
    return {
      chain: null,
      why: `${notRecorded}, and the kappa/lambda ratio ${Number.isFinite(latest.ratio) ? Number(latest.ratio.toPrecision(3)) : "(lambda 0)"} of ${latest.day} is within the normal range ${FLC_RATIO_LOW}-${FLC_RATIO_HIGH} (criteria-and-scores.md 1.3), so its direction says nothing: record labs.lightChain (from the immunofixation) to use them`,
    };
  if (new Set(outside.map((x) => x.chain)).size > 1)
    return {
      chain: null,
      why: `${notRecorded}, and the kappa/lambda ratios of ${outside.map((x) => `${x.day} (${Number(x.ratio.toPrecision(3))})`).join(", ")} point opposite ways (above ${FLC_RATIO_HIGH} and below ${FLC_RATIO_LOW}): record labs.lightChain (from the immunofixation) to use them`,
    };
  const last = outside[outside.length - 1] as (typeof outside)[number];
  return { chain: last.chain as "kappa" | "lambda", ratio: last.ratio, day: last.day, refs: last.refs };
}

/**
 * Converts a FHIR R4 Bundle into a PatientRecord, with a warning for every resource or value it could
 * not use and the provenance of every value it did use.
 *
 * @example
 * const { record, warnings } = bundleToRecord(bundle, { asOf: "2026-11-26" });
 */
export function bundleToRecord(bundle: unknown, options: BundleToRecordOptions = {}): BundleImport {
  if (!isRecord(bundle) || bundle.resourceType !== "Bundle") {
    throw new MmnavError(ErrorCode.UNSUPPORTED_FHIR, 'expected a FHIR R4 Bundle (resourceType "Bundle")', [
      { path: "resourceType", message: 'expected "Bundle"' },
    ]);
  }
  if (bundle.entry !== undefined && !Array.isArray(bundle.entry)) {
    throw new MmnavError(ErrorCode.UNSUPPORTED_FHIR, "Bundle.entry must be an array", [
      { path: "entry", message: "expected an array of entries" },
    ]);
  }
  const warnings: ImportWarning[] = [];
  const provenance: Record<string, string> = {};
  const conditionHints: ConditionHint[] = [];
  /** `kind` "note": the resource was read, with a note (review c74-m2); else something in it was not used. */
  const warn: Warn = (resource, message, kind) =>
    warnings.push(kind ? { resource, message, kind } : { resource, message });

  // Index the resources; a search-set Bundle from a CDS Hooks prefetch has the same shape.
  const entries = (bundle.entry ?? []) as unknown[];
  const resources: { r: Resource; ref: string; fullUrl: string | null }[] = [];
  entries.forEach((e, i) => {
    if (!isRecord(e) || !isRecord(e.resource) || typeof e.resource.resourceType !== "string") {
      warn(`Bundle.entry[${i}]`, "entry has no resource with a resourceType; not used");
      return;
    }
    const r = e.resource as Resource;
    const ref = typeof r.id === "string" ? `${r.resourceType}/${r.id}` : `${r.resourceType}[entry ${i}]`;
    resources.push({ r, ref, fullUrl: typeof e.fullUrl === "string" ? e.fullUrl : null });
  });
  if (resources.length === 0) {
    throw new MmnavError(ErrorCode.UNSUPPORTED_FHIR, "the Bundle has no resources", [
      { path: "entry", message: "expected at least a Patient and some Observations" },
    ]);
  }

  // Patient: exactly one, and every clinical resource must be about it.
  const patients = resources.filter((x) => x.r.resourceType === "Patient");
  if (patients.length > 1) {
    throw new MmnavError(
      ErrorCode.UNSUPPORTED_FHIR,
      `the Bundle has ${patients.length} Patient resources (${patients.map((p) => p.ref).join(", ")}); expected one`,
      patients.map((p) => ({ path: p.ref, message: "several patients in one Bundle" })),
    );
  }
  const patient = patients[0];
  const patientRefs = new Set<string>();
  if (patient) {
    patientRefs.add(patient.ref);
    if (patient.fullUrl) patientRefs.add(patient.fullUrl);
    if (typeof patient.r.id === "string") patientRefs.add(`Patient/${patient.r.id}`);
  }
  const patientKeys = new Set([...patientRefs].map(patientKey));
  const subjectOf = (r: Resource): string | null => {
    const subject = r.subject ?? r.patient;
    return isRecord(subject) && typeof subject.reference === "string" ? subject.reference : null;
  };
  // Review c56 UNSAFE-3: with no Patient resource, every subject's resources were merged (another patient's
  // creatinine of 8 and calcium of 13.1 read as this one's). The resources must then all name one patient.
  if (!patient) {
    const subjects = new Map<string, string[]>();
    for (const x of resources) {
      if (!CLINICAL_RESOURCES.has(x.r.resourceType)) continue;
      const s = subjectOf(x.r);
      if (s === null) continue;
      const key = patientKey(s);
      subjects.set(key, [...(subjects.get(key) ?? []), x.ref]);
    }
    if (subjects.size > 1) {
      throw new MmnavError(
        ErrorCode.UNSUPPORTED_FHIR,
        `the Bundle has no Patient resource and its resources are about ${subjects.size} patients (${[...subjects.keys()].join(", ")}); expected one patient`,
        [...subjects].map(([key, refs]) => ({ path: refs[0] as string, message: `about ${key}` })),
      );
    }
  }
  /** Not used, said: a resource about another patient than the Bundle's, or (review c56 UNSAFE-3) about no patient. */
  const aboutOtherPatient = (x: { r: Resource; ref: string }): boolean => {
    const s = subjectOf(x.r);
    if (s === null) {
      warn(x.ref, "has no subject (the patient it is about); not used");
      return true;
    }
    if (!patient || patientKeys.has(patientKey(s))) return false;
    warn(x.ref, `is about ${s}, not ${patient.ref}; not used`);
    return true;
  };

  const bundleDate =
    typeof bundle.timestamp === "string" && ISO_DATE.test(bundle.timestamp.slice(0, 10))
      ? bundle.timestamp.slice(0, 10)
      : undefined;
  const asOf = options.asOf ?? bundleDate;
  const out: Record<string, unknown> = {};
  if (asOf) out.asOf = asOf;

  if (patient) {
    const p = patient.r;
    // Review c57 W9: a deceased patient was assessed as living (first-line options and a handout addressed to them,
    // in CDS Hooks and a cohort screen). Patient.deceased[x] on or before the assessment date: refused.
    if (p.deceasedBoolean === true) {
      throw new MmnavError(
        ErrorCode.PATIENT_DECEASED,
        `${patient.ref} is recorded deceased (Patient.deceasedBoolean true): not assessed`,
        [{ path: `${patient.ref}.deceasedBoolean`, message: "the patient is recorded deceased" }],
      );
    }
    if (p.deceasedDateTime !== undefined) {
      const died = dateOf(p.deceasedDateTime).date;
      if (died === null || asOf === undefined || died <= asOf) {
        throw new MmnavError(
          ErrorCode.PATIENT_DECEASED,
          `${patient.ref} is recorded deceased on ${shown(p.deceasedDateTime)} (Patient.deceasedDateTime)${died !== null && asOf !== undefined ? `, on or before the assessment date ${asOf}` : ""}: not assessed`,
          [
            {
              path: `${patient.ref}.deceasedDateTime`,
              message: `the patient is recorded deceased on ${shown(p.deceasedDateTime)}`,
            },
          ],
        );
      }
      warn(
        patient.ref,
        `Patient.deceasedDateTime ${shown(p.deceasedDateTime)} is after the assessment date ${asOf}: assessed as on ${asOf}; check the record`,
        "note",
      );
    }
    const idents = Array.isArray(p.identifier) ? p.identifier.filter(isRecord) : [];
    const recordId = idents.find((i) => i.system === RECORD_ID_SYSTEM && typeof i.value === "string")?.value;
    const id =
      options.id ?? (typeof recordId === "string" ? recordId : typeof p.id === "string" ? p.id : undefined);
    if (id !== undefined) {
      out.id = id;
      if (options.id === undefined) provenance.id = patient.ref;
    }
    if (typeof p.birthDate === "string") {
      if (!ISO_DATE.test(p.birthDate)) {
        warn(patient.ref, `birthDate "${p.birthDate}" is not a full date; age left unknown (not rounded)`);
      } else if (!asOf) {
        warn(patient.ref, "no asOf date given, so age cannot be computed from birthDate");
      } else {
        const age = ageOn(p.birthDate, asOf);
        if (age < 0 || age > 120)
          warn(patient.ref, `birthDate ${p.birthDate} gives an age of ${age} on ${asOf}; not used`);
        else {
          setPath(out, "patient.age", age);
          provenance["patient.age"] = patient.ref;
        }
      }
    }
    if (p.gender === "female" || p.gender === "male") {
      setPath(out, "patient.sex", p.gender);
      provenance["patient.sex"] = patient.ref;
    } else if (typeof p.gender === "string" && p.gender !== "unknown") {
      warn(patient.ref, `gender "${p.gender}": the kidney equations need female or male; sex left unknown`);
    }
  } else {
    warn("Bundle", "no Patient resource: age and sex are unknown");
  }

  // Observations, collected per target then resolved (current value + series).
  const labPoints = new Map<LabQuantityField, Point<LabValue>[]>();
  const flcPoints: Record<"kappa" | "lambda", Point<LabValue>[]> = { kappa: [], lambda: [] };
  const marrowPoints: Point<number>[] = [];
  const bodyPoints: Record<"weight" | "height", Point<LabValue>[]> = { weight: [], height: [] };
  const localPoints = new Map<string, Point<unknown>[]>();
  /** MRD results (series.mrd, project-local code; c11a). */
  const mrdPoints: Point<MrdResult>[] = [];
  /** Review c86-M2: values sent for a record field and not used, with why (the record's unusedValues): a field's path,
   * or a free light chain's chain until the light-chain type places it (involved or uninvolved). */
  const unusedSent: {
    to: UnusedValueField | "kappa" | "lambda";
    ref: string;
    sent: Omit<UnusedValue, "field">;
  }[] = [];
  /** Notes a value sent for `to` and not used: the number, unit and bound sent when there are some. */
  const noteUnused = (
    to: UnusedValueField | "kappa" | "lambda",
    ref: string,
    reason: UnusedValueReason,
    date: string | null,
    q: unknown,
  ) => {
    const sent: Omit<UnusedValue, "field"> = { reason };
    if (date !== null) sent.date = date;
    if (isRecord(q)) {
      if (typeof q.value === "number" && Number.isFinite(q.value)) sent.value = q.value;
      const unit = q.code ?? q.unit;
      if (typeof unit === "string" && unit.trim().length > 0 && unit.length <= 64) sent.unit = unit;
      const c = q.comparator;
      if (c === "<" || c === "<=" || c === ">=" || c === ">") sent.comparator = c;
    }
    unusedSent.push({ to, ref, sent });
  };
  type Unused = ((reason: UnusedValueReason, q: unknown) => void) | null;

  const push = <V>(map: Map<string, Point<V>[]>, key: string, p: Point<V>) => {
    const list = map.get(key);
    if (list) list.push(p);
    else map.set(key, [p]);
  };

  /** `unused` (review c86-M2) notes a value refused for a reason a value sent and not used is carried with. */
  const readQuantity = (
    ref: string,
    r: Resource,
    field: QuantityField,
    label: string,
    unused: Unused = null,
  ): LabValue | null => {
    const q = r.valueQuantity;
    if (!isRecord(q) || typeof q.value !== "number") {
      // A dataAbsentReason alone says why there is no value (not done, say): not a value sent (read as not measured).
      if (r.dataAbsentReason === undefined) unused?.("no-value", q);
      const why = isRecord(r.dataAbsentReason)
        ? ` (dataAbsentReason: ${describeCodes(r.dataAbsentReason)})`
        : "";
      // Review c74-M2: a result sent with its laboratory flag only (HH, critical high) is said with the flag.
      const flag = interpretationOf(r);
      warn(
        ref,
        `${label}: no valueQuantity${why}; not used${flag ? `; the laboratory flagged it ${flag}: check the value with the laboratory` : ""}`,
      );
      return null;
    }
    const fq = q as FhirQuantity;
    // Review c56 WRONG-4: "<100 mg/24h" was read as exactly 100 (PR, not VGPR), ">8500" as 8500 (stage IIIa, not
    // IIIb). A bound is not a value: never read as one (FHIR R4 Quantity.comparator).
    if (q.comparator !== undefined) {
      warn(
        ref,
        `${label}: "${shown(q.comparator)} ${fq.value}" is a bound, not a value (Quantity.comparator); not used (a bound is never read as the value)`,
      );
      unused?.("comparator", q);
      return null;
    }
    // FHIR R4 obs-6: a value and a dataAbsentReason exclude each other; which one is right cannot be told.
    if (r.dataAbsentReason !== undefined) {
      warn(ref, `${label}: a value and a dataAbsentReason together (FHIR R4 obs-6); not used`);
      unused?.("data-absent-reason", q);
      return null;
    }
    if (fq.system !== undefined && fq.system !== SYSTEM.ucum) {
      warn(ref, `${label}: unit system "${shown(fq.system)}" is not UCUM (${SYSTEM.ucum}); not used`);
      unused?.("unit-not-ucum", { ...q, code: undefined });
      return null;
    }
    const unit = fq.code ?? fq.unit;
    if (typeof unit !== "string" || unit.length === 0) {
      warn(ref, `${label}: ${fq.value} has no unit; not used (a number without a unit is never guessed)`);
      unused?.("no-unit", q);
      return null;
    }
    const conv = toCanonical(field, fq.value as number, unit);
    if (!conv.ok) {
      warn(ref, `${label}: ${conv.message}; not used`);
      unused?.(lookUpUnit(field, unit).ok ? "implausible" : "unit-refused", q);
      return null;
    }
    const value: LabValue = { value: fq.value as number, unit: conv.ucum, canonical: conv.value };
    const range = Array.isArray(r.referenceRange) ? r.referenceRange.find(isRecord) : undefined;
    if (range) {
      for (const [side, key] of [
        ["high", "upperLimitOfNormal"],
        ["low", "lowerLimitOfNormal"],
      ] as const) {
        const lim = range[side];
        if (!isRecord(lim) || typeof lim.value !== "number") continue;
        const limUnit = (lim.code ?? lim.unit) as unknown;
        if (typeof limUnit === "string" && !sameUnit(limUnit, unit)) {
          warn(
            ref,
            `${label}: reference range ${side} is in "${limUnit}", the value in "${unit}"; range not used`,
          );
          continue;
        }
        value[key] = lim.value;
      }
    }
    return value;
  };

  const readLocal = (ref: string, r: Resource, f: LocalField): unknown[] | null => {
    const v = f.value;
    const label = f.path;
    /** "Positive" / "NEGATIVE" as another lab writes a qualitative result: the record's own word. */
    const serology = HBV_SEROLOGY_PATHS.has(label);
    const resultWord = (s: unknown): "positive" | "negative" | null => {
      if (typeof s !== "string") return null;
      const t = s.trim().toLowerCase();
      if (t === "positive" || t === "negative") return t;
      // Review c57 W7: a hepatitis B result as labs write it ("Reactive", "Not detected"; hbv-serology-codes).
      if (!serology) return null;
      if (t === "reactive" || t === "detected") return "positive";
      if (
        [
          "non-reactive",
          "nonreactive",
          "non reactive",
          "not reactive",
          "not detected",
          "undetected",
        ].includes(t)
      )
        return "negative";
      return null;
    };
    const allowed: readonly string[] = "values" in v ? v.values : [];
    /** A NYHA class as an EHR writes it ("III", "Class IIIb", "NYHA class 3"), for a field that takes one. */
    const nyha = (s: unknown): string | null => {
      const w = nyhaWord(s);
      return w !== null && allowed.includes(w) ? w : null;
    };
    const stringValue = (): string | null => {
      if (typeof r.valueString === "string")
        return resultWord(r.valueString) ?? nyha(r.valueString) ?? r.valueString;
      const cc = r.valueCodeableConcept as CodeableConcept | undefined;
      const codings = codingsOf(cc);
      // A SNOMED CT positive / negative result (how a lab codes a qualitative test) is the record's word,
      // and so is a SNOMED CT NYHA class finding (nyha-codes) where the field takes a class.
      for (const c of codings) {
        const word = c.system === SYSTEM.snomed ? snomedWord(label, c.code) : null;
        if (word !== null) return word;
      }
      const coded = codings.find((c) => typeof c.code === "string")?.code;
      // A local code whose display, or a CodeableConcept whose text, is the word (review c9b-4).
      if (coded !== undefined && allowed.includes(coded)) return coded;
      for (const c of codings) {
        const w = resultWord(c.display) ?? nyha(c.display);
        if (w !== null && allowed.includes(w)) return w;
      }
      const w = resultWord(cc?.text) ?? nyha(cc?.text);
      if (w !== null && allowed.includes(w)) return w;
      return coded ?? (typeof cc?.text === "string" ? cc.text : null);
    };
    switch (v.type) {
      case "boolean":
        if (typeof r.valueBoolean === "boolean") return [r.valueBoolean];
        break;
      case "integer": {
        if (typeof r.valueInteger === "number" && Number.isInteger(r.valueInteger)) return [r.valueInteger];
        // Review c87-m1: ECOG sent as a LOINC answer of 89247-1's answer list (LL529-9).
        if (label === "fitness.ecog") {
          const answers = codingsOf(r.valueCodeableConcept).filter(
            (c) => c.system === SYSTEM.loinc && typeof c.code === "string",
          );
          const grade = answers
            .map((c) => own(ECOG_LOINC_ANSWERS, c.code as string))
            .find((g) => g !== undefined);
          if (grade !== undefined) return [grade];
          if (answers.length > 0) {
            warn(
              ref,
              `${label}: LOINC answer ${answers.map((c) => shown(c.code)).join(", ")} is not one of the ECOG grades 0-4 (LA9622-7 to LA9626-8)${answers.some((c) => c.code === "LA9627-6") ? " (LA9627-6 is ECOG 5, dead)" : ""}; not used`,
            );
            return null;
          }
        }
        break;
      }
      case "enum":
      case "enumList": {
        const s = stringValue();
        if (s !== null) {
          if (!v.values.includes(s)) {
            warn(
              ref,
              `${label}: a result "${s}" is present but not readable (not one of ${v.values.join(", ")}${serology ? ", nor reactive / non-reactive / detected / not detected" : ""}); not used`,
            );
            return null;
          }
          return [s];
        }
        break;
      }
      case "quantity": {
        const q = r.valueQuantity;
        if (isRecord(q) && typeof q.value === "number") {
          if (q.comparator !== undefined) {
            warn(ref, `${label}: "${shown(q.comparator)} ${q.value}" is a bound, not a value; not used`);
            return null;
          }
          const unit = (q.code ?? q.unit) as unknown;
          if (typeof unit !== "string" || ucumOf(unit) !== v.unit) {
            warn(ref, `${label}: expected a quantity in "${v.unit}", got "${shown(unit)}"; not used`);
            return null;
          }
          return [q.value];
        }
        break;
      }
    }
    warn(ref, `${label}: no value of the expected type (${v.type}); not used`);
    return null;
  };

  /** One MRD result Observation as recordToBundle writes it (project-local code "series.mrd": the result
   * as a word, the method in Observation.method, the sensitivity as a component); null, with a warning,
   * when it has no full date or no result. A method or sensitivity it cannot read is left out, said. */
  const readMrd = (ref: string, r: Resource, date: string | null): MrdResult | null => {
    if (!date) {
      warn(ref, "MRD result (series.mrd): no full effective date; not used");
      return null;
    }
    const concept = isRecord(r.valueCodeableConcept) ? r.valueCodeableConcept : null;
    const word = typeof r.valueString === "string" ? r.valueString : concept?.text;
    if (word !== "negative" && word !== "positive") {
      warn(ref, `MRD result (series.mrd): expected "negative" or "positive", got "${shown(word)}"; not used`);
      return null;
    }
    const v: MrdResult = { result: word };
    const method = isRecord(r.method) ? r.method.text : undefined;
    if (method === "NGF" || method === "NGS" || method === "other") v.method = method;
    else if (method !== undefined)
      warn(ref, `MRD result (series.mrd): method "${shown(method)}" is not NGF, NGS or other; left out`);
    const comps = Array.isArray(r.component) ? r.component.filter(isRecord) : [];
    const sens = comps.find((c) =>
      codingsOf(c.code).some((k) => k.system === SYSTEM.mmnavRecord && k.code === "series.mrd.sensitivity"),
    );
    if (sens) {
      const q = isRecord(sens.valueQuantity) ? sens.valueQuantity : null;
      if (q && typeof q.value === "number" && q.value > 0 && q.value <= 1) v.sensitivity = q.value;
      else
        warn(ref, "MRD result (series.mrd): sensitivity is not a fraction above 0 and at most 1; left out");
    }
    return v;
  };

  /** The Bundle's Observations by every name a reference may give them (Observation/id, fullUrl). */
  const observationNames = new Set<string>();
  for (const o of resources)
    if (o.r.resourceType === "Observation") {
      observationNames.add(o.ref);
      if (o.fullUrl) observationNames.add(o.fullUrl);
    }
  /** Review c57 W8: a panel's parts. The free light chains of an FLC panel (LOINC 72350-3) sent as
   * Observation.component (36916-5 kappa, 33944-0 lambda) are read as that Observation's kappa and lambda results, of
   * its date, as separate Observations are (the same value sent both ways is kept once: seriesOf, pickCurrent); other
   * components are said, not used. hasMember: an Observation of the Bundle is read on its own (never twice); a
   * contained one (`#id`) is read here, as about the panel's patient and of its date when it gives none; any other is
   * not in the Bundle, said. True when the Observation has components or members. */
  const readPanelParts = (x: { r: Resource; ref: string }, base: Omit<Point<LabValue>, "value">): boolean => {
    const { r, ref } = x;
    const components = Array.isArray(r.component) ? r.component : [];
    const members = Array.isArray(r.hasMember) ? r.hasMember : [];
    components.forEach((c, i) => {
      const cref = `${ref}.component[${i}]`;
      if (!isRecord(c)) return;
      const entry = codingsOf(c.code)
        .filter((k) => k.system === SYSTEM.loinc && typeof k.code === "string")
        .map((k) => loincEntry(k.code as string))
        .find((e) => e !== undefined);
      if (entry?.target.kind === "freeLightChain") {
        const chain = entry.target.chain;
        const v = readQuantity(
          cref,
          c as Resource,
          "involvedFreeLightChain",
          `free ${chain} light chain`,
          (reason, q) => noteUnused(chain, cref, reason, base.date, q),
        );
        if (v) flcPoints[entry.target.chain].push({ ...base, ref: cref, value: v });
        return;
      }
      warn(
        cref,
        entry?.target.kind === "notUsed"
          ? `${describeCodes(c.code)}: not used, because ${entry.target.reason}`
          : `component ${describeCodes(c.code)}: only the free light chains (36916-5, 33944-0) are read from a panel's components; not used`,
      );
    });
    const contained = Array.isArray(r.contained) ? r.contained.filter(isRecord) : [];
    for (const m of members) {
      const reference = isRecord(m) && typeof m.reference === "string" ? m.reference : null;
      if (reference === null) {
        warn(ref, "hasMember without a reference; not read");
        continue;
      }
      if (observationNames.has(reference)) continue;
      const inner = reference.startsWith("#")
        ? contained.find((c) => c.resourceType === "Observation" && `#${shown(c.id)}` === reference)
        : undefined;
      if (inner) {
        const hasDate = effectiveOf(inner as Resource) !== undefined;
        handleObservation({
          r: {
            ...(inner as Resource),
            subject: inner.subject ?? r.subject,
            ...(hasDate || base.sortKey === "" ? {} : { effectiveDateTime: base.sortKey }),
          } as Resource,
          ref: `${ref}${reference}`,
        });
        continue;
      }
      warn(ref, `hasMember ${reference} is not in the Bundle; not read (send the member Observation itself)`);
    }
    return components.length > 0 || members.length > 0;
  };

  const handleObservation = (x: { r: Resource; ref: string }) => {
    const { r, ref } = x;
    if (typeof r.status === "string" && SKIPPED_OBSERVATION_STATUS.has(r.status)) {
      warn(ref, `status "${r.status}": not used`);
      return;
    }
    if (r.status === PRELIMINARY) {
      warn(ref, 'status "preliminary": a result that may be incomplete or unverified; not used until final');
      // Review c86-M2: a preliminary value of a field the record has is carried as sent and not used (a preliminary
      // calcium of 12.9 may be the hypercalcaemia that decides), unless dated after the assessment date.
      const to = unusedTargetOf(r);
      const day = dateOf(effectiveOf(r) ?? r.issued).date;
      if (to !== null && (day === null || asOf === undefined || day <= asOf))
        noteUnused(to, ref, "preliminary", day, r.valueQuantity);
      return;
    }
    let eff = dateOf(effectiveOf(r));
    if (eff.partial)
      warn(ref, `effective date "${String(effectiveOf(r))}" is not a full date; treated as undated`, "note");
    // Review c56 UNSAFE-1: a result with only `issued` (when it was released) was undated, and an undated value was
    // read as today's over this week's dated ones (a 2023 calcium of 12.4 made myeloma). Dated by its release, said.
    if (eff.date === null && effectiveOf(r) === undefined) {
      const issued = dateOf(r.issued);
      if (issued.date !== null) {
        warn(
          ref,
          `no effective date: dated by its issued date ${issued.date} (when the result was released)`,
          "note",
        );
        eff = issued;
      }
    }
    // Review c56 MISLEADING-3: one result dated after asOf made the whole record invalid. That result is left out.
    if (eff.date !== null && asOf !== undefined && eff.date > asOf) {
      warn(ref, `dated ${eff.date}, after the assessment date ${asOf}; not used`);
      return;
    }
    const codings = codingsOf(r.code);
    if (codings.some((c) => c.system === SYSTEM.mmnavRecord && c.code === "series.mrd")) {
      const v = readMrd(ref, r, eff.date);
      if (v && eff.date)
        mrdPoints.push({ ref, date: eff.date, sortKey: eff.sortKey, history: true, value: v });
      return;
    }
    let target: Exclude<LoincTarget, { kind: "recordField" }> | null = null;
    let local: LocalField | null = null;
    let localLab: LabQuantityField | null = null;
    for (const c of codings) {
      if (typeof c.code !== "string") continue;
      if (c.system === SYSTEM.loinc) {
        const e = loincEntry(c.code);
        if (e?.target.kind === "recordField") {
          local = localField(e.target.path) ?? null;
          if (local) break;
        } else if (e) {
          target = e.target;
          break;
        }
      } else if (c.system === SYSTEM.mmnavRecord) {
        const lf = localField(c.code);
        if (lf) {
          local = lf;
          break;
        }
        const labField = c.code.replace(/^labs\./, "") as LabQuantityField;
        if (c.code.startsWith("labs.") && (LAB_QUANTITY_FIELDS as readonly string[]).includes(labField)) {
          localLab = labField;
          break;
        }
      }
    }
    const tags = isRecord(r.meta) && Array.isArray(r.meta.tag) ? r.meta.tag.filter(isRecord) : [];
    const history = tags.some((t) => t.system === HISTORY_TAG.system && t.code === HISTORY_TAG.code);
    const base = { ref, date: eff.date, sortKey: eff.sortKey, history };
    if (localLab) target = { kind: "lab", field: localLab };
    const parts = readPanelParts(x, base);
    if (local) {
      const values = readLocal(ref, r, local);
      for (const v of values ?? []) push(localPoints, local.path, { ...base, value: v });
      return;
    }
    if (!target) {
      if (!parts) warn(ref, `code ${describeCodesNamed(r.code)} is not one the navigator reads; not used`);
      return;
    }
    switch (target.kind) {
      case "notUsed":
        warn(ref, `${describeCodes(r.code)}: not used, because ${target.reason}`);
        return;
      case "lab": {
        const to: UnusedValueField = `labs.${target.field}`;
        const v = readQuantity(ref, r, target.field, to, (reason, q) =>
          noteUnused(to, ref, reason, base.date, q),
        );
        if (v) {
          if (target.method) v.method = target.method;
          push(labPoints, target.field, { ...base, value: v });
        }
        return;
      }
      case "freeLightChain": {
        const chain = target.chain;
        const v = readQuantity(ref, r, "involvedFreeLightChain", `free ${chain} light chain`, (reason, q) =>
          noteUnused(chain, ref, reason, base.date, q),
        );
        if (v) flcPoints[target.chain].push({ ...base, value: v });
        return;
      }
      case "marrowPlasmaCells": {
        const q = r.valueQuantity;
        const unit = isRecord(q) ? ((q.code ?? q.unit) as unknown) : undefined;
        const marrow = "marrow.clonalPlasmaCellPercent";
        if (!isRecord(q) || typeof q.value !== "number" || unit !== "%") {
          warn(ref, "marrow plasma cells: expected a valueQuantity in %; not used");
          // Review c86-M2: carried as sent and not used (a dataAbsentReason alone is no value sent).
          if (r.dataAbsentReason === undefined || (isRecord(q) && typeof q.value === "number"))
            noteUnused(
              marrow,
              ref,
              !isRecord(q) || typeof q.value !== "number"
                ? "no-value"
                : typeof unit === "string" && unit.length > 0
                  ? "unit-refused"
                  : "no-unit",
              base.date,
              q,
            );
          return;
        }
        if (q.comparator !== undefined) {
          warn(
            ref,
            `marrow plasma cells: "${shown(q.comparator)} ${q.value}%" is a bound, not a value; not used`,
          );
          noteUnused(marrow, ref, "comparator", base.date, q);
          return;
        }
        if (q.value < 0 || q.value > 100) {
          warn(ref, `marrow plasma cells: ${q.value}% is outside 0-100; not used`);
          noteUnused(marrow, ref, "implausible", base.date, q);
          return;
        }
        marrowPoints.push({ ...base, value: q.value });
        return;
      }
      case "weight":
      case "height": {
        const to: UnusedValueField = `patient.${target.kind}`;
        const v = readQuantity(ref, r, target.kind, to, (reason, q) =>
          noteUnused(to, ref, reason, base.date, q),
        );
        if (v) bodyPoints[target.kind].push({ ...base, value: v });
        return;
      }
    }
  };

  /** The current value among several: the latest dated one; an undated one only when none is dated (review c56
   * UNSAFE-1: an undated value is never read as newer than a dated one). */
  const pickCurrent = <V>(label: string, all: Point<V>[]): Point<V> | null => {
    const points = all.filter((p) => !p.history);
    if (points.length === 0) return null;
    if (points.length === 1) return points[0] as Point<V>;
    const undated = points.filter((p) => p.date === null);
    if (undated.length === points.length) {
      if (undated.length > 1)
        for (const p of undated)
          warn(p.ref, `${label}: several undated values; cannot tell which is current`);
      return undated.length === 1 ? (undated[0] as Point<V>) : null;
    }
    for (const p of undated)
      warn(p.ref, `${label}: no date, beside dated values; not read as the current value`);
    const dated = points
      .filter((p) => p.date !== null)
      .sort((a, b) => (a.sortKey < b.sortKey ? -1 : a.sortKey > b.sortKey ? 1 : 0));
    const last = dated[dated.length - 1];
    if (!last) return null;
    const tied = dated.filter((p) => p.sortKey === last.sortKey && !sameValue(p.value, last.value));
    if (tied.length > 0) {
      for (const p of [last, ...tied])
        warn(
          p.ref,
          `${label}: different values at the same time ${last.sortKey}; current value left unknown`,
        );
      return null;
    }
    return last;
  };

  /** Dated values, oldest first; the same value sent twice for the same time is kept once. */
  const seriesOf = <V>(points: Point<V>[]): Point<V>[] => {
    if (points.length < 2 && !points.some((p) => p.history)) return [];
    const sorted = points
      .filter((p) => p.date !== null)
      .sort((a, b) => (a.sortKey < b.sortKey ? -1 : a.sortKey > b.sortKey ? 1 : 0));
    return sorted.filter(
      (p, i) => !sorted.slice(0, i).some((q) => q.sortKey === p.sortKey && sameValue(q.value, p.value)),
    );
  };

  /** The free light chains as a pair of one day (as model/facts.ts reads them, review c25-4): when every current
   * value is dated and the two chains' latest days differ, the latest day on which both were measured (its
   * latest time for each); null otherwise (each chain's current value as pickCurrent gives it). */
  const flcPairOfOneDay = (
    involved: Point<LabValue>[],
    uninvolved: Point<LabValue>[],
  ): [Point<LabValue>, Point<LabValue>] | null => {
    const inv = involved.filter((p) => !p.history);
    const un = uninvolved.filter((p) => !p.history);
    if (inv.length === 0 || un.length === 0 || [...inv, ...un].some((p) => p.date === null)) return null;
    const latest = (ps: Point<LabValue>[]) => ps.reduce((a, b) => (b.sortKey > a.sortKey ? b : a));
    if (latest(inv).date === latest(un).date) return null;
    const days = new Set(un.map((p) => p.date));
    const both = inv.filter((p) => days.has(p.date));
    if (both.length === 0) return null;
    const day = latest(both).date;
    return [latest(inv.filter((p) => p.date === day)), latest(un.filter((p) => p.date === day))];
  };

  /** The value of the latest point (undated last) for which `has` holds, or null. */
  const latestWith = (points: Point<LabValue>[], has: (v: LabValue) => boolean): LabValue | null => {
    let best: Point<LabValue> | null = null;
    for (const p of points)
      if (
        has(p.value) &&
        (best === null || (p.date !== null && (best.date === null || p.sortKey > best.sortKey)))
      )
        best = p;
    return best?.value ?? null;
  };

  const labOut = (
    field: LabQuantityField,
    points: Point<LabValue>[],
    chosen: Point<LabValue> | null = null,
  ) => {
    const current = chosen ?? pickCurrent(`labs.${field}`, points);
    if (current) {
      const q: Record<string, unknown> = { value: current.value.value, unit: current.value.unit };
      // The reference limits and assay method of the test: the current value's, else those of the latest
      // value that has them (as the record's facts read a series value with the lab's: model/facts.ts
      // fromSeries, review c25).
      const limits =
        current.value.upperLimitOfNormal !== undefined || current.value.lowerLimitOfNormal !== undefined
          ? current.value
          : latestWith(
              points,
              (v) => v.upperLimitOfNormal !== undefined || v.lowerLimitOfNormal !== undefined,
            );
      if (limits?.upperLimitOfNormal !== undefined) q.upperLimitOfNormal = limits.upperLimitOfNormal;
      if (limits?.lowerLimitOfNormal !== undefined) q.lowerLimitOfNormal = limits.lowerLimitOfNormal;
      if (current.date) q.date = current.date;
      const method = current.value.method ?? latestWith(points, (v) => v.method !== undefined)?.method;
      if (method) q.method = method;
      setPath(out, `labs.${field}`, q);
      provenance[`labs.${field}`] = current.ref;
    }
    const series = seriesOf(points);
    if (series.length > 0) {
      setPath(
        out,
        `series.${field}`,
        series.map((p) => ({ date: p.date, value: p.value.value, unit: p.value.unit })),
      );
      series.forEach((p, i) => {
        provenance[`series.${field}.${i}`] = p.ref;
      });
    }
  };

  const meds: MedUse[] = [];
  const transplants: { ref: string; date: string; end: string | null; line: Extension | undefined }[] = [];
  /** Review c75-W3/m5: EHR Procedures not read as the autologous transplant that are, or may be, a transplant, said
   * once the lines are built (whether melphalan alone came just before them). */
  const unreadTransplants: {
    ref: string;
    described: string;
    date: string | null;
    kind: "allogeneic" | "transplant" | "code-only";
  }[] = [];
  /** Entries without a drug or transplant that recordToBundle wrote (Procedure or CarePlan with the line
   * extension): radiotherapy, surgery, observation. */
  const drugFree: { ref: string; start: string; end: string | null; line: Extension }[] = [];
  const medicationsById = new Map<string, Resource>();
  for (const x of resources) {
    if (x.r.resourceType !== "Medication") continue;
    if (typeof x.r.id === "string") medicationsById.set(`Medication/${x.r.id}`, x.r);
    if (x.fullUrl) medicationsById.set(x.fullUrl, x.r);
  }
  const usedMedications = new Set<Resource>();

  const LINE_CODES = {
    bestResponse: ResponseCategory,
    phase: TherapyPhase,
    stopReason: StopReason,
    setting: TreatmentSetting,
  } as const;
  /** Copies the treatment-line extension's attributes, each checked; a bad one is a warning. */
  const applyLineAttributes = (ref: string, entry: Record<string, unknown>, line: Extension | undefined) => {
    if (!line) return;
    for (const key of ["bestResponse", "phase", "stopReason", "setting"] as const) {
      const v = sub(line, key)?.valueCode;
      if (v === undefined) continue;
      if (typeof v === "string" && (LINE_CODES[key] as readonly string[]).includes(v)) entry[key] = v;
      else
        warn(
          ref,
          `treatment-line ${key} ${JSON.stringify(v)} is not one of ${LINE_CODES[key].join(", ")}; not used`,
        );
    }
    for (const key of ["progressedOn", "plannedWithPrevious"] as const) {
      const v = sub(line, key)?.valueBoolean;
      if (typeof v === "boolean") entry[key] = v;
    }
    // Re-check c72-m1: the entry recorded as no transplant (an oral melphalan course, say); a transplant is read from
    // its Procedure, which flags the entry whatever this says.
    if (sub(line, "asct")?.valueBoolean === false && entry.asct === undefined) entry.asct = false;
    // The cycles given (from engine 0.2.76, review c65-m1): a whole number of at least 1, else a warning.
    const cycles = sub(line, "cycles")?.valueInteger;
    if (cycles !== undefined) {
      if (Number.isInteger(cycles) && cycles >= 1 && cycles <= 1000) entry.cycles = cycles;
      else
        warn(
          ref,
          `treatment-line cycles ${JSON.stringify(cycles)} is not a whole number from 1 to 1000; not used`,
        );
    }
    const progressionDate = sub(line, "progressionDate")?.valueDate;
    if (typeof progressionDate === "string" && ISO_DATE.test(progressionDate))
      entry.progressionDate = progressionDate;
  };
  const lineExtension = (r: Resource): Extension | undefined =>
    Array.isArray(r.extension)
      ? (r.extension as unknown[]).find(
          (e): e is Extension => isRecord(e) && e.url === TREATMENT_LINE_EXTENSION,
        )
      : undefined;
  const sub = (ext: Extension | undefined, url: string): Extension | undefined =>
    Array.isArray(ext?.extension)
      ? (ext.extension as unknown[]).find((e): e is Extension => isRecord(e) && e.url === url)
      : undefined;
  const subString = (ext: Extension | undefined, url: string): string | undefined => {
    const v = sub(ext, url)?.valueString;
    return typeof v === "string" && v.length > 0 ? v : undefined;
  };

  const anticoagulants: AnticoagulantUse[] = [];
  const prophylaxes: ProphylaxisUse[] = [];
  const drugOf = (
    ref: string,
    r: Resource,
  ): { drug: string; anticoagulant: boolean; prophylaxis?: InfectionProphylaxis } | null => {
    let concept: unknown = r.medicationCodeableConcept;
    if (!concept && isRecord(r.medicationReference) && typeof r.medicationReference.reference === "string") {
      const target = r.medicationReference.reference;
      const contained = Array.isArray(r.contained)
        ? (r.contained as unknown[]).find(
            (c) => isRecord(c) && c.resourceType === "Medication" && `#${shown(c.id)}` === target,
          )
        : undefined;
      const med = (isRecord(contained) ? (contained as Resource) : undefined) ?? medicationsById.get(target);
      if (!med) {
        warn(ref, `medicationReference ${target} is not in the Bundle; not used`);
        return null;
      }
      usedMedications.add(med);
      concept = med.code;
    }
    for (const c of codingsOf(concept)) {
      if (c.system === SYSTEM.rxnorm && typeof c.code === "string") {
        const d = drugByRxcui(c.code);
        if (d) return { drug: d.generic, anticoagulant: false };
      }
    }
    const names = [
      ...codingsOf(concept).map((c) => c.display),
      isRecord(concept) ? concept.text : undefined,
    ].filter((s): s is string => typeof s === "string");
    for (const n of names) {
      const exact = drugByName(n);
      if (exact) return { drug: exact.generic, anticoagulant: false };
      // RxNorm clinical drug names start with the ingredient ("bortezomib 3.5 MG Injection").
      const lower = n.trim().toLowerCase();
      const lead = DRUGS.find((d) => [d.generic, ...d.aliases].some((a) => lower.startsWith(`${a} `)));
      if (lead) return { drug: lead.generic, anticoagulant: false };
    }
    // Our own export (recordToBundle) writes any generic name verbatim, marked by the line extension.
    const verbatim = isRecord(concept) && typeof concept.text === "string" ? concept.text : null;
    if (lineExtension(r) && verbatim && /^[a-z][a-z0-9 -]*$/.test(verbatim))
      return { drug: verbatim, anticoagulant: false };
    // An anticoagulant (warfarin, a DOAC, a heparin) outside our export's treatment entries: no myeloma
    // therapy, the patient's anticoagulation (record contract: conditions.anticoagulation). Matched by name
    // only: the reference has no RxNorm code for them.
    const anticoagulant = anticoagulantIn(names);
    if (anticoagulant) return { drug: anticoagulant, anticoagulant: true };
    const rxcuis = codingsOf(concept)
      .filter((c) => c.system === SYSTEM.rxnorm && typeof c.code === "string")
      .map((c) => c.code as string);
    // Review c87-M3: aspirin is thromboprophylaxis (record contract: conditions.anticoagulation "prophylactic").
    if (namesAspirin(names, rxcuis)) return { drug: "aspirin", anticoagulant: true };
    // Review c87-M3: anti-infective prophylaxis was "not a myeloma therapy ... not used", a loss. Taken now, it is
    // conditions.infectionProphylaxis (read below, with the resource's status and period); never a line.
    const antiInfective = antiInfectiveProphylaxisIn(names, rxcuis);
    if (antiInfective !== null) {
      const kind = prophylaxisKindOf(antiInfective);
      if (kind !== null) return { drug: antiInfective, anticoagulant: false, prophylaxis: kind };
    }
    // Fludarabine is no myeloma therapy: read only as a CAR-T infusion's lymphodepletion (see the lines step).
    if (names.some((n) => /^fludarabine\b/i.test(n.trim())))
      return { drug: FLUDARABINE, anticoagulant: false };
    warn(ref, `medication ${describeCodes(concept)} is not a myeloma therapy the navigator knows; not used`);
    return null;
  };

  /** Review c57 U4/U5: a course's statusReason (MedicationStatement: a list; MedicationRequest: one), or for a stopped
   * MedicationStatement with none, its reasonCode, read as the record's stop reason (stopReasonOf) and quoted in a
   * warning. Only for a course that is over; an active one's reason is said, not used. A reasonCode is first the
   * reason the drug is taken (FHIR R4), so one that names no toxicity or patient's wish is said, not used. */
  const stopReasonFrom = (
    ref: string,
    r: Resource,
    drug: string,
    status: string | null,
    over: boolean,
  ): MedUse["reason"] => {
    const concepts = (v: unknown): unknown[] => (Array.isArray(v) ? v : v === undefined ? [] : [v]);
    const textOf = (cc: unknown): string => {
      const t = isRecord(cc) && typeof cc.text === "string" ? cc.text : null;
      const displays = codingsOf(cc)
        .map((c) => c.display)
        .filter((d): d is string => typeof d === "string");
      return t ?? (displays.length > 0 ? displays.join(", ") : describeCodes(cc));
    };
    const read = (ccs: unknown[]) => ({
      texts: ccs.map(textOf),
      codes: ccs.flatMap((cc) =>
        codingsOf(cc)
          .filter((c) => c.system === SYSTEM.snomed && typeof c.code === "string")
          .map((c) => c.code as string),
      ),
    });
    const statusReason = concepts(r.statusReason);
    if (statusReason.length > 0) {
      const { texts, codes } = read(statusReason);
      const quoted = texts.map((t) => `"${t}"`).join(", ");
      if (!over) {
        warn(
          ref,
          `${drug}: statusReason ${quoted} with status "${shown(status)}", a course not over; not read as a stop reason`,
        );
        return null;
      }
      const code = stopReasonOf(texts, codes);
      warn(
        ref,
        code === "other"
          ? `${drug}: statusReason ${quoted}: not read as a toxicity, the patient's choice or a progression (the only stop reasons read from words); stopReason "other"`
          : `${drug}: statusReason ${quoted}: read as stopReason "${code}"`,
        "note",
      );
      return { code, text: texts.join("; ") };
    }
    const reasonCode =
      r.resourceType === "MedicationStatement" && status === "stopped" ? concepts(r.reasonCode) : [];
    if (reasonCode.length > 0) {
      const { texts, codes } = read(reasonCode);
      const quoted = texts.map((t) => `"${t}"`).join(", ");
      const code = stopReasonOf(texts, codes);
      // A reasonCode naming a relapse or progression is most often the drug's indication ("relapsed multiple myeloma").
      if (code === "other" || code === "progression") {
        warn(
          ref,
          `${drug}: status "stopped" with reasonCode ${quoted}, which may be why the drug was taken, not why it stopped; not read as the stop reason`,
        );
        return null;
      }
      warn(ref, `${drug}: status "stopped" with reasonCode ${quoted}: read as stopReason "${code}"`, "note");
      return { code, text: texts.join("; ") };
    }
    return null;
  };

  const handleMedication = (x: { r: Resource; ref: string }) => {
    const { r, ref } = x;
    const status = typeof r.status === "string" ? r.status : null;
    const skip: Readonly<Record<string, readonly string[]>> = {
      MedicationStatement: ["entered-in-error", "not-taken"],
      MedicationRequest: ["entered-in-error", "cancelled", "draft"],
      MedicationAdministration: ["entered-in-error", "not-done"],
    };
    if (status && own(skip, r.resourceType)?.includes(status)) {
      warn(ref, `status "${status}": not used`);
      return;
    }
    // Review c56 WRONG-3: a drug planned, proposed or intended is not therapy given ("On daratumumab now" of a
    // DRd proposal). MedicationRequest.intent: only an order is a drug given; MedicationStatement "intended": planned.
    if (
      r.resourceType === "MedicationRequest" &&
      typeof r.intent === "string" &&
      !ORDER_INTENTS.has(r.intent)
    ) {
      warn(ref, `intent "${r.intent}": a ${r.intent}, not an order of a drug given; not used`);
      return;
    }
    if (r.resourceType === "MedicationStatement" && status === "intended") {
      warn(ref, 'status "intended": planned, not taken yet; not used');
      return;
    }
    const found = drugOf(ref, r);
    if (!found) return;
    const drug = found.drug;
    let period: { start?: unknown; end?: unknown } = {};
    if (r.resourceType === "MedicationRequest") {
      const dosage = Array.isArray(r.dosageInstruction) ? r.dosageInstruction.find(isRecord) : undefined;
      const timing =
        isRecord(dosage?.timing) && isRecord(dosage.timing.repeat) ? dosage.timing.repeat : undefined;
      const bounds = isRecord(timing?.boundsPeriod) ? timing.boundsPeriod : undefined;
      const validity =
        isRecord(r.dispenseRequest) && isRecord(r.dispenseRequest.validityPeriod)
          ? r.dispenseRequest.validityPeriod
          : undefined;
      // Review c56 WRONG-2: dispenseRequest.validityPeriod is how long the prescription may be dispensed, not the
      // treatment period (an active VRd read as ended on the day its prescription expired): at most its start.
      if (bounds) period = bounds;
      else if (typeof r.authoredOn === "string") {
        period = { start: r.authoredOn };
        warn(ref, "no treatment period: the start date is taken from authoredOn", "note");
      } else if (validity) {
        period = { start: validity.start };
        warn(
          ref,
          "no treatment period: the start date is taken from the start of dispenseRequest.validityPeriod (how long the prescription may be dispensed; its end is not the end of treatment)",
          "note",
        );
      }
    } else if (isRecord(r.effectivePeriod)) {
      period = r.effectivePeriod;
    } else if (typeof r.effectiveDateTime === "string") {
      period = { start: r.effectiveDateTime, end: r.effectiveDateTime };
    }
    const start = dateOf(period.start).date;
    const end = dateOf(period.end).date;
    // Review c56 MISLEADING-3: a drug starting after asOf (a planned start) made the whole record invalid.
    if (start !== null && asOf !== undefined && start > asOf) {
      warn(ref, `${drug}: starts ${start}, after the assessment date ${asOf}; not used`);
      return;
    }
    const ongoing =
      end === null && (status === null || ["active", "intended", "on-hold", "in-progress"].includes(status));
    // Review c56 m3: held, still the patient's course (the line goes on), and said.
    if (status === "on-hold" && ongoing)
      warn(ref, `${drug}: status "on-hold": read as given now; the hold is not in the record`, "note");
    if (found.prophylaxis !== undefined) {
      prophylaxes.push({ ref, drug, kind: found.prophylaxis, start, end, ongoing, status });
      return;
    }
    if (found.anticoagulant) {
      anticoagulants.push({
        ref,
        drug,
        start,
        end,
        ongoing,
        intensity: drug === "aspirin" ? "prophylactic" : anticoagulationIntensity(r),
        aspirin: drug === "aspirin",
        status,
      });
      return;
    }
    const over =
      r.resourceType !== "MedicationAdministration" && (status === "completed" || status === "stopped")
        ? status
        : null;
    const reason = stopReasonFrom(ref, r, drug, status, over !== null || (end !== null && !ongoing));
    if (!start) {
      warn(ref, `${drug}: no full start date; not used (a line of therapy needs a start)`);
      return;
    }
    const line = lineExtension(r);
    const group = subString(line, "group");
    const gid =
      isRecord(r.groupIdentifier) && typeof r.groupIdentifier.value === "string"
        ? `${shown(r.groupIdentifier.system ?? "")}|${r.groupIdentifier.value}`
        : null;
    const basedOn = [r.basedOn, r.partOf]
      .flatMap((v) => (Array.isArray(v) ? v : []))
      .find(
        (v) =>
          isRecord(v) && typeof v.reference === "string" && /^(CarePlan|RequestGroup)\//.test(v.reference),
      );
    const groupKey = group
      ? `ext:${group}`
      : gid
        ? `grp:${gid}`
        : isRecord(basedOn)
          ? `ref:${shown(basedOn.reference)}`
          : "";
    meds.push({
      ref,
      drug,
      start,
      end,
      ongoing,
      groupKey,
      inferred: groupKey === "",
      line,
      dose: r.resourceType === "MedicationAdministration",
      over,
      reason,
      endGiven:
        end !== null &&
        !(r.resourceType === "MedicationStatement" && typeof r.effectiveDateTime === "string"),
    });
  };

  /** Review c74-W2: an autologous transplant coded without a display (SNOMED CT 709115004), or written "ASCT",
   * "Auto-HSCT", "HDM-ASCT", "Autologous bone marrow transplant", was not a transplant: a patient on maintenance after
   * VRd-ASCT read as relapsed, line 3. Read from the project code, a code of transplant-codes.ts, or its words. */
  const isProjectTransplant = (c: Coding): boolean =>
    c.system === ASCT_PROCEDURE.system && c.code === ASCT_PROCEDURE.code;
  const isTransplant = (cc: unknown): boolean => {
    if (
      codingsOf(cc).some(
        (c) => isProjectTransplant(c) || autologousTransplantCode(c.system, c.code) !== undefined,
      )
    )
      return true;
    return wordsOf(cc).some(namesAutologousTransplant);
  };
  const wordsOf = (cc: unknown): string[] =>
    [...codingsOf(cc).map((c) => c.display), isRecord(cc) ? cc.text : undefined].filter(
      (s): s is string => typeof s === "string" && s.trim() !== "",
    );
  /** Review c75-W3/m5: how a Procedure not read as the autologous transplant is said: an allogeneic transplant (its
   * code or words), another transplant by its words, a code with no words (a transplant code the navigator does not
   * know: said as one only right after melphalan alone), or null (the generic warning). */
  const unreadTransplantKind = (cc: unknown): (typeof unreadTransplants)[number]["kind"] | null => {
    const words = wordsOf(cc);
    if (
      codingsOf(cc).some((c) => allogeneicTransplantCode(c.system, c.code)) ||
      words.some(namesAllogeneicTransplant)
    )
      return "allogeneic";
    if (words.some(namesTransplant)) return "transplant";
    return words.length === 0 && codingsOf(cc).length > 0 ? "code-only" : null;
  };

  /** A Procedure or CarePlan that recordToBundle wrote for an entry without a drug or transplant. */
  const handleDrugFree = (
    x: { r: Resource; ref: string },
    line: Extension,
    statuses: readonly string[],
    period: unknown,
    instant: unknown,
  ) => {
    const { r, ref } = x;
    if (typeof r.status !== "string" || !statuses.includes(r.status)) {
      warn(
        ref,
        `treatment entry with status ${r.status === undefined ? "(none)" : shown(r.status)}: not used`,
      );
      return;
    }
    const start = dateOf(isRecord(period) ? period.start : instant).date;
    if (!start) {
      warn(ref, "treatment entry without a full start date; not used (an entry needs a start)");
      return;
    }
    const end = isRecord(period) ? dateOf(period.end).date : start;
    drugFree.push({ ref, start, end, line });
  };

  /** Review c57 U1: Conditions of a venous thromboembolism there now (a vteHistory code that is not a history code,
   * clinicalStatus active/recurrence/relapse, or none and not abated; not refuted or entered in error). */
  const activeVte: string[] = [];
  /** Record fields a present Condition says are there, with the Conditions that say so. */
  const conditionPresent = new Map<ConditionFieldTarget, string[]>();
  const conditionLabel = (t: ConditionFieldTarget) =>
    t === "peripheralNeuropathy" ? "peripheral neuropathy (conditions.neuropathyGrade)" : `conditions.${t}`;

  /** A Condition: a plasma cell disorder code is a hint; a code of a record field counts only when the
   * Condition is confirmed and (for a field about now) current. Resolved, inactive, refuted, unconfirmed
   * or entered-in-error Conditions are never taken as present, and nothing is ever taken as absent. */
  const handleCondition = (x: { r: Resource; ref: string }) => {
    const { r, ref } = x;
    const vs = statusCodes(r.verificationStatus);
    if (vs.includes("refuted") || vs.includes("entered-in-error")) {
      warn(ref, `verificationStatus ${vs.map(shown).join(", ")}: not used`);
      return;
    }
    const cs = statusCodes(r.clinicalStatus)[0] ?? null;
    const abated = ABATEMENT.some((k) => r[k] !== undefined);
    // FHIR R4 (con-3, con-4): a problem-list Condition has a clinicalStatus, and an abated one is not
    // active; an encounter diagnosis may have neither, and is then taken as current unless abated.
    const current = cs === null ? !abated : CURRENT_CLINICAL_STATUS.has(cs);
    const statusText = cs === null ? "no clinicalStatus but an abatement" : `clinicalStatus "${cs}"`;

    let known = false;
    const targets = new Set<ConditionFieldTarget>();
    for (const c of codingsOf(r.code)) {
      if (typeof c.system !== "string" || typeof c.code !== "string") continue;
      const field = conditionFieldCode(c.system, c.code);
      if (field) {
        known = true;
        targets.add(field.target);
        if (
          field.target === "vteHistory" &&
          !/history/i.test(field.display) &&
          current &&
          !vs.some((v) => UNCONFIRMED_STATUS.has(v)) &&
          !activeVte.includes(ref)
        )
          activeVte.push(ref);
      }
      const e = conditionCodeEntry(c.system, c.code);
      if (!e) continue;
      known = true;
      if (cs === "resolved" || cs === "inactive") {
        warn(
          ref,
          `${e.code} ${e.display}: ${statusText}, so it is not taken as what the problem list says now`,
        );
        continue;
      }
      // Review c56 m1: a provisional (or unconfirmed, differential) diagnosis is not what the problem list says.
      const unconfirmedDx = vs.filter((v) => UNCONFIRMED_STATUS.has(v));
      if (unconfirmedDx.length > 0) {
        warn(
          ref,
          `${e.code} ${e.display}: verificationStatus "${unconfirmedDx.join(", ")}", so it is not taken as what the problem list says`,
        );
        continue;
      }
      conditionHints.push({
        resource: ref,
        system: e.system,
        code: e.code,
        display: e.display,
        suggests: e.suggests,
        evidence: e.evidence,
      });
    }
    for (const t of targets) {
      const unconfirmed = vs.filter((v) => UNCONFIRMED_STATUS.has(v));
      if (unconfirmed.length > 0) {
        warn(
          ref,
          `${conditionLabel(t)}: verificationStatus "${unconfirmed.join(", ")}": not taken as present`,
        );
        continue;
      }
      if (CONDITION_FIELD_TIMING[t] === "current" ? !current : cs !== null && !CLINICAL_STATUS.has(cs)) {
        warn(ref, `${conditionLabel(t)}: ${statusText}: not taken as present now (left unknown)`);
        continue;
      }
      const refs = conditionPresent.get(t);
      if (refs) refs.push(ref);
      else conditionPresent.set(t, [ref]);
    }
    if (!known)
      warn(ref, `condition ${describeCodesNamed(r.code)} is not a code the navigator reads; not used`);
  };

  /** Review c74-M3: an AllergyIntolerance, active (or with no clinicalStatus) and not refuted or entered in error,
   * whose substance the navigator knows (allergySubstances), with its criticality, reactions and date. */
  const allergies: Allergy[] = [];
  const allergyRefs: string[] = [];
  const handleAllergy = (x: { r: Resource; ref: string }) => {
    const { r, ref } = x;
    const vs = statusCodes(r.verificationStatus);
    if (vs.includes("refuted") || vs.includes("entered-in-error")) {
      warn(ref, `allergy: verificationStatus ${vs.map(shown).join(", ")}: not used`);
      return;
    }
    const cs = statusCodes(r.clinicalStatus)[0] ?? null;
    if (cs !== null && cs !== "active") {
      warn(ref, `allergy: clinicalStatus "${shown(cs)}": not used (only an active allergy is read)`);
      return;
    }
    const reactions: string[] = [];
    if (Array.isArray(r.reaction))
      for (const re of r.reaction as unknown[])
        if (isRecord(re) && Array.isArray(re.manifestation))
          for (const m of re.manifestation as unknown[]) {
            const t = isRecord(m) && typeof m.text === "string" ? m.text : codingsOf(m)[0]?.display;
            if (typeof t === "string" && t.trim() !== "" && !reactions.includes(t.trim()))
              reactions.push(t.trim());
          }
    const criticality = AllergyCriticality.find((c) => c === r.criticality);
    const reaction = reactions.join("; ").slice(0, 200);
    const substances = allergySubstances(r.code);
    if (substances.length === 0) {
      const names = [
        ...new Set(
          [...codingsOf(r.code).map((c) => c.display), isRecord(r.code) ? r.code.text : undefined].filter(
            (n): n is string => typeof n === "string" && n.trim() !== "",
          ),
        ),
      ];
      const words = names.map((n) => `"${shown(n)}"`);
      // Review c87-U2: a drug allergy (category medication, or none given) the navigator cannot read is its own
      // warning (kind "drug-allergy-not-read": the CDS cards give it a card of its own), not one line among the unused.
      const categories = Array.isArray(r.category) ? r.category : [];
      const drug = categories.length === 0 || categories.includes("medication");
      const said = [criticality ? `criticality ${criticality}` : "", reaction]
        .filter((x) => x !== "")
        .join("; ");
      const message = `allergy ${words.length > 0 ? `${words.join(", ")} (${describeCodes(r.code)})` : describeCodes(r.code)}${said !== "" ? ` (${said})` : ""} is not a drug the navigator knows; not used (no option is checked against it)`;
      if (drug)
        warnings.push({
          resource: ref,
          message,
          kind: "drug-allergy-not-read",
          allergen: names[0] ?? describeCodes(r.code),
        });
      else warn(ref, message);
      return;
    }
    const date = dateOf(r.recordedDate).date ?? dateOf(r.onsetDateTime).date;
    if (date !== null && asOf !== undefined && date > asOf) {
      warn(
        ref,
        `allergy to ${substances.join(", ")} recorded ${date}, after the assessment date ${asOf}; not used`,
      );
      return;
    }
    if (substances.length > 1)
      warn(
        ref,
        `allergy "${shown(isRecord(r.code) ? r.code.text : "")}" names ${substances.join(" and ")}: read as an allergy to each (every option giving either is checked)`,
        "note",
      );
    for (const substance of substances) {
      allergies.push({
        substance,
        ...(criticality ? { criticality } : {}),
        ...(reaction !== "" ? { reaction } : {}),
        ...(date !== null ? { date } : {}),
      });
      allergyRefs.push(ref);
    }
  };

  for (const x of resources) {
    const { r, ref } = x;
    switch (r.resourceType) {
      case "Patient":
      case "Medication":
        break;
      case "AllergyIntolerance":
        if (!aboutOtherPatient(x)) handleAllergy(x);
        break;
      case "Observation":
        if (!aboutOtherPatient(x)) handleObservation(x);
        break;
      case "MedicationStatement":
      case "MedicationRequest":
      case "MedicationAdministration":
        if (!aboutOtherPatient(x)) handleMedication(x);
        break;
      case "Procedure": {
        if (aboutOtherPatient(x)) break;
        // A Procedure our export wrote (the treatment-line extension) is a transplant only by the project code: an entry
        // named "ASCT" without asct is a drug-free entry of the record (review c74-W2 reads the words of EHR Procedures).
        const ours = lineExtension(r) !== undefined;
        if (ours ? !codingsOf(r.code).some(isProjectTransplant) : !isTransplant(r.code)) {
          const line = lineExtension(r);
          if (line)
            handleDrugFree(x, line, ["completed", "in-progress"], r.performedPeriod, r.performedDateTime);
          else {
            const kind = unreadTransplantKind(r.code);
            if (kind !== null) {
              const date =
                dateOf(r.performedDateTime).date ??
                (isRecord(r.performedPeriod) ? dateOf(r.performedPeriod.start).date : null);
              unreadTransplants.push({
                ref,
                described: describeCodes(r.code),
                date: r.status === undefined || r.status === "completed" ? date : null,
                kind,
              });
            } else
              warn(
                ref,
                `procedure ${describeCodes(r.code)} is not an autologous stem cell transplant; not used`,
              );
          }
          break;
        }
        if (r.status !== undefined && r.status !== "completed") {
          warn(ref, `transplant with status "${shown(r.status)}": not counted as done`);
          break;
        }
        const when =
          dateOf(r.performedDateTime).date ??
          (isRecord(r.performedPeriod) ? dateOf(r.performedPeriod.start).date : null);
        if (!when) {
          warn(ref, "transplant without a full performed date; not used");
          break;
        }
        const until = isRecord(r.performedPeriod) ? dateOf(r.performedPeriod.end).date : null;
        const line = lineExtension(r);
        // Our own export writes a transplant-only entry with its period, open while the entry has no end.
        const open = line !== undefined && isRecord(r.performedPeriod) && r.performedPeriod.end === undefined;
        transplants.push({ ref, date: when, end: until ?? (open ? null : when), line });
        break;
      }
      case "CarePlan": {
        if (aboutOtherPatient(x)) break;
        const line = lineExtension(r);
        if (line) handleDrugFree(x, line, ["active", "completed"], r.period, undefined);
        else warn(ref, "CarePlan not written by the navigator (no treatment-line extension); not used");
        break;
      }
      case "Condition":
        if (!aboutOtherPatient(x)) handleCondition(x);
        break;
      default:
        warn(ref, `resource type ${r.resourceType} is not used`);
    }
  }
  for (const x of resources) {
    if (x.r.resourceType === "Medication" && !usedMedications.has(x.r)) {
      warn(
        x.ref,
        "Medication not referenced by any medication statement, request or administration; not used",
      );
    }
  }

  // Labs and series.
  for (const [field, points] of labPoints) labOut(field, points);

  // Local (project-coded) fields: latest value, plus series for immunofixation.
  const sectionDates = new Map<string, string>();
  const noteSectionDate = (section: string, date: string | null) => {
    if (!date) return;
    const prev = sectionDates.get(section);
    if (!prev || date > prev) sectionDates.set(section, date);
  };
  let lightChain: string | null = null;
  for (const [path, points] of localPoints) {
    const f = localField(path);
    if (!f) continue;
    if (f.value.type === "enumList") {
      const values = [...new Set(points.map((p) => p.value as string))];
      const organs = values.filter((v) => v !== "none");
      setPath(out, path, organs);
      provenance[path] = points.map((p) => p.ref).join(", ");
      continue;
    }
    const current = pickCurrent(path, points);
    if (current) {
      setPath(out, path, current.value);
      provenance[path] = current.ref;
      if (path === "labs.lightChain") lightChain = current.value as string;
      if (f.section === "imaging" || f.section === "marrow" || f.section === "cytogenetics") {
        noteSectionDate(f.section, current.date);
      }
    }
    if (f.series) {
      const series = seriesOf(points);
      if (series.length > 0) {
        setPath(
          out,
          `series.${f.series}`,
          series.map((p) => ({ date: p.date, result: p.value })),
        );
        series.forEach((p, i) => {
          provenance[`series.${f.series}.${i}`] = p.ref;
        });
      }
    }
  }

  /** A yes/no field a present Condition says is true: set, unless a record-field Observation says otherwise. */
  const setPresent = (path: string, from: string) => {
    const given = getPath(out, path);
    if (given === undefined) {
      setPath(out, path, true);
      provenance[path] = from;
    } else if (given === true) {
      provenance[path] = `${provenance[path]}, ${from}`;
    } else {
      warn(
        `${from}, ${provenance[path]}`,
        `${path}: a Condition says present, an Observation says ${shown(given)}; left unknown`,
      );
      deletePath(out, path);
      delete provenance[path];
    }
  };
  // Conditions: a present one sets its field, unless a record-field Observation says otherwise.
  for (const [target, refs] of conditionPresent) {
    const from = refs.join(", ");
    if (target === "peripheralNeuropathy") {
      const path = "conditions.neuropathyGrade";
      const grade = getPath(out, path);
      if (typeof grade === "number" && grade >= 1) {
        provenance[path] = `${provenance[path]}, ${from}`;
      } else if (grade === 0) {
        warn(
          `${from}, ${provenance[path]}`,
          `${path}: peripheral neuropathy is on the problem list but the grade given is 0; grade left unknown`,
        );
        deletePath(out, path);
        delete provenance[path];
      } else {
        warn(
          from,
          `peripheral neuropathy is present but the code does not give its grade: ${path} left unknown (the grade decides which options fit)`,
        );
        // Review c74-U1 (UNSAFE): present, its grade not recorded; the engine reads the worst case and asks the grade.
        setPresent("conditions.peripheralNeuropathy", from);
      }
      continue;
    }
    setPresent(`conditions.${target}`, from);
  }

  // Free light chains: involved/uninvolved needs the light-chain type (labs.lightChain); without it, only the direction
  // of a kappa/lambda ratio outside the normal range tells the involved chain (review c87-U3).
  if (flcPoints.kappa.length + flcPoints.lambda.length > 0) {
    if (lightChain === "kappa" || lightChain === "lambda") {
      const other = lightChain === "kappa" ? "lambda" : "kappa";
      const pair = flcPairOfOneDay(flcPoints[lightChain], flcPoints[other]);
      labOut("involvedFreeLightChain", flcPoints[lightChain], pair?.[0]);
      labOut("uninvolvedFreeLightChain", flcPoints[other], pair?.[1]);
    } else {
      const read = flcChainFromRatio(flcPoints.kappa, flcPoints.lambda);
      if (read.chain !== null) {
        const other = read.chain === "kappa" ? "lambda" : "kappa";
        const pair = flcPairOfOneDay(flcPoints[read.chain], flcPoints[other]);
        labOut("involvedFreeLightChain", flcPoints[read.chain], pair?.[0]);
        labOut("uninvolvedFreeLightChain", flcPoints[other], pair?.[1]);
        const shownRatio = Number(read.ratio.toPrecision(3));
        const how = `${read.chain} read as the involved free light chain from the kappa/lambda ratio ${shownRatio} of ${read.day} (${read.refs.join(", ")}), ${read.chain === "kappa" ? "above" : "below"} the normal range ${FLC_RATIO_LOW}-${FLC_RATIO_HIGH}`;
        for (const field of ["involvedFreeLightChain", "uninvolvedFreeLightChain"] as const) {
          const from = provenance[`labs.${field}`];
          if (from !== undefined) provenance[`labs.${field}`] = `${from} (${how})`;
        }
        warn(
          [...new Set([...flcPoints.kappa, ...flcPoints.lambda].map((p) => p.ref))].join(", "),
          `free light chains: the light-chain type of the M-protein is not recorded (labs.lightChain); ${how} (criteria-and-scores.md 1.3, Freelite: kappa raised above ${FLC_RATIO_HIGH}, lambda below ${FLC_RATIO_LOW}; a ${read.chain === "kappa" ? "lambda" : "kappa"} clone cannot give this ratio). labs.lightChain is left unknown: confirm the type with the immunofixation and record it (in severe renal impairment the normal ratio range is wider)`,
          "note",
        );
      } else {
        for (const p of [...flcPoints.kappa, ...flcPoints.lambda])
          warn(p.ref, `free light chain not used: ${read.why}`);
      }
    }
  }

  // Marrow plasma cells.
  const marrowCurrent = pickCurrent("marrow.clonalPlasmaCellPercent", marrowPoints);
  if (marrowCurrent) {
    setPath(out, "marrow.clonalPlasmaCellPercent", marrowCurrent.value);
    provenance["marrow.clonalPlasmaCellPercent"] = marrowCurrent.ref;
    noteSectionDate("marrow", marrowCurrent.date);
  }
  const marrowSeries = seriesOf(marrowPoints);
  if (marrowSeries.length > 0) {
    setPath(
      out,
      "series.clonalPlasmaCellPercent",
      marrowSeries.map((p) => ({ date: p.date, value: p.value })),
    );
    marrowSeries.forEach((p, i) => {
      provenance[`series.clonalPlasmaCellPercent.${i}`] = p.ref;
    });
  }
  // MRD results: every dated one, in date order (a duplicate said twice is kept once).
  const mrd = [...mrdPoints]
    .sort((a, b) => (a.sortKey < b.sortKey ? -1 : a.sortKey > b.sortKey ? 1 : 0))
    .filter((p, i, all) => !all.slice(0, i).some((q) => q.date === p.date && sameValue(q.value, p.value)));
  if (mrd.length > 0) {
    setPath(
      out,
      "series.mrd",
      mrd.map((p) => ({ date: p.date, ...p.value })),
    );
    mrd.forEach((p, i) => {
      provenance[`series.mrd.${i}`] = p.ref;
    });
  }
  for (const [section, date] of sectionDates) setPath(out, `${section}.date`, date);

  // Weight and height: the latest.
  for (const kind of ["weight", "height"] as const) {
    const cur = pickCurrent(`patient.${kind}`, bodyPoints[kind]);
    if (cur) {
      setPath(out, `patient.${kind}`, {
        value: cur.value.value,
        unit: cur.value.unit,
        ...(cur.date ? { date: cur.date } : {}),
      });
      provenance[`patient.${kind}`] = cur.ref;
    }
  }

  // Anticoagulants (review c10b): taken now, they are the patient's anticoagulation. Its intensity is set
  // only when every one taken now says the same in its own words; otherwise the team records it
  // (conditions.anticoagulation), and each is kept as a treatment entry of its own (never in a line), which
  // the engine reads as anticoagulation now, the safe reading when the choice is whether to add LMWH.
  const anticoagulantEntries: {
    entry: Record<string, unknown>;
    ref: string;
    start: string;
    end: string | null;
  }[] = [];
  {
    const path = "conditions.anticoagulation";
    const takenNow = (u: AnticoagulantUse) => takenOn(u, asOf);
    // Review c87-M3: aspirin only from an active resource running on asOf; it decides the field only when no
    // anticoagulant is taken now (beside one, the anticoagulant's intensity decides).
    const aspirinNow = anticoagulants.filter((u) => u.aspirin && u.status === "active" && takenNow(u));
    for (const u of anticoagulants)
      if (u.aspirin && !aspirinNow.includes(u))
        warn(
          u.ref,
          `aspirin: thromboprophylaxis not taken now (${u.status === null ? "no status" : `status "${u.status}"`}${u.end ? `, ended ${u.end}` : ""}; only an active order or statement running on the assessment date is read); not used`,
        );
      else if (!u.aspirin && !takenNow(u))
        warn(u.ref, `${u.drug}: an anticoagulant not taken now${u.end ? ` (ended ${u.end})` : ""}; not used`);
    const now = anticoagulants.filter((u) => !u.aspirin && takenNow(u));
    if (now.length > 0)
      for (const u of aspirinNow)
        warn(
          u.ref,
          `aspirin taken now beside ${[...new Set(now.map((x) => x.drug))].join(", ")}: read as supportive medication; the anticoagulant's intensity decides ${path}`,
          "note",
        );
    else if (aspirinNow.length > 0) {
      const refs = aspirinNow.map((u) => u.ref).join(", ");
      const given = getPath(out, path);
      if (given !== undefined) {
        if (given === "prophylactic") provenance[path] = `${provenance[path]}, ${refs}`;
        else
          warn(
            refs,
            `${path}: aspirin taken now (prophylactic), the record field says ${shown(given)}; the record field is kept`,
            "note",
          );
      } else if (activeVte.length > 0)
        warn(
          `${refs}, ${activeVte.join(", ")}`,
          `aspirin taken now beside an active venous thromboembolism (${activeVte.join(", ")}): aspirin is no treatment of it; ${path} is not set: record it with the team`,
        );
      else {
        setPath(out, path, "prophylactic");
        provenance[path] = refs;
        for (const u of aspirinNow)
          warn(
            u.ref,
            `aspirin taken now: ${path} "prophylactic" (the record contract reads aspirin as prophylactic; treatments.md 7c: aspirin for lower-risk IMiD thromboprophylaxis)`,
            "note",
          );
      }
    }
    // Review c57 U1: an anticoagulant taken now beside a VTE there now is its treatment, never read as prophylaxis:
    // therapeutic when its words say nothing, conflicting (asked) when they say prophylaxis.
    if (activeVte.length > 0)
      for (const u of now) {
        if (u.intensity === null) {
          u.intensity = "therapeutic";
          warn(
            `${u.ref}, ${activeVte.join(", ")}`,
            `${u.drug}: an anticoagulant taken now beside an active venous thromboembolism (${activeVte.join(", ")}), its dosage naming no intensity: read as therapeutic (the VTE's treatment)`,
            "note",
          );
        } else if (u.intensity === "prophylactic") {
          u.intensity = "conflicting";
          warn(
            `${u.ref}, ${activeVte.join(", ")}`,
            `${u.drug}: its words say prophylaxis, but an active venous thromboembolism (${activeVte.join(", ")}) is on the problem list: conflicting, not read as prophylactic`,
          );
        }
      }
    const said = [...new Set(now.map((u) => u.intensity))];
    const intensity =
      said.length === 1 && (said[0] === "therapeutic" || said[0] === "prophylactic") ? said[0] : null;
    const given = getPath(out, path);
    if (now.length > 0 && given !== undefined) {
      if (intensity !== null && intensity !== given)
        warn(
          now.map((u) => u.ref).join(", "),
          `${path}: the medication says ${intensity}, the record field says ${shown(given)}; the record field is kept`,
          "note",
        );
      else provenance[path] = `${provenance[path]}, ${now.map((u) => u.ref).join(", ")}`;
    } else if (intensity !== null) {
      setPath(out, path, intensity);
      provenance[path] = now.map((u) => u.ref).join(", ");
      for (const u of now)
        warn(
          u.ref,
          `${u.drug}: an anticoagulant taken now, ${intensity} as its dosage, reason or note says: ${path} "${intensity}"`,
          "note",
        );
    } else {
      for (const u of now) {
        warn(
          u.ref,
          `${u.drug}: an anticoagulant taken now; its intensity (therapeutic or prophylactic) is not stated${u.intensity === "conflicting" ? " (its words say both)" : said.length > 1 ? " (the anticoagulants taken now differ)" : ""}, so ${path} is not set: record it with the team. ${u.start ? "Kept as a treatment entry of its own (never a line of myeloma therapy), read as anticoagulation now" : "No start date: not kept as a treatment entry"}`,
        );
        if (u.start)
          anticoagulantEntries.push({
            entry: { regimen: u.drug, drugs: [u.drug], start: u.start, ...(u.end ? { end: u.end } : {}) },
            ref: u.ref,
            start: u.start,
            end: u.end,
          });
      }
    }
  }

  // Review c87-M3: anti-infective prophylaxis (treatments.md 8c) from an active order or statement running on asOf is
  // conditions.infectionProphylaxis, joined to what the record field already says (never a line of myeloma therapy);
  // any other (stopped, ended, no status) is a note and not used.
  {
    const path = "conditions.infectionProphylaxis";
    const now = prophylaxes.filter((u) => u.status === "active" && takenOn(u, asOf));
    for (const u of prophylaxes)
      if (!now.includes(u))
        warn(
          u.ref,
          `${u.drug}: anti-infective prophylaxis not taken now (${u.status === null ? "no status" : `status "${u.status}"`}${u.end ? `, ended ${u.end}` : ""}; only an active order or statement running on the assessment date is read); not used`,
          "note",
        );
    if (now.length > 0) {
      const given = getPath(out, path);
      const kinds = new Set<string>(Array.isArray(given) ? (given as string[]) : []);
      for (const u of now) kinds.add(u.kind);
      setPath(
        out,
        path,
        InfectionProphylaxis.filter((k) => kinds.has(k)),
      );
      const refs = now.map((u) => u.ref).join(", ");
      provenance[path] = provenance[path] ? `${provenance[path]}, ${refs}` : refs;
      for (const u of now)
        warn(
          u.ref,
          `${u.drug}: anti-infective prophylaxis taken now (treatments.md 8c), not a myeloma therapy: ${path} "${u.kind}"`,
          "note",
        );
    }
  }

  // Review c56 WRONG-6: the lymphodepletion before a CAR-T infusion (cyclophosphamide 2026-08-25, then cilta-cel
  // 2026-08-30) was a line of its own, 4 prior lines for 3. Fludarabine with cyclophosphamide is that chemotherapy
  // (drug-classes LYMPHODEPLETION, from the Carvykti and Abecma labels): not grouped in the data, the two given from
  // the first fludarabine day to a CAR-T product's first day, no other drug started between them, join the CAR-T's
  // entry (the record contract: its lymphodepletion drugs are no therapy of their own). Fludarabine not so placed is
  // no myeloma therapy: not used.
  attachLymphodepletion(meds, warn);

  // Lines of therapy. Uses grouped in the data (our extension, MedicationRequest.groupIdentifier, a
  // shared CarePlan/RequestGroup) form one line each. The others are swept in time order by the IMWG
  // rule (Rajkumar, Richardson & San Miguel, Blood 2015; criteria-and-scores.md 9.1): more doses of
  // a drug of the running regimen, or a drug starting the same day as it, continue the line; a drug
  // that is not part of it starts a new one. Whether an addition was planned (induction -> transplant
  // -> maintenance is ONE line) cannot be told from the data, so inferred lines come with a warning.
  const groups = new Map<string, MedUse[]>();
  for (const m of meds.filter((u) => !u.inferred)) {
    const g = groups.get(m.groupKey);
    if (g) g.push(m);
    else groups.set(m.groupKey, [m]);
  }
  const ungrouped = meds
    .map((u, i) => ({ u, i }))
    .filter(({ u }) => u.inferred)
    .sort((a, b) => (a.u.start < b.u.start ? -1 : a.u.start > b.u.start ? 1 : a.i - b.i))
    .map(({ u }) => u);
  /** Review c57 W4: a tandem transplant's two melphalan doses (2026-03-01 and 06-01, each followed by its ASCT) were
   * merged into one 3-month melphalan course. Melphalan alone given again after the running melphalan-only regimen's
   * last dose was followed by a transplant Procedure is another conditioning: an entry of its own, which its own
   * transplant then joins (the conditioning rule below, per event). */
  const conditioningAgain = (run: { key: string; drugs: Set<string> }, batch: readonly MedUse[]): boolean => {
    if (!batch.every((u) => u.drug === "melphalan") || ![...run.drugs].every((d) => d === "melphalan"))
      return false;
    const ends = (groups.get(run.key) ?? []).map((u) => u.end);
    if (ends.some((e) => e === null)) return false;
    const lastEnd = (ends as string[]).sort()[ends.length - 1] as string;
    const day = batch[0]?.start as string;
    return transplants.some((t) => t.date >= lastEnd && t.date <= day);
  };
  // One day's uses at a time (a regimen's drugs begun on one day, in any order in the Bundle).
  let running: { key: string; start: string; drugs: Set<string> } | null = null;
  let inferredN = 0;
  for (let i = 0; i < ungrouped.length; ) {
    const day = (ungrouped[i] as MedUse).start;
    let j = i;
    while (j < ungrouped.length && (ungrouped[j] as MedUse).start === day) j++;
    const batch = ungrouped.slice(i, j);
    i = j;
    const added = batch.filter((u) => !running?.drugs.has(u.drug));
    const firstCycle = running !== null && added.length > 0 && addedInFirstCycle(running.start, day, batch);
    // Review c57 U4/U5: bortezomib stopped on day 15 for painful neuropathy and daratumumab begun the next day were
    // read as one open 4-drug regimen (bortezomib "given now", its end and reason lost). A drug of the running regimen
    // that stopped (its own end) on or just before the day the new drug begins was replaced, not added to:
    // criteria-and-scores.md 9.1, substituting a drug is a new regimen. The running entry ends with the stopped drug
    // (its stop reason from the statusReason) and a new one begins with the drugs given from then on.
    const stopped =
      firstCycle && running ? stoppedBefore(groups.get(running.key) ?? [], running.start, day, batch) : [];
    if (running && stopped.length > 0) {
      const stopEnd = stopped.map((u) => u.end as string).sort()[stopped.length - 1] as string;
      const old: MedUse[] = groups.get(running.key) ?? [];
      const stoppedDrugs = new Set(stopped.map((u) => u.drug));
      const going: MedUse[] = old.filter(
        (u) => !stoppedDrugs.has(u.drug) && (u.ongoing || (u.end !== null && u.end > stopEnd)),
      );
      // The drugs going on are cut at the stop: their part before it stays in the ended entry, the rest begins anew.
      groups.set(
        running.key,
        old.map((u) =>
          going.includes(u)
            ? { ...u, end: stopEnd, ongoing: false, over: null, reason: null, endGiven: true }
            : u,
        ),
      );
      warn(
        [...stopped, ...batch].map((u) => u.ref).join(", "),
        `${[...stoppedDrugs].join(", ")} stopped ${stopEnd}${stopped.some((u) => u.reason) ? ` (${stopped.flatMap((u) => (u.reason ? [`"${u.reason.text}"`] : [])).join(", ")})` : ""} and ${[...new Set(added.map((u) => u.drug))].join(", ")} begun ${day}: read as a substitution, a new regimen (criteria-and-scores.md 9.1): the regimen begun ${running.start} ends ${stopEnd}, and ${[...new Set([...going.map((u) => u.drug), ...batch.map((u) => u.drug)])].join(", ")} from ${day} is another entry (the stopped drug is not given now); whether it counts as a new line is read from its stop reason`,
        "note",
      );
      inferredN += 1;
      running = { key: `inferred:${inferredN}`, start: day, drugs: new Set(going.map((u) => u.drug)) };
      groups.set(
        running.key,
        going.map((u) => ({ ...u, start: day })),
      );
    } else if (running && firstCycle) {
      warn(
        added.map((u) => u.ref).join(", "),
        `${[...new Set(added.map((u) => u.drug))].join(", ")} begun ${day}, ${daysBetween(running.start, day)} days after the regimen begun ${running.start} and before one cycle of it was complete, with no corticosteroid of its own: read as part of that regimen (criteria-and-scores.md 9.1: a line is at least one complete cycle; a drug added unplanned starts a new line, which the data cannot tell)`,
        "note",
      );
    } else if (!running || added.length > 0 || conditioningAgain(running, batch)) {
      inferredN += 1;
      running = { key: `inferred:${inferredN}`, start: day, drugs: new Set() };
      groups.set(running.key, []);
    }
    for (const u of batch) {
      running.drugs.add(u.drug);
      groups.get(running.key)?.push(u);
    }
  }
  interface Line {
    entry: Record<string, unknown>;
    refs: string[];
    groupKey: string;
    start: string;
    end: string | null;
  }
  const lines: Line[] = [];
  splitPartialStops(groups, asOf, warn);
  for (const [groupKey, uses] of groups) {
    const drugs = [...new Set(uses.map((u) => u.drug))];
    const start = uses.map((u) => u.start).sort()[0] as string;
    let ongoing = uses.some((u) => u.ongoing);
    const ends = uses.map((u) => u.end).filter((e): e is string => e !== null);
    let end = ongoing || ends.length === 0 ? null : (ends.sort()[ends.length - 1] as string);
    const line = uses.find((u) => u.line)?.line;
    const refs = uses.map((u) => u.ref).join(", ");
    // Review c56 WRONG-2: doses given (MedicationAdministration) with no order or statement of the course: the last
    // dose ended the line, three weeks into induction. A dose within the shortest cycle (21 days) before asOf is
    // mid-course: given now; an earlier last dose, with nothing since, is the course's last dose. Said either way.
    // A CAR-T infusion or a transplant's melphalan is one event, not a course: its day stays its end.
    const oneEvent = holdsCarT(drugs) || (drugs.length === 1 && drugs[0] === "melphalan");
    if (!ongoing && !oneEvent && end !== null && asOf !== undefined && uses.every((u) => u.dose)) {
      // Review c57 U2: daratumumab, elranatamab (and linvoseltamab) are given every 4 weeks later in a course (treatments.md:
      // daratumumab every 4 weeks from week 25; elranatamab every 4 weeks for responders after week 48): for them one interval is
      // 28 days (teclistamab every 2 weeks in CR read "line finished" 28 days after a dose held for an infection).
      const interval = drugs.some((d) => FOUR_WEEKLY_DRUGS.has(d)) ? FOUR_WEEKS_DAYS : SHORTEST_CYCLE_DAYS;
      if (daysBetween(end, asOf) < interval) {
        warn(
          refs,
          `doses given, the last on ${end}, and no order or statement of the course: read as given now (a dose within ${interval === FOUR_WEEKS_DAYS ? "one 4-week dosing interval, 28 days" : "the shortest cycle, 21 days"}, before ${asOf}); record the course's end if it is over`,
          "note",
        );
        end = null;
        ongoing = true;
      } else
        warn(
          refs,
          `doses given, the last on ${end}, and no order or statement of the course: ${end} read as its last dose`,
          "note",
        );
    }
    const entry: Record<string, unknown> = {
      regimen: subString(line, "regimen") ?? drugs.join(" + "),
      drugs,
      start,
    };
    if (end) entry.end = end;
    // Review c56 WRONG-1: a course recorded completed or stopped with no end date read "given now" (week 91 of VRd);
    // its stop reason says it stopped (record contract: an entry with a stop reason and no end is not given now, its
    // last dose asked for). "stopped" (halted early, FHIR R4) gives no reason: "other".
    // Review c57 U4/U5: the stop reason of an ended entry is that of the drugs that stopped last (their statusReason),
    // when they say one; reasons that differ are "other", said.
    const lastStops = ongoing
      ? []
      : uses.filter((u) => (end === null ? u.over !== null : u.end === end) && u.reason !== null);
    const reasons = [...new Set(lastStops.map((u) => u.reason?.code))];
    if (!line && reasons.length > 0) {
      entry.stopReason = reasons.length === 1 ? reasons[0] : "other";
      if (reasons.length > 1)
        warn(
          refs,
          `the drugs that stopped last give different stop reasons (${reasons.join(", ")}): stopReason "other"`,
          "note",
        );
    }
    if (!ongoing && end === null && !line && uses.every((u) => u.over !== null)) {
      entry.stopReason ??= uses.every((u) => u.over === "completed") ? "completed" : "other";
      warn(
        refs,
        `status ${[...new Set(uses.map((u) => u.over))].join("/")} with no end date: not given now, the day of its last dose not recorded`,
        "note",
      );
    }
    applyLineAttributes(uses[0]?.ref ?? "", entry, line);
    if (uses[0]?.inferred) {
      warn(
        uses.map((u) => u.ref).join(", "),
        `no regimen grouping in the data: line of ${drugs.join(", ")} from ${start} inferred by the IMWG rule (criteria-and-scores.md 9.1: a drug added after the regimen's first cycle, or begun with a corticosteroid of its own, starts a new line); planned sequences cannot be told apart, check the line count`,
        "note",
      );
    }
    lines.push({ entry, refs: uses.map((u) => u.ref), groupKey, start, end });
  }
  /** Review c56 UNSAFE-4: high-dose melphalan given days before the transplant (its conditioning), not grouped in
   * the data, was a line of its own and the transplant another. The latest line begun before the transplant, when it is
   * melphalan alone, inferred, ended by the transplant day, with no other line begun between them and no transplant of
   * its own yet, is the transplant's (its entry then flagged asct).
   * Review c74-M1: whether or not the EHR grouped it. Melphalan alone ordered as its own order set
   * (MedicationRequest.groupIdentifier, or a shared CarePlan/RequestGroup) was a line of its own ("line 2, 1 prior
   * line" in first-line maintenance): an order set is not a line of therapy (criteria-and-scores.md 9.1: induction,
   * transplant and maintenance are one line). Only the record's own entries (our extension) keep their grouping. */
  const conditioningBefore = (all: readonly Line[], date: string): Line | undefined => {
    const before = all.filter((l) => l.start <= date).sort((a, b) => (a.start < b.start ? 1 : -1));
    const last = before[0];
    if (
      last === undefined ||
      !/^(inferred|grp|ref):/.test(last.groupKey) ||
      last.end === null ||
      last.entry.asct === true
    )
      return undefined;
    const drugs = last.entry.drugs as string[];
    return drugs.length === 1 && drugs[0] === "melphalan" ? last : undefined;
  };
  for (const t of transplants) {
    const group = subString(t.line, "group");
    let host = group ? lines.find((l) => l.groupKey === `ext:${group}`) : undefined;
    if (!host && !group) {
      const containing = lines
        .filter((l) => l.start <= t.date && (l.end === null || t.date <= l.end))
        .sort((a, b) => (a.start < b.start ? 1 : -1));
      host = containing[0] ?? conditioningBefore(lines, t.date);
    }
    if (host) {
      host.entry.asct = true;
      host.refs.push(t.ref);
    } else {
      const entry: Record<string, unknown> = {
        regimen: subString(t.line, "regimen") ?? "ASCT",
        drugs: [],
        start: t.date,
        ...(t.end ? { end: t.end } : {}),
        asct: true,
      };
      applyLineAttributes(t.ref, entry, t.line);
      if (entry.phase === undefined && !t.line) entry.phase = "transplant";
      lines.push({
        entry,
        refs: [t.ref],
        groupKey: group ? `ext:${group}` : `asct:${t.ref}`,
        start: t.date,
        end: t.end,
      });
    }
  }
  // Review c75-W3 (c74-W2's second request) and c75-m5: a transplant Procedure not read as the autologous one was
  // dropped with "not an autologous stem cell transplant", and the melphalan alone just before it (conditioningBefore)
  // stayed a line of its own: the treatment after it read as relapse therapy, silently. Said specifically; nothing is
  // guessed: the melphalan keeps no asct (the assessment asks for it, treatment.melphalan-asct-flag-not-recorded),
  // except before an allogeneic transplant, which it was not the autograft of (asct: false). The clinical reference
  // gives no allogeneic transplant rules (treatments.md 3 names the autologous one only): said as not read.
  for (const u of unreadTransplants) {
    const on = u.date ? ` on ${u.date}` : "";
    const melphalan = u.date ? conditioningBefore(lines, u.date) : undefined;
    const melphalanWords = melphalan ? `melphalan alone from ${melphalan.start}` : "";
    if (u.kind === "allogeneic") {
      if (melphalan && melphalan.entry.asct === undefined) melphalan.entry.asct = false;
      warn(
        u.ref,
        `procedure ${u.described}: allogeneic (donor) stem cell transplant${on}: not read by the navigator (the clinical reference gives no allogeneic transplant rules): the line count and the phase do not take it into account (its conditioning may be read as a line of its own, the treatment after it as relapse therapy): check them${melphalan ? `; the ${melphalanWords} before it is recorded as no autograft (asct: false)` : ""}`,
      );
    } else if (u.kind === "transplant" || melphalan) {
      warn(
        u.ref,
        `procedure ${u.described}${on}${u.kind === "code-only" ? " (a code the navigator does not know, right after melphalan alone): may be" : ":"} a transplant Procedure not read as autologous: if it was an autologous stem cell transplant, record asct: true on the entry; the line count and the phase depend on it${melphalan ? ` (the ${melphalanWords} before it is kept with no asct recorded)` : ""}`,
      );
    } else warn(u.ref, `procedure ${u.described} is not an autologous stem cell transplant; not used`);
  }
  // Review c74-M1: each EHR order set (MedicationRequest.groupIdentifier, a shared CarePlan/RequestGroup) is a regimen
  // entry of its own, and nothing said so (a Bulk Data screen counted a first-line patient as pre-treated with no import
  // warning). An order set is not a line of therapy (criteria-and-scores.md 9.1): said for each one after the first
  // therapy entry, as an inferred line is, with the field that records a planned sequence (a conditioning joined to its
  // transplant above is not a line of its own: not said).
  {
    const therapyStarts = lines.map((l) => l.start).sort();
    for (const l of lines) {
      if (!/^(grp|ref):/.test(l.groupKey) || l.start === therapyStarts[0] || l.entry.asct === true) continue;
      const by = l.groupKey.startsWith("grp:")
        ? "MedicationRequest.groupIdentifier"
        : "a shared CarePlan/RequestGroup";
      warn(
        l.refs.join(", "),
        `${shown(l.entry.regimen)} from ${l.start}: one order set in the data (${by}), read as a regimen entry of its own; an order set is not a line of therapy (criteria-and-scores.md 9.1: induction, transplant and maintenance are one line; a drug added or substituted unplanned starts a new one): check the line count; if it was planned with the entry before it, record plannedWithPrevious: true on it`,
        "note",
      );
    }
  }
  for (const d of drugFree) {
    const group = subString(d.line, "group");
    const host = group ? lines.find((l) => l.groupKey === `ext:${group}`) : undefined;
    if (host) {
      host.refs.push(d.ref);
      continue;
    }
    const entry: Record<string, unknown> = {
      regimen: subString(d.line, "regimen") ?? "observation",
      drugs: [],
      start: d.start,
      ...(d.end ? { end: d.end } : {}),
    };
    applyLineAttributes(d.ref, entry, d.line);
    lines.push({
      entry,
      refs: [d.ref],
      groupKey: group ? `ext:${group}` : `free:${d.ref}`,
      start: d.start,
      end: d.end,
    });
  }
  // What the data cannot tell, said where the line count turns on it: a planned sequence is one line
  // (criteria-and-scores.md 9.1), recorded with `plannedWithPrevious` on the later entry (record contract).
  {
    const therapy = lines
      .filter((l) => !/^(free|anticoagulant):/.test(l.groupKey))
      .sort((a, b) => (a.start < b.start ? -1 : a.start > b.start ? 1 : 0));
    const drugsOf = (l: Line) => (l.entry.drugs as string[]) ?? [];
    // Review c57 W3: Kd given between the previous line and a CAR-T product's lymphodepletion (bridging, most likely)
    // was counted as a line of its own (4 prior lines for 3, on the label gates of the bispecifics). Whether it was
    // planned with the CAR-T is not in the data: said, not decided. A regimen that ended within 8 weeks before the
    // CAR-T entry began (the first lymphodepletion day when it is joined to it) is named; the 8 weeks are the project's
    // own window (the reference gives none; the reviewer's "about 8 weeks").
    // A Bundle our export wrote carries the record's own entries (and its plannedWithPrevious answers): not said.
    const ours = (l: Line) => l.groupKey.startsWith("ext:");
    for (const car of therapy) {
      if (!holdsCarT(drugsOf(car)) || car.entry.plannedWithPrevious !== undefined || ours(car)) continue;
      const before = therapy.filter((l) => l !== car && l.start < car.start && !holdsCarT(drugsOf(l)));
      const last = before[before.length - 1];
      if (!last || ours(last) || last.end === null || last.end > car.start || drugsOf(last).length === 0)
        continue;
      const gap = daysBetween(last.end, car.start);
      // Bridging is given while the product is made: begun within the window too (a line of years is the previous one).
      if (gap > BRIDGING_WINDOW_DAYS || daysBetween(last.start, car.start) > BRIDGING_START_WINDOW_DAYS)
        continue;
      const product = drugsOf(car)
        .filter((d) => holdsCarT([d]))
        .join(", ");
      warn(
        [...last.refs, ...car.refs].join(", "),
        `${shown(last.entry.regimen)} (${last.start} to ${last.end}) ended ${gap} days before the CAR-T entry of ${product} began (${car.start}, its lymphodepletion or infusion): it may be bridging therapy, which is one line with the CAR-T (criteria-and-scores.md 9.1: a planned sequence is one line). The data cannot tell whether it was planned: read as a line of its own; if it was bridging, record plannedWithPrevious: true on the CAR-T entry (${product}) to make it one line`,
        "note",
      );
    }
    // Review c57 W4: a second transplant months after the first with nothing between may be a planned tandem (one
    // line, criteria-and-scores.md 9.1); the data cannot tell. Said, with the field that records it.
    const transplantsDone = therapy.filter((l) => l.entry.asct === true);
    for (let k = 1; k < transplantsDone.length; k++) {
      const first = transplantsDone[k - 1] as Line;
      const second = transplantsDone[k] as Line;
      if (second.entry.plannedWithPrevious !== undefined || ours(first) || ours(second)) continue;
      const firstDay = first.end ?? first.start;
      const months = daysBetween(firstDay, second.start);
      if (months <= 0) continue;
      const between = therapy.some(
        (l) => l !== first && l !== second && l.start > first.start && l.start < second.start,
      );
      if (months > TANDEM_WINDOW_DAYS || between) continue;
      warn(
        [...first.refs, ...second.refs].join(", "),
        `a second autologous transplant (its entry from ${second.start}) ${months} days after the first (${firstDay}), with no therapy between them: it may be a planned tandem transplant, one line with the first (criteria-and-scores.md 9.1); the data cannot tell: read as the engine reads a second transplant; if it was planned, record plannedWithPrevious: true on the second transplant's entry`,
        "note",
      );
    }
  }
  for (const a of anticoagulantEntries)
    lines.push({
      entry: a.entry,
      refs: [a.ref],
      groupKey: `anticoagulant:${a.ref}`,
      start: a.start,
      end: a.end,
    });
  if (lines.length > 0) {
    // A Bundle our export wrote numbers every entry: the record's own order comes back, so a round trip
    // changes nothing the engine reads. Otherwise by start date, then in the order found.
    const numberOf = (l: Line): number | null => {
      const m = /^ext:line-(\d+)$/.exec(l.groupKey);
      return m ? Number(m[1]) : null;
    };
    const allNumbered = lines.every((l) => numberOf(l) !== null);
    const order = lines
      .map((l, i) => ({ l, i, n: numberOf(l) }))
      .sort((a, b) => {
        if (allNumbered) return (a.n as number) - (b.n as number);
        if (a.l.start !== b.l.start) return a.l.start < b.l.start ? -1 : 1;
        return a.i - b.i;
      });
    out.treatmentHistory = order.map(({ l }) => l.entry);
    order.forEach(({ l }, i) => {
      provenance[`treatmentHistory.${i}`] = l.refs.join(", ");
    });
  }

  if (allergies.length > 0) {
    out.allergies = allergies;
    allergyRefs.forEach((ref, i) => {
      provenance[`allergies.${i}`] = ref;
    });
  }

  // Review c86-M2: the values sent and not used, each for the record field it was for (a free light chain by the
  // light-chain type, as the used ones; without it, none is placed), in field order, each once.
  const lc = getPath(out, "labs.lightChain");
  const placed: UnusedValue[] = [];
  const placedRefs: string[] = [];
  for (const field of UNUSED_VALUE_FIELDS)
    for (const u of unusedSent) {
      const to =
        u.to === "kappa" || u.to === "lambda"
          ? lc === "kappa" || lc === "lambda"
            ? u.to === lc
              ? "labs.involvedFreeLightChain"
              : "labs.uninvolvedFreeLightChain"
            : null
          : u.to;
      if (to !== field) continue;
      const entry = UnusedValue.safeParse({ field, ...u.sent });
      if (!entry.success || placed.some((p) => JSON.stringify(p) === JSON.stringify(entry.data))) continue;
      placed.push(entry.data);
      placedRefs.push(u.ref);
    }
  if (placed.length > 0) {
    out.unusedValues = placed;
    placedRefs.forEach((ref, i) => {
      provenance[`unusedValues.${i}`] = ref;
    });
  }

  // Final check against the record schema (ranges such as ECOG 0-4, enumerations): a value that fails
  // is dropped with a warning naming its resource, so one bad result does not block the others.
  // What cannot be traced to one value is an error.
  for (let round = 0; round < 3; round++) {
    const checked = normalizeRecord(out);
    const problems = checked.ok ? [] : checked.issues.filter((i) => i.path !== "asOf");
    if (problems.length === 0) break;
    const untraced: { path: string; message: string }[] = [];
    for (const i of problems) {
      const key = Object.keys(provenance)
        .filter(
          (k) => (i.path === k || i.path.startsWith(`${k}.`)) && !/^(treatmentHistory|series)\./.test(k),
        )
        .sort((a, b) => b.length - a.length)[0];
      if (key && deletePath(out, key)) {
        warn(provenance[key] as string, `${i.path}: ${i.message}; not used`);
        delete provenance[key];
      } else {
        const from = Object.entries(provenance).find(
          ([k]) => i.path === k || i.path.startsWith(`${k}.`),
        )?.[1];
        untraced.push({ path: from ? `${from} (${i.path})` : i.path, message: i.message });
      }
    }
    if (untraced.length > 0) {
      throw new MmnavError(
        ErrorCode.INVALID_RECORD,
        `the Bundle gives an invalid record: ${untraced[0]?.path}: ${untraced[0]?.message}`,
        untraced,
      );
    }
  }
  return { record: out as PatientRecord, warnings, provenance, conditionHints };
}

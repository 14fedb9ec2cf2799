/** Drug classes of the myeloma drugs a treatment history names (lower-case generic names). */

import type { InfectionProphylaxis } from "../model/enums.js";
import { own } from "../model/own.js";

export const DrugClass = {
  proteasomeInhibitor: "proteasome-inhibitor",
  immunomodulatory: "immunomodulatory",
  antiCd38: "anti-cd38",
  bcmaDirected: "bcma-directed",
  gprc5dDirected: "gprc5d-directed",
  alkylator: "alkylator",
  steroid: "steroid",
  other: "other",
} as const;
export type DrugClass = (typeof DrugClass)[keyof typeof DrugClass];

/** Generic name (and common aliases) -> class. Names not listed here are classed "other". */
export const DRUG_CLASSES: Readonly<Record<string, DrugClass>> = Object.freeze({
  bortezomib: DrugClass.proteasomeInhibitor,
  carfilzomib: DrugClass.proteasomeInhibitor,
  ixazomib: DrugClass.proteasomeInhibitor,
  lenalidomide: DrugClass.immunomodulatory,
  pomalidomide: DrugClass.immunomodulatory,
  thalidomide: DrugClass.immunomodulatory,
  daratumumab: DrugClass.antiCd38,
  "daratumumab-hyaluronidase": DrugClass.antiCd38,
  "daratumumab hyaluronidase": DrugClass.antiCd38,
  isatuximab: DrugClass.antiCd38,
  "belantamab mafodotin": DrugClass.bcmaDirected,
  belantamab: DrugClass.bcmaDirected,
  "idecabtagene vicleucel": DrugClass.bcmaDirected,
  "ide-cel": DrugClass.bcmaDirected,
  "ciltacabtagene autoleucel": DrugClass.bcmaDirected,
  "cilta-cel": DrugClass.bcmaDirected,
  teclistamab: DrugClass.bcmaDirected,
  elranatamab: DrugClass.bcmaDirected,
  linvoseltamab: DrugClass.bcmaDirected,
  // Review c9-F1: agents the reference names (treatments.md 10) that were of no known class, so an entry of
  // one alone would not be counted as a line unless its setting were recorded.
  "anitocabtagene autoleucel": DrugClass.bcmaDirected,
  "anito-cel": DrugClass.bcmaDirected,
  iberdomide: DrugClass.other,
  talquetamab: DrugClass.gprc5dDirected,
  melphalan: DrugClass.alkylator,
  cyclophosphamide: DrugClass.alkylator,
  bendamustine: DrugClass.alkylator,
  dexamethasone: DrugClass.steroid,
  prednisone: DrugClass.steroid,
  prednisolone: DrugClass.steroid,
  methylprednisolone: DrugClass.steroid,
  elotuzumab: DrugClass.other,
  selinexor: DrugClass.other,
  venetoclax: DrugClass.other,
  panobinostat: DrugClass.other,
  doxorubicin: DrugClass.other,
  "liposomal doxorubicin": DrugClass.other,
  cisplatin: DrugClass.other,
  etoposide: DrugClass.other,
  vincristine: DrugClass.other,
});

/** Canonical spelling of an alias, so exposure lists name a drug once. */
const CANONICAL: Readonly<Record<string, string>> = Object.freeze({
  "daratumumab-hyaluronidase": "daratumumab",
  "daratumumab hyaluronidase": "daratumumab",
  belantamab: "belantamab mafodotin",
  "ide-cel": "idecabtagene vicleucel",
  "cilta-cel": "ciltacabtagene autoleucel",
  "anito-cel": "anitocabtagene autoleucel",
});

/** Stem cell mobilisation agents: G-CSF (filgrastim, pegfilgrastim, lenograstim) and the CXCR4 antagonists
 * (plerixafor, motixafortide). Review c65-M2: the collection they serve is in the reference (treatments.md 3c: "Stem
 * cell collection: after <= 4 cycles of lenalidomide-containing therapy (US label)"); the agents are not named there.
 * They are supportive, never anti-myeloma therapy: an entry of them is no line, no exposure and no transplant. */
export const MOBILISATION_DRUGS: ReadonlySet<string> = new Set([
  "filgrastim",
  "pegfilgrastim",
  "lenograstim",
  "plerixafor",
  "motixafortide",
]);

/** Supportive care, never anti-myeloma therapy: bone-targeted agents (treatments.md 8a), immunoglobulin
 * replacement and erythropoiesis-stimulating agents (8c), and the stem cell mobilisation agents (MOBILISATION_DRUGS,
 * review c65-M2). An entry of these alone is no line of therapy (rajkumar-2015-blood-lines counts anti-myeloma
 * regimens and transplants) and no treated disease. */
export const SUPPORTIVE_CARE_DRUGS: ReadonlySet<string> = new Set([
  ...MOBILISATION_DRUGS,
  "zoledronic acid",
  "zoledronate",
  "pamidronate",
  "denosumab",
  "ivig",
  "immune globulin",
  "immunoglobulin",
  "intravenous immunoglobulin",
  "epoetin",
  "epoetin alfa",
  "epoetin beta",
  "darbepoetin alfa",
]);

/** Whether a drug name (any case, trimmed) is supportive care (SUPPORTIVE_CARE_DRUGS). */
export function isSupportiveCareDrug(name: string): boolean {
  return infoOf(name).supportive;
}

/** Anticoagulants (vitamin K antagonists, DOACs, heparins, fondaparinux) and aspirin: thromboprophylaxis or
 * anticoagulation (treatments.md 7c: aspirin, LMWH, full-dose warfarin, DOACs), never anti-myeloma therapy.
 * Review c9-F1: warfarin recorded as a treatment entry became "line 1" of an untreated patient. */
export const ANTICOAGULANT_DRUGS: ReadonlySet<string> = new Set([
  "warfarin",
  "acenocoumarol",
  "phenprocoumon",
  "apixaban",
  "rivaroxaban",
  "edoxaban",
  "dabigatran",
  "enoxaparin",
  "dalteparin",
  "tinzaparin",
  "heparin",
  "fondaparinux",
]);
/** Aspirin: the lower-risk IMiD thromboprophylaxis (treatments.md 7c), no anticoagulant. */
export const ANTIPLATELET_DRUGS: ReadonlySet<string> = new Set(["aspirin"]);
/** Anti-infective prophylaxis of treatments.md 8c (aciclovir/valaciclovir, levofloxacin, TMP-SMX), each with the card
 * it belongs to (review c87-M3: read as taken now when its treatment entry runs on asOf). */
const PROPHYLAXIS_KIND: Readonly<Record<string, InfectionProphylaxis>> = {
  aciclovir: "hsv-vzv",
  acyclovir: "hsv-vzv",
  valaciclovir: "hsv-vzv",
  valacyclovir: "hsv-vzv",
  levofloxacin: "antibacterial",
  "trimethoprim-sulfamethoxazole": "pjp",
  "co-trimoxazole": "pjp",
  cotrimoxazole: "pjp",
};
export const ANTI_INFECTIVE_PROPHYLAXIS_DRUGS: ReadonlySet<string> = new Set(Object.keys(PROPHYLAXIS_KIND));
/** The card of an anti-infective prophylaxis drug, or null for any other drug. */
export function prophylaxisKindOf(name: string): InfectionProphylaxis | null {
  return own(PROPHYLAXIS_KIND, canonicalDrugName(name)) ?? null;
}

export function isAnticoagulant(name: string): boolean {
  return infoOf(name).anticoagulant;
}

/** An anticoagulant or aspirin (ANTICOAGULANT_DRUGS, ANTIPLATELET_DRUGS): what bleeds with a low platelet count. */
export function isAnticoagulantOrAspirin(name: string): boolean {
  return infoOf(name).anticoagulant || ANTIPLATELET_DRUGS.has(canonicalDrugName(name));
}

/** A drug known not to be anti-myeloma therapy: supportive care (bone agents, IVIG, ESAs), an anticoagulant
 * or aspirin, or anti-infective prophylaxis. Such a drug never makes a line (criteria-and-scores.md 9.1). */
export function isKnownNonMyelomaDrug(name: string): boolean {
  return infoOf(name).nonMyeloma;
}

/** BCMA-directed autologous CAR T-cell products (treatments.md 5b; anito-cel is pending, section 10). */
export const BCMA_CAR_T: readonly string[] = [
  "idecabtagene vicleucel",
  "ciltacabtagene autoleucel",
  "anitocabtagene autoleucel",
];

/** Whether a treatment entry's drugs (as recorded) list a BCMA CAR-T product. */
export function holdsCarT(drugs: readonly string[]): boolean {
  return drugs.some((d) => BCMA_CAR_T.includes(canonicalDrugName(d)));
}

/** Lymphodepleting chemotherapy, given in the days before a CAR-T infusion (Carvykti and Abecma US labels,
 * section 2.2: cyclophosphamide with fludarabine; looked up, not in the clinical reference). */
export const LYMPHODEPLETION: readonly string[] = ["cyclophosphamide", "fludarabine"];

/** Whether a CAR-T entry's infusion day is not recorded: an entry listing the lymphodepletion drugs with no end
 * began before the infusion (at lymphodepletion or apheresis), and its start is not the infusion's day (review
 * c29-U1': day 4 after an infusion read "the 2-week US restrictions have ended", dated from such a start). */
export function carTInfusionUndated(t: { end: string | null; drugs: readonly string[] }): boolean {
  return t.end === null && t.drugs.some((d) => LYMPHODEPLETION.includes(canonicalDrugName(d)));
}

/** An entry's canonical drug names as anti-myeloma therapy: in an entry holding a CAR-T product, the
 * lymphodepletion drugs prepare the infusion and are no therapy of their own (review c30-W2: "refractory to
 * cyclophosphamide" after a CAR-T, which would count against cyclophosphamide-containing salvage). */
export function withoutLymphodepletion(names: string[]): string[] {
  if (!names.some((d) => BCMA_CAR_T.includes(d))) return names;
  return names.filter((d) => !LYMPHODEPLETION.includes(d));
}

/** Whether drugs (as recorded) are exactly `names` (canonical names), no more and no fewer: a regimen told by
 * its drugs (Rd, Vd, VRd). */
export function drugsAre(drugs: Iterable<string>, names: readonly string[]): boolean {
  const got = new Set<string>();
  for (const d of drugs) got.add(canonicalDrugName(d));
  return got.size === names.length && names.every((n) => got.has(n));
}

/** VRd-lite (treatments.md 4: "for older/intermediate-fit patients"), told from VRd by its recorded regimen
 * name only: its drugs are VRd's (review c31-W3); also spelt RVd-lite (review c32-W2). */
export function isVrdLite(regimen: string | null): boolean {
  return regimen !== null && /(vrd|rvd)[\s_-]*lite/i.test(regimen);
}

export function canonicalDrugName(name: string): string {
  return infoOf(name).canonical;
}

/** The class of a drug, or "other" when the name is not a known myeloma drug (see `isKnownDrug`). */
export function drugClass(name: string): DrugClass {
  return infoOf(name).drugClass;
}

export function isKnownDrug(name: string): boolean {
  return infoOf(name).known;
}

/** What the tables say of one drug name (trimmed and lower-cased, as each look-up reads it). */
interface DrugInfo {
  readonly canonical: string;
  readonly drugClass: DrugClass;
  readonly known: boolean;
  readonly supportive: boolean;
  readonly anticoagulant: boolean;
  readonly nonMyeloma: boolean;
}

function lookUp(name: string): DrugInfo {
  const n = name.trim().toLowerCase();
  const supportive = SUPPORTIVE_CARE_DRUGS.has(n);
  const anticoagulant = ANTICOAGULANT_DRUGS.has(n);
  return {
    canonical: own(CANONICAL, n) ?? n,
    drugClass: own(DRUG_CLASSES, n) ?? DrugClass.other,
    known: Object.hasOwn(DRUG_CLASSES, n),
    supportive,
    anticoagulant,
    nonMyeloma:
      supportive || anticoagulant || ANTIPLATELET_DRUGS.has(n) || ANTI_INFECTIVE_PROPHYLAXIS_DRUGS.has(n),
  };
}

/** The answers for the names seen so far, by the name as given: a record's drugs are looked up many times
 * per assessment (lines, exposure, refractoriness, diagnosis, phase, knowledge), each look-up a trim, a
 * lower-casing and several table reads. The tables never change, so an answer never goes stale; the cache
 * is emptied when it reaches its bound (names come from input: a screen of free-text names must not grow
 * it without limit). */
const INFO = new Map<string, DrugInfo>();
const INFO_LIMIT = 1024;

function infoOf(name: string): DrugInfo {
  let info = INFO.get(name);
  if (info === undefined) {
    info = lookUp(name);
    if (INFO.size >= INFO_LIMIT) INFO.clear();
    INFO.set(name, info);
  }
  return info;
}

/** Drugs of a stem cell mobilisation: a mobilisation agent (MOBILISATION_DRUGS), with nothing else but
 * cyclophosphamide (chemo-mobilisation). */
function mobilisationDrugs(drugs: readonly string[]): boolean {
  let agent = false;
  for (const d of drugs) {
    const n = canonicalDrugName(d);
    if (MOBILISATION_DRUGS.has(n)) agent = true;
    else if (n !== "cyclophosphamide") return false;
  }
  return agent;
}

/** A regimen name that says a stem cell collection (for an entry recorded with no drug). */
const COLLECTION_NAME = /collect|mobili[sz]|apheres|harvest/i;

/**
 * Review c65-M2. A stem cell collection recorded in the treatment history (treatments.md 3c: "Stem cell collection:
 * after <= 4 cycles of lenalidomide-containing therapy (US label)"): an entry in the transplant phase, not flagged
 * `asct`, of mobilisation agents (optionally with cyclophosphamide, chemo-mobilisation), or of no drug with a regimen
 * naming the collection. It is no transplant and no line. G-CSF recorded in another phase (for neutropenia during
 * induction, say) or with no phase is not read as a collection: only the transplant phase says what it was for.
 * @example isStemCellCollection({ regimen: "Stem cell collection", drugs: ["filgrastim"], phase: "transplant", asct: false }) // true
 */
export function isStemCellCollection(t: {
  regimen: string;
  drugs: readonly string[];
  phase: string | null;
  asct: boolean;
}): boolean {
  if (t.asct || t.phase !== "transplant") return false;
  return t.drugs.length === 0 ? COLLECTION_NAME.test(t.regimen) : mobilisationDrugs(t.drugs);
}

/** Whether a treatment entry's drugs are anti-myeloma therapy: a known anti-myeloma agent among them; or a
 * drug of no known class (not known to be non-myeloma either, e.g. a trial agent) in an entry whose
 * `setting` records the plasma-cell disease it treated. Drugs known not to treat myeloma never are, whatever
 * the setting says. An entry of drugs of no known class with no setting is not guessed to be myeloma
 * therapy (review c9-F1): the engine names it for the team to check (engine/record-checks.ts). The
 * cyclophosphamide of a chemo-mobilisation (isStemCellCollection, given its phase) is no myeloma therapy either
 * (review c65-M2). */
export function namesMyelomaTherapy(t: {
  drugs: readonly string[];
  setting: string | null;
  phase?: string | null;
  asct?: boolean;
}): boolean {
  if (
    t.drugs.length > 0 &&
    isStemCellCollection({ regimen: "", drugs: t.drugs, phase: t.phase ?? null, asct: t.asct === true })
  )
    return false;
  let unknown = false;
  for (const d of t.drugs) {
    if (isKnownDrug(d)) return true;
    if (!isKnownNonMyelomaDrug(d)) unknown = true;
  }
  return unknown && t.setting !== null;
}

/** The drugs of an entry that are neither known anti-myeloma agents nor known non-myeloma drugs. */
export function unclassifiedDrugs(drugs: readonly string[]): string[] {
  return drugs.filter((d) => !isKnownDrug(d) && !isKnownNonMyelomaDrug(d));
}

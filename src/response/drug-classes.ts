/** Drug classes of the myeloma drugs a treatment history names (lower-case generic names). */
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
});

/** Supportive care, never anti-myeloma therapy: bone-targeted agents (treatments.md 8a), immunoglobulin
 * replacement and erythropoiesis-stimulating agents (8c). An entry of these alone is no line of therapy
 * (rajkumar-2015-blood-lines counts anti-myeloma regimens and transplants) and no treated disease. */
export const SUPPORTIVE_CARE_DRUGS: ReadonlySet<string> = new Set([
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
  return SUPPORTIVE_CARE_DRUGS.has(name.trim().toLowerCase());
}

export function canonicalDrugName(name: string): string {
  const n = name.trim().toLowerCase();
  return own(CANONICAL, n) ?? n;
}

/** The class of a drug, or "other" when the name is not a known myeloma drug (see `isKnownDrug`). */
export function drugClass(name: string): DrugClass {
  return own(DRUG_CLASSES, name.trim().toLowerCase()) ?? DrugClass.other;
}

export function isKnownDrug(name: string): boolean {
  return Object.hasOwn(DRUG_CLASSES, name.trim().toLowerCase());
}

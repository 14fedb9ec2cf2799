/** Brand names of the drugs a treatment history names, read as their generic names in one place (the
 * record contract asks for lower-case generic names; a brand name is not a guess to map: each brand below is
 * one product of one generic drug, as its label names it). Tecvayli, Elrexfio, Talvey and Lynozyfic are named
 * in treatments.md 5; the others are the US and EU product names on the myeloma drug labels
 * (myeloma-drug-labels) and the supportive-care and anticoagulant labels. An unknown name is kept as given. */
import { own } from "./own.js";

const BRAND_TO_GENERIC: Readonly<Record<string, string>> = Object.freeze({
  revlimid: "lenalidomide",
  pomalyst: "pomalidomide",
  imnovid: "pomalidomide",
  thalomid: "thalidomide",
  velcade: "bortezomib",
  kyprolis: "carfilzomib",
  ninlaro: "ixazomib",
  darzalex: "daratumumab",
  "darzalex faspro": "daratumumab",
  sarclisa: "isatuximab",
  empliciti: "elotuzumab",
  xpovio: "selinexor",
  nexpovio: "selinexor",
  blenrep: "belantamab mafodotin",
  abecma: "idecabtagene vicleucel",
  carvykti: "ciltacabtagene autoleucel",
  tecvayli: "teclistamab",
  elrexfio: "elranatamab",
  talvey: "talquetamab",
  lynozyfic: "linvoseltamab",
  alkeran: "melphalan",
  decadron: "dexamethasone",
  evomela: "melphalan",
  venclexta: "venetoclax",
  venclyxto: "venetoclax",
  xgeva: "denosumab",
  zometa: "zoledronic acid",
  aredia: "pamidronate",
  coumadin: "warfarin",
  eliquis: "apixaban",
  xarelto: "rivaroxaban",
  lovenox: "enoxaparin",
  clexane: "enoxaparin",
  fragmin: "dalteparin",
  // c11a: the other anticoagulants of response/drug-classes.ts (US and EU product names on their labels).
  pradaxa: "dabigatran",
  savaysa: "edoxaban",
  lixiana: "edoxaban",
  arixtra: "fondaparinux",
  innohep: "tinzaparin",
});

/** The generic name of a drug named by its brand; any other name as given. */
export function genericDrugName(name: string): string {
  return own(BRAND_TO_GENERIC, name) ?? name;
}

/** The small part of FHIR R4 JSON this module reads and writes (hand-written, not generated: only
 * the elements we use; everything else passes through untouched). */

export interface Coding {
  system?: string;
  code?: string;
  display?: string;
}
export interface CodeableConcept {
  coding?: Coding[];
  text?: string;
}
export interface Reference {
  reference?: string;
  display?: string;
}
export interface FhirQuantity {
  value?: number;
  unit?: string;
  system?: string;
  code?: string;
}
export interface Period {
  start?: string;
  end?: string;
}
export interface Extension {
  url: string;
  valueString?: string;
  valueCode?: string;
  valueBoolean?: boolean;
  valueDate?: string;
  valueInteger?: number;
  extension?: Extension[];
}
export interface Identifier {
  system?: string;
  value?: string;
}

export interface Resource {
  resourceType: string;
  id?: string;
  extension?: Extension[];
  [key: string]: unknown;
}

export interface BundleEntry {
  fullUrl?: string;
  resource?: Resource;
}

export interface Bundle extends Resource {
  resourceType: "Bundle";
  type: string;
  timestamp?: string;
  entry?: BundleEntry[];
}

export interface OperationOutcomeIssue {
  severity: "fatal" | "error" | "warning" | "information";
  code: string;
  diagnostics?: string;
  expression?: string[];
}
export interface OperationOutcome extends Resource {
  resourceType: "OperationOutcome";
  issue: OperationOutcomeIssue[];
}

export function isRecord(x: unknown): x is Record<string, unknown> {
  return typeof x === "object" && x !== null && !Array.isArray(x);
}

/** FNV-1a based, deterministic UUID-shaped id (no randomness: the same input gives the same ids). */
export function stableUuid(seed: string): string {
  const hashes: string[] = [];
  for (let round = 0; round < 4; round++) {
    let h = 0x811c9dc5 ^ round;
    const s = `${round}:${seed}`;
    for (let i = 0; i < s.length; i++) {
      h ^= s.charCodeAt(i);
      h = Math.imul(h, 0x01000193) >>> 0;
    }
    hashes.push(h.toString(16).padStart(8, "0"));
  }
  const hex = hashes.join("");
  // Version 8 ("custom") UUID layout: the version and variant nibbles are fixed.
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-8${hex.slice(13, 16)}-${((Number.parseInt(hex[16] ?? "0", 16) & 0x3) | 0x8).toString(16)}${hex.slice(17, 20)}-${hex.slice(20, 32)}`;
}

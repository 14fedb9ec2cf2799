/** The one bibliography: every rule, threshold and option cites an id from here (checked by tests). */
import { CRITERIA_CITATIONS } from "./criteria.js";
import { TREATMENT_CITATIONS } from "./treatments.js";
import type { Citation } from "./types.js";

export type { Citation } from "./types.js";

export const BIBLIOGRAPHY = { ...CRITERIA_CITATIONS, ...TREATMENT_CITATIONS } as const;

/** A citation id that resolves in the bibliography: a typo fails to compile. */
export type CitationId = keyof typeof BIBLIOGRAPHY;

export function isCitationId(id: string): id is CitationId {
  return Object.hasOwn(BIBLIOGRAPHY, id);
}

export function citation(id: CitationId): Citation {
  return BIBLIOGRAPHY[id];
}

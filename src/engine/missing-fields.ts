/** fieldsFor: the record fields to name when a situation fact is not known (options and safety review). */
import { FACTS, type FactName, type SituationMissing } from "../knowledge/index.js";

/** The fields the calculators named missing for the fact (each once), else the fact's inputs. */
export function fieldsFor(fact: FactName, missing: SituationMissing): string[] {
  const named: string[] = [];
  for (const m of missing[fact] ?? []) if (!named.includes(m.field)) named.push(m.field);
  return named.length > 0 ? named : [...FACTS[fact].inputs];
}

/** The alert shape the response calculators return; structurally the engine's `Alert`
 * (engine/assessment.ts), declared here so that response/ does not import the engine. */
import type { CitationId } from "../model/bibliography/index.js";
import type { RuleDef } from "../model/trace.js";

export interface ResponseAlert {
  id: string;
  severity: "info" | "warning" | "critical";
  text: string;
  citations: CitationId[];
  verified: boolean;
}

/** An alert built from the rules behind it: cites each, verified only when every rule is. */
export function alertFrom(
  id: string,
  severity: ResponseAlert["severity"],
  text: string,
  rules: readonly RuleDef[],
): ResponseAlert {
  // Each citation once, in the rules' order (what a Set would keep), in one pass without a Set.
  const citations: CitationId[] = [];
  let verified = true;
  for (const r of rules) {
    if (!citations.includes(r.citation)) citations.push(r.citation);
    if (r.evidence !== "verified") verified = false;
  }
  return { id, severity, text, citations, verified };
}

/** Every recommendation in the knowledge base as an Assessment option: the longest option list any
 * Assessment could carry (for length tests of the patient handout). */
import type { AssessmentOption } from "../../engine/assessment.js";
import { KNOWLEDGE_ENTRIES } from "../../knowledge/index.js";

export function allKnowledgeOptions(): AssessmentOption[] {
  return KNOWLEDGE_ENTRIES.map((e) => ({
    id: e.id,
    kind: e.kind,
    strength: e.strength,
    regimen: e.regimen ? { code: e.regimen.code, drugs: [...e.regimen.drugs] } : null,
    title: e.title,
    because: [],
    cautions: [],
    citations: [],
    patientText: e.patientText,
    regulatory: e.regulatory,
    evidenceReviewed: "2026-06",
    verified: e.evidence === "verified",
  }));
}

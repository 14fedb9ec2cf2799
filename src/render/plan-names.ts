/** The names of a plan step's options, as the clinician text and the web's plan ahead list them: the
 * regimen code (else the title), each name once, with the regulatory note a bare code hides ("EU only" for
 * BPd; "pending, not approved" for iberdomide-Dd and anito-cel: treatments.md 5a, 10; review c18 M5). */
import type { Assessment, AssessmentOption, PlanStep } from "../engine/assessment.js";
import {
  approvedForPatientOnlyIn,
  approvedOnlyIn,
  approvedPendingElsewhere,
  pendingNotApproved,
} from "./regulatory-status.js";

/** The note of an option named by its code alone (its title says it, the code does not): approved in one
 * jurisdiction shown and not approved in the other, or pending with an approval in neither. Null when the
 * statuses say nothing of the kind (or only one jurisdiction is shown). */
function regulatoryNote(o: AssessmentOption): string | null {
  const only = approvedOnlyIn(o);
  if (only) return only === "eu" ? "EU only" : "US only";
  const pending = approvedPendingElsewhere(o);
  if (pending) return pending === "us" ? "US; EU pending" : "EU; US pending";
  // Re-check c65-m4: listed under one label, outside the other's for this patient (BVd at a first relapse).
  const forPatient = approvedForPatientOnlyIn(o);
  if (forPatient) return forPatient === "eu" ? "outside US label" : "outside EU label";
  return pendingNotApproved(o) ? "pending, not approved" : null;
}

/**
 * A step's options by name, each name once: one regimen may be two options (D-VRd for transplant
 * candidates and for others, both shown while the candidacy is open). A note stays when every option of
 * the name carries it; where one of them has none, the name goes bare. A name the step's title already
 * gives in brackets ("Line 2 (KPd) being given") is not said again.
 */
export function planStepNames(a: Assessment, step: PlanStep): string[] {
  const notes = new Map<string, string | null>();
  for (const id of step.optionIds) {
    const o = a.options.find((x) => x.id === id);
    const code = o?.regimen?.code;
    const name = o ? (code ?? o.title) : id;
    const note = o && code ? regulatoryNote(o) : null;
    const seen = notes.get(name);
    notes.set(name, seen === undefined || seen === note ? note : null);
  }
  return [...notes]
    .map(([n, note]) => (note ? `${n} (${note})` : n))
    .filter((n) => !step.title.includes(`(${n})`));
}

/** What an option's regulatory statuses say across the jurisdictions shown, as data the surfaces word:
 * approved in one and refused in the other (BPd), or pending with an approval in neither (treatments.md 5a,
 * 10). A leaf module (types only), so the web's first page can use it without the handout's words. */
import type { AssessmentOption } from "../engine/assessment.js";

const APPROVED: ReadonlySet<string> = new Set(["approved", "accelerated-approval"]);
const approved = (r: AssessmentOption["regulatory"]["us"]): boolean => r !== null && APPROVED.has(r.status);

/** The one jurisdiction shown that approves the option when the other shown says "not approved" (BPd:
 * approved in the EU, not in the US; treatments.md 5a). Null when only one jurisdiction is shown or the
 * statuses say nothing of the kind (an off-label or guideline-only status is not a refusal). The clinician
 * text says it as "EU only" / "US only", the patient texts in words. */
export function approvedOnlyIn(o: AssessmentOption): "us" | "eu" | null {
  const { us, eu } = o.regulatory;
  if (us?.status === "not-approved" && approved(eu)) return "eu";
  if (eu?.status === "not-approved" && approved(us)) return "us";
  return null;
}

/** The one jurisdiction shown that approves the option when the other shown has its decision pending (Tec-Dara:
 * approved in the US, a CHMP positive opinion with the EC decision pending; treatments.md 5a, 10). Null when only
 * one jurisdiction is shown (review c63-M3: a handout read in Europe called it a common first choice unmarked). */
export function approvedPendingElsewhere(o: AssessmentOption): "us" | "eu" | null {
  const { us, eu } = o.regulatory;
  if (us?.status === "pending" && approved(eu)) return "eu";
  if (eu?.status === "pending" && approved(us)) return "us";
  return null;
}

/** The one jurisdiction shown whose label this patient meets when the other shown approves the option for other
 * patients only (its `outsideLabel`: BVd at a first relapse, EU >= 1 prior line, US >= 2; treatments.md 5a; re-check
 * c65-m4: the handout marked nothing). Null when only one jurisdiction is shown. */
export function approvedForPatientOnlyIn(o: AssessmentOption): "us" | "eu" | null {
  const { us, eu } = o.regulatory;
  if (us?.outsideLabel === true && approved(eu) && eu?.outsideLabel !== true) return "eu";
  if (eu?.outsideLabel === true && approved(us) && us?.outsideLabel !== true) return "us";
  return null;
}

/** The jurisdictions shown whose status of the option is "off-label": not labelled for this use there, though the team
 * may still use it (PVd in the US: "Not a US-labelled regimen", treatments.md 5a; review c73-m3: the clinician card
 * said "US off-label", the handout nothing). "both" when both are shown and both say so. */
export function offLabelIn(o: AssessmentOption): "us" | "eu" | "both" | null {
  const { us, eu } = o.regulatory;
  const inUs = us?.status === "off-label";
  const inEu = eu?.status === "off-label";
  return inUs && inEu ? "both" : inUs ? "us" : inEu ? "eu" : null;
}

/** A decision pending in a jurisdiction, and an approval in none (treatments.md 10: show pending items
 * as pending, never as approved). */
export function pendingNotApproved(o: AssessmentOption): boolean {
  const statuses = [o.regulatory?.us?.status, o.regulatory?.eu?.status];
  return statuses.includes("pending") && !statuses.some((s) => s !== undefined && APPROVED.has(s));
}

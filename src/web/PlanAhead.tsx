/** The plan ahead on the clinician's screen: every step of the pathway in order (done, now, next, later,
 * at progression), as the clinician text lists it (render/clinician.ts), with the options that belong to
 * each step, its UNVERIFIED badge and its sources. The summary card shows only the one step that comes
 * next; this is the whole pathway around it. */
import type { ReactNode } from "react";
import type { Assessment, PlanStep } from "../engine/assessment.js";
import { planStepNames } from "../render/plan-names.js";
import { PHASE_LABEL } from "./Summary.js";

const STATUS_LABEL: Record<PlanStep["status"], string> = {
  done: "Done",
  current: "Now",
  next: "Next",
  later: "Later",
  "if-progressed": "If it progresses",
};

export function PlanAhead({ a, cite }: { a: Assessment; cite: (ids: readonly string[]) => ReactNode }) {
  const plan = a.plan ?? [];
  if (plan.length === 0) return <p>No plan: the disease state does not call for one.</p>;
  return (
    <ol className="plan-ahead" data-testid="plan-ahead">
      {plan.map((s) => {
        const names = planStepNames(a, s);
        return (
          <li key={`${s.status}:${s.phase}:${s.title}`} data-status={s.status}>
            <strong>{STATUS_LABEL[s.status]}</strong>
            <span className="muted"> · {PHASE_LABEL[s.phase] ?? s.phase}</span>: {s.title}
            {names.length > 0 && ` (${names.join(", ")})`}
            {s.verified === false && (
              <span
                className="badge badge-unverified"
                title="This step rests on a fact the reference marks UNVERIFIED, or on the project's own reading of it"
              >
                UNVERIFIED
              </span>
            )}
            {(s.citations ?? []).length > 0 && cite(s.citations)}
          </li>
        );
      })}
    </ol>
  );
}

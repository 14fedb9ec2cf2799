/** The order of the care alongside in the first 2 weeks after a BCMA CAR-T infusion (review c88-m4, c80-m3): infection
 * prevention before the other supportive care, bone-targeted therapy among them. One rule, read by the engine's option
 * list (pathway.ts, every evaluation path) and by the surfaces that re-rank options by strength (render/option-order.ts,
 * render/clinician.ts topOptions), so that every surface lists them alike. */
import { CAR_T_FIRST_WEEKS_ALERT } from "../knowledge/drug-rules.js";
import type { AssessmentOption } from "./assessment.js";

/**
 * The post-infusion monitoring window is open: alert.car-t.first-two-weeks is raised (less than 14 days since a BCMA
 * CAR-T infusion; treatments.md 5b: monitor >= 2 weeks; 10: stay near the centre, no driving for 2 weeks).
 * @example inPostInfusionWindow([{ id: "alert.car-t.first-two-weeks" }]) // true
 */
export function inPostInfusionWindow(alerts: readonly { id: string }[]): boolean {
  return alerts.some((x) => x.id === CAR_T_FIRST_WEEKS_ALERT);
}

/** Infection prevention among the supportive-care options (knowledge/entries/supportive-care.ts, `sc.infection.*`):
 * HSV/VZV and PJP prophylaxis and IgG replacement, which treatments.md 5c lists as co-orders with CAR-T ("Bispecific /
 * CAR-T toxicity and prophylaxis rules (encode as required co-orders)"; 8c), HBV screening, levofloxacin. */
export function isInfectionPrevention(o: Pick<AssessmentOption, "id" | "kind">): boolean {
  return o.kind === "supportive-care" && o.id.startsWith("sc.infection.");
}

/**
 * An option's rank in the window: 0 for infection prevention, 1 for every other option; outside the window 0 for all
 * (the order stays kind, then strength). The reference gives no rule on the order of supportive care after CAR-T, and
 * no deferral of a bone agent (treatments.md 8a): zoledronic acid stays "preferred", only listed after the co-orders
 * of 5c while the infusion is being watched (the project's reading, UNVERIFIED).
 * @example postInfusionRank(alertsDay10)({ id: "sc.bone.zoledronic-acid", kind: "supportive-care" }) // 1
 */
export function postInfusionRank(
  alerts: readonly { id: string }[],
): (o: Pick<AssessmentOption, "id" | "kind">) => 0 | 1 {
  if (!inPostInfusionWindow(alerts)) return () => 0;
  return (o) => (isInfectionPrevention(o) ? 0 : 1);
}

/** In the window, moves the infection-prevention options before the other supportive-care options, in place and
 * stably (each group keeps its order: kind, then strength); the options of other kinds keep their places. */
export function infectionPreventionFirst(
  options: AssessmentOption[],
  alerts: readonly { id: string }[],
): void {
  if (!inPostInfusionWindow(alerts)) return;
  const slots: number[] = [];
  const first: AssessmentOption[] = [];
  const rest: AssessmentOption[] = [];
  options.forEach((o, i) => {
    if (o.kind !== "supportive-care") return;
    slots.push(i);
    (isInfectionPrevention(o) ? first : rest).push(o);
  });
  const ordered = first.concat(rest);
  slots.forEach((slot, k) => {
    options[slot] = ordered[k] as AssessmentOption;
  });
}

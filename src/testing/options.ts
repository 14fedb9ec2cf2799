/** Reading an Assessment's options in tests: the ids shown, and one option that must be shown. */
import type { Assessment, AssessmentOption } from "../engine/assessment.js";

/** The ids of the options shown, in the Assessment's order. */
export function optionIds(a: Assessment): string[] {
  return a.options.map((o) => o.id);
}

/** The option with this id; throws, naming what is shown, when it is not shown. */
export function shownOption(a: Assessment, id: string): AssessmentOption {
  const o = a.options.find((x) => x.id === id);
  if (!o) throw new Error(`option ${id} not shown; shown: ${optionIds(a).join(", ")}`);
  return o;
}

/** The first-line (newly diagnosed) options, in the order shown, as "id strength". */
export function firstLineStrengths(a: Assessment): string[] {
  return a.options.filter((o) => o.id.startsWith("ndmm.")).map((o) => `${o.id} ${o.strength}`);
}

/** The cautions of the option with this id, joined by " | " (it must be shown). */
export function cautionsOf(a: Assessment, id: string): string {
  return shownOption(a, id).cautions.join(" | ");
}

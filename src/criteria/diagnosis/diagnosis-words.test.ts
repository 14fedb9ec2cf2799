/** The words of each diagnosis golden case (label, each criterion's reason, evidence and what it lacked,
 * what could change the category, notes), pinned: a change shows in review as a snapshot diff
 * (`vitest -u` after checking it). The categories are asserted by diagnosis.test.ts; this guards the
 * sentences, the evidence grade shown beside each rule and the traced inputs. */
import { describe, expect, it } from "vitest";
import { toFacts } from "../../model/facts.js";
import cases from "./diagnosis.cases.json" with { type: "json" };
import { classifyDiagnosis } from "./diagnosis.js";

describe("diagnosis words per golden case", () => {
  it.each(cases.map((c) => [c.id, c.input] as const))("%s", (_id, input) => {
    const d = classifyDiagnosis(toFacts(input));
    expect({
      label: d.label,
      criteria: d.criteria.map(
        (c) =>
          `${c.id} ${c.status} [${c.evidence}]: ${c.because} ${JSON.stringify(c.inputs)}` +
          (c.missing.length > 0
            ? `; lacks ${c.missing.map((m) => `${m.field} (${m.neededFor})`).join(", ")}`
            : ""),
      ),
      couldChangeWith: d.couldChangeWith,
      missing: d.missing.map((m) => `${m.field} (${m.neededFor})`),
      notes: d.notes,
      alsoMeets: d.alsoMeets,
    }).toMatchSnapshot();
  });
});

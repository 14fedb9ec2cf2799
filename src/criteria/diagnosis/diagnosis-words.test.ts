/** The words of each diagnosis golden case (label, each criterion's reason, what could change it,
 * notes), pinned: a change shows in review as a snapshot diff (`vitest -u` after checking it). The
 * categories are asserted by diagnosis.test.ts; this guards the sentences and traced inputs. */
import { describe, expect, it } from "vitest";
import { toFacts } from "../../model/facts.js";
import cases from "./diagnosis.cases.json" with { type: "json" };
import { classifyDiagnosis } from "./diagnosis.js";

describe("diagnosis words per golden case", () => {
  it.each(cases.map((c) => [c.id, c.input] as const))("%s", (_id, input) => {
    const d = classifyDiagnosis(toFacts(input));
    expect({
      label: d.label,
      criteria: d.criteria.map((c) => `${c.id} ${c.status}: ${c.because} ${JSON.stringify(c.inputs)}`),
      couldChangeWith: d.couldChangeWith,
      missing: d.missing.map((m) => `${m.field} (${m.neededFor})`),
      notes: d.notes,
    }).toMatchSnapshot();
  });
});

/** The words a clinician reads for each response golden case (basis, reason, alerts), pinned: a change
 * to them shows in review as a snapshot diff (`vitest -u` after checking it). The decisions are asserted
 * by response.test.ts; this guards the sentences built from them (mutation testing found text changes,
 * such as a date read as "null", that no test noticed). */
import { describe, expect, it } from "vitest";
import { toFacts } from "../model/facts.js";
import { assessLinesOfTherapy } from "./lines.js";
import cases from "./response.cases.json" with { type: "json" };
import { assessResponse } from "./response.js";

describe("response words per golden case", () => {
  it.each(cases.map((c) => [c.id, c.input] as const))("%s", (_id, input) => {
    const facts = toFacts(input);
    const r = assessResponse(facts, assessLinesOfTherapy(facts));
    expect({
      basis: r.basis,
      reason: r.reason,
      // The sources an alert cites, and whether every rule behind it is verified, are words too.
      alerts: r.alerts.map(
        (a) =>
          `${a.severity} ${a.id}: ${a.text} [${a.citations.join(", ")}${a.verified ? "; verified" : ""}]`,
      ),
      missing: r.missing.map((m) => `${m.field} (${m.neededFor})`),
      rules: r.rules.map((t) => `${t.ruleId} ${JSON.stringify(t.inputs)}`),
    }).toMatchSnapshot();
  });
});

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

  it("when the disease is not measurable, the reason (a phrase on its own) starts a sentence in the basis (not 'Baseline: none. no M-protein')", () => {
    let checked = 0;
    for (const c of cases) {
      const facts = toFacts(c.input);
      const { basis, reason, measurableBy } = assessResponse(facts, assessLinesOfTherapy(facts));
      if (!reason || measurableBy.length > 0 || !basis.startsWith("Line ")) continue;
      checked++;
      const sentence = reason.charAt(0).toUpperCase() + reason.slice(1);
      expect(basis, c.id).toContain(`. ${sentence}.`);
    }
    expect(checked).toBeGreaterThan(5);
  });
});

/** Review c14 finding 7: the clinician summary never printed an option's recommendation (its schedule,
 * doses, start and stop rules: "start after count recovery", "collection after no more than 4 cycles of
 * lenalidomide", the PERSEUS stop rule), which only the JSON and the web app showed. */
import { describe, expect, it } from "vitest";
import { assess } from "../engine/assess.js";
import { exampleRecords } from "../testing/example-records.js";
import { renderClinicianSummary } from "./clinician.js";

const flat = (s: string) => s.replace(/\s+/g, " ");

describe("the clinician summary gives each option's recommendation", () => {
  it("every option with a recommendation shows it, on every example (text and Markdown)", () => {
    let seen = 0;
    for (const [name, record] of exampleRecords()) {
      const a = assess(record);
      const text = flat(renderClinicianSummary(a, "text"));
      const markdown = flat(renderClinicianSummary(a, "markdown"));
      for (const o of a.options) {
        if (!o.clinicianText) continue;
        seen++;
        expect(text, `${name}: ${o.id}`).toContain(`Recommendation: ${flat(o.clinicianText)}`);
        expect(markdown, `${name}: ${o.id}`).toContain("Recommendation: ");
      }
    }
    expect(seen).toBeGreaterThan(100);
  });

  it("six weeks after the transplant, lenalidomide maintenance says to start after count recovery", () => {
    const found = exampleRecords().find(([name]) => name.includes("review-c14-6-weeks-after-asct"));
    expect(found).toBeDefined();
    const record = found?.[1];
    const text = flat(renderClinicianSummary(assess(record), "text"));
    expect(text).toMatch(/Recommendation: Lenalidomide 10 mg daily .*start after count recovery/);
  });
});

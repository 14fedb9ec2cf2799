/** The Facts of the diagnosis golden cases and of every example record, as the diagnosis tests read
 * them (the invalid ones left out). */
import cases from "../criteria/diagnosis/diagnosis.cases.json" with { type: "json" };
import type { Facts } from "../model/facts.js";
import { exampleRecords, validFacts } from "./example-records.js";

/** As of 2026-11-26, the golden cases' date. */
export function goldenAndExampleFacts(): Facts[] {
  return [
    ...validFacts(
      cases.map((c) => c.input),
      "2026-11-26",
    ),
    ...validFacts(
      exampleRecords().map(([, r]) => r),
      "2026-11-26",
    ),
  ];
}

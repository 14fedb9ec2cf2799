/** Review c74-W2 and c74-M1, assessed (/work/review74/review.md): VRd, conditioning melphalan, an ASCT Procedure and
 * lenalidomide maintenance, sent as an EHR sends them, read as first-line maintenance as the record is (line 1, no
 * prior lines, the maintenance lenalidomide dose), not "relapsed, line 3" or "line 2, 1 prior line". */
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { bundleToRecord } from "../fhir/bundle-to-record.js";
import { assess } from "./assess.js";

const ASOF = "2026-12-01";
const bundle = (name: string) =>
  JSON.parse(
    readFileSync(join(import.meta.dirname, `../fhir/__fixtures__/review-c74/${name}.bundle.json`), "utf8"),
  ) as { entry: { resource: Record<string, unknown> }[] };
function run(b: unknown) {
  const { record } = bundleToRecord(b, { asOf: ASOF });
  return assess(record, { defaultAsOf: ASOF });
}
const withProcedureText = (text: string) => {
  const b = bundle("r644-vrd-asct-r-maint-asct-code-only-no-display");
  for (const e of b.entry) if (e.resource.resourceType === "Procedure") e.resource.code = { text };
  return b;
};
const FIRST_LINE = /week 31 of line 1 \(from 2026-05-04\); no prior lines/;

describe("review c74: an EHR's transplant and order sets read as first-line maintenance", () => {
  it.each([
    [
      "r644: ASCT coded SNOMED CT 709115004 without a display",
      bundle("r644-vrd-asct-r-maint-asct-code-only-no-display"),
    ],
    ['r655: the Procedure written "ASCT"', withProcedureText("ASCT")],
    ['"HDM-ASCT"', withProcedureText("HDM-ASCT")],
    [
      "r643: each drug in its own order set (groupIdentifier)",
      bundle("r643-vrd-asct-r-maint-medrequest-grouped"),
    ],
  ])("%s: maintenance, line 1, the maintenance dose rule", (_name, b) => {
    const a = run(b);
    expect(a.phase.code).toBe("maintenance");
    expect(a.phase.reason).toMatch(FIRST_LINE);
    const ids = a.alerts.map((x) => x.id);
    expect(ids).toContain("lenalidomide.renal.maintenance");
    expect(ids).not.toContain("lenalidomide.renal.crcl-50-59");
    expect(ids).not.toContain("treatment.melphalan-asct-flag-not-recorded");
  });

  it("control: an allogeneic transplant is not read as the autologous one (no maintenance after ASCT)", () => {
    const a = run(withProcedureText("Allogeneic stem cell transplant"));
    expect(a.phase.reason).not.toMatch(FIRST_LINE);
    expect(a.alerts.map((x) => x.id)).not.toContain("lenalidomide.renal.maintenance");
  });
});

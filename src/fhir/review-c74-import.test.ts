/** Review c74 (EHR import; /work/review74/review.md): the reviewer's Bundles (rNNN, kept as sent in
 * __fixtures__/review-c74), each read wrong before the fix. W2: an autologous transplant Procedure coded without a
 * display, or written in a short form, was dropped. M1: each EHR order set (MedicationRequest.groupIdentifier) was a
 * line, the conditioning melphalan "line 2". Assessed in src/engine/review-c74-import-assess.test.ts; the CDS prefetch
 * (W1) in src/server/routes/review-c74-cds.test.ts. */
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { bundleToRecord } from "./bundle-to-record.js";
import { SYSTEM } from "./codes.js";
import {
  AUTOLOGOUS_TRANSPLANT_CODES,
  ICD10PCS_SYSTEM,
  namesAutologousTransplant,
} from "./transplant-codes.js";

type Res = Record<string, unknown>;
const c74Bundle = (name: string): { resourceType: string; entry: { resource: Res }[] } =>
  JSON.parse(readFileSync(join(import.meta.dirname, `__fixtures__/review-c74/${name}.bundle.json`), "utf8"));
const ASOF = "2026-12-01";
const R644 = "r644-vrd-asct-r-maint-asct-code-only-no-display";
const R643 = "r643-vrd-asct-r-maint-medrequest-grouped";

/** r644 with its transplant Procedure's code replaced. */
function withProcedureCode(code: unknown) {
  const b = c74Bundle(R644);
  for (const e of b.entry) if (e.resource.resourceType === "Procedure") e.resource.code = code;
  return bundleToRecord(b, { asOf: ASOF });
}
/** VRd, the conditioning melphalan with its transplant, lenalidomide maintenance: as the record has them. */
const FIRST_LINE_ENTRIES = [
  { regimen: "bortezomib + lenalidomide + dexamethasone", start: "2026-05-04", asct: undefined },
  { regimen: "melphalan", start: "2026-09-14", asct: true },
  { regimen: "lenalidomide", start: "2026-11-02", asct: undefined },
];
const entries = (r: ReturnType<typeof bundleToRecord>) =>
  (r.record.treatmentHistory ?? []).map((t) => ({ regimen: t.regimen, start: t.start, asct: t.asct }));
const transplantRead = (r: ReturnType<typeof bundleToRecord>) =>
  (r.record.treatmentHistory ?? []).some((t) => t.asct === true);

describe("review c74-W2: an autologous transplant Procedure read from its code or a short form", () => {
  it("r644: SNOMED CT 709115004 without a display is the transplant, joined to its conditioning melphalan", () => {
    const r = bundleToRecord(c74Bundle(R644), { asOf: ASOF });
    expect(entries(r)).toEqual(FIRST_LINE_ENTRIES);
    expect(r.warnings.some((w) => /is not an autologous stem cell transplant/.test(w.message))).toBe(false);
  });

  it.each([
    "ASCT",
    "Autologous SCT",
    "Auto-HSCT",
    "HDM-ASCT",
    "HDM/ASCT",
    "auto-SCT",
    "Autologous bone marrow transplant",
    "Autologous PBSCT",
    "Autologous stem cell transplant",
    "Stem cell transplant, autologous",
  ])("the words %j (code.text) are the transplant", (text) => {
    expect(transplantRead(withProcedureCode({ text }))).toBe(true);
  });

  it.each(AUTOLOGOUS_TRANSPLANT_CODES.map((c) => [c.system, c.code] as const))(
    "the code %s|%s without a display is the transplant",
    (system, code) => {
      expect(transplantRead(withProcedureCode({ coding: [{ system, code }] }))).toBe(true);
    },
  );

  it("every code names its source", () => {
    for (const c of AUTOLOGOUS_TRANSPLANT_CODES) expect(c.source.length, c.code).toBeGreaterThan(10);
  });

  it.each([
    { text: "Allogeneic stem cell transplant" },
    { text: "Allo-SCT" },
    { text: "Allogeneic HSCT after ASCT" },
    { text: "Autologous stem cell harvest" },
    { text: "ASCT collection (apheresis)" },
    { coding: [{ system: SYSTEM.snomed, code: "174241000112100" }] },
    { coding: [{ system: ICD10PCS_SYSTEM, code: "30243Y3" }] },
    { coding: [{ system: SYSTEM.snomed, code: "999999999", display: "Bone marrow biopsy" }] },
  ])("control: %j is not an autologous transplant (said, not used)", (code) => {
    const r = withProcedureCode(code);
    expect(transplantRead(r)).toBe(false);
    // Review c75-m5: an allogeneic one is said as such (src/fhir/review-c75-transplant-words.test.ts).
    expect(
      r.warnings.some((w) =>
        /is not an autologous stem cell transplant|allogeneic \(donor\) stem cell transplant.*not read by the navigator/.test(
          w.message,
        ),
      ),
    ).toBe(true);
  });

  it("the word test alone: short forms yes, allogeneic and collection no", () => {
    expect(namesAutologousTransplant("Tandem ASCT #2")).toBe(true);
    expect(namesAutologousTransplant("Haploidentical transplant")).toBe(false);
    expect(namesAutologousTransplant("Peripheral blood stem cell mobilisation")).toBe(false);
  });
});

describe("review c74-M1: an EHR order set is not a line of therapy", () => {
  it("r643: melphalan alone in its own order set, ended by the transplant day, is the transplant's entry", () => {
    const r = bundleToRecord(c74Bundle(R643), { asOf: ASOF });
    expect(entries(r)).toEqual(FIRST_LINE_ENTRIES);
  });

  it("r643: an order set read as a regimen entry of its own is said (the maintenance one), the conditioning is not", () => {
    const r = bundleToRecord(c74Bundle(R643), { asOf: ASOF });
    const said = r.warnings.filter((w) => /one order set in the data/.test(w.message));
    expect(said.map((w) => w.resource)).toEqual(["MedicationRequest/med-36"]);
    expect(said[0]?.message).toMatch(
      /lenalidomide from 2026-11-02: one order set in the data \(MedicationRequest\.groupIdentifier\).*criteria-and-scores\.md 9\.1.*plannedWithPrevious: true/,
    );
  });

  it("control: grouped melphalan with no transplant after it stays an entry of its own", () => {
    const b = c74Bundle(R643);
    b.entry = b.entry.filter((e) => e.resource.resourceType !== "Procedure");
    const r = bundleToRecord(b, { asOf: ASOF });
    expect(entries(r).find((e) => e.regimen === "melphalan")).toEqual({
      regimen: "melphalan",
      start: "2026-09-14",
      asct: undefined,
    });
  });

  it("control: the ungrouped form (r645) is read as before, with no order-set warning", () => {
    const r = bundleToRecord(c74Bundle("r645-vrd-asct-r-maint-medstatement-ungrouped"), { asOf: ASOF });
    expect(entries(r).filter((e) => e.asct === true)).toHaveLength(1);
    expect(r.warnings.some((w) => /one order set in the data/.test(w.message))).toBe(false);
  });
});

/** Review c75 (EHR import; /work/review75/review.md): the reviewer's Bundles (r750-r752, kept as sent in
 * __fixtures__/review-c75). W3: an autologous transplant Procedure written "Autologous transplant" or "Auto SCT" was
 * dropped ("not an autologous stem cell transplant"), maintenance after it read as relapse line 3; a transplant
 * Procedure not read, right after melphalan alone, was dropped with the generic warning. m5: an allogeneic transplant
 * was dropped with the same generic warning. Assessed in src/engine/review-c75-transplant-assess.test.ts. */
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { bundleToRecord } from "./bundle-to-record.js";
import { SYSTEM } from "./codes.js";
import { ICD10PCS_SYSTEM, namesAutologousTransplant } from "./transplant-codes.js";

type Res = Record<string, unknown>;
type Bundle = { resourceType: string; entry: { resource: Res }[] };
const c75Bundle = (name: string): Bundle =>
  JSON.parse(readFileSync(join(import.meta.dirname, `__fixtures__/review-c75/${name}.bundle.json`), "utf8"));
const ASOF = "2026-12-01";
const R750 = "r750-asct-procedure-text-autologous-transplant";
const R751 = "r751-asct-procedure-text-auto-sct-with-space";
const R752 = "r752-allogeneic-procedure-flu-mel-then-lenalidomide";

/** r750 (VRd, melphalan alone 2026-09-14, the Procedure 2026-09-16, lenalidomide) with its Procedure's code replaced. */
function withProcedureCode(code: unknown, b: Bundle = c75Bundle(R750)) {
  for (const e of b.entry) if (e.resource.resourceType === "Procedure") e.resource.code = code;
  return bundleToRecord(b, { asOf: ASOF });
}
const entries = (r: ReturnType<typeof bundleToRecord>) =>
  (r.record.treatmentHistory ?? []).map((t) => ({ regimen: t.regimen, start: t.start, asct: t.asct }));
const transplantRead = (r: ReturnType<typeof bundleToRecord>) =>
  (r.record.treatmentHistory ?? []).some((t) => t.asct === true);
const GENERIC = /is not an autologous stem cell transplant; not used/;
const messages = (r: ReturnType<typeof bundleToRecord>) => r.warnings.map((w) => w.message);

describe("review c75-W3: the common written forms of an autologous transplant", () => {
  it.each([R750, R751])(
    "%s: the Procedure is the transplant, joined to its conditioning melphalan",
    (name) => {
      const r = bundleToRecord(c75Bundle(name), { asOf: ASOF });
      expect(entries(r)).toEqual([
        { regimen: "bortezomib + lenalidomide + dexamethasone", start: "2026-05-04", asct: undefined },
        { regimen: "melphalan", start: "2026-09-14", asct: true },
        { regimen: "lenalidomide", start: "2026-11-02", asct: undefined },
      ]);
      expect(messages(r).some((m) => GENERIC.test(m))).toBe(false);
    },
  );

  it.each([
    "Autologous transplant",
    "Autologous transplantation",
    "Auto SCT",
    "auto HSCT",
    "Auto HCT",
    "Auto BMT",
    "auto PBSCT",
    "Autograft",
    "Autotransplant",
    "Auto-transplant",
    "auto transplant",
    "Melphalan 200 autograft",
  ])("the words %j (code.text) are the transplant", (text) => {
    expect(transplantRead(withProcedureCode({ text }))).toBe(true);
  });

  it.each([
    "Allogeneic transplant",
    "Allograft",
    "Auto SCT then allo SCT",
    "Haploidentical transplant",
    "Cord blood transplant",
    "Donor stem cell transplant",
    "Autologous transplant (donor lymphocyte infusion)",
    "Skin autograft",
    "Bone autograft",
    "Autologous chondrocyte transplant",
    "Autologous stem cell harvest",
    "Auto SCT collection",
  ])("control: the words %j are not the autologous transplant", (text) => {
    expect(namesAutologousTransplant(text)).toBe(false);
    expect(transplantRead(withProcedureCode({ text }))).toBe(false);
  });
});

describe("review c75-W3 (c74-W2's second request): a transplant Procedure not read, right after melphalan alone", () => {
  const SPECIFIC =
    /a transplant Procedure not read as autologous: if it was an autologous stem cell transplant, record asct: true on the entry; the line count and the phase depend on it/;

  it.each([
    [{ text: "Stem cell transplant" }],
    [{ text: "HSCT day 0" }],
    // A code not in the table, with no words (a transplant code the navigator does not know is read so).
    [{ coding: [{ system: SYSTEM.snomed, code: "234336002" }] }],
  ])("%j: said specifically, naming the melphalan entry kept without asct", (code) => {
    const r = withProcedureCode(code);
    expect(transplantRead(r)).toBe(false);
    const said = r.warnings.filter((w) => SPECIFIC.test(w.message));
    expect(said.map((w) => w.resource)).toEqual(["Procedure/pro-35"]);
    expect(said[0]?.message).toMatch(/2026-09-16/);
    expect(said[0]?.message).toMatch(/melphalan alone from 2026-09-14/);
    expect(messages(r).some((m) => GENERIC.test(m))).toBe(false);
    // The melphalan entry stays, with no asct recorded: the engine asks for it (treatment.melphalan-asct-flag-not-recorded).
    expect(entries(r)[1]).toEqual({ regimen: "melphalan", start: "2026-09-14", asct: undefined });
  });

  it("transplant words not after melphalan alone: still said as a transplant not read, without a melphalan entry", () => {
    const b = c75Bundle(R750);
    b.entry = b.entry.filter(
      (e) => !(e.resource.resourceType === "MedicationRequest" && e.resource.id === "med-34"),
    );
    const r = withProcedureCode({ text: "Stem cell transplant" }, b);
    const said = r.warnings.filter((w) => SPECIFIC.test(w.message));
    expect(said).toHaveLength(1);
    expect(said[0]?.message).not.toMatch(/melphalan alone/);
  });

  it("control: a coded Procedure of other words (a bone marrow biopsy) keeps the generic warning", () => {
    const r = withProcedureCode({
      coding: [{ system: SYSTEM.snomed, code: "999999999", display: "Bone marrow biopsy" }],
    });
    expect(messages(r).some((m) => GENERIC.test(m))).toBe(true);
    expect(messages(r).some((m) => SPECIFIC.test(m))).toBe(false);
  });
});

describe("review c75-m5: an allogeneic transplant Procedure is said as such", () => {
  const ALLO =
    /allogeneic \(donor\) stem cell transplant on 2026-09-16: not read by the navigator \(the clinical reference gives no allogeneic transplant rules\)/;

  it("r752: a warning of its own, naming its date, the line count and the phase; not the generic one", () => {
    const r = bundleToRecord(c75Bundle(R752), { asOf: ASOF });
    const said = r.warnings.filter((w) => ALLO.test(w.message));
    expect(said.map((w) => w.resource)).toEqual(["Procedure/pro-35"]);
    expect(said[0]?.message).toMatch(/line count and the phase/);
    expect(messages(r).some((m) => GENERIC.test(m))).toBe(false);
    expect(transplantRead(r)).toBe(false);
  });

  it.each([
    [{ text: "Allo-SCT" }],
    [{ text: "Haploidentical transplant" }],
    [{ text: "Cord blood transplant" }],
    [{ coding: [{ system: ICD10PCS_SYSTEM, code: "30243Y3" }] }],
    [{ coding: [{ system: ICD10PCS_SYSTEM, code: "30233G2" }] }],
    [{ coding: [{ system: SYSTEM.snomed, code: "174241000112100" }] }],
  ])("%j: said as an allogeneic transplant", (code) => {
    const r = withProcedureCode(code, c75Bundle(R752));
    expect(r.warnings.some((w) => ALLO.test(w.message))).toBe(true);
    expect(transplantRead(r)).toBe(false);
  });

  it("after melphalan alone: that melphalan is recorded as no autograft (asct: false), not asked as one", () => {
    const r = withProcedureCode({ text: "Allogeneic stem cell transplant" });
    expect(entries(r)[1]).toEqual({ regimen: "melphalan", start: "2026-09-14", asct: false });
    expect(r.warnings.find((w) => ALLO.test(w.message))?.message).toMatch(
      /melphalan alone from 2026-09-14.*asct: false/,
    );
  });
});

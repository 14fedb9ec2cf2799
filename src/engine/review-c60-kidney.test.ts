/** Review c60-M1 (report /work/review60/review.md; an earlier review raised the same): a frail 80-year-old, Cockcroft-Gault
 * 24 mL/min, involved FLC 310 mg/L, nothing recording that the kidney impairment is due to myeloma, was offered VCd
 * "preferred" (the handout: "a common first choice") because the IMWG 2014 renal criterion's CrCl is below 40.
 * criteria-and-scores 1.1 and 7.4: the renal criterion counts only when attributable to myeloma (typically light-chain
 * cast nephropathy); treatments.md 3b gives VCd first for acute kidney injury / cast nephropathy at presentation.
 * The record can now say whether the team attributes the kidney impairment to myeloma
 * (conditions.kidneyImpairmentFromMyeloma): not recorded, VCd is "consider", says why and asks it; true, it is
 * "preferred" as before; false, it is not offered (and the Assessment's notOffered says why). */
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { bundleToRecord } from "../fhir/bundle-to-record.js";
import { recordToBundle } from "../fhir/record-to-bundle.js";
import type { PatientRecord } from "../model/record.js";
import { buildHandout, handoutLines } from "../render/handout.js";
import { EN } from "../render/words/en.js";
import { ES } from "../render/words/es.js";
import type { HandoutWords } from "../render/words/types.js";
import { assess } from "./assess.js";
import type { Assessment } from "./assessment.js";

// biome-ignore lint/suspicious/noExplicitAny: a vignette read as it is
type Rec = any;
const FIELD = "conditions.kidneyImpairmentFromMyeloma";
const VCD = "ndmm.renal.vcd";
const vignette = (): Rec =>
  JSON.parse(
    readFileSync(
      join(import.meta.dirname, "../../examples/vignettes/review-c60-m1-frail-80-crcl-25.json"),
      "utf8",
    ),
  );
/** The reviewer's record with the attribution as given (undefined: not recorded). */
const withAttribution = (value: unknown): Rec => {
  const r = vignette();
  if (value !== undefined) r.conditions = { ...r.conditions, kidneyImpairmentFromMyeloma: value };
  return r;
};
const vcd = (a: Assessment) => a.options.find((o) => o.id === VCD);
const asked = (a: Assessment) => a.missingData.filter((m) => m.field === FIELD);
const flat = (s: string) => s.replace(/\s+/g, " ");
const handout = (a: Assessment, w: HandoutWords = EN) => flat(handoutLines(buildHandout(a, w)).join(" "));
/** The handout's line naming VCd (its option list is one line per option). */
const vcdLine = (a: Assessment, w: HandoutWords = EN) =>
  handoutLines(buildHandout(a, w))
    .map(flat)
    .find((l) => /\(VCd\)/.test(l)) ?? "";

describe("review c60-M1: VCd for kidney impairment not recorded as due to myeloma", () => {
  it("the record contract takes the field (true, false, unknown, null) and refuses another word", () => {
    for (const v of [true, false, "unknown", null]) expect(() => assess(withAttribution(v))).not.toThrow();
    expect(() => assess(withAttribution("maybe"))).toThrow();
  });

  it("not recorded: VCd is listed, not a first choice, says why, and the field is asked for it", () => {
    for (const v of [undefined, "unknown", null]) {
      const a = assess(withAttribution(v));
      const o = vcd(a);
      expect(o, String(v)).toBeDefined();
      expect(o?.strength).toBe("consider");
      const caution = o?.cautions.find((c) => /attributable to myeloma/i.test(c));
      expect(caution, String(v)).toBeDefined();
      expect(caution).toMatch(/cast nephropathy/i);
      expect(o?.safetyFindings?.some((f) => f.ruleId.endsWith("kidney-attribution-not-recorded"))).toBe(true);
      expect(asked(a).map((m) => m.neededFor)).toEqual([o?.title]);
      // The high-dose dexamethasone caution of an 80-year-old is kept.
      expect(o?.cautions.join(" ")).toMatch(/dexamethasone 20 mg weekly/);
    }
  });

  it("recorded true: VCd preferred as before, nothing asked, no attribution caution", () => {
    const a = assess(withAttribution(true));
    const o = vcd(a);
    expect(o?.strength).toBe("preferred");
    expect(asked(a)).toEqual([]);
    expect(o?.cautions.join(" ")).not.toMatch(/attributable to myeloma/i);
    expect(o?.cautions.join(" ")).toMatch(/dexamethasone 20 mg weekly/);
  });

  it("recorded false: VCd is not offered (the renal criterion is not met, saying why); the standard options remain", () => {
    const a = assess(withAttribution(false));
    const base = assess(withAttribution(undefined));
    expect(vcd(a)).toBeUndefined();
    expect(asked(a)).toEqual([]);
    // Review c61-W1: the kidney recorded as not the myeloma's is no myeloma-defining event.
    const renal = a.diagnosis.criteria.find((c) => c.id === "imwg2014.crab.renal");
    expect(renal?.because).toMatch(/recorded as not due to the myeloma/);
    const others = (x: Assessment) =>
      x.options.map((o) => `${o.id}:${o.strength}`).filter((id) => !id.startsWith(VCD));
    expect(others(a)).toEqual(others(base));
    expect(a.options.some((o) => o.id === "ndmm.tie.drd")).toBe(true);
  });

  it("no kidney impairment by the IMWG renal criterion: nothing asked", () => {
    const r = withAttribution(undefined);
    r.labs.creatinine = { value: 0.7, unit: "mg/dL", date: "2026-11-28" };
    const a = assess(r);
    expect(vcd(a)).toBeUndefined();
    expect(asked(a)).toEqual([]);
  });

  it("the handout does not call VCd a common first choice until the team has answered", () => {
    const unknown = assess(withAttribution(undefined));
    expect(vcdLine(unknown)).not.toBe("");
    expect(vcdLine(unknown)).not.toMatch(/common first choice/);
    expect(vcdLine(unknown, ES)).not.toBe("");
    expect(vcdLine(unknown, ES)).not.toMatch(new RegExp(ES.marks.preferred));
    const yes = assess(withAttribution(true));
    expect(vcdLine(yes)).toMatch(/common first choice/);
    expect(handout(assess(withAttribution(false)))).not.toMatch(/\(VCd\)/);
  });

  it("FHIR: the field survives record -> Bundle -> record (project-local code)", () => {
    for (const v of [true, false]) {
      const bundle = recordToBundle(withAttribution(v) as PatientRecord);
      expect(JSON.stringify(bundle)).toContain(FIELD);
      const back = bundleToRecord(bundle);
      expect(back.record.conditions?.kidneyImpairmentFromMyeloma, String(v)).toBe(v);
    }
    const none = bundleToRecord(recordToBundle(withAttribution(undefined) as PatientRecord));
    expect(none.record.conditions?.kidneyImpairmentFromMyeloma).toBeUndefined();
  });
});

/** Review c13 words (specialist review, finding 4): zoledronic acid stopped for toxicity was said twice on its
 * own option: by the option's adjustment (review c11-M4, knowledge/entries/supportive-care.ts
 * "stopped-for-toxicity": the record does not say which toxicity, e.g. osteonecrosis of the jaw or kidney
 * function; the reference gives no rule for restarting it, treatments.md 8a) and by the generic caution for
 * any drug stopped for toxicity and not given since (review c13-8, options.ts toxicityCautions). It is now
 * said once, in the option's own, more specific words; the reference implementation gives the same
 * (fast-path.test.ts). Vignette: examples/vignettes/review-c13-zoledronic-acid-stopped-toxicity.json (the
 * c11d 33-months vignette with its zoledronic acid entry ended 2026-09-01 for toxicity). */
import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { toFacts } from "../model/facts.js";
import { renderClinicianSummary } from "../render/clinician.js";
import { assess, assessFactsWith } from "./assess.js";
import { evaluateKnowledgeReference } from "./knowledge-reference.js";

type R = Record<string, unknown>;
const record = (): R =>
  JSON.parse(
    readFileSync(
      new URL("../../examples/vignettes/review-c13-zoledronic-acid-stopped-toxicity.json", import.meta.url),
      "utf8",
    ),
  );
const flat = (s: string) => s.replace(/\s+/g, " ");
const count = (text: string, part: string) => text.split(part).length - 1;
const ZA = "sc.bone.zoledronic-acid";
const OWN =
  "Zoledronic acid was stopped for toxicity (the record does not say which, e.g. osteonecrosis of the jaw or kidney function)";
const GENERIC =
  "Zoledronic acid was stopped for toxicity (zoledronic acid, ended 2026-09-01) and not given since";

describe("zoledronic acid stopped for toxicity: said once on its option", () => {
  it("the clinician text says it once, in the option's own words", () => {
    const a = assess(record());
    const t = flat(renderClinicianSummary(a, "text"));
    expect(count(t, "Zoledronic acid was stopped for toxicity")).toBe(1);
    expect(t).toContain(OWN);
    expect(t).not.toContain(GENERIC);
    const za = a.options.find((o) => o.id === ZA);
    expect(za?.strength).toBe("consider");
    expect(za?.cautions.filter((c) => c.includes("stopped for toxicity"))).toHaveLength(1);
  });

  it("the reference implementation gives the same cautions", () => {
    const facts = toFacts(record(), { defaultAsOf: "2026-12-01" });
    const fast = assessFactsWith(facts, {}, {}).options.find((o) => o.id === ZA);
    const ref = assessFactsWith(facts, {}, { evaluator: evaluateKnowledgeReference }).options.find(
      (o) => o.id === ZA,
    );
    expect(ref?.cautions).toEqual(fast?.cautions);
    expect(ref?.cautions.filter((c) => c.includes("stopped for toxicity"))).toHaveLength(1);
  });

  it("control: lenalidomide stopped for toxicity in the same record keeps its caution on its options", () => {
    const r = record();
    r.treatmentHistory = (r.treatmentHistory as R[]).map((t) =>
      t.regimen === "DRd" ? { ...t, end: "2026-09-01", stopReason: "toxicity" } : t,
    );
    const a = assess(r);
    const withLen = a.options.filter((o) => o.regimen?.drugs.includes("lenalidomide"));
    expect(withLen.length).toBeGreaterThan(0);
    for (const o of withLen)
      expect(
        o.cautions.some((c) => c.startsWith("Lenalidomide was stopped for toxicity (DRd, ended 2026-09-01)")),
        o.id,
      ).toBe(true);
    const za = a.options.find((o) => o.id === ZA);
    expect(za?.cautions.filter((c) => c.includes("stopped for toxicity"))).toHaveLength(1);
  });
});

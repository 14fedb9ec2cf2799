import { describe, expect, it } from "vitest";
import { isCitationId } from "../../model/bibliography/index.js";
import { toFacts } from "../../model/facts.js";
import { type GoldenCase, runGoldenCases } from "../../testing/golden.js";
import cases from "./diagnosis.cases.json" with { type: "json" };
import { classifyDiagnosis, DIAGNOSIS_RULES } from "./diagnosis.js";

const classify = (record: unknown) => classifyDiagnosis(toFacts(record));

describe("IMWG 2014 classification: golden cases", () => {
  runGoldenCases(cases as GoldenCase<unknown, object>[], classify);
});

describe("IMWG 2014 classification: result shape", () => {
  // Classified inside each test, not while the suite is collected: mutation testing switches a mutant on
  // only while tests run, so results computed at collection would never see it.
  const classifyAll = () => cases.map((c) => classify(c.input));
  const resultOf = (id: string) => classify(cases.find((c) => c.id === id)!.input);

  it("every criterion has a stable imwg2014 id, a citation that resolves and an evidence status", () => {
    for (const r of classifyAll()) {
      for (const c of r.criteria) {
        expect(c.id).toMatch(/^imwg2014\./);
        expect(isCitationId(c.citation)).toBe(true);
        expect(["verified", "secondary", "unverified"]).toContain(c.evidence);
        expect(c.met).toBe(c.status === "met" ? true : c.status === "not-met" ? false : null);
      }
    }
  });

  it("rule ids are unique and every rule cites a known source", () => {
    const rules = Object.values(DIAGNOSIS_RULES);
    expect(new Set(rules.map((r) => r.id)).size).toBe(rules.length);
    for (const r of rules) expect(isCitationId(r.citation)).toBe(true);
  });

  it("an indeterminate result always says what would decide it, or explains why no category fits", () => {
    for (const r of classifyAll()) {
      if (r.category !== "indeterminate") continue;
      if (r.likely !== null) {
        expect(r.couldChangeWith.length).toBeGreaterThan(0);
        expect(r.missing.length).toBeGreaterThan(0);
      } else expect(r.notes.length).toBeGreaterThan(0);
    }
  });

  it("a criterion that is unknown names the inputs it lacked", () => {
    for (const r of classifyAll()) {
      for (const c of r.criteria) {
        const isSummary =
          /^imwg2014\.(mm|smm|sp|al|mgus)(\.|$)/.test(c.id) && c.id !== "imwg2014.al.organ-syndrome";
        if (c.status === "unknown" && !isSummary && c.id.startsWith("imwg2014.crab")) {
          expect(c.missing.length).toBeGreaterThan(0);
        }
      }
    }
  });

  it("the IgM pathway is stated rather than guessed", () => {
    const igm = resultOf("igm-burden-not-smm");
    expect(igm.notes.join(" ")).toMatch(/Waldenstrom/);
    expect(igm.criteria.find((c) => c.id === "imwg2014.smm")?.status).toBe("not-met");
  });

  it("a treated patient keeps the treated category and records what today's values alone give", () => {
    const r = resultOf("treated-mm");
    expect(r.criteria.find((c) => c.id === "imwg2014.treated-keeps-category")?.status).toBe("met");
    expect(r.label).toBe("multiple myeloma (treated)");
  });

  it("an involved FLC without its laboratory's limit is read against the Freelite limit, marked assumed", () => {
    const r = resultOf("light-chain-no-uln-freelite-assumed");
    const assumed = r.rules.find((x) => x.ruleId === "imwg2014.mgus.light-chain.freelite-uln-assumed");
    expect(assumed?.citationId).toBe("katzmann-2002-clin-chem");
    expect(assumed?.inputs).toMatchObject({ upperLimitMgL: 19.4, upperLimitAssumed: true, status: "met" });
    expect(r.notes.join(" ")).toMatch(/Freelite limit 19\.4 mg\/L .*assume/);
    // A laboratory limit, when given, is used and nothing is assumed.
    const withLab = classify({
      ...cases.find((c) => c.id === "light-chain-no-uln-freelite-assumed")!.input,
      labs: {
        ...(cases.find((c) => c.id === "light-chain-no-uln-freelite-assumed")!.input as { labs: object })
          .labs,
        involvedFreeLightChain: { value: 62, unit: "mg/L", upperLimitOfNormal: 70 },
      },
    });
    expect(withLab.mgusVariant).toBeNull();
    expect(withLab.rules.some((x) => x.ruleId === "imwg2014.mgus.light-chain.freelite-uln-assumed")).toBe(
      false,
    );
  });
});

/** Review c86 and c80 minor findings on the options list (relapse and after CAR-T):
 * - c86-m4: PVd lacked the bortezomib dose-reduction caution (grade 1 with pain, grade 2 without: treatments.md 7b)
 *   that DVd, BVd and XVd carry, being "consider" already; now every bortezomib option has it, PVd's strength kept. */
import { describe, expect, it } from "vitest";
import { KNOWLEDGE_ENTRIES } from "../knowledge/index.js";
import { toFacts } from "../model/facts.js";
import { readVignette } from "../testing/example-records.js";
import { assess, assessFactsWith } from "./assess.js";
import { evaluateKnowledgeReference } from "./knowledge-reference.js";

type A = ReturnType<typeof assess>;
const option = (a: A, id: string) => a.options.find((o) => o.id === id);
/** The fast path, the reference implementation and codes-only agree (strengths included). */
function agree(record: unknown) {
  const facts = toFacts(record as Parameters<typeof toFacts>[0]);
  const fast = assessFactsWith(facts, {}, {});
  const reference = assessFactsWith(facts, {}, { evaluator: evaluateKnowledgeReference });
  expect(JSON.stringify(reference)).toBe(JSON.stringify(fast));
  const codes = assessFactsWith(facts, {}, { text: false, codesOnly: true });
  expect(codes.options.map((x) => `${x.id}:${x.strength}`)).toEqual(
    fast.options.map((x) => `${x.id}:${x.strength}`),
  );
}

const G2 = "review-c86-len-refr-neuropathy-g2-painless";
const REDUCE =
  /^Existing peripheral neuropathy \(grade 1 with pain, or grade 2 without\): bortezomib is given at a reduced dose/;

describe("c86-m4: every bortezomib option carries the dose-reduction caution at grade 2 without pain (treatments.md 7b)", () => {
  it("PVd, BVd, DVd and XVd all carry it; PVd stays 'consider' and says its strength is kept", () => {
    const a = assess(readVignette(G2));
    const withBortezomib = a.options.filter((o) => o.regimen?.drugs.includes("bortezomib"));
    expect(withBortezomib.map((o) => o.id).sort()).toEqual(["rr.bvd", "rr.dvd", "rr.pvd", "rr.xvd"]);
    for (const o of withBortezomib)
      expect(
        o.cautions.some((c) => REDUCE.test(c)),
        o.id,
      ).toBe(true);
    const pvd = option(a, "rr.pvd");
    expect(pvd?.strength).toBe("consider");
    expect(pvd?.cautions.find((c) => REDUCE.test(c))).toContain('Already "consider": its strength is kept');
    expect(pvd?.cautions.find((c) => REDUCE.test(c))).not.toContain("Lowered one step");
    expect(option(a, "rr.dvd")?.cautions.find((c) => REDUCE.test(c))).toContain("Lowered one step");
  });

  it("every knowledge entry giving bortezomib at 'consider' or above holds the dose-reduction adjustment", () => {
    const entries = KNOWLEDGE_ENTRIES.filter(
      (e) =>
        e.kind !== "supportive-care" &&
        e.regimen?.drugs.includes("bortezomib") &&
        ["preferred", "standard", "if-eligible", "consider"].includes(e.strength),
    );
    expect(entries.map((e) => e.id)).toContain("rr.pvd");
    for (const e of entries)
      expect(
        (e.adjust ?? []).some((x) => x.id === "neuropathy-bortezomib-dose-reduced"),
        e.id,
      ).toBe(true);
  });

  it("control: grade 1 without pain: no dose-reduction caution on PVd", () => {
    const r = readVignette(G2) as Record<string, Record<string, unknown>>;
    const a = assess({ ...r, conditions: { ...r.conditions, neuropathyGrade: 1, neuropathyPainful: false } });
    expect(option(a, "rr.pvd")?.cautions.some((c) => REDUCE.test(c))).toBe(false);
  });

  it("the fast path, the reference and codes-only agree", () => {
    agree(readVignette(G2));
  });
});

/** Review c86 and c80 minor findings on the options list (relapse and after CAR-T):
 * - c86-m4: PVd lacked the bortezomib dose-reduction caution (grade 1 with pain, grade 2 without: treatments.md 7b)
 *   that DVd, BVd and XVd carry, being "consider" already; now every bortezomib option has it, PVd's strength kept.
 * - c86-m5: after DKd stopped for toxicity, Isa-Kd (carfilzomib again) stayed "standard". An option giving again a
 *   drug stopped for toxicity is now at most "consider", its caution first (the reference gives no rule on re-exposure:
 *   treatments.md 5a, 7b; UNVERIFIED, as c84-m1); a drug of the same class only (isatuximab after daratumumab) is named
 *   "same class" in the words and caps nothing. */
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

const DKD_TOX = "review-c84-dkd-stopped-toxicity-relapse";
const AGAIN = /^Gives again a drug stopped for toxicity/;

describe("c86-m5: an option giving again a drug stopped for toxicity (treatments.md 5a, 7b: no rule on re-exposure)", () => {
  it("Isa-Kd after DKd stopped for toxicity: 'consider', its caution first, carfilzomib named", () => {
    const a = assess(readVignette(DKD_TOX));
    const isaKd = option(a, "rr.isa-kd");
    expect(isaKd?.strength).toBe("consider");
    expect(isaKd?.stoppedForToxicity).toEqual(["carfilzomib"]);
    expect(isaKd?.cautions[0]).toMatch(AGAIN);
    expect(isaKd?.cautions[0]).toContain("UNVERIFIED");
    expect(isaKd?.cautions[1]).toMatch(/^Carfilzomib was stopped for toxicity \(DKd/);
  });

  it("Isa-Kd: isatuximab is named 'same class' as daratumumab, not as the drug stopped", () => {
    const a = assess(readVignette(DKD_TOX));
    const words = option(a, "rr.isa-kd")?.cautions.join(" ") ?? "";
    expect(words).toContain("Isatuximab is of the same class as daratumumab (anti-CD38 antibody)");
    expect(option(a, "rr.isa-kd")?.stoppedForToxicity).not.toContain("isatuximab");
  });

  it("a same-class drug alone caps nothing: Isa-Pd stays 'standard' with the 'same class' words", () => {
    const a = assess(readVignette(DKD_TOX));
    const isaPd = option(a, "rr.isa-pd");
    expect(isaPd?.strength).toBe("standard");
    expect(isaPd?.stoppedForToxicity).toBeUndefined();
    expect(isaPd?.cautions.some((c) => AGAIN.test(c))).toBe(false);
    expect(isaPd?.cautions.join(" ")).toContain("Isatuximab is of the same class as daratumumab");
  });

  it("every option giving daratumumab or carfilzomib is at most 'consider'; options with neither keep theirs", () => {
    const a = assess(readVignette(DKD_TOX));
    for (const o of a.options) {
      const drugs = o.regimen?.drugs ?? [];
      if (drugs.includes("daratumumab") || drugs.includes("carfilzomib"))
        expect(["consider", "trial"], o.id).toContain(o.strength);
    }
    expect(option(a, "rr.xvd")?.strength).toBe("standard");
    expect(option(a, "rr.bvd")?.strength).toBe("standard");
  });

  it("the fast path, the reference and codes-only agree", () => {
    agree(readVignette(DKD_TOX));
  });
});

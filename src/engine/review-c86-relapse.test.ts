/** Review c86 and c80 minor findings on the options list (relapse and after CAR-T):
 * - c86-m4: PVd lacked the bortezomib dose-reduction caution (grade 1 with pain, grade 2 without: treatments.md 7b)
 *   that DVd, BVd and XVd carry, being "consider" already; now every bortezomib option has it, PVd's strength kept.
 * - c86-m5: after DKd stopped for toxicity, Isa-Kd (carfilzomib again) stayed "standard". An option giving again a
 *   drug stopped for toxicity is now at most "consider", its caution first (the reference gives no rule on re-exposure:
 *   treatments.md 5a, 7b; UNVERIFIED, as c84-m1); a drug of the same class only (isatuximab after daratumumab) is named
 *   "same class" in the words and caps nothing.
 * - c86-m3: in the EU view, cilta-cel left the list without a word when its EU label element (progressed on the last
 *   therapy, the c84-M2 reading, UNVERIFIED: treatments.md 5b) was not met; now a "not offered" line says why, and its
 *   EU caution in the "both" view is one short sentence. */
import { describe, expect, it } from "vitest";
import { KNOWLEDGE_ENTRIES } from "../knowledge/index.js";
import { toFacts } from "../model/facts.js";
import { renderClinicianSummary } from "../render/clinician.js";
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

  it("DKd again with a drug of its class swapped (Isa-Kd, DVd) is 'consider'; an option giving only some of its drugs keeps its strength, the drug named (c84-m1)", () => {
    const a = assess(readVignette(DKD_TOX));
    expect(option(a, "rr.dvd")?.strength).toBe("consider");
    expect(option(a, "rr.dvd")?.cautions[0]).toMatch(AGAIN);
    const drd = option(a, "rr.drd");
    expect(drd?.strength).toBe("standard");
    expect(drd?.stoppedForToxicity).toEqual(["daratumumab"]);
    expect(drd?.cautions.some((c) => AGAIN.test(c))).toBe(false);
    expect(drd?.cautions.join(" ")).toMatch(/Daratumumab was stopped for toxicity \(DKd/);
    expect(option(a, "rr.xvd")?.strength).toBe("standard");
    expect(option(a, "rr.bvd")?.strength).toBe("standard");
  });

  it("the fast path, the reference and codes-only agree", () => {
    agree(readVignette(DKD_TOX));
  });
});

const OFF_2Y = "review-c84-dkd-stopped-toxicity-relapse-off-therapy-2y";
const flat = (t: string): string => t.replace(/\s+/g, " ");
const notOfferedText = (a: A) =>
  flat(renderClinicianSummary(a, "text").match(/Not offered \(\d+\):[\s\S]*?(?=\n\S)/)?.[0] ?? "");

describe("c86-m3: cilta-cel outside its EU label in the EU view (treatments.md 5b)", () => {
  it("EU view: not listed, and a 'not offered' line names the EU label element and the reading (UNVERIFIED)", () => {
    const a = assess(readVignette(OFF_2Y), { jurisdiction: "eu" });
    expect(option(a, "cart.cilta-cel")).toBeUndefined();
    const n = (a.notOffered ?? []).find((x) => x.id === "cart.cilta-cel");
    expect(n?.ruleId).toBe("not-offered.label");
    expect(n && "label" in n ? n.label : null).toBe("eu");
    expect(notOfferedText(a)).toMatch(
      /Ciltacabtagene autoleucel \(cilta-cel, CARTITUDE-4\): not offered because the EU label needs progressed on the latest line or within 60 days of its last dose \(this tool's reading of the EU label's 'progressed on last therapy', UNVERIFIED\); not so here/,
    );
  });

  it("US and both views: listed, no 'not offered' line for it", () => {
    for (const jurisdiction of ["us", "both"] as const) {
      const a = assess(readVignette(OFF_2Y), { jurisdiction });
      expect(option(a, "cart.cilta-cel"), jurisdiction).toBeDefined();
      expect(
        (a.notOffered ?? []).some((x) => x.id === "cart.cilta-cel"),
        jurisdiction,
      ).toBe(false);
    }
  });

  it("both view: the EU caution is one short sentence naming the element once", () => {
    const a = assess(readVignette(OFF_2Y));
    const c = option(a, "cart.cilta-cel")?.cautions.find((x) => x.startsWith("Outside the EU label")) ?? "";
    expect(c).toBe(
      "Outside the EU label for this patient: it needs progressed on the latest line or within 60 days of its last dose (this tool's reading of the EU label's 'progressed on last therapy', UNVERIFIED); not so here.",
    );
  });

  it("the fast path, the reference and codes-only agree (the short caution in both)", () => {
    agree(readVignette(OFF_2Y));
  });

  it("control: EU view, a patient inside the EU label: cilta-cel listed, no line", () => {
    const a = assess(readVignette("review-c84-r-stopped-choice-progression-49-days-later"), {
      jurisdiction: "eu",
    });
    expect(option(a, "cart.cilta-cel")).toBeDefined();
    expect((a.notOffered ?? []).some((x) => x.id === "cart.cilta-cel")).toBe(false);
  });
});

import { readFileSync } from "node:fs";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { assess } from "../engine/assess.js";
import { ALL_FIXTURES } from "../render/__fixtures__/assessments.js";
import { assessmentToCards, CARD_SUMMARY_MAX, clip } from "./cards.js";

const opts = { appBaseUrl: "https://mmnav.example.org/", patientId: "pt 42", seed: "hook-1" };

describe("assessmentToCards (CDS Hooks 2.0)", () => {
  it.each(Object.entries(ALL_FIXTURES))(
    "%s: summaries < 140 characters, valid indicators, absolute patient link",
    (_n, a) => {
      const cards = assessmentToCards(a, opts);
      expect(cards.length).toBeGreaterThan(0);
      for (const c of cards) {
        expect(c.summary.length).toBeLessThan(140);
        expect(["info", "warning", "critical"]).toContain(c.indicator);
        expect(c.source.label.length).toBeGreaterThan(0);
        expect(c.links).toEqual([
          {
            label: "Open in Myeloma Navigator",
            url: "https://mmnav.example.org/patients/pt%2042",
            type: "absolute",
          },
        ]);
        expect(c).not.toHaveProperty("suggestions");
      }
      expect(new Set(cards.map((c) => c.uuid)).size).toBe(cards.length);
    },
  );

  it("one card for the diagnosis, every alert on a card of its severity, one per kind of option", () => {
    const a = ALL_FIXTURES.rrmmSecondRelapse ?? Object.values(ALL_FIXTURES)[0]!;
    const cards = assessmentToCards(a, opts);
    const kinds = new Set(a.options.map((o) => o.kind));
    const optionCards = cards.filter((c) => c.summary.includes("options to discuss"));
    expect(optionCards).toHaveLength(kinds.size);
    for (const al of a.alerts)
      expect(cards.some((c) => c.indicator === al.severity && c.detail?.includes(al.text))).toBe(true);
    expect(cards.filter((c) => /^Findings meet|category not yet decided/.test(c.summary))).toHaveLength(1);
    // Critical first, then warning, then info (review c64-M4).
    const rank = { critical: 0, warning: 1, info: 2 } as const;
    const ranks = cards.map((c) => rank[c.indicator]);
    expect(ranks).toEqual([...ranks].sort((x, y) => x - y));
  });

  it("an option that holds only on an undecided fact says so, as in the clinician summary", () => {
    const record = JSON.parse(
      readFileSync(
        new URL("../../examples/vignettes/pathway-ndmm-candidacy-undecided.json", import.meta.url),
        "utf8",
      ),
    );
    const card = assessmentToCards(assess(record), opts).find((c) => c.summary.startsWith("Systemic"));
    expect(card?.detail).toContain("**[ONLY IF A TRANSPLANT CANDIDATE]** **D-VRd induction");
    expect(card?.detail).toContain("**[ONLY IF NOT A TRANSPLANT CANDIDATE]** **D-VRd then D-Rd");
  });

  it("review c74-m4: a problem list naming myeloma beside findings that decide nothing is said on the diagnosis card", () => {
    const a = assess({ asOf: "2026-11-26", patient: { age: 66, sex: "female" } });
    expect(a.diagnosis.category).toBe("indeterminate");
    const hint = {
      resource: "Condition/1",
      system: "http://hl7.org/fhir/sid/icd-10-cm",
      code: "C90.00",
      display: "MM",
      suggests: "multiple-myeloma" as const,
      evidence: "secondary" as const,
    };
    const diagnosis = (hints: (typeof hint)[]) =>
      assessmentToCards(a, { ...opts, conditionHints: hints }).find((c) =>
        c.summary.startsWith("Plasma cell"),
      );
    expect(diagnosis([hint])?.detail).toContain(
      "The EHR problem list says Multiple myeloma (C90.00); the findings sent do not decide the category yet",
    );
    expect(diagnosis([])?.detail).not.toContain("problem list");
  });

  it("flags a problem-list code that disagrees with the computed category, and lists unusable EHR data", () => {
    const a = ALL_FIXTURES.mgusBasic ?? Object.values(ALL_FIXTURES)[0]!;
    const cards = assessmentToCards(a, {
      ...opts,
      conditionHints: [
        {
          resource: "Condition/1",
          system: "http://hl7.org/fhir/sid/icd-10-cm",
          code: "C90.00",
          display: "MM",
          suggests: "multiple-myeloma",
          evidence: "secondary",
        },
      ],
      importWarnings: [{ resource: "Observation/7", message: "no unit; not used" }],
    });
    // Review c64-M4: cards come critical, then warning, then info, so these two are found by what they say.
    const diagnosis = cards.find((c) => c.summary.startsWith("Findings meet"));
    expect(diagnosis?.indicator).toBe("warning");
    expect(diagnosis?.detail).toMatch(/problem list suggests Multiple myeloma;/);
    const unused = cards.find((c) => /1 EHR record\(s\) could not be used/.test(c.summary));
    expect(unused?.indicator).toBe("warning");
    expect(unused?.detail).toContain("Observation/7");
  });

  it("clip never exceeds the limit and keeps short text as it is", () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 600 }), (s) => {
        const out = clip(s);
        expect(out.length).toBeLessThanOrEqual(CARD_SUMMARY_MAX);
        if (s.replace(/\s+/g, " ").trim().length <= CARD_SUMMARY_MAX)
          expect(out).toBe(s.replace(/\s+/g, " ").trim());
      }),
    );
  });
});

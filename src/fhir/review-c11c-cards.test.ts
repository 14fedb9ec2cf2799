/** Review c11 (specialist vignettes, /work/vig-c11/REVIEW.md), findings C11-M8 and C11-W3 on the CDS Hooks
 * cards, each failing on main be2e49d. The cards must not contradict the clinician screen: an option shown
 * there as PROVISIONAL (the category only likely, criteria-and-scores.md 1.1, rajkumar-2014-lancet-oncol)
 * is provisional in the card summary too, which many EHRs show alone; and each option carries the
 * "Regulatory: US ...; EU ..." line the clinician screen shows (treatments.md 10: unverified items shown as
 * pending or unverified, never as approved; T5a PVd "Not a US-labelled regimen"). Vignettes: the reviewer's
 * scen-18 with its blood tests known (only imaging missing: smouldering myeloma likely) and scen-07
 * (relapse after ASCT, category decided). */
import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { assess } from "../engine/assess.js";
import { kindLabel } from "./assessment-to-fhir.js";
import { assessmentToCards } from "./cards.js";

type Rec = {
  labs: Record<string, unknown>;
  marrow: Record<string, unknown>;
  imaging?: unknown;
  [k: string]: unknown;
};
const record = (name: string): Rec =>
  JSON.parse(readFileSync(new URL(`../../examples/vignettes/${name}.json`, import.meta.url), "utf8"));
const opts = { appBaseUrl: "https://mmnav.example.org", patientId: "p-18", seed: "c11" };
const KIND = /options to discuss/;

/** scen-18 with calcium, creatinine and haemoglobin known: smouldering myeloma likely, imaging to decide. */
const smmLikely = (): Rec => {
  const r = record("review-c11-smm-or-mm-no-end-organ-tests");
  r.labs.serumImmunofixation = "positive";
  r.labs.calcium = { value: 9.4, unit: "mg/dL" };
  r.labs.creatinine = { value: 0.9, unit: "mg/dL" };
  r.labs.hemoglobin = { value: 13, unit: "g/dL" };
  return r;
};

describe("C11-M8: option cards carry the provisional status while the category is undecided", () => {
  const a = assess(smmLikely());
  const cards = assessmentToCards(a, opts).filter((c) => KIND.test(c.summary));

  it("the engine shows provisional options (the premise)", () => {
    expect(a.diagnosis.category).toBe("indeterminate");
    expect(a.options.some((o) => o.provisional)).toBe(true);
  });

  it("every card with a provisional option says so in its summary, with a warning indicator", () => {
    const provisionalKinds = new Set(a.options.filter((o) => o.provisional).map((o) => o.kind));
    expect(provisionalKinds.size).toBeGreaterThan(0);
    const withProvisional = cards.filter((c) =>
      [...provisionalKinds].some((k) => c.summary.includes(kindLabel(k))),
    );
    expect(withProvisional.length).toBe(provisionalKinds.size);
    for (const c of withProvisional) {
      expect(c.summary).toMatch(/provisional/i);
      expect(c.summary).toMatch(/category not decided/);
      expect(c.indicator).toBe("warning");
    }
  });

  it("control: a decided category (scen-07) has no provisional card", () => {
    const b = assess(record("review-c11-relapse-after-asct-cards"));
    for (const c of assessmentToCards(b, opts).filter((x) => KIND.test(x.summary)))
      expect(c.summary).not.toMatch(/provisional/i);
  });
});

describe("C11-W3: option cards carry the regulatory status per jurisdiction", () => {
  const a = assess(record("review-c11-relapse-after-asct-cards"));
  const detail = assessmentToCards(a, opts)
    .filter((c) => KIND.test(c.summary))
    .map((c) => c.detail ?? "")
    .join("\n\n");

  it("each option block has a 'Regulatory: US ...; EU ...' line", () => {
    const blocks = detail.split("\n\n");
    expect(blocks.length).toBe(a.options.length);
    for (const b of blocks) expect(b).toMatch(/\nRegulatory: US .*; EU /);
  });

  it("PVd's US off-label status and BPd's US not-approved status are on the card, as on the clinician screen", () => {
    const pvd = detail.split("\n\n").find((b) => /\*\*.*\bPVd\b/.test(b.split("\n")[0] ?? ""));
    expect(pvd).toMatch(/Regulatory: US off-label/);
    const bpd = detail.split("\n\n").find((b) => /\*\*.*\bBPd\b/.test(b.split("\n")[0] ?? ""));
    expect(bpd).toMatch(/Regulatory: US not-approved/);
  });

  it("with the EU jurisdiction only, the US status reads 'not stated', as on the clinician screen", () => {
    const eu = assess(record("review-c11-relapse-after-asct-cards"), { jurisdiction: "eu" });
    const d = assessmentToCards(eu, opts)
      .filter((c) => KIND.test(c.summary))
      .map((c) => c.detail ?? "")
      .join("\n\n");
    expect(d).toMatch(/Regulatory: US not stated; EU approved/);
  });
});

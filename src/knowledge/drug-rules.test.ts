/** Drug rules whose status or action the surfaces read as data: each fact carries its own verification
 * status (treatments.md 7a, 7b, 7c), and the dose changes on a drug being given are named by rule id. */
import { describe, expect, it } from "vitest";
import { DOSE_CHANGES, DRUG_RULES } from "./drug-rules.js";

const rule = (id: string) => {
  const r = DRUG_RULES.find((x) => x.id === id);
  if (!r) throw new Error(`no drug rule ${id}`);
  return r;
};
const textOf = (id: string) => {
  const t = rule(id).text;
  return "both" in t ? t.both : `${t.us} ${t.eu}`;
};

describe("IMiD class rules: pregnancy prevention and clot prevention are separate facts", () => {
  it("lenalidomide's pregnancy-prevention programme (7a) is verified, apart from the unverified VTE wording (7c)", () => {
    // Before (91d6bba): one rule "lenalidomide.class.vte-rems" carried both, so the verified programme
    // was shown UNVERIFIED.
    expect(rule("lenalidomide.pregnancy-prevention").evidence).toBe("verified");
    expect(rule("lenalidomide.pregnancy-prevention").drugs).toEqual(["lenalidomide"]);
    expect(rule("imid.class.vte-prophylaxis").evidence).toBe("unverified");
    expect(textOf("imid.class.vte-prophylaxis")).not.toMatch(/pregnan|teratogen/i);
    // Thalidomide's programme is U in 7b and pomalidomide's is not in the reference: they stay UNVERIFIED.
    for (const id of ["pomalidomide.pregnancy-prevention", "thalidomide.pregnancy-prevention"])
      expect(rule(id).evidence, id).toBe("unverified");
  });

  it("every IMiD still carries a pregnancy-prevention rule and the VTE rule", () => {
    for (const drug of ["lenalidomide", "pomalidomide", "thalidomide"]) {
      const rules = DRUG_RULES.filter((r) => r.drugs.includes(drug)).map((r) => r.id);
      expect(rules, drug).toContain(`${drug}.pregnancy-prevention`);
      expect(rules, drug).toContain("imid.class.vte-prophylaxis");
    }
  });
});

describe("dose changes on a drug being given (treatments.md 7b, bortezomib neuropathy)", () => {
  it("name a rule that alerts when the patient is on the drug, and a drug of that rule", () => {
    expect(Object.keys(DOSE_CHANGES).length).toBeGreaterThan(0);
    for (const [id, c] of Object.entries(DOSE_CHANGES)) {
      expect(rule(id).alertWhenOn, id).toBe(true);
      // A class rule names its whole class: every drug it names is one of the rule's.
      for (const drug of typeof c.drug === "string" ? [c.drug] : c.drug)
        expect(rule(id).drugs, id).toContain(drug);
    }
  });

  it("bortezomib: grade 1 with pain or 2 reduce, grade 2 with pain or 3 hold, grade 4 stop", () => {
    expect(DOSE_CHANGES["bortezomib.neuropathy.reduce"]?.change).toBe("reduce");
    expect(DOSE_CHANGES["bortezomib.neuropathy.hold"]?.change).toBe("hold");
    expect(DOSE_CHANGES["bortezomib.neuropathy.stop"]?.change).toBe("stop");
    // "No dose change" is not a change.
    expect(DOSE_CHANGES["bortezomib.neuropathy.grade1-painless"]).toBeUndefined();
  });
});

/** Review c9 F8 (scen-06, examples/vignettes/non-secretory-followed-by-marrow.json): heavy chain none,
 * serum and urine immunofixation negative, FLC 14/12 mg/L with a normal ratio, marrow 40%, lytic lesions,
 * on D-VRd. It was typed "light chain (type not known)", although light-chain disease needs an abnormal FLC
 * ratio (criteria-and-scores.md 1.3), and the response-assessment alert asked for M-protein and FLC tests
 * that cannot measure it: with serum, urine and FLC unmeasurable the response is read from the marrow
 * (criteria-and-scores.md 6.2 PR: a >= 50% fall in marrow plasma cells, baseline >= 30%;
 * kumar-2016-lancet-oncol). Failing on main 5b9d5f2. */
import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { assess } from "./assess.js";

const record = JSON.parse(
  readFileSync(
    new URL("../../examples/vignettes/non-secretory-followed-by-marrow.json", import.meta.url),
    "utf8",
  ),
);

describe("c9 F8: non-secretory myeloma", () => {
  const a = assess(record);

  it("is not typed as light-chain disease; the subtype says what the tests show", () => {
    expect(a.diagnosis.category).toBe("multiple-myeloma");
    expect(a.diagnosis.subtype).not.toMatch(/light chain/);
    expect(a.diagnosis.subtype).toMatch(/non-secretory/);
  });

  it("the response-assessment alert asks for the marrow, not M-protein or FLC tests", () => {
    expect(a.response?.measurableBy).toEqual(["marrow"]);
    const due = a.alerts.find((x) => x.id === "pathway.response-assessment-due");
    expect(due?.text).toMatch(/marrow/);
    expect(due?.text).not.toMatch(/M-protein and serum free light chains/);
  });

  it("a typed light chain with an abnormal ratio stays light-chain disease (control)", () => {
    const lc = structuredClone(record);
    lc.labs.lightChain = "kappa";
    lc.labs.involvedFreeLightChain = { value: 900, unit: "mg/L" };
    lc.labs.uninvolvedFreeLightChain = { value: 9, unit: "mg/L" };
    expect(assess(lc).diagnosis.subtype).toBe("kappa light chain");
  });
});

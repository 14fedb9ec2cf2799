/** Review c15 finding 2: bortezomib and the liver. treatments.md 7b: "Moderate/severe hepatic impairment:
 * start 0.7 mg/m²" (U). The rule (bortezomib.hepatic) reads the hepatic impairment the team records
 * (conditions.hepaticImpairment, a Child-Pugh class; the record carries no bilirubin). With nothing recorded
 * the caution cannot be judged: each bortezomib option says the liver function is not known, never reads it
 * as normal (as pomalidomide.hepatic does). "none" recorded: no caution. Vignette
 * review-c15-bortezomib-liver-not-recorded (second relapse after lenalidomide toxicity, liver not recorded). */
import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { assess } from "./assess.js";

type R = Record<string, unknown>;
const record = (): R =>
  JSON.parse(
    readFileSync(
      new URL("../../examples/vignettes/review-c15-bortezomib-liver-not-recorded.json", import.meta.url),
      "utf8",
    ),
  );
const withLiver = (v: string): R => {
  const r = record();
  return { ...r, conditions: { ...(r.conditions as R), hepaticImpairment: v } };
};
const bortezomibOptions = (r: R) =>
  assess(r).options.filter((o) => o.kind !== "supportive-care" && o.regimen?.drugs.includes("bortezomib"));
const rule = (o: { cautions: string[] }) =>
  o.cautions.find((c) => c.startsWith("Bortezomib, liver function:"));

describe("c15-2: bortezomib's hepatic caution with no hepatic function recorded", () => {
  it("not recorded: every bortezomib option says the hepatic impairment is not known, naming the field", () => {
    const opts = bortezomibOptions(record());
    expect(opts.length).toBeGreaterThan(0);
    for (const o of opts) {
      expect(rule(o), o.id).toMatch(/0\.7 mg\/m²/);
      expect(rule(o), o.id).toMatch(/Not known: hepatic impairment \(Child-Pugh class\)/);
      expect(rule(o), o.id).toMatch(/conditions\.hepaticImpairment/);
    }
    expect(assess(record()).missingData.some((m) => m.field === "conditions.hepaticImpairment")).toBe(true);
  });

  it("Child-Pugh B recorded: the caution, without 'not known'", () => {
    for (const o of bortezomibOptions(withLiver("child-pugh-b"))) {
      expect(rule(o), o.id).toMatch(/0\.7 mg\/m²/);
      expect(rule(o), o.id).not.toMatch(/Not known/);
    }
  });

  it("control: 'none' recorded: no hepatic caution", () => {
    for (const o of bortezomibOptions(withLiver("none"))) expect(rule(o), o.id).toBeUndefined();
  });
});

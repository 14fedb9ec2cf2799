/** Review c60 and the leftovers of reviews c58-c59 (reports /work/review58-60/review.md): each case read the wrong thing
 * on engine 0.2.73. */
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { assess } from "./assess.js";

// biome-ignore lint/suspicious/noExplicitAny: a vignette read as it is
type Rec = any;
const vignette = (name: string): Rec =>
  JSON.parse(readFileSync(join(import.meta.dirname, `../../examples/vignettes/${name}.json`), "utf8"));
const alertIds = (a: ReturnType<typeof assess>) => a.alerts.map((x) => x.id);

describe("review c58-M3: heart failure recorded as absent beside NYHA class III or IV", () => {
  /** A lenalidomide-refractory first relapse (DKd and Isa-Kd listed) with the conditions given. */
  const withConditions = (conditions: Record<string, unknown>) => {
    const r = vignette("handout-refractory-on-len-maintenance-after-vgpr");
    r.conditions = { ...r.conditions, heartFailure: undefined, ...conditions };
    return assess(r);
  };

  it("names the conflict and reads heart failure as present (carfilzomib regimens held back)", () => {
    const a = withConditions({ heartFailure: false, nyhaClass: "IIIA" });
    const alert = a.alerts.find((x) => x.id === "alert.heart-failure-nyha-conflict");
    expect(alert?.severity).toBe("warning");
    expect(alert?.text).toMatch(/no heart failure, but it also records NYHA class IIIA/);
    expect(a.options.find((o) => o.id === "rr.dkd")?.strength).toBe("consider");
  });

  it("controls: class II beside no heart failure, and class IV beside heart failure recorded, raise nothing", () => {
    expect(alertIds(withConditions({ heartFailure: false, nyhaClass: "II" }))).not.toContain(
      "alert.heart-failure-nyha-conflict",
    );
    expect(alertIds(withConditions({ heartFailure: true, nyhaClass: "IV" }))).not.toContain(
      "alert.heart-failure-nyha-conflict",
    );
  });

  it("heart failure not recorded either way (NYHA II or none): asked on the carfilzomib cards, which say why", () => {
    for (const conditions of [{}, { nyhaClass: "II" }]) {
      const a = withConditions(conditions);
      expect(a.missingData.find((m) => m.field === "conditions.heartFailure")?.neededFor).toMatch(/DKd/);
      const dkd = a.options.find((o) => o.id === "rr.dkd");
      expect(dkd?.cautions.some((c) => /Record whether there is heart failure/.test(c))).toBe(true);
    }
  });

  it("control: heart failure recorded absent (class I or none): nothing asked, no such caution", () => {
    for (const conditions of [{ heartFailure: false }, { heartFailure: false, nyhaClass: "I" }]) {
      const a = withConditions(conditions);
      expect(a.missingData.map((m) => m.field)).not.toContain("conditions.heartFailure");
      const dkd = a.options.find((o) => o.id === "rr.dkd");
      expect(dkd?.strength).toBe("standard");
      expect(dkd?.cautions.some((c) => /Record whether there is heart failure/.test(c))).toBe(false);
    }
  });
});

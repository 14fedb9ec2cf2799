/** Review c8 (2026-12-02), vignette examples/vignettes/safety-anaemia-on-len-maintenance-5-years.json: CR,
 * 5.5 years of lenalidomide maintenance, haemoglobin 12.4 -> 9.6 g/dL. The tool offered an ESA with no word
 * that haematological second primary malignancies are more frequent on lenalidomide maintenance
 * (treatments.md 3d: 5.3% vs 0.8%, McCarthy JCO 2017). The alert test failed on main 5a06f2c. */
import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { shownOption } from "../testing/options.js";
import { assess } from "./assess.js";

type Rec = Record<string, unknown>;
const file = new URL(
  "../../examples/vignettes/safety-anaemia-on-len-maintenance-5-years.json",
  import.meta.url,
);
const rec = JSON.parse(readFileSync(file, "utf8")) as Rec;
const ID = "lenalidomide.maintenance-anaemia-second-primary";
const withHb = (r: Rec, value: number): Rec => ({
  ...r,
  labs: { ...(r.labs as Rec), hemoglobin: { value, unit: "g/dL" } },
});

describe("anaemia on lenalidomide maintenance", () => {
  it("raises a warning naming the second-primary-malignancy rate, with its source", () => {
    const a = assess(rec);
    const alert = a.alerts.find((x) => x.id === ID);
    expect(alert?.severity).toBe("warning");
    expect(alert?.text).toMatch(/5\.3% vs 0\.8%/);
    expect(alert?.text).toMatch(/second primary/);
    expect(alert?.citations).toContain("mccarthy-2017-jco");
    // The ESA stays an option; the alert comes before it is started.
    expect(shownOption(a, "sc.anemia.esa").strength).toBe("consider");
  });

  it("control: haemoglobin 11 g/dL on the same maintenance raises no such alert", () => {
    expect(assess(withHb(rec, 11)).alerts.map((x) => x.id)).not.toContain(ID);
  });

  it("without any haemoglobin value the alert is not raised (nothing is made up)", () => {
    const labs = { ...(rec.labs as Rec) };
    delete labs.hemoglobin;
    const series = { ...(rec.series as Rec) };
    delete series.hemoglobin;
    const a = assess({ ...rec, labs, series });
    expect(a.alerts.map((x) => x.id)).not.toContain(ID);
  });
});

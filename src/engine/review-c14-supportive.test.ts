/** Review c14 finding 2 (HARM): IgG-kappa myeloma relapsing 8.5 months after cilta-cel, pneumonia recorded
 * (conditions.recurrentInfections), total IgG 1900 mg/dL of which the M-spike is 1.6 g/dL; the polyclonal
 * IgG was 290-340 mg/dL in remission (examples/vignettes/review-c14-relapse-after-cilta-cel-infections.json).
 * No immunoglobulin replacement was shown: the option needed a total IgG < 400 mg/dL, which the monoclonal
 * IgG hides, and the caution written for IgG-type disease could never show. treatments.md 8c: IVIG for
 * "IgG <400 mg/dL with recurrent/serious infections"; 5c the same (bispecific-infection-consensus-2023). In
 * IgG-type disease with infections the option is shown, lowered to "consider", saying the criterion cannot
 * be judged from the total (no correction is invented). */
import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { assess } from "./assess.js";

type R = Record<string, unknown>;
const record = (name: string): R =>
  JSON.parse(readFileSync(new URL(`../../examples/vignettes/${name}.json`, import.meta.url), "utf8"));
const CILTA = "review-c14-relapse-after-cilta-cel-infections";
const ivig = (r: R) => assess(r).options.find((o) => o.id === "sc.infection.ivig");
const withLabs = (r: R, labs: R): R => ({ ...r, labs: { ...(r.labs as R), ...labs } });

describe("c14-2: immunoglobulin replacement in IgG-type myeloma with infections", () => {
  it("after cilta-cel, total IgG 1900 mg/dL with an IgG M-spike and pneumonia: shown, 'consider', with why", () => {
    const o = ivig(record(CILTA));
    expect(o).toBeDefined();
    expect(o?.strength).toBe("consider");
    expect(o?.cautions.join(" ")).toMatch(/IgG <400 mg\/dL criterion cannot be judged from the total IgG/);
    expect(o?.citations).toContain("bispecific-infection-consensus-2023");
  });

  it("the same patient with a total IgG of 340 mg/dL: standard (the criterion is met)", () => {
    const o = ivig(withLabs(record(CILTA), { igg: { value: 340, unit: "mg/dL", date: "2026-11-26" } }));
    expect(o?.strength).toBe("standard");
  });

  it("control: IgA myeloma, IgG 900 mg/dL with infections, after CAR-T: no IVIG (the IgG is not low)", () => {
    const r = withLabs(record(CILTA), {
      heavyChain: "IgA",
      igg: { value: 900, unit: "mg/dL", date: "2026-11-26" },
    });
    expect(ivig(r)).toBeUndefined();
  });

  it("control: IgG-type, no infections recorded: no IVIG from the total IgG alone", () => {
    const r = {
      ...record(CILTA),
      conditions: { ...(record(CILTA).conditions as R), recurrentInfections: false },
    };
    expect(ivig(r)).toBeUndefined();
  });
});

/** Review c14 finding 9: an 86-year-old three weeks into Rd, prior DVT, CrCl 26.5 mL/min: the LMWH card
 * ("enoxaparin 40 mg/day equivalent", treatments.md 7c, U) had no kidney word while every other drug card
 * was kidney-qualified. The reference gives no renal rule for LMWH: the card says so, no dose invented. */
describe("c14-9: LMWH with CrCl below 30 mL/min", () => {
  const lmwh = (r: R) => assess(r).options.find((o) => o.id === "sc.vte.imid-high-risk-lmwh");
  it("says the reference gives no renal dose rule and to check the label, with the clearance", () => {
    const text = lmwh(record("review-c14-rd-week-3-age-86-crcl-28"))?.cautions.join(" ");
    expect(text).toMatch(/gives no renal dose rule for LMWH; check the product label before dosing/);
    expect(text).toContain("26.5");
  });

  it("control: the same patient with a creatinine giving CrCl above 30: no such caution", () => {
    const r = withLabs(record("review-c14-rd-week-3-age-86-crcl-28"), {
      // Of the day of the series' latest (1.3 mg/dL), the same day would read the higher: a later day.
      creatinine: { value: 0.8, unit: "mg/dL", date: "2026-11-29" },
    });
    expect(lmwh(r)?.cautions.join(" ")).not.toMatch(/no renal dose rule for LMWH/);
  });
});

/** A newer value sent and not used must not leave an older value read as current (task fix-stale, Finding 1; follows
 * review c86-M2). Creatinine 1.0 mg/dL on 2026-06-01 (used) and a creatinine "3.9" with no unit on 2026-12-01 (sent,
 * not used): the CrCl behind lenalidomide's and zoledronic acid's doses read June's kidney function as today's. Now the
 * readers of "now" (the kidney function behind the doses, the option cautions and the renal alerts; the neutrophil and
 * platelet counts; the IgG behind IVIG) read the value as not known (missing is never normal) and the words name the
 * older value with its date and the newer one sent. Vignettes: examples/vignettes/stale-*.json. */
import { describe, expect, it } from "vitest";
import { assessmentToCards } from "../fhir/cards.js";
import { renderClinicianSummary } from "../render/clinician.js";
import { assessAllWaysAgree } from "../testing/agreement.js";
import { readVignette } from "../testing/example-records.js";
import type { Assessment } from "./assessment.js";

const KIDNEY = "stale-ndmm-creatinine-newer-sent-no-unit";
const COUNTS = "stale-r-maintenance-counts-igg-newer-sent";
const flat = (s: string) => s.replace(/\s+/g, " ");
const option = (a: Assessment, id: string) => a.options.find((o) => o.id === id);
const cautions = (a: Assessment, id: string) => flat(option(a, id)?.cautions.join(" \n ") ?? "");
const alert = (a: Assessment, id: string) => a.alerts.find((x) => x.id === id);
const without = (name: string) => {
  const r = readVignette(name);
  delete r.unusedValues;
  return r;
};

const OLD_CREATININE = "the latest creatinine used, 1 mg/dL on 2026-06-01";
const SENT_CREATININE = "a creatinine of 3.9 was sent on 2026-12-01 and not used";

describe("Finding 1: a newer creatinine sent and not used (no unit) leaves the kidney function not known", () => {
  it("control: without the value sent, June's creatinine gives the CrCl and the lenalidomide and zoledronic acid doses", () => {
    const a = assessAllWaysAgree(without(KIDNEY));
    expect(a.kidney.crclCockcroftGault).toBe(77.8);
    expect(cautions(a, "ndmm.vrd")).toMatch(/Lenalidomide, kidney function: CrCl >=60 mL\/min: 25 mg daily/);
    expect(cautions(a, "sc.bone.zoledronic-acid")).toMatch(/baseline CrCl >60 mL\/min: 4\.0 mg/);
  });

  it("the CrCl and eGFR are not computed from June's creatinine; the doses read CrCl as not known", () => {
    const a = assessAllWaysAgree(readVignette(KIDNEY));
    expect(a.kidney.crclCockcroftGault).toBeNull();
    expect(a.kidney.egfrCkdEpi2021).toBeNull();
    expect(a.kidney.creatinineDate ?? null).toBeNull();
    for (const id of ["ndmm.vrd", "ndmm.tie.drd", "pathway.no-asct.continued-lenalidomide"]) {
      expect(cautions(a, id), id).not.toMatch(/CrCl >=60 mL\/min: 25 mg daily/);
      expect(cautions(a, id), id).toMatch(/Lenalidomide, kidney function: CrCl is not known/);
    }
    expect(cautions(a, "sc.bone.zoledronic-acid")).not.toMatch(/4\.0 mg/);
    expect(cautions(a, "sc.bone.zoledronic-acid")).toMatch(
      /Zoledronic acid, kidney function: CrCl is not known/,
    );
    // The creatinine is asked, with the value sent to check.
    expect(
      a.missingData.some((m) => m.field === "labs.creatinine" && /creatinine clearance/.test(m.neededFor)),
    ).toBe(true);
  });

  it("each kidney-dosed option names the older creatinine with its date and the newer value sent, to check before dosing", () => {
    const a = assessAllWaysAgree(readVignette(KIDNEY));
    for (const id of ["ndmm.vrd", "ndmm.tie.drd", "sc.bone.zoledronic-acid"]) {
      const c = cautions(a, id).toLowerCase();
      expect(c, id).toContain(OLD_CREATININE.toLowerCase());
      expect(c, id).toContain(SENT_CREATININE);
      expect(c, id).toMatch(/check .* before dosing/);
    }
    // An option that reads no kidney value is not given the words.
    expect(cautions(a, "sc.vaccination")).not.toContain("creatinine");
  });

  it("the unused-value alert names the older creatinine as not current; the clinician text and the cards say it", () => {
    const a = assessAllWaysAgree(readVignette(KIDNEY));
    const text = flat(alert(a, "alert.unused-value")?.text ?? "").toLowerCase();
    expect(text).toContain(SENT_CREATININE);
    expect(text).toContain(OLD_CREATININE.toLowerCase());
    expect(text).toMatch(/not read as current/);
    expect(text).toMatch(/unverified/);
    expect(alert(a, "alert.unused-value")?.verified).toBe(false);
    expect(a.unusedValues?.[0]?.olderUsed).toEqual({ value: 1, unit: "mg/dL", date: "2026-06-01" });
    const clinician = flat(renderClinicianSummary(a, "text")).toLowerCase();
    expect(clinician).toContain(OLD_CREATININE.toLowerCase());
    expect(clinician).not.toMatch(/creatinine clearance \(cockcroft-gault, actual body weight\): 77\.8/);
    const cards = assessmentToCards(a, { appBaseUrl: "https://x.example", patientId: "p1", seed: "s" });
    expect(
      cards.some((c) =>
        flat(c.detail ?? "")
          .toLowerCase()
          .includes(OLD_CREATININE.toLowerCase()),
      ),
    ).toBe(true);
  });

  it("a creatinine used after the value sent makes it moot: the doses read it as before", () => {
    const r = readVignette(KIDNEY);
    r.labs.creatinine = { value: 1.0, unit: "mg/dL", date: "2026-12-01" };
    r.unusedValues[0].date = "2026-11-30";
    const a = assessAllWaysAgree(r);
    expect(a.kidney.crclCockcroftGault).toBe(77.8);
    expect(cautions(a, "ndmm.vrd")).not.toContain("not used");
  });
});

describe("Finding 1: renal alert on treatment names the value sent", () => {
  it("kidney impairment new on treatment from older values says a newer creatinine was sent and not used", () => {
    const r = readVignette(KIDNEY);
    r.treatmentHistory = [
      {
        regimen: "VRd",
        drugs: ["bortezomib", "lenalidomide", "dexamethasone"],
        start: "2026-05-01",
        phase: "induction",
      },
    ];
    r.series = {
      creatinine: [
        { date: "2026-04-20", value: 0.9, unit: "mg/dL" },
        { date: "2026-05-20", value: 3.4, unit: "mg/dL" },
      ],
    };
    r.labs.creatinine = { value: 3.4, unit: "mg/dL", date: "2026-05-20" };
    r.unusedValues[0].date = "2026-11-30";
    const a = assessAllWaysAgree(r);
    const text = flat(alert(a, "alert.kidney-new-on-treatment")?.text ?? "").toLowerCase();
    expect(text).toContain("creatinine 3.4 mg/dl on 2026-05-20");
    expect(text).toContain("a creatinine of 3.9 was sent on 2026-11-30 and not used");
    expect(a.kidney.crclCockcroftGault).toBeNull();
  });
});

describe("Finding 1: counts and IgG sent and not used, newer than the ones used", () => {
  it("control: without the values sent, June's IgG 350 mg/dL gives IVIG with recurrent infections", () => {
    const a = assessAllWaysAgree(without(COUNTS));
    expect(option(a, "sc.infection.ivig")).toBeDefined();
    expect(alert(a, "alert.unused-value")).toBeUndefined();
  });

  it("the IgG behind IVIG is not June's: IgG is asked with the value sent, and the words name both", () => {
    const a = assessAllWaysAgree(readVignette(COUNTS));
    const ivig = option(a, "sc.infection.ivig");
    // IVIG is not offered on June's IgG as if it were today's.
    if (ivig !== undefined) {
      const c = cautions(a, "sc.infection.ivig").toLowerCase();
      expect(c).toContain("the latest igg used, 350 mg/dl on 2026-06-01");
      expect(c).toContain("an igg of 620 was sent on 2026-11-28 and not used");
    }
    expect(a.missingData.some((m) => m.field === "labs.igg")).toBe(true);
    const text = flat(alert(a, "alert.unused-value")?.text ?? "").toLowerCase();
    expect(text).toContain("the latest igg used, 350 mg/dl on 2026-06-01");
  });

  it("the lenalidomide maintenance card names the older counts with their date and the newer ones sent", () => {
    const a = assessAllWaysAgree(readVignette(COUNTS));
    const c = cautions(a, "pathway.continue-current-line").toLowerCase();
    expect(c).toContain("the latest neutrophil count used, 2.5 x10^9/l on 2026-06-01");
    expect(c).toContain("a neutrophil count of 0.4 10^9/l was sent on 2026-11-28 and not used");
    expect(c).toContain("the latest platelet count used, 180 x10^9/l on 2026-06-01");
    expect(c).toContain(
      'a platelet count of 38 cells was sent on 2026-11-28 and not used ("cells" is not a unit',
    );
    expect(c).toMatch(/check .* before the next dose/);
  });
});

describe("the older count used is written as the clinician reads it (x10^9/L), never the record's unit key", () => {
  it("platelets and neutrophils: '180 x10^9/L on 2026-06-01', no '10*9/L' in the assessment's words", () => {
    const a = assessAllWaysAgree(readVignette(COUNTS));
    const words = flat(JSON.stringify([a.options.map((o) => o.cautions), a.alerts.map((x) => x.text)]));
    expect(words).toContain("The latest platelet count used, 180 x10^9/L on 2026-06-01");
    expect(words).toContain("The latest neutrophil count used, 2.5 x10^9/L on 2026-06-01");
    expect(words).not.toContain("10*9/L");
  });
});

describe("IVIG with infections and the only IgG older than one sent and not used: never 'IgG not recorded'", () => {
  it("the IVIG card says no current IgG, and names the older value and the one sent", () => {
    const c = cautions(assessAllWaysAgree(readVignette(COUNTS)), "sc.infection.ivig");
    expect(c).not.toContain("IgG not recorded");
    expect(c).toContain("no current IgG (none recorded, or only one older than a value sent and not used)");
    expect(c).toContain("The latest IgG used, 350 mg/dL on 2026-06-01, is older");
  });
});

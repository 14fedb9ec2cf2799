/** Review c13 (the lead's own vignettes), each failing on main 6e27757 before its fix.
 * 1. M-protein back after it was gone, no marrow in the record (scen: D-VRd -> ASCT -> R maintenance, CR
 *    recorded as the line's best response, serum immunofixation negative 2022-09-01 to 2025-11-10, then
 *    IFE positive with a band of 0.2 and 0.4 g/dL in 2026): the response said "PR, confirmed ... No rise
 *    meeting the IMWG progression thresholds" and nothing named the M-protein's return, because relapse
 *    from CR was read only after a CR graded from the values (which needs a marrow). criteria-and-scores.md
 *    6 (kumar-2016-lancet-oncol): relapse from CR is the "reappearance of M-protein on IFE or
 *    electrophoresis", a disease-free-survival end-point, not progression. With CR recorded for the line it
 *    is relapse from CR; without it, the return is named as what it is.
 * 2. Transplant-ineligible, 78, VRd for 8 cycles finished 2024-07-20 in VGPR, nothing given since (scen): the
 *    plan's next step was "Continued or maintenance therapy" and lenalidomide continuation a "standard"
 *    card with no word of the 28 months off therapy. The trials continue straight after induction (S0777,
 *    DETERMINATION; treatments.md 3); the reference has no rule for a restart after time off therapy, so
 *    the card says so and shows the months (no threshold invented; the reading is marked UNVERIFIED).
 * 3. Osteonecrosis of the jaw prevention, "all agents" in treatments.md 8a, was on zoledronic acid only: the
 *    denosumab card (preferred in kidney impairment) and pamidronate had no dental caution and their patient
 *    words no dentist; the zoledronic acid words told a patient on it for years only to see a dentist
 *    "before you start".
 * 6. HSV/VZV prophylaxis after ASCT (treatments.md 8e: with PIs, anti-CD38, after ASCT, CAR-T/bispecifics; the
 *    ASCT indication UNVERIFIED, NCCN) was a "standard" card 55 months after the transplant of the c12 patient,
 *    off therapy, with no word that the transplant was its only reason, nor of when it was. The reference
 *    gives no length: the card now says so and shows the months since the transplant.
 * 7. (Review c13 by a helper, finding 2.) Three weeks into DRd (shipped example pathway-drd-week-3; the same
 *    in a frail 83-year-old on D-VMP), with the serum M-protein 3.1 g/dL and involved FLC 180 mg/L in `labs`
 *    without a date: the response said "No M-protein or FLC values in the record for this line", and with a
 *    dated marrow of 40% it followed the marrow ("Serum, urine and free light chains were not measurable at
 *    baseline ... plan a marrow reassessment"). criteria-and-scores.md 6.1 (kumar-2016-lancet-oncol): serum
 *    >= 1 g/dL is measurable; the marrow is the measure only when serum, urine and FLC are not. An undated
 *    value cannot be told from one on treatment: measurability is not known (never "not measurable"), the
 *    marrow is not followed in its place, and the record is asked for the date.
 * 8. (Review c13 by a helper, finding 4.) Relapse three years after ASCT, lenalidomide maintenance stopped for
 *    toxicity in 2025 (scen): DRd, KRd and IRd were offered as "lenalidomide-sensitive" at 25 mg with no word
 *    of the recorded toxicity. treatments.md 3d names "lenalidomide-intolerant" as its own case; the
 *    reference has no rule on giving it again, so none is invented: each option with the drug says it was
 *    stopped for toxicity, when, and that re-exposure is the team's to weigh.
 * 9. (Review c13 by a helper, finding 5.) 77, KRd since 2026-09-30, creatinine and calcium of 2026-09-28 and none
 *    since (asOf 2026-12-01): the lenalidomide band (CrCl 49.8) and the zoledronic acid dose came from a
 *    creatinine taken before KRd began, with no word of it. The reference gives no interval on therapy (no
 *    "overdue" is invented), but zoledronic acid needs a creatinine before each dose (treatments.md 8a): each
 *    kidney-dosed option says the creatinine predates the line.
 * 10. (Review c13 by a helper, finding 3.) Second relapse, t(11;14), PVd/KPd/EPd offered: the record could not
 *    hold liver function (a Child-Pugh field was rejected), so the reference's verified pomalidomide rule
 *    (treatments.md 7b: "Hepatic: Child-Pugh A/B 3 mg; C 2 mg") never appeared. conditions.hepaticImpairment
 *    now records it; every pomalidomide option carries the rule when a class is recorded, names the field as
 *    missing while it is not, and says nothing when "none" is recorded.
 * 11. Found while adding the KRd vignette: conditions.anticoagulation ("prophylactic", as the web form now lets a
 *    clinician enter it) with no anticoagulant in the history was lost on record -> FHIR -> record (FHIR carried
 *    it only through an anticoagulant MedicationStatement). It now travels as entered. */
import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { bundleToRecord } from "../fhir/bundle-to-record.js";
import { recordToBundle } from "../fhir/record-to-bundle.js";
import type { PatientRecord } from "../model/record.js";
import { ES_PATIENT_TEXT } from "../render/words/es-patient-text.js";
import { assess } from "./assess.js";
import { assessCompact } from "./compact.js";

type R = Record<string, unknown>;
const record = (name: string): R =>
  JSON.parse(readFileSync(new URL(`../../examples/vignettes/${name}.json`, import.meta.url), "utf8"));
const back = () => record("review-c12-off-therapy-after-asct-and-maintenance");
const history = (r: R) => r.treatmentHistory as R[];
const series = (r: R) => r.series as { serumMProtein: R[]; serumImmunofixation: R[] };
/** The same record with every entry's recorded best response set to `best`. */
const bestRecorded = (r: R, best: string): R => ({
  ...r,
  treatmentHistory: history(r).map((t) => ({ ...t, bestResponse: best })),
});
const ids = (r: R) => assess(r).alerts.map((a) => a.id);

describe("c13-1: M-protein back after a negative immunofixation is named", () => {
  it("with CR recorded for the line: relapse from CR, with the dates and values, and not progression", () => {
    const a = assess(back());
    expect(a.response.relapseFromCr).toBe(true);
    expect(a.response.progression).toBe(false);
    const alert = a.alerts.find((x) => x.id === "response.relapse-from-cr");
    expect(alert?.severity).toBe("warning");
    expect(alert?.text).toContain("0.2 g/dL on 2026-06-02, 0.4 g/dL on 2026-11-20");
    expect(alert?.text).toContain("negative from 2022-09-01 to 2025-11-10");
    expect(alert?.text).toMatch(/marrow that confirms CR is not in the record/);
    expect(alert?.text).toMatch(/not progression/);
    expect(alert?.citations).toContain("kumar-2016-lancet-oncol");
    expect(a.response.rules.map((r) => r.ruleId)).toContain("imwg2016.m-protein-back-after-negative-ife");
    expect(assessCompact(back()).alerts).toContainEqual({
      id: "response.relapse-from-cr",
      severity: "warning",
    });
  });

  it("without CR recorded: named as M-protein back, not called relapse from CR", () => {
    const a = assess(bestRecorded(back(), "VGPR"));
    expect(a.response.relapseFromCr).toBe(false);
    const alert = a.alerts.find((x) => x.id === "response.m-protein-reappeared");
    expect(alert?.text).toMatch(/If CR had been confirmed .*relapse from CR/);
    expect(alert?.text).toMatch(/not progression by itself/);
    expect(a.alerts.map((x) => x.id)).not.toContain("response.relapse-from-cr");
  });

  it("controls: still gone, back at one assessment only, or never gone: nothing is said", () => {
    const stillGone = back();
    series(stillGone).serumMProtein = series(stillGone).serumMProtein.slice(0, 5);
    series(stillGone).serumImmunofixation = series(stillGone).serumImmunofixation.slice(0, 3);
    (stillGone.labs as R).serumMProtein = { value: 0, unit: "g/dL", date: "2025-11-10" };
    const once = back();
    series(once).serumMProtein = series(once).serumMProtein.slice(0, 6);
    series(once).serumImmunofixation = series(once).serumImmunofixation.slice(0, 4);
    (once.labs as R).serumMProtein = { value: 0.2, unit: "g/dL", date: "2026-06-02" };
    const neverGone = back();
    series(neverGone).serumImmunofixation = series(neverGone).serumImmunofixation.map((p) => ({
      ...p,
      result: "positive",
    }));
    for (const r of [stillGone, once, neverGone]) {
      expect(ids(r)).not.toContain("response.relapse-from-cr");
      expect(ids(r)).not.toContain("response.m-protein-reappeared");
    }
  });
});

const tie = () => record("review-c13-tie-vrd-finished-long-ago");
const continued = (r: R) => assess(r).options.find((o) => o.id === "pathway.no-asct.continued-lenalidomide");

describe("c13-2: continued lenalidomide after a first line finished long ago names the time off therapy", () => {
  it("says the trials continue without a break, gives the months, and leaves the decision to the team", () => {
    const o = continued(tie());
    const caution = o?.cautions.find((c) => c.includes("no continued therapy is recorded since"));
    expect(caution).toMatch(/S0777/);
    expect(caution).toMatch(/months since the latest line ended: 28 months/);
    expect(caution).toMatch(/UNVERIFIED/);
    expect(o?.verified).toBe(false);
  });

  it("control: still on induction, no such caution", () => {
    const r = tie();
    // Review c89-M2: in VRd's last (8th) cycle of 21 days (day 147 on 2026-12-01), where the card is listed.
    r.treatmentHistory = [{ ...history(r)[0]!, start: "2026-07-07", end: null, stopReason: undefined }];
    const o = continued(r);
    expect(o).toBeDefined();
    expect(o?.cautions.some((c) => c.includes("no continued therapy is recorded since"))).toBe(false);
  });
});

describe("c13-3: every bone agent carries the jaw (ONJ) prevention, in clinician and patient words", () => {
  it("zoledronic acid, pamidronate and denosumab: the dental caution and the dentist in the patient words", () => {
    const en = assess(record("review-c12-off-therapy-after-asct-and-maintenance"));
    for (const id of ["sc.bone.zoledronic-acid", "sc.bone.pamidronate", "sc.bone.denosumab"]) {
      const o = en.options.find((x) => x.id === id);
      expect(
        o?.cautions.some((c) => /Osteonecrosis of the jaw .*dental evaluation before starting/.test(c)),
      ).toBe(true);
      expect(o?.patientText).toMatch(/Tell each dentist you see that you get this drug/);
      expect(ES_PATIENT_TEXT[id]).toMatch(
        /Vaya al dentista antes de empezar\. Diga a cada dentista que recibe este medicamento\./,
      );
    }
  });
});

describe("c13-6: HSV/VZV prophylaxis with the transplant as its only reason says how long ago it was", () => {
  const hsv = (r: R) => assess(r).options.find((o) => o.id === "sc.infection.hsv-vzv");
  const onlyAsct = (o: ReturnType<typeof hsv>) =>
    o?.cautions.find((c) => c.startsWith("The autologous transplant is the only reason for it"));

  it("off therapy 55 months after ASCT: the months, no length in the reference, decide with the centre", () => {
    expect(onlyAsct(hsv(back()))).toMatch(
      /gives no length .* after ASCT.*transplant centre.*\(months since the autologous transplant: 55 months\)/,
    );
  });

  it("control: on bortezomib after the transplant, the proteasome inhibitor is a reason of its own", () => {
    const r = back();
    r.treatmentHistory = [
      ...history(r),
      { regimen: "VCd", drugs: ["bortezomib", "cyclophosphamide", "dexamethasone"], start: "2026-11-01" },
    ];
    const o = hsv(r);
    expect(o).toBeDefined();
    expect(onlyAsct(o)).toBeUndefined();
  });
});

describe("c13-7: undated M-protein and FLC are neither a baseline nor 'not measurable'", () => {
  const drd = () => record("pathway-drd-week-3");
  const dueAlert = (r: R) => assess(r).alerts.find((a) => a.id === "pathway.response-assessment-due");

  it("names the undated values, asks for their date, and says nothing of 'no values' or 'not measurable'", () => {
    const a = assess(drd());
    expect(a.response.baselineUndated).toEqual(["serum", "flc"]);
    expect(a.response.measurableBy).toEqual([]);
    expect(a.response.basis).toMatch(
      /serum M-protein and involved free light chain in the record have no date/,
    );
    expect(a.response.basis).not.toMatch(/No M-protein or FLC values/);
    expect(a.response.missing.map((m) => m.field)).toContain("labs.serumMProtein");
    const alert = dueAlert(drd());
    expect(alert?.text).toMatch(/no date/);
    expect(alert?.text).not.toMatch(/not measurable at baseline|marrow reassessment/);
  });

  it("with a dated marrow of 40% before the line, the marrow is not followed in the undated values' place", () => {
    const r = drd();
    r.marrow = { clonalPlasmaCellPercent: 40, date: "2026-10-25" };
    const a = assess(r);
    expect(a.response.measurableBy).not.toContain("marrow");
    expect(dueAlert(r)?.text).not.toMatch(/marrow reassessment/);
  });

  it("controls: dated before the line, the serum is followed; an undated small band (0.4 g/dL) is not asked about", () => {
    const dated = drd();
    const labs = dated.labs as Record<string, R>;
    labs.serumMProtein = { ...labs.serumMProtein, date: "2026-11-01" };
    labs.involvedFreeLightChain = { ...labs.involvedFreeLightChain, date: "2026-11-01" };
    labs.uninvolvedFreeLightChain = { ...labs.uninvolvedFreeLightChain, date: "2026-11-01" };
    const a = assess(dated);
    expect(a.response.measurableBy).toEqual(["serum"]);
    expect(a.response.baselineUndated).toBeUndefined();
    const small = drd();
    const l2 = small.labs as Record<string, R>;
    l2.serumMProtein = { value: 0.4, unit: "g/dL" };
    delete l2.involvedFreeLightChain;
    delete l2.uninvolvedFreeLightChain;
    expect(assess(small).response.baselineUndated).toBeUndefined();
  });
});

describe("c13-8: a drug stopped for toxicity and not given since is named on every option that has it", () => {
  const relapse = () => record("review-c13-relapse-after-r-toxicity");
  const said = (o: { cautions: string[] } | undefined) =>
    o?.cautions.some((c) =>
      c.startsWith("Lenalidomide was stopped for toxicity (R maintenance, ended 2025-09-30)"),
    );

  it("every lenalidomide option says so; options without it do not", () => {
    const a = assess(relapse());
    const withLen = a.options.filter((o) => o.regimen?.drugs.includes("lenalidomide"));
    expect(withLen.length).toBeGreaterThan(0);
    for (const o of withLen) expect(said(o), o.id).toBe(true);
    const without = a.options.filter((o) => o.regimen && !o.regimen.drugs.includes("lenalidomide"));
    expect(without.length).toBeGreaterThan(0);
    for (const o of without) expect(said(o), o.id).toBe(false);
  });

  it("control: stopped for toxicity, then given again later: not said", () => {
    const r = relapse();
    r.treatmentHistory = [
      ...history(r),
      { regimen: "Rd", drugs: ["lenalidomide", "dexamethasone"], start: "2026-01-10", end: "2026-06-01" },
    ];
    const a = assess(r);
    expect(a.options.some((o) => said(o))).toBe(false);
  });
});

describe("c13-9: kidney doses from a creatinine taken before the current line say so", () => {
  const krd = () => record("review-c13-krd-creatinine-before-line");
  const said = (o: { cautions: string[] }) =>
    o.cautions.some((c) =>
      c.startsWith(
        "Kidney function here is from the creatinine of 2026-09-28, before the current line (KRd) started on 2026-09-30",
      ),
    );
  const kidneyDosed = (o: { cautions: string[] }) => o.cautions.some((c) => c.includes(", kidney function:"));

  it("every option with a kidney dose says the creatinine predates the line; the others do not", () => {
    const a = assess(krd());
    const dosed = a.options.filter(kidneyDosed);
    expect(dosed.length).toBeGreaterThan(0);
    for (const o of dosed) expect(said(o), o.id).toBe(true);
    for (const o of a.options.filter((x) => !kidneyDosed(x))) expect(said(o), o.id).toBe(false);
  });

  it("control: a creatinine after the line started: not said", () => {
    const r = krd();
    (r.labs as Record<string, R>).creatinine = { value: 1.3, unit: "mg/dL", date: "2026-11-20" };
    const a = assess(r);
    expect(a.options.some(kidneyDosed)).toBe(true);
    expect(a.options.some((o) => o.cautions.some((c) => c.includes("before the current line")))).toBe(false);
  });
});

describe("c13-10: pomalidomide is dosed by the recorded Child-Pugh class", () => {
  const relapse = () => record("review-c13-relapse-after-r-toxicity");
  const onPom = (r: R) => {
    const a = assess(r);
    return { a, pom: a.options.filter((o) => o.regimen?.drugs.includes("pomalidomide")) };
  };
  const rule = (o: { cautions: string[] }) =>
    o.cautions.some((c) =>
      c.startsWith("Pomalidomide, liver function: in hepatic impairment the starting dose is 3 mg"),
    );
  const withLiver = (v: string) => {
    const r = relapse();
    r.conditions = { ...(r.conditions as R), hepaticImpairment: v };
    return r;
  };

  it("Child-Pugh B recorded: every pomalidomide option gives the hepatic starting dose of that class", () => {
    // Review c20-6: the recorded class's dose, not the whole table.
    const { pom } = onPom(withLiver("child-pugh-b"));
    expect(pom.length).toBeGreaterThan(0);
    const classB = (o: { cautions: string[] }) =>
      o.cautions.some((c) =>
        c.startsWith(
          "Pomalidomide, liver function (Child-Pugh class A or B recorded): starting dose 3 mg daily",
        ),
      );
    for (const o of pom) expect([rule(o), classB(o)], o.id).toEqual([false, true]);
  });

  it("not recorded: the rule is shown and the field is named as missing; 'none' recorded: not shown", () => {
    const { a, pom } = onPom(relapse());
    for (const o of pom) expect(rule(o), o.id).toBe(true);
    expect(a.missingData.map((m) => m.field)).toContain("conditions.hepaticImpairment");
    const none = onPom(withLiver("none"));
    for (const o of none.pom) expect(rule(o), o.id).toBe(false);
    expect(none.a.missingData.map((m) => m.field)).not.toContain("conditions.hepaticImpairment");
  });

  it("the recorded class survives record -> FHIR Bundle -> record", () => {
    const r = withLiver("child-pugh-c");
    const back = bundleToRecord(recordToBundle(r as PatientRecord), { asOf: r.asOf as string });
    expect(back.warnings).toEqual([]);
    expect(back.record.conditions?.hepaticImpairment).toBe("child-pugh-c");
  });
});

describe("c13-11: the anticoagulation recorded by the team survives record -> FHIR -> record", () => {
  it("prophylactic, with no anticoagulant drug in the history", () => {
    const r = record("review-c13-krd-creatinine-before-line");
    r.conditions = { ...(r.conditions as R), anticoagulation: "prophylactic" };
    const back = bundleToRecord(recordToBundle(r as PatientRecord), { asOf: r.asOf as string });
    expect(back.warnings).toEqual([]);
    expect(back.record.conditions?.anticoagulation).toBe("prophylactic");
  });
});

describe("c13 leftover: bortezomib and the liver (treatments.md 7b: moderate/severe hepatic impairment, start 0.7 mg/m², U)", () => {
  const withLiver = (v: string | null) => {
    const r = record("review-c13-relapse-after-r-toxicity");
    if (v !== null) r.conditions = { ...(r.conditions as R), hepaticImpairment: v };
    return r;
  };
  const bortezomibOptions = (r: R) =>
    assess(r).options.filter((o) => o.kind !== "supportive-care" && o.regimen?.drugs.includes("bortezomib"));
  const rule = (o: { cautions: string[] }) =>
    o.cautions.find((c) =>
      c.startsWith("Bortezomib, liver function: in moderate or severe hepatic impairment"),
    );

  it("hepatic impairment recorded: every bortezomib option gives the starting dose, UNVERIFIED, and asks for the label's grading", () => {
    const opts = bortezomibOptions(withLiver("child-pugh-b"));
    expect(opts.length).toBeGreaterThan(0);
    for (const o of opts) {
      expect(rule(o), o.id).toMatch(/0\.7 mg\/m²/);
      expect(rule(o), o.id).toMatch(/check the label's grading/);
      expect(rule(o), o.id).toMatch(/UNVERIFIED in the clinical reference/);
    }
  });

  it("'none' recorded: not shown (no grade is guessed); not recorded: shown as not known (review c15-2)", () => {
    for (const o of bortezomibOptions(withLiver("none"))) expect(rule(o), o.id).toBeUndefined();
    for (const o of bortezomibOptions(withLiver(null)))
      expect(rule(o), o.id).toMatch(/Not known: hepatic impairment/);
  });
});

/** Review c18 (stop 25), the two findings a clinical review called unsafe, both in AL amyloidosis.
 *
 * U1. An 80-year-old, frail (ECOG 3), heart failure, NT-proBNP 30,000 pg/mL and no troponin recorded
 * (examples/vignettes/review-c18-al-80-frail-no-troponin.json): D-VCd was ranked "preferred" and the handout
 * called it "often the first choice". With NT-proBNP above 8,500 ng/L any stage-III troponin makes the Mayo
 * 2004 stage IIIb (European modification, Wechalekar 2013; criteria-and-scores 5.1), where D-VCd is not
 * indicated outside trials (excluded from ANDROMEDA; treatments.md 6). An unknown that can only exclude the
 * option must not rank it first.
 *
 * U2. Amyloid in heart and kidney, untyped, with no test for a clone done
 * (examples/vignettes/safety-al-organ-no-clone-tests.json): D-VCd and VCd were listed, provisionally, and
 * named in the handout, though the amyloid may be transthyretin (ATTR), which AL therapy does not treat.
 * IMWG 2014 AL needs all four requirements, the clone among them (criteria-and-scores 1.5).
 *
 * The same D-VCd row excludes NYHA class IIIB/IV; the record could not hold the class ("NYHA class is not in
 * the record: check it"), so heart failure recorded left it open. conditions.nyhaClass now holds it. */
import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { bundleToRecord } from "../fhir/bundle-to-record.js";
import { recordToBundle } from "../fhir/record-to-bundle.js";
import type { MmnavError } from "../model/errors.js";
import type { PatientRecord } from "../model/record.js";
import { renderHandout } from "../render/handout.js";
import { renderPatientSummary } from "../render/patient.js";
import { EN } from "../render/words/en.js";
import { ES } from "../render/words/es.js";
import { assess } from "./assess.js";
import type { Assessment, AssessmentOption } from "./assessment.js";
import { assessCompact } from "./compact.js";

type Rec = Record<string, unknown>;
const read = (path: string): Rec =>
  JSON.parse(readFileSync(new URL(`../../examples/vignettes/${path}.json`, import.meta.url), "utf8")) as Rec;
const u1 = read("review-c18-al-80-frail-no-troponin");
const u2 = read("safety-al-organ-no-clone-tests");
const oneLine = (s: string) => s.replace(/\s+/g, " ");
const withLabs = (r: Rec, labs: Rec, drop: string[] = []): Rec => {
  const merged: Rec = { ...(r.labs as Rec), ...labs };
  for (const k of drop) delete merged[k];
  return { ...r, labs: merged };
};
const option = (a: Assessment, id: string): AssessmentOption | undefined =>
  a.options.find((o) => o.id === id);
const DVCD = "al.d-vcd";
const AL_REGIMENS = ["al.d-vcd", "al.vcd", "al.asct", "al.stage-iiib.trial"];

describe("c18 U1: AL with NT-proBNP above 8,500 and no troponin", () => {
  it("D-VCd is held back to consider, saying stage IIIb is not excluded and naming the troponin", () => {
    const a = assess(u1);
    const d = option(a, DVCD) as AssessmentOption;
    expect(d.strength).toBe("consider");
    expect(d.safetyFindings?.map((f) => f.ruleId)).toContain("al.d-vcd.adjust.stage-iiib-not-excluded");
    const caution = d.cautions.find((c) => c.startsWith("Mayo 2004 stage IIIb is not excluded"));
    expect(caution).toContain("NT-proBNP: 30000 pg/mL; troponin T: not known");
    expect(d.missing?.map((m) => m.field)).toContain("labs.troponinT");
  });

  it("the handout and the full summary say it waits for a heart test, never 'often the first choice'", () => {
    const a = assess(u1);
    const en = oneLine(renderHandout(a, "text", EN));
    expect(en).toContain(`(D-VCd) * – ${EN.marks.afterHeartTest}`);
    expect(en).not.toContain(EN.marks.preferred);
    const es = oneLine(renderHandout(a, "text", ES));
    expect(es).toContain(ES.marks.afterHeartTest);
    expect(es).not.toContain(ES.marks.preferred);
    const full = oneLine(renderPatientSummary(a, "text", EN));
    expect(full).toContain("Only after a heart blood test that is still missing.");
  });

  it("a raised troponin makes it stage IIIb: D-VCd is not listed and the trial is (the reference's rule)", () => {
    const a = assess(withLabs(u1, { troponinT: { value: 0.09, unit: "ng/mL" } }));
    expect(a.risk.alMayo2004.stage).toBe("IIIb");
    expect(option(a, DVCD)).toBeUndefined();
    expect(option(a, "al.stage-iiib.trial")?.strength).toBe("trial");
  });

  it("with NT-proBNP at most 8,500 no troponin can make it IIIb: D-VCd is preferred, with no stage unknown", () => {
    // NYHA class II recorded beside the heart failure (the class's own hold is tested below).
    const r = withLabs(u1, { ntProBnp: { value: 3000, unit: "pg/mL" } });
    const a = assess({ ...r, conditions: { ...(r.conditions as Rec), nyhaClass: "II" } });
    const d = option(a, DVCD) as AssessmentOption;
    expect(d.strength).toBe("preferred");
    expect(d.safetyFindings ?? []).toEqual([]);
    expect(d.cautions.some((c) => c.startsWith("Not known: AL cardiac stage"))).toBe(false);
    const en = oneLine(renderHandout(a, "text", EN));
    expect(en).toContain(`(D-VCd) * – ${EN.marks.preferred}`);
  });

  it("with neither cardiac marker recorded it is held back too (NT-proBNP could be above 8,500)", () => {
    const a = assess(withLabs(u1, {}, ["ntProBnp"]));
    const d = option(a, DVCD) as AssessmentOption;
    expect(d.strength).toBe("consider");
    expect(d.cautions.join(" ")).toContain("NT-proBNP: not known; troponin T: not known");
  });
});

describe("c18 U2: amyloid in organs with no clone test and no typing", () => {
  it("no AL-directed regimen is listed, in the full assessment or the compact view", () => {
    const a = assess(u2);
    expect(a.diagnosis.likely).toBe("al-amyloidosis");
    for (const id of AL_REGIMENS) expect(option(a, id), id).toBeUndefined();
    const compact = assessCompact(u2);
    for (const id of AL_REGIMENS) expect(compact.options, id).not.toContain(id);
    // The plan asks for the tests that decide it.
    expect(a.plan[0]?.title).toContain("tests for a monoclonal protein");
  });

  it("the handout names no AL regimen, in English and Spanish", () => {
    const a = assess(u2);
    for (const t of [
      renderHandout(a, "text", EN),
      renderHandout(a, "text", ES),
      renderPatientSummary(a, "text"),
    ])
      expect(oneLine(t)).not.toMatch(/D-VCd|VCd|daratumumab/);
  });

  it("once the clone is shown (typing still pending) the regimens are listed again, provisional", () => {
    const a = assess(read("pathway-al-likely-awaiting-typing"));
    expect(option(a, DVCD)?.provisional).toBe(true);
    expect(option(a, DVCD)?.strength).toBe("consider");
    expect(option(a, "al.vcd")?.provisional).toBe(true);
  });
});

describe("c18: the NYHA class (conditions.nyhaClass) decides D-VCd's other exclusion", () => {
  /** The U1 vignette with a low troponin T (stage II: NT-proBNP raised, troponin not), heart failure recorded. */
  const stageII = (nyhaClass?: string): Rec => {
    const r = withLabs(u1, { troponinT: { value: 0.02, unit: "ng/mL", method: "conventional" } });
    const conditions = { ...(r.conditions as Rec) };
    if (nyhaClass !== undefined) conditions.nyhaClass = nyhaClass;
    return { ...r, conditions };
  };

  it("heart failure without a class, or class III unsplit: D-VCd held at consider, naming the field", () => {
    for (const a of [assess(stageII()), assess(stageII("III"))]) {
      expect(a.risk.alMayo2004.stage).toBe("II");
      const d = option(a, DVCD) as AssessmentOption;
      expect(d.strength).toBe("consider");
      expect(d.safetyFindings?.map((f) => f.ruleId)).toEqual(["al.d-vcd.adjust.nyha-iiib-not-excluded"]);
    }
    expect(option(assess(stageII()), DVCD)?.cautions.join(" ")).toContain(
      "NYHA class is not recorded (conditions.nyhaClass)",
    );
    // The handout says what it waits for (EN and ES); with the class recorded, no such mark.
    expect(oneLine(renderHandout(assess(stageII()), "text", EN))).toContain(
      `(D-VCd) * – ${EN.marks.afterHeartCheck}`,
    );
    expect(oneLine(renderHandout(assess(stageII()), "text", ES))).toContain(ES.marks.afterHeartCheck);
    expect(oneLine(renderHandout(assess(stageII("II")), "text", EN))).not.toContain(EN.marks.afterHeartCheck);
  });

  it("class III unsplit recorded without heart failure: held at consider too (review c18 diff review)", () => {
    const r = stageII("III");
    const a = assess({ ...r, conditions: { ...(r.conditions as Rec), heartFailure: false } });
    expect(option(a, DVCD)?.strength).toBe("consider");
    expect(option(a, DVCD)?.safetyFindings?.map((f) => f.ruleId)).toEqual([
      "al.d-vcd.adjust.nyha-iiib-not-excluded",
    ]);
  });

  it("a low troponin excludes stage III, so IIIb, even with NT-proBNP not recorded", () => {
    const r = withLabs(u1, { troponinT: { value: 0.02, unit: "ng/mL", method: "conventional" } }, [
      "ntProBnp",
    ]);
    const a = assess({ ...r, conditions: { ...(r.conditions as Rec), nyhaClass: "II" } });
    expect(a.risk.alMayo2004.stage).toBeNull();
    const d = option(a, DVCD) as AssessmentOption;
    expect(d.strength).toBe("preferred");
    expect(d.cautions.some((c) => c.startsWith("Not known: AL cardiac stage"))).toBe(false);
  });

  it("class II recorded: D-VCd preferred; class IIIB or IV: not listed, the trial is", () => {
    expect(option(assess(stageII("II")), DVCD)?.strength).toBe("preferred");
    for (const c of ["IIIB", "IV"]) {
      const a = assess(stageII(c));
      expect(option(a, DVCD), c).toBeUndefined();
      expect(option(a, "al.stage-iiib.trial")?.strength, c).toBe("trial");
    }
  });

  it("an unknown class is rejected naming the field, and a recorded one survives record -> FHIR -> record", () => {
    let error: MmnavError | undefined;
    try {
      assess(stageII("V"));
    } catch (e) {
      error = e as MmnavError;
    }
    expect(error?.issues.map((i) => i.path)).toContain("conditions.nyhaClass");
    const r = stageII("IIIA");
    const back = bundleToRecord(recordToBundle(r as unknown as PatientRecord), { asOf: r.asOf as string });
    expect(back.warnings).toEqual([]);
    expect(back.record.conditions?.nyhaClass).toBe("IIIA");
  });
});

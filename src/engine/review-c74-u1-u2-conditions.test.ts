/** Review c74-U1 and c74-U2 (UNSAFE): conditions an EHR problem list states that the PatientRecord could not hold.
 * U1: a peripheral neuropathy with no grade (ICD-10-CM G62.9, SNOMED CT 302226006) was read as "nothing known": the
 * bortezomib and thalidomide regimens stayed "preferred"/"standard". Now `conditions.peripheralNeuropathy` true with no
 * grade is read as the worst case of the bortezomib table (treatments.md 7b: hold rows) and the grade is asked.
 * U2: an active pregnancy (ICD-10-CM Z33.1, SNOMED CT 77386006) was dropped: lenalidomide and thalidomide regimens
 * "preferred"/"standard" for a pregnant woman of 34. Now `conditions.pregnancy` true raises a critical alert and no
 * option giving lenalidomide, thalidomide or pomalidomide is offered (their US labels: contraindicated in pregnancy). */
import { describe, expect, it } from "vitest";
import { bundleToRecord } from "../fhir/bundle-to-record.js";
import { recordToBundle } from "../fhir/record-to-bundle.js";
import { renderHandout } from "../render/handout.js";
import { EN } from "../render/words/en.js";
import { ES } from "../render/words/es.js";
import { readVignette } from "../testing/example-records.js";
import { assess } from "./assess.js";
import type { Assessment } from "./assessment.js";

const NEURO = "review-c74-neuropathy-grade-not-recorded";
const PREG = "review-c74-pregnant-34-ndmm";
const PREG_ALERT = "alert.pregnancy-imid-contraindicated";
const IMIDS = ["lenalidomide", "thalidomide", "pomalidomide"];
const BORTEZOMIB_OR_THALIDOMIDE = ["ndmm.te.d-vrd", "ndmm.te.isa-vrd", "ndmm.te.d-vtd", "ndmm.vrd"];
const flat = (s: string) => s.replace(/\s+/g, " ");

const strengths = (a: Assessment) => Object.fromEntries(a.options.map((o) => [o.id, o.strength]));
const option = (a: Assessment, id: string) => a.options.find((o) => o.id === id);
const asked = (a: Assessment) => a.missingData.map((m) => m.field);

/** A problem-list Condition, active and confirmed, as the review's Bundles send it. */
function condition(id: string, system: string, code: string, display: string) {
  return {
    fullUrl: `urn:uuid:${id}`,
    resource: {
      resourceType: "Condition",
      id,
      clinicalStatus: {
        coding: [{ system: "http://terminology.hl7.org/CodeSystem/condition-clinical", code: "active" }],
      },
      verificationStatus: {
        coding: [{ system: "http://terminology.hl7.org/CodeSystem/condition-ver-status", code: "confirmed" }],
      },
      code: { coding: [{ system, code, display }], text: display },
    },
  };
}

/** The vignette's record without `field`, as a Bundle, with the given Conditions added; then imported. */
function viaEhr(name: string, field: "peripheralNeuropathy" | "pregnancy", ...conds: unknown[]) {
  const r = readVignette(name);
  delete r.conditions[field];
  const bundle = recordToBundle(r) as { entry: { fullUrl: string; resource: Record<string, unknown> }[] };
  const patient = bundle.entry.find((e) => e.resource.resourceType === "Patient")?.fullUrl;
  for (const c of conds as { resource: Record<string, unknown> }[])
    bundle.entry.push({ ...c, resource: { ...c.resource, subject: { reference: patient } } } as never);
  return bundleToRecord(bundle, { asOf: r.asOf });
}

const G62_9 = () =>
  condition("con-30", "http://hl7.org/fhir/sid/icd-10-cm", "G62.9", "Polyneuropathy, unspecified");
const SCT_NEURO = () =>
  condition("con-30", "http://snomed.info/sct", "302226006", "Peripheral nerve disease");

describe("c74-U1: peripheral neuropathy present, its grade not recorded", () => {
  it("the bortezomib and thalidomide regimens read the worst case: consider, with the hold caution", () => {
    const a = assess(readVignette(NEURO));
    for (const id of BORTEZOMIB_OR_THALIDOMIDE) expect(strengths(a)[id]).toBe("consider");
    expect(flat(option(a, "ndmm.te.d-vrd")?.cautions.join(" ") ?? "")).toContain(
      "its grade or pain not recorded): bortezomib is held until the neuropathy is grade 1 or less",
    );
    expect(flat(option(a, "ndmm.te.d-vtd")?.cautions.join(" ") ?? "")).toContain(
      "thalidomide causes dose- and duration-dependent neuropathy",
    );
    expect(asked(a)).toContain("conditions.neuropathyGrade");
  });

  it("a neuropathy Condition with no grade (ICD-10-CM G62.9 or SNOMED CT 302226006) reaches the engine", () => {
    for (const c of [G62_9(), SCT_NEURO()]) {
      const imp = viaEhr(NEURO, "peripheralNeuropathy", c);
      expect(imp.record.conditions?.peripheralNeuropathy).toBe(true);
      expect(imp.record.conditions?.neuropathyGrade).toBeUndefined();
      expect(imp.warnings.map((w) => w.message).join(" ")).toContain(
        "peripheral neuropathy is present but the code does not give its grade",
      );
      const a = assess(imp.record);
      for (const id of BORTEZOMIB_OR_THALIDOMIDE) expect(strengths(a)[id]).toBe("consider");
      expect(asked(a)).toContain("conditions.neuropathyGrade");
    }
  });

  it("the field survives the FHIR round trip", () => {
    const back = bundleToRecord(recordToBundle(readVignette(NEURO)), { asOf: "2026-12-01" }).record;
    expect(back.conditions?.peripheralNeuropathy).toBe(true);
    const no = readVignette(NEURO);
    no.conditions.peripheralNeuropathy = false;
    expect(
      bundleToRecord(recordToBundle(no), { asOf: "2026-12-01" }).record.conditions?.peripheralNeuropathy,
    ).toBe(false);
  });

  it("a grade recorded wins: grade 1 without pain changes nothing, as without the field", () => {
    const withField = readVignette(NEURO);
    withField.conditions.neuropathyGrade = 1;
    withField.conditions.neuropathyPainful = false;
    const without = structuredClone(withField);
    delete without.conditions.peripheralNeuropathy;
    const a = assess(withField);
    expect(strengths(a)).toEqual(strengths(assess(without)));
    expect(strengths(a)["ndmm.te.d-vrd"]).toBe("preferred");
    expect(asked(a)).not.toContain("conditions.neuropathyGrade");
  });

  it("false beside a grade of 2: the grade wins, with a warning naming the conflict", () => {
    const r = readVignette(NEURO);
    r.conditions.peripheralNeuropathy = false;
    r.conditions.neuropathyGrade = 2;
    const gradeOnly = structuredClone(r);
    delete gradeOnly.conditions.peripheralNeuropathy;
    const a = assess(r);
    expect(strengths(a)).toEqual(strengths(assess(gradeOnly)));
    expect(strengths(a)["ndmm.te.d-vrd"]).toBe("consider");
    expect(a.alerts.find((x) => x.id === "alert.neuropathy-absent-grade-recorded")?.severity).toBe("warning");
  });

  it("on D-VRd now with the grade not recorded: a warning asks for it", () => {
    const r = readVignette(NEURO);
    r.treatmentHistory = [
      {
        regimen: "D-VRd",
        drugs: ["daratumumab", "bortezomib", "lenalidomide", "dexamethasone"],
        start: "2026-10-15",
        phase: "induction",
      },
    ];
    const a = assess(r);
    const alert = a.alerts.find((x) => x.id === "neuropathy.present-grade-not-recorded");
    expect(alert?.severity).toBe("warning");
    expect(alert?.text).toContain("bortezomib");
  });

  it("controls: a man with no neuropathy recorded, and false with no grade, keep the first choices", () => {
    const man = readVignette(NEURO);
    man.patient.sex = "male";
    delete man.conditions.peripheralNeuropathy;
    const m = assess(man);
    expect(strengths(m)["ndmm.te.d-vrd"]).toBe("preferred");
    expect(strengths(m)["ndmm.te.d-vtd"]).toBe("standard");
    expect(asked(m)).not.toContain("conditions.neuropathyGrade");
    const no = structuredClone(man);
    no.conditions.peripheralNeuropathy = false;
    expect(strengths(assess(no))).toEqual(strengths(m));
  });
});

describe("c74-U2: pregnancy recorded", () => {
  it("a critical alert, and no option gives lenalidomide, thalidomide or pomalidomide", () => {
    const a = assess(readVignette(PREG));
    const alert = a.alerts.find((x) => x.id === PREG_ALERT);
    expect(alert?.severity).toBe("critical");
    expect(alert?.text).toContain(
      "lenalidomide, thalidomide and pomalidomide are contraindicated in pregnancy",
    );
    expect(alert?.text).toContain("do not weigh pregnancy");
    expect(alert?.text).toContain("obstetric");
    const imid = a.options.filter((o) => o.regimen?.drugs.some((d) => IMIDS.includes(d)));
    expect(imid.map((o) => o.id)).toEqual([]);
  });

  it("on lenalidomide maintenance: its continuation is not offered either, the alert is raised", () => {
    const r = readVignette(PREG);
    r.treatmentHistory = [
      {
        regimen: "R",
        drugs: ["lenalidomide"],
        start: "2026-09-01",
        phase: "maintenance",
      },
    ];
    const a = assess(r);
    expect(a.alerts.some((x) => x.id === PREG_ALERT)).toBe(true);
    expect(a.options.filter((o) => o.regimen?.drugs.some((d) => IMIDS.includes(d))).map((o) => o.id)).toEqual(
      [],
    );
  });

  it("the handout says some medicines cannot be used during pregnancy (EN, ES)", () => {
    const a = assess(readVignette(PREG));
    for (const w of [EN, ES]) {
      expect(flat(renderHandout(a, "text", w))).toContain(w.pregnancyImid);
      expect(w.pregnancyImid.toLowerCase()).not.toMatch(/\bsafe|segur/);
    }
  });

  it("pregnancy Conditions (ICD-10-CM Z33.1, SNOMED CT 77386006) are read on import, and the field round-trips", () => {
    const imp = viaEhr(
      PREG,
      "pregnancy",
      condition("con-30", "http://hl7.org/fhir/sid/icd-10-cm", "Z33.1", "Pregnant state, incidental"),
      condition("con-31", "http://snomed.info/sct", "77386006", "Pregnancy"),
    );
    expect(imp.record.conditions?.pregnancy).toBe(true);
    expect(imp.warnings.map((w) => w.message).join(" ")).not.toContain("Z33.1");
    expect(assess(imp.record).alerts.some((x) => x.id === PREG_ALERT)).toBe(true);
    const back = bundleToRecord(recordToBundle(readVignette(PREG)), { asOf: "2026-12-01" }).record;
    expect(back.conditions?.pregnancy).toBe(true);
  });

  it("a code the navigator does not read is named with its display text", () => {
    const imp = viaEhr(
      PREG,
      "pregnancy",
      condition(
        "con-40",
        "http://hl7.org/fhir/sid/icd-10-cm",
        "J45.909",
        "Unspecified asthma, uncomplicated",
      ),
    );
    const w = imp.warnings.find((x) => x.message.includes("J45.909"));
    expect(w?.message).toContain("Unspecified asthma, uncomplicated");
  });

  it("controls: pregnancy false, or not recorded, keeps the lenalidomide regimens", () => {
    const no = readVignette(PREG);
    no.conditions.pregnancy = false;
    const none = readVignette(PREG);
    delete none.conditions.pregnancy;
    const a = assess(no);
    expect(strengths(a)).toEqual(strengths(assess(none)));
    expect(strengths(a)["ndmm.te.d-vrd"]).toBe("preferred");
    expect(a.alerts.some((x) => x.id === PREG_ALERT)).toBe(false);
  });
});

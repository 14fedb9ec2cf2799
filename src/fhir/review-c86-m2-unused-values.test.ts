/** Review c86-M2 (MISLEADING): a FHIR Bundle's serum calcium of 3.2 "mg/dL" (the patient's 3.2 mmol/L, hypercalcaemia)
 * was dropped as implausible with an import warning only; the Assessment then read "serum calcium not measured" and
 * leaned to smouldering myeloma, as if nothing had been sent. A value sent and not used is now carried in the record
 * (`unusedValues`) and read by the engine: the criterion that reads the field is not known with words saying what was
 * sent, no lean is named while a CRAB or SLiM field has one, and alert.unused-value names the field (clinician text,
 * CDS card, handout in EN and ES). A used value dated after it makes it moot; no entry reads as before. */
import { describe, expect, it } from "vitest";
import { assess } from "../engine/assess.js";
import type { Assessment } from "../engine/assessment.js";
import type { PatientRecord } from "../model/record.js";
import { renderClinicianSummary } from "../render/clinician.js";
import { renderHandout } from "../render/handout.js";
import { renderPatientSummary } from "../render/patient.js";
import { EN } from "../render/words/en.js";
import { ES } from "../render/words/es.js";
import { assessAllWaysAgree } from "../testing/agreement.js";
import { readVignette } from "../testing/example-records.js";
import { bundleToRecord } from "./bundle-to-record.js";
import { assessmentToCards } from "./cards.js";
import { recordToBundle } from "./record-to-bundle.js";

const ASOF = "2026-12-01";
const VIGNETTE = "review-c86-m2-smm-look-calcium-not-recorded";
const flat = (s: string) => s.replace(/\s+/g, " ");
/** Whether `text` says `words` (a sentence may begin with them, capitalised). */
const says = (text: string | undefined, words: string) =>
  flat(text ?? "")
    .toLowerCase()
    .includes(words.toLowerCase());
const SENT_WORDS =
  "a calcium of 3.2 mg/dL was sent on 2026-11-20 and not used (implausible in mg/dL: was it mmol/L?)";

type Entry = { resource: Record<string, unknown> };
const observation = (id: string, loinc: string, date: string, extra: Record<string, unknown>): Entry => ({
  resource: {
    resourceType: "Observation",
    id,
    status: "final",
    code: { coding: [{ system: "http://loinc.org", code: loinc }] },
    subject: { reference: `Patient/${VIGNETTE}` },
    effectiveDateTime: date,
    ...extra,
  },
});
const quantity = (value: number, unit: string, more: Record<string, unknown> = {}) => ({
  valueQuantity: { value, unit, system: "http://unitsofmeasure.org", code: unit, ...more },
});
/** The vignette as a Bundle, with more Observations. */
function bundleWith(...more: Entry[]) {
  const b = recordToBundle(readVignette(VIGNETTE)) as unknown as { entry: Entry[] };
  const patient = b.entry.find((e) => e.resource.resourceType === "Patient");
  const subject = { reference: `Patient/${String(patient?.resource.id)}` };
  return { ...b, entry: [...b.entry, ...more.map((e) => ({ resource: { ...e.resource, subject } }))] };
}
const CALCIUM_3_2 = observation("ca-3-2", "17861-6", "2026-11-20", quantity(3.2, "mg/dL"));
function imported(...more: Entry[]) {
  return bundleToRecord(bundleWith(...more), { asOf: ASOF });
}
const fromFhir = (...more: Entry[]) => assess(imported(...more).record, { defaultAsOf: ASOF });
/** The vignette as a JSON record with values sent and not used. */
function withUnused(
  unusedValues: NonNullable<PatientRecord["unusedValues"]>,
  change: (r: PatientRecord) => void = () => {},
) {
  const r = readVignette(VIGNETTE) as PatientRecord;
  r.unusedValues = unusedValues;
  change(r);
  return assessAllWaysAgree(r);
}
const CALCIUM_SENT = {
  field: "labs.calcium",
  reason: "implausible",
  date: "2026-11-20",
  value: 3.2,
  unit: "mg/dL",
} as const;
const criterion = (a: Assessment, id: string) => a.diagnosis.criteria.find((c) => c.id === id);
const alert = (a: Assessment) => a.alerts.find((x) => x.id === "alert.unused-value");

describe("c86-M2: control, a calcium not sent at all reads as before", () => {
  it("the vignette (no calcium) leans to smouldering myeloma with 'serum calcium not measured', no alert", () => {
    const a = assessAllWaysAgree(readVignette(VIGNETTE));
    expect(a.diagnosis.category).toBe("indeterminate");
    expect(a.diagnosis.likely).toBe("smoldering-myeloma");
    expect(criterion(a, "imwg2014.crab.calcium")?.because).toBe("serum calcium not measured");
    expect(alert(a)).toBeUndefined();
  });
});

describe("c86-M2: a calcium of 3.2 mg/dL sent in a FHIR Bundle", () => {
  it("the import keeps its warning and carries the value in the record's unusedValues", () => {
    const { record, warnings } = imported(CALCIUM_3_2);
    expect(record.labs?.calcium).toBeUndefined();
    expect(
      warnings.some((w) => w.resource === "Observation/ca-3-2" && /not a plausible value/.test(w.message)),
    ).toBe(true);
    expect(record.unusedValues).toEqual([CALCIUM_SENT]);
  });

  it("the category is undecided with no lean, the calcium criterion unknown with the words, the alert raised", () => {
    const a = fromFhir(CALCIUM_3_2);
    expect(a.diagnosis.category).toBe("indeterminate");
    expect(a.diagnosis.likely).toBeNull();
    const ca = criterion(a, "imwg2014.crab.calcium");
    expect(ca?.status).toBe("unknown");
    expect(flat(ca?.because ?? "")).toContain(SENT_WORDS);
    expect(ca?.because).not.toMatch(/not measured/);
    expect(a.missingData.find((m) => m.field === "labs.calcium")?.neededFor).toMatch(
      /^CRAB hypercalcaemia: a calcium of 3\.2 mg\/dL was sent on 2026-11-20 and not used .*: check the value sent/,
    );
    expect(a.diagnosis.couldChangeWith.join(" ")).toContain(SENT_WORDS);
    expect(a.alerts.map((x) => x.id)).toContain("pathway.deciding-test-first");
    expect(alert(a)?.severity).toBe("warning");
    expect(says(alert(a)?.text, SENT_WORDS)).toBe(true);
    // No smouldering myeloma option is offered as if the calcium were normal.
    expect(a.options.filter((o) => o.provisional)).toEqual([]);
  });

  it("the JSON record with the same unusedValues gives the same assessment", () => {
    const fhir = fromFhir(CALCIUM_3_2);
    const json = withUnused([CALCIUM_SENT]);
    expect(json.diagnosis).toEqual({ ...fhir.diagnosis });
    expect(json.alerts).toEqual(fhir.alerts);
    expect(json.missingData).toEqual(fhir.missingData);
    expect(json.options.map((o) => o.id)).toEqual(fhir.options.map((o) => o.id));
  });

  it("the clinician text and the CDS Hooks cards show the alert", () => {
    const a = fromFhir(CALCIUM_3_2);
    expect(says(renderClinicianSummary(a, "text"), SENT_WORDS)).toBe(true);
    const cards = assessmentToCards(a, { appBaseUrl: "https://x.example", patientId: "p1", seed: "s" });
    const card = cards.find((c) => /calcium/.test(c.summary) && /not used/.test(c.summary));
    expect(card?.indicator).toBe("warning");
    expect(says(card?.detail, SENT_WORDS)).toBe(true);
  });

  it("the handout and the patient summary say a result could not be read (EN, ES), never that it was not done", () => {
    const a = fromFhir(CALCIUM_3_2);
    for (const [w, said] of [
      [EN, /could not be used/],
      [ES, /no se pudo usar/],
    ] as const) {
      for (const page of [renderHandout(a, "text", w), renderPatientSummary(a, "text", w)]) {
        const text = flat(page);
        expect(text).toMatch(said);
        expect(text).toContain(w.glossary.field["labs.calcium"]);
        expect(text).not.toMatch(
          /calcium[^.]*(not done|was not in the record)|calcio[^.]*(no se hizo|no estaba)/i,
        );
      }
    }
  });
});

describe("c86-M2: a used value dated after the one not used makes it moot", () => {
  const CALCIUM_9_4 = observation("ca-9-4", "17861-6", "2026-11-25", quantity(9.4, "mg/dL"));

  it("FHIR: a calcium of 9.4 mg/dL five days later decides the item; no alert, the lean as with a normal calcium", () => {
    const a = fromFhir(CALCIUM_3_2, CALCIUM_9_4);
    expect(criterion(a, "imwg2014.crab.calcium")?.status).toBe("not-met");
    expect(alert(a)).toBeUndefined();
    // The MRI (SLiM) is not recorded: undecided, leaning to smouldering myeloma as with any normal calcium.
    expect(a.diagnosis.likely).toBe("smoldering-myeloma");
  });

  it("JSON: the same with labs.calcium dated after the entry; an older used calcium does not make it moot", () => {
    const newer = withUnused([CALCIUM_SENT], (r) => {
      r.labs = { ...r.labs, calcium: { value: 9.4, unit: "mg/dL", date: "2026-11-25" } };
    });
    expect(newer.diagnosis.likely).toBe("smoldering-myeloma");
    expect(alert(newer)).toBeUndefined();
    const older = withUnused([CALCIUM_SENT], (r) => {
      r.labs = { ...r.labs, calcium: { value: 9.4, unit: "mg/dL", date: "2026-10-01" } };
    });
    expect(criterion(older, "imwg2014.crab.calcium")?.status).toBe("unknown");
    expect(flat(criterion(older, "imwg2014.crab.calcium")?.because ?? "")).toContain(SENT_WORDS);
    expect(older.diagnosis.likely).toBeNull();
    expect(alert(older)).toBeDefined();
  });
});

describe("c86-M2: the import's other reasons, and the other CRAB and SLiM fields", () => {
  it.each([
    [
      "a bound",
      observation("ca-lt", "17861-6", "2026-11-20", quantity(14, "mg/dL", { comparator: ">" })),
      {
        field: "labs.calcium",
        reason: "comparator",
        date: "2026-11-20",
        value: 14,
        unit: "mg/dL",
        comparator: ">",
      },
    ],
    [
      "a preliminary result",
      {
        resource: {
          ...observation("ca-p", "17861-6", "2026-11-20", quantity(12.9, "mg/dL")).resource,
          status: "preliminary",
        },
      },
      { field: "labs.calcium", reason: "preliminary", date: "2026-11-20", value: 12.9, unit: "mg/dL" },
    ],
    [
      "a number without a unit",
      observation("ca-nu", "17861-6", "2026-11-20", { valueQuantity: { value: 3.2 } }),
      { field: "labs.calcium", reason: "no-unit", date: "2026-11-20", value: 3.2 },
    ],
    [
      "a unit the field does not take",
      observation("cr-u", "2160-0", "2026-11-20", quantity(2.4, "g")),
      { field: "labs.creatinine", reason: "unit-refused", date: "2026-11-20", value: 2.4, unit: "g" },
    ],
  ] as const)("%s is carried with its reason", (_name, entry, expected) => {
    const { record } = imported(entry as Entry);
    expect(record.unusedValues).toEqual([expected]);
  });

  it.each([
    ["labs.creatinine", "imwg2014.crab.renal", "creatinine"],
    ["labs.hemoglobin", "imwg2014.crab.anaemia", "haemoglobin"],
    ["labs.involvedFreeLightChain", "imwg2014.slim.flc-ratio", "involved free light chain"],
  ] as const)("%s sent and not used leaves %s unknown, with no lean", (field, id, words) => {
    const a = withUnused([{ field, reason: "implausible", date: "2026-11-22", value: 9999, unit: "mg/dL" }]);
    const c = criterion(a, id);
    expect(c?.status).toBe("unknown");
    expect(flat(c?.because ?? "")).toMatch(
      new RegExp(`an? ${words} of 9999 mg/dL was sent on 2026-11-22 and not used`),
    );
    expect(a.diagnosis.likely).toBeNull();
    expect(alert(a)).toBeDefined();
  });

  it("marrow plasma cells sent and not used leave the SLiM marrow criterion unknown", () => {
    const a = withUnused([
      {
        field: "marrow.clonalPlasmaCellPercent",
        reason: "comparator",
        date: "2026-11-22",
        value: 60,
        comparator: ">",
      },
    ]);
    const c = criterion(a, "imwg2014.slim.marrow-60");
    expect(c?.status).toBe("unknown");
    expect(flat(c?.because ?? "")).toContain(
      "a clonal marrow plasma cell percentage of > 60 was sent on 2026-11-22 and not used (a bound, not a value)",
    );
    expect(a.diagnosis.likely).toBeNull();
  });

  it("a field no criterion reads (NT-proBNP) raises the alert only: the lean stays", () => {
    const a = withUnused([{ field: "labs.ntProBnp", reason: "no-unit", date: "2026-11-22", value: 300 }]);
    expect(a.diagnosis.likely).toBe("smoldering-myeloma");
    expect(says(alert(a)?.text, "an NT-proBNP of 300 was sent on 2026-11-22 and not used")).toBe(true);
  });
});

/** PatientRecord -> FHIR R4 Bundle (collection): the inverse of bundleToRecord, for export and tests.
 * Standard codes where a confirmed one exists (LOINC, RxNorm; SNOMED CT Conditions for conditions that
 * are present), the project-local code system for the rest, and an extension for what FHIR cannot say
 * about a line of therapy. */
import {
  LAB_QUANTITY_FIELDS,
  type LabQuantityField,
  type PatientRecord,
  type Quantity,
} from "../model/record.js";
import { ucumOf } from "../model/units.js";
import {
  ASCT_PROCEDURE,
  drugByName,
  type LoincEntry,
  loincFor,
  loincForLab,
  loincForRecordField,
  SYSTEM,
  snomedValue,
} from "./codes.js";
import {
  CODED_CONDITION_FLAGS,
  type ConditionFieldCode,
  type ConditionFieldTarget,
  exportedConditionCode,
} from "./condition-field-codes.js";
import {
  HISTORY_TAG,
  isProcedureEntry,
  LOCAL_FIELDS,
  RECORD_ID_SYSTEM,
  TREATMENT_LINE_EXTENSION,
} from "./record-fields.js";
import type { Bundle, BundleEntry, Coding, Extension, Resource } from "./types.js";
import { isRecord, stableUuid } from "./types.js";

const FHIR_ID = /^[A-Za-z0-9\-.]{1,64}$/;
const OBS_CATEGORY = "http://terminology.hl7.org/CodeSystem/observation-category";
const CONDITION_CLINICAL = "http://terminology.hl7.org/CodeSystem/condition-clinical";
const CONDITION_VERIFICATION = "http://terminology.hl7.org/CodeSystem/condition-ver-status";
const CONDITION_CATEGORY = "http://terminology.hl7.org/CodeSystem/condition-category";
/** A unit system that is not UCUM, for a value sent with such a unit and not used (fix-stale Finding 2). */
const NOT_UCUM_SYSTEM = "urn:mmnav:unit-not-ucum";
/** FHIR R4 data-absent-reason "error", for a value sent with a reason it is absent and not used (fix-stale Finding 2). */
const DATA_ABSENT_ERROR = {
  coding: [{ system: "http://terminology.hl7.org/CodeSystem/data-absent-reason", code: "error" }],
};

/** The condition a record field says is present, when a standard code for it was confirmed: a flag
 * that is true, or a peripheral neuropathy of grade 1 or more (its grade stays in the local code). */
function presentCondition(path: string, value: unknown): ConditionFieldCode | undefined {
  if (path === "conditions.neuropathyGrade")
    return typeof value === "number" && value >= 1
      ? exportedConditionCode("peripheralNeuropathy")
      : undefined;
  const flag = path.replace(/^conditions\./, "");
  if (value !== true || !(CODED_CONDITION_FLAGS as readonly string[]).includes(flag)) return undefined;
  return exportedConditionCode(flag as ConditionFieldTarget);
}

function known<T>(v: T | "unknown" | null | undefined): T | undefined {
  return v === undefined || v === null || v === "unknown" ? undefined : v;
}

/** A birth date that gives exactly `age` whole years on `asOf` (the same day and month, age years before). */
export function birthDateFor(age: number, asOf: string): string {
  const [y, m, d] = asOf.split("-") as [string, string, string];
  const year = Number(y) - Math.floor(age);
  const leap = (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
  const day = m === "02" && d === "29" && !leap ? "28" : d;
  return `${String(year).padStart(4, "0")}-${m}-${day}`;
}

function getPath(obj: unknown, path: string): unknown {
  let node: unknown = obj;
  for (const p of path.split(".")) {
    if (!isRecord(node)) return undefined;
    node = node[p];
  }
  return node;
}

/** The category of the CarePlans recordToBundle writes: a CDS Hooks prefetch searches by it, so it
 * reads these and not the patient's other care plans (which carry no treatment-line extension). */
export const TREATMENT_HISTORY_CATEGORY = {
  system: SYSTEM.mmnavRecord,
  code: "treatmentHistory",
  display: "Myeloma Navigator treatment-history entry",
} as const;

/**
 * Writes a PatientRecord as a FHIR R4 collection Bundle. Age becomes Patient.birthDate relative to
 * `asOf` (a fractional age is written as its whole years); Bundle.timestamp carries asOf.
 *
 * @example
 * const bundle = recordToBundle({ asOf: "2026-11-26", patient: { age: 67, sex: "female" } });
 */
/** The FHIR R4 AllergyIntolerance status code systems. */
const ALLERGY_CLINICAL = "http://terminology.hl7.org/CodeSystem/allergyintolerance-clinical";
const ALLERGY_VERIFICATION = "http://terminology.hl7.org/CodeSystem/allergyintolerance-verification";

export function recordToBundle(record: PatientRecord): Bundle {
  const seed = record.id ?? JSON.stringify(record).slice(0, 200);
  const entries: BundleEntry[] = [];
  let n = 0;
  const add = (resource: Resource): string => {
    n += 1;
    const fullUrl = `urn:uuid:${stableUuid(`${seed}#${n}`)}`;
    entries.push({ fullUrl, resource });
    return fullUrl;
  };

  const patient: Resource = { resourceType: "Patient" };
  if (record.id !== undefined) {
    if (FHIR_ID.test(record.id)) patient.id = record.id;
    patient.identifier = [{ system: RECORD_ID_SYSTEM, value: record.id }];
  }
  const p = record.patient ?? {};
  const sex = known(p.sex);
  if (sex) patient.gender = sex;
  const age = known(p.age);
  if (age !== undefined && record.asOf) patient.birthDate = birthDateFor(age, record.asOf);
  const subjectUrl = add(patient);
  const subject = { reference: subjectUrl };

  let obsN = 0;
  const observation = (
    code: Coding,
    value: Record<string, unknown>,
    date: string | undefined,
    category: "laboratory" | "vital-signs" | "exam" | null,
    historyOnly = false,
  ) => {
    obsN += 1;
    const r: Resource = {
      resourceType: "Observation",
      id: `obs-${obsN}`,
      ...(historyOnly ? { meta: { tag: [{ ...HISTORY_TAG }] } } : {}),
      status: "final",
      ...(category ? { category: [{ coding: [{ system: OBS_CATEGORY, code: category }] }] } : {}),
      code: { coding: [code], ...(code.display ? { text: code.display } : {}) },
      subject,
      ...(date ? { effectiveDateTime: date } : {}),
      ...value,
    };
    add(r);
  };
  const quantity = (value: number, unit: string) => ({
    value,
    unit,
    system: SYSTEM.ucum,
    code: ucumOf(unit),
  });
  const loincCoding = (e: LoincEntry): Coding => ({ system: SYSTEM.loinc, code: e.code, display: e.display });
  const localCoding = (path: string): Coding => ({ system: SYSTEM.mmnavRecord, code: path, display: path });

  const labs = record.labs ?? {};
  const lightChain = known(labs.lightChain);
  const labCoding = (field: LabQuantityField, method: Quantity["method"] | undefined): Coding => {
    if (field === "involvedFreeLightChain" || field === "uninvolvedFreeLightChain") {
      if (!lightChain) return localCoding(`labs.${field}`);
      const involved = field === "involvedFreeLightChain";
      const chain = (lightChain === "kappa") === involved ? "kappa" : "lambda";
      return loincCoding(loincFor(`freeLightChain-${chain}`));
    }
    // Troponin T without a stated assay stays local: the LOINC codes name the assay.
    if (field === "troponinT" && !method) return localCoding("labs.troponinT");
    const e = loincForLab(field, method ?? null);
    return e ? loincCoding(e) : localCoding(`labs.${field}`);
  };

  for (const field of LAB_QUANTITY_FIELDS) {
    const q = known(labs[field]);
    const series = record.series?.[field] ?? [];
    const coding = labCoding(field, q?.method);
    if (q) {
      const range: Record<string, unknown> = {};
      if (q.upperLimitOfNormal !== undefined) range.high = quantity(q.upperLimitOfNormal, q.unit);
      if (q.lowerLimitOfNormal !== undefined) range.low = quantity(q.lowerLimitOfNormal, q.unit);
      observation(
        coding,
        {
          valueQuantity: quantity(q.value, q.unit),
          ...(Object.keys(range).length > 0 ? { referenceRange: [range] } : {}),
        },
        q.date,
        "laboratory",
      );
    }
    for (const pt of series) {
      if (q?.date === pt.date && q.value === pt.value && ucumOf(q.unit) === ucumOf(pt.unit)) continue;
      observation(
        labCoding(field, q?.method),
        { valueQuantity: quantity(pt.value, pt.unit) },
        pt.date,
        "laboratory",
        // Without a current value, or beside an undated one (the importer never reads an undated value as newer than
        // a dated one, review c56 UNSAFE-1: the record's own undated current value stays the current one).
        !q || q.date === undefined,
      );
    }
  }

  const marrow = record.marrow ?? {};
  const pc = known(marrow.clonalPlasmaCellPercent);
  if (pc !== undefined) {
    observation(
      loincCoding(loincFor("marrowPlasmaCells")),
      { valueQuantity: quantity(pc, "%") },
      marrow.date,
      "laboratory",
    );
  }
  for (const pt of record.series?.clonalPlasmaCellPercent ?? []) {
    if (pt.date === marrow.date && pt.value === pc) continue;
    observation(
      loincCoding(loincFor("marrowPlasmaCells")),
      { valueQuantity: quantity(pt.value, "%") },
      pt.date,
      "laboratory",
      pc === undefined || marrow.date === undefined,
    );
  }

  const sectionDate = (section: string): string | undefined => {
    const d = getPath(record, `${section}.date`);
    return typeof d === "string" ? d : undefined;
  };
  let condN = 0;
  const condition = (e: ConditionFieldCode) => {
    condN += 1;
    add({
      resourceType: "Condition",
      id: `cond-${condN}`,
      clinicalStatus: { coding: [{ system: CONDITION_CLINICAL, code: "active" }] },
      verificationStatus: { coding: [{ system: CONDITION_VERIFICATION, code: "confirmed" }] },
      category: [{ coding: [{ system: CONDITION_CATEGORY, code: "problem-list-item" }] }],
      code: { coding: [{ system: e.system, code: e.code, display: e.display }], text: e.display },
      subject,
    });
  };

  for (const f of LOCAL_FIELDS) {
    const v = known(getPath(record, f.path) as unknown);
    if (v === undefined) continue;
    const present = presentCondition(f.path, v);
    if (present) {
      condition(present);
      // A flag is said whole by the Condition; a neuropathy grade is not, so it is written too.
      if (f.path !== "conditions.neuropathyGrade") continue;
    }
    const date =
      f.section === "imaging" || f.section === "marrow" || f.section === "cytogenetics"
        ? sectionDate(f.section)
        : undefined;
    const standard = loincForRecordField(f.path);
    const coding = standard ? loincCoding(standard) : localCoding(f.path);
    switch (f.value.type) {
      case "boolean":
        observation(coding, { valueBoolean: v }, date, null);
        break;
      case "integer":
        observation(coding, { valueInteger: v }, date, null);
        break;
      case "enum":
        {
          // A standard-coded word is written as an EHR codes it (SNOMED CT: a serology result, a NYHA class);
          // others, and a word SNOMED CT has no code for, as the word.
          const sct = standard && typeof v === "string" ? snomedValue(f.path, v) : null;
          if (sct)
            observation(
              coding,
              { valueCodeableConcept: { coding: [{ system: SYSTEM.snomed, ...sct }], text: v } },
              date,
              null,
            );
          else observation(coding, { valueString: v }, date, null);
        }
        break;
      case "quantity":
        observation(coding, { valueQuantity: quantity(v as number, f.value.unit) }, date, null);
        break;
      case "enumList": {
        const list = Array.isArray(v) ? (v as string[]) : [];
        for (const item of list.length > 0 ? list : ["none"])
          observation(coding, { valueString: item }, date, null);
        break;
      }
    }
    if (f.series) {
      // History only beside the current value, which is undated here (labs carry no date): the importer never
      // reads an undated value as newer than a dated one (review c56 UNSAFE-1).
      for (const pt of record.series?.[f.series] ?? []) {
        observation(coding, { valueString: pt.result }, pt.date, null, date === undefined);
      }
    }
  }
  // Immunofixation history without a current value.
  for (const key of ["serumImmunofixation", "urineImmunofixation"] as const) {
    if (known(labs[key]) !== undefined) continue;
    for (const pt of record.series?.[key] ?? []) {
      observation(localCoding(`labs.${key}`), { valueString: pt.result }, pt.date, null, true);
    }
  }

  // MRD results (series.mrd; treatments.md 10: "store MRD results (method, sensitivity, date)"). No LOINC code
  // in criteria-and-scores 10.1 names an MRD result (93021-4 counts abnormal plasma cells by flow, a
  // percentage), so the project-local code: the result as a word, the method in Observation.method, the
  // sensitivity (a fraction of nucleated cells) as a component. marrow.mrd stays its own local Observation.
  for (const pt of record.series?.mrd ?? []) {
    observation(
      localCoding("series.mrd"),
      {
        valueString: pt.result,
        ...(pt.method ? { method: { text: pt.method } } : {}),
        ...(pt.sensitivity !== undefined
          ? {
              component: [
                {
                  code: { coding: [localCoding("series.mrd.sensitivity")] },
                  valueQuantity: { value: pt.sensitivity, unit: "1", system: SYSTEM.ucum, code: "1" },
                },
              ],
            }
          : {}),
      },
      pt.date,
      "laboratory",
    );
  }

  for (const kind of ["weight", "height"] as const) {
    const q = known(p[kind]);
    if (q)
      observation(
        loincCoding(loincFor(kind)),
        { valueQuantity: quantity(q.value, q.unit) },
        q.date,
        "vital-signs",
      );
  }

  // Task fix-stale Finding 2: the values sent and not used (review c86-M2), each as an Observation of its field that the
  // import refuses for the same reason (bundle-to-record.ts readQuantity and its preliminary status), so that it reads
  // them back into unusedValues and never as a used value. A "data-absent-reason" entry without a value cannot be sent
  // so (a dataAbsentReason alone is read as not measured): it is sent with its reason only. The marrow percentage is
  // read in "%" only (the import gives its bound or implausible value the unit "%"), and its reading checks neither the
  // unit system nor a dataAbsentReason: those two of the marrow are sent without a unit, read back as "no-unit" (never
  // as a used value).
  for (const sentValue of record.unusedValues ?? []) {
    const marrowField = sentValue.field === "marrow.clonalPlasmaCellPercent";
    const u =
      marrowField && (sentValue.reason === "data-absent-reason" || sentValue.reason === "unit-not-ucum")
        ? { ...sentValue, reason: "no-unit" as const }
        : marrowField && sentValue.unit === undefined && sentValue.value !== undefined
          ? { ...sentValue, unit: "%" }
          : sentValue;
    const coding =
      u.field === "marrow.clonalPlasmaCellPercent"
        ? loincCoding(loincFor("marrowPlasmaCells"))
        : u.field === "patient.weight" || u.field === "patient.height"
          ? loincCoding(loincFor(u.field === "patient.weight" ? "weight" : "height"))
          : labCoding(
              u.field.slice(5) as LabQuantityField,
              known(labs[u.field.slice(5) as LabQuantityField])?.method,
            );
    const system =
      u.reason === "no-unit" ? undefined : u.reason === "unit-not-ucum" ? NOT_UCUM_SYSTEM : SYSTEM.ucum;
    const q: Record<string, unknown> = {
      ...(u.value === undefined ? {} : { value: u.value }),
      ...(u.comparator === undefined ? {} : { comparator: u.comparator }),
      ...(u.unit === undefined || u.reason === "no-unit"
        ? {}
        : {
            unit: u.unit,
            ...(system === undefined ? {} : { system }),
            ...(system === SYSTEM.ucum ? { code: u.unit } : {}),
          }),
    };
    obsN += 1;
    add({
      resourceType: "Observation",
      id: `obs-${obsN}`,
      status: u.reason === "preliminary" ? "preliminary" : "final",
      category: [
        {
          coding: [
            {
              system: OBS_CATEGORY,
              code: u.field.startsWith("patient.") ? "vital-signs" : "laboratory",
            },
          ],
        },
      ],
      code: { coding: [coding], ...(coding.display ? { text: coding.display } : {}) },
      subject,
      ...(u.date === undefined ? {} : { effectiveDateTime: u.date }),
      ...(Object.keys(q).length === 0 || (u.reason === "no-value" && u.unit === undefined)
        ? {}
        : { valueQuantity: q }),
      ...(u.reason === "data-absent-reason" ? { dataAbsentReason: DATA_ABSENT_ERROR } : {}),
    });
  }

  (record.treatmentHistory ?? []).forEach((line, i) => {
    const sub: Extension[] = [
      { url: "group", valueString: `line-${i + 1}` },
      { url: "regimen", valueString: line.regimen },
    ];
    const br = known(line.bestResponse);
    if (br) sub.push({ url: "bestResponse", valueCode: br });
    const po = known(line.progressedOn);
    if (po !== undefined) sub.push({ url: "progressedOn", valueBoolean: po });
    if (line.progressionDate) sub.push({ url: "progressionDate", valueDate: line.progressionDate });
    if (line.phase) sub.push({ url: "phase", valueCode: line.phase });
    if (line.plannedWithPrevious !== undefined)
      sub.push({ url: "plannedWithPrevious", valueBoolean: line.plannedWithPrevious });
    if (line.stopReason) sub.push({ url: "stopReason", valueCode: line.stopReason });
    if (line.setting) sub.push({ url: "setting", valueCode: line.setting });
    if (line.cycles !== undefined) sub.push({ url: "cycles", valueInteger: line.cycles });
    // Re-check c72-m1: "not a transplant" recorded travels too (a transplant itself is its Procedure, below).
    if (line.asct === false) sub.push({ url: "asct", valueBoolean: false });
    const ext: Extension = { url: TREATMENT_LINE_EXTENSION, extension: sub };
    const period = { start: line.start, ...(line.end ? { end: line.end } : {}) };
    line.drugs.forEach((drug, j) => {
      const known = drugByName(drug);
      add({
        resourceType: "MedicationStatement",
        id: `med-${i + 1}-${j + 1}`,
        extension: [ext],
        status: line.end ? "completed" : "active",
        medicationCodeableConcept: {
          ...(known?.rxcui
            ? { coding: [{ system: SYSTEM.rxnorm, code: known.rxcui, display: known.generic }] }
            : {}),
          text: drug,
        },
        subject,
        effectivePeriod: period,
      });
    });
    if (line.asct) {
      add({
        resourceType: "Procedure",
        id: `asct-${i + 1}`,
        extension: [ext],
        status: "completed",
        code: { coding: [{ ...ASCT_PROCEDURE }], text: ASCT_PROCEDURE.display },
        subject,
        // A transplant that is the whole entry keeps the entry's own dates (an open period: no end yet).
        ...(line.end || line.drugs.length === 0
          ? { performedPeriod: period }
          : { performedDateTime: line.start }),
      });
    } else if (line.drugs.length === 0) {
      // No drug and no transplant: a procedure (radiotherapy, surgery, another transplant) or a period of
      // observation. Neither the clinical reference (section 10) nor FHIR R4 gives a code for these, so
      // the regimen is written as text; the line extension carries the entry whole.
      add(
        isProcedureEntry(line.regimen)
          ? {
              resourceType: "Procedure",
              id: `proc-${i + 1}`,
              extension: [ext],
              status: line.end ? "completed" : "in-progress",
              code: { text: line.regimen },
              subject,
              performedPeriod: period,
            }
          : {
              resourceType: "CarePlan",
              id: `plan-${i + 1}`,
              extension: [ext],
              // Says the plan is the navigator's (a CDS Hooks prefetch asks for these by category).
              category: [{ coding: [{ ...TREATMENT_HISTORY_CATEGORY }] }],
              status: line.end ? "completed" : "active",
              intent: "plan",
              title: line.regimen,
              description: "No anti-myeloma drug or transplant in this period (observation)",
              subject,
              period,
            },
      );
    }
  });

  // Review c74-M3: each allergy as an active, confirmed AllergyIntolerance (FHIR R4), its drug coded by RxNorm when the
  // drug table has the code; the substance as recorded is the code's text (bundleToRecord reads it back).
  (record.allergies ?? []).forEach((x, i) => {
    const known = drugByName(x.substance);
    add({
      resourceType: "AllergyIntolerance",
      id: `allergy-${i + 1}`,
      clinicalStatus: { coding: [{ system: ALLERGY_CLINICAL, code: "active" }] },
      verificationStatus: { coding: [{ system: ALLERGY_VERIFICATION, code: "confirmed" }] },
      type: "allergy",
      category: ["medication"],
      ...(x.criticality ? { criticality: x.criticality } : {}),
      code: {
        ...(known?.rxcui
          ? { coding: [{ system: SYSTEM.rxnorm, code: known.rxcui, display: known.generic }] }
          : {}),
        text: x.substance,
      },
      patient: subject,
      ...(x.date ? { recordedDate: x.date } : {}),
      ...(x.reaction ? { reaction: [{ manifestation: [{ text: x.reaction }] }] } : {}),
    });
  });

  return {
    resourceType: "Bundle",
    type: "collection",
    ...(record.asOf ? { timestamp: `${record.asOf}T00:00:00Z` } : {}),
    entry: entries,
  };
}

/** Matches stored studies against one assessed patient: each study fits, or does not (with the
 * criterion it contradicts), and says which criteria could not be checked and which free-text lines
 * were not read. Pure: the caller passes the studies, the record and its assessment. */
import type { Assessment } from "../engine/assessment.js";
import type { PatientRecord } from "../model/record.js";
import { type CriterionLine, type Requirement, readLine, splitCriteria } from "./criteria-text.js";
import { lastUpdateOf, registryUrl, type Study, titleOf } from "./study.js";
import {
  type DiseaseState,
  parseAge,
  studyDiseaseState,
  studyDiseases,
  studyTransplantSetting,
  type TrialDisease,
} from "./study-facts.js";

export const TRIAL_CRITERIA = [
  "condition",
  "disease-state",
  "age-min",
  "age-max",
  "sex",
  "transplant",
  "prior-lines",
  "lenalidomide-refractory",
  "triple-class",
  "no-prior-bcma",
  "no-prior-gprc5d",
  "no-prior-myeloma-therapy",
  "crcl-min",
] as const;
export type TrialCriterion = (typeof TRIAL_CRITERIA)[number];

type Value = string | number | boolean | string[] | null;

/** One criterion checked: the patient's value against the study's, and where the study says it. */
export interface TrialFinding {
  criterion: TrialCriterion;
  result: "fits" | "contradicts" | "unknown";
  patientValue: Value;
  studyValue: Value;
  /** Where the study states it: a structured field, its titles/conditions, or a criteria line. */
  from: "structured" | "titles-and-conditions" | "criteria-text";
  line?: string;
  /** An assumption the check made (e.g. the formula of a clearance the study does not name). */
  assumed?: string;
}

export interface TrialMatch {
  nctId: string;
  title: string;
  acronym: string | null;
  url: string;
  overallStatus: string;
  lastUpdate: string | null;
  phases: string[];
  /** True when no readable criterion contradicts the patient (eligibility is for the study team). */
  matches: boolean;
  fits: TrialFinding[];
  contradicts: TrialFinding[];
  /** Criteria the study states in a readable way but the patient's record cannot answer. */
  notChecked: TrialFinding[];
  /** Criteria lines no reader could read: shown as written, never guessed. */
  unreadLines: CriterionLine[];
  /** Lines from which a criterion was read (only that criterion: the rest of a line is not checked). */
  readLines: (CriterionLine & { criteria: TrialCriterion[] })[];
}

export interface StoredStudy {
  study: Study;
}

/** The patient facts the matcher reads, from the record and its assessment. */
interface PatientView {
  disease: TrialDisease | null;
  state: DiseaseState | null;
  age: number | null;
  sex: "female" | "male" | null;
  transplantCandidate: string | null;
  priorAsct: boolean;
  priorLines: number;
  anyTreatment: boolean;
  nonSteroidTreatment: boolean;
  lenalidomideRefractory: boolean | null;
  tripleClassExposed: boolean;
  tripleClassRefractory: boolean;
  priorBcma: boolean;
  priorGprc5d: boolean;
  crcl: number | null;
}

const STEROIDS = new Set(["dexamethasone", "prednisone", "prednisolone", "methylprednisolone"]);

function toDisease(category: string): TrialDisease | null {
  if (category === "solitary-plasmacytoma-minimal-marrow") return "solitary-plasmacytoma";
  return (
    (
      ["multiple-myeloma", "smoldering-myeloma", "mgus", "al-amyloidosis", "solitary-plasmacytoma"] as const
    ).find((d) => d === category) ?? null
  );
}

function patientView(record: PatientRecord, a: Assessment): PatientView {
  const lines = a.linesOfTherapy;
  const disease = toDisease(a.diagnosis.category);
  const phase = a.phase?.code;
  // Relapsed: the phase says so, a line progressed, or the IMWG response shows progression on or
  // after the current line (a relapse not yet written into the treatment history).
  const progressed =
    phase === "relapsed" ||
    phase === "refractory" ||
    lines.lines.some((l) => l.progressed === true) ||
    (lines.count > 0 && a.response.progression === true);
  const treatments = record.treatmentHistory ?? [];
  return {
    disease,
    state:
      disease === "multiple-myeloma" || disease === "al-amyloidosis"
        ? progressed
          ? "relapsed-refractory"
          : "newly-diagnosed"
        : null,
    age: typeof record.patient?.age === "number" ? record.patient.age : null,
    sex: record.patient?.sex === "female" || record.patient?.sex === "male" ? record.patient.sex : null,
    transplantCandidate: record.transplant?.candidate ?? null,
    priorAsct: lines.priorAsct,
    priorLines: a.phase?.priorLines ?? lines.priorLines,
    anyTreatment: treatments.length > 0,
    nonSteroidTreatment: treatments.some(
      (t) => (t.drugs ?? []).some((d) => !STEROIDS.has(d.toLowerCase())) || t.asct === true,
    ),
    lenalidomideRefractory: lines.lenalidomideRefractory,
    tripleClassExposed: lines.tripleClassExposed,
    tripleClassRefractory: lines.tripleClassRefractory,
    priorBcma: lines.priorBcmaTherapy,
    priorGprc5d: lines.exposedClasses.includes("gprc5d-directed"),
    crcl: a.kidney.crclCockcroftGault,
  };
}

const finding = (
  criterion: TrialCriterion,
  ok: boolean | null,
  patientValue: Value,
  studyValue: Value,
  from: TrialFinding["from"],
  extra: Partial<TrialFinding> = {},
): TrialFinding => ({
  criterion,
  result: ok === null ? "unknown" : ok ? "fits" : "contradicts",
  patientValue,
  studyValue,
  from,
  ...extra,
});

function structuredFindings(study: Study, p: PatientView): TrialFinding[] {
  const out: TrialFinding[] = [];
  const diseases = studyDiseases(study);
  out.push(
    finding(
      "condition",
      p.disease === null ? null : diseases.includes(p.disease),
      p.disease,
      diseases,
      "titles-and-conditions",
    ),
  );
  const state = studyDiseaseState(study);
  if (
    state !== null &&
    (p.disease === "multiple-myeloma" || p.disease === "al-amyloidosis") &&
    diseases.includes(p.disease)
  )
    out.push(finding("disease-state", p.state === state, p.state, state, "titles-and-conditions"));

  const e = study.protocolSection.eligibilityModule;
  const min = parseAge(e?.minimumAge);
  const max = parseAge(e?.maximumAge);
  if (min !== null)
    out.push(finding("age-min", p.age === null ? null : p.age >= min, p.age, e!.minimumAge!, "structured"));
  if (max !== null)
    out.push(finding("age-max", p.age === null ? null : p.age <= max, p.age, e!.maximumAge!, "structured"));
  if (e?.sex && e.sex !== "ALL")
    out.push(
      finding("sex", p.sex === null ? null : p.sex.toUpperCase() === e.sex, p.sex, e.sex, "structured"),
    );

  const setting = studyTransplantSetting(study);
  if (setting === "transplant-eligible" || setting === "transplant-ineligible") {
    const c = p.transplantCandidate;
    const known = c === "yes" || c === "no";
    const ok = known ? (c === "yes") === (setting === "transplant-eligible") : null;
    out.push(finding("transplant", ok, c, setting, "titles-and-conditions"));
  } else if (setting === "after-transplant") {
    out.push(
      finding(
        "transplant",
        p.priorAsct,
        p.priorAsct ? "after ASCT" : "no ASCT recorded",
        setting,
        "titles-and-conditions",
      ),
    );
  }
  return out;
}

function textFinding(r: Requirement, p: PatientView, line: string): TrialFinding {
  const from = "criteria-text" as const;
  switch (r.criterion) {
    case "prior-lines": {
      const ok = p.priorLines >= r.min && (r.max === null || p.priorLines <= r.max);
      return finding(
        "prior-lines",
        ok,
        p.priorLines,
        r.max === null ? `≥${r.min}` : `${r.min}-${r.max}`,
        from,
        { line },
      );
    }
    case "lenalidomide-refractory":
      return finding(
        "lenalidomide-refractory",
        p.lenalidomideRefractory,
        p.lenalidomideRefractory,
        true,
        from,
        { line },
      );
    case "triple-class": {
      const v = r.required === "refractory" ? p.tripleClassRefractory : p.tripleClassExposed;
      return finding("triple-class", v, v, `triple-class ${r.required}`, from, { line });
    }
    case "no-prior-bcma":
      return finding("no-prior-bcma", !p.priorBcma, p.priorBcma, "no prior BCMA-directed therapy", from, {
        line,
      });
    case "no-prior-gprc5d":
      return finding(
        "no-prior-gprc5d",
        !p.priorGprc5d,
        p.priorGprc5d,
        "no prior GPRC5D-directed therapy",
        from,
        { line },
      );
    case "no-prior-myeloma-therapy": {
      // "Except a short course of corticosteroids": a history of steroids only cannot be judged.
      const ok = !p.anyTreatment ? true : p.nonSteroidTreatment ? false : r.steroidsAllowed ? null : false;
      return finding("no-prior-myeloma-therapy", ok, p.anyTreatment, "no prior myeloma therapy", from, {
        line,
      });
    }
    case "disease-state":
      return finding("disease-state", p.state === null ? null : p.state === r.state, p.state, r.state, from, {
        line,
      });
    case "transplant":
      return finding(
        "transplant",
        p.priorAsct,
        p.priorAsct ? "after ASCT" : "no ASCT recorded",
        r.setting,
        from,
        { line },
      );
    case "crcl-min":
      return finding(
        "crcl-min",
        p.crcl === null ? null : p.crcl >= r.mlPerMin,
        p.crcl === null ? null : Math.round(p.crcl),
        r.mlPerMin,
        from,
        {
          line,
          ...(r.formula === "not named"
            ? { assumed: "Cockcroft-Gault clearance (actual body weight): the study names no formula" }
            : {}),
        },
      );
  }
}

/** Matches one study against the patient. */
export function matchStudy(study: Study, record: PatientRecord, assessment: Assessment): TrialMatch {
  const p = patientView(record, assessment);
  const findings = structuredFindings(study, p);
  const unreadLines: CriterionLine[] = [];
  const readLines: TrialMatch["readLines"] = [];
  for (const line of splitCriteria(study.protocolSection.eligibilityModule?.eligibilityCriteria)) {
    const reqs = readLine(line);
    if (reqs.length === 0) {
      unreadLines.push(line);
      continue;
    }
    readLines.push({ ...line, criteria: reqs.map((r) => r.criterion) });
    for (const r of reqs) findings.push(textFinding(r, p, line.text));
  }
  // A criterion stated both in a title and in a criteria line is one finding (the first kept).
  const seen = new Set<string>();
  const unique = findings.filter((f) => {
    const key = `${f.criterion}|${f.result}|${JSON.stringify(f.studyValue)}`;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
  const id = study.protocolSection.identificationModule;
  const contradicts = unique.filter((f) => f.result === "contradicts");
  return {
    nctId: id.nctId,
    title: titleOf(study),
    acronym: id.acronym ?? null,
    url: registryUrl(id.nctId),
    overallStatus: study.protocolSection.statusModule.overallStatus,
    lastUpdate: lastUpdateOf(study),
    phases: study.protocolSection.designModule?.phases ?? [],
    matches: contradicts.length === 0,
    fits: unique.filter((f) => f.result === "fits"),
    contradicts,
    notChecked: unique.filter((f) => f.result === "unknown"),
    unreadLines,
    readLines,
  };
}

/** Every study matched against the patient: those that fit first, each list by NCT number. */
export function matchTrials(
  studies: readonly Study[],
  record: PatientRecord,
  assessment: Assessment,
): TrialMatch[] {
  return studies
    .map((s) => matchStudy(s, record, assessment))
    .sort((a, b) => Number(b.matches) - Number(a.matches) || a.nctId.localeCompare(b.nctId));
}

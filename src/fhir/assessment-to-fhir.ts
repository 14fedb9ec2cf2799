/** Assessment -> FHIR R4 Bundle: the computed diagnosis (Observation), scores (Observations), the options
 * and what is missing as a RequestGroup whose actions carry their sources as RelatedArtifacts, alerts as
 * DetectedIssues, and import warnings as an OperationOutcome. Every option stays "to discuss". */

import type { Assessment } from "../engine/assessment.js";
import { BIBLIOGRAPHY, isCitationId } from "../model/bibliography/index.js";
import { issBasisWords } from "../render/iss-basis-words.js";
import { CATEGORY_LABEL, OPTION_KIND_LABEL } from "../render/labels.js";
import { fullCitation } from "../render/references.js";
import type { ImportWarning } from "./bundle-to-record.js";
import { CODE_TABLES_VERSION, codesForCategory, loincEntry, SYSTEM } from "./codes.js";
import { type Bundle, type BundleEntry, isRecord, type Resource, stableUuid } from "./types.js";

export const MMNAV_EXTENSION = {
  knowledgeVersion: "https://myeloma-navigator.org/fhir/StructureDefinition/knowledge-version",
  engineVersion: "https://myeloma-navigator.org/fhir/StructureDefinition/engine-version",
  codeTablesVersion: "https://myeloma-navigator.org/fhir/StructureDefinition/code-tables-version",
} as const;
const SCORE_SYSTEM = "https://myeloma-navigator.org/fhir/CodeSystem/score";

export function categoryLabel(c: Assessment["diagnosis"]["category"]): string {
  return CATEGORY_LABEL[c];
}

export function kindLabel(kind: string): string {
  return OPTION_KIND_LABEL[kind as keyof typeof OPTION_KIND_LABEL] ?? kind;
}

/** A FHIR RelatedArtifact for one citation id (type "citation", with the DOI link when there is one). */
export function relatedArtifact(id: string): Record<string, unknown> {
  if (!isCitationId(id)) return { type: "citation", label: id, display: `unresolved source "${id}"` };
  const c = BIBLIOGRAPHY[id];
  const url = "doi" in c && c.doi ? `https://doi.org/${c.doi}` : "url" in c && c.url ? c.url : undefined;
  return {
    type: "citation",
    label: id,
    display: c.title,
    citation: fullCitation(c),
    ...(url ? { url } : {}),
  };
}

export interface AssessmentToFhirOptions {
  /** e.g. "Patient/123": set as subject on every resource. */
  patientReference?: string;
  /** Warnings from bundleToRecord, written as an OperationOutcome. */
  importWarnings?: readonly ImportWarning[];
}

function pick(obj: unknown, path: string): unknown {
  let node = obj;
  for (const p of path.split(".")) {
    if (!isRecord(node)) return undefined;
    node = node[p];
  }
  return node;
}

/** The computed scores written as Observations (read defensively: a score that is null is not written). */
const SCORES: readonly { path: string; code: string; display: string; unit?: string; loinc?: string }[] = [
  { path: "staging.iss.stage", code: "iss-stage", display: "ISS stage (Greipp 2005)" },
  { path: "staging.riss.stage", code: "riss-stage", display: "R-ISS stage (Palumbo 2015)" },
  { path: "staging.r2iss.stage", code: "r2iss-stage", display: "R2-ISS stage (D'Agostino 2022)" },
  {
    path: "risk.smmMayo2018.group",
    code: "smm-mayo-2018-group",
    display: "SMM risk group, Mayo 2018 (20/2/20)",
  },
  { path: "risk.smmImwg2020.group", code: "smm-imwg-2020-group", display: "SMM risk group, IMWG 2020" },
  // Review c91-m3: the 20/2/20 + FISH groups "0", "1", "2", "3-or-more" (factors of 4; criteria-and-scores.md 2.1),
  // left out with the other SMM scores when they do not apply.
  {
    path: "risk.smmMayo2018Fish.group",
    code: "smm-mayo-2018-fish-group",
    display: "SMM risk group, 20/2/20 + FISH (Mateos 2020): factors of 4",
  },
  { path: "risk.cytogenetic.highRisk", code: "cytogenetic-high-risk", display: "High-risk cytogenetics" },
  {
    path: "risk.alMayo2004.stage",
    code: "al-mayo-2004-stage",
    display: "AL cardiac stage, Mayo 2004 (European modification)",
  },
  { path: "risk.alMayo2012.stage", code: "al-mayo-2012-stage", display: "AL stage, Mayo 2012" },
  {
    path: "kidney.egfrCkdEpi2021",
    code: "egfr-ckd-epi-2021",
    display: "eGFR, CKD-EPI 2021 (computed)",
    unit: "mL/min/{1.73_m2}",
    loinc: "98979-8",
  },
  {
    path: "kidney.crclCockcroftGault",
    code: "crcl-cockcroft-gault",
    display: "Creatinine clearance, Cockcroft-Gault (computed)",
    unit: "mL/min",
  },
  { path: "fitness.imwgFrailty.group", code: "imwg-frailty-group", display: "IMWG frailty group" },
];

/**
 * Writes an Assessment as a FHIR R4 collection Bundle.
 *
 * @example
 * const bundle = assessmentToFhir(assess(record), { patientReference: "Patient/123" });
 */
export function assessmentToFhir(a: Assessment, options: AssessmentToFhirOptions = {}): Bundle {
  const seed = `${a.id ?? ""}|${a.asOf}|${a.knowledgeVersion}|${a.engineVersion}|${a.diagnosis.category}`;
  const entries: BundleEntry[] = [];
  const add = (resource: Resource, key: string): string => {
    const fullUrl = `urn:uuid:${stableUuid(`${seed}|${key}`)}`;
    entries.push({ fullUrl, resource });
    return fullUrl;
  };
  const subject = options.patientReference ? { subject: { reference: options.patientReference } } : {};
  const when = `${a.asOf}T00:00:00Z`;
  const versions = [
    { url: MMNAV_EXTENSION.knowledgeVersion, valueString: a.knowledgeVersion },
    { url: MMNAV_EXTENSION.engineVersion, valueString: a.engineVersion },
    { url: MMNAV_EXTENSION.codeTablesVersion, valueString: CODE_TABLES_VERSION },
  ];

  // Diagnosis: computed from the findings, so an Observation (never a problem-list Condition).
  const d = a.diagnosis;
  const standard = d.category === "indeterminate" ? [] : codesForCategory(d.category);
  const criteriaLines = d.criteria.map(
    (c) =>
      `${c.met === true ? "met" : c.met === false ? "not met" : "unknown"}: ${c.because} [${c.citation}]`,
  );
  const diagnosisUrl = add(
    {
      resourceType: "Observation",
      id: "diagnosis",
      extension: versions,
      status: "preliminary",
      code: {
        coding: [
          {
            system: SCORE_SYSTEM,
            code: "diagnosis-category",
            display: "Plasma cell disorder category (IMWG 2014), computed",
          },
        ],
        text: "Plasma cell disorder category, computed from the findings",
      },
      ...subject,
      effectiveDateTime: a.asOf,
      valueCodeableConcept: {
        coding: [
          { system: SYSTEM.mmnavDiagnosis, code: d.category, display: categoryLabel(d.category) },
          ...standard.map((e) => ({ system: e.system, code: e.code, display: e.display })),
        ],
        text: `${categoryLabel(d.category)}${d.subtype ? ` (${d.subtype})` : ""}${d.likely ? `; most likely ${categoryLabel(d.likely)}` : ""}`,
      },
      note: [
        ...(criteriaLines.length > 0 ? [{ text: `Criteria:\n${criteriaLines.join("\n")}` }] : []),
        ...(d.couldChangeWith.length > 0
          ? [{ text: `Could change with: ${d.couldChangeWith.join("; ")}` }]
          : []),
        { text: a.notice },
      ],
    },
    "diagnosis",
  );

  const scoreUrls: { reference: string }[] = [];
  const basisNote = issBasisWords(a.staging?.iss?.basis).replace(/^ – /, "");
  for (const s of SCORES) {
    const v = pick(a, s.path);
    if (v === null || v === undefined) continue;
    // Review c87-m8: an SMM score that does not apply (the category is not smouldering myeloma) is not written.
    if (s.path.startsWith("risk.smm") && pick(a, s.path.replace(/\.group$/, ".applies")) === false) continue;
    const value =
      typeof v === "boolean"
        ? { valueBoolean: v }
        : typeof v === "number" && s.unit
          ? {
              valueQuantity: {
                value: Math.round(v * 10) / 10,
                unit: s.unit,
                system: SYSTEM.ucum,
                code: s.unit,
              },
            }
          : typeof v === "number" && Number.isInteger(v)
            ? { valueInteger: v }
            : { valueString: String(v) };
    const loinc = s.loinc ? loincEntry(s.loinc) : undefined;
    const url = add(
      {
        resourceType: "Observation",
        id: s.code,
        status: "preliminary",
        code: {
          coding: [
            { system: SCORE_SYSTEM, code: s.code, display: s.display },
            ...(loinc ? [{ system: SYSTEM.loinc, code: loinc.code, display: loinc.display }] : []),
          ],
          text: s.display,
        },
        ...subject,
        effectiveDateTime: a.asOf,
        ...value,
        // The ISS family of a treated record: which values the stage rests on (defined at diagnosis).
        ...(s.path.startsWith("staging.") && basisNote ? { note: [{ text: basisNote }] } : {}),
      },
      `score:${s.code}`,
    );
    scoreUrls.push({ reference: url });
  }

  const alertUrls: { reference: string }[] = [];
  a.alerts.forEach((al, i) => {
    const first = al.citations[0];
    const ref = first ? relatedArtifact(first).url : undefined;
    alertUrls.push({
      reference: add(
        {
          resourceType: "DetectedIssue",
          id: `alert-${i + 1}`,
          status: "preliminary",
          code: {
            coding: [{ system: "https://myeloma-navigator.org/fhir/CodeSystem/alert", code: al.id }],
            text: al.id,
          },
          severity: al.severity === "critical" ? "high" : al.severity === "warning" ? "moderate" : "low",
          ...(options.patientReference ? { patient: { reference: options.patientReference } } : {}),
          identifiedDateTime: a.asOf,
          detail: `${al.verified ? "" : "UNVERIFIED source: "}${al.text} Sources: ${al.citations.join(", ")}`,
          ...(typeof ref === "string" ? { reference: ref } : {}),
        },
        `alert:${al.id}:${i}`,
      ),
    });
  });

  // Options grouped by kind, each with its sources as RelatedArtifacts.
  const kinds = [...new Set(a.options.map((o) => o.kind))];
  const optionGroups = kinds.map((kind) => ({
    title: kindLabel(kind),
    groupingBehavior: "logical-group",
    selectionBehavior: "any",
    action: a.options
      .filter((o) => o.kind === kind)
      .map((o) => ({
        id: o.id,
        prefix: o.strength,
        title: o.title,
        description:
          [
            // An option that holds only under an answer the record does not give yet says so first.
            o.conditional !== undefined ? `Applies only ${o.conditional}.` : null,
            o.provisional
              ? "PROVISIONAL: shown for the likely category until the work-up confirms it."
              : null,
            o.verified ? null : "UNVERIFIED: a fact behind this option is not confirmed in the reference.",
            o.because.length > 0 ? `Because: ${o.because.join("; ")}` : null,
            o.cautions.length > 0 ? `Cautions: ${o.cautions.join("; ")}` : null,
            o.regimen ? `Regimen ${o.regimen.code}: ${o.regimen.drugs.join(", ")}` : null,
          ]
            .filter((s): s is string => s !== null)
            .join("\n") || o.title,
        textEquivalent: o.patientText || o.title,
        code: [
          { coding: [{ system: "https://myeloma-navigator.org/fhir/CodeSystem/option-kind", code: o.kind }] },
        ],
        documentation: o.citations.map(relatedArtifact),
      })),
  }));
  const alertGroup =
    a.alerts.length > 0
      ? [
          {
            title: "Alerts",
            groupingBehavior: "logical-group",
            action: a.alerts.map((al) => ({
              id: al.id,
              title: al.text.length > 120 ? `${al.text.slice(0, 119)}…` : al.text,
              description: al.text,
              priority: al.severity === "critical" ? "urgent" : "routine",
              documentation: al.citations.map(relatedArtifact),
            })),
          },
        ]
      : [];
  const missingGroup =
    a.missingData.length > 0
      ? [
          {
            title: "Missing data",
            description: "Tests or facts that are not known; each is needed for the named result.",
            groupingBehavior: "logical-group",
            action: a.missingData.map((m) => ({ title: m.field, description: `Needed for ${m.neededFor}` })),
          },
        ]
      : [];
  add(
    {
      resourceType: "RequestGroup",
      id: "options",
      extension: versions,
      status: "draft",
      intent: "proposal",
      ...subject,
      authoredOn: when,
      // R4 RequestGroup has no supportingInfo: the alerts' DetectedIssues are listed with the reasons.
      reasonReference: [{ reference: diagnosisUrl }, ...scoreUrls, ...alertUrls],
      note: [{ text: a.notice }],
      ...(optionGroups.length + alertGroup.length + missingGroup.length > 0
        ? { action: [...optionGroups, ...alertGroup, ...missingGroup] }
        : {}),
    },
    "options",
  );

  if (options.importWarnings && options.importWarnings.length > 0) {
    add(
      {
        resourceType: "OperationOutcome",
        id: "import-warnings",
        // Review c74-m2: a resource read with a note is information; one not used (in part) a warning.
        issue: options.importWarnings.map((w) => ({
          severity: w.kind === "note" ? "information" : "warning",
          code: "informational",
          diagnostics: `${w.resource}: ${w.message}`,
        })),
      },
      "import-warnings",
    );
  }

  return { resourceType: "Bundle", type: "collection", timestamp: when, entry: entries };
}

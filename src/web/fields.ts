/** The assess form as data: which PatientRecord fields it shows, and the conversions between the
 * form's text values and a PatientRecord. Blank means "not known": it is left out of the record,
 * never filled with a normal value. Fields the form does not show are kept as they came. */
import {
  AmyloidOrgan,
  Anticoagulation,
  HepaticImpairment,
  Hypertension,
  ImagingModality,
  InfectionProphylaxis,
  NyhaClass,
} from "../model/enums.js";
import type { ValidationIssue } from "../model/errors.js";
import { UNIT_SPECS } from "../model/unit-specs.js";

export type Json = null | boolean | number | string | Json[] | { [k: string]: Json };
export type JsonObject = { [k: string]: Json };

type UnitField = keyof typeof UNIT_SPECS;

interface Choice {
  value: string;
  label: string;
}

interface Base {
  /** Dotted record path, also the field's key in the form state and its DOM id suffix. */
  key: string;
  label: string;
  hint?: string;
}

export type FieldDef =
  | (Base & { kind: "number"; min?: number; max?: number; step?: string })
  | (Base & { kind: "quantity"; units: readonly string[]; uln?: boolean })
  | (Base & { kind: "choice"; options: readonly Choice[] })
  /** A list of values (tick boxes). Its form text is "" (not known: left out of the record), MULTI_NONE
   * (none of them: an empty list) or the ticked values joined by commas, in the order they were ticked. */
  | (Base & { kind: "multi"; options: readonly Choice[]; noneLabel: string })
  | (Base & { kind: "tri" })
  | (Base & { kind: "date" });

export interface Section {
  id: string;
  title: string;
  fields: FieldDef[];
}

const q = (key: string, label: string, unitField: UnitField, extra: { uln?: boolean; hint?: string } = {}) =>
  ({ key, label, kind: "quantity", units: UNIT_SPECS[unitField].common, ...extra }) as const;
const tri = (key: string, label: string, hint?: string): FieldDef =>
  hint ? { key, label, kind: "tri", hint } : { key, label, kind: "tri" };
const choice = (key: string, label: string, values: readonly (string | Choice)[]): FieldDef => ({
  key,
  label,
  kind: "choice",
  options: values.map((v) => (typeof v === "string" ? { value: v, label: v } : v)),
});

/** Form text of a "multi" field for an empty list ("none of these"), as against "" (not known). */
export const MULTI_NONE = "none";
const multi = (
  key: string,
  label: string,
  values: readonly Choice[],
  noneLabel: string,
  hint?: string,
): FieldDef => {
  for (const v of values)
    if (v.value === MULTI_NONE || v.value.includes(","))
      throw new Error(`${key}: option "${v.value}" cannot be told apart`);
  return hint
    ? { key, label, kind: "multi", options: values, noneLabel, hint }
    : { key, label, kind: "multi", options: values, noneLabel };
};

/** The words of the record's schema (src/model/record.ts, conditions.anticoagulation). */
const ANTICOAGULATION_LABEL: Record<Anticoagulation, string> = {
  none: "none",
  prophylactic: "prophylactic dose (LMWH or DOAC, or aspirin)",
  therapeutic: "therapeutic dose (warfarin, DOAC or LMWH)",
};
/** The words of the record's schema (src/model/record.ts, conditions.hepaticImpairment). */
const HEPATIC_LABEL: Record<HepaticImpairment, string> = {
  none: "none",
  "child-pugh-a": "Child-Pugh A",
  "child-pugh-b": "Child-Pugh B",
  "child-pugh-c": "Child-Pugh C",
};
const AMYLOID_ORGAN_LABEL: Record<AmyloidOrgan, string> = {
  heart: "Heart",
  kidney: "Kidney",
  liver: "Liver",
  "gi-tract": "Gastrointestinal tract",
  "peripheral-nerve": "Peripheral nerves",
  "autonomic-nerve": "Autonomic nerves",
  "soft-tissue": "Soft tissue",
};
/** The words of the record's schema (src/model/record.ts, conditions.infectionProphylaxis; review c87-M3). */
const INFECTION_PROPHYLAXIS_LABEL: Record<InfectionProphylaxis, string> = {
  "hsv-vzv": "HSV/VZV (aciclovir or valaciclovir)",
  pjp: "PJP (TMP-SMX, atovaquone or pentamidine)",
  antibacterial: "Antibacterial (levofloxacin)",
};
const labelled = <T extends string>(values: readonly T[], labels: Record<T, string>): Choice[] =>
  values.map((value) => ({ value, label: labels[value] }));

export const SECTIONS: Section[] = [
  {
    id: "patient",
    title: "Patient",
    fields: [
      { key: "asOf", label: "Assessment date", kind: "date", hint: "The date the assessment is for" },
      { key: "patient.age", label: "Age (years)", kind: "number", min: 0, max: 120 },
      choice("patient.sex", "Sex", [
        { value: "female", label: "Female" },
        { value: "male", label: "Male" },
      ]),
      q("patient.weight", "Weight", "weight"),
    ],
  },
  {
    id: "mprotein",
    title: "M-protein and free light chains",
    fields: [
      q("labs.serumMProtein", "Serum M-protein", "serumMProtein"),
      q("labs.urineMProtein", "Urine M-protein (24 h)", "urineMProtein"),
      q("labs.urineTotalProtein", "Urine total protein (24 h, all proteins)", "urineTotalProtein"),
      choice("labs.heavyChain", "Heavy chain", [
        "IgG",
        "IgA",
        "IgM",
        "IgD",
        "IgE",
        { value: "none", label: "none (light chain only)" },
      ]),
      choice("labs.lightChain", "Light chain", ["kappa", "lambda"]),
      q("labs.involvedFreeLightChain", "Involved free light chain", "involvedFreeLightChain"),
      q("labs.uninvolvedFreeLightChain", "Uninvolved free light chain", "uninvolvedFreeLightChain"),
    ],
  },
  {
    id: "labs",
    title: "Blood tests",
    fields: [
      q("labs.calcium", "Calcium", "calcium"),
      q("labs.creatinine", "Creatinine", "creatinine"),
      q("labs.hemoglobin", "Hemoglobin", "hemoglobin"),
      q("labs.neutrophils", "Neutrophils (absolute count)", "neutrophils"),
      q("labs.platelets", "Platelets", "platelets"),
      q(
        "labs.circulatingPlasmaCells",
        "Circulating plasma cells (blood smear, % of white cells)",
        "circulatingPlasmaCells",
      ),
      q("labs.albumin", "Albumin", "albumin"),
      q("labs.beta2Microglobulin", "Beta-2 microglobulin", "beta2Microglobulin"),
      q("labs.ldh", "LDH", "ldh", { uln: true }),
      q("labs.ntProBnp", "NT-proBNP", "ntProBnp"),
      q("labs.troponinT", "Troponin T", "troponinT"),
      // Review c54-2: the AL transplant gate is the conventional assay's; an assay not recorded leaves it unread.
      choice("labs.troponinT.method", "Troponin T assay", [
        { value: "conventional", label: "conventional" },
        { value: "high-sensitivity", label: "high-sensitivity" },
      ]),
      // Screened before anti-CD38 antibodies and any systemic therapy (review c7-03); blank = not tested.
      choice("labs.hepatitisBSurfaceAntigen", "Hepatitis B surface antigen (HBsAg)", [
        "negative",
        "positive",
      ]),
      choice("labs.hepatitisBCoreAntibody", "Hepatitis B core antibody (anti-HBc)", ["negative", "positive"]),
    ],
  },
  {
    id: "marrow-imaging",
    title: "Marrow, imaging and biopsy",
    fields: [
      {
        key: "marrow.clonalPlasmaCellPercent",
        label: "Clonal plasma cells in marrow (%)",
        kind: "number",
        min: 0,
        max: 100,
      },
      tri("imaging.performed", "Imaging done"),
      choice("imaging.modality", "Imaging type", [...ImagingModality]),
      {
        key: "imaging.osteolyticLesions",
        label: "Osteolytic lesions (count)",
        kind: "number",
        min: 0,
        step: "1",
      },
      {
        key: "imaging.mriFocalLesions",
        label: "MRI focal lesions (count)",
        kind: "number",
        min: 0,
        step: "1",
      },
      tri("biopsy.amyloid", "Amyloid on biopsy (Congo red)"),
    ],
  },
  {
    id: "cytogenetics",
    title: "Cytogenetics (FISH)",
    fields: [
      tri("cytogenetics.del17p", "del(17p)"),
      {
        key: "cytogenetics.del17pClonalFraction",
        label: "del(17p) clonal fraction (%)",
        kind: "number",
        min: 0,
        max: 100,
      },
      tri("cytogenetics.tp53Mutation", "TP53 mutation"),
      tri("cytogenetics.t4_14", "t(4;14)"),
      tri("cytogenetics.t14_16", "t(14;16)"),
      tri("cytogenetics.t14_20", "t(14;20)"),
      tri("cytogenetics.t11_14", "t(11;14)"),
      tri("cytogenetics.gain1q", "1q gain or amplification"),
      choice("cytogenetics.del1p32", "del(1p32)", ["none", "monoallelic", "biallelic"]),
      tri("cytogenetics.monosomy13", "Monosomy 13 or del(13q)"),
    ],
  },
  {
    id: "fitness",
    title: "Fitness and conditions",
    fields: [
      choice("fitness.ecog", "ECOG performance status", ["0", "1", "2", "3", "4"]),
      { key: "fitness.adl", label: "ADL (Katz, 0–6)", kind: "number", min: 0, max: 6, step: "1" },
      { key: "fitness.iadl", label: "IADL (Lawton, 0–8)", kind: "number", min: 0, max: 8, step: "1" },
      { key: "fitness.charlson", label: "Charlson comorbidity index", kind: "number", min: 0, step: "1" },
      choice("transplant.candidate", "Transplant candidate", [
        { value: "yes", label: "yes" },
        { value: "no", label: "no" },
        { value: "deferred", label: "deferred" },
      ]),
      tri("conditions.renalFailureOnDialysis", "On dialysis"),
      tri(
        "conditions.kidneyImpairmentFromMyeloma",
        "Kidney impairment due to myeloma (as the team judges it)",
      ),
      tri("conditions.anaemiaFromMyeloma", "Anaemia due to myeloma (as the team judges it)"),
      tri("conditions.peripheralNeuropathy", "Peripheral neuropathy present (grade may be unknown)"),
      choice("conditions.neuropathyGrade", "Neuropathy grade", ["0", "1", "2", "3", "4"]),
      tri("conditions.neuropathyPainful", "Painful neuropathy"),
      tri("conditions.pregnancy", "Pregnant now"),
      tri("conditions.heartFailure", "Heart failure"),
      choice("conditions.nyhaClass", "NYHA class", [...NyhaClass]),
      choice("conditions.hypertension", "Hypertension (as the team judges it now)", [...Hypertension]),
      choice(
        "conditions.hepaticImpairment",
        "Hepatic impairment (Child-Pugh class)",
        labelled(HepaticImpairment, HEPATIC_LABEL),
      ),
      tri("conditions.recurrentInfections", "Recurrent infections"),
      tri("conditions.vteHistory", "Previous venous thromboembolism (DVT or PE)"),
      choice(
        "conditions.anticoagulation",
        "Anticoagulation taken now",
        labelled(Anticoagulation, ANTICOAGULATION_LABEL),
      ),
      multi(
        "conditions.infectionProphylaxis",
        "Anti-infective prophylaxis taken now",
        labelled(InfectionProphylaxis, INFECTION_PROPHYLAXIS_LABEL),
        "None of these",
        "Nothing ticked: not known",
      ),
    ],
  },
  {
    id: "complications",
    title: "Complications and organ involvement",
    fields: [
      tri("conditions.bonePain", "Bone pain"),
      tri("conditions.pathologicFracture", "Pathologic fracture"),
      tri("conditions.spinalCordCompression", "Spinal cord compression"),
      tri("conditions.hyperviscosity", "Hyperviscosity"),
      tri("conditions.constitutionalSymptoms", "Constitutional symptoms (fever, night sweats, weight loss)"),
      tri("conditions.lymphadenopathy", "Lymphadenopathy"),
      tri("conditions.hepatosplenomegaly", "Hepatosplenomegaly"),
      multi(
        "conditions.amyloidOrgans",
        "Organs with amyloid involvement",
        labelled(AmyloidOrgan, AMYLOID_ORGAN_LABEL),
        "None of these",
        "Nothing ticked: not known",
      ),
    ],
  },
];

export const ALL_FIELDS: FieldDef[] = SECTIONS.flatMap((s) => s.fields);
const NUMERIC_CHOICES = new Set(["fitness.ecog", "conditions.neuropathyGrade"]);

/** One prior treatment line, as the form edits it. `extra` keeps the entry's other keys. */
export interface TreatmentRow {
  regimen: string;
  drugs: string;
  start: string;
  end: string;
  bestResponse: string;
  progressedOn: string;
  asct: boolean;
  extra: JsonObject;
}

export const RESPONSES = ["sCR", "CR", "VGPR", "PR", "MR", "SD", "PD"] as const;

export function emptyTreatment(): TreatmentRow {
  return {
    regimen: "",
    drugs: "",
    start: "",
    end: "",
    bestResponse: "",
    progressedOn: "",
    asct: false,
    extra: {},
  };
}

/** Labs the form takes as dated serial values (the record's `series`), in the order they are offered. */
export const SERIES_FIELDS = [
  { key: "serumMProtein", label: "Serum M-protein" },
  { key: "involvedFreeLightChain", label: "Involved free light chain" },
  { key: "uninvolvedFreeLightChain", label: "Uninvolved free light chain" },
  { key: "urineMProtein", label: "Urine M-protein (24 h)" },
  { key: "creatinine", label: "Creatinine" },
  { key: "hemoglobin", label: "Hemoglobin" },
  { key: "calcium", label: "Calcium" },
] as const satisfies readonly { key: keyof typeof UNIT_SPECS; label: string }[];
export type SeriesField = (typeof SERIES_FIELDS)[number]["key"];

/** One dated value of a lab, as the form edits it. */
export interface SeriesRow {
  field: SeriesField;
  date: string;
  value: string;
  unit: string;
}

export function emptySeriesRow(field: SeriesField = "serumMProtein", date = ""): SeriesRow {
  return { field, date, value: "", unit: UNIT_SPECS[field].common[0] };
}

/** The form's whole state: text per field key (quantity units under `key.unit`, ULN under `key.uln`). */
export interface FormState {
  values: Record<string, string>;
  treatments: TreatmentRow[];
  /** Dated serial values (the record's `series`). */
  series: SeriesRow[];
  /** Parts of a loaded record the form does not show; merged back unchanged. */
  extras: JsonObject;
}

/** Today's date in the browser's time zone, as YYYY-MM-DD (the surface supplies `asOf`). */
export function today(now: Date = new Date()): string {
  const pad = (n: number) => String(n).padStart(2, "0");
  return `${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}`;
}

export function emptyForm(asOf: string = today()): FormState {
  const values: Record<string, string> = { asOf };
  for (const f of ALL_FIELDS) if (f.kind === "quantity") values[`${f.key}.unit`] = f.units[0] ?? "";
  return { values, treatments: [], series: [], extras: {} };
}

const isObject = (v: unknown): v is JsonObject => typeof v === "object" && v !== null && !Array.isArray(v);

function getAt(obj: JsonObject, path: string[]): Json | undefined {
  let node: Json | undefined = obj;
  for (const seg of path) {
    if (!isObject(node)) return undefined;
    node = node[seg];
  }
  return node;
}

function setAt(obj: JsonObject, path: string[], value: Json): void {
  let node = obj;
  for (const seg of path.slice(0, -1)) {
    const next = node[seg];
    if (!isObject(next)) node[seg] = {};
    node = node[seg] as JsonObject;
  }
  node[path[path.length - 1]!] = value;
}

function deleteAt(obj: JsonObject, path: string[]): void {
  const parent = getAt(obj, path.slice(0, -1));
  if (isObject(parent)) delete parent[path[path.length - 1]!];
}

/** Removes empty objects left behind after the form took its fields out. */
function prune(obj: JsonObject): JsonObject {
  for (const [k, v] of Object.entries(obj)) {
    if (isObject(v)) {
      prune(v);
      if (Object.keys(v).length === 0) delete obj[k];
    }
  }
  return obj;
}

/** Choice fields that are attributes of a quantity field (key -> the quantity's key). */
const QUANTITY_ATTRIBUTES: Readonly<Record<string, string>> = { "labs.troponinT.method": "labs.troponinT" };

const notKnown = (v: Json | undefined) => v === undefined || v === null || v === "unknown";

/** Fills the form from a record. Whatever the form cannot show stays in `extras`, untouched. */
export function recordToForm(record: JsonObject, fallbackAsOf: string = today()): FormState {
  const rest = structuredClone(record);
  const state = emptyForm(fallbackAsOf);
  const { values } = state;
  for (const f of ALL_FIELDS) {
    const path = f.key.split(".");
    const v = getAt(rest, path);
    if (notKnown(v)) {
      if (v !== undefined) deleteAt(rest, path);
      continue;
    }
    switch (f.kind) {
      case "date":
        if (typeof v === "string") {
          values[f.key] = v;
          deleteAt(rest, path);
        }
        break;
      case "number":
        if (typeof v === "number") {
          values[f.key] = String(v);
          deleteAt(rest, path);
        }
        break;
      case "tri":
        if (typeof v === "boolean") {
          values[f.key] = v ? "yes" : "no";
          deleteAt(rest, path);
        }
        break;
      case "choice": {
        const s = typeof v === "number" && NUMERIC_CHOICES.has(f.key) ? String(v) : v;
        if (typeof s === "string" && f.options.some((o) => o.value === s)) {
          values[f.key] = s;
          deleteAt(rest, path);
        }
        break;
      }
      case "multi":
        // Only a list the boxes can show exactly (known values, each once); anything else stays in extras.
        if (
          Array.isArray(v) &&
          v.every((x) => typeof x === "string" && f.options.some((o) => o.value === x)) &&
          new Set(v).size === v.length
        ) {
          values[f.key] = v.length === 0 ? MULTI_NONE : v.join(",");
          deleteAt(rest, path);
        }
        break;
      case "quantity":
        if (isObject(v) && typeof v.value === "number" && typeof v.unit === "string") {
          values[f.key] = String(v.value);
          values[`${f.key}.unit`] = v.unit;
          delete v.value;
          delete v.unit;
          if (f.uln && typeof v.upperLimitOfNormal === "number") {
            values[`${f.key}.uln`] = String(v.upperLimitOfNormal);
            delete v.upperLimitOfNormal;
          }
        }
        break;
    }
  }
  const history = rest.treatmentHistory;
  if (Array.isArray(history) && history.every(isObject)) {
    state.treatments = history.map((entry) => {
      const { regimen, drugs, start, end, bestResponse, progressedOn, asct, ...extra } = entry as JsonObject;
      const text = (x: Json | undefined) => (typeof x === "string" ? x : "");
      return {
        regimen: text(regimen),
        drugs: Array.isArray(drugs) ? drugs.filter((d) => typeof d === "string").join(", ") : "",
        start: text(start),
        end: text(end),
        bestResponse: text(bestResponse) === "unknown" ? "" : text(bestResponse),
        progressedOn: progressedOn === true ? "yes" : progressedOn === false ? "no" : "",
        asct: asct === true,
        extra,
      };
    });
    delete rest.treatmentHistory;
  }
  state.series = seriesRows(rest);
  state.extras = prune(rest);
  return state;
}

const isSeriesField = (k: string): k is SeriesField => SERIES_FIELDS.some((f) => f.key === k);

/** Moves the record's `series` into form rows, lab by lab; a lab the form cannot show stays in the record. */
function seriesRows(rest: JsonObject): SeriesRow[] {
  const series = rest.series;
  if (!isObject(series)) return [];
  const rows: SeriesRow[] = [];
  for (const [field, points] of Object.entries(series)) {
    if (!isSeriesField(field) || !Array.isArray(points)) continue;
    const simple = points.every(
      (p) =>
        isObject(p) &&
        Object.keys(p).every((k) => k === "date" || k === "value" || k === "unit") &&
        typeof p.date === "string" &&
        typeof p.value === "number" &&
        typeof p.unit === "string",
    );
    if (!simple) continue;
    for (const p of points as JsonObject[])
      rows.push({ field, date: p.date as string, value: String(p.value), unit: p.unit as string });
    delete series[field];
  }
  return rows.sort((a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : 0));
}

/** Dotted paths of the leaves in `extras`, for telling the user what the form keeps but does not show. */
export function extraPaths(extras: JsonObject, base = ""): string[] {
  return Object.entries(extras).flatMap(([k, v]) => {
    const p = base ? `${base}.${k}` : k;
    return isObject(v) && Object.keys(v).length > 0 && !("value" in v) ? extraPaths(v, p) : [p];
  });
}

function parseNumber(text: string): number | null | "invalid" {
  const t = text.trim().replace(",", ".");
  if (t === "") return null;
  const n = Number(t);
  return Number.isFinite(n) ? n : "invalid";
}

/** Builds a PatientRecord from the form. Text that is not a number is reported here, with its path,
 * the same way the core reports schema issues; everything else is left to the core to validate. */
export function formToRecord(state: FormState): { record: JsonObject; issues: ValidationIssue[] } {
  const record = structuredClone(state.extras);
  const issues: ValidationIssue[] = [];
  const { values } = state;
  const num = (key: string, text: string | undefined): number | null => {
    const n = parseNumber(text ?? "");
    if (n === "invalid") {
      issues.push({ path: key, message: `expected a number, got "${text}"` });
      return null;
    }
    return n;
  };
  for (const f of ALL_FIELDS) {
    const path = f.key.split(".");
    const text = values[f.key] ?? "";
    switch (f.kind) {
      case "date":
        if (text !== "") setAt(record, path, text);
        break;
      case "number": {
        const n = num(f.key, text);
        if (n !== null) setAt(record, path, n);
        break;
      }
      case "tri":
        if (text === "yes" || text === "no") setAt(record, path, text === "yes");
        break;
      case "choice": {
        if (text === "") break;
        // An attribute of a quantity (the troponin T's assay) goes with its value: without one it has nowhere to go.
        const of = QUANTITY_ATTRIBUTES[f.key];
        if (of !== undefined && !isObject(getAt(record, of.split(".")))) {
          issues.push({
            path: `${of}.value`,
            message: `enter the ${fieldLabel(of)} value too, or clear "${f.label}"`,
          });
          break;
        }
        setAt(record, path, NUMERIC_CHOICES.has(f.key) ? Number(text) : text);
        break;
      }
      case "multi":
        if (text !== "") setAt(record, path, text === MULTI_NONE ? [] : multiValues(text));
        break;
      case "quantity": {
        const n = num(`${f.key}.value`, text);
        const uln = f.uln ? num(`${f.key}.upperLimitOfNormal`, values[`${f.key}.uln`]) : null;
        if (n === null) {
          if (uln !== null)
            issues.push({ path: `${f.key}.value`, message: "enter the value too, or clear the upper limit" });
          deleteAt(record, path);
          break;
        }
        const kept = getAt(record, path);
        const qty: JsonObject = isObject(kept) ? kept : {};
        qty.value = n;
        qty.unit = values[`${f.key}.unit`] ?? (f.units[0] as string);
        if (uln !== null) qty.upperLimitOfNormal = uln;
        setAt(record, path, qty);
        break;
      }
    }
  }
  // Every row is kept (a blank one is an error the core names), so issue paths match row numbers.
  if (state.treatments.length > 0) {
    record.treatmentHistory = state.treatments.map((t, i) => {
      // Review c85-m7: an empty start is named as missing here, in words, not as the core's "expected an ISO 8601
      // date" (the date picker shows no format, and the field was not malformed but blank).
      if (t.start.trim() === "")
        issues.push({ path: `treatmentHistory.${i}.start`, message: TREATMENT_START_MISSING });
      const entry: JsonObject = structuredClone(t.extra);
      entry.regimen = t.regimen.trim();
      entry.drugs = t.drugs
        .split(",")
        .map((d) => d.trim().toLowerCase())
        .filter((d) => d !== "");
      entry.start = t.start;
      if (t.end) entry.end = t.end;
      if (t.bestResponse) entry.bestResponse = t.bestResponse;
      if (t.progressedOn) entry.progressedOn = t.progressedOn === "yes";
      if (t.asct) entry.asct = true;
      return entry;
    });
  }
  state.series.forEach((r, i) => {
    const n = num(`series.${i}.value`, r.value);
    if (n === null && r.value.trim() === "" && r.date === "") return; // an untouched blank row
    if (n === null) {
      if (r.value.trim() === "")
        issues.push({ path: `series.${i}.value`, message: "enter a value, or remove the row" });
      return;
    }
    if (!isObject(record.series)) record.series = {};
    const series = record.series as JsonObject;
    const list = Array.isArray(series[r.field]) ? (series[r.field] as Json[]) : [];
    // A blank date is sent as it is: the core names the missing date.
    list.push({ date: r.date, value: n, unit: r.unit });
    series[r.field] = list;
  });
  return { record, issues };
}

/** The values ticked in a "multi" field's form text ("" and MULTI_NONE: none). */
export function multiValues(text: string): string[] {
  return text === MULTI_NONE ? [] : text.split(",").filter((x) => x !== "");
}

/** A "multi" field's form text after ticking (`on`) or unticking `value`; unticking the last leaves it not known. */
export function toggleMulti(text: string, value: string, on: boolean): string {
  if (value === MULTI_NONE) return on ? MULTI_NONE : "";
  const rest = multiValues(text).filter((x) => x !== value);
  const next = on ? [...rest, value] : rest;
  return next.join(",");
}

/** The form key an issue belongs to: the longest field key that is a prefix of its path. */
export function fieldKeyOf(issuePath: string): string | null {
  const sm = /^series\.(\d+)\./.exec(issuePath);
  if (sm) return `series.${sm[1]}.value`;
  const tm = /^treatmentHistory\.(\d+)(?:\.(\w+))?/.exec(issuePath);
  if (tm) return tm[2] ? `treatmentHistory.${tm[1]}.${tm[2]}` : `treatmentHistory.${tm[1]}.regimen`;
  let best: string | null = null;
  for (const f of ALL_FIELDS) {
    if ((issuePath === f.key || issuePath.startsWith(`${f.key}.`)) && f.key.length > (best?.length ?? 0))
      best = f.key;
  }
  return best;
}

/** Label of a record path, for messages and the plain-language "still unknown" list. */
export function fieldLabel(path: string): string {
  const key = fieldKeyOf(path);
  const f = key ? ALL_FIELDS.find((x) => x.key === key) : undefined;
  if (f) return f.label;
  const tm = /^treatmentHistory\.(\d+)(?:\.(\w+))?/.exec(path);
  if (tm) {
    // Review c85-m7: as the form shows it ("Treatment 1", a line given now included), with the field ("Start").
    const row = `Treatment ${Number(tm[1]) + 1}`;
    const sub = tm[2];
    const field =
      sub === undefined
        ? undefined
        : Object.hasOwn(TREATMENT_FIELD_LABELS, sub)
          ? TREATMENT_FIELD_LABELS[sub as keyof typeof TREATMENT_FIELD_LABELS]
          : sub;
    return field ? `${row}, ${field}` : row;
  }
  return path;
}

/** The labels of a treatment line's fields, as the form's treatment block shows them. */
export const TREATMENT_FIELD_LABELS = {
  regimen: "Regimen",
  drugs: "Drugs",
  start: "Start",
  end: "End",
  bestResponse: "Best response",
  progressedOn: "Progressed on it",
  asct: "Stem cell transplant",
} as const;

/** What the form says when a treatment line has no start date. */
export const TREATMENT_START_MISSING =
  "a start date is needed (the day the treatment began; an approximate date is fine)";

/** DOM id of a field's input. */
export const inputId = (key: string) => `f-${key.replace(/[^\w-]/g, "-")}`;

/** PatientRecord v1: the one schema of the input. It yields the TypeScript type, the runtime
 * validation with precise {path, message} errors, and the published JSON Schema (`mmnav schema`). */
import { z } from "zod";
import {
  AllergyCriticality,
  AmyloidOrgan,
  AmyloidType,
  Anticoagulation,
  Del1p32,
  HeavyChain,
  HepaticImpairment,
  Hypertension,
  ImagingModality,
  ImmunofixationResult,
  InfectionProphylaxis,
  LightChain,
  NyhaClass,
  PlasmacytomaSite,
  ResponseCategory,
  SerologyResult,
  StopReason,
  TherapyPhase,
  TransplantCandidacy,
  TreatmentSetting,
  UnusedValueReason,
} from "./enums.js";

/** "unknown" and null both mean the test was not done or the answer is not known. */
const notKnown = z.union([z.null(), z.literal("unknown")]);
const maybe = <T extends z.ZodType>(schema: T) => z.union([schema, notKnown]).optional();

export const isoDate = z.iso.date({ message: "expected an ISO 8601 date (YYYY-MM-DD)" });

export const Quantity = z
  .strictObject({
    value: z.number({ message: "expected a number" }).finite(),
    unit: z.string({ message: "expected a unit string such as g/dL" }).min(1, "expected a unit"),
    upperLimitOfNormal: z.number().finite().positive().optional().describe("In the same unit as value"),
    lowerLimitOfNormal: z.number().finite().nonnegative().optional().describe("In the same unit as value"),
    date: isoDate.optional().describe("When the sample was taken"),
    method: z
      .enum(["conventional", "high-sensitivity"])
      .optional()
      .describe("Assay, where it matters (troponin T)"),
  })
  .describe("A measured value with its unit (UCUM or a common alias)");
export type Quantity = z.infer<typeof Quantity>;

export const SeriesPoint = z.strictObject({
  date: isoDate,
  value: z.number().finite(),
  unit: z.string().min(1),
});
export type SeriesPoint = z.infer<typeof SeriesPoint>;

const count = z.number().int().nonnegative();

/** Quantity fields of `labs`; each converts to the canonical unit named in model/units. */
export const LAB_QUANTITY_FIELDS = [
  "serumMProtein",
  "urineMProtein",
  "involvedFreeLightChain",
  "uninvolvedFreeLightChain",
  "calcium",
  "creatinine",
  "hemoglobin",
  "albumin",
  "beta2Microglobulin",
  "ldh",
  "ntProBnp",
  "troponinT",
  "igg",
  "iga",
  "igm",
  "measuredCreatinineClearance",
  "neutrophils",
  "platelets",
  "urineTotalProtein",
  "circulatingPlasmaCells",
] as const;
export type LabQuantityField = (typeof LAB_QUANTITY_FIELDS)[number];

const labQuantities = Object.fromEntries(LAB_QUANTITY_FIELDS.map((k) => [k, maybe(Quantity)])) as {
  [K in LabQuantityField]: ReturnType<typeof maybe<typeof Quantity>>;
};

export const Labs = z.strictObject({
  ...labQuantities,
  heavyChain: maybe(z.enum(HeavyChain)).describe(
    'Heavy chain of the M-protein on immunofixation; "none" for light-chain only',
  ),
  lightChain: maybe(z.enum(LightChain)).describe("Involved light chain"),
  serumImmunofixation: maybe(z.enum(ImmunofixationResult)),
  urineImmunofixation: maybe(z.enum(ImmunofixationResult)),
  hepatitisBSurfaceAntigen: maybe(z.enum(SerologyResult)).describe(
    "HBsAg: positive is chronic hepatitis B; screened before anti-CD38 antibodies (and any systemic therapy)",
  ),
  hepatitisBCoreAntibody: maybe(z.enum(SerologyResult)).describe(
    "Anti-HBc (total or IgG): positive with HBsAg negative is past hepatitis B, at risk of reactivation",
  ),
});

const seriesQuantities = Object.fromEntries(
  LAB_QUANTITY_FIELDS.map((k) => [k, z.array(SeriesPoint).optional()]),
) as { [K in LabQuantityField]: z.ZodOptional<z.ZodArray<typeof SeriesPoint>> };

export const Series = z.strictObject({
  ...seriesQuantities,
  serumImmunofixation: z
    .array(z.strictObject({ date: isoDate, result: z.enum(ImmunofixationResult) }))
    .optional(),
  urineImmunofixation: z
    .array(z.strictObject({ date: isoDate, result: z.enum(ImmunofixationResult) }))
    .optional(),
  clonalPlasmaCellPercent: z
    .array(z.strictObject({ date: isoDate, value: z.number().min(0).max(100) }))
    .optional(),
  mrd: z
    .array(
      z.strictObject({
        date: isoDate,
        result: z.enum(["negative", "positive"]),
        method: z
          .enum(["NGF", "NGS", "other"])
          .optional()
          .describe("Next-generation flow (NGF) or next-generation sequencing (NGS)"),
        sensitivity: z
          .number()
          .positive()
          .max(1)
          .optional()
          .describe("Lowest level the test detects, as a fraction of nucleated cells: 0.00001 is 1 in 10^5"),
      }),
    )
    .optional()
    .describe(
      "Dated marrow MRD results with method and sensitivity (sustained MRD negativity is read from them); marrow.mrd still gives the latest marrow's result",
    ),
});

export const TreatmentLine = z
  .strictObject({
    regimen: z.string().min(1).describe("Short name, e.g. VRd"),
    drugs: z
      .array(z.string().regex(/^[a-z][a-z0-9 -]*$/, "expected a lower-case generic drug name"))
      .describe("Lower-case generic names"),
    start: isoDate,
    end: z.union([isoDate, z.null()]).optional().describe("Last dose; absent or null while ongoing"),
    bestResponse: maybe(z.enum(ResponseCategory)),
    progressedOn: maybe(z.boolean()).describe(
      "Disease progressed on this regimen or within 60 days of its last dose",
    ),
    progressionDate: isoDate.optional(),
    asct: z.boolean().optional().describe("An autologous stem cell transplant was part of this entry"),
    phase: z.enum(TherapyPhase).optional(),
    plannedWithPrevious: z
      .boolean()
      .optional()
      .describe(
        "Part of a planned sequence with the previous entry (induction, transplant, consolidation, maintenance)",
      ),
    stopReason: z.enum(StopReason).optional(),
    cycles: z
      .number()
      .int()
      .min(1)
      .max(1000)
      .optional()
      .describe(
        "Cycles of the regimen given in this entry, when recorded; counts the dates would only estimate read it (D-VRd's 8 cycles before D-Rd, CEPHEUS)",
      ),
    setting: z
      .enum(TreatmentSetting)
      .optional()
      .describe(
        'The disease this entry treated: "smoldering-myeloma" for therapy of high-risk smouldering myeloma (e.g. AQUILA daratumumab), which is no line of myeloma therapy; "multiple-myeloma" otherwise. Absent: not recorded',
      ),
  })
  .refine((t) => !t.end || t.end >= t.start, { message: "end is before start", path: ["end"] })
  .refine((t) => !t.progressionDate || t.progressionDate >= t.start, {
    error: (issue) =>
      `progressionDate is before start (${(issue.input as { start: string }).start}): expected progression on or after the day the line started`,
    path: ["progressionDate"],
  });
export type TreatmentLine = z.infer<typeof TreatmentLine>;

/** A drug allergy or intolerance as the record holds it (review c74-M3): the substance by its lower-case generic name
 * (a brand is read as its generic drug), or the class "sulfonamides" (trimethoprim-sulfamethoxazole). */
export const Allergy = z.strictObject({
  substance: z
    .string()
    .regex(/^[a-z][a-z0-9 -]*$/, 'expected a lower-case generic drug name, or "sulfonamides"')
    .describe(
      'Lower-case generic drug name (as treatmentHistory[].drugs), or the class "sulfonamides" (TMP-SMX); a name the navigator does not know is said, not matched',
    ),
  criticality: z
    .enum(AllergyCriticality)
    .optional()
    .describe('As FHIR AllergyIntolerance.criticality: "low", "high" or "unable-to-assess"'),
  reaction: z
    .string()
    .min(1)
    .max(200)
    .optional()
    .describe("The reaction, in words (e.g. Stevens-Johnson syndrome)"),
  date: isoDate.optional().describe("When the allergy was recorded (or began)"),
});
export type Allergy = z.infer<typeof Allergy>;

/** The record fields a value sent and not used may be for (review c86-M2): the quantity fields of labs, the marrow's
 * clonal plasma cells, and the patient's weight and height. */
export const UNUSED_VALUE_FIELDS = [
  ...LAB_QUANTITY_FIELDS.map((k) => `labs.${k}` as const),
  "marrow.clonalPlasmaCellPercent",
  "patient.weight",
  "patient.height",
] as const;
export type UnusedValueField = (typeof UNUSED_VALUE_FIELDS)[number];

/** A value sent for a record field and not used, and why (review c86-M2): the FHIR import fills these, and a JSON
 * record may carry them. The field is then not read as "not measured": a criterion that reads it is not known, with
 * words saying what was sent. A used value of the field dated after it makes it moot. */
export const UnusedValue = z
  .strictObject({
    field: z.enum(UNUSED_VALUE_FIELDS).describe('The record path the value was for, e.g. "labs.calcium"'),
    reason: z.enum(UnusedValueReason).describe("Why it was not used"),
    date: isoDate.optional().describe("When the sample was taken"),
    value: z.number().finite().optional().describe("The number sent, when there was one"),
    unit: z.string().min(1).max(64).optional().describe("The unit sent, when there was one"),
    comparator: z
      .enum(["<", "<=", ">=", ">"])
      .optional()
      .describe('The bound sent with the number ("<", "<=", ">=", ">"), for reason "comparator"'),
  })
  .describe("A value sent for a record field and not used (e.g. a calcium of 3.2 sent in mg/dL)");
export type UnusedValue = z.infer<typeof UnusedValue>;

export const PatientRecord = z
  .strictObject({
    schemaVersion: z.literal("1").optional(),
    id: z.string().min(1).max(200).optional(),
    asOf: isoDate
      .optional()
      .describe("The date the assessment is made for; defaults to today at the surface"),
    patient: z
      .strictObject({
        age: maybe(z.number().min(0).max(120)),
        sex: maybe(z.enum(["female", "male"])),
        weight: maybe(Quantity),
        height: maybe(Quantity),
      })
      .optional(),
    labs: Labs.optional(),
    marrow: z
      .strictObject({
        clonalPlasmaCellPercent: maybe(z.number().min(0).max(100)).describe(
          "Clonal bone marrow plasma cells; the higher of aspirate and core when both are known",
        ),
        date: isoDate.optional(),
        mrd: maybe(z.enum(["negative", "positive"])),
      })
      .optional(),
    imaging: z
      .strictObject({
        performed: maybe(z.boolean()),
        modality: maybe(z.enum(ImagingModality)),
        osteolyticLesions: maybe(count).describe(
          "Osteolytic lesions (each at least 5 mm), including a bony plasmacytoma",
        ),
        mriFocalLesions: maybe(count).describe("Focal lesions on MRI (each at least 5 mm); null when no MRI"),
        newLesions: maybe(z.boolean()).describe(
          "New bone lesions or plasmacytomas since the previous imaging",
        ),
        date: isoDate.optional(),
      })
      .optional(),
    biopsy: z
      .strictObject({
        plasmacytoma: z
          .union([
            z.strictObject({
              count,
              site: maybe(z.enum(PlasmacytomaSite)),
              sizeCm: z.number().positive().optional(),
            }),
            notKnown,
          ])
          .optional(),
        amyloid: maybe(z.boolean()).describe("Congo red positive tissue"),
        amyloidType: maybe(z.enum(AmyloidType)).describe(
          "Typing by mass spectrometry or immuno-electron microscopy",
        ),
      })
      .optional(),
    cytogenetics: z
      .strictObject({
        del17p: maybe(z.boolean()),
        del17pClonalFraction: maybe(z.number().min(0).max(100)).describe("Percent of clonal plasma cells"),
        tp53Mutation: maybe(z.boolean()),
        t4_14: maybe(z.boolean()),
        t14_16: maybe(z.boolean()),
        t14_20: maybe(z.boolean()),
        t11_14: maybe(z.boolean()),
        gain1q: maybe(z.boolean()).describe("1q gain (3 copies) or amplification (4 or more)"),
        del1p32: maybe(z.enum(Del1p32)),
        monosomy13: maybe(z.boolean()).describe("Monosomy 13 or del(13q)"),
        trisomies: maybe(z.boolean()),
        nonHyperdiploid: maybe(z.boolean()),
        date: isoDate.optional(),
      })
      .optional(),
    fitness: z
      .strictObject({
        ecog: maybe(z.number().int().min(0).max(4)),
        adl: maybe(z.number().int().min(0).max(6)).describe("Katz activities of daily living, 0-6"),
        iadl: maybe(z.number().int().min(0).max(8)).describe(
          "Lawton instrumental activities of daily living, 0-8",
        ),
        charlson: maybe(count).describe("Charlson comorbidity index"),
      })
      .optional(),
    transplant: z.strictObject({ candidate: maybe(z.enum(TransplantCandidacy)) }).optional(),
    conditions: z
      .strictObject({
        renalFailureOnDialysis: maybe(z.boolean()),
        kidneyImpairmentFromMyeloma: maybe(z.boolean()).describe(
          "Whether the team attributes the kidney impairment to the myeloma (typically light-chain cast nephropathy): the IMWG 2014 renal criterion counts only when it is attributable to myeloma, and VCd first is for myeloma kidney injury. Not recorded: VCd is not a first choice and this is asked; false: VCd for myeloma kidney injury is not offered",
        ),
        anaemiaFromMyeloma: maybe(z.boolean()).describe(
          "Whether the team attributes the anaemia to the myeloma (review c70-M2): the IMWG 2014 anaemia criterion counts only when it is attributable to the plasma-cell disorder. Not recorded while anaemia is the only myeloma-defining event of untreated myeloma: asked, with a warning (its other causes to be excluded); false: the anaemia is no myeloma-defining event",
        ),
        peripheralNeuropathy: maybe(z.boolean()).describe(
          "Whether peripheral neuropathy is present (review c74-U1), as a problem list says it without a grade. True with no neuropathyGrade recorded: every bortezomib or thalidomide option reads the worst case of the bortezomib table (held until grade 1 or less) and the grade is asked; a grade recorded wins",
        ),
        neuropathyGrade: maybe(z.number().int().min(0).max(4)),
        neuropathyPainful: maybe(z.boolean()),
        pregnancy: maybe(z.boolean()).describe(
          "Whether the patient is pregnant now (review c74-U2). True: lenalidomide, thalidomide and pomalidomide are contraindicated (their US labels); no option giving one is offered, with a critical alert",
        ),
        heartFailure: maybe(z.boolean()),
        nyhaClass: maybe(z.enum(NyhaClass)).describe(
          'NYHA functional class as the team records it: "I", "II", "III" (not split), "IIIA", "IIIB" or "IV" (AL amyloidosis: D-VCd is not indicated for IIIB/IV outside trials)',
        ),
        hypertension: maybe(z.enum(Hypertension)).describe(
          'Hypertension as the team judges it now: "none", "controlled" or "uncontrolled" (carfilzomib: assess blood pressure at baseline; the reference gives no threshold)',
        ),
        hepaticImpairment: maybe(z.enum(HepaticImpairment)).describe(
          'Hepatic impairment as the team records it: "none", or its Child-Pugh class ("child-pugh-a", "child-pugh-b", "child-pugh-c"); pomalidomide is dosed by it (label)',
        ),
        recurrentInfections: maybe(z.boolean()),
        bonePain: maybe(z.boolean()),
        hyperviscosity: maybe(z.boolean()),
        constitutionalSymptoms: maybe(z.boolean()),
        lymphadenopathy: maybe(z.boolean()),
        hepatosplenomegaly: maybe(z.boolean()),
        vteHistory: maybe(z.boolean()),
        anticoagulation: maybe(z.enum(Anticoagulation)).describe(
          'Anticoagulation or thromboprophylaxis taken now: "therapeutic" (full-dose warfarin, DOAC or LMWH), "prophylactic" (prophylactic-dose LMWH or DOAC, or aspirin) or "none". An anticoagulant is no myeloma therapy: record it here, not as a treatmentHistory entry',
        ),
        infectionProphylaxis: z
          .array(z.enum(InfectionProphylaxis))
          .optional()
          .describe(
            'Anti-infective prophylaxis taken now (treatments.md 8c): "hsv-vzv" (aciclovir or valaciclovir), "pjp" (TMP-SMX, atovaquone or pentamidine), "antibacterial" (levofloxacin); [] for none; absent when not recorded. Prophylaxis is no myeloma therapy: record it here (a running treatmentHistory entry of aciclovir, valaciclovir, levofloxacin or TMP-SMX is read the same way)',
          ),
        pathologicFracture: maybe(z.boolean()),
        spinalCordCompression: maybe(z.boolean()),
        amyloidOrgans: z
          .array(z.enum(AmyloidOrgan))
          .optional()
          .describe("Organs with amyloid-related involvement"),
      })
      .optional(),
    treatmentHistory: z.array(TreatmentLine).optional(),
    series: Series.optional(),
    allergies: z
      .array(Allergy)
      .optional()
      .describe(
        "Drug allergies and intolerances (review c74-M3): an option giving one is at most consider, with a caution naming it",
      ),
    unusedValues: z
      .array(UnusedValue)
      .optional()
      .describe(
        "Values sent for a field and not used, with why (review c86-M2; the FHIR import fills it): the field's latest value, unless a used value is newer, is then not known rather than not measured",
      ),
  })
  .describe("PatientRecord v1 (myeloma-navigator)");

export type PatientRecord = z.infer<typeof PatientRecord>;

/** The published JSON Schema of PatientRecord v1. */
export function patientRecordJsonSchema(): Record<string, unknown> {
  const schema = z.toJSONSchema(PatientRecord, { target: "draft-2020-12", unrepresentable: "any" });
  return {
    $id: "https://myeloma-navigator.org/schema/patient-record-v1.json",
    title: "PatientRecord v1",
    ...schema,
  };
}

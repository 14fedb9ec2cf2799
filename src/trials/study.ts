/** ClinicalTrials.gov study records (API v2 `studies` JSON) read with zod: the few modules the
 * navigator uses, every other field of the registry's format ignored. Pure: no I/O. */
import { z } from "zod";
import { MmnavError, type ValidationIssue } from "../model/errors.js";

const date = z
  .string({ message: "expected a date (YYYY-MM-DD or YYYY-MM)" })
  .regex(/^\d{4}-\d{2}(-\d{2})?$/, "expected a date (YYYY-MM-DD or YYYY-MM)");

/** The registry's ages: "18 Years", "6 Months", "N/A". */
const age = z
  .string()
  .regex(/^(?:\d+(?:\.\d+)?\s+(?:Years?|Months?|Weeks?|Days?)|N\/A)$/i, 'expected an age such as "18 Years"');

/** Recruitment statuses under which a study is kept (the registry's own enum values). */
export const RECRUITING_STATUSES = ["RECRUITING", "NOT_YET_RECRUITING", "ENROLLING_BY_INVITATION"] as const;

const texts = z.array(z.string({ message: "expected a string" }), { message: "expected a list of strings" });

export const Study = z.looseObject({
  protocolSection: z.looseObject({
    identificationModule: z.looseObject({
      nctId: z.string({ message: "expected an NCT number" }).regex(/^NCT\d{8}$/, "expected NCT and 8 digits"),
      briefTitle: z
        .string({ message: "expected the study's brief title" })
        .min(1, "expected a title")
        .optional(),
      officialTitle: z.string().optional(),
      acronym: z.string().optional(),
    }),
    statusModule: z.looseObject({
      overallStatus: z.string({ message: "expected the registry's overall status, such as RECRUITING" }),
      statusVerifiedDate: date.optional(),
      lastUpdatePostDateStruct: z.looseObject({ date }, { message: "expected { date }" }).optional(),
    }),
    conditionsModule: z.looseObject({ conditions: texts.optional(), keywords: texts.optional() }).optional(),
    designModule: z.looseObject({ studyType: z.string().optional(), phases: texts.optional() }).optional(),
    armsInterventionsModule: z
      .looseObject({
        interventions: z.array(z.looseObject({ type: z.string().optional(), name: z.string() })).optional(),
      })
      .optional(),
    eligibilityModule: z
      .looseObject({
        eligibilityCriteria: z.string().optional(),
        sex: z.enum(["ALL", "FEMALE", "MALE"], { message: "expected ALL, FEMALE or MALE" }).optional(),
        minimumAge: age.optional(),
        maximumAge: age.optional(),
        stdAges: texts.optional(),
      })
      .optional(),
    contactsLocationsModule: z
      .looseObject({
        locations: z
          .array(
            z.looseObject({
              facility: z.string().optional(),
              city: z.string().optional(),
              country: z.string().optional(),
              status: z.string().optional(),
            }),
          )
          .optional(),
      })
      .optional(),
  }),
});
export type Study = z.output<typeof Study>;

/** The registry page of a study. */
export function registryUrl(nctId: string): string {
  return `https://clinicaltrials.gov/study/${nctId}`;
}

/** The record's last update posted (YYYY-MM dates count as the first of the month); null if absent. */
export function lastUpdateOf(study: Study): string | null {
  const d = study.protocolSection.statusModule.lastUpdatePostDateStruct?.date;
  if (d === undefined) return null;
  return d.length === 7 ? `${d}-01` : d;
}

/** The title to show: the brief title, else the official title, else the acronym, else the NCT number. */
export function titleOf(study: Study): string {
  const id = study.protocolSection.identificationModule;
  return id.briefTitle ?? id.officialTitle ?? id.acronym ?? id.nctId;
}

function nctOf(raw: unknown): string | null {
  const id = (raw as { protocolSection?: { identificationModule?: { nctId?: unknown } } } | null)
    ?.protocolSection?.identificationModule?.nctId;
  return typeof id === "string" ? id : null;
}

/**
 * Reads one file's JSON: one study, an array of studies, or `{ "studies": [...] }` (the API's page).
 * Throws INVALID_RECORD naming the file, the study (NCT number or position) and the field.
 * @example parseStudies({ studies: [record] }, "export.json") // -> [Study]
 */
export function parseStudies(json: unknown, source: string): Study[] {
  let list: unknown[];
  if (Array.isArray(json)) list = json;
  else if (
    json !== null &&
    typeof json === "object" &&
    Array.isArray((json as { studies?: unknown }).studies)
  )
    list = (json as { studies: unknown[] }).studies;
  else if (json !== null && typeof json === "object" && "protocolSection" in json) list = [json];
  else
    throw new MmnavError("INVALID_RECORD", `${source}: not a ClinicalTrials.gov study record`, [
      {
        path: source,
        message: 'expected a study ({ "protocolSection": ... }), a list of studies or { "studies": [...] }',
      },
    ]);
  const issues: ValidationIssue[] = [];
  const studies: Study[] = [];
  list.forEach((raw, i) => {
    const r = Study.safeParse(raw);
    if (r.success) {
      studies.push(r.data);
      return;
    }
    const who = nctOf(raw) ?? `study #${i + 1}`;
    for (const issue of r.error.issues) {
      issues.push({ path: `${source} ${who}: ${issue.path.join(".") || "(study)"}`, message: issue.message });
    }
  });
  if (issues.length > 0) {
    throw new MmnavError("INVALID_RECORD", `${source}: ${issues.length} problem(s) in study records`, issues);
  }
  return studies;
}

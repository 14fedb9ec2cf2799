import { describe, expect, it } from "vitest";
import { assess } from "../engine/assess.js";
import { PatientRecord } from "../model/record.js";
import { synthCohort } from "../synth/cohort.js";
import { exampleRecords } from "../testing/example-records.js";
import { assessRecordBody, zodValidatorCompiler } from "./validation.js";

/** The body validator the REST routes use for a PatientRecord. */
const validateBody = zodValidatorCompiler({
  schema: PatientRecord,
  method: "POST",
  url: "/api/v1/assessments",
  httpPart: "body",
}) as (data: unknown) => { value?: unknown; error?: Error };

const TODAY = "2026-12-01";

function withoutAsOf(record: unknown): unknown {
  const { asOf: _asOf, ...rest } = record as Record<string, unknown>;
  return rest;
}

describe("POST /assessments: a body the validator accepted is assessed without validating it again", () => {
  const records = [
    ...exampleRecords().map(([, r]) => r),
    ...synthCohort(5, 60),
    ...[...synthCohort(6, 20)].map(withoutAsOf),
  ];

  it("gives the Assessment assess() gives, with the record's asOf or today's", () => {
    for (const record of records) {
      const body = structuredClone(record);
      expect(validateBody(body).error).toBeUndefined();
      expect(JSON.stringify(assessRecordBody(body, { defaultAsOf: TODAY }))).toBe(
        JSON.stringify(assess(record, { defaultAsOf: TODAY })),
      );
    }
  });

  it("leaves the accepted body as sent: the Facts it carries for the handler are not among its keys or its JSON", () => {
    for (const record of records.slice(0, 20)) {
      const body = structuredClone(record) as object;
      expect(validateBody(body).error).toBeUndefined();
      expect(Object.keys(body)).toEqual(Object.keys(record as object));
      expect(JSON.stringify(body)).toBe(JSON.stringify(record));
      expect({ ...body }).toEqual(record);
    }
  });

  it("keeps the jurisdiction asked for", () => {
    const body = structuredClone(exampleRecords()[0]![1]);
    validateBody(body);
    expect(assessRecordBody(body, { defaultAsOf: TODAY, jurisdiction: "eu" })).toEqual(
      assess(body, { defaultAsOf: TODAY, jurisdiction: "eu" }),
    );
  });

  it("a body never validated is validated and assessed as assess() does, errors included", () => {
    const record = [...synthCohort(7, 1)][0]!;
    expect(assessRecordBody(record, { defaultAsOf: TODAY })).toEqual(assess(record, { defaultAsOf: TODAY }));
    const misspelt = { ...record, labs: { creatinin: { value: 1, unit: "mg/dL" } } };
    expect(validateBody(misspelt).error?.message).toMatch(/creatinin/);
    expect(() => assessRecordBody(misspelt, { defaultAsOf: TODAY })).toThrow(/did you mean "creatinine"/);
  });

  it("without an asOf in the record or a default, refuses it as assess() does", () => {
    const body = withoutAsOf([...synthCohort(8, 1)][0]);
    expect(validateBody(body).error).toBeUndefined();
    expect(() => assessRecordBody(body)).toThrow(/the date to assess for/);
  });
});

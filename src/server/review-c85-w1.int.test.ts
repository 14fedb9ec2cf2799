/** Review c85-W1 over HTTP and FHIR: a calcium in mmol/L typed under mg/dL (3.2 "mg/dL", r869) is refused by
 * POST /api/v1/assessments naming labs.calcium with "was it in mmol/L?", and a FHIR Observation with it is a
 * warning and its value is not used (both read src/model/unit-specs.ts; criteria-and-scores.md 1.1, 7.3). */
import { describe, expect, it } from "vitest";
import { bundleToRecord } from "../fhir/bundle-to-record.js";
import { recordToBundle } from "../fhir/record-to-bundle.js";
import type { PatientRecord } from "../model/record.js";
import { availableBackends } from "../store/testing/backends.js";
import { useTestApp } from "./testing/app-fixture.js";

const TODAY = "2026-12-01";
const HINT = "3.2 mg/dL is not a plausible value (expected 4–25 mg/dL); was it in mmol/L?";
const withCalcium = (unit: string): PatientRecord => ({
  asOf: TODAY,
  patient: { age: 64, sex: "male" },
  labs: {
    serumMProtein: { value: 3.5, unit: "g/dL" },
    heavyChain: "IgG",
    lightChain: "kappa",
    calcium: { value: 3.2, unit },
  },
  marrow: { clonalPlasmaCellPercent: 40 },
});

describe.each(availableBackends())("review c85-W1 on $name", (backend) => {
  const ctx = useTestApp(backend, () => ({ today: () => TODAY }));
  const post = (payload: PatientRecord) =>
    ctx.app.inject({ method: "POST", url: "/api/v1/assessments", payload });

  it("POST /assessments refuses calcium 3.2 mg/dL naming labs.calcium and the likely unit", async () => {
    const res = await post(withCalcium("mg/dL"));
    expect(res.statusCode).toBe(400);
    const error = JSON.parse(res.body).error;
    expect(error.code).toBe("INVALID_RECORD");
    expect(error.issues).toEqual([{ path: "labs.calcium", message: HINT }]);
  });

  it("control: the same 3.2 in mmol/L is assessed as multiple myeloma with the hypercalcaemia alert", async () => {
    const res = await post(withCalcium("mmol/L"));
    expect(res.statusCode, res.body).toBe(200);
    const body = JSON.parse(res.body);
    expect(body.diagnosis.category).toBe("multiple-myeloma");
    expect(body.alerts.map((a: { id: string }) => a.id)).toContain("alert.hypercalcemia");
  });
});

describe("review c85-W1: FHIR import", () => {
  it("a calcium Observation of 3.2 mg/dL is a warning with the hint, and its value is not used", () => {
    const { record, warnings } = bundleToRecord(recordToBundle(withCalcium("mg/dL")), { asOf: TODAY });
    expect(record.labs?.calcium).toBeUndefined();
    expect(warnings.map((w) => w.message).join("\n")).toContain("was it in mmol/L?");
  });
});

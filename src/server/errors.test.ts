/** One mapping from error code to HTTP status, one JSON error shape, one OperationOutcome. */
import { describe, expect, it } from "vitest";
import { ErrorCode, MmnavError } from "../model/errors.js";
import { errorBody, operationOutcome, statusOf, toMmnavError } from "./errors.js";

describe("statusOf", () => {
  it("maps every error code to its HTTP status", () => {
    const expected: Record<ErrorCode, number> = {
      INVALID_RECORD: 400,
      INVALID_REQUEST: 400,
      UNAUTHORIZED: 401,
      FORBIDDEN: 403,
      NOT_FOUND: 404,
      CONFLICT: 409,
      PREFETCH_MISSING: 412,
      REQUEST_TIMEOUT: 408,
      PAYLOAD_TOO_LARGE: 413,
      URI_TOO_LONG: 414,
      HEADERS_TOO_LARGE: 431,
      UNSUPPORTED_FHIR: 422,
      PATIENT_DECEASED: 422,
      RATE_LIMITED: 429,
      CONFIG: 500,
      INTERNAL: 500,
      UNAVAILABLE: 503,
    };
    expect(Object.keys(expected).sort()).toEqual(Object.values(ErrorCode).sort());
    for (const code of Object.values(ErrorCode)) expect(statusOf(code), code).toBe(expected[code]);
  });
});

describe("toMmnavError", () => {
  it("keeps our errors, and classifies framework errors by status", () => {
    const ours = new MmnavError(ErrorCode.CONFLICT, "stale");
    expect(toMmnavError(ours)).toBe(ours);
    const big = Object.assign(new Error("Request body is too large"), {
      statusCode: 413,
      code: "FST_ERR_CTP_BODY_TOO_LARGE",
    });
    expect(toMmnavError(big).code).toBe("PAYLOAD_TOO_LARGE");
    const json = Object.assign(new SyntaxError("Unexpected token n in JSON at position 1"), {
      statusCode: 400,
    });
    expect(toMmnavError(json)).toMatchObject({
      code: "INVALID_REQUEST",
      message: "the request body is not valid JSON",
    });
  });

  it("never passes an unexpected error's message (which may quote input) to the client", () => {
    const e = toMmnavError(new Error("creatinine 1.337 for Jane Doe"));
    expect(e.code).toBe("INTERNAL");
    expect(e.message).not.toContain("Jane");
    expect(errorBody(e)).toEqual({ error: { code: "INTERNAL", message: e.message, issues: [] } });
  });
});

describe("operationOutcome", () => {
  it("gives one issue per field problem, with the field as expression and our code in details", () => {
    const { status, body } = operationOutcome(
      new MmnavError(ErrorCode.INVALID_RECORD, "2 problems", [
        { path: "labs.calcium", message: "unit kg is not a concentration" },
        { path: "patient.age", message: "too big" },
      ]),
    );
    expect(status).toBe(400);
    expect(body.resourceType).toBe("OperationOutcome");
    expect(body.issue.map((i) => [i.severity, i.code, i.expression, i.diagnostics])).toEqual([
      ["error", "invalid", ["labs.calcium"], "unit kg is not a concentration"],
      ["error", "invalid", ["patient.age"], "too big"],
    ]);
    expect(body.issue[0]?.details?.coding[0]?.code).toBe("INVALID_RECORD");
  });

  it("gives one issue for an error without field problems", () => {
    const { status, body } = operationOutcome(
      new MmnavError(ErrorCode.UNSUPPORTED_FHIR, "Bundle type not supported"),
    );
    expect(status).toBe(422);
    expect(body.issue).toEqual([
      expect.objectContaining({ code: "not-supported", diagnostics: "Bundle type not supported" }),
    ]);
    expect(operationOutcome(new Error("boom")).body.issue[0]).toMatchObject({
      severity: "fatal",
      code: "exception",
    });
  });
});

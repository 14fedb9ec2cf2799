/** The one error type of the project, with codes from one catalogue (surfaces map codes to statuses). */

export const ErrorCode = {
  INVALID_RECORD: "INVALID_RECORD",
  INVALID_REQUEST: "INVALID_REQUEST",
  NOT_FOUND: "NOT_FOUND",
  CONFLICT: "CONFLICT",
  UNAUTHORIZED: "UNAUTHORIZED",
  FORBIDDEN: "FORBIDDEN",
  RATE_LIMITED: "RATE_LIMITED",
  PAYLOAD_TOO_LARGE: "PAYLOAD_TOO_LARGE",
  URI_TOO_LONG: "URI_TOO_LONG",
  HEADERS_TOO_LARGE: "HEADERS_TOO_LARGE",
  REQUEST_TIMEOUT: "REQUEST_TIMEOUT",
  UNSUPPORTED_FHIR: "UNSUPPORTED_FHIR",
  /** The patient is recorded deceased (FHIR Patient.deceased[x]) on or before the assessment date: not assessed
   * (review c57 W9). */
  PATIENT_DECEASED: "PATIENT_DECEASED",
  PREFETCH_MISSING: "PREFETCH_MISSING",
  CONFIG: "CONFIG",
  INTERNAL: "INTERNAL",
  /** A dependency (the database) cannot be reached for now: retry later. */
  UNAVAILABLE: "UNAVAILABLE",
} as const;
export type ErrorCode = (typeof ErrorCode)[keyof typeof ErrorCode];

/** One problem with one field of the input: `path` is dotted (`labs.creatinine.unit`). */
export interface ValidationIssue {
  path: string;
  message: string;
}

export class MmnavError extends Error {
  readonly code: ErrorCode;
  readonly issues: ValidationIssue[];
  constructor(code: ErrorCode, message: string, issues: ValidationIssue[] = []) {
    super(message);
    this.name = "MmnavError";
    this.code = code;
    this.issues = issues;
  }
}

export function invalidRecord(issues: ValidationIssue[]): MmnavError {
  const first = issues[0];
  const summary = first ? `${first.path}: ${first.message}` : "invalid record";
  return new MmnavError(
    ErrorCode.INVALID_RECORD,
    issues.length > 1 ? `${summary} (and ${issues.length - 1} more)` : summary,
    issues,
  );
}

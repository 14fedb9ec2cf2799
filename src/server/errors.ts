/** Errors on the HTTP surfaces: every error becomes one JSON shape (REST) or one OperationOutcome
 * (FHIR), and `statusOf` is the one place where an error code becomes an HTTP status. */
import { ErrorCode, MmnavError, type ValidationIssue } from "../model/errors.js";

/** The one mapping from error code to HTTP status. */
export function statusOf(code: ErrorCode): number {
  switch (code) {
    case ErrorCode.INVALID_RECORD:
    case ErrorCode.INVALID_REQUEST:
      return 400;
    case ErrorCode.UNAUTHORIZED:
      return 401;
    case ErrorCode.FORBIDDEN:
      return 403;
    case ErrorCode.NOT_FOUND:
      return 404;
    case ErrorCode.CONFLICT:
      return 409;
    // CDS Hooks 2.0: a service that cannot get the prefetch it needs answers 412.
    case ErrorCode.PREFETCH_MISSING:
      return 412;
    case ErrorCode.REQUEST_TIMEOUT:
      return 408;
    case ErrorCode.PAYLOAD_TOO_LARGE:
      return 413;
    case ErrorCode.URI_TOO_LONG:
      return 414;
    case ErrorCode.HEADERS_TOO_LARGE:
      return 431;
    case ErrorCode.UNSUPPORTED_FHIR:
    case ErrorCode.PATIENT_DECEASED:
      return 422;
    case ErrorCode.RATE_LIMITED:
      return 429;
    case ErrorCode.CONFIG:
    case ErrorCode.INTERNAL:
      return 500;
    case ErrorCode.UNAVAILABLE:
      return 503;
  }
}

export interface ErrorBody {
  error: { code: ErrorCode; message: string; issues: ValidationIssue[] };
}

const KNOWN_CODES = new Set<string>(Object.values(ErrorCode));

/** Any thrown value as an MmnavError: ours pass through; Fastify's and plugins' are classified by
 * their status; anything else is INTERNAL with a message that reveals nothing of the input. */
export function toMmnavError(e: unknown): MmnavError {
  if (e instanceof MmnavError) return e;
  const err = (e ?? {}) as { code?: unknown; statusCode?: unknown; message?: unknown };
  if (typeof err.code === "string" && KNOWN_CODES.has(err.code)) {
    return new MmnavError(err.code as ErrorCode, String(err.message ?? err.code));
  }
  const status = typeof err.statusCode === "number" ? err.statusCode : 500;
  const code = typeof err.code === "string" ? err.code : "";
  if (status === 413 || code === "FST_ERR_CTP_BODY_TOO_LARGE") {
    return new MmnavError(ErrorCode.PAYLOAD_TOO_LARGE, "request body is too large");
  }
  // The framework's messages for these quote the URL; ours never do.
  if (status === 414 || code === "FST_ERR_MAX_PARAM_LENGTH") {
    return new MmnavError(ErrorCode.URI_TOO_LONG, "a path segment of the URL is too long");
  }
  if (code === "FST_ERR_BAD_URL") {
    return new MmnavError(ErrorCode.INVALID_REQUEST, "the URL is not validly percent-encoded");
  }
  if (status === 429) return new MmnavError(ErrorCode.RATE_LIMITED, "too many requests: slow down and retry");
  if (status === 401) return new MmnavError(ErrorCode.UNAUTHORIZED, "authentication required");
  if (status === 404) return new MmnavError(ErrorCode.NOT_FOUND, "not found");
  if (status >= 400 && status < 500) {
    // Fastify's own client errors (bad JSON, wrong content type, empty body): their messages name
    // the problem, not the data.
    const message =
      code === "FST_ERR_CTP_INVALID_MEDIA_TYPE"
        ? "unsupported content type: send application/json"
        : code === "FST_ERR_CTP_EMPTY_JSON_BODY"
          ? "the request body is empty: send a JSON document"
          : e instanceof SyntaxError || code === "FST_ERR_CTP_INVALID_JSON_BODY"
            ? "the request body is not valid JSON"
            : typeof err.message === "string"
              ? err.message
              : "bad request";
    return new MmnavError(ErrorCode.INVALID_REQUEST, message);
  }
  return new MmnavError(ErrorCode.INTERNAL, "internal error: the server could not complete the request");
}

export function errorBody(e: MmnavError): ErrorBody {
  return { error: { code: e.code, message: e.message, issues: e.issues } };
}

/** A FHIR R4 OperationOutcome for an error (for the FHIR and CDS Hooks surfaces). */
export interface OperationOutcome {
  resourceType: "OperationOutcome";
  issue: {
    severity: "error" | "fatal";
    code: string;
    diagnostics: string;
    expression?: string[];
    details?: { coding: { system: string; code: string }[]; text: string };
  }[];
}

const FHIR_ISSUE_TYPE: Record<ErrorCode, string> = {
  INVALID_RECORD: "invalid",
  INVALID_REQUEST: "invalid",
  NOT_FOUND: "not-found",
  CONFLICT: "conflict",
  UNAUTHORIZED: "login",
  FORBIDDEN: "forbidden",
  RATE_LIMITED: "throttled",
  PAYLOAD_TOO_LARGE: "too-costly",
  URI_TOO_LONG: "too-long",
  HEADERS_TOO_LARGE: "too-long",
  REQUEST_TIMEOUT: "timeout",
  UNSUPPORTED_FHIR: "not-supported",
  PATIENT_DECEASED: "business-rule",
  PREFETCH_MISSING: "incomplete",
  CONFIG: "exception",
  INTERNAL: "exception",
  UNAVAILABLE: "transient",
};

export const MMNAV_ERROR_SYSTEM = "https://myeloma-navigator.org/fhir/CodeSystem/error-code";

/** Turns any thrown value into a FHIR OperationOutcome and its HTTP status: one issue per field
 * problem (with the field as `expression`), or one issue for the error itself. */
export function operationOutcome(e: unknown): { status: number; body: OperationOutcome } {
  const err = toMmnavError(e);
  const severity = statusOf(err.code) >= 500 ? "fatal" : "error";
  const details = { coding: [{ system: MMNAV_ERROR_SYSTEM, code: err.code }], text: err.message };
  const issue =
    err.issues.length > 0
      ? err.issues.map((i) => ({
          severity,
          code: FHIR_ISSUE_TYPE[err.code],
          diagnostics: i.message,
          expression: [i.path],
          details,
        }))
      : [{ severity, code: FHIR_ISSUE_TYPE[err.code], diagnostics: err.message, details }];
  return {
    status: statusOf(err.code),
    body: { resourceType: "OperationOutcome", issue } as OperationOutcome,
  };
}

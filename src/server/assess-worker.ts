/** The worker-thread side of the assessment pool (assess-pool.ts, run by piscina): one
 * `POST /api/v1/assessments` body in, the response bytes (or the error) out. */
import { move, transferableSymbol, valueSymbol } from "piscina";
import { type ErrorCode, MmnavError, type ValidationIssue } from "../model/errors.js";
import { validateThenAssess } from "./validation.js";

export interface AssessTask {
  /** The request body as Fastify read it (UTF-8 text). */
  body: string;
  /** Today's date on the server, the default asOf. */
  defaultAsOf: string;
}

/** The worker's answer: the JSON of the Assessment; the error the route would have thrown; or
 * "parse it on the main thread" for a body the plain JSON.parse cannot stand in for Fastify's parser. */
export type AssessTaskResult =
  | { kind: "json"; bytes: Uint8Array }
  | { kind: "error"; code: ErrorCode; message: string; issues: ValidationIssue[] }
  | { kind: "fallback" };

const FALLBACK: AssessTaskResult = { kind: "fallback" };
const encoder = new TextEncoder();

/** True when JSON.parse may not give what Fastify's parser gives: an empty body (its own error), a
 * byte-order mark (its parser drops it), a key it refuses (`__proto__`, `constructor`, possibly
 * written with \u escapes). Those bodies are parsed on the main thread by Fastify's own parser. */
function needsFastifyParser(body: string): boolean {
  return (
    body.length === 0 ||
    body.charCodeAt(0) === 0xfeff ||
    body.includes("__proto__") ||
    body.includes("constructor") ||
    body.includes("\\u")
  );
}

export default function assessWorker(task: AssessTask): AssessTaskResult | ReturnType<typeof move> {
  if (needsFastifyParser(task.body)) return FALLBACK;
  let data: unknown;
  try {
    data = JSON.parse(task.body);
  } catch {
    return FALLBACK; // the main thread's parser answers with its own error
  }
  let json: string;
  try {
    json = JSON.stringify(validateThenAssess(data, { defaultAsOf: task.defaultAsOf }));
  } catch (e) {
    if (!(e instanceof MmnavError)) throw e; // a bug: the main thread answers 500
    return { kind: "error", code: e.code, message: e.message, issues: e.issues };
  }
  // The bytes move to the main thread (no copy), which writes them to the socket as they are.
  const result: AssessTaskResult = { kind: "json", bytes: encoder.encode(json) };
  return move({ [transferableSymbol]: [result.bytes.buffer], [valueSymbol]: result });
}

/** The registry API client (`mmnav serve`, /api/v1). The assess page never calls it: assessments
 * run in the browser. A bearer token, when the server needs one, lives in sessionStorage only. */
import type { Assessment } from "../core.js";

export const API_BASE = "/api/v1";
const TOKEN_KEY = "mmnav.apiToken";

export function getToken(): string {
  try {
    return sessionStorage.getItem(TOKEN_KEY) ?? "";
  } catch {
    return "";
  }
}

export function setToken(token: string): void {
  try {
    if (token) sessionStorage.setItem(TOKEN_KEY, token);
    else sessionStorage.removeItem(TOKEN_KEY);
  } catch {
    // Storage can be disabled; the token then lasts only for this request.
  }
}

/** Why a call failed, in the terms the page explains to the user. */
export type ApiFailure =
  | { kind: "unreachable"; detail: string }
  | { kind: "auth"; status: 401 | 403; detail: string }
  | { kind: "not-found"; detail: string }
  | { kind: "error"; status: number; detail: string };

export type ApiResult<T> = { ok: true; data: T } | { ok: false; failure: ApiFailure };

function messageOf(body: unknown): string | null {
  if (typeof body !== "object" || body === null) return null;
  const b = body as Record<string, unknown>;
  const err = b.error;
  if (typeof err === "object" && err !== null && typeof (err as { message?: unknown }).message === "string")
    return (err as { message: string }).message;
  if (typeof b.message === "string") return b.message;
  if (typeof err === "string") return err;
  return null;
}

export async function apiGet(path: string, signal?: AbortSignal): Promise<ApiResult<unknown>> {
  const token = getToken();
  const headers: Record<string, string> = { accept: "application/json" };
  if (token) headers.authorization = `Bearer ${token}`;
  let res: Response;
  try {
    res = await fetch(`${API_BASE}${path}`, { headers, ...(signal ? { signal } : {}) });
  } catch (e) {
    if (e instanceof DOMException && e.name === "AbortError") throw e;
    return { ok: false, failure: { kind: "unreachable", detail: String(e) } };
  }
  const type = res.headers.get("content-type") ?? "";
  // A static host answers /api/... with its index.html or a bare 404: there is no registry here.
  if (!type.includes("json")) {
    return {
      ok: false,
      failure: { kind: "unreachable", detail: `${res.status} ${type || "no content type"}` },
    };
  }
  let body: unknown;
  try {
    body = await res.json();
  } catch {
    return { ok: false, failure: { kind: "unreachable", detail: "the answer was not valid JSON" } };
  }
  if (res.ok) return { ok: true, data: body };
  const detail = messageOf(body) ?? `HTTP ${res.status}`;
  if (res.status === 401 || res.status === 403)
    return { ok: false, failure: { kind: "auth", status: res.status, detail } };
  if (res.status === 404) {
    const code =
      (body as { error?: { code?: unknown }; code?: unknown }).error?.code ??
      (body as { code?: unknown }).code;
    // A 404 with no error code of ours is a route the server does not have.
    return code === "NOT_FOUND" && !/no API|route/i.test(detail)
      ? { ok: false, failure: { kind: "not-found", detail } }
      : { ok: false, failure: { kind: "unreachable", detail } };
  }
  return { ok: false, failure: { kind: "error", status: res.status, detail } };
}

const isObject = (v: unknown): v is Record<string, unknown> =>
  typeof v === "object" && v !== null && !Array.isArray(v);

/** One row of the patient list (GET /patients: `{ items, total }`, each with `latestAssessment.summary`). */
/** A test the latest assessment found overdue, and since when (its due date). */
export interface OverdueItem {
  test: string;
  since: string | null;
}

export interface PatientRow {
  id: string;
  externalId: string | null;
  /** Overdue tests, when the server lists them (older servers send only a yes/no). */
  overdueItems: OverdueItem[];
  category: string | null;
  riskGroup: string | null;
  asOf: string | null;
  updated: string | null;
  overdue: boolean | null;
  progressed: boolean | null;
}

/** The value at a dotted path ("latestAssessment.summary.category"), or undefined. */
function pick(obj: Record<string, unknown>, path: string): unknown {
  let node: unknown = obj;
  for (const seg of path.split(".")) node = isObject(node) ? node[seg] : undefined;
  return node ?? undefined;
}

const str = (v: unknown) => (typeof v === "string" ? v : typeof v === "number" ? String(v) : null);
const bool = (v: unknown) => (typeof v === "boolean" ? v : null);

export function listOf(data: unknown, ...keys: string[]): unknown[] {
  if (Array.isArray(data)) return data;
  if (isObject(data)) for (const k of keys) if (Array.isArray(data[k])) return data[k] as unknown[];
  return [];
}

export interface PatientPage {
  rows: PatientRow[];
  /** All patients matching the filter (the page shows `rows`); null when the server does not say. */
  total: number | null;
}

/** The overdue tests of the latest assessment (`latestAssessment.summary.overdueTests`: {test, due}). */
function overdueItems(p: Record<string, unknown>): OverdueItem[] {
  const list = pick(p, "latestAssessment.summary.overdueTests");
  if (!Array.isArray(list)) return [];
  return list.flatMap((x) => {
    if (!isObject(x)) return [];
    const test = str(x.test);
    return test ? [{ test, since: str(x.due) }] : [];
  });
}

export function toPatientPage(data: unknown): PatientPage {
  const rows = listOf(data, "items", "patients")
    .filter(isObject)
    .map((p) => {
      const items = overdueItems(p);
      const flag = bool(pick(p, "latestAssessment.summary.overdue"));
      return {
        id: str(p.id) ?? "",
        externalId: str(p.recordId),
        overdueItems: items,
        category: str(pick(p, "latestAssessment.summary.category")),
        riskGroup: str(pick(p, "latestAssessment.summary.riskGroup")),
        // The record's own date (its asOf, else its latest data), never the day the list was read.
        asOf: str(pick(p, "latestAssessment.recordDate")),
        updated: str(p.updatedAt),
        overdue: items.length > 0 ? true : flag,
        progressed: bool(pick(p, "latestAssessment.summary.progressed")),
      };
    })
    .filter((r) => r.id !== "");
  const total = isObject(data) && typeof data.total === "number" ? data.total : null;
  return { rows, total };
}

/** The latest assessment, whether the server sends it bare or wrapped. */
export function toAssessment(data: unknown): Assessment | null {
  const a = isObject(data) && isObject(data.assessment) ? data.assessment : data;
  return isObject(a) && isObject(a.diagnosis) && typeof a.asOf === "string"
    ? (a as unknown as Assessment)
    : null;
}

export interface ObservationPoint {
  date: string;
  value: number;
  unit: string;
}

/** Observations grouped by field (serumMProtein, creatinine, …), oldest first. Accepts the server's list
 * of {field, date, value, unit} or an object of field -> points (the record's `series` shape). */
export function toObservationSeries(data: unknown): Map<string, ObservationPoint[]> {
  const out = new Map<string, ObservationPoint[]>();
  const add = (field: string, o: Record<string, unknown>) => {
    const qty = isObject(o.value) ? o.value : o;
    const value = typeof qty.value === "number" ? qty.value : null;
    const date = str(o.date);
    if (value === null || !date) return;
    const unit = str(qty.unit) ?? "";
    const list = out.get(field) ?? [];
    list.push({ date: date.slice(0, 10), value, unit });
    out.set(field, list);
  };
  const src =
    isObject(data) && (isObject(data.series) || isObject(data.observations))
      ? (data.series ?? data.observations)
      : data;
  const list = listOf(src, "observations", "items", "data");
  if (list.length > 0) {
    for (const o of list.filter(isObject)) {
      const field = str(o.field);
      if (field) add(field, o);
    }
  } else if (isObject(src)) {
    for (const [field, points] of Object.entries(src))
      if (Array.isArray(points)) for (const p of points.filter(isObject)) add(field, p);
  }
  for (const points of out.values()) points.sort((a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : 0));
  return out;
}

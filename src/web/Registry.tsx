/** Registry pages, when a server is present: the patient list (/patients) and one patient
 * (/patients/{id}) with the latest assessment and the observations over time. */
import { type FormEvent, lazy, Suspense, useEffect, useState } from "react";
import type { Assessment } from "../core.js";
import type { TrialsAnswer } from "../trials/answer.js";
import {
  type ApiFailure,
  apiGet,
  getToken,
  type PatientPage as PatientPageData,
  setToken,
  toAssessment,
  toObservationSeries,
  toPatientPage,
} from "./api.js";
import { CATEGORY_LABEL, categoryLabel } from "./labels.js";
import { Results } from "./Results.js";
import { Link } from "./router.js";
import { TrialsList } from "./TrialsList.js";

const TimePanel = lazy(() => import("./TimePanel.js"));

/** The trials answer as the server sends it (GET /api/v1/patients/{id}/trials). */
function toTrialsAnswer(data: unknown): TrialsAnswer | null {
  return data !== null && typeof data === "object" && Array.isArray((data as { matching?: unknown }).matching)
    ? (data as TrialsAnswer)
    : null;
}

type Load<T> = { state: "loading" } | { state: "ok"; data: T } | { state: "failed"; failure: ApiFailure };

/** Fetches `path` and re-fetches when `version` changes (a new token). */
function useApi<T>(path: string, parse: (data: unknown) => T, version: number): Load<T> {
  const [load, setLoad] = useState<Load<T>>({ state: "loading" });
  // biome-ignore lint/correctness/useExhaustiveDependencies: parse is a module-level function; version triggers a refetch
  useEffect(() => {
    const ctl = new AbortController();
    setLoad({ state: "loading" });
    apiGet(path, ctl.signal)
      .then((r) =>
        setLoad(r.ok ? { state: "ok", data: parse(r.data) } : { state: "failed", failure: r.failure }),
      )
      .catch(() => undefined);
    return () => ctl.abort();
  }, [path, version]);
  return load;
}

/** The bearer token field; the token is kept in sessionStorage (gone when the tab closes). */
export function TokenForm({ onChange }: { onChange: () => void }) {
  const [value, setValue] = useState(getToken);
  const submit = (e: FormEvent) => {
    e.preventDefault();
    setToken(value.trim());
    onChange();
  };
  return (
    <form className="token-form" onSubmit={submit} aria-label="API access token">
      <label htmlFor="api-token">Access token</label>
      <input
        id="api-token"
        type="password"
        autoComplete="off"
        value={value}
        onChange={(e) => setValue(e.target.value)}
      />
      <button type="submit">Use token</button>
      {getToken() && (
        <button
          type="button"
          className="secondary"
          onClick={() => {
            setToken("");
            setValue("");
            onChange();
          }}
        >
          Forget token
        </button>
      )}
      <p className="hint">Kept in this browser tab only (sessionStorage), sent as a bearer token.</p>
    </form>
  );
}

function Failure({ failure, onToken, what }: { failure: ApiFailure; onToken: () => void; what: string }) {
  switch (failure.kind) {
    case "unreachable":
      return (
        <div className="callout" role="alert">
          <h2>The registry is not reachable</h2>
          <p>
            No registry API answered at <code>/api/v1</code>. The registry needs <code>mmnav serve</code>; the{" "}
            <Link href="/">assess page</Link> works without it.
          </p>
          <p className="hint">Detail: {failure.detail}</p>
        </div>
      );
    case "auth":
      return (
        <div className="callout" role="alert">
          <h2>
            {failure.status === 401 ? "The registry needs an access token" : "This token may not see that"}
          </h2>
          <p>{failure.detail}</p>
          <TokenForm onChange={onToken} />
        </div>
      );
    case "not-found":
      return (
        <div className="callout" role="alert">
          <h2>Not found</h2>
          <p>
            {what} was not found. {failure.detail}
          </p>
        </div>
      );
    default:
      return (
        <div className="callout" role="alert">
          <h2>The registry answered with an error ({failure.status})</h2>
          <p>{failure.detail}</p>
        </div>
      );
  }
}

const PAGE_SIZE = 50;

/** The list filters, which the server applies to each patient's latest assessment. */
interface Filters {
  category: string;
  riskGroup: string;
  overdue: "" | "true" | "false";
  progressed: "" | "true" | "false";
}
const NO_FILTERS: Filters = { category: "", riskGroup: "", overdue: "", progressed: "" };

export function patientsQuery(f: Filters, offset: number): string {
  const q = new URLSearchParams();
  for (const [k, v] of Object.entries(f)) if (v) q.set(k, v);
  q.set("limit", String(PAGE_SIZE));
  q.set("offset", String(offset));
  return `/patients?${q}`;
}

function YesNoFilter({
  id,
  label,
  value,
  set,
}: {
  id: string;
  label: string;
  value: Filters["overdue"];
  set: (v: Filters["overdue"]) => void;
}) {
  return (
    <div className="field inline">
      <label htmlFor={id}>{label}</label>
      <select id={id} value={value} onChange={(e) => set(e.target.value as Filters["overdue"])}>
        <option value="">Any</option>
        <option value="true">Yes</option>
        <option value="false">No</option>
      </select>
    </div>
  );
}

export function PatientsPage() {
  const [version, setVersion] = useState(0);
  const [filters, setFilters] = useState<Filters>(NO_FILTERS);
  const [offset, setOffset] = useState(0);
  const [query, setQuery] = useState("");
  const load = useApi(patientsQuery(filters, offset), toPatientPage, version);
  const set = (patch: Partial<Filters>) => {
    setFilters((f) => ({ ...f, ...patch }));
    setOffset(0);
  };
  const page: PatientPageData = load.state === "ok" ? load.data : { rows: [], total: null };
  const needle = query.trim().toLowerCase();
  const shown = page.rows.filter(
    (r) =>
      !needle || r.id.toLowerCase().includes(needle) || (r.externalId ?? "").toLowerCase().includes(needle),
  );
  const total = page.total ?? page.rows.length;
  const authFailed = load.state === "failed" && load.failure.kind === "auth";
  return (
    <div className="registry">
      <h1>Patient registry</h1>
      {!(load.state === "failed" && load.failure.kind !== "error") && (
        <form className="filters" aria-label="Filter patients" onSubmit={(e) => e.preventDefault()}>
          <div className="field inline">
            <label htmlFor="filter-category">Category</label>
            <select
              id="filter-category"
              value={filters.category}
              onChange={(e) => set({ category: e.target.value })}
            >
              <option value="">All</option>
              {Object.keys(CATEGORY_LABEL).map((c) => (
                <option key={c} value={c}>
                  {categoryLabel(c)}
                </option>
              ))}
            </select>
          </div>
          <div className="field inline">
            <label htmlFor="filter-risk">Risk group</label>
            <select
              id="filter-risk"
              value={filters.riskGroup}
              onChange={(e) => set({ riskGroup: e.target.value })}
            >
              <option value="">Any</option>
              {["low", "intermediate", "high", "standard"].map((g) => (
                <option key={g} value={g}>
                  {g}
                </option>
              ))}
            </select>
          </div>
          <YesNoFilter
            id="filter-overdue"
            label="Overdue"
            value={filters.overdue}
            set={(overdue) => set({ overdue })}
          />
          <YesNoFilter
            id="filter-progressed"
            label="Progressed"
            value={filters.progressed}
            set={(progressed) => set({ progressed })}
          />
          <div className="field inline">
            <label htmlFor="filter-q">Find on this page</label>
            <input id="filter-q" type="search" value={query} onChange={(e) => setQuery(e.target.value)} />
          </div>
        </form>
      )}
      {load.state === "loading" && <p aria-live="polite">Loading patients…</p>}
      {load.state === "failed" && (
        <Failure failure={load.failure} onToken={() => setVersion((v) => v + 1)} what="The patient list" />
      )}
      {load.state === "ok" && (
        <>
          <p aria-live="polite">
            {total === 0
              ? "No patients match."
              : `Patients ${offset + 1}–${offset + page.rows.length} of ${total}${needle ? ` (${shown.length} shown)` : ""}`}
          </p>
          {shown.length > 0 && (
            <ul className="patient-list">
              {shown.map((r) => (
                <li
                  key={r.id}
                  className={`patient-card${r.overdue ? " is-overdue" : ""}`}
                  data-testid="patient-row"
                >
                  <h2>
                    <Link href={`/patients/${encodeURIComponent(r.id)}`}>{r.externalId ?? r.id}</Link>
                  </h2>
                  <p className="patient-category">
                    {r.category ? categoryLabel(r.category) : "not assessed yet"}
                    {r.riskGroup && <span className="chip">{r.riskGroup} risk</span>}
                    {r.progressed && <span className="chip chip-critical">progressed</span>}
                  </p>
                  <p className="muted">{r.asOf ? `Assessed as of ${r.asOf}` : "No assessment stored"}</p>
                  {r.overdueItems.length > 0 ? (
                    <ul className="overdue-items" aria-label="Overdue">
                      {r.overdueItems.map((o) => (
                        <li key={o.test}>
                          <span className="badge badge-warning">overdue</span> {o.test}
                          {o.since ? ` since ${o.since}` : ""}
                        </li>
                      ))}
                    </ul>
                  ) : r.overdue ? (
                    <p>
                      <span className="badge badge-warning">overdue</span> a monitoring test is overdue
                    </p>
                  ) : null}
                </li>
              ))}
            </ul>
          )}
          {(offset > 0 || offset + page.rows.length < total) && (
            <nav className="actions" aria-label="Pages">
              <button
                type="button"
                className="secondary"
                disabled={offset === 0}
                onClick={() => setOffset(Math.max(0, offset - PAGE_SIZE))}
              >
                Previous page
              </button>
              <button
                type="button"
                className="secondary"
                disabled={offset + page.rows.length >= total}
                onClick={() => setOffset(offset + PAGE_SIZE)}
              >
                Next page
              </button>
            </nav>
          )}
        </>
      )}
      {!authFailed && (
        <details className="token-details">
          <summary>Access token</summary>
          <TokenForm onChange={() => setVersion((v) => v + 1)} />
        </details>
      )}
    </div>
  );
}

export function PatientPage({ id }: { id: string }) {
  const [version, setVersion] = useState(0);
  const enc = encodeURIComponent(id);
  const assessment = useApi<Assessment | null>(`/patients/${enc}/assessment`, toAssessment, version);
  const observations = useApi(`/patients/${enc}/observations`, toObservationSeries, version);
  const trials = useApi(`/patients/${enc}/trials`, toTrialsAnswer, version);
  const bump = () => setVersion((v) => v + 1);
  return (
    <div className="registry">
      <p>
        <Link href="/patients">← All patients</Link>
      </p>
      <h1>Patient {assessment.state === "ok" && assessment.data?.id ? assessment.data.id : id}</h1>
      {assessment.state === "failed" && (
        <Failure failure={assessment.failure} onToken={bump} what={`Patient ${id}`} />
      )}
      {assessment.state === "loading" && <p aria-live="polite">Loading the latest assessment…</p>}
      {assessment.state === "ok" &&
        (assessment.data ? (
          <Results
            assessment={assessment.data}
            time={
              observations.state === "ok" ? (
                <Suspense fallback={<p className="muted">Loading the charts…</p>}>
                  <TimePanel
                    source={{ kind: "observations", series: observations.data }}
                    assessment={assessment.data}
                  />
                </Suspense>
              ) : observations.state === "failed" ? (
                <p>Observations could not be loaded: {observations.failure.detail}</p>
              ) : null
            }
          />
        ) : (
          <p>No assessment is stored for this patient yet.</p>
        ))}
      {trials.state === "ok" && trials.data && (
        <section aria-labelledby="trials-heading">
          <h2 id="trials-heading">Clinical trials (imported registry records, matched offline)</h2>
          <TrialsList answer={trials.data} />
        </section>
      )}
    </div>
  );
}

/** The assess page: inputs on one side (a record loaded from an example, a file or a paste, or typed
 * into compact groups), the result on the other, opening with its summary card. The assessment runs
 * in this browser (the engine is loaded on first use); nothing is sent to a server. */
import { type FormEvent, lazy, Suspense, useEffect, useMemo, useRef, useState } from "react";
import type { ValidationIssue } from "../model/errors.js";
import { UNIT_SPECS } from "../model/unit-specs.js";
import { type Engine, loadEngine } from "./engine.js";
import type { Outcome } from "./engine-impl.js";
import {
  emptyForm,
  emptySeriesRow,
  emptyTreatment,
  extraPaths,
  type FieldDef,
  type FormState,
  fieldKeyOf,
  fieldLabel,
  formToRecord,
  inputId,
  type JsonObject,
  MULTI_NONE,
  multiValues,
  RESPONSES,
  recordToForm,
  SECTIONS,
  SERIES_FIELDS,
  type SeriesField,
  type SeriesRow,
  TREATMENT_FIELD_LABELS,
  type TreatmentRow,
  toggleMulti,
} from "./fields.js";
import { RecordLoader } from "./RecordLoader.js";

const TimePanel = lazy(() => import("./TimePanel.js"));

function FieldError({ id, messages }: { id: string; messages: string[] | undefined }) {
  if (!messages?.length) return null;
  return (
    <p className="field-error" id={id}>
      {messages.join("; ")}
    </p>
  );
}

interface FieldProps {
  f: FieldDef;
  values: Record<string, string>;
  set: (key: string, value: string) => void;
  errors: Map<string, string[]>;
}

function Field({ f, values, set, errors }: FieldProps) {
  const id = inputId(f.key);
  const errId = `${id}-error`;
  const hintId = `${id}-hint`;
  const msgs = errors.get(f.key);
  const describedBy = [f.hint ? hintId : null, msgs ? errId : null].filter(Boolean).join(" ") || undefined;
  const common = {
    id,
    "aria-invalid": msgs ? true : undefined,
    "aria-describedby": describedBy,
  } as const;
  const v = values[f.key] ?? "";
  const hint = f.hint ? (
    <span className="hint" id={hintId}>
      {f.hint}
    </span>
  ) : null;

  if (f.kind === "tri") {
    return (
      <fieldset className={`field tri${msgs ? " has-error" : ""}`} aria-describedby={describedBy} id={id}>
        <legend>{f.label}</legend>
        <div className="segmented">
          {[
            ["", "Unknown"],
            ["yes", "Yes"],
            ["no", "No"],
          ].map(([value, label]) => (
            <label key={value}>
              <input
                type="radio"
                name={f.key}
                value={value}
                checked={v === value}
                onChange={() => set(f.key, value as string)}
              />
              {label}
            </label>
          ))}
        </div>
        {hint}
        <FieldError id={errId} messages={msgs} />
      </fieldset>
    );
  }

  if (f.kind === "multi") {
    // Tick boxes: nothing ticked is "not known"; "none of these" is a known empty list.
    const ticked = new Set(multiValues(v));
    const box = (value: string, label: string, checked: boolean) => (
      <label key={value}>
        <input
          type="checkbox"
          name={f.key}
          value={value}
          checked={checked}
          onChange={(e) => set(f.key, toggleMulti(v, value, e.target.checked))}
        />
        {label}
      </label>
    );
    return (
      <fieldset className={`field multi${msgs ? " has-error" : ""}`} aria-describedby={describedBy} id={id}>
        <legend>{f.label}</legend>
        <div className="checks">
          {f.options.map((o) => box(o.value, o.label, ticked.has(o.value)))}
          {box(MULTI_NONE, f.noneLabel, v === MULTI_NONE)}
        </div>
        {hint}
        <FieldError id={errId} messages={msgs} />
      </fieldset>
    );
  }

  let control: React.ReactNode;
  if (f.kind === "choice") {
    control = (
      <select {...common} value={v} onChange={(e) => set(f.key, e.target.value)}>
        <option value="">Unknown</option>
        {f.options.map((o) => (
          <option key={o.value} value={o.value}>
            {o.label}
          </option>
        ))}
      </select>
    );
  } else if (f.kind === "date") {
    control = <input {...common} type="date" value={v} onChange={(e) => set(f.key, e.target.value)} />;
  } else if (f.kind === "number") {
    control = (
      <input
        {...common}
        type="text"
        inputMode="decimal"
        autoComplete="off"
        placeholder="unknown"
        value={v}
        onChange={(e) => set(f.key, e.target.value)}
      />
    );
  } else {
    const unitKey = `${f.key}.unit`;
    const unit = values[unitKey] ?? f.units[0] ?? "";
    const units = f.units.includes(unit) ? f.units : [unit, ...f.units];
    control = (
      <span className="quantity">
        <input
          {...common}
          type="text"
          inputMode="decimal"
          autoComplete="off"
          placeholder="unknown"
          value={v}
          onChange={(e) => set(f.key, e.target.value)}
        />
        <select aria-label={`${f.label} unit`} value={unit} onChange={(e) => set(unitKey, e.target.value)}>
          {units.map((u) => (
            <option key={u} value={u}>
              {u}
            </option>
          ))}
        </select>
        {f.uln && (
          <label className="uln">
            <span>upper limit of normal</span>
            <input
              type="text"
              inputMode="decimal"
              autoComplete="off"
              placeholder="unknown"
              aria-label={`${f.label} upper limit of normal`}
              value={values[`${f.key}.uln`] ?? ""}
              onChange={(e) => set(`${f.key}.uln`, e.target.value)}
            />
          </label>
        )}
      </span>
    );
  }
  return (
    <div className={`field${msgs ? " has-error" : ""}`}>
      <label htmlFor={id}>{f.label}</label>
      {control}
      {hint}
      <FieldError id={errId} messages={msgs} />
    </div>
  );
}

function TreatmentRows({
  rows,
  setRows,
  errors,
}: {
  rows: TreatmentRow[];
  setRows: (rows: TreatmentRow[]) => void;
  errors: Map<string, string[]>;
}) {
  const update = (i: number, patch: Partial<TreatmentRow>) =>
    setRows(rows.map((r, j) => (j === i ? { ...r, ...patch } : r)));
  const text = (i: number, key: "regimen" | "drugs" | "start" | "end", label: string, type = "text") => {
    const id = inputId(`treatmentHistory.${i}.${key}`);
    const msgs = errors.get(`treatmentHistory.${i}.${key}`);
    return (
      <div className={`field${msgs ? " has-error" : ""}`}>
        <label htmlFor={id}>{label}</label>
        <input
          id={id}
          type={type}
          value={rows[i]![key]}
          aria-invalid={msgs ? true : undefined}
          aria-describedby={msgs ? `${id}-error` : undefined}
          onChange={(e) => update(i, { [key]: e.target.value })}
        />
        <FieldError id={`${id}-error`} messages={msgs} />
      </div>
    );
  };
  return (
    <div className="treatments">
      {rows.length === 0 && <p className="hint">None entered (not known).</p>}
      {rows.map((r, i) => (
        // biome-ignore lint/suspicious/noArrayIndexKey: rows are edited in place; their place is their identity
        <fieldset className="treatment" key={i}>
          <legend>Treatment {i + 1}</legend>
          {text(i, "regimen", "Regimen (e.g. VRd)")}
          {text(i, "drugs", "Drugs (generic names, comma-separated)")}
          {text(i, "start", TREATMENT_FIELD_LABELS.start, "date")}
          {text(i, "end", "End (blank if ongoing)", "date")}
          <div className="field">
            <label htmlFor={inputId(`treatmentHistory.${i}.bestResponse`)}>
              {TREATMENT_FIELD_LABELS.bestResponse}
            </label>
            <select
              id={inputId(`treatmentHistory.${i}.bestResponse`)}
              value={r.bestResponse}
              onChange={(e) => update(i, { bestResponse: e.target.value })}
            >
              <option value="">Unknown</option>
              {RESPONSES.map((x) => (
                <option key={x} value={x}>
                  {x}
                </option>
              ))}
            </select>
          </div>
          <div className="field">
            <label htmlFor={inputId(`treatmentHistory.${i}.progressedOn`)}>
              {TREATMENT_FIELD_LABELS.progressedOn}
            </label>
            <select
              id={inputId(`treatmentHistory.${i}.progressedOn`)}
              value={r.progressedOn}
              onChange={(e) => update(i, { progressedOn: e.target.value })}
            >
              <option value="">Unknown</option>
              <option value="yes">Yes</option>
              <option value="no">No</option>
            </select>
          </div>
          <label className="check">
            <input type="checkbox" checked={r.asct} onChange={(e) => update(i, { asct: e.target.checked })} />
            Included a stem cell transplant
          </label>
          <button
            type="button"
            className="secondary small"
            onClick={() => setRows(rows.filter((_, j) => j !== i))}
          >
            Remove treatment {i + 1}
          </button>
        </fieldset>
      ))}
      <button type="button" className="secondary" onClick={() => setRows([...rows, emptyTreatment()])}>
        Add a treatment line
      </button>
    </div>
  );
}

function SeriesRows({
  rows,
  setRows,
  errors,
  asOf,
}: {
  rows: SeriesRow[];
  setRows: (rows: SeriesRow[]) => void;
  errors: Map<string, string[]>;
  asOf: string;
}) {
  const update = (i: number, patch: Partial<SeriesRow>) =>
    setRows(rows.map((r, j) => (j === i ? { ...r, ...patch } : r)));
  return (
    <div className="series">
      {rows.length === 0 && <p className="hint">No dated values entered.</p>}
      {rows.length > 0 && (
        <ul className="series-rows">
          {rows.map((r, i) => {
            const key = `series.${i}.value`;
            const msgs = errors.get(key);
            const n = i + 1;
            return (
              // biome-ignore lint/suspicious/noArrayIndexKey: rows are edited in place; their place is their identity
              <li key={i} className={msgs ? "has-error" : undefined}>
                <select
                  className="lab"
                  aria-label={`Lab of dated value ${n}`}
                  value={r.field}
                  onChange={(e) => {
                    const field = e.target.value as SeriesField;
                    update(i, { field, unit: UNIT_SPECS[field].common[0] });
                  }}
                >
                  {SERIES_FIELDS.map((f) => (
                    <option key={f.key} value={f.key}>
                      {f.label}
                    </option>
                  ))}
                </select>
                <input
                  type="date"
                  aria-label={`Date of dated value ${n}`}
                  value={r.date}
                  onChange={(e) => update(i, { date: e.target.value })}
                />
                <input
                  id={inputId(key)}
                  type="text"
                  inputMode="decimal"
                  autoComplete="off"
                  placeholder="value"
                  aria-label={`Value of dated value ${n}`}
                  aria-invalid={msgs ? true : undefined}
                  aria-describedby={msgs ? `${inputId(key)}-error` : undefined}
                  value={r.value}
                  onChange={(e) => update(i, { value: e.target.value })}
                />
                <select
                  aria-label={`Unit of dated value ${n}`}
                  value={r.unit}
                  onChange={(e) => update(i, { unit: e.target.value })}
                >
                  {[...new Set([r.unit, ...UNIT_SPECS[r.field].common])].map((u) => (
                    <option key={u} value={u}>
                      {u}
                    </option>
                  ))}
                </select>
                <button
                  type="button"
                  className="secondary small"
                  aria-label={`Remove dated value ${n}`}
                  onClick={() => setRows(rows.filter((_, j) => j !== i))}
                >
                  ×
                </button>
                <FieldError id={`${inputId(key)}-error`} messages={msgs} />
              </li>
            );
          })}
        </ul>
      )}
      <button
        type="button"
        className="secondary"
        onClick={() =>
          setRows([...rows, emptySeriesRow(rows.at(-1)?.field ?? "serumMProtein", rows.length ? "" : asOf)])
        }
      >
        Add a dated value
      </button>
    </div>
  );
}

/** Maps a core issue on `series.<lab>.<j>` to the form row it came from. */
function seriesRowKey(path: string, rows: SeriesRow[]): string | null {
  const m = /^series\.(\w+)\.(\d+)/.exec(path);
  if (!m) return null;
  let seen = -1;
  for (let i = 0; i < rows.length; i++) {
    const r = rows[i] as SeriesRow;
    if (r.field === m[1] && r.value.trim() !== "" && ++seen === Number(m[2])) return `series.${i}.value`;
  }
  return null;
}

function IssueList({ issues, linkFields }: { issues: ValidationIssue[]; linkFields: boolean }) {
  return (
    <ul>
      {issues.map((i) => {
        const key = fieldKeyOf(i.path);
        const label = key ? fieldLabel(i.path) : i.path;
        return (
          <li key={`${i.path}:${i.message}`}>
            {linkFields && key ? (
              <a
                href={`#${inputId(key)}`}
                onClick={(e) => {
                  e.preventDefault();
                  const el = document.getElementById(inputId(key));
                  (el?.matches("fieldset") ? el.querySelector("input") : el)?.focus();
                }}
              >
                {label}
              </a>
            ) : (
              <code>{label}</code>
            )}
            : {i.message}
          </li>
        );
      })}
    </ul>
  );
}

/** Which groups start open: the ones a clinician fills first. */
const OPEN_GROUPS = new Set(["patient", "mprotein"]);

export function AssessPage() {
  const [form, setForm] = useState<FormState>(() => emptyForm());
  const [outcome, setOutcome] = useState<Outcome>({ kind: "none" });
  // The results view, loaded with the engine (engine-impl.ts); set in the same update as the first outcome.
  const [ResultsView, setResultsView] = useState<Engine["Results"] | null>(null);
  const [assessed, setAssessed] = useState<JsonObject | null>(null);
  const [busy, setBusy] = useState(false);
  const resultsHeading = useRef<HTMLHeadingElement>(null);
  const resultPane = useRef<HTMLDivElement>(null);
  const summaryRef = useRef<HTMLDivElement>(null);

  const formIssues = outcome.kind === "invalid" && outcome.source === "form" ? outcome.issues : [];
  const errors = useMemo(() => {
    const m = new Map<string, string[]>();
    for (const i of formIssues) {
      const key = seriesRowKey(i.path, form.series) ?? fieldKeyOf(i.path);
      if (key) m.set(key, [...(m.get(key) ?? []), i.message]);
    }
    return m;
  }, [formIssues, form.series]);
  const kept = useMemo(() => extraPaths(form.extras), [form.extras]);

  const show = (o: Outcome) => setOutcome(o);
  // Move focus to what changed, so keyboard and screen-reader users land on it.
  useEffect(() => {
    if (outcome.kind === "ok") {
      resultsHeading.current?.focus({ preventScroll: true });
      // On a phone the result stacks above the inputs: bring it into view. Beside them it is sticky,
      // but a short input pane can push it up: scroll just enough to show its top.
      const phone = window.matchMedia("(max-width: 900px)").matches;
      resultPane.current?.scrollIntoView({ block: phone ? "start" : "nearest" });
    } else if (outcome.kind !== "none") summaryRef.current?.focus();
  }, [outcome]);

  /** Assesses a record with the engine (loaded on first use). */
  const run = async (record: JsonObject, source: "form" | "json", fill: boolean) => {
    setBusy(true);
    let engine: Engine;
    try {
      engine = await loadEngine();
    } catch (e) {
      setBusy(false);
      show({ kind: "failed", message: `the assessment engine could not load: ${String(e)}` });
      return;
    }
    setBusy(false);
    setResultsView(() => engine.Results);
    if (fill) setForm(recordToForm(record));
    const o = engine.runAssessment(record, source);
    setAssessed(o.kind === "ok" ? record : null);
    show(o);
  };

  const setValue = (key: string, value: string) =>
    setForm((f) => ({ ...f, values: { ...f.values, [key]: value } }));

  const submitForm = (e: FormEvent) => {
    e.preventDefault();
    const { record, issues } = formToRecord(form);
    if (issues.length > 0) show({ kind: "invalid", issues, source: "form" });
    else void run(record, "form", false);
  };

  const summaryIssues: ValidationIssue[] = outcome.kind === "invalid" ? outcome.issues : [];
  const time =
    outcome.kind === "ok" && assessed ? (
      <Suspense fallback={<p className="muted">Loading the charts…</p>}>
        <TimePanel source={{ kind: "record", record: assessed }} assessment={outcome.assessment} />
      </Suspense>
    ) : null;

  return (
    <div className={`assess${outcome.kind === "ok" ? " has-result" : ""}`}>
      <div className="pane inputs">
        <h1>Assess a patient</h1>
        <p className="lede">
          Blank means unknown, never normal. The assessment runs in this browser; nothing is sent to a server.
        </p>
        <RecordLoader
          collapsed={outcome.kind === "ok"}
          onRecord={(record) => void run(record, "json", true)}
        />
        <div ref={summaryRef} tabIndex={-1} className="summary-anchor">
          {outcome.kind === "invalid" && (
            <div className="error-summary" role="alert">
              <h2>
                {summaryIssues.length === 1
                  ? "1 value needs a look"
                  : `${summaryIssues.length} values need a look`}
              </h2>
              <IssueList issues={summaryIssues} linkFields={outcome.source === "form"} />
            </div>
          )}
          {outcome.kind === "failed" && (
            <div className="error-summary" role="alert">
              <h2>The assessment could not run</h2>
              <p>{outcome.message}</p>
            </div>
          )}
        </div>
        <form onSubmit={submitForm} noValidate aria-labelledby="form-h" className="record-form">
          <h2 id="form-h">Patient record</h2>
          {SECTIONS.map((s) => (
            <details
              key={s.id}
              className="group"
              open={OPEN_GROUPS.has(s.id) || s.fields.some((f) => errors.has(f.key)) || undefined}
            >
              <summary>{s.title}</summary>
              <div className="grid">
                {s.fields.map((f) => (
                  <Field key={f.key} f={f} values={form.values} set={setValue} errors={errors} />
                ))}
              </div>
            </details>
          ))}
          <details className="group" open={form.series.length > 0 || undefined}>
            <summary>Values over time ({form.series.length})</summary>
            <SeriesRows
              rows={form.series}
              setRows={(series) => setForm((f) => ({ ...f, series }))}
              errors={errors}
              asOf={form.values.asOf ?? ""}
            />
          </details>
          <details className="group" open={form.treatments.length > 0 || undefined}>
            <summary>Treatment lines ({form.treatments.length})</summary>
            <TreatmentRows
              rows={form.treatments}
              setRows={(treatments) => setForm((f) => ({ ...f, treatments }))}
              errors={errors}
            />
          </details>
          {kept.length > 0 && (
            <p className="kept">
              Also in this record, kept as it is:{" "}
              {kept.map((p) => (
                <code key={p}>{p}</code>
              ))}
            </p>
          )}
          <div className="actions sticky-actions">
            <button type="submit" className="primary" disabled={busy}>
              Assess
            </button>
            <button
              type="button"
              className="secondary"
              onClick={() => {
                setForm(emptyForm());
                setOutcome({ kind: "none" });
                setAssessed(null);
              }}
            >
              Clear form
            </button>
          </div>
        </form>
      </div>
      <div className="pane result" ref={resultPane}>
        {outcome.kind === "ok" && ResultsView !== null ? (
          <ResultsView assessment={outcome.assessment} headingRef={resultsHeading} time={time} />
        ) : (
          <div className="result-empty">
            <h2>Result</h2>
            <p>
              {busy
                ? "Loading the assessment engine…"
                : "Load an example or a record, or fill in what is known and press Assess. The summary appears here."}
            </p>
          </div>
        )}
      </div>
    </div>
  );
}

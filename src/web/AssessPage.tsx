/** The assess page: a form (or pasted JSON, or an example) -> assess() in the browser -> results.
 * Nothing is sent to a server. Validation issues appear beside the field they belong to. */
import { type FormEvent, useMemo, useRef, useState } from "react";
import { type Assessment, assess, MmnavError, type ValidationIssue } from "../core.js";
import { EXAMPLE_GROUPS, EXAMPLES } from "./examples.js";
import {
  emptyForm,
  emptyTreatment,
  extraPaths,
  type FieldDef,
  type FormState,
  fieldKeyOf,
  fieldLabel,
  formToRecord,
  inputId,
  type JsonObject,
  RESPONSES,
  recordToForm,
  SECTIONS,
  type TreatmentRow,
  today,
} from "./fields.js";
import { Results } from "./Results.js";

type Outcome =
  | { kind: "none" }
  | { kind: "ok"; assessment: Assessment }
  | { kind: "invalid"; issues: ValidationIssue[]; source: "form" | "json" }
  | { kind: "failed"; message: string };

/** Runs the pure core on a record; never throws. */
export function runAssessment(record: unknown, source: "form" | "json"): Outcome {
  try {
    return { kind: "ok", assessment: assess(record, { defaultAsOf: today() }) };
  } catch (e) {
    if (e instanceof MmnavError && e.issues.length > 0) return { kind: "invalid", issues: e.issues, source };
    return { kind: "failed", message: e instanceof Error ? e.message : String(e) };
  }
}

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
    <fieldset className="section treatments">
      <legend>Prior treatments</legend>
      {rows.length === 0 && <p className="hint">None entered (not known).</p>}
      {rows.map((r, i) => (
        // biome-ignore lint/suspicious/noArrayIndexKey: rows are edited in place; their place is their identity
        <fieldset className="treatment" key={i}>
          <legend>Prior treatment {i + 1}</legend>
          {text(i, "regimen", "Regimen (e.g. VRd)")}
          {text(i, "drugs", "Drugs (generic names, comma-separated)")}
          {text(i, "start", "Start", "date")}
          {text(i, "end", "End (blank if ongoing)", "date")}
          <div className="field">
            <label htmlFor={inputId(`treatmentHistory.${i}.bestResponse`)}>Best response</label>
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
            <label htmlFor={inputId(`treatmentHistory.${i}.progressedOn`)}>Progressed on it</label>
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
        Add a prior treatment
      </button>
    </fieldset>
  );
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

export function AssessPage() {
  const [form, setForm] = useState<FormState>(() => emptyForm());
  const [json, setJson] = useState("");
  const [jsonError, setJsonError] = useState<string | null>(null);
  const [outcome, setOutcome] = useState<Outcome>({ kind: "none" });
  const [example, setExample] = useState("");
  const resultsHeading = useRef<HTMLHeadingElement>(null);
  const summaryRef = useRef<HTMLDivElement>(null);

  const formIssues = outcome.kind === "invalid" && outcome.source === "form" ? outcome.issues : [];
  const errors = useMemo(() => {
    const m = new Map<string, string[]>();
    for (const i of formIssues) {
      const key = fieldKeyOf(i.path);
      if (key) m.set(key, [...(m.get(key) ?? []), i.message]);
    }
    return m;
  }, [formIssues]);
  const kept = useMemo(() => extraPaths(form.extras), [form.extras]);

  const show = (o: Outcome) => {
    setOutcome(o);
    // Move focus to what changed, so keyboard and screen-reader users land on it.
    requestAnimationFrame(() => {
      if (o.kind === "ok") resultsHeading.current?.focus();
      else if (o.kind !== "none") summaryRef.current?.focus();
    });
  };

  const setValue = (key: string, value: string) =>
    setForm((f) => ({ ...f, values: { ...f.values, [key]: value } }));

  const submitForm = (e: FormEvent) => {
    e.preventDefault();
    const { record, issues } = formToRecord(form);
    show(issues.length > 0 ? { kind: "invalid", issues, source: "form" } : runAssessment(record, "form"));
  };

  const parseJson = (): JsonObject | null => {
    try {
      const v: unknown = JSON.parse(json);
      if (typeof v !== "object" || v === null || Array.isArray(v)) {
        setJsonError("expected a JSON object (a PatientRecord)");
        return null;
      }
      setJsonError(null);
      return v as JsonObject;
    } catch (err) {
      setJsonError(`not valid JSON: ${err instanceof Error ? err.message : String(err)}`);
      return null;
    }
  };

  const loadExample = () => {
    const ex = EXAMPLES.find((x) => x.id === example);
    if (!ex) return;
    setForm(recordToForm(ex.record));
    setJson(JSON.stringify(ex.record, null, 2));
    setJsonError(null);
    show(runAssessment(ex.record, "form"));
  };

  const summaryIssues = outcome.kind === "invalid" ? outcome.issues : [];

  return (
    <div className="assess">
      <h1>Assess a patient</h1>
      <p className="lede">
        Enter what is known. Leave a field blank when it is not known: blank means unknown, never normal. The
        assessment runs in this browser; nothing is sent to a server.
      </p>

      <div className="toolbar">
        <div className="field inline">
          <label htmlFor="example">Example</label>
          <select id="example" value={example} onChange={(e) => setExample(e.target.value)}>
            <option value="">{EXAMPLES.length ? "Choose an example…" : "No examples bundled"}</option>
            {EXAMPLE_GROUPS.map((g) => {
              const list = EXAMPLES.filter((x) => x.group === g);
              return list.length ? (
                <optgroup key={g} label={g}>
                  {list.map((x) => (
                    <option key={x.id} value={x.id}>
                      {x.title}
                    </option>
                  ))}
                </optgroup>
              ) : null;
            })}
          </select>
          <button type="button" onClick={loadExample} disabled={!example}>
            Load example
          </button>
        </div>
        <button
          type="button"
          className="secondary"
          onClick={() => {
            setForm(emptyForm());
            setOutcome({ kind: "none" });
          }}
        >
          Clear form
        </button>
      </div>

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

      <form onSubmit={submitForm} noValidate aria-label="Patient record">
        {SECTIONS.map((s) => (
          <fieldset key={s.id} className="section">
            <legend>{s.title}</legend>
            <div className="grid">
              {s.fields.map((f) => (
                <Field key={f.key} f={f} values={form.values} set={setValue} errors={errors} />
              ))}
            </div>
          </fieldset>
        ))}
        <TreatmentRows
          rows={form.treatments}
          setRows={(treatments) => setForm((f) => ({ ...f, treatments }))}
          errors={errors}
        />
        {kept.length > 0 && (
          <p className="kept">
            Also in this record, kept as it is (edit it as JSON):{" "}
            {kept.map((p) => (
              <code key={p}>{p}</code>
            ))}
          </p>
        )}
        <div className="actions">
          <button type="submit" className="primary">
            Assess
          </button>
          <button
            type="button"
            className="secondary"
            onClick={() => setJson(JSON.stringify(formToRecord(form).record, null, 2))}
          >
            Show as JSON
          </button>
        </div>
      </form>

      <details className="json-box" open={json !== "" || undefined}>
        <summary>Paste a PatientRecord as JSON</summary>
        <label htmlFor="record-json">PatientRecord JSON</label>
        <textarea
          id="record-json"
          spellCheck={false}
          rows={12}
          value={json}
          aria-invalid={jsonError ? true : undefined}
          aria-describedby={jsonError ? "record-json-error" : undefined}
          onChange={(e) => setJson(e.target.value)}
        />
        {jsonError && (
          <p className="field-error" id="record-json-error">
            {jsonError}
          </p>
        )}
        <div className="actions">
          <button
            type="button"
            onClick={() => {
              const r = parseJson();
              if (r) show(runAssessment(r, "json"));
            }}
          >
            Assess this JSON
          </button>
          <button
            type="button"
            className="secondary"
            onClick={() => {
              const r = parseJson();
              if (r) {
                setForm(recordToForm(r));
                setOutcome({ kind: "none" });
              }
            }}
          >
            Fill the form from it
          </button>
        </div>
      </details>

      {outcome.kind === "ok" && <Results assessment={outcome.assessment} headingRef={resultsHeading} />}
    </div>
  );
}

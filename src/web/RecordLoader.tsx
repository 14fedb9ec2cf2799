/** Ways to load a record: example cards with clinical titles, a file (dropped or picked) or a paste.
 * A file or paste may be a PatientRecord or a FHIR R4 Bundle (mapped in the browser by the core). */
import { type DragEvent, useEffect, useId, useState } from "react";
import { loadEngine } from "./engine.js";
import { EXAMPLE_GROUPS, type Example } from "./examples.js";
import type { JsonObject } from "./fields.js";

/** The bundled examples (example-records.ts), loaded when the record loader first shows: their ~600 records are a
 * chunk of their own, not part of the first page's JavaScript (its 150 kB budget; each new vignette made it grow). */
const loadExamples = (): Promise<Example[]> => import("./example-records.js").then((m) => m.EXAMPLES);

type Message = { kind: "error" | "info"; text: string; details?: string[] };

export function RecordLoader({
  collapsed,
  onRecord,
}: {
  collapsed: boolean;
  onRecord: (r: JsonObject) => void;
}) {
  const [message, setMessage] = useState<Message | null>(null);
  const [paste, setPaste] = useState("");
  const [over, setOver] = useState(false);
  const ids = useId();
  const [examples, setExamples] = useState<Example[] | null>(null);
  useEffect(() => {
    let live = true;
    loadExamples().then(
      (xs) => live && setExamples(xs),
      () => live && setMessage({ kind: "error", text: "The example records could not be loaded." }),
    );
    return () => {
      live = false;
    };
  }, []);

  const readText = async (text: string, from: string) => {
    const engine = await loadEngine();
    const r = engine.readRecordText(text);
    if (!r.ok) {
      setMessage({ kind: "error", text: `${from}: ${r.message}` });
      return;
    }
    setMessage(
      r.from === "fhir"
        ? {
            kind: "info",
            text: `${from}: read as a FHIR Bundle.`,
            ...(r.warnings.length ? { details: r.warnings } : {}),
          }
        : null,
    );
    onRecord(r.record);
  };

  const readFile = async (file: File | undefined) => {
    if (!file) return;
    await readText(await file.text(), file.name);
  };

  const onDrop = (e: DragEvent) => {
    e.preventDefault();
    setOver(false);
    void readFile(e.dataTransfer.files[0]);
  };

  return (
    <section className="loader" aria-labelledby={`${ids}-h`}>
      <h2 id={`${ids}-h`}>Load a record</h2>
      <details className="examples" open={!collapsed || undefined}>
        <summary>{examples === null ? "Examples (loading)" : `Examples (${examples.length})`}</summary>
        {EXAMPLE_GROUPS.map((g) => {
          const list = (examples ?? []).filter((x) => x.group === g);
          if (list.length === 0) return null;
          return (
            <div key={g} className="example-group">
              <h3>{g}</h3>
              <ul className="example-cards">
                {list.map((x) => (
                  <li key={x.id}>
                    <button
                      type="button"
                      className="example-card"
                      data-example={x.id}
                      onClick={() => {
                        setMessage(null);
                        onRecord(x.record);
                      }}
                    >
                      {x.title}
                    </button>
                  </li>
                ))}
              </ul>
            </div>
          );
        })}
      </details>
      {/* biome-ignore lint/a11y/noStaticElementInteractions: a drop target; the file picker inside is the keyboard path */}
      <div
        className={`dropzone${over ? " over" : ""}`}
        onDragOver={(e) => {
          e.preventDefault();
          setOver(true);
        }}
        onDragLeave={() => setOver(false)}
        onDrop={onDrop}
        data-testid="dropzone"
      >
        <span>Drop a PatientRecord or FHIR Bundle (.json) here, or </span>
        <label className="file-button">
          choose a file
          <input
            type="file"
            className="sr-only"
            accept=".json,application/json,application/fhir+json"
            onChange={(e) => {
              void readFile(e.target.files?.[0]);
              e.target.value = "";
            }}
          />
        </label>
      </div>
      <details className="paste">
        <summary>Paste JSON</summary>
        <label htmlFor={`${ids}-paste`}>PatientRecord or FHIR Bundle JSON</label>
        <textarea
          id={`${ids}-paste`}
          spellCheck={false}
          rows={8}
          value={paste}
          onChange={(e) => setPaste(e.target.value)}
        />
        <button type="button" onClick={() => void readText(paste, "Pasted JSON")} disabled={!paste.trim()}>
          Load pasted JSON
        </button>
      </details>
      {message && (
        <div
          className={message.kind === "error" ? "error-summary" : "callout"}
          role={message.kind === "error" ? "alert" : "status"}
        >
          <p>{message.text}</p>
          {message.details && (
            <ul>
              {message.details.map((d) => (
                <li key={d}>{d}</li>
              ))}
            </ul>
          )}
        </div>
      )}
    </section>
  );
}

/** The clinical trials answer (GET /api/v1/patients/{id}/trials) as a list under the clinical-trial
 * option: each study with its registry link, why it fits, what could not be checked and the
 * criteria lines not read; then the studies that do not fit, with the reason. */
import type { TrialsAnswer } from "../trials/answer.js";
import type { TrialFinding, TrialMatch } from "../trials/match.js";

const CRITERION_LABEL: Record<TrialFinding["criterion"], string> = {
  condition: "Condition",
  "disease-state": "Disease state",
  "age-min": "Minimum age",
  "age-max": "Maximum age",
  sex: "Sex",
  transplant: "Transplant setting",
  "prior-lines": "Prior lines of therapy",
  "lenalidomide-refractory": "Lenalidomide-refractory",
  "triple-class": "Triple-class status",
  "no-prior-bcma": "No prior BCMA-directed therapy",
  "no-prior-gprc5d": "No prior GPRC5D-directed therapy",
  "no-prior-myeloma-therapy": "No prior myeloma therapy",
  "crcl-min": "Creatinine clearance (mL/min)",
};

function show(v: TrialFinding["patientValue"]): string {
  if (v === null) return "not known";
  if (Array.isArray(v)) return v.join(", ");
  if (typeof v === "boolean") return v ? "yes" : "no";
  return String(v);
}

function Findings({ title, items }: { title: string; items: TrialFinding[] }) {
  if (items.length === 0) return null;
  return (
    <div className="trial-findings">
      <h5>{title}</h5>
      <ul>
        {items.map((f) => (
          <li key={`${f.criterion}-${f.line ?? ""}`} data-criterion={f.criterion} data-result={f.result}>
            <strong>{CRITERION_LABEL[f.criterion]}</strong>: patient {show(f.patientValue)}; study{" "}
            {show(f.studyValue)}
            {f.assumed ? <em> (assumed: {f.assumed})</em> : null}
            {f.line ? <q className="trial-line">{f.line}</q> : null}
          </li>
        ))}
      </ul>
    </div>
  );
}

function Study({ m }: { m: TrialMatch }) {
  const name = m.acronym && m.acronym !== m.title ? `${m.acronym}: ${m.title}` : m.title;
  return (
    <li className="trial" data-nct={m.nctId}>
      <h4>
        <a href={m.url} target="_blank" rel="noreferrer">
          {m.nctId}
        </a>{" "}
        {name}
      </h4>
      <p className="trial-status">
        {m.overallStatus.replaceAll("_", " ").toLowerCase()}
        {m.phases.length > 0 ? ` · ${m.phases.join(", ")}` : ""}
      </p>
      <Findings title="Does not fit" items={m.contradicts} />
      <Findings title="Fits" items={m.fits} />
      <Findings title="Could not be checked from the record" items={m.notChecked} />
      {m.unreadLines.length > 0 ? (
        <details className="trial-unread">
          <summary>Criteria not read ({m.unreadLines.length}): ask the study team</summary>
          <ul>
            {m.unreadLines.map((l, i) => (
              // biome-ignore lint/suspicious/noArrayIndexKey: the lines are a fixed list that never reorders
              <li key={i}>
                <span className="trial-section">{l.section}</span> {l.text}
              </li>
            ))}
          </ul>
        </details>
      ) : null}
    </li>
  );
}

export function TrialsList({ answer }: { answer: TrialsAnswer }) {
  const option = answer.clinicalTrialOptions.map((o) => o.title).join("; ");
  return (
    <section className="trials" aria-label="Clinical trials">
      <h3>Clinical trials{option ? `: ${option}` : ""}</h3>
      <p className="trials-export">
        {answer.export
          ? `From a ClinicalTrials.gov export of ${answer.export.exportedDate}.`
          : "No studies have been imported."}
      </p>
      {answer.matching.length === 0 ? (
        <p>No stored study fits the criteria that could be checked.</p>
      ) : (
        <ul className="trials-matching">
          {answer.matching.map((m) => (
            <Study key={m.nctId} m={m} />
          ))}
        </ul>
      )}
      {answer.notMatching.length > 0 ? (
        <details className="trials-not-matching">
          <summary>Studies that do not fit ({answer.notMatching.length})</summary>
          <ul>
            {answer.notMatching.map((m) => (
              <Study key={m.nctId} m={m} />
            ))}
          </ul>
        </details>
      ) : null}
      <p className="notice">{answer.notice}</p>
    </section>
  );
}

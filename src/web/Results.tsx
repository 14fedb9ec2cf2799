/** The Assessment shown two ways: a clinician view (summary card first, then options as rows, then
 * the evidence, collapsed) and a patient view (plain language). Both carry the decision-support notice. */
import {
  type KeyboardEvent,
  lazy,
  type MouseEvent,
  type ReactNode,
  Suspense,
  useId,
  useRef,
  useState,
} from "react";
import type { Assessment } from "../core.js";
import { DECISION_SUPPORT_NOTICE } from "../engine/version.js";
import { BIBLIOGRAPHY, type Citation, type CitationId } from "../model/bibliography/index.js";
import { optionTitle, topOptions } from "../render/clinician.js";
import {
  byStatus,
  criterionStatus,
  groupCriteria,
  TREATED_CRITERIA_NOTE,
} from "../render/criteria-groups.js";
import { FRAIL_FROM_AGE_ALONE, frailFromAgeAlone } from "../render/frailty-words.js";
import { optionsAnsweringAlerts } from "../render/handout-facts.js";
import { issBasisWords } from "../render/iss-basis-words.js";
import { isDueNow } from "../render/monitoring-status.js";
import { notOfferedBecause } from "../render/prior-lines-words.js";
import { fieldLabel } from "./fields.js";
import { humanizeId, STRENGTH_LABEL } from "./labels.js";
import { Options } from "./Options.js";
import { PlanAhead } from "./PlanAhead.js";
import { forDisplay, roman, SummaryCard } from "./Summary.js";

interface Traced {
  rules: { ruleId: string; citationId: string; evidence: string }[];
  missing: { field: string; neededFor: string }[];
}

const PatientTab = lazy(() => import("./PatientTab.js"));

function citationOf(id: string): Citation | null {
  return Object.hasOwn(BIBLIOGRAPHY, id) ? BIBLIOGRAPHY[id as CitationId] : null;
}

/** "Sonneveld P, Dimopoulos MA, …" 2024 -> "Sonneveld 2024"; "van de Donk NWCJ, …" -> "van de Donk";
 * an organisation ("US FDA; European Commission") keeps its first name. */
export function shortCite(id: string): string {
  const c = citationOf(id);
  if (!c) return id;
  const first = (c.authors.split(/[,;(]/)[0] ?? c.authors).trim();
  const words = first.split(/\s+/);
  const last = words[words.length - 1] ?? "";
  const name = words.length > 1 && /^[A-Z]{1,4}$/.test(last) ? words.slice(0, -1).join(" ") : first;
  return `${name} ${c.year}`;
}

/** Inline citation: a short name linking to the full entry in the References list. */
function Cite({ ids }: { ids: readonly string[] }) {
  if (ids.length === 0) return null;
  return (
    <span className="cites">
      {" "}
      [
      {ids.map((id, i) => (
        <span key={id}>
          {i > 0 && "; "}
          <a href={`#ref-${id}`} title={citationOf(id)?.title ?? "unresolved citation"}>
            {shortCite(id)}
          </a>
        </span>
      ))}
      ]
    </span>
  );
}

function EvidenceBadge({ evidence }: { evidence: string | undefined }) {
  if (evidence === "unverified") return <span className="badge badge-unverified">UNVERIFIED</span>;
  if (evidence === "secondary") return <span className="badge badge-secondary">secondary source</span>;
  return null;
}

function worstEvidence(r: Traced | null | undefined): string | undefined {
  const ev = r?.rules.map((x) => x.evidence) ?? [];
  return ev.includes("unverified") ? "unverified" : ev.includes("secondary") ? "secondary" : undefined;
}

function Missing({ result }: { result: Traced }) {
  if (result.missing.length === 0) return null;
  return <span className="missing"> needs {result.missing.map((m) => fieldLabel(m.field)).join(", ")}</span>;
}

function ScoreRow({
  name,
  value,
  result,
  note,
}: {
  name: string;
  value: string | null;
  result: Traced | null;
  /** What the value rests on (the ISS family in a treated record: the values' dates). */
  note?: string;
}) {
  return (
    <tr>
      <th scope="row">{name}</th>
      <td>
        {value ?? <span className="unknown">not calculable</span>}
        {note ? <span className="basis">{note}</span> : null}
        {result && (
          <>
            {value === null && <Missing result={result} />} <EvidenceBadge evidence={worstEvidence(result)} />
            <Cite ids={[...new Set(result.rules.map((r) => r.citationId))]} />
          </>
        )}
      </td>
    </tr>
  );
}

/** A part of the evidence: collapsed until asked for (the summary and the options come first). */
function Section({
  title,
  children,
  open,
  id,
}: {
  title: string;
  children: ReactNode;
  open?: boolean;
  id?: string;
}) {
  return (
    <section aria-label={title} className="result-section" id={id}>
      <details open={open}>
        <summary>{title}</summary>
        <div className="section-body">{children}</div>
      </details>
    </section>
  );
}

type Criterion = Assessment["diagnosis"]["criteria"][number];
type Status = ReturnType<typeof criterionStatus>;

const PLAIN: Record<Status, string> = { met: "met", "not-met": "not met", unknown: "not known yet" };
/** For another category: whether it is ruled out, in a clinician's words. */
const ALTERNATIVE: Record<Status, string> = {
  met: "also met",
  "not-met": "ruled out",
  unknown: "not ruled out yet",
};

function CriteriaTable({
  caption,
  rows,
  words = PLAIN,
}: {
  caption: string;
  rows: Criterion[];
  words?: Record<Status, string>;
}) {
  if (rows.length === 0) return null;
  return (
    <table className="criteria">
      <caption>{caption}</caption>
      <thead>
        <tr>
          <th scope="col">Criterion</th>
          <th scope="col">Status</th>
          <th scope="col">Why</th>
        </tr>
      </thead>
      <tbody>
        {byStatus(rows).map((c) => {
          const st = criterionStatus(c);
          return (
            <tr key={c.id}>
              <th scope="row" title={c.id}>
                {humanizeId(c.id)}
              </th>
              <td>
                <span className={`status status-${st}`}>{words[st]}</span>
              </td>
              <td>
                {c.because} <EvidenceBadge evidence={c.evidence} />
                <Cite ids={[c.citation]} />
                {st === "unknown" && c.missing.length > 0 && (
                  <span className="missing">
                    {" "}
                    (needs {c.missing.map((m) => fieldLabel(m.field)).join(", ")})
                  </span>
                )}
              </td>
            </tr>
          );
        })}
      </tbody>
    </table>
  );
}

/** The category met (or most likely) and its nearest alternatives; everything else one click further. */
function Criteria({ a }: { a: Assessment }) {
  const d = a.diagnosis;
  const g = groupCriteria(d);
  return (
    <>
      {d.treated && d.criteria.length > 0 && <p>{TREATED_CRITERIA_NOTE}</p>}
      <CriteriaTable
        caption={d.likely ? "Criteria of the most likely category" : "Criteria of this category"}
        rows={g.own}
      />
      <CriteriaTable caption="Nearest alternatives" rows={g.otherCategories} words={ALTERNATIVE} />
      <CriteriaTable caption="Myeloma-defining events" rows={g.events} />
      {d.couldChangeWith.length > 0 && (
        <>
          <h4>Could change with</h4>
          <ul>
            {d.couldChangeWith.map((c) => (
              <li key={c}>{c}</li>
            ))}
          </ul>
        </>
      )}
      {(g.rest.length > 0 || g.otherParts.length > 0) && (
        <details className="nested">
          <summary>Other criteria checked ({g.rest.length + g.otherParts.length})</summary>
          <CriteriaTable caption="Other criteria" rows={[...g.rest, ...g.otherParts]} />
        </details>
      )}
    </>
  );
}

function StagingAndRisk({ a }: { a: Assessment }) {
  const { iss, riss, r2iss } = a.staging;
  const { smmMayo2018, smmImwg2020, cytogenetic, alMayo2004, alMayo2012 } = a.risk;
  const cat = a.diagnosis.likely ?? a.diagnosis.category;
  const rows: { group: string; row: ReactNode }[] = [
    {
      group: "mm",
      row: (
        <ScoreRow
          key="iss"
          name="ISS"
          value={iss.stage ? `Stage ${roman(iss.stage)}` : null}
          result={iss}
          note={issBasisWords(iss.basis)}
        />
      ),
    },
    {
      group: "mm",
      row: (
        <ScoreRow
          key="riss"
          name="R-ISS"
          value={
            riss.stage
              ? `Stage ${roman(riss.stage)}`
              : riss.possibleStages.length > 1
                ? `Stage ${riss.possibleStages.map(roman).join(" or ")} (not yet decided)`
                : null
          }
          result={riss}
        />
      ),
    },
    {
      group: "mm",
      row: (
        <ScoreRow
          key="r2iss"
          name="R2-ISS"
          value={r2iss.stage ? `Stage ${roman(r2iss.stage)} (${r2iss.points} points)` : null}
          result={r2iss}
        />
      ),
    },
    {
      group: "smm",
      row: (
        <ScoreRow
          key="mayo"
          name="Smoldering myeloma risk, Mayo 2018 (20/2/20)"
          value={smmMayo2018.group ? `${smmMayo2018.group} risk (${smmMayo2018.factors} of 3 factors)` : null}
          result={smmMayo2018}
        />
      ),
    },
    {
      group: "smm",
      row: (
        <ScoreRow
          key="imwg"
          name="Smoldering myeloma risk, IMWG 2020"
          value={
            smmImwg2020.group
              ? `${smmImwg2020.group} risk (score ${smmImwg2020.score}${smmImwg2020.fishAssessed ? "" : ", without FISH"})`
              : null
          }
          result={smmImwg2020}
        />
      ),
    },
    {
      group: "mm smm",
      row: (
        <ScoreRow
          key="cyto"
          name="Cytogenetic risk"
          value={
            cytogenetic.highRisk === null
              ? null
              : `${cytogenetic.highRisk ? "high risk" : "standard risk"} (${cytogenetic.definition})${
                  cytogenetic.findings.length ? `: ${cytogenetic.findings.join("; ")}` : ""
                }`
          }
          result={cytogenetic}
        />
      ),
    },
    {
      group: "al",
      row: (
        <ScoreRow
          key="al04"
          name="AL stage, Mayo 2004 (European)"
          value={alMayo2004.stage ? `Stage ${alMayo2004.stage}` : null}
          result={alMayo2004}
        />
      ),
    },
    {
      group: "al",
      row: (
        <ScoreRow
          key="al12"
          name="AL stage, Mayo 2012"
          value={alMayo2012.stage ? `Stage ${roman(alMayo2012.stage)} (${alMayo2012.points} points)` : null}
          result={alMayo2012}
        />
      ),
    },
  ];
  const want =
    cat === "multiple-myeloma"
      ? "mm"
      : cat === "smoldering-myeloma"
        ? "smm"
        : cat === "al-amyloidosis"
          ? "al"
          : null;
  const relevant = rows.filter((r) => want !== null && r.group.split(" ").includes(want));
  const other = rows.filter((r) => !relevant.includes(r));
  return (
    <>
      {relevant.length > 0 && (
        <table className="scores">
          <tbody>{relevant.map((r) => r.row)}</tbody>
        </table>
      )}
      {other.length > 0 && (
        <details>
          <summary>{relevant.length > 0 ? "Other scores (not used for this category)" : "Scores"}</summary>
          <table className="scores">
            <tbody>{other.map((r) => r.row)}</tbody>
          </table>
        </details>
      )}
    </>
  );
}

const num = (v: number | null, unit: string) => (v === null ? null : `${v} ${unit}`);

function KidneyAndFitness({ a }: { a: Assessment }) {
  const k = a.kidney;
  const f = a.fitness;
  const rulesFor = (prefix: string): Traced => ({
    rules: k.rules.filter((r) => r.ruleId.toLowerCase().includes(prefix)),
    missing: a.missingData.filter((m) => m.neededFor.toLowerCase().includes(prefix)),
  });
  return (
    <table className="scores">
      <tbody>
        <ScoreRow
          name="eGFR (CKD-EPI 2021)"
          value={num(k.egfrCkdEpi2021, "mL/min/1.73m²")}
          result={rulesFor("ckd")}
        />
        <ScoreRow
          name="Creatinine clearance (Cockcroft-Gault)"
          value={
            k.crclCockcroftGault === null ? null : `${k.crclCockcroftGault} mL/min (${k.crclWeightBasis})`
          }
          result={rulesFor("cockcroft")}
        />
        <tr>
          <th scope="row">On dialysis</th>
          <td>
            {k.dialysis === null ? <span className="unknown">unknown</span> : k.dialysis ? "yes" : "no"}
          </td>
        </tr>
        <ScoreRow
          name="IMWG frailty"
          value={
            f.imwgFrailty.group
              ? `${f.imwgFrailty.group} (score ${f.imwgFrailty.score})${frailFromAgeAlone(f.imwgFrailty) ? `: ${FRAIL_FROM_AGE_ALONE}` : ""}`
              : null
          }
          result={f.imwgFrailty}
        />
        <ScoreRow
          name="Simplified frailty"
          value={
            f.simplifiedFrailty.group
              ? `${f.simplifiedFrailty.group} (score ${f.simplifiedFrailty.score})`
              : null
          }
          result={f.simplifiedFrailty}
        />
      </tbody>
    </table>
  );
}

function ResponseAndMonitoring({ a }: { a: Assessment }) {
  // Each part shows only when it has something to say (a line of therapy, a plan).
  const r = a.response.line !== null || a.response.current !== null ? a.response : null;
  const l = a.linesOfTherapy.count > 0 ? a.linesOfTherapy : null;
  const m = a.monitoring.plan || a.monitoring.items.length > 0 ? a.monitoring : null;
  if (!r && !l && !m) return null;
  return (
    <Section title="Response, lines of therapy and monitoring">
      {r && (
        <p>
          <strong>Response:</strong> {r.current ?? <span className="unknown">not assessable</span>}
          {r.current === null && r.reason ? ` (${r.reason})` : ""}
          {r.progression === true && <span className="badge badge-critical">progression</span>}
          {r.confirmed === false && " (awaiting confirmation)"}
          {r.basis ? <span className="basis"> {r.basis}</span> : null}
        </p>
      )}
      {l && (
        <>
          <p>
            <strong>Lines of therapy:</strong> {l.count ?? "unknown"}
            {l.onTherapy ? " (on therapy)" : ""}
            {l.tripleClassRefractory
              ? "; triple-class refractory"
              : l.tripleClassExposed
                ? "; triple-class exposed"
                : ""}
            {l.pentaRefractory ? "; penta-refractory" : ""}
            {l.lenalidomideRefractory ? "; lenalidomide-refractory" : ""}
          </p>
          {l.lines.length > 0 && (
            <ol className="lines">
              {l.lines.map((line) => (
                <li key={line.number}>
                  {line.regimens.join(" → ")} ({line.start}
                  {line.end ? ` to ${line.end}` : ", ongoing"})
                  {line.bestResponse ? `, best response ${line.bestResponse}` : ""}
                  {line.progressed ? ", progressed" : ""}
                </li>
              ))}
            </ol>
          )}
        </>
      )}
      {m && (
        <>
          {m.plan && (
            <p>
              <strong>Monitoring:</strong> {m.plan}
              {m.nextDue ? ` Next due ${m.nextDue}.` : ""}
            </p>
          )}
          {m.items.length > 0 && (
            <table className="monitoring">
              <thead>
                <tr>
                  <th scope="col">Test</th>
                  <th scope="col">Last done</th>
                  <th scope="col">Due</th>
                  <th scope="col">Interval</th>
                </tr>
              </thead>
              <tbody>
                {m.items.map((it) => (
                  <tr key={it.test} className={it.overdue ? "overdue" : undefined}>
                    <th scope="row">{it.test}</th>
                    <td>{it.lastDone ?? "never"}</td>
                    <td>
                      {it.due}
                      {it.overdue && <span className="badge badge-warning">overdue</span>}
                      {/* Review c60-M4: due from the shorter end of the range, overdue after its longer end. */}
                      {isDueNow(it) && <span className="badge badge-secondary">due now</span>}
                    </td>
                    <td>
                      {it.intervalText}
                      <Cite ids={it.citations} />
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
          )}
        </>
      )}
    </Section>
  );
}

/** Alerts other than the critical ones (those open the summary card). */
function OtherAlerts({ a }: { a: Assessment }) {
  const rest = a.alerts.filter((x) => x.severity !== "critical");
  if (rest.length === 0) return null;
  return (
    <ul className="alerts" aria-label="Other alerts">
      {rest.map((al) => (
        <li key={al.id} className={`alert alert-${al.severity}`}>
          <strong>{al.severity}:</strong> {al.text}
          {!al.verified && <span className="badge badge-unverified">UNVERIFIED</span>}
          <Cite ids={al.citations} />
        </li>
      ))}
    </ul>
  );
}

/** Every citation id an assessment uses, in first-use order. */
export function citedIds(a: Assessment): string[] {
  const ids: string[] = [];
  const add = (id: string) => {
    if (!ids.includes(id)) ids.push(id);
  };
  for (const c of a.diagnosis.criteria) add(c.citation);
  const traced: (Traced | null | undefined)[] = [
    a.staging.iss,
    a.staging.riss,
    a.staging.r2iss,
    a.risk.smmMayo2018,
    a.risk.smmImwg2020,
    a.risk.cytogenetic,
    a.risk.alMayo2004,
    a.risk.alMayo2012,
    a.fitness.imwgFrailty,
    a.fitness.simplifiedFrailty,
  ];
  for (const t of traced) for (const r of t?.rules ?? []) add(r.citationId);
  for (const r of a.kidney.rules) add(r.citationId);
  for (const it of a.monitoring.items) for (const c of it.citations) add(c);
  for (const r of a.response.rules) add(r.citationId);
  for (const r of a.linesOfTherapy.rules) add(r.citationId);
  for (const r of a.monitoring.rules) add(r.citationId);
  for (const o of a.options) for (const c of o.citations) add(c);
  for (const al of a.alerts) for (const c of al.citations) add(c);
  for (const n of a.notOffered ?? []) for (const c of n.citations) add(c);
  // The plan ahead, every step (the summary card's step is one of them).
  for (const st of a.plan ?? []) for (const c of st.citations ?? []) add(c);
  return ids;
}

function References({ ids }: { ids: string[] }) {
  if (ids.length === 0) return null;
  return (
    <ol className="references">
      {ids.map((id) => {
        const c = citationOf(id);
        return (
          <li key={id} id={`ref-${id}`}>
            {c ? (
              <>
                {c.authors} {c.title}. <em>{c.source}</em>.{c.locator ? ` ${c.locator}.` : ""}{" "}
                {c.doi && (
                  <a href={`https://doi.org/${c.doi}`} rel="noopener noreferrer">
                    doi:{c.doi}
                  </a>
                )}
                {!c.doi && c.url && (
                  <a href={c.url} rel="noopener noreferrer">
                    {c.url}
                  </a>
                )}
                {c.note ? <span className="note"> ({c.note})</span> : null}
              </>
            ) : (
              <span className="unresolved">{id} (not in the bibliography)</span>
            )}
          </li>
        );
      })}
    </ol>
  );
}

/** Options left out only because the patient has fewer prior lines than they require, with the count
 * recorded, the count required and the sources (engine/not-offered.ts; as the clinician text says them). */
function NotOfferedList({ a, cite }: { a: Assessment; cite: (ids: readonly string[]) => ReactNode }) {
  return (
    <ul className="not-offered">
      {(a.notOffered ?? []).map((n) => (
        <li key={n.id} data-option-id={n.id}>
          <strong>{n.title}</strong>: {notOfferedBecause(n, "≥")} {cite(n.citations)}
        </li>
      ))}
    </ul>
  );
}

const ALERTS_ID = "other-alerts";
const plural = (n: number, word: string) => `${n} ${word}${n === 1 ? "" : "s"}`;

/** Review c85-m6: what matters today, under Phase and Now, as the CLI summary gives it ("Top options", "Warnings: N, in
 * Alerts below"): the options the headline names (render/clinician.ts topOptions: those answering an alert first) and
 * how many warnings there are, with a link that opens the Alerts section further down. */
function AtAGlance({ a }: { a: Assessment }) {
  const top = topOptions(a);
  const warnings = a.alerts.filter((x) => x.severity === "warning").length;
  if (top.length === 0 && warnings === 0) return null;
  const openAlerts = (e: MouseEvent<HTMLAnchorElement>) => {
    e.preventDefault();
    const section = document.getElementById(ALERTS_ID);
    const details = section?.querySelector("details");
    if (details) details.open = true;
    section?.scrollIntoView({ block: "start" });
    section?.querySelector("summary")?.focus();
  };
  return (
    <dl className="facts at-a-glance" data-testid="at-a-glance">
      {top.length > 0 && (
        <div data-testid="top-options">
          <dt>Top options</dt>
          <dd>
            {top.map((o) => `${optionTitle(a, o)} (${STRENGTH_LABEL[o.strength] ?? o.strength})`).join("; ")}
            {a.options.length > top.length ? ` (${a.options.length} in all, below)` : ""}
          </dd>
        </div>
      )}
      {warnings > 0 && (
        <div data-testid="warnings-count">
          <dt>Warnings</dt>
          <dd>
            <a href={`#${ALERTS_ID}`} onClick={openAlerts}>
              {plural(warnings, "warning")}: see Alerts
            </a>
          </dd>
        </div>
      )}
    </dl>
  );
}

export function ClinicianView({ a, time }: { a: Assessment; time?: ReactNode }) {
  const cite = (ids: readonly string[]) => <Cite ids={ids} />;
  const warnings = a.alerts.filter((x) => x.severity !== "critical").length;
  // Open when it holds a warning: the summary card shows the critical alerts only (a kidney injury new on the line
  // being given is a warning, and was folded away below the options).
  const anyWarning = a.alerts.some((x) => x.severity === "warning");
  return (
    <div className="clinician">
      <SummaryCard a={a} cite={cite} />
      <AtAGlance a={a} />
      <section className="result-block" aria-label="Options to discuss">
        <h3>Options to discuss ({a.options.length})</h3>
        <Options options={a.options} cite={cite} first={optionsAnsweringAlerts(a)} />
      </section>
      {(a.notOffered?.length ?? 0) > 0 && (
        <Section title={`Not offered (${a.notOffered?.length})`}>
          <NotOfferedList a={a} cite={cite} />
        </Section>
      )}
      {a.plan?.length > 0 && (
        <Section title={`Plan ahead (${plural(a.plan.length, "step")})`} open>
          <PlanAhead a={a} cite={cite} />
        </Section>
      )}
      {time}
      {warnings > 0 && (
        <Section title={`Alerts (${warnings})`} open={anyWarning} id={ALERTS_ID}>
          <OtherAlerts a={a} />
        </Section>
      )}
      <Section title="Diagnosis (IMWG 2014 criteria)">
        <Criteria a={a} />
      </Section>
      <Section title="Staging and risk">
        <StagingAndRisk a={a} />
      </Section>
      <Section title="Kidney and fitness">
        <KidneyAndFitness a={a} />
      </Section>
      <ResponseAndMonitoring a={a} />
      <Section title={`Missing data (${a.missingData.length})`}>
        {a.missingData.length === 0 ? (
          <p>Nothing missing for this category.</p>
        ) : (
          <table className="missing-data">
            <thead>
              <tr>
                <th scope="col">Field</th>
                <th scope="col">Needed for</th>
              </tr>
            </thead>
            <tbody>
              {a.missingData.map((m) => (
                <tr key={`${m.field}:${m.neededFor}`}>
                  <th scope="row">
                    {fieldLabel(m.field)} <code>{m.field}</code>
                  </th>
                  <td>{m.neededFor}</td>
                </tr>
              ))}
            </tbody>
          </table>
        )}
      </Section>
      <Section title="References">
        <References ids={citedIds(a)} />
      </Section>
      <p className="versions">
        Assessed as of {a.asOf} · knowledge {a.knowledgeVersion} · engine {a.engineVersion} · schema{" "}
        {a.schemaVersion}
      </p>
    </div>
  );
}

function download(a: Assessment) {
  const blob = new Blob([`${JSON.stringify(a, null, 2)}\n`], { type: "application/json" });
  const url = URL.createObjectURL(blob);
  const link = document.createElement("a");
  link.href = url;
  link.download = `assessment-${(a.id ?? "patient").replace(/[^\w.-]/g, "_")}-${a.asOf}.json`;
  document.body.append(link);
  link.click();
  link.remove();
  setTimeout(() => URL.revokeObjectURL(url), 1000);
}

const TABS = [
  { id: "clinician", label: "Clinician" },
  { id: "patient", label: "Patient" },
] as const;
type TabId = (typeof TABS)[number]["id"];

/** The results panel: ARIA tabs (arrow keys move between them), plus "Download JSON". */
export function Results({
  assessment: raw,
  headingRef,
  time,
}: {
  assessment: Assessment;
  headingRef?: React.Ref<HTMLHeadingElement>;
  /** The "over time" panel, shown after the options. */
  time?: ReactNode;
}) {
  const assessment = forDisplay(raw);
  const [tab, setTab] = useState<TabId>("clinician");
  const base = useId();
  const tabRefs = useRef<(HTMLButtonElement | null)[]>([]);
  const onKey = (e: KeyboardEvent<HTMLDivElement>) => {
    const i = TABS.findIndex((t) => t.id === tab);
    const next =
      e.key === "ArrowRight"
        ? i + 1
        : e.key === "ArrowLeft"
          ? i - 1
          : e.key === "Home"
            ? 0
            : e.key === "End"
              ? TABS.length - 1
              : null;
    if (next === null) return;
    e.preventDefault();
    const j = (next + TABS.length) % TABS.length;
    setTab(TABS[j]!.id);
    tabRefs.current[j]?.focus();
  };
  return (
    <section className="results" aria-labelledby={`${base}-h`}>
      <div className="results-head">
        <h2 id={`${base}-h`} ref={headingRef} tabIndex={-1}>
          Assessment
        </h2>
        <button type="button" className="secondary" onClick={() => download(raw)}>
          Download JSON
        </button>
      </div>
      <div role="tablist" aria-label="Audience" className="tabs" onKeyDown={onKey}>
        {TABS.map((t, i) => (
          <button
            key={t.id}
            ref={(el) => {
              tabRefs.current[i] = el;
            }}
            type="button"
            role="tab"
            id={`${base}-tab-${t.id}`}
            aria-selected={tab === t.id}
            aria-controls={`${base}-panel-${t.id}`}
            tabIndex={tab === t.id ? 0 : -1}
            onClick={() => setTab(t.id)}
          >
            {t.label}
          </button>
        ))}
      </div>
      {TABS.map((t) => (
        <div
          key={t.id}
          role="tabpanel"
          id={`${base}-panel-${t.id}`}
          aria-labelledby={`${base}-tab-${t.id}`}
          hidden={tab !== t.id}
          // biome-ignore lint/a11y/noNoninteractiveTabindex: a tab panel takes focus in the ARIA tabs pattern
          tabIndex={0}
        >
          {tab === t.id &&
            (t.id === "clinician" ? (
              <ClinicianView a={assessment} time={time} />
            ) : (
              <Suspense fallback={<p>Loading the patient view…</p>}>
                <PatientTab assessment={assessment} />
              </Suspense>
            ))}
          {/* The patient view says the notice in the patient's language (PatientTab). */}
          {t.id === "clinician" && (
            <p className="notice-inline" role="note">
              {assessment.notice ?? DECISION_SUPPORT_NOTICE}
            </p>
          )}
        </div>
      ))}
    </section>
  );
}
